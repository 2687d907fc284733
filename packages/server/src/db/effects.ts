import type { Services } from '../integrations/index.js';
import type { Sql, Tx } from './database.js';

/** The ways to run a statement besides the tagged template (`` sql`...` ``). */
const STATEMENT_RUNNERS = new Set<PropertyKey>([
  'unsafe',
  'file',
  'notify',
  'largeObject',
  'reserve',
  'listen',
  'subscribe',
]);

const isTemplate = (args: unknown[]) => Array.isArray(args[0]) && 'raw' in args[0];

export interface Effects {
  /** True once something this attempt did may have taken effect: running it again could repeat it. */
  readonly changed: boolean;
  /** `sql` for a handler, watched. */
  sql(sql: Sql): Sql;
  /** The outside services for a handler, watched. */
  services(services: Services): Services;
}

/**
 * Watches one attempt at a call, to tell whether trying it again is safe. What may have taken effect:
 * - in a method that writes, a transaction, from the moment its callback returned (COMMIT is sent
 *   next); until then a lost connection rolls it back, so a transaction whose COMMIT was never sent
 *   changed nothing;
 * - in a method that writes, a statement outside a transaction: it commits by itself once sent. In
 *   a method that only reads (`writes: false` in the contract) every statement is a read;
 * - a call to an outside service (an email sent, a Slack message posted).
 * Transaction callbacks only await their own statements (no timers, no services): a lost connection
 * fails the statement they wait on and ends them. (postgres.js would run a statement made once the
 * transaction's connection had been opened again outside the transaction, on the new session.)
 */
export const watchEffects = (writes: boolean): Effects => new Watch(writes);

/**
 * One attempt's watch. A read's calls are the hot path (get-user, get-conversations): watching one
 * costs an object, its statements go straight to `sql`, and its services are wrapped only when used.
 */
class Watch implements Effects {
  changed = false;
  constructor(private readonly writes: boolean) {}

  sql(sql: Sql): Sql {
    // The statements of a method that only reads change nothing: its `sql` is not watched.
    return this.writes ? new Proxy(sql, new WatchedSql(this)) : sql;
  }

  services(services: Services): Services {
    return new Proxy(services, {
      get: (target, key) => {
        const configured = Reflect.get(target, key) as object | undefined;
        return configured && this.wrapService(configured);
      },
    });
  }

  /** `run`, noting that the attempt may have changed something once it is called. */
  acting(run: (...args: unknown[]) => unknown, self: unknown) {
    return (...args: unknown[]) => {
      this.changed = true;
      return run.apply(self, args);
    };
  }

  private wrapService<S extends object>(target: S): S {
    return new Proxy(target, {
      get: (target, key) => {
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? this.acting(value as (...args: unknown[]) => unknown, target) : value;
      },
    });
  }
}

/** The proxy handler of a writing method's `sql`: every statement it runs may take effect. */
class WatchedSql implements ProxyHandler<Sql> {
  constructor(private readonly watch: Watch) {}

  apply(target: Sql, self: unknown, args: unknown[]) {
    if (isTemplate(args)) this.watch.changed = true;
    return Reflect.apply(target, self, args);
  }

  get(target: Sql, key: PropertyKey) {
    if (key === 'begin') return this.begin(target);
    const value = Reflect.get(target, key) as unknown;
    const runsStatements = STATEMENT_RUNNERS.has(key) && typeof value === 'function';
    return runsStatements ? this.watch.acting(value as (...args: unknown[]) => unknown, target) : value;
  }

  private begin(sql: Sql) {
    return (...args: unknown[]) => {
      const callback = args.pop() as (tx: Tx) => unknown;
      return (sql.begin as (...beginArgs: unknown[]) => Promise<unknown>)(...args, async (tx: Tx) => {
        const returned = callback(tx);
        // A callback may return its statements as an array, which the driver runs before committing.
        const result = await (Array.isArray(returned) ? Promise.all(returned) : returned);
        this.watch.changed = true; // COMMIT is sent next
        return result;
      });
    };
  }
}

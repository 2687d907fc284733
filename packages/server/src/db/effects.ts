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
export const watchEffects = (writes: boolean): Effects => {
  let changed = false;
  /** `run`, noting that the attempt may have changed something once it is called. */
  const acting =
    (run: (...args: unknown[]) => unknown, self: unknown) =>
    (...args: unknown[]) => {
      changed = true;
      return run.apply(self, args);
    };

  const begin =
    (sql: Sql) =>
    (...args: unknown[]) => {
      const callback = args.pop() as (tx: Tx) => unknown;
      return (sql.begin as (...beginArgs: unknown[]) => Promise<unknown>)(...args, async (tx: Tx) => {
        const returned = callback(tx);
        // A callback may return its statements as an array, which the driver runs before committing.
        const result = await (Array.isArray(returned) ? Promise.all(returned) : returned);
        changed = true; // COMMIT is sent next
        return result;
      });
    };

  const service = <S extends object>(target: S): S =>
    new Proxy(target, {
      get(target, key) {
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? acting(value as (...args: unknown[]) => unknown, target) : value;
      },
    });

  return {
    get changed() {
      return changed;
    },
    // The statements of a method that only reads change nothing: its `sql` is not watched.
    sql: (sql) =>
      !writes
        ? sql
        : new Proxy(sql, {
            apply(target, self, args: unknown[]) {
              if (isTemplate(args)) changed = true;
              return Reflect.apply(target, self, args);
            },
            get(target, key) {
              if (key === 'begin') return begin(target);
              const value = Reflect.get(target, key) as unknown;
              const runsStatements = STATEMENT_RUNNERS.has(key) && typeof value === 'function';
              return runsStatements ? acting(value as (...args: unknown[]) => unknown, target) : value;
            },
          }),
    services: (services) =>
      new Proxy(services, {
        get: (target, key) => {
          const configured = Reflect.get(target, key) as object | undefined;
          return configured && service(configured);
        },
      }),
  };
};

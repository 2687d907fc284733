import type { Sql } from './database.js';

/** How long a replaced pool may finish the statements it runs before its connections are closed. */
const RETIRE_TIMEOUT_S = 30;

export interface RenewablePool {
  /** Always the current pool: a statement made after `renew()` runs on the fresh one. */
  sql: Sql;
  /**
   * Replaces the pool with a fresh one, unless it was replaced at or after `since` (a
   * `performance.now()` time). The old pool finishes what it runs, then closes.
   */
  renew(since: number): void;
  end(): Promise<void>;
}

/**
 * A connection pool that can start afresh. A restart or a failover ends every connection of the
 * pool at once, and the pool learns of each one's death only when it next uses it: a call tried
 * again on the same pool could meet another dead connection. `since` lets the calls that failed
 * together renew it once.
 */
export const renewablePool = (open: () => Sql): RenewablePool => {
  let current = open();
  let openedAt = performance.now();
  const retiring = new Set<Promise<void>>();
  const sql = new Proxy((() => {}) as unknown as Sql, {
    apply: (_target, self, args) => Reflect.apply(current, self, args),
    get: (_target, key) => Reflect.get(current, key),
  });
  return {
    sql,
    renew(since) {
      if (openedAt >= since) return;
      const old = current;
      current = open();
      openedAt = performance.now();
      const ending: Promise<void> = old
        .end({ timeout: RETIRE_TIMEOUT_S })
        .catch(() => {})
        .finally(() => retiring.delete(ending));
      retiring.add(ending);
    },
    async end() {
      await Promise.all([current.end({ timeout: 5 }), ...retiring]);
    },
  };
};

import { setTimeout as sleep } from 'node:timers/promises';
import type { Sql } from './database.js';
import type { Retry } from './retry.js';

/** How long the database has to answer the health query. */
const ANSWER_WITHIN_MS = 1000;
/** How long an answer is reused: however many probes come, the database gets one query a second. */
const REUSE_MS = 1000;

export interface DatabaseHealth {
  /** True when the database answered a trivial query within a second (an answer at most a second old). */
  reachable(): Promise<boolean>;
}

/**
 * Whether the database answers a trivial query within a second, for `GET /health`. Answers are
 * cached for REUSE_MS, concurrent probes share one, and a query that hangs is not asked again
 * until it ends: probes never load the database. The query goes through the server's own pool,
 * so a pool too busy to run it within a second counts as unreachable too.
 */
export const databaseHealth = (sql: Sql, retry: Retry): DatabaseHealth => {
  let known: { reachable: boolean; at: number } | undefined;
  let answering: Promise<boolean> | undefined;
  let query: Promise<boolean> | undefined;

  const ask = async () => {
    query ??= retry(() => sql`SELECT 1`, { writes: false })
      .then(
        () => true,
        () => false,
      )
      .finally(() => {
        query = undefined;
      });
    const reachable = await Promise.race([query, sleep(ANSWER_WITHIN_MS, false, { ref: false })]);
    known = { reachable, at: performance.now() };
    return reachable;
  };

  return {
    reachable() {
      if (known && performance.now() - known.at < REUSE_MS) return Promise.resolve(known.reachable);
      answering ??= ask().finally(() => {
        answering = undefined;
      });
      return answering;
    },
  };
};

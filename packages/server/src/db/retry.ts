import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../log.js';
import type { Database } from './database.js';
import { type Effects, watchEffects } from './effects.js';
import { lostConnection } from './failures.js';

/**
 * A call whose connection was lost later than this after it began is not tried again: its caller
 * has waited long enough, and a database that hangs (30 s until a connection attempt gives up) is
 * not waited for twice. A refused connection fails at once: an outage still answers fast.
 */
const RETRY_WITHIN_MS = 5000;

/**
 * Behind a pooler a renewed pool is no fresh start: the pooler may hand the retry one of its own
 * server connections that died with the first (a restart ends them all) before it noticed. It is
 * given a moment to notice, and a second retry.
 */
const POOLER_RETRIES = 2;
const POOLER_PAUSE_MS = 50;

/** Runs one call's database work, again when that is safe (see `createRetry`). */
export type Retry = <T>(
  attempt: (effects: Effects) => Promise<T>,
  call: { writes: boolean; name?: string },
) => Promise<T>;

/**
 * Runs `attempt`, and once more on a renewed pool (behind a pooler: up to twice more), when it
 * failed because its connection was lost within RETRY_WITHIN_MS and had changed nothing yet (see
 * effects.ts): a read, or a transaction whose COMMIT was never sent. A write that may have committed
 * is never repeated.
 */
export const createRetry = (database: Pick<Database, 'renew' | 'pooler'>, log: Logger): Retry => {
  const retries = database.pooler === 'none' ? 1 : POOLER_RETRIES;
  return async (attempt, { writes, name }) => {
    const started = performance.now();
    for (let retry = 1; ; retry++) {
      const effects = watchEffects(writes);
      try {
        return await attempt(effects);
      } catch (error) {
        const late = performance.now() - started > RETRY_WITHIN_MS;
        if (retry > retries || !lostConnection(error) || effects.changed || late) throw error;
        database.renew(started);
        log.warn('database connection lost: trying again on a fresh one', {
          function: name,
          error: error instanceof Error ? error.message : String(error),
        });
        if (database.pooler !== 'none') await sleep(POOLER_PAUSE_MS);
      }
    }
  };
};

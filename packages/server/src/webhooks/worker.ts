import { postWebhook, webhookSignatureHeaders } from '@support-board/contract';
import type { Config } from '../config.js';
import type { Sql } from '../db/database.js';
import type { Logger } from '../log.js';

export interface WebhookWorker {
  /** Look for due deliveries now (after a commit that queued some). */
  wake(): void;
  /** Stop claiming; resolves once the attempts under way have finished. */
  stop(): Promise<void>;
}

interface Delivery {
  id: string;
  event_id: string;
  name: string;
  url: string;
  body: string;
  attempts: string;
}

const POLL_MS = 1000;
const BATCH = 16;
const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;

/** Delay before attempt `attempts + 1`: doubling from the base, with up to 20% jitter, capped at 6 h. */
export const backoff = (attempts: number, baseMs: number, random = Math.random) =>
  Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS) * (1 + random() * 0.2);

/**
 * Delivers the outbox. Rows are claimed with a lease (`FOR UPDATE SKIP LOCKED`), so several server
 * processes on one database share the work and each delivery is attempted by one of them at a time;
 * a process that dies mid-attempt leaves a lease that expires, and another takes the row over.
 * Failures are retried with exponential backoff; after `maxAttempts` the row is kept, marked failed.
 */
export const startWebhookWorker = (
  sql: Sql,
  config: Config['webhooks'] & { secret: string },
  log: Logger,
  fetchImpl: typeof fetch = fetch,
): WebhookWorker => {
  let running = true;
  const leaseSeconds = Math.ceil(config.timeoutMs / 1000) + 30;

  const attempt = async (delivery: Delivery) => {
    const attempts = Number(delivery.attempts);
    const timestamp = Math.floor(Date.now() / 1000);
    // Every delivery is signed (with WEBHOOK_SECRET or the secret the server made: see secret.ts).
    const signed = await webhookSignatureHeaders({
      id: delivery.event_id,
      timestamp,
      body: delivery.body,
      secret: config.secret,
    });
    let error: string | undefined;
    try {
      error = await postWebhook(delivery.url, delivery.body, {
        headers: signed,
        timeoutMs: config.timeoutMs,
        fetchImpl,
      });
    } catch (cause) {
      error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    }
    if (!error) {
      await sql`UPDATE webhook_deliveries SET delivered_at = now(), locked_until = NULL, last_error = NULL WHERE id = ${delivery.id}`;
      log.debug('webhook delivered', { webhook: delivery.name, id: delivery.event_id, attempts });
    } else if (attempts >= config.maxAttempts) {
      await sql`UPDATE webhook_deliveries SET failed_at = now(), locked_until = NULL, last_error = ${error} WHERE id = ${delivery.id}`;
      log.error('webhook given up', { webhook: delivery.name, id: delivery.event_id, attempts, error });
    } else {
      const delay = backoff(attempts, config.retryBaseMs);
      await sql`UPDATE webhook_deliveries
        SET next_attempt_at = now() + ${delay} * interval '1 millisecond', locked_until = NULL, last_error = ${error}
        WHERE id = ${delivery.id}`;
      log.warn('webhook attempt failed', {
        webhook: delivery.name,
        id: delivery.event_id,
        attempts,
        error,
        retryInMs: Math.round(delay),
      });
    }
  };

  /** Claims and attempts due deliveries until none is due; returns the ms until the next one is. */
  const drain = async (): Promise<number> => {
    while (running) {
      const due = await sql<Delivery[]>`
        UPDATE webhook_deliveries SET attempts = attempts + 1, locked_until = now() + ${leaseSeconds} * interval '1 second'
        WHERE id IN (
          SELECT id FROM webhook_deliveries
          WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
            AND (locked_until IS NULL OR locked_until < now())
          ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING id, event_id, name, url, body, attempts`;
      if (due.length === 0) break;
      await Promise.all(due.map(attempt));
    }
    const [next] = await sql<{ ms: string | null }[]>`
      SELECT extract(epoch FROM min(next_attempt_at) - now()) * 1000 AS ms FROM webhook_deliveries
      WHERE delivered_at IS NULL AND failed_at IS NULL`;
    return next?.ms === null || next?.ms === undefined ? POLL_MS : Math.min(POLL_MS, Math.max(0, Number(next.ms)));
  };

  // One loop: drain what is due, then sleep until the next poll or until woken.
  let pending = false;
  let wakeUp: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (pending || !running) return resolve();
      const timer = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = (async () => {
    while (running) {
      pending = false;
      const next = await drain().catch((cause) => {
        log.error('webhook worker failed', { error: String(cause) });
        return POLL_MS;
      });
      await sleep(next);
      wakeUp = undefined;
    }
  })();

  return {
    wake() {
      pending = true;
      wakeUp?.();
    },
    async stop() {
      running = false;
      wakeUp?.();
      await loop;
    },
  };
};

import { randomUUID } from 'node:crypto';
import { formEncodedValues, type WebhookData, type WebhookName, webhookBody } from '@support-board/contract';
import type { Config } from '../config.js';
import type { Queryable } from '../db/database.js';

export interface WebhookOutbox {
  /** True when a webhook URL is configured. */
  readonly active: boolean;
  /**
   * Queues a webhook in the caller's transaction, so it is sent if and only if the change commits.
   * Does nothing when no URL is configured. Returns the delivery's `webhook-id`.
   */
  enqueue<N extends WebhookName>(db: Queryable, name: N, data: WebhookData<N>): Promise<string | undefined>;
}

/** The outbox writes rows; the worker (worker.ts) delivers them. `onEnqueue` wakes the local worker. */
export const createOutbox = (config: Config['webhooks'], onEnqueue: () => void = () => {}): WebhookOutbox => ({
  active: config.url !== undefined,
  async enqueue(db, name, data) {
    if (!config.url) return undefined;
    const eventId = `msg_${randomUUID().replaceAll('-', '')}`;
    // Scalars travel as strings, as the original's webhooks (form-encoded by its front end) carry them.
    const body = JSON.stringify(webhookBody(name, config.key, formEncodedValues(data)));
    await db`INSERT INTO webhook_deliveries (event_id, name, url, body) VALUES (${eventId}, ${name}, ${config.url}, ${body})`;
    onEnqueue();
    return eventId;
  },
});

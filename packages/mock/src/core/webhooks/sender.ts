import { postWebhook, webhookBody, webhookSignatureHeaders } from '@support-board/contract';
import { sleep } from '../serve/respond.js';

export interface WebhookTarget {
  url: string;
  /** The `key` of every body (the documented shared secret). */
  key?: string;
  /** Signs each request with the Standard Webhooks headers when set. */
  secret?: string;
  /** Attempts after the first one fails (non-2xx or network error). Default 2. */
  retries?: number;
  /** Wait before the first retry; each next one waits 4 times longer. Default 500. */
  retryDelayMs?: number;
  timeoutMs?: number;
}

export interface Delivery {
  id: string;
  webhook: string;
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastError?: string;
  created: string;
}

export interface WebhookSender {
  readonly url: string | undefined;
  /** Queues one webhook; undefined when no URL is configured. `data` is sent exactly as given. */
  send(name: string, data: unknown): Delivery | undefined;
  /** The latest deliveries, newest first. */
  deliveries(): Delivery[];
  /** Resolves once every delivery under way has succeeded or given up. */
  idle(): Promise<void>;
}

const KEPT = 100;

/**
 * Posts webhooks as the reference server does: the documented body `{function, key, data}`, the
 * signature headers, a few retries. Delivery happens after the API call has been answered.
 */
export const createWebhookSender = (
  target: WebhookTarget | undefined,
  log: (line: string) => void = () => {},
): WebhookSender => {
  const recent: Delivery[] = [];
  const running = new Set<Promise<void>>();

  const attempt = async (delivery: Delivery, body: string): Promise<string | undefined> => {
    if (!target) return 'no URL';
    const timestamp = Math.floor(Date.now() / 1000);
    const signed = target.secret
      ? await webhookSignatureHeaders({ id: delivery.id, timestamp, body, secret: target.secret })
      : { 'webhook-id': delivery.id, 'webhook-timestamp': String(timestamp) };
    try {
      return await postWebhook(target.url, body, { headers: signed, timeoutMs: target.timeoutMs ?? 5000 });
    } catch (error) {
      // fetch hides the reason (ECONNREFUSED, ...) in `cause`.
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const detail = cause ? ` (${cause.code ?? cause.message})` : '';
      return error instanceof Error ? `${error.message}${detail}` : String(error);
    }
  };

  const deliver = async (delivery: Delivery, body: string) => {
    const retries = target?.retries ?? 2;
    for (let n = 0; n <= retries; n++) {
      if (n > 0) await sleep((target?.retryDelayMs ?? 500) * 4 ** (n - 1));
      delivery.attempts = n + 1;
      const error = await attempt(delivery, body);
      if (!error) {
        delivery.state = 'delivered';
        delete delivery.lastError;
        log(`webhook ${delivery.webhook} delivered (attempt ${delivery.attempts})`);
        return;
      }
      delivery.lastError = error;
      log(`webhook ${delivery.webhook} attempt ${delivery.attempts} failed: ${error}`);
    }
    delivery.state = 'failed';
    log(`webhook ${delivery.webhook} given up after ${delivery.attempts} attempts`);
  };

  return {
    url: target?.url,
    send(name, data) {
      if (!target) return undefined;
      const delivery: Delivery = {
        id: `msg_${crypto.randomUUID().replaceAll('-', '')}`,
        webhook: name,
        state: 'pending',
        attempts: 0,
        created: new Date().toISOString(),
      };
      recent.unshift(delivery);
      recent.length = Math.min(recent.length, KEPT);
      const body = JSON.stringify(webhookBody(name, target.key ?? '', data));
      const task = deliver(delivery, body).finally(() => running.delete(task));
      running.add(task);
      return delivery;
    },
    deliveries: () => recent.map((delivery) => ({ ...delivery })),
    idle: async () => {
      while (running.size) await Promise.all(running);
    },
  };
};

import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { verifyWebhook } from '@support-board/contract';

export interface ReceivedWebhook {
  /** Arrival order, from 1. */
  seq: number;
  headers: IncomingHttpHeaders;
  /** The body exactly as received. */
  raw: string;
  /** The parsed body, when it is a JSON object. */
  body?: { function?: unknown; key?: unknown; data?: unknown };
  /** The signature check, when a secret was given: `ok` or the reason it failed. */
  signature?: string;
}

export interface WebhookReceiver {
  readonly url: string;
  readonly received: readonly ReceivedWebhook[];
  /** Resolves with the first webhook after `since` (a `seq`) that `match` accepts, or undefined at the deadline. */
  waitFor(
    since: number,
    match: (webhook: ReceivedWebhook) => boolean,
    timeoutMs: number,
  ): Promise<ReceivedWebhook | undefined>;
  close(): Promise<void>;
}

/**
 * Listens on loopback for the target's webhooks. Every POST is answered 200 and kept, whatever it
 * holds, so that checks can say what arrived instead of what did not.
 */
export const startWebhookReceiver = async ({
  port,
  secret,
}: {
  port: number;
  secret?: string;
}): Promise<WebhookReceiver> => {
  const received: ReceivedWebhook[] = [];
  const waiters = new Set<() => void>();

  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: ReceivedWebhook['body'];
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) body = parsed;
    } catch {
      body = undefined;
    }
    let signature: string | undefined;
    if (secret) {
      const verified = await verifyWebhook({ headers: request.headers as Record<string, string>, body: raw, secret });
      signature = verified.ok ? 'ok' : verified.reason;
    }
    received.push({
      seq: received.length + 1,
      headers: request.headers,
      raw,
      ...(body ? { body } : {}),
      ...(signature ? { signature } : {}),
    });
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    for (const wake of waiters) wake();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;

  const waitFor: WebhookReceiver['waitFor'] = async (since, match, timeoutMs) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = received.find((webhook) => webhook.seq > since && match(webhook));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) return undefined;
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, left);
        waiters.add(wake);
      });
    }
  };

  return {
    url: `http://127.0.0.1:${actualPort}/`,
    received,
    waitFor,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};

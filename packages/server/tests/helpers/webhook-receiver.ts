import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '@support-board/contract';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  json: { function: string; key: string; data: unknown };
  /** Whether the Standard Webhooks signature verified with the receiver's secret. */
  verified: boolean;
  /** The status this receiver answered. */
  status: number;
}

/**
 * A real HTTP receiver on loopback that records every webhook request. `failFirst` makes it answer
 * 503 to the first N requests (to prove retries); `delayMs` makes it slow.
 */
export const startWebhookReceiver = async ({
  secret = '',
  failFirst = 0,
  delayMs = 0,
  port = 0,
}: {
  secret?: string;
  failFirst?: number;
  delayMs?: number;
  /** A fixed port (to come back on the same URL after being down); 0 picks a free one. */
  port?: number;
} = {}) => {
  const received: ReceivedWebhook[] = [];
  const waiters: (() => void)[] = [];
  let requests = 0;
  let delay = delayMs;
  let verifyWith = secret;
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    requests += 1;
    const status = requests <= failFirst ? 503 : 200;
    const verified = verifyWith
      ? (await verifyWebhook({ headers: request.headers as Record<string, string>, body, secret: verifyWith })).ok
      : false;
    received.push({ headers: request.headers, body, json: JSON.parse(body), verified, status });
    response.writeHead(status, { 'content-type': 'application/json' }).end('{}');
    for (const wake of waiters.splice(0)) wake();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;

  /** The successfully delivered webhooks (2xx answers), in arrival order. */
  const delivered = () => received.filter((item) => item.status < 300);

  /** Resolves once `count` webhooks were delivered (or rejects after `timeoutMs`). */
  const waitForDeliveries = async (count: number, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (delivered().length < count) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `expected ${count} deliveries, got ${delivered().length}: ${delivered()
            .map((d) => d.json.function)
            .join(', ')}`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return delivered();
  };

  return {
    url,
    received,
    delivered,
    waitForDeliveries,
    /** Makes the receiver slower or faster from now on. */
    setDelay: (ms: number) => {
      delay = ms;
    },
    /** Verifies the webhooks received from now on with this secret. */
    setSecret: (value: string) => {
      verifyWith = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '@support-board/contract';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  json: { function: string; key: string; data: unknown };
  /** Whether the Standard Webhooks signature verified with the receiver's secret. */
  verified: boolean;
  status: number;
}

/** A real HTTP receiver on loopback; `failFirst` answers 503 to the first requests (to prove retries). */
export const startReceiver = async ({ secret = '', failFirst = 0 } = {}) => {
  const received: Received[] = [];
  let requests = 0;
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    requests += 1;
    const status = requests <= failFirst ? 503 : 200;
    const verified = secret
      ? (await verifyWebhook({ headers: request.headers as Record<string, string>, body, secret })).ok
      : false;
    received.push({ headers: request.headers, body, json: JSON.parse(body), verified, status });
    response.writeHead(status, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  const delivered = () => received.filter((item) => item.status < 300);
  return {
    url,
    received,
    delivered,
    /** Waits until `count` deliveries arrived (2xx). */
    async waitFor(count: number, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (delivered().length < count) {
        if (Date.now() > deadline) {
          throw new Error(
            `expected ${count} webhooks, got: ${delivered()
              .map((d) => d.json.function)
              .join(', ')}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return delivered();
    },
    clear: () => {
      received.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Exchange, type RecordedRun, requestKey, restore } from '../../scripts/recording.js';
import type { Target } from './reference.js';

/**
 * A stand-in for the original Support Board: it answers each request of a recorded run with what
 * the original answered to it, on the wire as the original sent it (status, Content-Type, body).
 * Identical requests get their answers in the order they were recorded. A request the recording
 * does not have (the suite changed since it was made) is answered HTTP 599 and kept in `misses`.
 */
export const startReplay = async (run: RecordedRun, token: string): Promise<Target & { misses: string[] }> => {
  const queues = new Map<string, Exchange[]>();
  for (const exchange of run.exchanges) {
    queues.set(exchange.request, [...(queues.get(exchange.request) ?? []), exchange]);
  }
  const misses: string[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const key = requestKey(request.method ?? 'GET', request.url ?? '/', Buffer.concat(chunks).toString('utf8'), token);
    const exchange = queues.get(key)?.shift();
    if (!exchange) {
      misses.push(key);
      response.writeHead(599, { 'content-type': 'text/plain' }).end(`The recording has no answer to ${key}`);
      return;
    }
    const body = restore(exchange.body, origin, token);
    response.writeHead(exchange.status, { 'content-type': exchange.contentType }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/include/api.php`,
    token,
    misses,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};

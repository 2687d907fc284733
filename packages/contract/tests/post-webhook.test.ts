import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { postWebhook } from '../src/webhooks/post.js';

/** Two receivers on loopback: `/ok` answers 204, anything else redirects to the other one, which counts what it gets. */
let receiver: Server;
let elsewhere: Server;
let reachedElsewhere = 0;
const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

beforeAll(async () => {
  elsewhere = createServer((_, response) => {
    reachedElsewhere += 1;
    response.end();
  });
  receiver = createServer((request, response) => {
    if (request.url === '/ok') return void response.writeHead(204).end();
    response.writeHead(307, { location: `${urlOf(elsewhere)}/steal` }).end();
  });
  await Promise.all([receiver, elsewhere].map((s) => new Promise<void>((done) => s.listen(0, '127.0.0.1', done))));
});
afterAll(() => Promise.all([receiver, elsewhere].map((s) => new Promise((done) => s.close(done)))));

const post = (path: string) =>
  postWebhook(`${urlOf(receiver)}${path}`, '{"function":"login"}', {
    headers: { 'webhook-signature': 'v1,x' },
    timeoutMs: 5000,
  });

test('a 2xx answer is a delivery', async () => {
  expect(await post('/ok')).toBeUndefined();
});

test('a redirect is a failed attempt, and the signed body goes nowhere else', async () => {
  expect(await post('/hook')).toBe('HTTP 307: a redirect, not followed');
  expect(reachedElsewhere).toBe(0);
});

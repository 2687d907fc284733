/**
 * Finding 7 of the security review: a webhook receiver answering a redirect got the signed body and
 * its signature headers posted to the address it named, and the delivery was recorded as delivered.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readConfig } from '../../src/config.js';
import { fetchJson } from '../../src/integrations/http.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { startWebhookReceiver } from '../helpers/webhook-receiver.js';

let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let redirecting: ReturnType<typeof createServer>;
let redirectingUrl: string;
let t: TestServer;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  // Answers every request with a redirect to the receiver, or a 2 MB answer at /big.
  redirecting = createServer((request, response) => {
    if (request.url === '/big') return void response.end(`"${'x'.repeat(2 * 1024 * 1024)}"`);
    response.writeHead(307, { location: receiver.url }).end();
  });
  await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
  redirectingUrl = `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}`;
  const base = readConfig({});
  t = await startTestServer({
    webhooks: { ...base.webhooks, url: `${redirectingUrl}/hook`, maxAttempts: 1, retryBaseMs: 10 },
  });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await receiver?.close();
  redirecting?.close();
});

test('a webhook answered with a redirect is a failed attempt, and nothing goes where it points', async () => {
  const sent = await fetch(`${t.server.url}/admin/webhooks/login`, {
    method: 'POST',
    headers: { authorization: `Bearer ${t.token}` },
  });
  expect(sent.status).toBe(202);
  await expect
    .poll(
      async () =>
        (await t.sql`SELECT delivered_at, failed_at IS NOT NULL AS failed, last_error FROM webhook_deliveries`)[0],
    )
    .toMatchObject({ delivered_at: null, failed: true, last_error: 'HTTP 307: a redirect, not followed' });
  expect(receiver.received).toEqual([]);
});

test("an outside service's redirect is answered as it is, and an answer past 1 MiB is a failure", async () => {
  const redirected = await fetchJson('Slack', `${redirectingUrl}/api`, { method: 'POST', timeoutMs: 5000 });
  expect(redirected.status).toBe(307);
  expect(receiver.received).toEqual([]);
  await expect(fetchJson('Slack', `${redirectingUrl}/big`, { timeoutMs: 5000 })).rejects.toThrow(
    /answered more than 1048576 bytes/,
  );
});

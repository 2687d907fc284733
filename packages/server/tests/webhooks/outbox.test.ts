import { afterEach, describe, expect, test } from 'vitest';
import { readConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { startServer } from '../../src/server.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { startWebhookReceiver } from '../helpers/webhook-receiver.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});

const setup = async (receiverOptions: Parameters<typeof startWebhookReceiver>[0] = {}) => {
  const receiver = await startWebhookReceiver({ secret: 'whsec-test-secret', ...receiverOptions });
  cleanup.push(receiver.close);
  const base = readConfig({});
  const t: TestServer = await startTestServer({
    webhooks: {
      ...base.webhooks,
      url: receiver.url,
      key: 'documented-key',
      secret: 'whsec-test-secret',
      retryBaseMs: 20,
    },
  });
  cleanup.push(t.close);
  const sendOnDemand = (name: string, body?: unknown) =>
    fetch(`${t.server.url}/admin/webhooks/${name}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { receiver, t, sendOnDemand };
};

describe('webhook delivery', () => {
  test('a webhook sent on demand arrives with the documented body and a valid signature', async () => {
    const { receiver, sendOnDemand } = await setup();
    const response = await sendOnDemand('login');
    expect(response.status).toBe(202);
    const [delivery] = await receiver.waitForDeliveries(1);
    expect(delivery!.json.function).toBe('login');
    expect(delivery!.json.key).toBe('documented-key');
    expect(delivery!.json.data).toMatchObject({ details: { first_name: 'Don' } });
    expect(delivery!.verified).toBe(true);
    expect(delivery!.headers['webhook-id']).toMatch(/^msg_/);
  });

  test('a receiver that fails the first attempts still gets the webhook, once, under one id', async () => {
    const { receiver, sendOnDemand, t } = await setup({ failFirst: 3 });
    await sendOnDemand('user-deleted', { data: '42' });
    const [delivery] = await receiver.waitForDeliveries(1);
    expect(receiver.received).toHaveLength(4);
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(delivery!.json.data).toBe('42');
    await expect
      .poll(
        async () => (await t.sql`SELECT attempts, delivered_at IS NOT NULL AS delivered FROM webhook_deliveries`)[0],
      )
      .toMatchObject({ attempts: '4', delivered: true });
  });

  test("data that does not match the webhook's schema is refused and nothing is queued", async () => {
    const { sendOnDemand, t } = await setup();
    const response = await sendOnDemand('conversation-status-updated', { data: { conversation_id: 'x' } });
    expect(response.status).toBe(400);
    expect(await t.sql`SELECT * FROM webhook_deliveries`).toHaveLength(0);
  });

  test('the admin endpoint wants an admin token', async () => {
    const { t } = await setup();
    const response = await fetch(`${t.server.url}/admin/webhooks/login`, { method: 'POST' });
    expect(response.status).toBe(401);
  });
});

describe('the signing secret', () => {
  test('with no secret configured, the server makes one, keeps it in the database and signs every delivery with it', async () => {
    const receiver = await startWebhookReceiver();
    cleanup.push(receiver.close);
    const base = readConfig({});
    expect(base.webhooks.secret).toBeUndefined();
    const webhooks = { ...base.webhooks, url: receiver.url, key: 'k', secret: undefined };
    const t = await startTestServer({ webhooks });
    cleanup.push(t.close);

    // A Standard Webhooks secret: whsec_ and the base64 of 32 random bytes, kept in the database.
    const [kept] = await t.sql<{ value: string }[]>`SELECT value FROM server_secrets WHERE name = 'webhook-secret'`;
    expect(kept!.value).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(kept!.value.slice(6), 'base64')).toHaveLength(32);
    expect(t.server.webhookSecret).toEqual({ secret: kept!.value, source: 'generated' });

    // Admins can read it; nobody else.
    const url = `${t.server.url}/admin/webhook-secret`;
    expect((await fetch(url)).status).toBe(401);
    const shown = await fetch(url, { headers: { authorization: `Bearer ${t.token}` } });
    expect(await shown.json()).toEqual({ secret: kept!.value, source: 'generated' });

    receiver.setSecret(kept!.value);
    await t.client.call('add-user', { first_name: 'Signed', email: 'signed@example.com' });
    const [delivery] = await receiver.waitForDeliveries(1);
    expect(delivery!.headers['webhook-signature']).toMatch(/^v1,/);
    expect(delivery!.verified).toBe(true);

    // A restart on the same database signs with the same secret.
    await t.server.close();
    const restarted = await startServer(
      { ...t.config, webhooks },
      { database: t.database, log: createLogger('silent') },
    );
    cleanup.push(restarted.close);
    expect(restarted.webhookSecret.secret).toBe(kept!.value);
    await restarted.close();
  });

  test('WEBHOOK_SECRET, when set, signs instead, and one that cannot sign stops the start with a clear error', async () => {
    const base = readConfig({ WEBHOOK_SECRET: 'whsec_***' });
    await expect(startTestServer({ webhooks: { ...base.webhooks } })).rejects.toThrow(
      /WEBHOOK_SECRET cannot sign webhooks: .*not base64/,
    );
    const t = await startTestServer({}, { env: { WEBHOOK_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' } });
    cleanup.push(t.close);
    expect(t.server.webhookSecret).toEqual({
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      source: 'WEBHOOK_SECRET',
    });
  });
});

describe('webhooks survive a receiver that is down or slow, and a server restart', () => {
  test('events queued while the receiver is down and the server restarts are all delivered, once', async () => {
    // A port nobody listens on yet: the receiver is down.
    const probe = await startWebhookReceiver();
    const port = Number(new URL(probe.url).port);
    await probe.close();
    const base = readConfig({});
    const webhooks = {
      ...base.webhooks,
      url: `http://127.0.0.1:${port}/webhook`,
      key: 'k',
      secret: 's',
      retryBaseMs: 50,
    };
    const t = await startTestServer({ webhooks });
    cleanup.push(t.close);
    const userId = await t.client.call('add-user', { first_name: 'Down', email: 'down@example.com' });
    await t.client.call('delete-user', { user_id: userId });
    await t.server.close();

    const receiver = await startWebhookReceiver({ secret: 's', port });
    cleanup.push(receiver.close);
    const restarted = await startServer(
      { ...t.config, webhooks },
      { database: t.database, log: createLogger('silent') },
    );
    cleanup.push(restarted.close);
    const delivered = await receiver.waitForDeliveries(2);
    expect(delivered.map((d) => d.json.function).sort()).toEqual(['new-email-address', 'user-deleted']);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.delivered()).toHaveLength(2);
  });

  test('a receiver slower than the timeout gets the webhook once it answers in time', async () => {
    const receiver = await startWebhookReceiver({ delayMs: 400 });
    cleanup.push(receiver.close);
    const base = readConfig({});
    const t = await startTestServer({
      webhooks: { ...base.webhooks, url: receiver.url, key: 'k', secret: '', retryBaseMs: 50, timeoutMs: 100 },
    });
    cleanup.push(t.close);
    await t.client.call('add-user', { first_name: 'Slow', email: 'slow@example.com' });
    await expect.poll(() => receiver.received.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    const [row] = await t.sql`SELECT delivered_at FROM webhook_deliveries`;
    expect(row!.delivered_at).toBeNull();
    receiver.setDelay(0);
    await expect
      .poll(
        async () => (await t.sql`SELECT delivered_at IS NOT NULL AS delivered FROM webhook_deliveries`)[0]!.delivered,
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
  });
});

test('a graceful stop waits for the webhook attempt under way, which then counts as delivered', async () => {
  const receiver = await startWebhookReceiver({ delayMs: 600 });
  cleanup.push(receiver.close);
  const base = readConfig({});
  const t = await startTestServer({ webhooks: { ...base.webhooks, url: receiver.url, key: 'k', secret: '' } });
  cleanup.push(t.close);
  await t.client.call('add-user', { first_name: 'Stop', email: 'stop@example.com' });
  // The attempt is under way once the worker has claimed the row.
  await expect.poll(async () => (await t.sql`SELECT attempts FROM webhook_deliveries`)[0]?.attempts).toBe('1');
  await t.server.close();
  const [row] = await t.sql`SELECT delivered_at IS NOT NULL AS delivered FROM webhook_deliveries`;
  expect(row!.delivered).toBe(true);
});

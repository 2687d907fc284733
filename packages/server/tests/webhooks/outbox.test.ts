import { afterEach, describe, expect, test } from 'vitest';
import { readConfig } from '../../src/config.js';
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

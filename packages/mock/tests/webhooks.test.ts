import { type AnyWebhook, type WebhookName, webhookList, webhooks } from '@support-board/contract';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { adminFetch, startTestMock, type TestMock } from './helpers/mock.js';
import { startReceiver } from './helpers/receiver.js';

const SECRET = 'whsec_bW9jay13ZWJob29rLXNlY3JldC0wMTIzNDU2Nzg5';
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let mock: TestMock;

beforeAll(async () => {
  receiver = await startReceiver({ secret: SECRET });
  mock = await startTestMock({
    mode: 'stateful',
    webhookUrl: receiver.url,
    webhookKey: 'key-123',
    webhookSecret: SECRET,
    webhookRetryDelayMs: 20,
  });
});
afterEach(async () => {
  await mock.app.mock.webhooks.idle();
  receiver.clear();
  mock.app.mock.engine?.reset();
});
afterAll(async () => {
  await mock.close();
  await receiver.close();
});

/** Every delivery: the documented body, signed, its data valid against the webhook's schema. */
const expectDocumented = (delivery: (typeof receiver.received)[number]) => {
  expect(delivery.verified).toBe(true);
  expect(delivery.headers['content-type']).toBe('application/json');
  expect(Object.keys(delivery.json)).toEqual(['function', 'key', 'data']);
  expect(delivery.json.key).toBe('key-123');
  const webhook = webhooks[delivery.json.function as WebhookName] as AnyWebhook;
  const checked = webhook.data.safeParse(delivery.json.data);
  expect(checked.success, `${webhook.name}: ${checked.error?.message}`).toBe(true);
};

describe('state changes post the webhooks the reference server fires', () => {
  test('send-message with a status: message-sent and conversation-status-updated, scalars as strings', async () => {
    await mock.call('send-message', {
      user_id: 2,
      conversation_id: 101,
      message: 'On it',
      attachments: [['a.pdf', 'https://example.com/a.pdf']],
      conversation_status: 1,
    });
    // Both are sent at once: they may arrive in either order.
    const deliveries = await receiver.waitFor(2);
    const byName = (name: string) => deliveries.find((d) => d.json.function === name);
    expect(deliveries.map((d) => d.json.function).sort()).toEqual(['conversation-status-updated', 'message-sent']);
    expect(byName('message-sent')?.json.data).toEqual({
      user_id: '2',
      conversation_id: '101',
      conversation_status: '1',
      conversation_status_code: '1',
      message_id: expect.stringMatching(/^\d+$/),
      message: 'On it',
      attachments: [['a.pdf', 'https://example.com/a.pdf']],
    });
    expect(byName('conversation-status-updated')?.json.data).toEqual({ conversation_id: '101', status_code: '1' });
    deliveries.forEach(expectDocumented);
  });

  test('new-conversation, delete-message, delete-users, add-user and update-user', async () => {
    await mock.call('new-conversation', { user_id: 5 });
    await mock.call('delete-message', { message_id: 1001 });
    await mock.call('delete-message', { message_id: 999_999 });
    await mock.call('delete-users', { user_ids: [9, 10, 424_242] });
    await mock.call('add-user', { first_name: 'Ann', last_name: 'Lee', email: 'ann@example.com' });
    await mock.call('update-user', { user_id: 7, email: 'martin@example.com' });
    const deliveries = await receiver.waitFor(6);
    const byName = deliveries.map((d) => d.json.function).sort();
    expect(byName).toEqual([
      'message-deleted',
      'new-conversation-created',
      'new-email-address',
      'new-email-address',
      'user-deleted',
      'user-deleted',
    ]);
    const created = deliveries.find((d) => d.json.function === 'new-conversation-created')?.json.data as {
      details: Record<string, string>;
    };
    expect(created.details).toMatchObject({
      user_id: '5',
      department: '',
      agent_id: '',
      conversation_status_code: '0',
    });
    const deleted = deliveries.filter((d) => d.json.function === 'user-deleted').map((d) => d.json.data);
    expect(deleted.sort()).toEqual(['10', '9']);
    deliveries.forEach(expectDocumented);
  });

  test('update-conversation-status and delete-user', async () => {
    await mock.call('update-conversation-status', { conversation_id: 102, status_code: 3 });
    await mock.call('delete-user', { user_id: 11 });
    const deliveries = await receiver.waitFor(2);
    expect(deliveries.map((d) => [d.json.function, d.json.data])).toEqual(
      expect.arrayContaining([
        ['conversation-status-updated', { conversation_id: '102', status_code: '3' }],
        ['user-deleted', '11'],
      ]),
    );
  });

  test('reads and refusals fire nothing', async () => {
    await mock.call('get-conversations');
    await mock.call('send-message', { user_id: 999, conversation_id: 101 });
    await mock.call('update-conversation-status', { conversation_id: 9999, status_code: 2 });
    await mock.app.mock.webhooks.idle();
    expect(receiver.received).toEqual([]);
  });
});

describe('POST /admin/webhooks/<name> sends any webhook on demand', () => {
  test.each(webhookList.map((webhook) => [webhook.name, webhook] as const))(
    '%s with its example',
    async (name, webhook) => {
      const response = await adminFetch(mock, `/admin/webhooks/${name}`, { method: 'POST' });
      expect(response.status).toBe(202);
      const [delivery] = await receiver.waitFor(1);
      expect(delivery?.json).toEqual({ function: name, key: 'key-123', data: webhook.example });
      expectDocumented(delivery as (typeof receiver.received)[number]);
    },
  );

  test('with given data; bad data, unknown names', async () => {
    const data = { conversation_id: '77', status_code: '3' };
    const sent = await adminFetch(mock, '/admin/webhooks/conversation-status-updated', {
      method: 'POST',
      body: JSON.stringify({ data }),
    });
    expect(await sent.json()).toMatchObject({ webhook: 'conversation-status-updated', id: expect.any(String) });
    expect((await receiver.waitFor(1))[0]?.json.data).toEqual(data);
    const bad = await adminFetch(mock, '/admin/webhooks/user-deleted', { method: 'POST', body: '{"data": 12}' });
    expect(bad.status).toBe(400);
    const unknown = await adminFetch(mock, '/admin/webhooks/everything', { method: 'POST' });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).webhooks).toContain('login');
    const list = await (await adminFetch(mock, '/admin/webhooks')).json();
    expect(list[0]).toMatchObject({ webhook: 'conversation-status-updated', state: 'delivered', attempts: 1 });
  });

  test('without a webhook URL: 409', async () => {
    const bare = await startTestMock();
    expect((await adminFetch(bare, '/admin/webhooks/login', { method: 'POST' })).status).toBe(409);
    await bare.close();
  });
});

describe('delivery', () => {
  test('a failed attempt is retried, with the same delivery ID, signed again', async () => {
    const flaky = await startReceiver({ secret: SECRET, failFirst: 2 });
    const retrying = await startTestMock({ webhookUrl: flaky.url, webhookSecret: SECRET, webhookRetryDelayMs: 10 });
    await adminFetch(retrying, '/admin/webhooks/message-deleted', { method: 'POST' });
    await flaky.waitFor(1);
    expect(flaky.received.map((r) => r.status)).toEqual([503, 503, 200]);
    expect(new Set(flaky.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(flaky.received.every((r) => r.verified)).toBe(true);
    await retrying.close();
    await flaky.close();
  });

  test('without a secret: unsigned, still with an ID and a timestamp', async () => {
    const plain = await startReceiver();
    const unsigned = await startTestMock({ webhookUrl: plain.url });
    await adminFetch(unsigned, '/admin/webhooks/login', { method: 'POST' });
    const [delivery] = await plain.waitFor(1);
    expect(delivery?.headers['webhook-signature']).toBeUndefined();
    expect(delivery?.headers['webhook-id']).toMatch(/^msg_/);
    expect(delivery?.json.key).toBe('');
    await unsigned.close();
    await plain.close();
  });
});

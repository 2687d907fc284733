import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { readConfig } from '../../src/config.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { startWebhookReceiver } from '../helpers/webhook-receiver.js';
import { fixtures } from './fixtures.js';

// The embedded database is slow on a busy machine; the calls are many but each is quick.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let t: TestServer;
let f: ReturnType<typeof fixtures>;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
  const base = readConfig({});
  t = await startTestServer({
    webhooks: { ...base.webhooks, url: receiver.url, key: 'conversations-key', retryBaseMs: 20 },
  });
  f = fixtures(t);
});
afterAll(async () => {
  await t?.close();
  await receiver?.close();
});

/** The body of the first delivered webhook of this name whose data passes `match`, once it arrived. */
const delivered = async (name: string, match: (data: Record<string, unknown>) => boolean) => {
  await expect
    .poll(
      () => receiver.delivered().some((d) => d.json.function === name && match(d.json.data as Record<string, unknown>)),
      {
        timeout: 10_000,
      },
    )
    .toBe(true);
  return receiver.delivered().find((d) => d.json.function === name && match(d.json.data as Record<string, unknown>))!
    .json;
};

/** The data of the queued webhooks of this name (the outbox is written in the call's transaction). */
const queued = async (name: string) =>
  (await t.sql<{ body: string }[]>`SELECT body FROM webhook_deliveries WHERE name = ${name} ORDER BY id`).map(
    (row) => (JSON.parse(row.body) as { data: unknown }).data,
  );
const about = (conversationId: number) => (data: unknown) =>
  (data as { conversation_id?: string }).conversation_id === String(conversationId);

describe('new-conversation fires new-conversation-created', () => {
  test('with the whole new conversation as new-conversation answers it, every value a string', async () => {
    const customer = await f.user({
      first_name: 'Don',
      last_name: 'John',
      user_type: 'user',
      email: 'don@example.com',
    });
    const created = await t.client.call('new-conversation', { user_id: customer, title: 'hello' });
    const body = await delivered('new-conversation-created', (data) => {
      const details = data.details as { id?: string } | undefined;
      return details?.id === created.details.id;
    });
    expect(body).toEqual({
      function: 'new-conversation-created',
      key: 'conversations-key',
      data: {
        messages: [],
        details: {
          ...created.details,
          department: '',
          agent_id: '',
        },
      },
    });
    expect(body.data).toMatchObject({
      details: { user_id: String(customer), title: 'Hello', conversation_status_code: '0' },
    });
  });

  test('a refused new-conversation fires nothing', async () => {
    const before = (await queued('new-conversation-created')).length;
    await t.post({ function: 'new-conversation', token: t.token, user_id: '987654' });
    await t.post({ function: 'new-conversation', token: t.token, user_id: '1', status_code: '9' });
    expect(await queued('new-conversation-created')).toHaveLength(before);
  });
});

describe('send-message fires message-sent', () => {
  test('with the sender, the conversation, the message and the status "-1" under both names', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    const messageId = await f.send(customer, id, 'Hello! How are you? <ok>');
    const body = await delivered('message-sent', about(id));
    expect(body.data).toEqual({
      user_id: String(customer),
      conversation_id: String(id),
      conversation_status: '-1',
      conversation_status_code: '-1',
      message_id: String(messageId),
      message: 'Hello! How are you? &lt;ok&gt;',
    });
    expect(await queued('conversation-status-updated')).not.toContainEqual(
      expect.objectContaining({ conversation_id: String(id) }),
    );
  });

  test('with the attachments when the message has some', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    await f.send(customer, id, 'See attached', { attachments: [['a.pdf', 'https://example.com/a.pdf']] });
    const body = await delivered('message-sent', about(id));
    expect(body.data).toMatchObject({ attachments: [['a.pdf', 'https://example.com/a.pdf']] });
  });

  test('with the status it set, and conversation-status-updated too', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    await f.send(customer, id, 'Archive it', { conversation_status: 3 });
    expect((await delivered('message-sent', about(id))).data).toMatchObject({
      conversation_status: '3',
      conversation_status_code: '3',
    });
    expect((await delivered('conversation-status-updated', about(id))).data).toEqual({
      conversation_id: String(id),
      status_code: '3',
    });
  });

  test('a refused send-message fires nothing', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    await t.post({
      function: 'send-message',
      token: t.token,
      user_id: String(customer),
      conversation_id: String(id),
      conversation_status: '7',
    });
    await t.post({ function: 'send-message', token: t.token, user_id: '987654', conversation_id: String(id) });
    expect((await queued('message-sent')).filter(about(id))).toEqual([]);
  });
});

describe('update-conversation-status fires conversation-status-updated', () => {
  test('with the conversation and its new status', async () => {
    const id = await f.conversation(await f.user());
    await t.client.call('update-conversation-status', { conversation_id: id, status_code: 4 });
    expect((await delivered('conversation-status-updated', about(id))).data).toEqual({
      conversation_id: String(id),
      status_code: '4',
    });
  });

  test('not for an unknown conversation, nor when 5 empties the trash', async () => {
    const before = (await queued('conversation-status-updated')).length;
    await t.client.call('update-conversation-status', { conversation_id: 987654, status_code: 1 });
    await t.client.call('update-conversation-status', { conversation_id: 987654, status_code: 5 });
    expect(await queued('conversation-status-updated')).toHaveLength(before);
  });
});

describe('delete-message fires message-deleted', () => {
  test('with the ID of the deleted message, as a string', async () => {
    const customer = await f.user();
    const messageId = await f.send(customer, await f.conversation(customer), 'to delete');
    await t.client.call('delete-message', { message_id: messageId });
    expect((await delivered('message-deleted', (data) => (data as unknown) === String(messageId))).data).toBe(
      String(messageId),
    );
  });

  test('not when no message has the ID', async () => {
    await t.client.call('delete-message', { message_id: 987654 });
    expect(await queued('message-deleted')).not.toContain('987654');
  });
});

test('update-message, set-rating and the reading methods fire nothing', async () => {
  const customer = await f.user();
  const id = await f.conversation(customer);
  const messageId = await f.send(customer, id, 'Hi');
  const before = await f.count('webhook_deliveries');
  await t.client.call('update-message', { message_id: messageId, message: 'Edited' });
  await t.client.call('set-rating', {
    settings: { conversation_id: id, rating: 1 },
    message_id: messageId,
    message: 'x',
  });
  await t.client.call('get-conversation', { conversation_id: id });
  await t.client.call('get-conversations');
  await t.client.call('search-conversations', { search: 'Edited' });
  expect(await f.count('webhook_deliveries')).toBe(before);
});

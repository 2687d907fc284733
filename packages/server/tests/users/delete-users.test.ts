import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestServer } from '../helpers/test-server.js';
import { addUser, queuedWebhooks, startServerWithReceiver, waitForWebhook } from './fixtures.js';

let setup: Awaited<ReturnType<typeof startServerWithReceiver>>;
let t: TestServer;
beforeAll(async () => {
  setup = await startServerWithReceiver();
  t = setup.t;
}, 60_000);
afterAll(() => setup?.close());

/** A customer with details and a conversation in which they and an agent wrote. */
const customerWithConversation = async (agentId: number) => {
  const customer = await addUser(t, { first_name: 'Customer', extra: { phone: ['123', 'Phone'] } });
  const conversation = await t.client.call('new-conversation', { user_id: customer, agent_id: agentId });
  const conversationId = Number(conversation.details.id);
  await t.client.call('send-message', { user_id: customer, conversation_id: conversationId, message: 'Hello' });
  await t.client.call('send-message', { user_id: agentId, conversation_id: conversationId, message: 'Hi there' });
  return { customer, conversationId };
};

const exists = async (table: 'users' | 'conversations', id: number) =>
  (await t.sql`SELECT 1 FROM ${t.sql(table)} WHERE id = ${id}`).length === 1;
const messagesOf = (conversationId: number) =>
  t.sql<{ user_id: string; message: string }[]>`
    SELECT user_id, message FROM messages WHERE conversation_id = ${conversationId} ORDER BY id`;

describe('delete-user', () => {
  test('deletes the user with their conversations, messages and details, answering true', async () => {
    const agent = await addUser(t, { first_name: 'Agent', user_type: 'agent' });
    const { customer, conversationId } = await customerWithConversation(agent);
    expect(await t.post({ function: 'delete-user', token: t.token, user_id: String(customer) })).toEqual({
      success: true,
      response: true,
    });
    expect(await t.client.call('get-user', { user_id: customer })).toBe(false);
    expect(await exists('conversations', conversationId)).toBe(false);
    expect(await messagesOf(conversationId)).toEqual([]);
    expect(await t.sql`SELECT 1 FROM users_data WHERE user_id = ${customer}`).toHaveLength(0);
    expect(await exists('users', agent)).toBe(true);
  });

  test("deleting an agent keeps the customers' conversations, unassigned, without the agent's messages (delete-user-agent-conversations)", async () => {
    const agent = await addUser(t, { first_name: 'Leaving', user_type: 'agent' });
    const { customer, conversationId } = await customerWithConversation(agent);
    await t.client.call('delete-user', { user_id: agent });
    expect(await exists('users', agent)).toBe(false);
    const conversation = await t.client.call('get-conversation', { conversation_id: conversationId });
    expect(conversation.details).toMatchObject({ id: String(conversationId), user_id: String(customer) });
    expect((await t.sql`SELECT agent_id FROM conversations WHERE id = ${conversationId}`)[0]).toEqual({
      agent_id: null,
    });
    expect(await messagesOf(conversationId)).toEqual([{ user_id: String(customer), message: 'Hello' }]);
  });

  test('fires user-deleted with the ID of the deleted user', async () => {
    const id = await addUser(t);
    await t.client.call('delete-user', { user_id: id });
    const body = await waitForWebhook(setup.receiver, 'user-deleted', (data) => data === String(id));
    expect(body).toEqual({ function: 'user-deleted', key: 'users-key', data: String(id) });
  });

  test('an unknown user answers true, and nothing changes and nothing fires (delete-user-unknown-user)', async () => {
    const users = await t.sql`SELECT id FROM users ORDER BY id`;
    const fired = await queuedWebhooks(t, 'user-deleted');
    expect(await t.client.call('delete-user', { user_id: 999_999 })).toBe(true);
    expect(await t.sql`SELECT id FROM users ORDER BY id`).toEqual(users);
    expect(await queuedWebhooks(t, 'user-deleted')).toEqual(fired);
  });
});

describe('delete-users', () => {
  test('deletes every user of the JSON array, IDs as numbers or strings, skipping unknown ones', async () => {
    const agent = await addUser(t, { user_type: 'agent' });
    const first = await customerWithConversation(agent);
    const second = await addUser(t);
    const kept = await addUser(t);
    const answer = await t.post({
      function: 'delete-users',
      token: t.token,
      user_ids: `[${first.customer}, "${second}", 999999]`,
    });
    expect(answer).toEqual({ success: true, response: true });
    expect(await exists('users', first.customer)).toBe(false);
    expect(await exists('users', second)).toBe(false);
    expect(await exists('conversations', first.conversationId)).toBe(false);
    expect(await exists('users', kept)).toBe(true);
  });

  test('fires user-deleted once for each deleted user, not for unknown or repeated IDs', async () => {
    const a = await addUser(t);
    const b = await addUser(t);
    const before = await queuedWebhooks(t, 'user-deleted');
    await t.client.call('delete-users', { user_ids: [b, a, a, 999_998] });
    await waitForWebhook(setup.receiver, 'user-deleted', (data) => data === String(a));
    await waitForWebhook(setup.receiver, 'user-deleted', (data) => data === String(b));
    expect((await queuedWebhooks(t, 'user-deleted')).slice(before.length)).toEqual([String(a), String(b)]);
  });

  test('keeps the conversations assigned to a deleted agent, unassigned (delete-users-agent-conversations)', async () => {
    const agent = await addUser(t, { user_type: 'agent' });
    const { conversationId } = await customerWithConversation(agent);
    await t.client.call('delete-users', { user_ids: [agent] });
    expect(await exists('conversations', conversationId)).toBe(true);
    expect((await t.sql`SELECT agent_id FROM conversations WHERE id = ${conversationId}`)[0]).toEqual({
      agent_id: null,
    });
  });

  test('answers to the function name delete-users, not the documented is-online (delete-users-function-name)', async () => {
    const id = await addUser(t);
    await t.post({ function: 'delete-users', token: t.token, user_ids: `[${id}]` });
    expect(await exists('users', id)).toBe(false);
    const documented = await t.post({ function: 'is-online', token: t.token, user_ids: `[${id}]` });
    expect(documented).toMatchObject({ status: 'error', response: 'missing-argument', argument: 'user_id' });
  });

  test('refuses IDs that are not a JSON array of IDs, deleting nothing (delete-users-json)', async () => {
    const id = await addUser(t);
    for (const user_ids of [String(id), `${id},${id}`, '["abc"]', `[${id}, -1]`]) {
      const answer = await t.post({ function: 'delete-users', token: t.token, user_ids });
      expect(answer).toMatchObject({ status: 'error', response: 'invalid-argument', argument: 'user_ids' });
    }
    expect(await exists('users', id)).toBe(true);
  });

  test('an empty array deletes nothing and answers true', async () => {
    const users = await t.sql`SELECT id FROM users ORDER BY id`;
    expect(await t.client.call('delete-users', { user_ids: [] })).toBe(true);
    expect(await t.sql`SELECT id FROM users ORDER BY id`).toEqual(users);
  });
});

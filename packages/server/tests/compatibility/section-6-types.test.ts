/**
 * §6 of spec/original-behaviour.md, "Types" (facts 6 to 8): each fact proven against the reference
 * server over real HTTP, matched or deliberately different (the contract's notes on each are kept
 * complete by its tests/surprises.test.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtures } from '../conversations/fixtures.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { existingUser } from '../users/fixtures.js';

let t: TestServer;
let f: ReturnType<typeof fixtures>;
beforeAll(async () => {
  t = await startTestServer();
  f = fixtures(t);
});
afterAll(() => t?.close());

const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
/** A `YYYY-MM-DD HH:MM:SS` text read as UTC. */
const utc = (text: string) => Date.parse(`${text.replace(' ', 'T')}Z`);
/** Today's or another day's UTC date, `YYYY-MM-DD`. */
const utcDate = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('§6.6 database values are strings, computed values numbers, empty columns null', () => {
  test('get-user: every column a string, the empty email and department null', async () => {
    const id = await t.client.call('add-user', { first_name: 'Typed' });
    const answer = await t.post({ function: 'get-user', token: t.token, user_id: String(id) });
    expect(answer.response).toMatchObject({
      id: String(id),
      first_name: 'Typed',
      user_type: 'visitor',
      email: null,
      department: null,
    });
    const user = answer.response as Record<string, unknown>;
    for (const key of ['id', 'first_name', 'last_name', 'profile_image', 'user_type', 'creation_time', 'token']) {
      expect(typeof user[key], key).toBe('string');
    }
  });

  test("computed values are numbers: add-user's ID, send-message's message-id, get-rating's counts", async () => {
    const added = await t.post({ function: 'add-user', token: t.token, first_name: 'Counted' });
    expect(typeof added.response).toBe('number');
    const customer = added.response as number;
    const conversation = await f.conversation(customer);
    const sent = await t.post({
      function: 'send-message',
      token: t.token,
      user_id: String(customer),
      conversation_id: String(conversation),
      message: 'Hi',
    });
    expect(typeof (sent.response as Record<string, unknown>)['message-id']).toBe('number');
    await t.client.call('set-rating', { settings: { conversation_id: conversation, rating: 1, agent_id: 1 } });
    const rating = await t.post({ function: 'get-rating', token: t.token, user_id: '1' });
    expect(rating.response).toEqual([1, 0]);
  });

  test('count-users answers its counts as strings', async () => {
    const counts = (await t.post({ function: 'count-users', token: t.token })).response as Record<string, unknown>;
    expect(Object.keys(counts).sort()).toEqual(['all', 'lead', 'user', 'visitor']);
    for (const value of Object.values(counts)) expect(value).toMatch(/^\d+$/);
  });

  test('get-conversation and get-conversations: IDs and status codes are strings, unset columns null', async () => {
    const customer = await t.client.call('add-user', { first_name: 'Strings' });
    const id = await f.conversation(customer);
    const messageId = await f.send(customer, id, 'Hello');
    const conversation = await t.post({ function: 'get-conversation', token: t.token, conversation_id: String(id) });
    expect(conversation.response).toMatchObject({
      messages: [{ id: String(messageId), user_id: String(customer), status_code: '0', conversation_id: String(id) }],
      details: {
        id: String(id),
        user_id: String(customer),
        conversation_status_code: '0',
        department: null,
        agent_id: null,
      },
    });
    const list = (await t.post({ function: 'get-conversations', token: t.token })).response as Record<
      string,
      unknown
    >[];
    expect(list.find((item) => item.conversation_id === String(id))).toMatchObject({
      id: String(messageId),
      user_id: String(customer),
      conversation_status_code: '0',
    });
  });
});

describe('§6.7 UTC YYYY-MM-DD HH:MM:SS timestamps; datetime filters compare as text', () => {
  test('times are UTC, without a zone: a new user was created now', async () => {
    const id = await t.client.call('add-user', { first_name: 'Clock' });
    const user = await existingUser(t, id);
    expect(user.creation_time).toMatch(TIMESTAMP);
    expect(user.last_activity).toMatch(TIMESTAMP);
    expect(Math.abs(utc(user.creation_time) - Date.now())).toBeLessThan(60_000);
  });

  test('get-new-users takes a date alone: today includes a new user, tomorrow does not', async () => {
    const id = String(await t.client.call('add-user', { first_name: 'Dated' }));
    const today = await t.post({ function: 'get-new-users', token: t.token, datetime: utcDate() });
    const tomorrow = await t.post({ function: 'get-new-users', token: t.token, datetime: utcDate(1) });
    expect((today.response as { id: string }[]).map((user) => user.id)).toContain(id);
    expect((tomorrow.response as { id: string }[]).map((user) => user.id)).not.toContain(id);
  });

  test('get-new-conversations and get-new-messages: a date alone, or a time compared strictly', async () => {
    const customer = await t.client.call('add-user', { first_name: 'Old' });
    const id = await f.conversation(customer);
    await f.send(customer, id, 'Sent in 2020');
    await f.backdate(id, '2020-05-13 08:58:18');
    const found = async (datetime: string) => {
      const conversations = await t.post({ function: 'get-new-conversations', token: t.token, datetime });
      const messages = await t.post({
        function: 'get-new-messages',
        token: t.token,
        user_id: String(customer),
        conversation_id: String(id),
        datetime,
      });
      const listed = (conversations.response as { conversation_id: string }[]).some(
        (item) => item.conversation_id === String(id),
      );
      return [listed, (messages.response as unknown[]).length];
    };
    expect(await found('2020-05-13')).toEqual([true, 1]);
    expect(await found('2020-05-13 08:58:17')).toEqual([true, 1]);
    expect(await found('2020-05-13 08:58:18')).toEqual([false, 0]);
    expect(await found('2020-05-14')).toEqual([false, 0]);
  });

  test('a date alone is before every time of its day, midnight included, in every filter', async () => {
    const MIDNIGHT = '2020-06-01 00:00:00';
    const customer = await t.client.call('add-user', { first_name: 'Midnight' });
    await t.sql`UPDATE users SET creation_time = ${MIDNIGHT} WHERE id = ${customer}`;
    const id = await f.conversation(customer);
    await f.send(customer, id, 'Sent at midnight');
    await f.backdate(id, MIDNIGHT);
    const listed = async (datetime: string) => {
      const ask = (fields: Record<string, string>) => t.post({ token: t.token, datetime, ...fields });
      const users = (await ask({ function: 'get-new-users' })).response as { id: string }[];
      const conversations = (await ask({ function: 'get-new-conversations' })).response as {
        conversation_id: string;
      }[];
      const ofUser = (await ask({ function: 'get-new-user-conversations', user_id: String(customer) })).response;
      const messages = (
        await ask({ function: 'get-new-messages', user_id: String(customer), conversation_id: String(id) })
      ).response;
      return [
        users.some((user) => user.id === String(customer)),
        conversations.some((item) => item.conversation_id === String(id)),
        (ofUser as unknown[]).length,
        (messages as unknown[]).length,
      ];
    };
    expect(await listed('2020-06-01')).toEqual([true, true, 1, 1]);
    expect(await listed('2020-06-01 00:00:00')).toEqual([false, false, 0, 0]);
    expect(await listed('2020-05-31 23:59:59')).toEqual([true, true, 1, 1]);
  });
});

describe('§6.8 not found is rarely an error', () => {
  const UNKNOWN = '987654';
  const answerOf = async (fields: Record<string, string>) => t.post({ token: t.token, ...fields });

  test('get-user of an unknown user: false', async () => {
    expect(await answerOf({ function: 'get-user', user_id: UNKNOWN })).toEqual({ success: true, response: false });
  });

  test('get-conversation of an unknown conversation: {"messages":[],"details":""}', async () => {
    expect(await answerOf({ function: 'get-conversation', conversation_id: UNKNOWN })).toEqual({
      success: true,
      response: { messages: [], details: '' },
    });
  });

  test('is-agent-typing when no agent types: ""', async () => {
    const id = await f.conversation(await t.client.call('add-user', { first_name: 'Waiting' }));
    expect(await answerOf({ function: 'is-agent-typing', conversation_id: String(id) })).toEqual({
      success: true,
      response: '',
    });
  });

  test('updating or deleting unknown IDs: true, and nothing changes', async () => {
    const before =
      await t.sql`SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM messages) AS messages`;
    const calls: Record<string, string>[] = [
      { function: 'update-user', user_id: UNKNOWN, first_name: 'Nobody' },
      { function: 'update-user-to-lead', user_id: UNKNOWN },
      { function: 'delete-user', user_id: UNKNOWN },
      { function: 'delete-users', user_ids: `[${UNKNOWN}]` },
      { function: 'update-message', message_id: UNKNOWN, message: 'Edited' },
      { function: 'delete-message', message_id: UNKNOWN },
      { function: 'update-conversation-status', conversation_id: UNKNOWN, status_code: '3' },
    ];
    for (const fields of calls) {
      expect(await answerOf(fields), fields.function).toEqual({ success: true, response: true });
    }
    expect(
      await t.sql`SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM messages) AS messages`,
    ).toEqual(before);
  });

  test('get-user-extra and the lists of an unknown user, or with no match: []', async () => {
    const calls: Record<string, string>[] = [
      { function: 'get-user-extra', user_id: UNKNOWN },
      { function: 'get-user-conversations', user_id: UNKNOWN },
      { function: 'get-new-user-conversations', user_id: UNKNOWN, datetime: '2020-01-01' },
      { function: 'get-new-messages', user_id: UNKNOWN, conversation_id: UNKNOWN, datetime: '2020-01-01' },
      { function: 'search-users', search: 'no-such-user-anywhere' },
      { function: 'search-conversations', search: 'no-such-message-anywhere' },
      { function: 'search-user-conversations', user_id: UNKNOWN, search: 'x' },
    ];
    for (const fields of calls) {
      expect(await answerOf(fields), fields.function).toEqual({ success: true, response: [] });
    }
  });
});

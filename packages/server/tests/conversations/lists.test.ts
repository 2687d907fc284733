/**
 * get-conversations and get-new-conversations list every conversation, so this file controls all
 * the data of its server: one customer, one agent and conversations at known times.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { fixtures } from './fixtures.js';

// The embedded database is slow on a busy machine; the calls are many but each is quick.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let t: TestServer;
let f: ReturnType<typeof fixtures>;
let customer: number;
let agent: number;
/** Conversations by status; `old` is live, created now, but its only message is older than the others. */
const c: Record<'live' | 'waitingUser' | 'waitingAgent' | 'archived' | 'trashed' | 'empty' | 'old', number> = {
  live: 0,
  waitingUser: 0,
  waitingAgent: 0,
  archived: 0,
  trashed: 0,
  empty: 0,
  old: 0,
};
let liveLast: number;

beforeAll(async () => {
  t = await startTestServer();
  f = fixtures(t);
  customer = await f.user({ first_name: 'Jessica', last_name: 'Brenson', user_type: 'lead' });
  agent = await f.user({ first_name: 'Bruce', last_name: 'Peterson', user_type: 'agent' });
  const make = async (status: 0 | 1 | 2 | 3 | 4, time: string) => {
    const id = await f.conversation(customer, { status_code: status });
    await f.send(customer, id, `Hello at ${time}`);
    await f.backdate(id, time);
    return id;
  };
  c.live = await make(0, '2020-04-24 10:00:00');
  c.waitingUser = await make(1, '2020-04-24 11:00:00');
  c.waitingAgent = await make(2, '2020-04-24 09:00:00');
  c.archived = await make(3, '2020-04-24 12:00:00');
  c.trashed = await make(4, '2020-04-24 12:30:00');
  c.old = await make(0, '2020-04-23 08:00:00');
  c.empty = await f.conversation(customer);
  // The agent answers last in the live conversation, a second later.
  liveLast = await f.send(agent, c.live, 'Hello, how can I help?');
  await t.sql`UPDATE messages SET creation_time = '2020-04-24 10:00:01' WHERE id = ${liveLast}`;
  await t.sql`UPDATE conversations SET last_message_time = '2020-04-24 10:00:01' WHERE id = ${c.live}`;
});
afterAll(() => t?.close());

const ids = (items: { conversation_id: string }[]) => items.map((item) => Number(item.conversation_id));

describe('get-conversations', () => {
  test('lists the inbox (statuses 0, 1 and 2), highest status first, then newest; empty conversations are left out', async () => {
    expect(ids(await t.client.call('get-conversations'))).toEqual([c.waitingAgent, c.waitingUser, c.live, c.old]);
  });

  test("each item is the conversation's last message, with the customer's ID, names and type and the sender's type", async () => {
    const items = await t.client.call('get-conversations');
    expect(items.find((item) => Number(item.conversation_id) === c.live)).toEqual({
      id: String(liveLast),
      user_id: String(customer),
      message: 'Hello, how can I help?',
      creation_time: '2020-04-24 10:00:01',
      attachments: '',
      status_code: '0',
      payload: '',
      conversation_id: String(c.live),
      message_user_type: 'agent',
      first_name: 'Jessica',
      last_name: 'Brenson',
      profile_image: expect.any(String),
      conversation_status_code: '0',
      user_type: 'lead',
    });
  });

  test('status code 0 gives the inbox, as an absent one does, not the live conversations alone', async () => {
    expect(ids(await t.client.call('get-conversations', { status_code: 0 }))).toEqual([
      c.waitingAgent,
      c.waitingUser,
      c.live,
      c.old,
    ]);
  });

  test('status codes 1 to 4 give the conversations with exactly that status', async () => {
    expect(ids(await t.client.call('get-conversations', { status_code: 1 }))).toEqual([c.waitingUser]);
    expect(ids(await t.client.call('get-conversations', { status_code: 2 }))).toEqual([c.waitingAgent]);
    expect(ids(await t.client.call('get-conversations', { status_code: 3 }))).toEqual([c.archived]);
    expect(ids(await t.client.call('get-conversations', { status_code: 4 }))).toEqual([c.trashed]);
  });

  test('a page past the end answers []', async () => {
    expect(await t.client.call('get-conversations', { pagination: 1 })).toEqual([]);
  });
});

describe('get-new-conversations', () => {
  test('lists the inbox conversations with a message after the datetime, newest first', async () => {
    const items = await t.client.call('get-new-conversations', { datetime: '2020-04-24 09:30:00' });
    expect(ids(items)).toEqual([c.waitingUser, c.live]);
    expect(items[1]).toMatchObject({ id: String(liveLast), user_id: String(customer), message_user_type: 'agent' });
  });

  test('a date without a time counts from midnight', async () => {
    expect(ids(await t.client.call('get-new-conversations', { datetime: '2020-04-24' }))).toEqual([
      c.waitingUser,
      c.live,
      c.waitingAgent,
    ]);
  });

  test('a conversation created after the datetime is not listed when its messages are older', async () => {
    const created = await t.sql`SELECT creation_time > '2020-04-24' AS newer FROM conversations WHERE id = ${c.old}`;
    expect(created[0]!.newer).toBe(true);
    const items = await t.client.call('get-new-conversations', { datetime: '2020-04-24' });
    expect(ids(items)).not.toContain(c.old);
    expect(ids(items)).not.toContain(c.empty);
  });

  test('archived and trashed conversations are left out', async () => {
    const items = await t.client.call('get-new-conversations', { datetime: '2020-01-01' });
    expect(ids(items)).toEqual([c.waitingUser, c.live, c.waitingAgent, c.old]);
  });

  test('answers [] when no conversation has a newer message', async () => {
    expect(await t.client.call('get-new-conversations', { datetime: '2099-01-01 00:00:00' })).toEqual([]);
  });

  test('a datetime that is not one is refused before any query', async () => {
    const answer = await t.post({ function: 'get-new-conversations', token: t.token, datetime: "2020' OR 1=1" });
    expect(answer).toMatchObject({ status: 'error', response: 'invalid-argument', argument: 'datetime' });
  });
});

// Last: it adds a hundred conversations to the inbox.
describe('get-conversations pagination', () => {
  test('counts pages of 100 from 0: page 0 is the first 100, page 1 the next ones', async () => {
    const added: number[] = [];
    for (let i = 0; i < 100; i++) {
      const id = await f.conversation(customer, { status_code: 2 });
      await f.send(customer, id, 'More');
      added.push(id);
    }
    const first = ids(await t.client.call('get-conversations', { pagination: 0 }));
    expect(first).toHaveLength(100);
    expect(new Set(first)).toEqual(new Set(added));
    expect(ids(await t.client.call('get-conversations'))).toEqual(first);
    expect(ids(await t.client.call('get-conversations', { pagination: 1 }))).toEqual([
      c.waitingAgent,
      c.waitingUser,
      c.live,
      c.old,
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { fixtures } from './fixtures.js';

// The embedded database is slow on a busy machine; the calls are many but each is quick.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let t: TestServer;
let f: ReturnType<typeof fixtures>;
let agent: number;
beforeAll(async () => {
  t = await startTestServer();
  f = fixtures(t);
  agent = await f.user({ first_name: 'Bruce', last_name: 'Peterson', user_type: 'agent' });
});
afterAll(() => t?.close());

const DATETIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const setTime = (messageId: number, time: string) =>
  t.sql`UPDATE messages SET creation_time = ${time}::timestamp WHERE id = ${messageId}`;

describe('get-conversation', () => {
  test("answers the messages oldest first with their senders, and the details with the customer's", async () => {
    const customer = await f.user({ first_name: 'Don', last_name: 'John', user_type: 'lead' });
    const id = await f.conversation(customer, { title: 'order', department: 3, agent_id: agent, status_code: 3 });
    const hello = await f.send(customer, id, 'Hello!');
    const reply = await f.send(agent, id, 'Hello, how can I help?');
    const conversation = await t.client.call('get-conversation', { conversation_id: id });
    expect(conversation.messages).toEqual([
      {
        id: String(hello),
        user_id: String(customer),
        message: 'Hello!',
        creation_time: expect.stringMatching(DATETIME),
        attachments: '',
        status_code: '0',
        payload: '',
        conversation_id: String(id),
        first_name: 'Don',
        last_name: 'John',
        profile_image: expect.any(String),
        user_type: 'lead',
      },
      expect.objectContaining({ id: String(reply), user_id: String(agent), first_name: 'Bruce', user_type: 'agent' }),
    ]);
    expect(conversation.details).toEqual({
      user_id: String(customer),
      first_name: 'Don',
      last_name: 'John',
      profile_image: expect.any(String),
      user_type: 'lead',
      id: String(id),
      title: 'Order',
      conversation_time: expect.stringMatching(DATETIME),
      creation_time: expect.stringMatching(DATETIME),
      conversation_status_code: '3',
      department: '3',
      agent_id: String(agent),
    });
  });

  test('orders the messages by their time, not by their ID', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    const first = await f.send(customer, id, 'first');
    const second = await f.send(customer, id, 'second');
    await setTime(first, '2020-05-04 10:06:33');
    await setTime(second, '2020-05-04 10:06:30');
    const conversation = await t.client.call('get-conversation', { conversation_id: id });
    expect(conversation.messages.map((m) => [m.message, m.creation_time])).toEqual([
      ['second', '2020-05-04 10:06:30'],
      ['first', '2020-05-04 10:06:33'],
    ]);
  });

  test('a conversation without messages answers its details and no messages', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    const conversation = await t.client.call('get-conversation', { conversation_id: id });
    expect(conversation).toMatchObject({ messages: [], details: { id: String(id), user_id: String(customer) } });
  });

  test('answers {"messages":[],"details":""} for an unknown conversation', async () => {
    expect(await t.post({ function: 'get-conversation', token: t.token, conversation_id: '987654' })).toEqual({
      success: true,
      response: { messages: [], details: '' },
    });
  });

  test('times are sent as YYYY-MM-DD HH:MM:SS, with the space the documented example lost', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    await f.send(customer, id, 'Hello!');
    const conversation = await t.client.call('get-conversation', { conversation_id: id });
    if (conversation.details === '') throw new Error('not found');
    expect(conversation.messages[0]!.creation_time).toMatch(DATETIME);
    expect(conversation.details.conversation_time).toMatch(DATETIME);
  });

  test('the details carry the creation time as both conversation_time and creation_time', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    await t.sql`UPDATE conversations SET creation_time = '2020-05-04 10:06:30' WHERE id = ${id}`;
    const conversation = await t.client.call('get-conversation', { conversation_id: id });
    expect(conversation.details).toMatchObject({
      conversation_time: '2020-05-04 10:06:30',
      creation_time: '2020-05-04 10:06:30',
    });
  });

  test("with user_id, the conversation must be that user's; another user's is not found", async () => {
    const owner = await f.user();
    const other = await f.user();
    const id = await f.conversation(owner);
    await f.send(owner, id, 'Mine');
    const own = await t.client.call('get-conversation', { conversation_id: id, user_id: owner });
    expect(own).toMatchObject({ details: { id: String(id) }, messages: [{ message: 'Mine' }] });
    expect(await t.client.call('get-conversation', { conversation_id: id, user_id: other })).toEqual({
      messages: [],
      details: '',
    });
  });

  test('the details carry agent_id, null when no agent is assigned', async () => {
    const customer = await f.user();
    const unassigned = await t.client.call('get-conversation', { conversation_id: await f.conversation(customer) });
    expect(unassigned.details).toMatchObject({ agent_id: null, department: null });
    const assigned = await t.client.call('get-conversation', {
      conversation_id: await f.conversation(customer, { agent_id: agent }),
    });
    expect(assigned.details).toMatchObject({ agent_id: String(agent) });
  });
});

describe('get-user-conversations', () => {
  test("lists the user's conversations of every status as their last messages, with the sender's names, newest first", async () => {
    const customer = await f.user({ first_name: 'Adam', last_name: 'Gates', user_type: 'lead' });
    const answered = await f.conversation(customer, { title: 'refund', department: 2, status_code: 3 });
    const trashed = await f.conversation(customer, { status_code: 4 });
    await f.send(customer, answered, 'Hello');
    const reply = await f.send(agent, answered, 'Please leave a feedback.');
    const last = await f.send(customer, trashed, 'Hello, how are you?');
    expect(await t.client.call('get-user-conversations', { user_id: customer })).toEqual([
      {
        id: String(last),
        user_id: String(customer),
        message: 'Hello, how are you?',
        creation_time: expect.stringMatching(DATETIME),
        attachments: '',
        status_code: '0',
        payload: '',
        conversation_id: String(trashed),
        first_name: 'Adam',
        last_name: 'Gates',
        profile_image: expect.any(String),
        user_type: 'lead',
        conversation_status_code: '4',
        department: null,
        title: '',
      },
      {
        id: String(reply),
        user_id: String(agent),
        message: 'Please leave a feedback.',
        creation_time: expect.stringMatching(DATETIME),
        attachments: '',
        status_code: '0',
        payload: '',
        conversation_id: String(answered),
        first_name: 'Bruce',
        last_name: 'Peterson',
        profile_image: expect.any(String),
        user_type: 'agent',
        conversation_status_code: '3',
        department: '2',
        title: 'Refund',
      },
    ]);
  });

  test('answers one item per conversation, however many messages it has', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    for (const text of ['one', 'two', 'three']) await f.send(customer, id, text);
    const items = await t.client.call('get-user-conversations', { user_id: customer });
    expect(items.map((item) => item.message)).toEqual(['three']);
  });

  test('the items carry the department and the title of the conversation', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer, { title: 'shipping', department: 7 });
    await f.send(customer, id, 'Where is my parcel?');
    expect(await t.client.call('get-user-conversations', { user_id: customer })).toMatchObject([
      { department: '7', title: 'Shipping' },
    ]);
  });

  test('exclude_id leaves one conversation out', async () => {
    const customer = await f.user();
    const kept = await f.conversation(customer);
    const excluded = await f.conversation(customer);
    await f.send(customer, kept, 'kept');
    await f.send(customer, excluded, 'excluded');
    const items = await t.client.call('get-user-conversations', { user_id: customer, exclude_id: excluded });
    expect(items.map((item) => Number(item.conversation_id))).toEqual([kept]);
  });

  test("conversations without messages and other users' conversations are not listed", async () => {
    const customer = await f.user();
    const other = await f.user();
    await f.conversation(customer);
    await f.send(other, await f.conversation(other), 'not yours');
    expect(await t.client.call('get-user-conversations', { user_id: customer })).toEqual([]);
  });

  test('answers [] for an unknown user', async () => {
    expect(await t.client.call('get-user-conversations', { user_id: 987654 })).toEqual([]);
  });
});

describe('get-new-user-conversations', () => {
  test("lists the user's conversations with a message after the datetime, as their last messages", async () => {
    const customer = await f.user({ first_name: 'Don', last_name: 'John', user_type: 'lead' });
    const recent = await f.conversation(customer, { title: 'recent', status_code: 3 });
    const older = await f.conversation(customer);
    await f.send(customer, older, 'Old news');
    await f.backdate(older, '2020-05-10 08:00:00');
    await f.send(customer, recent, 'Hello');
    const last = await f.send(agent, recent, 'Hello, how are you?');
    await f.backdate(recent, '2020-05-12 17:30:35');
    expect(
      await t.client.call('get-new-user-conversations', { user_id: customer, datetime: '2020-05-12 17:00:00' }),
    ).toEqual([
      {
        id: String(last),
        user_id: String(agent),
        message: 'Hello, how are you?',
        creation_time: '2020-05-12 17:30:35',
        attachments: '',
        status_code: '0',
        payload: '',
        conversation_id: String(recent),
        first_name: 'Bruce',
        last_name: 'Peterson',
        profile_image: expect.any(String),
        user_type: 'agent',
        conversation_status_code: '3',
        department: null,
        title: 'Recent',
      },
    ]);
    const both = await t.client.call('get-new-user-conversations', { user_id: customer, datetime: '2020-05-10' });
    expect(both.map((item) => Number(item.conversation_id))).toEqual([recent, older]);
  });

  test('answers one item per conversation, however many of its messages are newer', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    await f.send(customer, id, 'one');
    await f.send(customer, id, 'two');
    const items = await t.client.call('get-new-user-conversations', { user_id: customer, datetime: '2020-01-01' });
    expect(items.map((item) => item.message)).toEqual(['two']);
  });

  test('a conversation created after the datetime is not listed when its messages are older', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    await f.send(customer, id, 'Written long ago');
    await f.backdate(id, '2020-05-01 00:00:00');
    expect(await t.client.call('get-new-user-conversations', { user_id: customer, datetime: '2020-05-12' })).toEqual(
      [],
    );
    expect(
      await t.client.call('get-new-user-conversations', { user_id: customer, datetime: '2020-04-30' }),
    ).toHaveLength(1);
  });

  test('answers [] when no conversation of the user has a newer message', async () => {
    const customer = await f.user();
    await f.send(customer, await f.conversation(customer), 'Hi');
    expect(await t.client.call('get-new-user-conversations', { user_id: customer, datetime: '2099-01-01' })).toEqual(
      [],
    );
  });
});

describe('get-new-messages', () => {
  test("answers the conversation's messages after the datetime, oldest first, with their senders", async () => {
    const customer = await f.user({ first_name: 'Don', last_name: 'John', user_type: 'lead' });
    const id = await f.conversation(customer);
    const before = await f.send(customer, id, 'Before');
    const welcome = await f.send(agent, id, 'Welcome to our support chat!');
    const thanks = await f.send(customer, id, 'Thank you! I need help.');
    await setTime(before, '2020-05-12 17:59:59');
    await setTime(welcome, '2020-05-12 18:04:50');
    await setTime(thanks, '2020-05-12 18:04:51');
    expect(
      await t.client.call('get-new-messages', {
        user_id: customer,
        conversation_id: id,
        datetime: '2020-05-12 18:00:00',
      }),
    ).toEqual([
      {
        id: String(welcome),
        user_id: String(agent),
        message: 'Welcome to our support chat!',
        creation_time: '2020-05-12 18:04:50',
        attachments: '',
        status_code: '0',
        payload: '',
        conversation_id: String(id),
        first_name: 'Bruce',
        last_name: 'Peterson',
        profile_image: expect.any(String),
        user_type: 'agent',
      },
      expect.objectContaining({ id: String(thanks), user_id: String(customer), first_name: 'Don', user_type: 'lead' }),
    ]);
    const all = await t.client.call('get-new-messages', {
      user_id: customer,
      conversation_id: id,
      datetime: '2020-05-12',
    });
    expect(all.map((m) => Number(m.id))).toEqual([before, welcome, thanks]);
  });

  test('answers [] when no message is newer', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    await f.send(customer, id, 'Hi');
    expect(
      await t.client.call('get-new-messages', { user_id: customer, conversation_id: id, datetime: '2099-01-01' }),
    ).toEqual([]);
  });

  test("answers [] when the conversation is not the user's, or does not exist", async () => {
    const customer = await f.user();
    const other = await f.user();
    const id = await f.conversation(customer);
    await f.send(customer, id, 'Hi');
    expect(
      await t.client.call('get-new-messages', { user_id: other, conversation_id: id, datetime: '2020-01-01' }),
    ).toEqual([]);
    expect(
      await t.client.call('get-new-messages', { user_id: customer, conversation_id: 987654, datetime: '2020-01-01' }),
    ).toEqual([]);
    expect(
      await t.client.call('get-new-messages', { user_id: customer, conversation_id: id, datetime: '2020-01-01' }),
    ).toHaveLength(1);
  });
});

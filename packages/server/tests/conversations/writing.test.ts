import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { fixtures } from './fixtures.js';

// The embedded database is slow on a busy machine; the calls are many but each is quick.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let t: TestServer;
let f: ReturnType<typeof fixtures>;
beforeAll(async () => {
  t = await startTestServer();
  f = fixtures(t);
});
afterAll(() => t?.close());

const call = (fields: Record<string, string>) => t.post({ token: t.token, ...fields });
const status = async (id: number) =>
  (await t.sql<{ status_code: string }[]>`SELECT status_code FROM conversations WHERE id = ${id}`)[0]?.status_code;
const stored = async (messageId: number) =>
  (await t.sql<Record<string, string>[]>`SELECT * FROM messages WHERE id = ${messageId}`)[0];

describe('new-conversation', () => {
  test('creates a conversation and answers it as get-conversation does, with no messages', async () => {
    const customer = await f.user({ first_name: 'Don', last_name: 'John', user_type: 'lead' });
    const agent = await f.user({ user_type: 'agent' });
    const created = await t.client.call('new-conversation', {
      user_id: customer,
      title: 'my <b>order</b>',
      department: 4,
      agent_id: agent,
      status_code: 1,
    });
    expect(created).toEqual({
      messages: [],
      details: {
        user_id: String(customer),
        first_name: 'Don',
        last_name: 'John',
        profile_image: expect.any(String),
        user_type: 'lead',
        id: expect.stringMatching(/^\d+$/),
        title: 'My &lt;b&gt;order&lt;/b&gt;',
        conversation_time: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
        creation_time: created.details.conversation_time,
        conversation_status_code: '1',
        department: '4',
        agent_id: String(agent),
      },
    });
    expect(await t.client.call('get-conversation', { conversation_id: Number(created.details.id) })).toEqual(created);
  });

  test('a title of 255 characters is kept whole, however long escaping makes it', async () => {
    const customer = await f.user();
    const title = `a${'<&>'.repeat(84)}b`;
    const created = await t.client.call('new-conversation', { user_id: customer, title });
    expect(created.details.title).toBe(`A${'&lt;&amp;&gt;'.repeat(84)}b`);
  });

  test('without a status the conversation is live (0); -1 makes it wait for an agent (2)', async () => {
    const customer = await f.user();
    const absent = await t.client.call('new-conversation', { user_id: customer });
    expect(absent.details).toMatchObject({
      conversation_status_code: '0',
      title: '',
      department: null,
      agent_id: null,
    });
    const minusOne = await call({ function: 'new-conversation', user_id: String(customer), status_code: '-1' });
    expect(minusOne).toMatchObject({ success: true, response: { details: { conversation_status_code: '2' } } });
  });

  test('a status outside -1 to 4 answers invalid-status-code and creates nothing', async () => {
    const customer = await f.user();
    const before = await f.count('conversations');
    for (const code of ['5', '-2', '99', 'live']) {
      expect(await call({ function: 'new-conversation', user_id: String(customer), status_code: code })).toEqual({
        success: false,
        response: 'invalid-status-code',
      });
    }
    expect(await f.count('conversations')).toBe(before);
  });

  test('an unknown user answers user-not-found and creates nothing', async () => {
    const before = await f.count('conversations');
    expect(await call({ function: 'new-conversation', user_id: '987654' })).toEqual({
      success: false,
      response: 'user-not-found',
    });
    expect(await f.count('conversations')).toBe(before);
  });

  test('an unknown agent answers user-not-found, not a database error, and creates nothing', async () => {
    const customer = await f.user();
    const before = await f.count('conversations');
    expect(await call({ function: 'new-conversation', user_id: String(customer), agent_id: '987654' })).toEqual({
      success: false,
      response: 'user-not-found',
    });
    expect(await f.count('conversations')).toBe(before);
  });
});

describe('update-conversation-status', () => {
  test('sets the status code and answers true', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    for (const code of [3, 1, 4, 2, 0] as const) {
      expect(await t.client.call('update-conversation-status', { conversation_id: id, status_code: code })).toBe(true);
      expect(await status(id)).toBe(String(code));
    }
  });

  test('answers true for an unknown conversation, and changes nothing', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    expect(await t.client.call('update-conversation-status', { conversation_id: 987654, status_code: 3 })).toBe(true);
    expect(await status(id)).toBe('0');
    expect(await t.sql`SELECT id FROM conversations WHERE id = 987654`).toHaveLength(0);
  });

  test('answers invalid-status-code for a number outside 0 to 5, and for a word, changing nothing', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer, { status_code: 1 });
    for (const code of ['6', '-1', 'abc', '1.5', '']) {
      expect(
        await call({ function: 'update-conversation-status', conversation_id: String(id), status_code: code }),
      ).toEqual({ success: false, response: 'invalid-status-code' });
    }
    expect(await status(id)).toBe('1');
  });

  test('the status code 5 empties the trash: every trashed conversation goes, with its messages, whatever the ID', async () => {
    const customer = await f.user();
    const trashed = await f.conversation(customer, { status_code: 4 });
    const trashedEmpty = await f.conversation(customer, { status_code: 4 });
    const kept = await f.conversation(customer, { status_code: 3 });
    const trashedMessage = await f.send(customer, trashed, 'bye');
    const keptMessage = await f.send(customer, kept, 'stay');
    expect(await t.client.call('update-conversation-status', { conversation_id: kept, status_code: 5 })).toBe(true);
    expect(await t.sql`SELECT id FROM conversations WHERE id IN (${trashed}, ${trashedEmpty})`).toHaveLength(0);
    expect(await t.sql`SELECT id FROM conversations WHERE status_code = 4`).toHaveLength(0);
    expect(await stored(trashedMessage)).toBeUndefined();
    expect(await status(kept)).toBe('3');
    expect(await stored(keptMessage)).toBeDefined();
  });
});

describe('update-message', () => {
  test('changes the text, HTML-escaped as send-message stores it, and leaves the rest', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    const message = await f.send(customer, id, 'Hello', {
      attachments: [['a.pdf', 'https://example.com/a.pdf']],
      payload: { kept: true },
    });
    expect(
      await t.client.call('update-message', { message_id: message, message: 'Hello, how can I <b>help</b>?' }),
    ).toBe(true);
    expect(await stored(message)).toMatchObject({
      message: 'Hello, how can I &lt;b&gt;help&lt;/b&gt;?',
      attachments: '[["a.pdf","https://example.com/a.pdf"]]',
      payload: '{"kept":true}',
    });
  });

  test('changes the attachments or the payload alone; empty ones are stored as ""', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    const message = await f.send(customer, id, 'Text');
    await t.client.call('update-message', {
      message_id: message,
      attachments: [['b.png', 'https://example.com/b.png']],
    });
    expect(await stored(message)).toMatchObject({
      message: 'Text',
      attachments: '[["b.png","https://example.com/b.png"]]',
    });
    await t.client.call('update-message', { message_id: message, payload: { rating: 1 } });
    expect(await stored(message)).toMatchObject({ message: 'Text', payload: '{"rating":1}' });
    await t.client.call('update-message', { message_id: message, attachments: [], payload: {} });
    expect(await stored(message)).toMatchObject({ message: 'Text', attachments: '', payload: '' });
  });

  test('answers missing-arguments when none of message, attachments and payload is given, changing nothing', async () => {
    const customer = await f.user();
    const message = await f.send(customer, await f.conversation(customer), 'Unchanged');
    expect(await call({ function: 'update-message', message_id: String(message), user_id: String(customer) })).toEqual({
      success: false,
      response: 'missing-arguments',
    });
    expect(await stored(message)).toMatchObject({ message: 'Unchanged' });
  });

  test('answers true for an unknown message', async () => {
    expect(await t.client.call('update-message', { message_id: 987654, message: 'x' })).toBe(true);
    expect(await stored(987654)).toBeUndefined();
  });

  test('ignores user_id: any user, or none, may be given', async () => {
    const customer = await f.user();
    const message = await f.send(customer, await f.conversation(customer), 'Before');
    expect(await t.client.call('update-message', { message_id: message, message: 'After', user_id: 987654 })).toBe(
      true,
    );
    expect(await stored(message)).toMatchObject({ message: 'After', user_id: String(customer) });
  });

  test('keeps the creation time of the message', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    const message = await f.send(customer, id, 'Old');
    await f.backdate(id, '2020-05-04 10:06:30');
    await t.client.call('update-message', { message_id: message, message: 'Edited' });
    expect(await stored(message)).toMatchObject({ message: 'Edited', creation_time: '2020-05-04 10:06:30' });
  });

  test('stores no HTML: a script tag is escaped, unlike the original', async () => {
    const customer = await f.user();
    const message = await f.send(customer, await f.conversation(customer), 'Safe');
    await t.client.call('update-message', { message_id: message, message: '<script>alert(1)</script>' });
    expect((await stored(message))!.message).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('delete-message', () => {
  test('deletes the message; the previous one becomes the last message of the conversation', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    const first = await f.send(customer, id, 'first');
    const second = await f.send(customer, id, 'second');
    expect(await t.client.call('delete-message', { message_id: second })).toBe(true);
    expect(await stored(second)).toBeUndefined();
    const conversation = await t.client.call('get-conversation', { conversation_id: id });
    expect(conversation.messages.map((m) => Number(m.id))).toEqual([first]);
    expect(await t.client.call('get-user-conversations', { user_id: customer })).toMatchObject([{ id: String(first) }]);
  });

  test('answers true for an unknown message', async () => {
    expect(await t.client.call('delete-message', { message_id: 987654 })).toBe(true);
  });

  test('ignores user_id: the message is deleted whoever is named', async () => {
    const customer = await f.user();
    const message = await f.send(customer, await f.conversation(customer), 'gone');
    expect(await t.client.call('delete-message', { message_id: message, user_id: 987654 })).toBe(true);
    expect(await stored(message)).toBeUndefined();
  });
});

describe('set-rating and get-rating', () => {
  const rating = async (conversationId: number) =>
    (
      await t.sql<{ rating: string; agent_id: string | null }[]>`
      SELECT rating, agent_id FROM ratings WHERE conversation_id = ${conversationId}`
    )[0];

  test('rates a conversation; get-rating counts [positive, negative] as JSON numbers', async () => {
    const agent = await f.user({ user_type: 'agent' });
    const customer = await f.user();
    const [a, b, c] = [await f.conversation(customer), await f.conversation(customer), await f.conversation(customer)];
    for (const [id, value] of [
      [a, 1],
      [b, 1],
      [c, 0],
    ] as const) {
      expect(
        await t.client.call('set-rating', { settings: { conversation_id: id, rating: value, agent_id: agent } }),
      ).toBe(true);
    }
    expect(await call({ function: 'get-rating', user_id: String(agent) })).toEqual({ success: true, response: [2, 1] });
  });

  test('a new rating of a conversation replaces the previous one', async () => {
    const agent = await f.user({ user_type: 'agent' });
    const id = await f.conversation(await f.user());
    await t.client.call('set-rating', { settings: { conversation_id: id, rating: 1, agent_id: agent } });
    await t.client.call('set-rating', { settings: { conversation_id: id, rating: 0, agent_id: agent } });
    expect(await rating(id)).toEqual({ rating: '0', agent_id: String(agent) });
    expect(await t.client.call('get-rating', { user_id: agent })).toEqual([0, 1]);
  });

  test('get-rating answers [0,0] for an agent without ratings and for an unknown ID', async () => {
    expect(await t.client.call('get-rating', { user_id: await f.user({ user_type: 'agent' }) })).toEqual([0, 0]);
    expect(await t.client.call('get-rating', { user_id: 987654 })).toEqual([0, 0]);
  });

  test('settings may be the inner object or the documented {"settings": {...}} wrapper, with strings', async () => {
    const agent = await f.user({ user_type: 'agent' });
    const customer = await f.user();
    const inner = await f.conversation(customer);
    const wrapped = await f.conversation(customer);
    const innerSettings = JSON.stringify({ conversation_id: String(inner), rating: '1', agent_id: String(agent) });
    const wrappedSettings = JSON.stringify({
      settings: { conversation_id: String(wrapped), rating: '0', agent_id: agent },
    });
    expect(await call({ function: 'set-rating', settings: innerSettings })).toEqual({ success: true, response: true });
    expect(await call({ function: 'set-rating', settings: wrappedSettings })).toEqual({
      success: true,
      response: true,
    });
    expect(await rating(inner)).toEqual({ rating: '1', agent_id: String(agent) });
    expect(await rating(wrapped)).toEqual({ rating: '0', agent_id: String(agent) });
  });

  test('a rating without agent_id is stored but never counted; get-rating counts the agent named, not the one assigned', async () => {
    const assigned = await f.user({ user_type: 'agent' });
    const named = await f.user({ user_type: 'agent' });
    const customer = await f.user();
    const anonymous = await f.conversation(customer, { agent_id: assigned });
    const rated = await f.conversation(customer, { agent_id: assigned });
    await t.client.call('set-rating', { settings: { conversation_id: anonymous, rating: 1 } });
    await t.client.call('set-rating', { settings: { conversation_id: rated, rating: 1, agent_id: named } });
    expect(await rating(anonymous)).toEqual({ rating: '1', agent_id: null });
    expect(await t.client.call('get-rating', { user_id: assigned })).toEqual([0, 0]);
    expect(await t.client.call('get-rating', { user_id: named })).toEqual([1, 0]);
  });

  test('ignores user_id', async () => {
    const id = await f.conversation(await f.user());
    expect(await t.client.call('set-rating', { settings: { conversation_id: id, rating: 1 }, user_id: 987654 })).toBe(
      true,
    );
    expect(await rating(id)).toEqual({ rating: '1', agent_id: null });
  });

  test('answers false, storing nothing, when settings has no rating', async () => {
    const id = await f.conversation(await f.user());
    expect(await t.client.call('set-rating', { settings: { conversation_id: id } })).toBe(false);
    expect(await rating(id)).toBeUndefined();
  });

  test('answers conversation-id-not-found when settings has no conversation_id, storing nothing', async () => {
    const before = await f.count('ratings');
    expect(await call({ function: 'set-rating', settings: '{"rating":1}' })).toEqual({
      success: false,
      response: 'conversation-id-not-found',
    });
    expect(await call({ function: 'set-rating', settings: '{"settings":{"rating":1}}' })).toEqual({
      success: false,
      response: 'conversation-id-not-found',
    });
    expect(await f.count('ratings')).toBe(before);
  });

  test('the conversation ID is not checked: an unknown one answers true, and no rating is kept', async () => {
    const agent = await f.user({ user_type: 'agent' });
    const before = await f.count('ratings');
    expect(
      await t.client.call('set-rating', { settings: { conversation_id: 987654, rating: 1, agent_id: agent } }),
    ).toBe(true);
    expect(await f.count('ratings')).toBe(before);
    expect(await t.client.call('get-rating', { user_id: agent })).toEqual([0, 0]);
  });

  test('with message_id, the message gets the escaped text and the payload; its time is kept', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    const message = await f.send(customer, id, 'Rate us', { payload: { type: 'rating' } });
    await f.backdate(id, '2020-05-04 10:06:30');
    expect(
      await t.client.call('set-rating', {
        settings: { conversation_id: id, rating: 1 },
        message_id: message,
        message: 'Thanks for <3',
        payload: { rated: 1 },
      }),
    ).toBe(true);
    expect(await stored(message)).toMatchObject({
      message: 'Thanks for &lt;3',
      payload: '{"rated":1}',
      creation_time: '2020-05-04 10:06:30',
    });
    expect(await rating(id)).toEqual({ rating: '1', agent_id: null });
  });
});

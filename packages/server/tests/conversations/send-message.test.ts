import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { fixtures } from './fixtures.js';

// The embedded database is slow on a busy machine; the calls are many but each is quick.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let t: TestServer;
let f: ReturnType<typeof fixtures>;
let admin: { id: string; first_name: string; last_name: string; email: string };
beforeAll(async () => {
  t = await startTestServer();
  f = fixtures(t);
  const [row] = await t.sql<(typeof admin)[]>`
    SELECT id, first_name, last_name, email FROM users WHERE token = ${t.token}`;
  admin = row!;
});
afterAll(() => t?.close());

const call = (fields: Record<string, string>) => t.post({ function: 'send-message', token: t.token, ...fields });
const messages = async (conversationId: number) =>
  t.sql<Record<string, string>[]>`SELECT * FROM messages WHERE conversation_id = ${conversationId} ORDER BY id`;
const status = async (id: number) =>
  (await t.sql<{ status_code: string }[]>`SELECT status_code FROM conversations WHERE id = ${id}`)[0]!.status_code;

describe('send-message', () => {
  test('adds the message and answers {status: "success", "message-id": <number>, queue: false}', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    const answer = await call({ user_id: String(customer), conversation_id: String(id), message: 'Hello!' });
    expect(answer).toEqual({
      success: true,
      response: { status: 'success', 'message-id': expect.any(Number), queue: false },
    });
    const messageId = (answer.response as { 'message-id': number })['message-id'];
    expect(await messages(id)).toEqual([
      {
        id: String(messageId),
        user_id: String(customer),
        message: 'Hello!',
        creation_time: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
        status_code: '0',
        attachments: '',
        payload: '',
        conversation_id: String(id),
      },
    ]);
    expect(await t.client.call('get-user-conversations', { user_id: customer })).toMatchObject([
      { id: String(messageId), message: 'Hello!' },
    ]);
  });

  test("the sender may be anyone: an agent or a bot writes in a customer's conversation", async () => {
    const customer = await f.user();
    const bot = await f.user({ first_name: 'Virtual', last_name: 'Agent', user_type: 'bot' });
    const id = await f.conversation(customer);
    await f.send(bot, id, 'Welcome to our support chat!');
    expect((await messages(id)).map((m) => m.user_id)).toEqual([String(bot)]);
  });

  test("HTML-escapes the text and fills {user_name} and {user_email} with the calling admin's", async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    await f.send(customer, id, '<b>Hi</b> & welcome, I am {user_name} ({user_email}) "quoted"');
    expect((await messages(id))[0]!.message).toBe(
      `&lt;b&gt;Hi&lt;/b&gt; &amp; welcome, I am ${admin.first_name} ${admin.last_name} (${admin.email}) "quoted"`,
    );
  });

  test('stores attachments and payload as JSON text; an empty message is allowed', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    await call({
      user_id: String(customer),
      conversation_id: String(id),
      attachments: '[["invoice.pdf","https://example.com/invoice.pdf"]]',
      payload: '{"source":"api","n":1}',
    });
    expect(await messages(id)).toMatchObject([
      {
        message: '',
        attachments: '[["invoice.pdf","https://example.com/invoice.pdf"]]',
        payload: '{"source":"api","n":1}',
      },
    ]);
  });

  test('sets the conversation status when given; -1 or none leaves it as it is', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer, { status_code: 3 });
    await f.send(customer, id, 'unchanged');
    expect(await status(id)).toBe('3');
    await f.send(customer, id, 'still unchanged', { conversation_status: -1 });
    expect(await status(id)).toBe('3');
    await call({ user_id: String(customer), conversation_id: String(id), conversation_status: '1' });
    expect(await status(id)).toBe('1');
  });

  test('accepts the status as conversation_status_code too, the name later versions read', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    const answer = await call({
      user_id: String(customer),
      conversation_id: String(id),
      conversation_status_code: '2',
    });
    expect(answer).toMatchObject({ success: true });
    expect(await status(id)).toBe('2');
  });

  test('an invalid status answers invalid-status-code and adds no message, unlike the original', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    for (const code of ['5', '-2', 'archive']) {
      expect(
        await call({ user_id: String(customer), conversation_id: String(id), message: 'x', conversation_status: code }),
      ).toEqual({ success: false, response: 'invalid-status-code' });
    }
    expect(await messages(id)).toEqual([]);
    expect(await status(id)).toBe('0');
  });

  test('an unknown sender answers user-not-found, an unknown conversation conversation-not-found, adding nothing', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    const before = await f.count('messages');
    expect(await call({ user_id: '987654', conversation_id: String(id), message: 'x' })).toEqual({
      success: false,
      response: 'user-not-found',
    });
    expect(await call({ user_id: String(customer), conversation_id: '987654', message: 'x' })).toEqual({
      success: false,
      response: 'conversation-not-found',
    });
    expect(await f.count('messages')).toBe(before);
  });

  test('marks the sender active now and no longer typing', async () => {
    const agent = await f.user({ user_type: 'agent' });
    const customer = await f.user();
    const id = await f.conversation(customer);
    await t.sql`UPDATE users SET typing = ${id}, last_activity = '2020-01-01 00:00:00' WHERE id = ${agent}`;
    await f.send(agent, id, 'Done typing');
    const [row] =
      await t.sql`SELECT typing, last_activity > utc_now() - interval '1 minute' AS recent FROM users WHERE id = ${agent}`;
    expect(row).toEqual({ typing: '-1', recent: true });
  });

  test('answers queue: true only when asked and the queue setting is on', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    const send = (queue: string) => call({ user_id: String(customer), conversation_id: String(id), queue });
    expect(await send('true')).toMatchObject({ response: { queue: false } });
    await t.sql`INSERT INTO settings (name, value, type) VALUES ('queue', 'true'::jsonb, 'checkbox')`;
    try {
      expect(await send('true')).toMatchObject({ response: { queue: true } });
      expect(await send('false')).toMatchObject({ response: { queue: false } });
    } finally {
      await t.sql`DELETE FROM settings WHERE name = 'queue'`;
    }
  });
});

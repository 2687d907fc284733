/**
 * §6 of spec/original-behaviour.md, "Webhooks", the documentation's example mistakes and "Security
 * quirks" (facts 23 to 25): each fact proven against the reference server over real HTTP, with a
 * real webhook receiver, matched or deliberately different (the contract's notes on each are kept
 * complete by its tests/surprises.test.ts).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { methods, webhookList, webhooks } from '@support-board/contract';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { readConfig } from '../../src/config.js';
import { fixtures } from '../conversations/fixtures.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { startWebhookReceiver } from '../helpers/webhook-receiver.js';
import { existingUser } from '../users/fixtures.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const SECRET = 'compat-webhook-secret';
type Receiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

/** A server posting its webhooks, signed, to its own receiver. */
const startWithReceiver = async (receiverOptions: Parameters<typeof startWebhookReceiver>[0] = {}) => {
  const receiver = await startWebhookReceiver({ secret: SECRET, ...receiverOptions });
  const base = readConfig({});
  const server = await startTestServer({
    webhooks: { ...base.webhooks, url: receiver.url, key: 'compat-key', secret: SECRET, retryBaseMs: 20 },
  });
  return { server, receiver };
};

let t: TestServer;
let receiver: Receiver;
let f: ReturnType<typeof fixtures>;
beforeAll(async () => {
  ({ server: t, receiver } = await startWithReceiver());
  f = fixtures(t);
});
afterAll(async () => {
  await t?.close();
  await receiver?.close();
});

const call = (fields: Record<string, string>) => t.post({ token: t.token, ...fields });

/** The first delivered webhook of this name whose data passes `match`, once it arrived. */
const deliveredWebhook = async (name: string, match: (data: any) => boolean, from: Receiver = receiver) => {
  const find = () => from.delivered().find((item) => item.json.function === name && match(item.json.data));
  await expect.poll(() => find() !== undefined, { timeout: 10_000 }).toBe(true);
  return find()!;
};

/** Every scalar of a value, however deep. */
const scalars = (value: unknown): unknown[] =>
  Array.isArray(value)
    ? value.flatMap(scalars)
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(scalars)
      : [value];

describe('§6.23 no API call fires a webhook in 3.0 (differs: the server sends them, signed, retried)', () => {
  test('an API call fires its webhooks from the server, every scalar of the data a string', async () => {
    const customer = await f.user();
    const created = await t.client.call('new-conversation', { user_id: customer });
    const id = Number(created.details.id);
    const messageId = await f.send(customer, id, 'Hello <there>');
    const sent = await deliveredWebhook('message-sent', (data) => data.conversation_id === String(id));
    expect(sent.json.data).toEqual({
      user_id: String(customer),
      conversation_id: String(id),
      conversation_status: '-1',
      conversation_status_code: '-1',
      message_id: String(messageId),
      message: 'Hello &lt;there&gt;',
    });
    const conversation = await deliveredWebhook('new-conversation-created', (data) => data.details.id === String(id));
    expect(conversation.json.data).toMatchObject({
      details: { department: '', agent_id: '', user_id: String(customer) },
    });
    for (const value of [...scalars(sent.json.data), ...scalars(conversation.json.data)]) {
      expect(typeof value).toBe('string');
    }
  });

  test('the body is {function, key, data}, without sender-url, signed with Standard Webhooks headers', async () => {
    const customer = await f.user();
    await t.client.call('update-conversation-status', {
      conversation_id: await f.conversation(customer),
      status_code: 3,
    });
    const delivery = await deliveredWebhook('conversation-status-updated', (data) => data.status_code === '3');
    expect(Object.keys(delivery.json).sort()).toEqual(['data', 'function', 'key']);
    expect(delivery.json.key).toBe('compat-key');
    expect(delivery.headers['content-type']).toMatch(/^application\/json/);
    expect(delivery.headers['webhook-id']).toMatch(/^msg_/);
    expect(delivery.headers['webhook-timestamp']).toMatch(/^\d+$/);
    expect(delivery.headers['webhook-signature']).toMatch(/^v1,/);
    expect(delivery.verified).toBe(true);
  });

  test("the call is answered before delivery, without the receiver's answer; a failed attempt is retried", async () => {
    const slow = await startWithReceiver({ failFirst: 1, delayMs: 1000 });
    try {
      const [customer] = await slow.server.sql<{ id: string }[]>`
        INSERT INTO users (first_name, user_type, token) VALUES ('Slow', 'visitor', md5(random()::text)) RETURNING id`;
      const [conversation] = await slow.server.sql<{ id: string }[]>`
        INSERT INTO conversations (user_id) VALUES (${customer!.id}) RETURNING id`;
      const answer = await slow.server.post({
        function: 'update-conversation-status',
        token: slow.server.token,
        conversation_id: conversation!.id,
        status_code: '1',
      });
      expect(answer).toEqual({ success: true, response: true });
      expect(slow.receiver.received).toHaveLength(0);
      const [delivery] = await slow.receiver.waitForDeliveries(1);
      expect(delivery!.json).toMatchObject({
        function: 'conversation-status-updated',
        data: { conversation_id: conversation!.id, status_code: '1' },
      });
      expect(slow.receiver.received.map((attempt) => attempt.status)).toEqual([503, 200]);
      expect(new Set(slow.receiver.received.map((attempt) => attempt.headers['webhook-id'])).size).toBe(1);
    } finally {
      await slow.server.close();
      await slow.receiver.close();
    }
  });

  test('an attempt without an answer in time is given up and retried (the original has no total timeout)', async () => {
    // A receiver that holds its first request longer than the server waits, then answers at once.
    const requests: { id: string | undefined; at: number }[] = [];
    const held = createServer((request, response) => {
      requests.push({ id: request.headers['webhook-id'] as string | undefined, at: Date.now() });
      const answer = () => response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      if (requests.length === 1) setTimeout(answer, 2000);
      else answer();
    });
    await new Promise<void>((resolve) => held.listen(0, '127.0.0.1', resolve));
    const base = readConfig({});
    const server = await startTestServer({
      webhooks: {
        ...base.webhooks,
        url: `http://127.0.0.1:${(held.address() as AddressInfo).port}/webhook`,
        key: 'compat-key',
        retryBaseMs: 20,
        timeoutMs: 300,
      },
    });
    try {
      const started = Date.now();
      await server.client.call('add-user', { first_name: 'Timed', email: 'timed@example.com' });
      await expect.poll(() => requests.length, { timeout: 10_000 }).toBe(2);
      expect(requests[0]!.id).toBe(requests[1]!.id);
      expect(requests[1]!.at - started).toBeLessThan(2000);
      await expect
        .poll(
          async () => (await server.sql`SELECT attempts, delivered_at IS NOT NULL AS done FROM webhook_deliveries`)[0],
        )
        .toMatchObject({ attempts: '2', done: true });
    } finally {
      await server.close();
      held.closeAllConnections();
      await new Promise<void>((resolve) => held.close(() => resolve()));
    }
  });

  test('reads fire nothing; front-end-only webhooks are sent on demand by an admin, never anonymously', async () => {
    const before = await f.count('webhook_deliveries');
    for (const name of ['get-users', 'get-conversations', 'count-users', 'get-settings'] as const) {
      expect(await call({ function: name })).toMatchObject({ success: true });
    }
    expect(await f.count('webhook_deliveries')).toBe(before);

    expect(webhookList.filter((webhook) => webhook.firedBy.length === 0).map((webhook) => webhook.name)).toEqual([
      'new-message',
      'rich-message',
      'new-conversation',
      'login',
      'registration',
    ]);
    // The original's unauthenticated ajax function `webhooks` has no counterpart.
    expect(await t.post({ function: 'webhooks', function_name: 'login', parameters: '{}' })).toMatchObject({
      status: 'error',
      response: 'function-not-found',
    });
    const anonymous = await fetch(`${t.server.url}/admin/webhooks/login`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
    const byAdmin = await fetch(`${t.server.url}/admin/webhooks/login`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}` },
    });
    expect(byAdmin.status).toBe(202);
    const login = await deliveredWebhook('login', () => true);
    expect(login.json.data).toEqual(webhooks.login.example);
    expect(login.verified).toBe(true);
  });
});

describe("§6.24 the documentation's example mistakes", () => {
  test('the new-conversation webhook is sent as new-conversation, not new-conversation-created', async () => {
    expect(webhooks['new-conversation'].name).toBe('new-conversation');
    const response = await fetch(`${t.server.url}/admin/webhooks/new-conversation`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}` },
    });
    expect(response.status).toBe(202);
    const delivery = await deliveredWebhook('new-conversation', () => true);
    expect(delivery.json.function).toBe('new-conversation');
  });

  test('delete-users is called as delete-users; the documented is-online is another method', async () => {
    const id = await f.user();
    expect(await call({ function: 'is-online', user_ids: `[${id}]` })).toMatchObject({
      response: 'missing-argument',
      argument: 'user_id',
    });
    expect(await call({ function: 'delete-users', user_ids: `[${id}]` })).toEqual({ success: true, response: true });
    expect(await call({ function: 'get-user', user_id: String(id) })).toEqual({ success: true, response: false });
  });

  test('is-agent-typing and push-notification answers are wrapped in the envelope like every answer', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    expect(await call({ function: 'is-agent-typing', conversation_id: String(id) })).toEqual({
      success: true,
      response: '',
    });
    const agentId = await f.user({ first_name: 'Typing', last_name: 'Agent', user_type: 'agent' });
    await t.sql`UPDATE users SET typing = ${id} WHERE id = ${agentId}`;
    expect(await call({ function: 'is-agent-typing', conversation_id: String(id) })).toEqual({
      success: true,
      response: { id: String(agentId), first_name: 'Typing', last_name: 'Agent' },
    });
    // No Pusher Beams is configured here: push notifications are disabled, answered false in the envelope.
    expect(await call({ function: 'push-notification', title: 'T', message: 'M', interests: 'agents' })).toEqual({
      success: true,
      response: false,
    });
  });

  test('message times keep the space between date and time, in answers and in the contract example', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    await f.send(customer, id, 'Hello!');
    const answer = await call({ function: 'get-conversation', conversation_id: String(id) });
    const [message] = (answer.response as { messages: { creation_time: string }[] }).messages;
    expect(message!.creation_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const example = methods['get-conversation'].examples[0].value as { messages: { creation_time: string }[] };
    expect(example.messages[0]!.creation_time).toBe('2020-05-04 10:06:30');
  });
});

describe('§6.25 SQL injection: bad values are invalid-argument, nothing leaks, nothing changes', () => {
  /** Text a database error would show: none may reach the caller. */
  const DATABASE_TEXT = /syntax error|unknown column|relation "|column "|postgres|mysql|ERROR:/i;

  const counts = async () =>
    (
      await t.sql`
        SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM conversations) AS conversations,
          (SELECT count(*) FROM messages) AS messages`
    )[0];

  test('IDs, dates and sorting that carry SQL are refused as invalid-argument, naming the argument', async () => {
    const customer = await f.user({ first_name: 'Target' });
    const conversation = await f.conversation(customer);
    await f.send(customer, conversation, 'Keep me');
    const before = await counts();
    const attempts: [string, string, string][] = [
      ['get-user', 'user_id', '1 OR 1=1'],
      ['get-user-extra', 'user_id', `${customer}'`],
      ['delete-user', 'user_id', `${customer}; DROP TABLE users`],
      ['delete-users', 'user_ids', `["${customer} OR 1=1"]`],
      ['get-conversation', 'conversation_id', `${conversation} UNION SELECT password FROM users`],
      ['delete-message', 'message_id', '1 OR 1=1'],
      ['get-new-users', 'datetime', '2020-01-01" OR "1"="1'],
      ['get-users', 'sorting', '["id; DROP TABLE users", "ASC"]'],
    ];
    for (const [name, argument, value] of attempts) {
      const answer = await call({ function: name, [argument]: value });
      expect(answer, name).toMatchObject({ status: 'error', response: 'invalid-argument', argument });
      expect(answer.message, name).not.toMatch(DATABASE_TEXT);
    }
    expect(await counts()).toEqual(before);
    expect((await existingUser(t, customer)).first_name).toBe('Target');
  });

  test('a status code that carries SQL is invalid-status-code, and the status is unchanged', async () => {
    const id = await f.conversation(await f.user());
    expect(
      await call({ function: 'update-conversation-status', conversation_id: String(id), status_code: '3 OR 1=1' }),
    ).toEqual({ success: false, response: 'invalid-status-code' });
    expect((await t.client.call('get-conversation', { conversation_id: id })).details).toMatchObject({
      conversation_status_code: '0',
    });
  });

  test('a token that carries SQL is a wrong token', async () => {
    for (const token of ['" OR ""="', "' OR '1'='1", `${t.token}" OR "1"="1`]) {
      expect(await t.post({ function: 'count-users', token })).toMatchObject({
        status: 'error',
        response: 'invalid-token',
      });
    }
  });

  test('text is data: a search or a name holding SQL is matched and stored literally', async () => {
    const before = await counts();
    expect(await call({ function: 'search-users', search: "%' OR '1'='1" })).toEqual({ success: true, response: [] });
    expect(await call({ function: 'search-conversations', search: "' OR 1=1 --" })).toEqual({
      success: true,
      response: [],
    });
    const name = "Robert'); DROP TABLE users;--";
    const id = await f.user({ first_name: name });
    expect((await existingUser(t, id)).first_name).toBe(name);
    expect(await counts()).toMatchObject({ users: String(Number(before!.users) + 1) });
  });

  test("a database failure answers db-error with a fixed message, never the database's text", async () => {
    await t.sql`ALTER TABLE articles RENAME TO articles_hidden`;
    try {
      const answer = await call({ function: 'get-articles' });
      expect(answer).toEqual({
        status: 'error',
        response: 'db-error',
        message: 'The database could not complete the request.',
      });
    } finally {
      await t.sql`ALTER TABLE articles_hidden RENAME TO articles`;
    }
    expect(await call({ function: 'get-articles' })).toMatchObject({ success: true });
  });
});

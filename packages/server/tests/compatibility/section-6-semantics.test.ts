/**
 * §6 of spec/original-behaviour.md, "Semantics" (facts 9 to 22): each fact proven against the
 * reference server over real HTTP, matched or deliberately different (the contract's notes on each are
 * kept complete by its tests/surprises.test.ts). The server has Dialogflow and Pusher Beams configured (stand-ins on loopback); `bare` has
 * no app configured.
 */
import { methods } from '@support-board/contract';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { fixtures } from '../conversations/fixtures.js';
import { startDialogflowStandIn } from '../helpers/stand-ins/dialogflow.js';
import { startBeamsStandIn } from '../helpers/stand-ins/pusher-beams.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { existingUser, setLastActivity } from '../users/fixtures.js';

// Many calls per test on an embedded database, on a machine that may be busy.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const PUBLIC_URL = 'https://support.example.com/sb';
const DIALOGFLOW_TOKEN = 'ya29.configured-dialogflow-token';

let dialogflow: Awaited<ReturnType<typeof startDialogflowStandIn>>;
let beams: Awaited<ReturnType<typeof startBeamsStandIn>>;
let t: TestServer;
let bare: TestServer;
let f: ReturnType<typeof fixtures>;
let admin: { id: number; first_name: string; last_name: string; email: string };

beforeAll(async () => {
  dialogflow = await startDialogflowStandIn({ token: DIALOGFLOW_TOKEN, projectId: 'compat-project' });
  beams = await startBeamsStandIn();
  t = await startTestServer(
    { publicUrl: PUBLIC_URL },
    {
      env: {
        DIALOGFLOW_TOKEN,
        DIALOGFLOW_PROJECT_ID: 'compat-project',
        DIALOGFLOW_API_URL: dialogflow.url,
        PUSHER_BEAMS_INSTANCE_ID: beams.instanceId,
        PUSHER_BEAMS_SECRET_KEY: beams.secretKey,
        PUSHER_BEAMS_API_URL: beams.url,
      },
    },
  );
  bare = await startTestServer();
  f = fixtures(t);
  const [row] = await t.sql<{ id: string; first_name: string; last_name: string; email: string }[]>`
    SELECT id, first_name, last_name, email FROM users WHERE token = ${t.token}`;
  admin = { ...row!, id: Number(row!.id) };
});
afterAll(async () => {
  await t?.close();
  await bare?.close();
  await dialogflow?.close();
  await beams?.close();
});

const call = (fields: Record<string, string>) => t.post({ token: t.token, ...fields });
const user = (id: number) => existingUser(t, id);
const agent = (first_name = 'Bruce') => f.user({ first_name, last_name: 'Peterson', user_type: 'agent' });
const conversationOf = async (id: number) => t.client.call('get-conversation', { conversation_id: id });

describe('§6.9 update-user is a full replace (differs: we change only the given fields)', () => {
  test('only the given fields change: email, last name, picture, department and details are kept', async () => {
    const id = await f.user({
      first_name: 'Don',
      last_name: 'John',
      email: 'kept@example.com',
      profile_image: 'https://example.com/don.png',
      department: 3,
      extra: { phone: ['+39 333', 'Phone'] },
    });
    expect(await call({ function: 'update-user', user_id: String(id), first_name: 'Donald' })).toEqual({
      success: true,
      response: true,
    });
    expect(await user(id)).toMatchObject({
      first_name: 'Donald',
      last_name: 'John',
      email: 'kept@example.com',
      profile_image: 'https://example.com/don.png',
      department: '3',
      user_type: 'user',
      details: [{ slug: 'phone', value: '+39 333' }],
    });
  });

  test('user_type is stored as given, not recomputed from the email', async () => {
    const id = await f.user({ first_name: 'Typed', email: 'typed@example.com' });
    await call({ function: 'update-user', user_id: String(id), user_type: 'lead' });
    expect((await user(id)).user_type).toBe('lead');
    await call({ function: 'update-user', user_id: String(id), user_type: 'visitor' });
    expect((await user(id)).user_type).toBe('visitor');
    await call({ function: 'update-user', user_id: String(id), first_name: 'Retyped' });
    expect(await user(id)).toMatchObject({ user_type: 'visitor', email: 'typed@example.com' });
  });

  test("updating the token's own admin answers true and sets no cookie", async () => {
    const response = await fetch(t.server.apiUrl, {
      method: 'POST',
      body: new URLSearchParams({
        function: 'update-user',
        token: t.token,
        user_id: String(admin.id),
        first_name: admin.first_name,
      }),
    });
    expect(await response.json()).toEqual({ success: true, response: true });
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

describe('§6.10 user answers carry the token; the original also leaks password hashes (differs)', () => {
  test('get-user answers the token but never the password hash, which is stored', async () => {
    const id = await f.user({ first_name: 'Secret', last_name: 'Keeper', password: 'correct horse battery' });
    const [stored] = await t.sql<{ password: string }[]>`SELECT password FROM users WHERE id = ${id}`;
    expect(stored!.password).toMatch(/^\$2[aby]\$/);
    const answer = (await call({ function: 'get-user', user_id: String(id) })).response as Record<string, unknown>;
    expect(answer.token).toMatch(/^[0-9a-f]{40}$/);
    expect(answer).not.toHaveProperty('password');
  });

  test('get-users, get-new-users and get-online-users answer each user with its token, no password', async () => {
    const id = String(await f.user({ first_name: 'Listed', last_name: 'Keeper', password: 'another secret' }));
    const calls: Record<string, string>[] = [
      { function: 'get-users', search: 'Listed' },
      { function: 'get-new-users', datetime: '2000-01-01' },
      { function: 'get-online-users' },
    ];
    for (const fields of calls) {
      const list = (await call(fields)).response as Record<string, unknown>[];
      const item = list.find((candidate) => candidate.id === id);
      expect(item, fields.function).toBeDefined();
      expect(item!.token, fields.function).toMatch(/^[0-9a-f]{40}$/);
      for (const other of list) expect(other, fields.function).not.toHaveProperty('password');
    }
  });

  test('search-users answers the token, and neither password nor typing', async () => {
    await f.user({ first_name: 'Searched', last_name: 'Keeper', password: 'a third secret' });
    const list = (await call({ function: 'search-users', search: 'Keeper' })).response as Record<string, unknown>[];
    expect(list.length).toBeGreaterThanOrEqual(3);
    for (const item of list) {
      expect(item.token).toMatch(/^[0-9a-f]{40}$/);
      expect(item).not.toHaveProperty('password');
      expect(item).not.toHaveProperty('typing');
    }
  });
});

describe('§6.11 pagination counts pages from 0', () => {
  test('get-users: 0 (or absent) gives the first 100, 1 the next ones', async () => {
    const rows = await t.sql<{ id: string }[]>`
      INSERT INTO users (first_name, last_name, user_type, token, creation_time)
      SELECT 'Paginated', 'User ' || n, 'user', md5(random()::text || n), '2019-01-01 00:00:00'
      FROM generate_series(1, 103) AS n RETURNING id`;
    const ids = rows.map((row) => row.id).sort((a, b) => Number(a) - Number(b));
    try {
      const page = async (pagination?: string) =>
        (
          (
            await call({
              function: 'get-users',
              search: 'Paginated',
              sorting: '["creation_time","ASC"]',
              ...(pagination === undefined ? {} : { pagination }),
            })
          ).response as { id: string }[]
        ).map((item) => item.id);
      expect(await page('0')).toEqual(ids.slice(0, 100));
      expect(await page()).toEqual(ids.slice(0, 100));
      expect(await page('1')).toEqual(ids.slice(100));
      expect(await page('2')).toEqual([]);
    } finally {
      await t.sql`DELETE FROM users WHERE first_name = 'Paginated'`;
    }
  });

  test('get-conversations: page 0 is the first 100 conversations, page 1 the following ones', async () => {
    const customer = await f.user({ first_name: 'Paginated' });
    await t.sql`
      WITH made AS (
        INSERT INTO conversations (user_id) SELECT ${customer} FROM generate_series(1, 101) RETURNING id
      )
      INSERT INTO messages (user_id, conversation_id, message, creation_time)
      SELECT ${customer}, id, 'Paged', '2019-01-01 00:00:00' FROM made`;
    try {
      const [{ inbox }] = (await t.sql`
        SELECT count(*)::int AS inbox FROM conversations WHERE status_code < 3 AND last_message_id IS NOT NULL`) as [
        { inbox: number },
      ];
      const page = async (pagination?: string) =>
        (
          (await call({ function: 'get-conversations', ...(pagination === undefined ? {} : { pagination }) }))
            .response as { conversation_id: string }[]
        ).map((item) => item.conversation_id);
      const first = await page('0');
      const second = await page('1');
      expect(first).toHaveLength(100);
      expect(second).toHaveLength(Math.min(100, inbox - 100));
      expect(second.filter((id) => first.includes(id))).toEqual([]);
      expect(await page()).toEqual(first);
    } finally {
      await t.sql`DELETE FROM users WHERE id = ${customer}`;
    }
  });
});

describe('§6.12 get-conversations: the inbox, last messages, the customer as user_id', () => {
  let customer: number;
  let bruce: number;
  let byStatus: Record<number, number>;
  let reply: number;
  beforeAll(async () => {
    customer = await f.user({ first_name: 'Inbox', last_name: 'Customer' });
    bruce = await agent();
    byStatus = {};
    for (const status of [0, 1, 2, 3, 4]) {
      const id = await f.conversation(customer, { status_code: status });
      await f.send(customer, id, `Message of a conversation in status ${status}`);
      byStatus[status] = id;
    }
    reply = await f.send(bruce, byStatus[0]!, 'The reply of the agent');
  });

  const ours = async (status?: string) => {
    const answer = await call({
      function: 'get-conversations',
      ...(status === undefined ? {} : { status_code: status }),
    });
    const items = answer.response as Record<string, string>[];
    return items.filter((item) =>
      Object.values(byStatus)
        .map(String)
        .includes(item.conversation_id ?? ''),
    );
  };
  const statuses = async (status?: string) =>
    (await ours(status)).map((item) => Number(item.conversation_status_code)).sort();

  test('status 0 or absent gives the inbox (0, 1 and 2); 1 to 4 give that status only', async () => {
    expect(await statuses()).toEqual([0, 1, 2]);
    expect(await statuses('0')).toEqual([0, 1, 2]);
    for (const status of [1, 2, 3, 4]) expect(await statuses(String(status))).toEqual([status]);
  });

  test('an item is the last message: its ID, user_id the customer, the sender only as message_user_type', async () => {
    const item = (await ours()).find((candidate) => candidate.conversation_id === String(byStatus[0]))!;
    expect(item).toMatchObject({
      id: String(reply),
      user_id: String(customer),
      message: 'The reply of the agent',
      message_user_type: 'agent',
      first_name: 'Inbox',
      last_name: 'Customer',
      user_type: 'visitor',
    });
  });

  test("get-user-conversations items carry the sender's names and type instead", async () => {
    const items = (await call({ function: 'get-user-conversations', user_id: String(customer) })).response as Record<
      string,
      string
    >[];
    expect(items.find((item) => item.conversation_id === String(byStatus[0]))).toMatchObject({
      id: String(reply),
      user_id: String(bruce),
      first_name: 'Bruce',
      last_name: 'Peterson',
      user_type: 'agent',
    });
  });
});

describe('§6.13 new-conversation status: -1 gives 2, absent 0, not validated; 5 empties the trash', () => {
  test('-1 gives 2 (waiting answer from agent); absent gives 0, as 3.1 and the documentation', async () => {
    const customer = await f.user();
    const created = async (fields: Record<string, string>) =>
      (await call({ function: 'new-conversation', user_id: String(customer), ...fields })).response as {
        details: { conversation_status_code: string };
      };
    expect((await created({ status_code: '-1' })).details.conversation_status_code).toBe('2');
    expect((await created({})).details.conversation_status_code).toBe('0');
  });

  test('a status outside -1 to 4 is refused with invalid-status-code and nothing is created', async () => {
    const customer = await f.user();
    const before = await f.count('conversations');
    for (const status of ['9', '5', '-2']) {
      expect(await call({ function: 'new-conversation', user_id: String(customer), status_code: status })).toEqual({
        success: false,
        response: 'invalid-status-code',
      });
    }
    expect(await f.count('conversations')).toBe(before);
  });

  test('update-conversation-status 5 deletes every trashed conversation and answers true', async () => {
    const customer = await f.user();
    const trashed = await f.conversation(customer, { status_code: 4 });
    const archived = await f.conversation(customer, { status_code: 3 });
    expect(
      await call({ function: 'update-conversation-status', conversation_id: String(archived), status_code: '5' }),
    ).toEqual({
      success: true,
      response: true,
    });
    expect(await conversationOf(trashed)).toEqual({ messages: [], details: '' });
    expect((await conversationOf(archived)).details).toMatchObject({ conversation_status_code: '3' });
  });
});

describe('§6.14 send-message: sender, escaping, merge fields, status check; update-message', () => {
  test('user_id is the sender, whoever owns the conversation: another customer or an agent', async () => {
    const owner = await f.user({ first_name: 'Owner' });
    const stranger = await f.user({ first_name: 'Stranger' });
    const bruce = await agent();
    const id = await f.conversation(owner);
    await f.send(stranger, id, 'From someone else');
    await f.send(bruce, id, 'From the agent');
    const { messages, details } = await conversationOf(id);
    expect(details).toMatchObject({ user_id: String(owner) });
    expect(messages.map((message) => [message.user_id, message.user_type])).toEqual([
      [String(stranger), 'visitor'],
      [String(bruce), 'agent'],
    ]);
  });

  test("the text is HTML-escaped and {user_name}, {user_email} are the calling admin's, not the sender's", async () => {
    const customer = await f.user({ first_name: 'Mario', last_name: 'Rossi', email: 'mario@example.com' });
    const id = await f.conversation(customer);
    await f.send(customer, id, '<b>Hi</b> "{user_name}" <{user_email}> & more');
    const [message] = (await conversationOf(id)).messages;
    expect(message!.message).toBe(
      `&lt;b&gt;Hi&lt;/b&gt; "${admin.first_name} ${admin.last_name}" &lt;${admin.email}&gt; &amp; more`,
    );
  });

  test('an invalid status is refused before anything is stored: no message is inserted', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    const answer = await call({
      function: 'send-message',
      user_id: String(customer),
      conversation_id: String(id),
      message: 'Never stored',
      conversation_status: '7',
    });
    expect(answer).toEqual({ success: false, response: 'invalid-status-code' });
    expect((await conversationOf(id)).messages).toEqual([]);
  });

  test('update-message escapes the text as send-message does and keeps the creation time', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    const messageId = await f.send(customer, id, 'Original');
    await f.backdate(id, '2020-05-13 08:58:18');
    await call({ function: 'update-message', message_id: String(messageId), message: '<i>Edited</i>' });
    expect((await conversationOf(id)).messages[0]).toMatchObject({
      message: '&lt;i&gt;Edited&lt;/i&gt;',
      creation_time: '2020-05-13 08:58:18',
    });
  });
});

describe('§6.15 argument names the documentation and the original disagree on', () => {
  test('search-user-conversations: the documented id and the real user_id are both read', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    await f.send(customer, id, 'Where is my parcel?');
    for (const name of ['id', 'user_id']) {
      const answer = await call({ function: 'search-user-conversations', search: 'parcel', [name]: String(customer) });
      expect(
        (answer.response as { conversation_id: string }[]).map((item) => item.conversation_id),
        name,
      ).toEqual([String(id)]);
    }
    expect(await call({ function: 'search-user-conversations', search: 'parcel' })).toMatchObject({
      response: 'missing-argument',
      argument: 'user_id',
    });
  });

  test('push-notification: the documented interest and the real interests are both read', async () => {
    for (const [name, agentId] of [
      ['interest', '41'],
      ['interests', '42'],
    ] as const) {
      const answer = await call({ function: 'push-notification', title: 'T', message: 'M', [name]: agentId });
      expect(answer, name).toMatchObject({ success: true, response: { publishId: expect.any(String) } });
      expect(beams.publishes.at(-1)!.interests, name).toEqual([agentId]);
    }
  });

  test('send-message: conversation_status (3.0) and conversation_status_code (3.3) both set the status', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    for (const [name, status] of [
      ['conversation_status', '3'],
      ['conversation_status_code', '1'],
    ] as const) {
      await call({ function: 'send-message', user_id: String(customer), conversation_id: String(id), [name]: status });
      expect((await conversationOf(id)).details, name).toMatchObject({ conversation_status_code: status });
    }
  });

  test('set-rating: settings is the rating itself; the documented wrapper is read too', async () => {
    const customer = await f.user();
    const inner = await f.conversation(customer);
    const wrapped = await f.conversation(customer);
    const bruce = await agent();
    const rating = (conversation: number, value: number) => ({
      conversation_id: conversation,
      rating: value,
      agent_id: bruce,
    });
    expect(await call({ function: 'set-rating', settings: JSON.stringify(rating(inner, 1)) })).toEqual({
      success: true,
      response: true,
    });
    expect(await call({ function: 'set-rating', settings: JSON.stringify({ settings: rating(wrapped, 0) }) })).toEqual({
      success: true,
      response: true,
    });
    const stored = await t.sql`
      SELECT conversation_id, rating, agent_id FROM ratings WHERE conversation_id IN ${t.sql([inner, wrapped])}
      ORDER BY conversation_id`;
    expect(stored.map((row) => [Number(row.conversation_id), Number(row.rating), Number(row.agent_id)])).toEqual([
      [inner, 1, bruce],
      [wrapped, 0, bruce],
    ]);
  });

  test('get-rating counts the ratings carrying the agent_id, not the conversations assigned to the agent', async () => {
    const customer = await f.user();
    const bruce = await agent();
    const assigned = await f.conversation(customer, { agent_id: bruce });
    const named = await f.conversation(customer);
    await call({ function: 'set-rating', settings: JSON.stringify({ conversation_id: assigned, rating: 1 }) });
    await call({
      function: 'set-rating',
      settings: JSON.stringify({ conversation_id: named, rating: 0, agent_id: bruce }),
    });
    expect(await call({ function: 'get-rating', user_id: String(bruce) })).toEqual({ success: true, response: [0, 1] });
  });
});

describe('§6.16 deleting an agent deletes the conversations assigned to them (differs: unassigned)', () => {
  const setup = async () => {
    const customer = await f.user({ first_name: 'Customer' });
    const bruce = await agent();
    const assigned = await f.conversation(customer, { agent_id: bruce });
    await f.send(customer, assigned, 'Help me');
    await f.send(bruce, assigned, 'Here I am');
    const own = await f.conversation(bruce);
    return { customer, bruce, assigned, own };
  };
  const expectKeptUnassigned = async (id: number, customer: number) => {
    const { details, messages } = await conversationOf(id);
    expect(details).toMatchObject({ user_id: String(customer), agent_id: null });
    expect(messages.map((message) => message.message)).toEqual(['Help me']);
  };

  test("delete-user: the assigned conversation is kept, unassigned; the agent's messages and chats go", async () => {
    const { customer, bruce, assigned, own } = await setup();
    expect(await call({ function: 'delete-user', user_id: String(bruce) })).toEqual({ success: true, response: true });
    await expectKeptUnassigned(assigned, customer);
    expect(await conversationOf(own)).toEqual({ messages: [], details: '' });
  });

  test('delete-users: the same', async () => {
    const { customer, bruce, assigned } = await setup();
    await call({ function: 'delete-users', user_ids: JSON.stringify([bruce]) });
    await expectKeptUnassigned(assigned, customer);
  });
});

describe('§6.17 a new user is online for 15 seconds after add-user', () => {
  test('last_activity starts at the creation time: online at once, offline once 15 s have passed', async () => {
    const id = await f.user({ first_name: 'Fresh' });
    const created = await user(id);
    expect(created.last_activity).toBe(created.creation_time);
    const online = async () => {
      const list = (await call({ function: 'get-online-users' })).response as { id: string }[];
      return [
        (await call({ function: 'is-online', user_id: String(id) })).response,
        list.some((u) => u.id === String(id)),
      ];
    };
    expect(await online()).toEqual(['online', true]);
    await setLastActivity(t, id, 16);
    expect(await online()).toEqual(['offline', false]);
  });
});

describe('§6.18 count-users: all counts agents and admins, not bots', () => {
  test('all grows with agents and admins but not bots, so all is not lead + user + visitor', async () => {
    const counts = async () =>
      Object.fromEntries(
        Object.entries((await call({ function: 'count-users' })).response as Record<string, string>).map(([k, v]) => [
          k,
          Number(v),
        ]),
      );
    const before = await counts();
    for (const user_type of ['agent', 'admin', 'bot', 'lead', 'user', 'visitor'] as const) {
      await f.user({ first_name: 'Counted', user_type });
    }
    const after = await counts();
    expect({
      all: after.all! - before.all!,
      lead: after.lead! - before.lead!,
      user: after.user! - before.user!,
      visitor: after.visitor! - before.visitor!,
    }).toEqual({ all: 5, lead: 1, user: 1, visitor: 1 });
    expect(after.all).toBeGreaterThan(after.lead! + after.user! + after.visitor!);
  });
});

describe('§6.19 is-online answers "online" or "offline", as 3.0 (not a boolean, as 3.3)', () => {
  test('a word for an online, an offline and an unknown user', async () => {
    const id = await f.user({ first_name: 'Present' });
    expect(await call({ function: 'is-online', user_id: String(id) })).toEqual({ success: true, response: 'online' });
    await setLastActivity(t, id, 60);
    expect(await call({ function: 'is-online', user_id: String(id) })).toEqual({ success: true, response: 'offline' });
    expect(await call({ function: 'is-online', user_id: '987654' })).toEqual({ success: true, response: 'offline' });
  });
});

describe('§6.20 get-versions: the versions implemented, not the latest released (differs: get-versions-latest)', () => {
  test('3.0.4 and a version for each configured app, without asking board.support', async () => {
    expect(await bare.post({ function: 'get-versions', token: bare.token })).toEqual({
      success: true,
      response: { sb: '3.0.4' },
    });
    expect(await call({ function: 'get-versions' })).toEqual({
      success: true,
      response: { sb: '3.0.4', dialogflow: '1.0.2' },
    });
  });
});

describe('§6.21 CSV URLs end in ?v=<1..100>; an unknown conversation (differs: csv-conversations-not-found)', () => {
  const cacheBuster = (url: string) => Number(/\?v=(\d+)$/.exec(url)?.[1]);

  test('csv-users: the URL ends in ?v= and a number from 1 to 100, and the file is there', async () => {
    for (let i = 0; i < 5; i += 1) {
      const url = (await call({ function: 'csv-users' })).response as string;
      expect(url).toMatch(/^https:\/\/support\.example\.com\/sb\/uploads\/.+\/users\.csv\?v=\d+$/);
      expect(cacheBuster(url)).toBeGreaterThanOrEqual(1);
      expect(cacheBuster(url)).toBeLessThanOrEqual(100);
      const response = await fetch(url.replace(PUBLIC_URL, t.server.url));
      expect(response.status).toBe(200);
      expect(await response.text()).toMatch(/^ID,First Name,/);
    }
  });

  test('csv-conversations: the same for a conversation; false for an unknown one, or without an ID', async () => {
    const id = await f.conversation(await f.user());
    const url = (await call({ function: 'csv-conversations', conversation_id: String(id) })).response as string;
    expect(url).toMatch(new RegExp(`/conversation-${id}\\.csv\\?v=\\d+$`));
    expect(cacheBuster(url)).toBeGreaterThanOrEqual(1);
    expect(cacheBuster(url)).toBeLessThanOrEqual(100);
    expect(await call({ function: 'csv-conversations', conversation_id: '987654' })).toEqual({
      success: true,
      response: false,
    });
    expect(await call({ function: 'csv-conversations' })).toEqual({ success: true, response: false });
  });
});

describe("§6.22 send-bot-message's Dialogflow token shares the POST field of the API token", () => {
  test('the token field is the API token; Dialogflow gets the configured token, which is answered', async () => {
    const id = await f.conversation(await f.user());
    const answer = await call({ function: 'send-bot-message', conversation_id: String(id), message: 'Hello' });
    expect(answer).toMatchObject({ success: true, response: { token: DIALOGFLOW_TOKEN } });
    const request = dialogflow.requests.at(-1)!;
    expect(request.path).toBe(`/v2/projects/compat-project/agent/sessions/${id}:detectIntent`);
    expect(request.headers.authorization).toBe(`Bearer ${DIALOGFLOW_TOKEN}`);
    expect(request.headers.authorization).not.toContain(t.token);
  });

  test('the contract has no Dialogflow token argument', () => {
    expect(Object.keys(methods['send-bot-message'].args)).not.toContain('token');
  });
});

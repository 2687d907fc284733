import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

const PUBLIC_URL = 'https://support.example.com/sb';
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ publicUrl: PUBLIC_URL });
}, 60_000);
afterAll(() => t.close());

const EXPORT_URL = /^https:\/\/support\.example\.com\/sb\/uploads\/([0-9a-f]{32})\/([\w.-]+)\?v=([1-9]\d?|100)$/;

/** Downloads an export from this server: the answer's URL names the public address, which tests do not listen on. */
const download = async (url: string) => {
  expect(url).toMatch(EXPORT_URL);
  const response = await fetch(url.replace(PUBLIC_URL, t.server.url));
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
};

/** An RFC 4180 reader, independent of the server's writer: rows of fields, CRLF line ends. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const pair = text.slice(i, i + 2);
    const char = text[i]!;
    if (quoted && pair === '""') {
      field += '"';
      i += 2;
      continue;
    }
    if (quoted) {
      if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (pair === '\r\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i += 1;
    } else {
      field += char;
    }
    i += 1;
  }
  expect(row.length === 0 && field === '', 'the file ends with CRLF').toBe(true);
  return rows;
};

const USERS_HEADER = [
  'ID',
  'First Name',
  'Last Name',
  'Email',
  'Profile Image',
  'Type',
  'Creation Time',
  'Birthdate',
  'City',
  'Company',
  'Country',
  'Facebook',
  'Language',
  'LinkedIn',
  'Phone',
  'Twitter',
  'Website',
];

describe('csv-users', () => {
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    ids.zoe = await t.client.call('add-user', {
      first_name: 'Zoe',
      last_name: 'Zimmer',
      email: 'zoe@example.com',
      extra: { phone: ['+44 20 7946 0958', 'Phone'], city: ['London', 'City'], shoe: ['42', 'Shoe size'] },
    });
    ids.agent = await t.client.call('add-user', { first_name: 'Alice', last_name: 'Agent', user_type: 'agent' });
    ids.visitor = await t.client.call('add-user', {
      first_name: 'Bob',
      last_name: 'Smith, "Jr."\nthe second',
      extra: { country: ['France', 'Country'] },
    });
    ids.bot = await t.client.call('add-user', { first_name: 'Botty', user_type: 'bot' });
    ids.formula = await t.client.call('add-user', {
      first_name: '=HYPERLINK("https://evil.example","x")',
      last_name: '+1',
    });
  });

  test("answers the URL of users.csv under a random folder, with the original's ?v=<1..100>", async () => {
    // Notes csv-users-cache-buster and csv-users-public-file.
    const url = await t.client.call('csv-users');
    const [, folder, file] = url.match(EXPORT_URL)!;
    expect(file).toBe('users.csv');
    expect(folder).toHaveLength(32);
    const second = await t.client.call('csv-users');
    expect(second.match(EXPORT_URL)![1]).not.toBe(folder);
  });

  test('the URL downloads a CSV of every user but the bots, by first name, with their details', async () => {
    const file = await download(await t.client.call('csv-users'));
    expect(file.status).toBe(200);
    expect(file.type).toMatch(/^text\/csv/);
    const [header, ...rows] = parseCsv(file.text);
    expect(header).toEqual(USERS_HEADER);
    const firstNames = rows.map((row) => row[1]);
    expect(firstNames).not.toContain('Botty');
    expect(firstNames).toEqual([...firstNames].sort((a, b) => (a! < b! ? -1 : 1)));
    const [admin] = await t.sql<{ id: string }[]>`SELECT id FROM users WHERE user_type = 'admin'`;
    expect(rows.map((row) => row[0]).sort()).toEqual(
      [admin!.id, ...[ids.zoe, ids.agent, ids.visitor, ids.formula].map(String)].sort(),
    );
    const zoe = await t.client.call('get-user', { user_id: ids.zoe! });
    if (!zoe) throw new Error('Zoe was not created');
    const zoeRow = rows.find((row) => row[0] === String(ids.zoe))!;
    expect(zoeRow).toEqual([
      zoe.id,
      'Zoe',
      'Zimmer',
      'zoe@example.com',
      zoe.profile_image ?? '',
      'user',
      zoe.creation_time,
      // A phone number starting with + is guarded like a formula: spreadsheets would compute it.
      '',
      'London',
      '',
      '',
      '',
      '',
      '',
      "'+44 20 7946 0958",
      '',
      '',
    ]);
  });

  test('an agent is exported with its type; an empty email is an empty cell', async () => {
    const [, ...rows] = parseCsv((await download(await t.client.call('csv-users'))).text);
    const agent = rows.find((row) => row[0] === String(ids.agent))!;
    expect(agent.slice(1, 4)).toEqual(['Alice', 'Agent', '']);
    expect(agent[5]).toBe('agent');
  });

  test("a visitor's details are exported too, where the original leaves them blank", async () => {
    const [header, ...rows] = parseCsv((await download(await t.client.call('csv-users'))).text);
    const visitor = rows.find((row) => row[0] === String(ids.visitor))!;
    expect(visitor[5]).toBe('visitor');
    expect(visitor[header!.indexOf('Country')]).toBe('France');
  });

  test('commas, quotes and line breaks are quoted as RFC 4180 says', async () => {
    const { text } = await download(await t.client.call('csv-users'));
    expect(text).toContain(`,"Smith, ""Jr.""\nthe second",`);
    const [, ...rows] = parseCsv(text);
    expect(rows.find((row) => row[0] === String(ids.visitor))![2]).toBe('Smith, "Jr."\nthe second');
  });

  test('a cell a spreadsheet would run as a formula starts with a quote', async () => {
    const [, ...rows] = parseCsv((await download(await t.client.call('csv-users'))).text);
    const row = rows.find((r) => r[0] === String(ids.formula))!;
    expect(row[1]).toBe(`'=HYPERLINK("https://evil.example","x")`);
    expect(row[2]).toBe(`'+1`);
  });

  test('the custom user fields of the setting user-additional-fields are columns too', async () => {
    // No API method saves settings: the fixture goes straight into the table.
    await t.sql`INSERT INTO settings (name, value, type)
      VALUES ('user-additional-fields', ${t.sql.json([{ 'extra-field-name': 'Shoe size' }])}, 'repeater')`;
    const [header, ...rows] = parseCsv((await download(await t.client.call('csv-users'))).text);
    expect(header).toEqual([...USERS_HEADER, 'Shoe size']);
    expect(rows.find((row) => row[0] === String(ids.zoe))!.at(-1)).toBe('42');
    expect(rows.find((row) => row[0] === String(ids.agent))!.at(-1)).toBe('');
    await t.sql`DELETE FROM settings WHERE name = 'user-additional-fields'`;
  });

  test('a URL with another folder finds nothing', async () => {
    const url = await t.client.call('csv-users');
    const guessed = url.replace(EXPORT_URL.exec(url)![1]!, 'f'.repeat(32));
    expect((await download(guessed)).status).toBe(404);
  });

  test('exports older than a day are dropped when a new export is made', async () => {
    const old = await t.client.call('csv-users');
    const name = old.match(EXPORT_URL)!.slice(1, 3).join('/');
    await t.sql`UPDATE exports SET created_at = now() - interval '25 hours' WHERE name = ${name}`;
    const fresh = await t.client.call('csv-users');
    expect((await download(old)).status).toBe(404);
    expect((await download(fresh)).status).toBe(200);
  });
});

const CONVERSATION_HEADER = [
  'ID',
  'User ID',
  'Message',
  'Creation Time',
  'Status Code',
  'Attachments',
  'Payload',
  'Conversation ID',
];

describe('csv-conversations', () => {
  let userId: number;
  let conversationId: number;
  const messageIds: number[] = [];
  beforeAll(async () => {
    userId = await t.client.call('add-user', { first_name: 'Carl', email: 'carl@example.com' });
    conversationId = Number((await t.client.call('new-conversation', { user_id: userId })).details.id);
    const send = async (args: Record<string, unknown>) =>
      messageIds.push(
        (await t.client.call('send-message', { user_id: userId, conversation_id: conversationId, ...args }))[
          'message-id'
        ],
      );
    await send({ message: 'Hello, I need "help"' });
    await send({
      message: '@admin =SUM(A1:A2)',
      attachments: [['invoice.pdf', 'https://example.com/invoice.pdf']],
      payload: { rating: 1 },
    });
  });

  test('without conversation_id: false, as the spec-version original answers', async () => {
    // Note csv-conversations-optional-id.
    expect(await t.post({ token: t.token, function: 'csv-conversations' })).toEqual({ success: true, response: false });
  });

  test('an unknown conversation: false, as documented (the original still answers a URL)', async () => {
    // Note csv-conversations-not-found.
    expect(await t.client.call('csv-conversations', { conversation_id: 999_999 })).toBe(false);
    expect(await t.sql`SELECT name FROM exports WHERE name LIKE '%conversation-999999.csv'`).toHaveLength(0);
  });

  test('answers the URL of conversation-<id>.csv under a random folder, with ?v=<1..100>', async () => {
    // Notes csv-conversations-cache-buster and csv-conversations-public-file.
    const url = await t.client.call('csv-conversations', { conversation_id: conversationId });
    if (url === false) throw new Error('no URL');
    const [, folder, file] = url.match(EXPORT_URL)!;
    expect(file).toBe(`conversation-${conversationId}.csv`);
    const again = (await t.client.call('csv-conversations', { conversation_id: conversationId })) as string;
    expect(again.match(EXPORT_URL)![1]).not.toBe(folder);
  });

  test('the file holds the messages, oldest first, under a header that names their columns', async () => {
    // Note csv-conversations-header: the original's header names other columns than its rows hold.
    const url = await t.client.call('csv-conversations', { conversation_id: conversationId });
    const file = await download(url as string);
    expect(file.status).toBe(200);
    const [header, ...rows] = parseCsv(file.text);
    expect(header).toEqual(CONVERSATION_HEADER);
    const { messages } = await t.client.call('get-conversation', { conversation_id: conversationId });
    expect(rows.map((row) => row[0])).toEqual(messageIds.map(String));
    expect(rows[0]).toEqual([
      String(messageIds[0]),
      String(userId),
      'Hello, I need "help"',
      messages[0]!.creation_time,
      '0',
      '',
      '',
      String(conversationId),
    ]);
    expect(rows[1]!.slice(5)).toEqual([
      '[["invoice.pdf","https://example.com/invoice.pdf"]]',
      '{"rating":1}',
      String(conversationId),
    ]);
  });

  test('a message a spreadsheet would run as a formula starts with a quote', async () => {
    const [, , second] = parseCsv(
      (await download((await t.client.call('csv-conversations', { conversation_id: conversationId })) as string)).text,
    );
    expect(second![2]).toBe("'@admin =SUM(A1:A2)");
  });

  test('a conversation without messages: the header row alone', async () => {
    const empty = await t.client.call('new-conversation', { user_id: userId });
    const url = await t.client.call('csv-conversations', { conversation_id: Number(empty.details.id) });
    expect((await download(url as string)).text).toBe(`${CONVERSATION_HEADER.join(',')}\r\n`);
  });

  test('a conversation_id that is not an ID: invalid-argument', async () => {
    expect(await t.post({ token: t.token, function: 'csv-conversations', conversation_id: '12abc' })).toMatchObject({
      status: 'error',
      response: 'invalid-argument',
      argument: 'conversation_id',
    });
  });
});

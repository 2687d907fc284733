/**
 * The searches run on their trigram indexes, not by testing every row: on tables of a realistic size
 * (20,000 users, 40,000 messages, 2,000 articles), the statements a handler really sends are captured from the driver
 * and replayed under EXPLAIN, and every scan of the searched table must go through its index.
 */
import { decodeArgs, type MethodName, methods } from '@support-board/contract';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Context } from '../../src/context.js';
import { connectPostgres, type Database } from '../../src/db/database.js';
import { handlers } from '../../src/handlers/index.js';
import { testDatabase } from '../helpers/database.js';
import { explain, nodes, type PlanNode } from '../helpers/plans.js';

const USERS = 20_000;
const ARTICLES = 2_000;
const MESSAGES = 40_000;

let database: Database & { url?: string };
let spy: Database;
const captured: { query: string; parameters: unknown[] }[] = [];

beforeAll(async () => {
  database = await testDatabase();
  const { sql } = database;
  await sql`
    INSERT INTO users (first_name, last_name, email, user_type, token, creation_time)
    SELECT 'First' || i, 'Last' || (i % 997), 'person' || i || '@example.com',
      (ARRAY['user', 'lead', 'visitor'])[1 + i % 3], md5('token' || i) || 'abcdefgh',
      utc_now() - (i || ' seconds')::interval
    FROM generate_series(1, ${USERS}::int) AS i`;
  await sql`
    INSERT INTO users_data (user_id, slug, name, value) SELECT id, 'city', 'City', 'City ' || (id % 500) FROM users`;
  await sql`
    INSERT INTO conversations (user_id, title, status_code, creation_time)
    SELECT id, 'Conversation of ' || first_name, id % 5, creation_time FROM users`;
  await sql`
    INSERT INTO messages (user_id, conversation_id, message, creation_time)
    SELECT c.user_id, c.id, 'Hello, message ' || g.i || ' about ticket ' || substr(md5(g.i::text), 1, 8),
      utc_now() - ((${MESSAGES} - g.i) || ' seconds')::interval
    FROM generate_series(1, ${MESSAGES}::int) AS g(i) JOIN conversations c ON c.id = 1 + g.i % ${USERS}`;
  await sql`
    INSERT INTO articles (id, position, title, content)
    SELECT 'a' || i, i, 'How to do thing ' || i, 'Step by step, article number ' || i || ' explains it all.'
    FROM generate_series(1, ${ARTICLES}::int) AS i`;
  await sql`ANALYZE`;
  // A second connection to the same database that records each statement and its parameters.
  const url = database.url ?? database.socketUrl!;
  spy = connectPostgres(url, {
    max: 1,
    debug: (_connection: number, query: string, parameters: unknown[]) => {
      captured.push({ query, parameters });
    },
  });
}, 120_000);

afterAll(async () => {
  await spy?.close();
  await database?.close();
});

/**
 * Runs the method's handler on the recording connection (its answer is returned), then replays what
 * it sent in one transaction with EXPLAIN before each query (`options` as EXPLAIN takes them), and
 * returns every plan node.
 */
const planOf = async (method: MethodName, fields: Record<string, string>, options = '') => {
  const args = decodeArgs(methods[method], fields);
  if (!args.ok) throw new Error(JSON.stringify(args.failure));
  captured.length = 0;
  const handler = handlers[method] as (args: unknown, ctx: Context) => Promise<unknown>;
  const answer = await handler(args.value, { sql: spy.sql } as Context);
  // Not the transaction's own statements, nor the driver's look-up of array types on its first query.
  const statements = captured.filter(
    ({ query }) => !/^\s*(begin|commit|rollback)\b/i.test(query) && !query.includes('pg_catalog.'),
  );
  const plans: PlanNode[] = [];
  await database.sql.begin(async (tx) => {
    for (const { query, parameters } of statements) {
      if (/^\s*(select|with)\b/i.test(query)) {
        plans.push(...(await explain(tx, query, parameters, options)));
      } else {
        await tx.unsafe(query, parameters as never[]);
      }
    }
  });
  expect(plans.length).toBeGreaterThan(0);
  return { answer, plans };
};

/**
 * No scan of `table` reads the whole table: it is searched through `index`, and any other index of
 * it used is one of `lookups` (a primary key fetching the rows found).
 */
const expectSearchedThrough = (plans: PlanNode[], table: string, index: string, lookups: string[] = []) => {
  const scans = plans.filter((node) => node['Relation Name'] === table);
  expect(scans.length).toBeGreaterThan(0);
  expect(scans.filter((scan) => scan['Node Type'] === 'Seq Scan')).toEqual([]);
  // An index scan without a condition walks the whole index: a full scan too.
  expect(scans.filter((scan) => scan['Node Type'].startsWith('Index') && !scan['Index Cond'])).toEqual([]);
  const used = new Set(scans.flatMap((scan) => (scan['Index Name'] ? [scan['Index Name']] : [])));
  // A bitmap heap scan reads the rows that the index scans below it found.
  for (const scan of scans.filter((node) => node['Node Type'] === 'Bitmap Heap Scan')) {
    for (const below of nodes(scan)) {
      if (!below['Index Name']) continue;
      expect(below['Index Cond'], `${below['Index Name']} read whole`).toBeTruthy();
      used.add(below['Index Name']);
    }
  }
  expect(used.has(index), `${index} in ${[...used]}`).toBe(true);
  expect([...used].filter((name) => name !== index && !lookups.includes(name))).toEqual([]);
};

describe(`on ${USERS} users and ${ARTICLES} articles`, () => {
  test('get-users with a search finds its users through the trigram index, whatever the sorting', async () => {
    const { answer, plans } = await planOf('get-users', { search: 'person12345@' });
    expect((answer as { email: string }[]).map((user) => user.email)).toEqual(['person12345@example.com']);
    // The matches are gathered through the trigram index; the page's users are then read by primary key.
    expectSearchedThrough(plans, 'users', 'users_search', ['users_pkey']);

    const sorted = await planOf('get-users', {
      search: 'Last42',
      sorting: '["first_name","ASC"]',
      user_types: '["lead","user"]',
      pagination: '1',
    });
    expect((sorted.answer as unknown[]).length).toBeGreaterThan(0);
    expectSearchedThrough(sorted.plans, 'users', 'users_search', ['users_pkey']);
  });

  test('get-users with a common search stops gathering matches and walks the sort index to the page', async () => {
    // About 11,000 of the 20,000 users match: sorting them all would cost far more than reading a page.
    const { answer, plans } = await planOf('get-users', { search: 'person1' });
    expect((answer as unknown[]).length).toBe(100);
    // The gathering is cut short (a Limit over the trigram index's matches), then the sort index is walked.
    expect(
      plans.some(
        (node) => node['Node Type'] === 'Limit' && nodes(node).some((below) => below['Index Name'] === 'users_search'),
      ),
    ).toBe(true);
    expect(plans.filter((node) => node['Relation Name'] === 'users').map((node) => node['Index Name'])).toContain(
      'users_creation_time',
    );
    // Too short for trigrams: the same walk, without asking the trigram index first.
    const short = await planOf('get-users', { search: 'n1' });
    expect((short.answer as unknown[]).length).toBe(100);
    expect(short.plans.filter((node) => node['Relation Name'] === 'users').map((node) => node['Index Name'])).toEqual([
      'users_creation_time',
    ]);
  });

  test('get-users walks at once for a search it found common within the last minute (its next pages)', async () => {
    const gathered = (plans: PlanNode[]) => plans.some((node) => node['Index Name'] === 'users_search');
    const first = await planOf('get-users', { search: 'person2' });
    expect(gathered(first.plans)).toBe(true);
    const again = await planOf('get-users', { search: 'person2' });
    expect(gathered(again.plans)).toBe(false);
    expect(again.answer).toEqual(first.answer);
    const next = await planOf('get-users', { search: 'person2', pagination: '1' });
    expect(gathered(next.plans)).toBe(false);
    expect((next.answer as unknown[]).length).toBe(100);
  });

  test('get-users without a search walks the sort index, never the whole table', async () => {
    const { plans } = await planOf('get-users', { sorting: '["last_name","DESC"]' });
    const scans = plans.filter((node) => node['Relation Name'] === 'users');
    expect(scans.map((node) => node['Index Name'])).toEqual(['users_last_name']);
  });

  test('search-articles finds its articles through the trigram index', async () => {
    const { answer, plans } = await planOf('search-articles', { search: 'number 1234 ' });
    expect((answer as { id: string }[]).map((article) => article.id)).toEqual(['a1234']);
    expectSearchedThrough(plans, 'articles', 'articles_search');
  });

  test('search-users finds its users through the trigram indexes of users and their details', async () => {
    const { answer, plans } = await planOf('search-users', { search: 'person777@' });
    expect((answer as { id: string }[]).length).toBe(1);
    expectSearchedThrough(plans, 'users', 'users_search', ['users_pkey']);
    expectSearchedThrough(plans, 'users_data', 'users_data_search');
  });

  test('search-users looks an email up by its part up to the @, and whole only when that part is common', async () => {
    /** The conditions users_search was scanned with (EXPLAIN ANALYZE: a branch never run has no loops). */
    const scanned = (plans: PlanNode[]) =>
      plans
        .filter((node) => node['Index Name'] === 'users_search' && node['Actual Loops']! > 0)
        .map((node) => node['Index Cond']!);
    const rare = await planOf('search-users', { search: 'person777@example.com' }, 'ANALYZE');
    expect((rare.answer as { email: string }[]).map((user) => user.email)).toEqual(['person777@example.com']);
    expect(scanned(rare.plans).filter((condition) => condition.includes('email'))).toEqual([
      "((email)::text ~~* '%person777@%'::text)",
    ]);
    // `info@` shared by 100 users, more than the first lookup reads: the email is then looked up whole.
    await database.sql`
      INSERT INTO users (first_name, email, user_type, token)
      SELECT 'Info', 'info@d' || i || '.example', 'user', md5('info' || i) FROM generate_series(1, 100) AS i`;
    try {
      const common = await planOf('search-users', { search: 'info@d7.example' }, 'ANALYZE');
      expect((common.answer as { email: string }[]).map((user) => user.email)).toEqual(['info@d7.example']);
      expect(scanned(common.plans).filter((condition) => condition.includes('email'))).toEqual([
        "((email)::text ~~* '%info@%'::text)",
        "((email)::text ~~* '%info@d7.example%'::text)",
      ]);
    } finally {
      await database.sql`DELETE FROM users WHERE first_name = 'Info'`;
    }
  });

  test('search-conversations finds its messages, titles and people through the trigram indexes', async () => {
    const ticket = (await database.sql<{ code: string }[]>`SELECT substr(md5('12345'), 1, 8) AS code`)[0]!.code;
    const { answer, plans } = await planOf('search-conversations', { search: ticket });
    expect((answer as { message: string }[]).map((found) => found.message)).toEqual([
      `Hello, message 12345 about ticket ${ticket}`,
    ]);
    expectSearchedThrough(plans, 'messages', 'messages_search', ['messages_pkey', 'messages_user']);
    expectSearchedThrough(plans, 'users', 'users_search', ['users_pkey']);
    expectSearchedThrough(plans, 'conversations', 'conversations_search', ['conversations_pkey', 'conversations_user']);
  });
});

/**
 * A trigram index's pending list (new entries not yet merged into the index) is read whole by every
 * search. Messages sent one after another add to two of them (messages_search, and through the
 * conversation's last-message update, conversations_search); they must stay small between VACUUMs.
 * Counted in pages read, not in milliseconds. PGlite never vacuums by itself: there the lists would
 * grow without end.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Database, withIndexScans } from '../../src/db/database.js';
import { testDatabase } from '../helpers/database.js';
import { explain } from '../helpers/plans.js';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
  const { sql } = database;
  const [user] = await sql`INSERT INTO users (first_name, user_type, token) VALUES ('Ada', 'user', 'pending-lists')
    RETURNING id`;
  const [conversation] = await sql`INSERT INTO conversations (user_id, title) VALUES (${user!.id}, 'Order 1042')
    RETURNING id`;
  // 3,000 messages to one conversation, each (through the trigger) updating the conversation's row.
  await sql`INSERT INTO messages (user_id, conversation_id, message)
    SELECT ${user!.id}, ${conversation!.id}, 'Hello, where is my order ' || g FROM generate_series(1, 3000) AS g`;
}, 60_000);
afterAll(() => database?.close());

/** The pages that a search of `table` for a text nothing contains reads from `index`. */
const pagesRead = (table: string, column: string, index: string) =>
  withIndexScans(database.sql, async (tx) => {
    const plan = await explain(tx, `SELECT id FROM ${table} WHERE ${column} ILIKE '%xqzw%'`, [], 'ANALYZE, BUFFERS');
    const scans = plan.filter((node) => node['Index Name'] === index);
    expect(scans.length).toBe(1);
    return scans[0]!['Shared Hit Blocks']! + scans[0]!['Shared Read Blocks']!;
  });

describe('after 3,000 messages to one conversation and no VACUUM', () => {
  // 64 kB of pending list is 8 pages; the rest is the index's own entries for the two trigrams.
  test('a search of messages reads a few pages of their trigram index, not every new message', async () => {
    expect(await pagesRead('messages', 'message', 'messages_search')).toBeLessThan(30);
  });

  test("a search of conversation titles reads a few pages, not an entry for each update of the conversation's row", async () => {
    expect(await pagesRead('conversations', 'title', 'conversations_search')).toBeLessThan(30);
  });
});

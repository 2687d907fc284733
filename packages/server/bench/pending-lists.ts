/**
 * What the trigram indexes' pending lists cost (migration 8), on DATABASE_URL's PostgreSQL:
 *
 *   DATABASE_URL=postgres://... pnpm --filter @support-board/server bench:pending-lists
 *
 * For each setting of the trigram indexes, on a fresh database of 10k users and 100k messages: the
 * median of 40 search-conversations and search-users, then 20,000 sends to one conversation (50 at a
 * time, each a message and its sender's activity, as send-message writes them; autovacuum off, as
 * between two of its runs), then the searches again.
 */
import { type Sql, withIndexScans } from '../dist/db/database.js';
import { migrate } from '../dist/db/migrate.js';
import { searchConversations } from '../dist/queries/conversations.js';
import { searchUsers } from '../dist/queries/users.js';
import { openBenchDatabase } from './database.js';
import { seedBenchData } from './seed.js';

const SETTINGS = {
  'pending lists of 4 MB (PostgreSQL default)': 'gin_pending_list_limit = 4096',
  'pending lists of 64 kB (migration 8)': 'gin_pending_list_limit = 64',
  'no pending lists (fastupdate off)': 'fastupdate = off',
};
const SENDS = 20_000;
const AT_ONCE = 50;

if (!process.env.DATABASE_URL) {
  throw new Error('DATABASE_URL must name a PostgreSQL server (PGlite never vacuums by itself)');
}

const medianMs = async (sql: Sql, search: Parameters<typeof withIndexScans>[1]) => {
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const start = performance.now();
    await withIndexScans(sql, search);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[20]!.toFixed(2);
};

console.log(
  `${'setting'.padEnd(44)}${'search-conversations ms'.padStart(24)}${'search-users ms'.padStart(18)}  µs a send`,
);
for (const [name, setting] of Object.entries(SETTINGS)) {
  const { database, drop } = await openBenchDatabase();
  const { sql } = database;
  try {
    await migrate(sql);
    const ids = await seedBenchData(sql, { users: 10_000, messages: 100_000 });
    // Every trigram index the migrations made, read from the database rather than listed again here.
    const trigramIndexes = await sql<{ name: string }[]>`
      SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE '%gin_trgm_ops%'`;
    for (const { name: index } of trigramIndexes) await sql.unsafe(`ALTER INDEX ${index} SET (${setting})`);
    for (const table of ['users', 'conversations', 'messages']) {
      await sql.unsafe(`ALTER TABLE ${table} SET (autovacuum_enabled = false)`);
    }
    const searches = async () => {
      const conversations = await medianMs(sql, (tx) => searchConversations(tx, ids.ticket));
      const users = await medianMs(sql, (tx) => searchUsers(tx, [ids.email]));
      return `${conversations.padStart(24)}${users.padStart(18)}`;
    };
    console.log(`${name.padEnd(44)}${await searches()}`);
    const start = performance.now();
    for (let sent = 0; sent < SENDS; sent += AT_ONCE) {
      await Promise.all(
        Array.from({ length: AT_ONCE }, () =>
          sql.begin(async (tx) => {
            await tx`INSERT INTO messages (user_id, conversation_id, message)
              VALUES (${ids.customerId}, ${ids.conversationId}, 'Hello from the benchmark')`;
            await tx`UPDATE users SET last_activity = utc_now(), typing = -1 WHERE id = ${ids.customerId}`;
          }),
        ),
      );
    }
    const perSend = (((performance.now() - start) / SENDS) * 1000).toFixed(0);
    console.log(
      `${`  after ${SENDS.toLocaleString('en')} sends`.padEnd(44)}${await searches()}${perSend.padStart(11)}`,
    );
  } finally {
    await drop();
  }
}

import type { Sql } from './database.js';
import { initial } from './migrations/001-initial.js';
import { moreIndexes } from './migrations/002-more-indexes.js';
import { conversationsStatus } from './migrations/003-conversations-status.js';
import { slack } from './migrations/004-slack.js';
import { conversationTitle } from './migrations/005-conversation-title.js';
import { serverSecrets } from './migrations/006-server-secrets.js';
import { escapedLengths } from './migrations/007-escaped-lengths.js';
import { smallPendingLists } from './migrations/008-small-pending-lists.js';

/** Versioned migrations, applied in order, each once. Add new ones at the end; never edit an applied one. */
export const migrations = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'more-indexes', sql: moreIndexes },
  { version: 3, name: 'conversations-status', sql: conversationsStatus },
  { version: 4, name: 'slack', sql: slack },
  { version: 5, name: 'conversation-title', sql: conversationTitle },
  { version: 6, name: 'server-secrets', sql: serverSecrets },
  { version: 7, name: 'escaped-lengths', sql: escapedLengths },
  { version: 8, name: 'small-pending-lists', sql: smallPendingLists },
] as const;

/** Any fixed number: serialises concurrent starts of several server processes on one database. */
const MIGRATION_LOCK = 4_240_001;

/** Applies the migrations the database lacks; returns the versions applied. */
export const migrate = async (sql: Sql): Promise<number[]> =>
  sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
    await tx`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`;
    const done = new Set((await tx`SELECT version FROM schema_migrations`).map((row) => Number(row.version)));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.unsafe(migration.sql);
      await tx`INSERT INTO schema_migrations (version, name) VALUES (${migration.version}, ${migration.name})`;
      applied.push(migration.version);
    }
    return applied;
  });

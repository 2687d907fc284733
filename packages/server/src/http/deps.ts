import type { Fields } from '@support-board/contract';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import type { Database, Sql } from '../db/database.js';
import type { DatabaseHealth } from '../db/health.js';
import type { Retry } from '../db/retry.js';
import type { Logger } from '../log.js';
import type { WebhookSecret } from '../webhooks/secret.js';

/** What the HTTP layer needs, wired once by server.ts. */
export interface ServerDeps {
  sql: Sql;
  config: Config;
  log: Logger;
  /** Everything of a handler's context but the caller. */
  context: Omit<Context, 'admin'>;
  readFields(request: Request): Promise<Fields>;
  /** Which database serves: the embedded one or a PostgreSQL server (shown by /health). */
  databaseKind: Database['kind'];
  /** True once migrations ran and the server accepts calls. */
  ready(): boolean;
  /** Runs a call's database work, once more after a lost connection when that is safe. */
  retry: Retry;
  /** Whether the database answers (shown by /health). */
  health: DatabaseHealth;
  /** The secret webhooks are signed with (shown to admins by `GET /admin/webhook-secret`). */
  webhookSecret: WebhookSecret;
}

import type { Fields } from '@support-board/contract';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import type { Sql } from '../db/database.js';
import type { Logger } from '../log.js';

/** What the HTTP layer needs, wired once by server.ts. */
export interface ServerDeps {
  sql: Sql;
  config: Config;
  log: Logger;
  /** Everything of a handler's context but the caller. */
  context: Omit<Context, 'admin'>;
  readFields(request: Request): Promise<Fields>;
  /** True once migrations ran and the server accepts calls. */
  ready(): boolean;
}

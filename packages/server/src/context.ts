import {
  type ErrorCode,
  type Failure,
  failure,
  type MethodInput,
  type MethodName,
  type MethodResponse,
  type Methods,
} from '@support-board/contract';
import type { Config } from './config.js';
import type { Sql } from './db/database.js';
import type { Services } from './integrations/index.js';
import type { Logger } from './log.js';
import type { WebhookOutbox } from './webhooks/outbox.js';

/** The admin whose token made the call: the "active user" of the original. */
export interface Admin {
  id: number;
  first_name: string;
  last_name: string;
  email: string | null;
  profile_image: string | null;
}

/** What a handler may use. Handlers never see HTTP. */
export interface Context {
  sql: Sql;
  admin: Admin;
  config: Config;
  services: Services;
  webhooks: WebhookOutbox;
  /** The base URL of this server as clients reach it (for links such as CSV exports). */
  publicUrl: string;
  log: Logger;
}

/** A documented error answer. Handlers return one instead of a response; the dispatcher sends it. */
export class Refusal {
  constructor(readonly failure: Failure) {}
}

export const refuse = (code: ErrorCode, fill?: Parameters<typeof failure>[1]) => new Refusal(failure(code, fill));

export type Handler<N extends MethodName> = (
  args: MethodInput<Methods[N]>,
  ctx: Context,
) => Promise<MethodResponse<Methods[N]> | Refusal>;

/** Types a handler after its method; the registry checks that every method has exactly one. */
export const defineHandler = <N extends MethodName>(_name: N, handle: Handler<N>): Handler<N> => handle;

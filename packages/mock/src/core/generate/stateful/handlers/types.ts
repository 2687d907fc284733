import {
  type ErrorCode,
  type FactId,
  type MethodInput,
  type MethodName,
  type MethodResponse,
  type Methods,
  ONLINE_SECONDS,
  PAGE_SIZE,
  type WebhookData,
  type WebhookName,
} from '@support-board/contract';
import { type Outcome, refusal } from '../../outcome.js';
import type { Random } from '../../random.js';
import type { Store, UserRow } from '../store.js';

/** A documented error answer; a handler returns one instead of a value. */
export class Refusal {
  constructor(readonly outcome: Outcome) {}
}

export const refuse = (code: ErrorCode, reason: string, fill?: Parameters<typeof refusal>[2]) =>
  new Refusal(refusal(code, reason, fill));

export interface HandlerContext {
  store: Store;
  /** The admin whose token made the call (the seeded admin for any token not of an admin). */
  admin: UserRow;
  /** The mock's own URL, for links it serves (CSV exports). */
  baseUrl: string;
  random: Random;
  /** Queues a webhook; its data is form-encoded (scalars as strings) when sent. */
  fire<N extends WebhookName>(name: N, data: WebhookData<N>): void;
  /** Whether the version answered behaves as the contract's version fact `id` says (a misspelled ID does not compile). */
  fact(id: FactId): boolean;
}

export type Handler<N extends MethodName> = (
  args: MethodInput<Methods[N]>,
  ctx: HandlerContext,
) => MethodResponse<Methods[N]> | Refusal;

/** Partial on purpose: a method added to the contract is answered from its example until it has one. */
export type Handlers = { [N in MethodName]?: Handler<N> };

/** `YYYY-MM-DD HH:MM:SS` (UTC) to milliseconds. */
export const timeOf = (text: string) => Date.parse(`${text.replace(' ', 'T')}Z`);

/** Online: active within the last ONLINE_SECONDS, as the original counts it. */
export const isOnline = (user: UserRow, store: Store) =>
  user.last_activity !== null && store.clock().getTime() - timeOf(user.last_activity) <= ONLINE_SECONDS * 1000;

export const contains = (value: string | null | undefined, search: string) =>
  (value ?? '').toLowerCase().includes(search.toLowerCase());

/** The PAGE_SIZE items of a 0-based page. */
export const page = <T>(items: T[], pagination: number) =>
  items.slice(pagination * PAGE_SIZE, (pagination + 1) * PAGE_SIZE);

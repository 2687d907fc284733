import type { Exchange } from '../core/exchanges.js';
import type { RawDifference } from './compare.js';
import { explainers } from './explainers.js';

/** Why a difference is expected: a recorded fact of the contract (a version fact or a note), by its ID. */
export interface Explanation {
  id: string;
  /** Set when the difference follows from an earlier one of the same check, which the fact explains. */
  via?: string;
}

/** A difference as an explainer sees it: the call, where, both values, both answers. */
export interface Seen {
  method: string;
  /** The call's fields (A's). */
  call: Record<string, string>;
  path: PropertyKey[];
  a: unknown;
  b: unknown;
  bodyA: unknown;
  bodyB: unknown;
}

export const seenOf = (
  raw: RawDifference,
  method: string,
  call: Record<string, string>,
  a?: Exchange,
  b?: Exchange,
): Seen => ({
  method,
  call,
  path: raw.path,
  a: raw.a,
  b: raw.b,
  bodyA: a?.answer?.body,
  bodyB: b?.answer?.body,
});

/** The first recorded fact that explains the difference, if any. */
export const explain = (seen: Seen): Explanation | undefined => {
  const found = explainers.find((explainer) => explainer.applies(seen));
  return found ? { id: found.id } : undefined;
};

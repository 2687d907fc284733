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
  /** The tags of the check that made the call (`note:<id>`, `version:<id>`: the facts it tests). */
  tags: readonly string[];
  /** The methods called since the previous call of this method (what a count moved with). */
  since: ReadonlySet<string>;
}

export const seenOf = (
  raw: RawDifference,
  method: string,
  call: Record<string, string>,
  a: Exchange | undefined,
  b: Exchange | undefined,
  tags: readonly string[],
  since: ReadonlySet<string>,
): Seen => ({
  tags,
  since,
  method,
  call,
  path: raw.path,
  a: raw.a,
  b: raw.b,
  bodyA: a?.answer?.body,
  bodyB: b?.answer?.body,
});

/** The first recorded fact that recognisably explains the difference, if any. */
export const explain = (seen: Seen): Explanation | undefined => {
  const found = explainers.find((explainer) => explainer.applies(seen));
  return found ? { id: found.id } : undefined;
};

/** The fact the check that made the call was written to test (its one `note:` or `version:` tag), said so. */
export const testedBy = (seen: Seen): Explanation | undefined => {
  const tested = seen.tags.filter((tag) => /^(note|version):/.test(tag));
  return tested.length === 1
    ? { id: (tested[0] as string).replace(/^\w+:/, ''), via: 'the check tests this fact' }
    : undefined;
};

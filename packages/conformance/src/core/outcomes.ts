import type { FindingInput } from './types.js';

/** Thrown by `t.skip()`: the check does not apply to this target. */
export class Skip extends Error {
  override readonly name = 'Skip';
}

/** Thrown once a check has recorded a finding it cannot go on after. */
export class Stop extends Error {
  override readonly name = 'Stop';
}

/**
 * Thrown when a value the check needs from a set-up call cannot be had (no success, or no usable ID
 * in it): the check is blocked by that call, not failed. The call's own checks report what is wrong
 * with it, once; the finding names the call, where the value was looked for, and what came.
 */
export class Blocked extends Error {
  override readonly name = 'Blocked';
  constructor(readonly finding: FindingInput) {
    super(`${finding.method}: ${finding.expected}`);
  }
}

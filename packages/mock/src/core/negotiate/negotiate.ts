import type { AnyMethod, ApiVersion, ErrorCode } from '@support-board/contract';
import { preferableCodes } from './codes.js';
import { type DocumentedExample, documentedExamples } from './documented.js';
import type { Preferences } from './prefer.js';

/** A mistake in how the mock is asked (not an API answer): HTTP 400, with what would have been valid. */
export interface UsageError {
  error: 'unknown-example' | 'unknown-code' | 'conflicting-preferences' | 'invalid-preference';
  message: string;
  function?: string;
  examples?: string[];
  codes?: string[];
}

/** What the caller asked for, whatever the method: delay, and the dynamic generator's switches. */
export interface Timing {
  delayMs: number;
  dynamic?: boolean;
  seed?: number;
  applied: string[];
}

/** What to answer: a named example, an error code, or what the mode makes (neither). */
export interface Choice {
  example?: DocumentedExample;
  code?: ErrorCode;
  applied: string[];
}

type Result<T> = { ok: true; value: T } | { ok: false; error: UsageError };
const usage = (error: UsageError['error'], message: string, more: Partial<UsageError> = {}) => ({
  ok: false as const,
  error: { error, message, ...more },
});

/** What a call without preferences gets (shared: nothing changes it). */
const NO_TIMING: Result<Timing> = { ok: true, value: { delayMs: 0, applied: [] } };
const NO_CHOICE: Result<Choice> = { ok: true, value: { applied: [] } };

export const readTiming = (preferences: Preferences, maxDelayMs: number): Result<Timing> => {
  if (preferences.size === 0) return NO_TIMING;
  const timing: Timing = { delayMs: 0, applied: [] };
  const delay = preferences.get('delay');
  if (delay !== undefined) {
    if (!/^\d{1,9}$/.test(delay)) return usage('invalid-preference', `delay must be milliseconds, e.g. delay=300.`);
    timing.delayMs = Math.min(Number(delay), maxDelayMs);
    timing.applied.push(`delay=${timing.delayMs}`);
  }
  const dynamic = preferences.get('dynamic');
  if (dynamic !== undefined) {
    if (dynamic !== 'true' && dynamic !== 'false') return usage('invalid-preference', 'dynamic must be true or false.');
    timing.dynamic = dynamic === 'true';
    timing.applied.push(`dynamic=${dynamic}`);
  }
  const seed = preferences.get('seed');
  if (seed !== undefined) {
    if (!/^\d{1,9}$/.test(seed)) return usage('invalid-preference', 'seed must be a whole number, e.g. seed=42.');
    timing.seed = Number(seed);
    timing.applied.push(`seed=${seed}`);
  }
  return { ok: true, value: timing };
};

/**
 * Picks the outcome a call asked for with `Prefer: example=<name>` (any named example of the method's
 * answer in the OpenAPI document, success or error) or `Prefer: code=<code>`. A name the method does not
 * have is a usage error that lists the valid ones.
 */
export const chooseOutcome = (
  method: AnyMethod,
  preferences: Preferences,
  version: ApiVersion = '3.0',
): Result<Choice> => {
  const exampleName = preferences.get('example');
  const code = preferences.get('code');
  // Most calls ask for neither: nothing to look up.
  if (exampleName === undefined && code === undefined) return NO_CHOICE;
  const documented = documentedExamples(method, version);
  const examples = documented.map((example) => example.name);
  const codes = preferableCodes(method, version);
  const valid = { function: method.name, examples, codes };
  if (exampleName !== undefined && code !== undefined) {
    return usage('conflicting-preferences', 'Ask for an example or a code, not both.', valid);
  }
  if (exampleName !== undefined) {
    const example = documented.find((candidate) => candidate.name === exampleName);
    if (!example) {
      return usage(
        'unknown-example',
        `${method.name} has no example "${exampleName}". Its examples: ${examples.join(', ')}.`,
        valid,
      );
    }
    return { ok: true, value: { example, applied: [`example=${example.name}`] } };
  }
  // Here only a code was asked for.
  if (!(codes as string[]).includes(code!)) {
    return usage('unknown-code', `${method.name} cannot answer "${code}". Its codes: ${codes.join(', ')}.`, valid);
  }
  return { ok: true, value: { code: code as ErrorCode, applied: [`code=${code}`] } };
};

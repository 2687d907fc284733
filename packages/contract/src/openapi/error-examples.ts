import { type Failure, failure } from '../answer.js';
import type { AnyMethod } from '../define.js';
import { type ErrorCode, errorCodes } from '../errors.js';
import { invalidArgument } from '../wire/decode.js';

/** Values the decoder refuses for some kind of argument (the last one is over any text's limit). */
const REFUSED_VALUES = ['abc', '{', '', 'x'.repeat(65_536)];

/**
 * The answer to an argument the method refuses, found by running the decoder on values it refuses:
 * the example is what a server answers, word for word. Undefined when no argument can be refused.
 */
const invalidArgumentAnswer = (method: AnyMethod) => {
  for (const [name, { spec }] of Object.entries(method.args)) {
    if (spec.invalidCode) continue;
    for (const wire of REFUSED_VALUES) {
      const decoded = spec.decode(wire);
      if (!decoded.ok) return invalidArgument(name, decoded.reason);
    }
  }
  return undefined;
};

export interface ErrorExample {
  code: ErrorCode;
  summary: string;
  description: string;
  /** The exact answer on the wire. */
  value: Failure;
}

/**
 * The errors a method can answer, each with its exact answer: the method's own codes, then the
 * dispatcher's that apply to it. The OpenAPI document shows them as named examples (`x-errors` lists
 * the codes) and the mock serves them for `Prefer: example=<code>`.
 */
export const errorExamples = (method: AnyMethod): ErrorExample[] => {
  const firstRequired = Object.entries(method.args).find(([, a]) => a.spec.required)?.[0];
  const answers = new Map<ErrorCode, Failure>();
  for (const code of method.errors) answers.set(code, failure(code));
  if (method.requires) answers.set('app-not-installed', failure('app-not-installed'));
  if (firstRequired) answers.set('missing-argument', failure('missing-argument', { argument: firstRequired }));
  const invalid = invalidArgumentAnswer(method);
  if (invalid) answers.set('invalid-argument', invalid);
  answers.set('invalid-token', failure('invalid-token'));
  return [...answers].map(([code, value]) => ({
    code,
    summary: `Error: ${code}`,
    description: errorCodes[code].description,
    value,
  }));
};

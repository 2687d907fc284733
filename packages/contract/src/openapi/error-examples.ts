import { type Failure, failure } from '../answer.js';
import type { AnyMethod } from '../define.js';
import { type ErrorCode, errorCodes } from '../errors.js';
import type { ApiVersion } from '../versions/define.js';
import { methodArgs, methodErrors } from '../versions/lookup.js';
import type { ArgMap } from '../wire/args.js';
import { invalidArgument } from '../wire/decode.js';

/** Values the decoder refuses for some kind of argument (the last one is over any text's limit). */
const REFUSED_VALUES = ['abc', '{', '', 'x'.repeat(65_536)];

/**
 * The answer to an argument the method refuses, found by running the decoder on values it refuses:
 * the example is what a server answers, word for word. Undefined when no argument can be refused.
 */
const invalidArgumentAnswer = (args: ArgMap) => {
  for (const [name, { spec }] of Object.entries(args)) {
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
 * The errors a method can answer in `version`, each with its exact answer: the method's own codes,
 * then the dispatcher's that apply to it. The OpenAPI document shows them as named examples
 * (`x-errors` lists the codes) and the mock serves them for `Prefer: example=<code>`.
 */
export const errorExamples = (method: AnyMethod, version: ApiVersion = '3.0'): ErrorExample[] => {
  const args = methodArgs(method, version);
  const firstRequired = Object.entries(args).find(([, a]) => a.spec.required)?.[0];
  const answers = new Map<ErrorCode, Failure>();
  for (const code of methodErrors(method, version)) answers.set(code, failure(code, {}, version));
  if (method.requires) answers.set('app-not-installed', failure('app-not-installed'));
  if (firstRequired) answers.set('missing-argument', failure('missing-argument', { argument: firstRequired }));
  const invalid = invalidArgumentAnswer(args);
  if (invalid) answers.set('invalid-argument', invalid);
  answers.set('invalid-token', failure('invalid-token', {}, version));
  return [...answers].map(([code, value]) => ({
    code,
    summary: `Error: ${code}`,
    description: errorCodes[code].description,
    value,
  }));
};

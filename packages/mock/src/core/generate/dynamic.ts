import {
  type AnyMethod,
  type ApiVersion,
  type Fields,
  responseExamples,
  responseSchema,
} from '@support-board/contract';
import { createRandom, hashText } from './random.js';
import { sample } from './sample.js';

export interface Generated {
  value: unknown;
  /** True when no generated value passed the schema and the documented example was served instead. */
  fallback: boolean;
}

const ATTEMPTS = 5;

/** The arguments of a call in a stable order, without the token: who asks does not change the answer. */
const canonicalFields = (fields: Fields) =>
  Object.keys(fields)
    .filter((key) => key !== 'token')
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join('&');

/**
 * A value made from the method's response schema in `version`, the same for the same seed and
 * request. Each value is checked against the schema; the documented example is the last resort
 * (never expected).
 */
export const generateDynamic = (
  method: AnyMethod,
  fields: Fields,
  seed: number,
  version: ApiVersion = '3.0',
): Generated => {
  const base = hashText(`${seed}|${method.name}|${canonicalFields(fields)}`);
  const schema = responseSchema(method, version);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const value = sample(schema, createRandom(base + attempt));
    if (schema.safeParse(value).success) return { value, fallback: false };
  }
  return { value: responseExamples(method, version)[0]?.value, fallback: true };
};

import { type AnyMethod, errorExamples, type Failure } from '@support-board/contract';

/** A named response example of an operation, as `Prefer: example=<name>` serves it. */
export type DocumentedExample =
  | { kind: 'success'; name: string; value: unknown }
  | { kind: 'failure'; name: string; failure: Failure };

const cache = new Map<string, DocumentedExample[]>();

/**
 * Every named example of a method's answer, in the order of the OpenAPI document (`/openapi.json`):
 * the successes, then each error the method can answer, whose value is the error's exact wire answer.
 */
export const documentedExamples = (method: AnyMethod): DocumentedExample[] => {
  let examples = cache.get(method.name);
  if (!examples) {
    examples = [
      ...method.examples.map(({ name, value }) => ({ kind: 'success' as const, name, value })),
      ...errorExamples(method).map(({ code, value }) => ({ kind: 'failure' as const, name: code, failure: value })),
    ];
    cache.set(method.name, examples);
  }
  return examples;
};

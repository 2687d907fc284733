import {
  type AnyMethod,
  type ApiVersion,
  errorExamples,
  type Failure,
  responseExamples,
} from '@support-board/contract';

/** A named response example of an operation, as `Prefer: example=<name>` serves it. */
export type DocumentedExample =
  | { kind: 'success'; name: string; value: unknown }
  | { kind: 'failure'; name: string; failure: Failure };

const cache = new Map<string, DocumentedExample[]>();

/**
 * Every named example of a method's answer in `version`, in the order of the OpenAPI document
 * (`/openapi.json`): the successes, then each error the method can answer, whose value is the
 * error's exact wire answer.
 */
export const documentedExamples = (method: AnyMethod, version: ApiVersion = '3.0'): DocumentedExample[] => {
  const key = `${version} ${method.name}`;
  let examples = cache.get(key);
  if (!examples) {
    examples = [
      ...responseExamples(method, version).map(({ name, value }) => ({ kind: 'success' as const, name, value })),
      ...errorExamples(method, version).map(({ code, value }) => ({
        kind: 'failure' as const,
        name: code,
        failure: value,
      })),
    ];
    cache.set(key, examples);
  }
  return examples;
};

/** The answer static mode serves: the method's first named example in `version`. */
export const staticExample = (method: AnyMethod, version: ApiVersion = '3.0') =>
  documentedExamples(method, version)[0] as Extract<DocumentedExample, { kind: 'success' }>;

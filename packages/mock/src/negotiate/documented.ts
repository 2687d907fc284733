import type { AnyMethod, Failure } from '@support-board/contract';
import { openApiText } from '../http/openapi.js';

/** A named response example of an operation, as `Prefer: example=<name>` serves it. */
export type DocumentedExample =
  | { kind: 'success'; name: string; value: unknown }
  | { kind: 'failure'; name: string; failure: Failure };

interface ExampleObject {
  value?: unknown;
}

interface Operation {
  operationId?: string;
  responses?: Record<string, { content?: Record<string, { examples?: Record<string, ExampleObject> }> }>;
}

let byOperation: Map<string, Record<string, ExampleObject>> | null | undefined;

/** operationId → the named examples of its answer, read once from the contract's built document. */
const documentExamples = () => {
  if (byOperation !== undefined) return byOperation ?? undefined;
  const text = openApiText();
  byOperation = null;
  if (!text) return undefined;
  const map = new Map<string, Record<string, ExampleObject>>();
  const document = JSON.parse(text) as { paths?: Record<string, Record<string, Operation>> };
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item)) {
      const examples = operation?.responses?.['200']?.content?.['application/json']?.examples;
      if (operation?.operationId && examples) map.set(operation.operationId, examples);
    }
  }
  byOperation = map;
  return map;
};

const isSuccess = (value: unknown): value is { success: true; response: unknown } =>
  typeof value === 'object' && value !== null && (value as { success?: unknown }).success === true;

/**
 * Every named example of a method's answer in the OpenAPI document (`/openapi.json`), in its order:
 * the successes, then each error code the operation lists, whose value is the error's exact wire answer.
 * A success is served from the contract's own example of that name when there is one (the document is
 * made from it). Without a built document, only the contract's success examples are known (`complete`
 * is then false).
 */
export const documentedExamples = (method: AnyMethod): { examples: DocumentedExample[]; complete: boolean } => {
  const documented = documentExamples()?.get(method.name);
  if (!documented) {
    const examples = method.examples.map((example) => ({
      kind: 'success' as const,
      name: example.name,
      value: example.value,
    }));
    return { examples, complete: false };
  }
  const examples = Object.entries(documented).map(([name, { value }]): DocumentedExample => {
    if (!isSuccess(value)) return { kind: 'failure', name, failure: value as Failure };
    const own = method.examples.find((example) => example.name === name);
    return { kind: 'success', name, value: own ? own.value : value.response };
  });
  return { examples, complete: true };
};

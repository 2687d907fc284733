import type { z } from 'zod';
import type { Finding } from './types.js';
import { jsonPath, show, valueAt } from './values.js';

type Issue = z.core.$ZodIssue;

const depth = (issues: Issue[]) => Math.max(...issues.map((issue) => issue.path.length));

/**
 * The issues of the union member the value came closest to: the one whose issues lie deepest
 * (it matched the outer structure), then the one with the fewest issues. A user object with a
 * numeric `id` is reported as `id` being wrong, not as "not `false`".
 */
const closestBranch = (branches: Issue[][]): Issue[] =>
  [...branches].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0] ?? [];

/** Flattens union and nested-element issues into leaf issues with full paths. */
const leaves = (issues: Issue[], prefix: PropertyKey[] = []): Issue[] =>
  issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) return leaves(closestBranch(issue.errors), path);
    if ((issue.code === 'invalid_key' || issue.code === 'invalid_element') && issue.issues.length > 0) {
      return leaves(issue.issues, issue.code === 'invalid_element' ? [...path, issue.key as PropertyKey] : path);
    }
    return [{ ...issue, path } as Issue];
  });

const expectedText = (issue: Issue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'never' ? 'no such key' : issue.expected;
    case 'invalid_value':
      return issue.values.length === 1
        ? JSON.stringify(issue.values[0])
        : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' && 'pattern' in issue ? `text matching ${issue.pattern}` : `a ${issue.format}`;
    case 'too_small':
      return `${issue.origin} of at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : ''}`;
    case 'too_big':
      return `${issue.origin} of at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''}`;
    case 'unrecognized_keys':
      return `no keys ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'one of the documented forms';
    default:
      return issue.message;
  }
};

/**
 * Findings for a value that does not match a contract schema, one per leaf issue, each with the
 * JSON path into the whole answer (`root` is where the value sits, e.g. `$.response`).
 */
export const schemaFindings = (
  schema: z.ZodType,
  value: unknown,
  context: { check: string; method?: string; root?: string; hint?: string },
): Finding[] => {
  const parsed = schema.safeParse(value);
  if (parsed.success) return [];
  return leaves(parsed.error.issues as Issue[]).map((issue) => ({
    check: context.check,
    ...(context.method ? { method: context.method } : {}),
    path: jsonPath(issue.path, context.root ?? '$.response'),
    expected: expectedText(issue),
    received: show(valueAt(value, issue.path)),
    ...(context.hint ? { hint: context.hint } : {}),
  }));
};

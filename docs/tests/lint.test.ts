import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildOpenApiDocument } from '../../packages/contract/src/openapi/document.js';
import { lint } from '../scripts/redocly.js';

const folder = mkdtempSync(join(tmpdir(), 'sb-docs-lint-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test("redocly lint passes on the contract's OpenAPI document with no error and no warning", () => {
  // The document as the contract builds it now (not a possibly stale dist/openapi.json).
  const document = join(folder, 'openapi.json');
  writeFileSync(document, JSON.stringify(buildOpenApiDocument()));
  const result = lint(document);
  const problems = result.problems.map(
    (problem) => `${problem.severity} ${problem.ruleId}: ${problem.message} (${problem.location[0]?.pointer})`,
  );
  expect(problems).toEqual([]);
  expect(result.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
});

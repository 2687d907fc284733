/**
 * The MSW code shown in the mock's README and in the docs' mock guide is the code of two tests
 * (example-msw.test.ts in Node, browser/app.ts in Chromium), word for word: each block follows a line
 * `<!-- example: <path from the repository's root> -->`.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const root = new URL('../../../', import.meta.url);
const EXAMPLES = ['packages/mock/tests/example-msw.test.ts', 'packages/mock/tests/browser/app.ts'];
const MARKED = /<!-- example: (\S+) -->\n\n```ts\n([\s\S]*?)```/g;

test.each(['packages/mock/README.md', 'docs/guides/06-mock.md'])(
  '%s shows the MSW examples as they are tested',
  (page) => {
    const shown = [...readFileSync(new URL(page, root), 'utf8').matchAll(MARKED)];
    expect(shown.map(([, path]) => path)).toEqual(EXAMPLES);
    for (const [, path, code] of shown) expect(code, path).toBe(readFileSync(new URL(path!, root), 'utf8'));
  },
);

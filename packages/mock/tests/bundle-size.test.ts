import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { bundle } from '../../../bundle.shared.js';

/**
 * The app of the browser test (browser/app.ts): the typed client and a stateful MSW mock, as a
 * development build carries them. The mock brings what it answers from (zod, every method's schemas
 * and examples, the stateful store and its demo data) and MSW its browser part (with tough-cookie
 * and tldts), about 950 KB minified, 240 KB gzipped: so it has its own limit. The typed client
 * alone stays under 10 KB (the contract's bundle test), and a production build leaves the mock out.
 */
const LIMIT = 300 * 1024;

test('an app with the typed client and a stateful MSW mock bundles for the browser, with no Node built-in', async () => {
  const app = await bundle(
    readFileSync(new URL('browser/app.ts', import.meta.url), 'utf8'),
    fileURLToPath(new URL('browser', import.meta.url)),
  );
  console.log(
    `typed client + stateful MSW mock app: ${app.minified} bytes minified, ${app.gzipped} bytes gzipped (limit ${LIMIT})`,
  );
  expect(app.gzipped).toBeLessThanOrEqual(LIMIT);
  expect(app.imports).toEqual([]);
  // The mock server's transport stays out: the handlers bring the core only.
  expect(app.inputs.filter((input) => /node_modules\/(hono|@hono)\/|\/src\/(app|server|cli)\.ts$/.test(input))).toEqual(
    [],
  );
});

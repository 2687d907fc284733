import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { bundle as bundleApp } from '../../../bundle.shared.js';

/** What a frontend developer ships for one call (issue 14): it must stay under 10 KB gzipped. */
const CLIENT_APP = `
import { createClient } from '@support-board/contract/client';
const client = createClient({ url: 'https://example.com/supportboard/include/api.php', token: 't' });
console.log(await client.call('get-user', { user_id: 1 }));
`;
const LIMIT = 10 * 1024;

const bundle = (app: string) => bundleApp(app, fileURLToPath(new URL('..', import.meta.url)));

const schemaInputs = (inputs: string[]) => inputs.filter((input) => /node_modules\/zod\/|\/src\/methods\//.test(input));

test('one call with the typed client bundles for the browser under 10 KB gzipped, with no schema in it', async () => {
  const app = await bundle(CLIENT_APP);
  console.log(`typed client app: ${app.minified} bytes minified, ${app.gzipped} bytes gzipped (limit ${LIMIT})`);
  expect(app.gzipped).toBeLessThanOrEqual(LIMIT);
  expect(schemaInputs(app.inputs)).toEqual([]);
  // Nothing left to import: no `node:` module, no external; plain fetch runs it anywhere.
  expect(app.imports).toEqual([]);
});

test('validating answers is an opt-in that brings the schemas', async () => {
  const app = await bundle(`
    import { createClient } from '@support-board/contract/client';
    import { validateResponse } from '@support-board/contract/client/validate';
    createClient({ url: 'https://example.com/api.php', token: 't', validateResponses: validateResponse });
  `);
  expect(schemaInputs(app.inputs).length).toBeGreaterThan(50);
});

test('one wire helper from the main entry point brings neither zod nor the method definitions', async () => {
  const app = await bundle(`
    import { encodeCall, errorAnswer, isFailure, wireName } from '@support-board/contract';
    console.log(encodeCall, errorAnswer, isFailure, wireName);
  `);
  expect(schemaInputs(app.inputs)).toEqual([]);
});

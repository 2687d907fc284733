import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { methodList } from '@support-board/contract';
import { createClient, SupportBoardError } from '@support-board/contract/client';
import { validateResponse } from '@support-board/contract/client/validate';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockApp } from '../src/app.js';
import { addPages, DOCS_BUILD } from '../src/http/pages.js';
import { resolveOptions } from '../src/options.js';
import { startTestMock, type TestMock, TOKEN } from './helpers/mock.js';

const here = dirname(fileURLToPath(import.meta.url));
const docsPage = join(here, '../../../docs/dist/index.html');

let mock: TestMock;
beforeAll(async () => {
  // The docs site is served from the copy the mock's build makes: build both when it is missing.
  if (!existsSync(join(here, '../dist/docs.html'))) execFileSync('sh', ['-c', DOCS_BUILD], { stdio: 'inherit' });
  mock = await startTestMock();
}, 180_000);
afterAll(() => mock.close());

describe('CORS: a page on any origin can call the mock', () => {
  test('the preflight of a POST with Prefer is answered', async () => {
    const response = await fetch(mock.apiUrl, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, prefer',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('prefer');
  });

  test('answers carry the origin and expose the X-Mock headers', async () => {
    const reply = await mock.post(
      { token: TOKEN, function: 'get-user', user_id: '1' },
      { origin: 'https://app.example.org', prefer: 'example=not-found' },
    );
    expect(reply.headers.get('access-control-allow-origin')).toBe('*');
    expect(reply.headers.get('access-control-expose-headers')).toContain('x-mock-example');
    const withoutOrigin = await mock.post({ token: TOKEN, function: 'get-user', user_id: '1' });
    expect(withoutOrigin.headers.get('access-control-allow-origin')).toBeNull();
    const document = await fetch(`${mock.url}/openapi.json`, { headers: { origin: 'https://app.example.org' } });
    expect(document.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('the pages around the API', () => {
  test('the OpenAPI document is the contract’s', async () => {
    const response = await fetch(`${mock.url}/openapi.json`);
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toHaveLength(methodList.length);
  });

  test('health, and the home page', async () => {
    expect(await (await fetch(`${mock.url}/health`)).json()).toEqual({
      status: 'ok',
      mode: 'static',
      methods: methodList.length,
      webhooks: 14,
    });
    const home = await fetch(`${mock.url}/`);
    expect(home.status).toBe(200);
    const page = await home.text();
    expect(page).toContain('Support Board Web API mock');
    expect(page).toContain('/openapi.json');
    expect(page).toContain('/include/api.php');
    expect(page).toContain('href="/docs"');
    expect((await fetch(`${mock.url}/nothing`)).status).toBe(404);
  });

  test('/docs is the docs site, as @support-board/docs builds it, carried by the mock', async () => {
    const response = await fetch(`${mock.url}/docs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const site = await response.text();
    expect(site).toBe(readFileSync(docsPage, 'utf8'));
    expect(site).toContain('<title>Support Board Web API: reference and guides</title>');
    // Its download link is relative: from /docs it reaches the mock's /openapi.json.
    expect(site).toContain('href="openapi.json"');
    const slash = await fetch(`${mock.url}/docs/`, { redirect: 'manual' });
    expect(slash.status).toBe(301);
    expect(slash.headers.get('location')).toBe('/docs');
  });

  test('/docs and /openapi.json travel compressed: the docs page is under 1 MB over the wire', async () => {
    for (const [path, limit] of [
      ['/docs', 1_000_000],
      ['/openapi.json', 200_000],
    ] as const) {
      const response = await fetch(`${mock.url}${path}`, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
      expect(response.headers.get('content-encoding'), path).toBe('br');
      expect(Number(response.headers.get('content-length')), path).toBeLessThan(limit);
    }
    // Node's fetch decompresses: the page is the docs package's, byte for byte.
    const page = await fetch(`${mock.url}/docs`, { headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(await page.text()).toBe(readFileSync(docsPage, 'utf8'));
  });

  test('without a built site, /docs says how to build it and / still helps', async () => {
    const app = new Hono();
    addPages(app, resolveOptions({ log: false }), () => undefined);
    const docs = await app.request('http://mock.test/docs');
    expect(docs.status).toBe(404);
    const text = await docs.text();
    expect(text).toContain('The docs site is not built');
    expect(text).toContain(DOCS_BUILD);
    expect(text).toContain('/include/api.php');
    const home = await (await app.request('http://mock.test/')).text();
    expect(home).not.toContain('The docs site is not built');
    expect(home).toContain(DOCS_BUILD);
  });
});

describe('the typed client of the contract against the mock', () => {
  test('calls answer typed values; errors throw SupportBoardError', async () => {
    const client = createClient({ url: mock.apiUrl, token: TOKEN, validateResponses: validateResponse });
    const user = await client.call('get-user', { user_id: 123456, extra: true });
    expect(user).toMatchObject({ first_name: 'John' });
    const refusing = createClient({
      url: mock.apiUrl,
      token: TOKEN,
      headers: { prefer: 'code=duplicate-email' },
    });
    await expect(refusing.call('add-user', { email: 'a@example.com' })).rejects.toMatchObject({
      code: 'duplicate-email',
    });
    await expect(refusing.call('add-user', {})).rejects.toBeInstanceOf(SupportBoardError);
  });
});

describe('createMockApp runs in process', () => {
  test('a failure of the mock itself is answered as internal-error, saying why', async () => {
    const app = createMockApp({ log: false });
    app.get('/boom', () => {
      throw new Error('a bug');
    });
    const response = await app.fetch(new Request('http://mock.test/boom'));
    expect(await response.json()).toMatchObject({ status: 'error', response: 'internal-error' });
    expect(response.headers.get('x-mock-reason')).toBe('a bug');
  });

  test('app.fetch answers without a server', async () => {
    const app = createMockApp({ log: false });
    const response = await app.fetch(
      new Request('http://mock.test/include/api.php', {
        method: 'POST',
        body: new URLSearchParams({ token: TOKEN, function: 'count-users' }),
      }),
    );
    expect(await response.json()).toEqual({
      success: true,
      response: { all: '335', lead: '288', user: '15', visitor: '28' },
    });
  });
});

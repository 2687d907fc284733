/**
 * What the server serves besides the API: /health, the contract's OpenAPI document, the docs site,
 * and the admin endpoint's body limit. The OpenAPI document and the docs site are build outputs of
 * their packages: they are built here first when missing (as `npm test` builds them anyway).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { methodList, webhookList } from '@support-board/contract';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readConfig } from '../../src/config.js';
import { testDatabaseKind } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..', '..', '..');
const openapiFile = join(root, 'packages', 'contract', 'dist', 'openapi.json');
const docsFile = join(root, 'docs', 'dist', 'index.html');
const tsx = require.resolve('tsx/cli');

let t: TestServer;
beforeAll(async () => {
  // The same commands as the packages' builds (the OpenAPI part of the contract's; the docs site's).
  if (!existsSync(openapiFile)) {
    execFileSync(process.execPath, [tsx, 'scripts/write-openapi.ts'], { cwd: dirname(dirname(openapiFile)) });
  }
  if (!existsSync(docsFile)) execFileSync(process.execPath, [tsx, 'scripts/build.ts'], { cwd: join(root, 'docs') });
  const base = readConfig({});
  t = await startTestServer({
    bodyLimit: 4096,
    webhooks: { ...base.webhooks, url: 'http://127.0.0.1:9/never-reached', key: 'k' },
  });
}, 180_000);
afterAll(() => t?.close());

describe('GET /health', () => {
  test('answers ok and which database serves once the server listens', async () => {
    const response = await fetch(`${t.server.url}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: 'ok', database: testDatabaseKind });
  });
});

describe('GET /openapi.json', () => {
  test("serves the contract's OpenAPI 3.1 document, with every method and webhook", async () => {
    const response = await fetch(`${t.server.url}/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    expect(text).toBe(readFileSync(openapiFile, 'utf8'));
    const document = JSON.parse(text) as {
      openapi: string;
      paths: Record<string, { post: { operationId: string } }>;
      webhooks: Record<string, unknown>;
    };
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(Object.values(document.paths).map((path) => path.post.operationId)).toEqual(
      methodList.map((method) => method.name),
    );
    expect(Object.keys(document.webhooks)).toHaveLength(webhookList.length);
  });
});

describe('GET /docs', () => {
  test('serves the docs site as one HTML page that embeds the API reference', async () => {
    const response = await fetch(`${t.server.url}/docs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toBe(readFileSync(docsFile, 'utf8'));
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('Support Board Web API');
    for (const method of ['get-user', 'search-conversations', 'send-message']) expect(html).toContain(method);
  });

  test('sends it compressed, under 1 MB over the wire, to a browser; API calls stay uncompressed', async () => {
    const response = await fetch(`${t.server.url}/docs`, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(Number(response.headers.get('content-length'))).toBeLessThan(1_000_000);
    expect(await response.text()).toBe(readFileSync(docsFile, 'utf8'));
    const call = await fetch(t.server.apiUrl, {
      method: 'POST',
      headers: { 'accept-encoding': 'br, gzip', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'function=get-users',
    });
    expect(call.headers.get('content-encoding')).toBeNull();
  });
});

describe('the admin endpoint has the same body limit as the API', () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${t.server.url}/admin/webhooks/user-deleted`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json', ...headers },
      body,
      duplex: 'half',
    } as RequestInit);
  const queued = async () => Number((await t.sql`SELECT count(*) AS n FROM webhook_deliveries`)[0]!.n);

  test('a body over BODY_LIMIT is refused with 413 and queues nothing', async () => {
    const before = await queued();
    const response = await post(JSON.stringify({ data: 'x'.repeat(8192) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'The request body is larger than 4096 bytes.' });
    expect(await queued()).toBe(before);
  });

  test('a chunked body (no Content-Length) over the limit too', async () => {
    const before = await queued();
    const chunk = new TextEncoder().encode(' '.repeat(1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ === 0) controller.enqueue(new TextEncoder().encode('{"data":"42"'));
        else if (sent < 64) controller.enqueue(chunk);
        else {
          controller.enqueue(new TextEncoder().encode('}'));
          controller.close();
        }
      },
    });
    const response = await post(body);
    expect(response.status).toBe(413);
    expect(await queued()).toBe(before);
  });

  test('a body within the limit is read and the webhook queued', async () => {
    const before = await queued();
    const response = await post(JSON.stringify({ data: '42' }));
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ webhook: 'user-deleted' });
    expect(await queued()).toBe(before + 1);
  });
});

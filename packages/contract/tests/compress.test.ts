import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, test } from 'vitest';
import { compressText } from '../src/node/compress.js';

const page = `<!doctype html><title>Docs</title>${'<p>The Support Board Web API.</p>'.repeat(2000)}`;

const app = new Hono();
app.use('*', compressText());
app.get('/docs', (c) => c.html(page));
app.get('/small', (c) => c.text('ok'));
app.get('/image', (c) => c.body(new Uint8Array(4096), 200, { 'content-type': 'image/png' }));
app.post('/include/api.php', (c) => c.json({ success: true, response: page }));

const get = (path: string, headers: Record<string, string> = {}) => app.request(`http://mock.test${path}`, { headers });
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe('compressText', () => {
  test('sends a text answer in brotli when the client accepts it, and the same page decompressed', async () => {
    const response = await get('/docs', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const body = await bytes(response);
    expect(Number(response.headers.get('content-length'))).toBe(body.byteLength);
    expect(body.byteLength).toBeLessThan(page.length / 20);
    expect(brotliDecompressSync(body).toString()).toBe(page);
  });

  test('sends gzip to a client that accepts only gzip, or refuses brotli with q=0', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip']) {
      const response = await get('/docs', { 'accept-encoding': accept });
      expect(response.headers.get('content-encoding'), accept).toBe('gzip');
      expect(gunzipSync(await bytes(response)).toString()).toBe(page);
    }
  });

  test('sends the page as it is to a client that accepts no encoding', async () => {
    const variants: Record<string, string>[] = [
      {},
      { 'accept-encoding': 'identity' },
      { 'accept-encoding': 'br;q=0, gzip;q=0' },
    ];
    for (const headers of variants) {
      const response = await get('/docs', headers);
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(await response.text()).toBe(page);
    }
  });

  test('compresses each body once: a second answer is the same bytes', async () => {
    const first = await bytes(await get('/docs', { 'accept-encoding': 'br' }));
    const second = await bytes(await get('/docs', { 'accept-encoding': 'br' }));
    expect(second.equals(first)).toBe(true);
  });

  test('answers 304 to a client that has the page (its ETag), with no body', async () => {
    const first = await get('/docs', { 'accept-encoding': 'br' });
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get('/docs', { 'accept-encoding': 'br', 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await get('/docs', { 'if-none-match': '"other"' })).status).toBe(200);
  });

  test('leaves small answers, binary answers and API calls (POST) uncompressed', async () => {
    for (const path of ['/small', '/image']) {
      const response = await get(path, { 'accept-encoding': 'br, gzip' });
      expect(response.headers.get('content-encoding'), path).toBeNull();
    }
    const call = await app.request('http://mock.test/include/api.php', {
      method: 'POST',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(call.headers.get('content-encoding')).toBeNull();
    expect(((await call.json()) as { response: string }).response).toBe(page);
    expect(await (await get('/small', { 'accept-encoding': 'br' })).text()).toBe('ok');
  });
});

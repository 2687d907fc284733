import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Below this, compressing saves less than the headers it adds. */
const MIN_BYTES = 1024;
const TEXT = /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml|[^;]*\+(json|xml))/i;
/** Compressed bodies kept, by content: the few static pages (docs, OpenAPI document) and some recent others. */
const CACHE_SIZE = 16;

type Encoding = 'br' | 'gzip';

/** The best encoding the client accepts (`Accept-Encoding`, where `;q=0` refuses one). */
const chooseEncoding = (header: string | undefined): Encoding | undefined => {
  const accepted = new Set(
    (header ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? ''))
      .map(([name]) => name),
  );
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : undefined;
};

const compress = (body: Uint8Array, encoding: Encoding) =>
  encoding === 'br'
    ? brotli(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
      })
    : gzipped(body);

/**
 * Compresses the text answers around the API (the docs page, the OpenAPI document, the home page) with
 * brotli or gzip, as the client accepts, and tags them with an ETag so that a reader's second visit is
 * a 304. The docs page is 3.2 MB of HTML and about 0.75 MB in brotli. Each body is compressed once:
 * its compressed forms are kept by content hash, so serving /docs again costs a hash, not 90 ms of brotli.
 * Only GET answers are compressed: API calls (POST) stay as they are, small, and the hot path (the
 * reference server mounts it on its pages only, which keeps calls off Hono's middleware chain). The reference server and the mock
 * both serve their pages through it; it is Node's (node:zlib), so it has its own entry point
 * (`@support-board/contract/compress`), out of the contract's browser-safe index.
 */
export const compressText = (): MiddlewareHandler => {
  const cache = new Map<string, Uint8Array<ArrayBuffer>>();
  const remember = (key: string, body: Uint8Array<ArrayBuffer>) => {
    cache.set(key, body);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  };
  return async (c, next) => {
    await next();
    const { res } = c;
    if (
      c.req.method !== 'GET' ||
      res.status !== 200 ||
      !res.body ||
      res.headers.has('content-encoding') ||
      !TEXT.test(res.headers.get('content-type') ?? '')
    ) {
      return;
    }
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    const hash = createHash('sha1').update(body).digest('base64url');
    const etag = `"${hash}"`;
    headers.set('etag', etag);
    headers.append('vary', 'Accept-Encoding');
    if (c.req.header('if-none-match') === etag) {
      headers.delete('content-length');
      c.res = new Response(null, { status: 304, headers });
      return;
    }
    const encoding = body.byteLength >= MIN_BYTES ? chooseEncoding(c.req.header('accept-encoding')) : undefined;
    if (!encoding) {
      c.res = new Response(body, { status: res.status, headers });
      return;
    }
    const key = `${encoding}:${hash}`;
    let compressed = cache.get(key);
    if (!compressed) {
      compressed = new Uint8Array(await compress(body, encoding));
      remember(key, compressed);
    }
    headers.set('content-encoding', encoding);
    headers.set('content-length', String(compressed.byteLength));
    c.res = new Response(compressed, { status: res.status, headers });
  };
};

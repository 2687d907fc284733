/**
 * Findings 9 to 11 of the security review, on the mock server and its MSW handlers: body limits
 * however the body is framed, caller input echoed into headers, and web pages driving a local mock.
 */
import { request as httpRequest } from 'node:http';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHandlers } from '../src/msw.js';
import { adminFetch, startTestMock, type TestMock, TOKEN } from './helpers/mock.js';

const MB = 1024 * 1024;

/** A body sent in chunks, without Content-Length (`Transfer-Encoding: chunked` over HTTP/1.1). */
const chunked = (size: number, prefix = `token=${TOKEN}&function=get-user&user_id=1&pad=`) => {
  let sent = 0;
  const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(prefix));
    },
    pull(controller) {
      if (sent >= size) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
};

const postChunked = (url: string, size: number, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: chunked(size),
    duplex: 'half',
  } as RequestInit);

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock({ mode: 'stateful', token: TOKEN });
});
afterAll(() => mock.close());

describe('the body limit holds however the body is framed', () => {
  test('a chunked body past 1 MiB answers request-too-large; one within it is read', async () => {
    const large = await postChunked(mock.apiUrl, 3 * MB);
    expect(await large.json()).toMatchObject({ status: 'error', response: 'request-too-large' });
    const small = await postChunked(mock.apiUrl, 64 * 1024);
    expect(await small.json()).toMatchObject({ success: true });
  });

  test('on the admin endpoints too: HTTP 413', async () => {
    const response = await postChunked(`${mock.url}/admin/webhooks/login`, 3 * MB, {
      authorization: `Bearer ${TOKEN}`,
    });
    expect(response.status).toBe(413);
  });

  test('in the MSW handlers', async () => {
    const server = setupServer(...createHandlers({ baseUrl: 'https://example.com/sb' }));
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const response = await postChunked('https://example.com/sb/include/api.php', 3 * MB);
      expect(await response.json()).toMatchObject({ response: 'request-too-large' });
    } finally {
      server.close();
    }
  });
});

describe('what a caller sends is echoed into headers only in a safe, bounded form', () => {
  test('a lone surrogate in function answers function-not-found, not internal-error', async () => {
    // JSON carries a lone surrogate as `\ud800` (a form's UTF-8 cannot).
    const response = await fetch(mock.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"token":"${TOKEN}","function":"get-user\\ud800"}`,
    });
    expect(await response.json()).toMatchObject({ response: 'function-not-found' });
    expect(response.headers.get('x-mock-reason')).toBe('no method is named get-user%EF%BF%BD');
  });

  test('a 200 KB function name gives a header of at most 512 characters', async () => {
    const reply = await mock.post({ token: TOKEN, function: 'f'.repeat(200_000) });
    expect(reply.body).toMatchObject({ response: 'function-not-found' });
    const reason = reply.headers.get('x-mock-reason')!;
    expect(reason.length).toBeLessThanOrEqual(512);
    expect(reason).toMatch(/^no method is named f+\.\.\.$/);
  });
});

describe('web pages cannot drive the mock', () => {
  test('a preflight to an admin endpoint grants no origin', async () => {
    const response = await fetch(`${mock.url}/admin/reset`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://attacker.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('an admin call from a browser is refused with 403, with the right token too; a tool is served', async () => {
    const browsers: Record<string, string>[] = [
      { origin: 'http://localhost:4010' },
      { 'sec-fetch-site': 'same-origin' },
    ];
    for (const headers of browsers) {
      const response = await adminFetch(mock, '/admin/reset', { method: 'POST', headers });
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    expect((await adminFetch(mock, '/admin/reset', { method: 'POST' })).status).toBe(200);
  });

  test('CSV links name the address the mock listens on, not the Host header', async () => {
    const body = new URLSearchParams({ token: TOKEN, function: 'csv-users' }).toString();
    const answer = await new Promise<string>((resolve, reject) => {
      const request = httpRequest(mock.apiUrl, {
        method: 'POST',
        headers: { host: 'attacker.example', 'content-type': 'application/x-www-form-urlencoded' },
      });
      request.on('response', async (response) => {
        let text = '';
        for await (const chunk of response) text += chunk;
        resolve(text);
      });
      request.on('error', reject);
      request.end(body);
    });
    expect(JSON.parse(answer).response).toMatch(new RegExp(`^${mock.url}/uploads/`));
  });
});

/**
 * The MSW handlers in Node (`setupServer` from `msw/node`), called as an app calls a real
 * installation: at https://example.com/supportboard/include/api.php, with the typed client and with
 * plain fetch. Nothing listens anywhere: an unhandled request fails the test.
 */
import { createClient, SupportBoardError } from '@support-board/contract/client';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createHandlers, type HandlersOptions } from '../src/msw.js';
import { callerOf, TOKEN } from './helpers/mock.js';
import { sweepStateful } from './sweeps/stateful.js';
import { sweepStatic } from './sweeps/static.js';

const BASE = 'https://example.com/supportboard';
const API = `${BASE}/include/api.php`;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** Handlers of their own for the tests of one describe block. */
const useHandlers = (options: HandlersOptions) => {
  const handlers = createHandlers(options);
  beforeAll(() => server.resetHandlers(...handlers));
  return handlers;
};

const post = (fields: Record<string, string>, headers: Record<string, string> = {}, url = API) =>
  fetch(url, { method: 'POST', body: new URLSearchParams(fields), headers });

describe('stateful handlers with the typed client and with plain fetch', () => {
  const handlers = useHandlers({ mode: 'stateful' });
  beforeEach(() => handlers.reset());
  const client = createClient({ url: API, token: TOKEN });

  test('a write, then a read that sees it', async () => {
    const id = await client.call('add-user', { first_name: 'Ann', last_name: 'Lee', email: 'ann@example.com' });
    expect(await client.call('get-user', { user_id: id })).toMatchObject({
      first_name: 'Ann',
      email: 'ann@example.com',
    });
    const found = await post({ token: TOKEN, function: 'search-users', search: 'ann@example.com' });
    expect(found.headers.get('x-mock-mode')).toBe('stateful');
    expect(await found.json()).toMatchObject({ success: true, response: [{ id: String(id), last_name: 'Lee' }] });
  });

  test('an error example chosen with Prefer, in its exact shape', async () => {
    const refusing = createClient({ url: API, token: TOKEN, headers: { prefer: 'example=duplicate-email' } });
    const error = await refusing.call('add-user', { email: 'ann@example.com' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SupportBoardError);
    expect(error).toMatchObject({ code: 'duplicate-email', answer: { success: false, response: 'duplicate-email' } });
    const response = await post({ token: TOKEN, function: 'get-user', user_id: '5' }, { prefer: 'code=db-error' });
    expect(response.headers.get('x-mock-code')).toBe('db-error');
    expect(await response.json()).toMatchObject({ status: 'error', response: 'db-error' });
  });

  test('a bad argument is refused, named in the answer and the headers', async () => {
    const response = await post({ token: TOKEN, function: 'get-user', user_id: 'abc' });
    expect(response.headers.get('x-mock-invalid-argument')).toBe('user_id');
    expect(response.headers.get('x-mock-reason')).toContain('expected an ID');
    expect(await response.json()).toMatchObject({ status: 'error', response: 'invalid-argument', argument: 'user_id' });
    await expect(client.call('get-user', { user_id: 'abc' as never })).rejects.toMatchObject({
      code: 'invalid-argument',
    });
  });

  test('reset() brings the demo data back; each handler set has its own store', async () => {
    const before = await client.call('count-users');
    await client.call('add-user', { email: 'new@example.com' });
    expect(Number((await client.call('count-users')).all)).toBe(Number(before.all) + 1);
    handlers.reset();
    expect(await client.call('count-users')).toEqual(before);
    const other = createHandlers({ mode: 'stateful' });
    server.use(...other);
    await client.call('add-user', { email: 'other@example.com' });
    server.resetHandlers(...handlers);
    expect(await client.call('count-users')).toEqual(before);
  });

  test('a CSV export links to the installation, and the link downloads', async () => {
    const link = await client.call('csv-users');
    expect(link).toMatch(new RegExp(`^${BASE}/uploads/[0-9a-f]{24}/users\\.csv\\?v=\\d+$`));
    const file = await fetch(link as string);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=UTF-8');
    expect(await file.text()).toMatch(/^ID,First Name,Last Name,Email/);
  });
});

describe('options: the token, the version, the URL, the modes', () => {
  test('with token, any other token is refused, as by the API', async () => {
    server.resetHandlers(...createHandlers({ token: 's3cret' }));
    expect(await (await post({ token: 'other', function: 'count-users' })).json()).toMatchObject({
      response: 'invalid-token',
    });
    expect(await (await post({ token: 's3cret', function: 'count-users' })).json()).toMatchObject({ success: true });
  });

  test("apiVersion 3.3 answers 3.3's method names, 3.0 does not know them", async () => {
    server.resetHandlers(...createHandlers({ apiVersion: '3.3' }));
    const v33 = createClient({ url: API, token: TOKEN, apiVersion: '3.3' });
    await expect(v33.request('wp-synch')).resolves.toMatchObject({ success: true });
    server.resetHandlers(...createHandlers({}));
    expect(await (await post({ token: TOKEN, function: 'wp-sync' })).json()).toMatchObject({
      response: 'function-not-found',
    });
  });

  test('without baseUrl, any URL ending in /include/api.php; with it, only that installation', async () => {
    server.resetHandlers(...createHandlers({}));
    const anywhere = await post({ token: TOKEN, function: 'count-users' }, {}, 'http://localhost:3000/include/api.php');
    expect(anywhere.headers.get('x-mock-mode')).toBe('static');
    server.resetHandlers(...createHandlers({ baseUrl: BASE }));
    expect((await post({ token: TOKEN, function: 'count-users' })).status).toBe(200);
    // onUnhandledRequest: 'error' makes fetch fail for a URL no handler answers.
    await expect(
      post({ token: TOKEN, function: 'count-users' }, {}, 'https://other.example/include/api.php'),
    ).rejects.toThrow();
  });

  test('dynamic mode: the same seed gives the same answer', async () => {
    server.resetHandlers(...createHandlers({ mode: 'dynamic', seed: 7 }));
    const first = await post({ token: TOKEN, function: 'get-conversations' });
    expect(first.headers.get('x-mock-seed')).toBe('7');
    const again = await post({ token: 'someone-else', function: 'get-conversations' });
    expect(await again.json()).toEqual(await first.json());
  });

  test("files under /uploads/ that are not the mock's exports are left to other handlers", async () => {
    server.resetHandlers(
      ...createHandlers({ mode: 'stateful' }),
      http.get('https://cdn.example.com/*', () => new Response('the app’s own handler')),
    );
    const file = await fetch('https://cdn.example.com/uploads/2025/photo.png');
    expect(await file.text()).toBe('the app’s own handler');
  });

  test('a preflight is answered as by the mock server', async () => {
    server.resetHandlers(...createHandlers({}));
    const response = await fetch(API, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.org', 'access-control-request-headers': 'content-type, prefer' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type, prefer');
  });
});

describe('through MSW, static handlers', () => {
  useHandlers({});
  sweepStatic(() => callerOf(API));
});

describe('through MSW, stateful handlers', () => {
  useHandlers({ mode: 'stateful' });
  sweepStateful(() => callerOf(API));
});

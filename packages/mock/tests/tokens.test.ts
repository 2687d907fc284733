import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminFetch, startTestMock, type TestMock, TOKEN } from './helpers/mock.js';

const ADMIN_TOKEN = 'the-admin-token';
const INVALID = {
  status: 'error',
  response: 'invalid-token',
  message: 'It looks like the token is invalid, please make sure you are using a token from an admin user.',
};

let open: TestMock;
let guarded: TestMock;
beforeAll(async () => {
  open = await startTestMock({ mode: 'stateful' });
  guarded = await startTestMock({ mode: 'stateful', token: ADMIN_TOKEN });
});
afterAll(async () => {
  await open.close();
  await guarded.close();
});

const countUsers = (mock: TestMock, token: string) => mock.post({ token, function: 'count-users' });
const tokenOf = async (mock: TestMock, userId: number) =>
  (await mock.post({ token: ADMIN_TOKEN, function: 'get-user', user_id: String(userId) })).body.response
    .token as string;

describe('the admin endpoints ask for Authorization: Bearer <token>', () => {
  test.each([
    ['GET', '/admin/webhooks'],
    ['POST', '/admin/webhooks/login'],
    ['POST', '/admin/reset'],
  ])('%s %s without a token, with an empty one or another scheme: 401 and a JSON error', async (method, path) => {
    for (const authorization of [undefined, 'Bearer', 'Bearer   ', `Basic ${btoa('admin:x')}`]) {
      const response = await fetch(`${open.url}${path}`, {
        method,
        headers: authorization === undefined ? {} : { authorization },
      });
      expect(response.status, `${method} ${path} with ${authorization}`).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.json()).toEqual({ error: expect.stringContaining('Authorization: Bearer <token>') });
    }
  });

  test('a refused reset changes nothing; any non-empty token resets', async () => {
    expect((await open.call('delete-user', { user_id: 5 })).body).toEqual({ success: true, response: true });
    expect((await fetch(`${open.url}/admin/reset`, { method: 'POST' })).status).toBe(401);
    expect((await open.call('get-user', { user_id: 5 })).body.response).toBe(false);
    const reset = await adminFetch(open, '/admin/reset', { method: 'POST' }, 'anything');
    expect(await reset.json()).toEqual({ reset: true });
    expect((await open.call('get-user', { user_id: 5 })).body.response).toMatchObject({ first_name: 'Don' });
  });

  test('with --token, only that token (or a stored admin’s) opens them', async () => {
    expect((await adminFetch(guarded, '/admin/webhooks', {}, TOKEN)).status).toBe(401);
    expect((await adminFetch(guarded, '/admin/webhooks', {}, 'wrong')).status).toBe(401);
    expect((await adminFetch(guarded, '/admin/webhooks', {}, ADMIN_TOKEN)).status).toBe(200);
    expect((await adminFetch(guarded, '/admin/webhooks', {}, await tokenOf(guarded, 1))).status).toBe(200);
    expect((await adminFetch(guarded, '/admin/webhooks', {}, await tokenOf(guarded, 2))).status).toBe(401);
  });

  test('the CSV exports stay public: their URLs are answers of the API', async () => {
    const url = (await open.call('csv-users')).body.response as string;
    const download = await fetch(url);
    expect(download.status).toBe(200);
    expect(await download.text()).toMatch(/^ID,First Name,/);
  });
});

describe('the API token', () => {
  test('without --token, any non-empty token is an admin’s', async () => {
    for (const token of [TOKEN, 'f'.repeat(40), '" OR "1"="1'])
      expect((await countUsers(open, token)).body.success).toBe(true);
    // An empty token is sent all the same (PHP's isset()), and it is nobody's.
    expect((await countUsers(open, '')).body).toMatchObject({ status: 'error', response: 'invalid-token' });
  });

  test('with --token, any other token answers invalid-token, saying why', async () => {
    for (const token of [TOKEN, 'f'.repeat(40), '" OR "1"="1', `${ADMIN_TOKEN} `]) {
      const reply = await countUsers(guarded, token);
      expect(reply.body, token).toEqual(INVALID);
      expect(reply.headers.get('x-mock-code')).toBe('invalid-token');
      expect(reply.headers.get('x-mock-reason')).toContain('--token');
    }
    expect((await countUsers(guarded, ADMIN_TOKEN)).body.success).toBe(true);
  });

  test('stateful mode takes its admins’ tokens too, not an agent’s', async () => {
    expect((await countUsers(guarded, await tokenOf(guarded, 1))).body.success).toBe(true);
    expect((await countUsers(guarded, await tokenOf(guarded, 2))).body).toEqual(INVALID);
    const added = await guarded.post({ token: ADMIN_TOKEN, function: 'add-user', user_type: 'admin' });
    const id = added.body.response as number;
    expect((await countUsers(guarded, await tokenOf(guarded, id))).body.success).toBe(true);
    await guarded.post({ token: ADMIN_TOKEN, function: 'delete-user', user_id: String(id) });
  });

  test('in the original order: the function first, the token before the arguments', async () => {
    const unknown = await guarded.post({ token: 'wrong', function: 'get-everything' });
    expect(unknown.body).toMatchObject({ status: 'error', response: 'function-not-found' });
    const missing = await guarded.post({ token: 'wrong', function: 'get-user' });
    expect(missing.body).toEqual(INVALID);
    const asked = await guarded.post(
      { token: 'wrong', function: 'get-user', user_id: '1' },
      { prefer: 'example=not-found' },
    );
    expect(asked.body).toEqual(INVALID);
  });

  test('static mode with --token: that token only', async () => {
    const staticMock = await startTestMock({ token: ADMIN_TOKEN });
    expect((await countUsers(staticMock, TOKEN)).body).toEqual(INVALID);
    expect((await countUsers(staticMock, ADMIN_TOKEN)).body.success).toBe(true);
    await staticMock.close();
  });
});

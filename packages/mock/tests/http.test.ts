import { methodList } from '@support-board/contract';
import { createClient, SupportBoardError } from '@support-board/contract/client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockApp } from '../src/app.js';
import { startTestMock, type TestMock, TOKEN } from './helpers/mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
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

  test('health, the home page and /docs', async () => {
    expect(await (await fetch(`${mock.url}/health`)).json()).toEqual({
      status: 'ok',
      mode: 'static',
      methods: methodList.length,
      webhooks: 14,
    });
    for (const path of ['/', '/docs']) {
      const page = await (await fetch(`${mock.url}${path}`)).text();
      expect(page).toContain('/openapi.json');
      expect(page).toContain('/include/api.php');
    }
    expect((await fetch(`${mock.url}/nothing`)).status).toBe(404);
  });
});

describe('the typed client of the contract against the mock', () => {
  test('calls answer typed values; errors throw SupportBoardError', async () => {
    const client = createClient({ url: mock.apiUrl, token: TOKEN, validateResponses: true });
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

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestMock, type TestMock, TOKEN } from './helpers/mock.js';
import { documented, sweepStatic } from './sweeps/static.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

sweepStatic(() => mock);

describe('Prefer: example=<name> in the log and in every mode', () => {
  test("the issue's example: add-user, Prefer: example=duplicate-email, logged as such", async () => {
    const lines: string[] = [];
    const logging = await startTestMock({ log: (line) => lines.push(line) });
    const reply = await logging.call('add-user', { email: 'don@example.com' }, { prefer: 'example=duplicate-email' });
    await logging.close();
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ success: false, response: 'duplicate-email' });
    expect(reply.headers.get('x-mock-example')).toBe('duplicate-email');
    expect(reply.headers.get('x-mock-code')).toBe('duplicate-email');
    expect(lines.join('\n')).toMatch(/add-user\s+example=duplicate-email/);
  });

  test('in dynamic and stateful modes too', async () => {
    for (const mode of ['dynamic', 'stateful'] as const) {
      const other = await startTestMock({ mode });
      const reply = await other.call('get-user', { user_id: 5 }, { prefer: 'example=invalid-token' });
      await other.close();
      expect(reply.body).toEqual(documented.get('get-user')?.['invalid-token']?.value);
      expect(reply.headers.get('x-mock-example')).toBe('invalid-token');
    }
  });
});

describe('mock usage errors are HTTP 400 and name what is valid', () => {
  test('an unknown example', async () => {
    const reply = await mock.call('get-user', { user_id: 1 }, { prefer: 'example=missing' });
    expect(reply.status).toBe(400);
    expect(reply.headers.get('x-mock-error')).toBe('unknown-example');
    expect(reply.body).toMatchObject({
      status: 'mock-error',
      error: 'unknown-example',
      function: 'get-user',
      examples: Object.keys(documented.get('get-user') ?? {}),
    });
    expect(reply.body.examples).toEqual(expect.arrayContaining(['user', 'not-found', 'invalid-token']));
    expect(reply.body.message).toContain('user, not-found, ');
  });

  test('a code the method cannot answer', async () => {
    const reply = await mock.call('get-user', { user_id: 1 }, { prefer: 'code=duplicate-email' });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: 'unknown-code' });
    expect(reply.body.codes).toContain('invalid-token');
  });

  test('a bad delay, and an example with a code', async () => {
    expect((await mock.call('get-user', { user_id: 1 }, { prefer: 'delay=later' })).status).toBe(400);
    const both = await mock.call('get-user', { user_id: 1 }, { prefer: 'example=user, code=db-error' });
    expect(both.body.error).toBe('conflicting-preferences');
  });
});

describe('a refused call is answered as the API would, whatever Prefer asks', () => {
  test('bad arguments with an unknown example, a foreign code, both, or a bad delay', async () => {
    const prefers = ['example=nope', 'code=duplicate-email', 'example=user, code=db-error', 'delay=later, seed=x'];
    for (const prefer of prefers) {
      const malformed = await mock.post({ token: TOKEN, function: 'get-user', user_id: 'abc' }, { prefer });
      expect(malformed.status, prefer).toBe(200);
      expect(malformed.body, prefer).toMatchObject({
        status: 'error',
        response: 'invalid-argument',
        argument: 'user_id',
      });
      expect(malformed.headers.get('x-mock-error'), prefer).toBeNull();
      const missing = await mock.post({ token: TOKEN, function: 'get-user' }, { prefer });
      expect(missing.body, prefer).toMatchObject({ response: 'missing-argument', argument: 'user_id' });
      const unknown = await mock.post({ token: TOKEN, function: 'get-everything' }, { prefer });
      expect(unknown.body, prefer).toMatchObject({ response: 'function-not-found' });
    }
  });

  test('a refused token, whatever Prefer asks', async () => {
    const guarded = await startTestMock({ token: 's3cret' });
    const reply = await guarded.post(
      { token: 'other', function: 'get-user', user_id: '1' },
      { prefer: 'example=nope' },
    );
    await guarded.close();
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'error', response: 'invalid-token' });
  });

  test('a valid delay still applies to a refused call; the same preferences on a valid call are mock errors', async () => {
    const started = Date.now();
    const refused = await mock.post({ token: TOKEN, function: 'get-user' }, { prefer: 'delay=150, example=nope' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(refused.body.response).toBe('missing-argument');
    expect(refused.headers.get('preference-applied')).toBe('delay=150');
    const valid = await mock.post({ token: TOKEN, function: 'get-user', user_id: '1' }, { prefer: 'example=nope' });
    expect(valid.status).toBe(400);
    expect(valid.body.error).toBe('unknown-example');
  });
});

describe('Prefer: delay', () => {
  test('waits, together with an example', async () => {
    const started = Date.now();
    const reply = await mock.call('get-user', { user_id: 1 }, { prefer: 'example=not-found, delay=250' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    expect(reply.body).toEqual({ success: true, response: false });
    expect(reply.headers.get('preference-applied')).toBe('delay=250, example=not-found');
  });
});

describe('the wire protocol', () => {
  test('multipart and JSON bodies are read like forms', async () => {
    const form = new FormData();
    form.set('token', TOKEN);
    form.set('function', 'get-user');
    form.set('user_id', '5');
    const multipart = await fetch(mock.apiUrl, { method: 'POST', body: form });
    expect(await multipart.json()).toMatchObject({ success: true });
    const json = await fetch(mock.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: TOKEN, function: 'get-users', user_types: ['user'], pagination: 0 }),
    });
    expect(await json.json()).toMatchObject({ success: true });
  });

  test("the dispatcher's checks, in the original's order", async () => {
    const get = await fetch(mock.apiUrl);
    expect(await get.json()).toMatchObject({ status: 'error', response: 'missing-function-name' });
    expect(get.headers.get('x-mock-reason')).toContain('POST');
    const unknown = await mock.post({ function: 'get-everything' });
    expect(unknown.body).toEqual({
      status: 'error',
      response: 'function-not-found',
      message: 'Function get-everything not found. Check the function name.',
    });
    const noToken = await mock.post({ function: 'get-user', user_id: '1' });
    expect(noToken.body).toMatchObject({ status: 'error', response: 'token-not-found' });
    const anyToken = await mock.post({ token: 'anything', function: 'get-user', user_id: '1' });
    expect(anyToken.body.success).toBe(true);
  });

  test('a body over the limit answers request-too-large', async () => {
    const reply = await mock.post({ token: TOKEN, function: 'get-user', user_id: '1', pad: 'x'.repeat(3_000_000) });
    expect(reply.body).toMatchObject({
      status: 'error',
      response: 'request-too-large',
      message: 'The request body is larger than 1048576 bytes.',
    });
  });
});

describe('invalid arguments are answered precisely and named in headers', () => {
  test('a malformed value: invalid-argument with the reason', async () => {
    const reply = await mock.post({ token: TOKEN, function: 'get-user', user_id: 'abc' });
    expect(reply.body).toMatchObject({ response: 'invalid-argument', argument: 'user_id' });
    expect(reply.headers.get('x-mock-invalid-argument')).toBe('user_id');
    expect(reply.headers.get('x-mock-reason')).toContain('expected an ID');
  });

  test("a method's own validation code keeps its exact shape; the headers say why", async () => {
    const reply = await mock.post({
      token: TOKEN,
      function: 'update-conversation-status',
      conversation_id: '1',
      status_code: '9',
    });
    expect(reply.body).toEqual({ success: false, response: 'invalid-status-code' });
    expect(reply.headers.get('x-mock-invalid-argument')).toBe('status_code');
    expect(reply.headers.get('x-mock-reason')).toContain('from 0 to 5');
  });

  test('fields a method does not read are warned about', async () => {
    const reply = await mock.post({ token: TOKEN, function: 'get-user', user_id: '1', userid: '1' });
    expect(reply.body.success).toBe(true);
    expect(reply.headers.get('x-mock-warning')).toContain('userid');
  });
});

import { type AnyMethod, errorCodes, methodList } from '@support-board/contract';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { preferableCodes } from '../src/negotiate/codes.js';
import { expectValidAnswer, startTestMock, type TestMock, TOKEN } from './helpers/mock.js';

const all = methodList as readonly AnyMethod[];
let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

describe('static mode answers every method over HTTP', () => {
  test.each(all.map((method) => [method.name, method] as const))('%s: its documented example', async (_, method) => {
    const reply = await mock.call(method.name as never, method.request as Record<string, unknown>);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
    expect(reply.body).toEqual({ success: true, response: method.examples[0].value });
    expect(reply.headers.get('x-mock-example')).toBe(method.examples[0].name);
    expectValidAnswer(method, reply.body);
  });
});

describe('Prefer: example=<name> reaches every named example', () => {
  const cases = all.flatMap((method) => method.examples.map((example) => [method.name, example.name, method] as const));
  test.each(cases)('%s %s', async (_, name, method) => {
    const reply = await mock.call(method.name as never, method.request as Record<string, unknown>, {
      prefer: `example=${name}`,
    });
    expect(reply.body).toEqual({ success: true, response: method.examples.find((e) => e.name === name)?.value });
    expect(reply.headers.get('x-mock-example')).toBe(name);
    expect(reply.headers.get('preference-applied')).toBe(`example=${name}`);
    expectValidAnswer(method, reply.body);
  });
});

describe('Prefer: code=<code> reaches every error of every method, in its exact shape', () => {
  const cases = all.flatMap((method) => preferableCodes(method).map((code) => [method.name, code, method] as const));
  test.each(cases)('%s %s', async (_, code, method) => {
    const reply = await mock.call(method.name as never, method.request as Record<string, unknown>, {
      prefer: `code=${code}`,
    });
    expect(reply.status).toBe(200);
    expect(reply.body.response).toBe(code);
    expect(reply.headers.get('x-mock-code')).toBe(code);
    if (errorCodes[code].shape === 'validation') expect(reply.body).toEqual({ success: false, response: code });
    else expect(reply.body.status).toBe('error');
    expectValidAnswer(method, reply.body);
  });

  test('dispatcher messages are filled in', async () => {
    const reply = await mock.call('get-user', { user_id: 1 }, { prefer: 'code=function-not-found' });
    expect(reply.body).toEqual({
      status: 'error',
      response: 'function-not-found',
      message: 'Function get-user not found. Check the function name.',
    });
    const missing = await mock.call('get-user', { user_id: 1 }, { prefer: 'code=missing-argument' });
    expect(missing.body).toMatchObject({ message: 'Missing argument: user_id', argument: 'user_id' });
    expect(missing.headers.get('x-mock-invalid-argument')).toBe('user_id');
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
      examples: ['user', 'not-found'],
    });
    expect(reply.body.message).toContain('user, not-found');
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
    expect(reply.body).toMatchObject({ status: 'error', response: 'request-too-large' });
  });
});

describe('invalid arguments are answered precisely and named in headers', () => {
  const required = all.filter((method) => Object.values(method.args).some((arg) => arg.spec.required));
  test.each(required.map((method) => [method.name, method] as const))('%s without arguments', async (_, method) => {
    const first = Object.entries(method.args).find(([, arg]) => arg.spec.required)?.[0];
    const reply = await mock.post({ token: TOKEN, function: method.name });
    expect(reply.body).toEqual({
      status: 'error',
      response: 'missing-argument',
      message: `Missing argument: ${first}`,
      argument: first,
    });
    expect(reply.headers.get('x-mock-invalid-argument')).toBe(first);
    expect(reply.headers.get('x-mock-reason')).toContain('missing');
  });

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

import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

describe("the dispatcher answers in the original's order, every answer HTTP 200", () => {
  test('no function: missing-function-name', async () => {
    expect(await t.post({ token: t.token })).toEqual({
      status: 'error',
      response: 'missing-function-name',
      message: 'Function name is required. Get it from the docs.',
    });
  });

  test('an unknown function is refused before the token is looked at', async () => {
    expect(await t.post({ function: 'get-everything' })).toEqual({
      status: 'error',
      response: 'function-not-found',
      message: 'Function get-everything not found. Check the function name.',
    });
  });

  test("an empty function or token counts as sent, as PHP's isset() has it", async () => {
    expect(await t.post({ function: '', token: t.token })).toMatchObject({ response: 'function-not-found' });
    expect(await t.post({ function: 'get-user', token: '', user_id: '1' })).toMatchObject({
      response: 'invalid-token',
    });
  });

  test('no token: token-not-found', async () => {
    expect(await t.post({ function: 'get-user', user_id: '1' })).toMatchObject({
      status: 'error',
      response: 'token-not-found',
    });
  });

  test('a wrong token: invalid-token', async () => {
    const answer = await t.post({ function: 'get-user', token: 'f'.repeat(40), user_id: '1' });
    expect(answer).toMatchObject({ status: 'error', response: 'invalid-token' });
  });

  test("an agent's token is refused: only admins may call", async () => {
    await t.sql`INSERT INTO users (first_name, user_type, token) VALUES ('Agent', 'agent', ${'a'.repeat(40)})`;
    const answer = await t.post({ function: 'get-user', token: 'a'.repeat(40), user_id: '1' });
    expect(answer).toMatchObject({ status: 'error', response: 'invalid-token' });
  });

  test('a missing required argument is named', async () => {
    expect(await t.post({ function: 'get-user', token: t.token })).toEqual({
      status: 'error',
      response: 'missing-argument',
      message: 'Missing argument: user_id',
      argument: 'user_id',
    });
  });

  test('a malformed argument is named, with the reason', async () => {
    const answer = await t.post({ function: 'get-user', token: t.token, user_id: '1 OR 1=1' });
    expect(answer).toMatchObject({ status: 'error', response: 'invalid-argument', argument: 'user_id' });
    expect(answer.message).toContain('expected an ID');
  });

  test('a GET has no body: missing-function-name, as the original answers', async () => {
    const response = await fetch(`${t.server.apiUrl}?function=get-user&token=${t.token}&user_id=1`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ response: 'missing-function-name' });
  });
});

describe('bodies', () => {
  test("a form body as the documentation's PHP example sends it", async () => {
    expect(await t.post({ function: 'get-user', token: t.token, user_id: '1' })).toMatchObject({
      success: true,
      response: { id: '1', user_type: 'admin' },
    });
  });

  test('a JSON body, with typed values', async () => {
    const response = await fetch(t.server.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ function: 'get-user', token: t.token, user_id: 1, extra: true }),
    });
    expect(await response.json()).toMatchObject({ success: true, response: { id: '1', details: [] } });
  });

  test('a multipart body', async () => {
    const form = new FormData();
    form.set('function', 'get-user');
    form.set('token', t.token);
    form.set('user_id', '1');
    const response = await fetch(t.server.apiUrl, { method: 'POST', body: form });
    expect(await response.json()).toMatchObject({ success: true, response: { id: '1' } });
  });

  test('a body over the limit is read to its end before the refusal: a client still sending gets the answer, not a reset', async () => {
    // Closing a connection with unread data resets it, and the client sees a broken pipe instead of
    // the answer. So half the body, a pause in which nothing may be answered, then the rest.
    const url = new URL(t.server.apiUrl);
    const body = Buffer.from(`function=get-user&token=${t.token}&user_id=1&padding=${'x'.repeat(4 * 1024 * 1024)}`);
    const socket = connect(Number(url.port), url.hostname);
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    const closed = new Promise<Error | undefined>((resolve) => {
      socket.on('error', resolve);
      socket.on('end', () => resolve(undefined));
    });
    await once(socket, 'connect');
    socket.write(
      `POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
        `Content-Length: ${body.length}\r\n\r\n`,
    );
    socket.write(body.subarray(0, body.length / 2));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(Buffer.concat(received).toString(), 'answered while the body was still coming').toBe('');
    socket.end(body.subarray(body.length / 2));
    expect(await closed).toBeUndefined();
    const answer = Buffer.concat(received).toString();
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ response: 'request-too-large' });
    socket.destroy();
  });

  test('a body over the limit is refused', async () => {
    const answer = await t.post({
      function: 'get-user',
      token: t.token,
      user_id: '1',
      padding: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(answer).toMatchObject({ status: 'error', response: 'request-too-large' });
  });

  test('a chunked body (no Content-Length) over the limit is refused too', async () => {
    const chunk = new TextEncoder().encode(
      `function=get-user&token=${t.token}&user_id=1&padding=${'x'.repeat(64 * 1024)}`,
    );
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 40) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(t.server.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(await response.json()).toMatchObject({ status: 'error', response: 'request-too-large' });
  });

  test('a chunked body within the limit is read', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(`function=get-user&token=${t.token}`));
        controller.enqueue(new TextEncoder().encode('&user_id=1'));
        controller.close();
      },
    });
    const response = await fetch(t.server.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(await response.json()).toMatchObject({ success: true, response: { id: '1' } });
  });

  test('answers are JSON', async () => {
    const response = await fetch(t.server.apiUrl, { method: 'POST', body: new URLSearchParams({ function: 'x' }) });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

test('the password hash is never returned', async () => {
  const user = await t.client.call('get-user', { user_id: 1 });
  expect(user).not.toHaveProperty('password');
});

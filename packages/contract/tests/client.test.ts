import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, expectTypeOf, test } from 'vitest';
import { createClient, SupportBoardError } from '../src/client/index.js';
import { validateResponse } from '../src/client/validate.js';

/** A real HTTP server that records each request and answers what the test queued. */
let url = '';
const requests: { method: string; contentType: string; body: string }[] = [];
const answers: string[] = [];
const server = createServer(async (request, response) => {
  let body = '';
  for await (const chunk of request) body += chunk;
  requests.push({ method: request.method ?? '', contentType: request.headers['content-type'] ?? '', body });
  response.writeHead(200, { 'content-type': 'text/html; charset=UTF-8' }).end(answers.shift() ?? '');
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/supportboard/include/api.php`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("sends the call as the documentation's PHP example does and resolves with the response", async () => {
  answers.push('{"success":true,"response":{"id":"1","first_name":"Don"}}');
  const client = createClient({ url, token: 'a521773c5a566a251c3fb00e93162b20ff955b12' });
  const user = await client.call('get-user', { user_id: 1, extra: true });
  expect(user).toEqual({ id: '1', first_name: 'Don' });
  expect(requests.at(-1)).toEqual({
    method: 'POST',
    contentType: 'application/x-www-form-urlencoded',
    // http_build_query(['token' => ..., 'function' => 'get-user', 'user_id' => 1, 'extra' => 'true'])
    body: 'token=a521773c5a566a251c3fb00e93162b20ff955b12&function=get-user&user_id=1&extra=true',
  });
});

test("rejects with the API's error code, for both error shapes", async () => {
  const client = createClient({ url, token: 't' });
  answers.push('{"success":false,"response":"duplicate-email"}');
  await expect(client.call('add-user', { email: 'a@b.c' })).rejects.toMatchObject({
    name: 'SupportBoardError',
    code: 'duplicate-email',
  });
  answers.push('{"status":"error","response":"invalid-token","message":"Use an admin user token."}');
  const error = await client.call('count-users').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SupportBoardError);
  expect(error).toMatchObject({ code: 'invalid-token', message: 'Use an admin user token.' });
});

test('request() resolves with the whole answer, success or not', async () => {
  answers.push('{"success":false,"response":"invalid-status-code"}');
  const client = createClient({ url, token: 't' });
  const answer = await client.request('update-conversation-status', { conversation_id: 1, status_code: 9 });
  expect(answer).toEqual({ success: false, response: 'invalid-status-code' });
});

test('a body that is not JSON is an error that carries the body', async () => {
  answers.push('Connection error. Visit the admin area.');
  const client = createClient({ url, token: 't' });
  await expect(client.call('count-users')).rejects.toMatchObject({
    code: 'invalid-json',
    answer: { body: 'Connection error. Visit the admin area.' },
  });
});

test('validating responses against the contract, an answer that breaks it is refused', async () => {
  answers.push('{"success":true,"response":{"all":335}}');
  const client = createClient({ url, token: 't', validateResponses: validateResponse });
  await expect(client.call('count-users')).rejects.toMatchObject({ code: 'unexpected-response' });
});

test('with apiVersion 3.3, calls use 3.3 names and answers are typed and validated as 3.3 answers them', async () => {
  const v33 = createClient({ url, token: 't', apiVersion: '3.3', validateResponses: validateResponse });
  answers.push('{"success":true,"response":{"id":39,"queue":false,"human_takeover_active":false,"notifications":[]}}');
  const sent = await v33.call('send-message', { user_id: 1, conversation_id: 2, message: 'Hi' });
  expectTypeOf(sent).toEqualTypeOf<{
    id: number;
    queue: boolean;
    human_takeover_active: boolean;
    notifications: unknown[];
  }>();
  expect(sent.id).toBe(39);

  answers.push('{"success":true,"response":true}');
  const online = await v33.call('is-online', { user_id: 1 });
  expectTypeOf(online).toEqualTypeOf<boolean>();

  answers.push('{"status":"error","response":"app-not-installed"}');
  await expect(v33.call('wp-synch')).rejects.toMatchObject({ code: 'app-not-installed' });
  expect(requests.at(-1)?.body).toBe('token=t&function=wp-sync');

  // The same answer is not what the documented version sends.
  const v30 = createClient({ url, token: 't', validateResponses: validateResponse });
  answers.push('{"success":true,"response":{"id":39,"queue":false,"human_takeover_active":false,"notifications":[]}}');
  await expect(v30.call('send-message', { user_id: 1, conversation_id: 2 })).rejects.toMatchObject({
    code: 'unexpected-response',
  });
  const isOnline = () => v30.call('is-online', { user_id: 1 });
  expectTypeOf(isOnline).returns.resolves.toEqualTypeOf<'online' | 'offline'>();
});

test('the global fetch is the one of the time of the call, as mocking libraries replace it later', async () => {
  const client = createClient({ url, token: 't' });
  const original = globalThis.fetch;
  globalThis.fetch = async () => new Response('{"success":true,"response":"replaced"}');
  try {
    expect(await client.call('count-users')).toBe('replaced');
  } finally {
    globalThis.fetch = original;
  }
});

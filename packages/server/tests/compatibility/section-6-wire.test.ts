/**
 * §6 of spec/original-behaviour.md, "Wire / envelope" (facts 1 to 5): each fact proven against the
 * reference server over real HTTP, either matched or deliberately different (the contract's notes on
 * each are kept complete by its tests/surprises.test.ts). Facts 6 to 25 are in the other section-6-*.test.ts files.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

/** A raw form POST: the HTTP status, the headers and the body exactly as sent. */
const raw = async (fields: Record<string, string>) => {
  const response = await fetch(t.server.apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: JSON.parse(text) as Record<string, unknown>,
  };
};

describe('§6.1 three response shapes, all with HTTP 200', () => {
  test('a success is {"success":true,"response":...} and nothing else', async () => {
    const answer = await raw({ function: 'count-users', token: t.token });
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.json).sort()).toEqual(['response', 'success']);
    expect(answer.json.success).toBe(true);
  });

  test('a false result is still a success', async () => {
    const answer = await raw({ function: 'get-user', token: t.token, user_id: '987654' });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ success: true, response: false });
  });

  test('a method\'s own refusal is {"success":false,"response":"<code>"}, without a message', async () => {
    const email = `shape-${randomBytes(4).toString('hex')}@example.com`;
    await t.client.call('add-user', { first_name: 'Shape', email });
    const answer = await raw({ function: 'add-user', token: t.token, first_name: 'Again', email });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ success: false, response: 'duplicate-email' });
  });

  test('a dispatcher error is {"status":"error","response","message"} with no success key', async () => {
    const answer = await raw({ function: 'get-user', token: 'f'.repeat(40), user_id: '1' });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      status: 'error',
      response: 'invalid-token',
      message: 'It looks like the token is invalid, please make sure you are using a token from an admin user.',
    });
    expect(answer.json).not.toHaveProperty('success');
  });

  test('an error without a message has no message key: app-not-installed and user-or-sender-not-found', async () => {
    const app = await raw({ function: 'wp-synch', token: t.token });
    expect(app.status).toBe(200);
    expect(app.json).toEqual({ status: 'error', response: 'app-not-installed' });
    const email = await raw({ function: 'send-email', token: t.token, recipient_id: '987654', message: 'Hi' });
    expect(email.status).toBe(200);
    expect(email.json).toEqual({ status: 'error', response: 'user-or-sender-not-found' });
  });
});

describe('§6.2 function-not-found comes before the token; only admins may call', () => {
  test('an unknown function is refused before the token is looked at, with or without one', async () => {
    const expected = {
      status: 'error',
      response: 'function-not-found',
      message: 'Function get-everything not found. Check the function name.',
    };
    expect(await t.post({ function: 'get-everything' })).toEqual(expected);
    expect(await t.post({ function: 'get-everything', token: 'f'.repeat(40) })).toEqual(expected);
  });

  test("an agent's token is refused with invalid-token, an admin's accepted", async () => {
    const agentToken = randomBytes(20).toString('hex');
    await t.sql`INSERT INTO users (first_name, user_type, token) VALUES ('Agent', 'agent', ${agentToken})`;
    expect(await t.post({ function: 'count-users', token: agentToken })).toMatchObject({
      status: 'error',
      response: 'invalid-token',
    });
    expect(await t.post({ function: 'count-users', token: t.token })).toMatchObject({ success: true });
  });
});

describe('§6.3 Content-Type and JSON encoding (differs: content-type-json)', () => {
  test('answers are application/json; charset=UTF-8, not text/html', async () => {
    const bodies: Record<string, string>[] = [{ function: 'count-users', token: t.token }, { token: t.token }];
    for (const fields of bodies) {
      const answer = await raw(fields);
      expect(answer.headers.get('content-type')).toBe('application/json; charset=UTF-8');
    }
  });

  test('slashes and non-ASCII characters are sent as they are, not as \\/ and \\uXXXX', async () => {
    const id = await t.client.call('add-user', {
      first_name: 'Zoë',
      last_name: '日本',
      profile_image: 'https://example.com/media/zoe.png',
    });
    const answer = await raw({ function: 'get-user', token: t.token, user_id: String(id) });
    expect(answer.text).toContain('"first_name":"Zoë"');
    expect(answer.text).toContain('"last_name":"日本"');
    expect(answer.text).toContain('"profile_image":"https://example.com/media/zoe.png"');
    expect(answer.text).not.toContain('\\/');
    expect(answer.text).not.toMatch(/\\u[0-9a-f]{4}/i);
  });
});

describe('§6.4 required means present; "false" is absent for optional arguments', () => {
  test('an empty required value passes the presence check: search-users with search= answers the users', async () => {
    const answer = await t.post({ function: 'search-users', token: t.token, search: '' });
    expect(answer.success).toBe(true);
    expect((answer.response as unknown[]).length).toBeGreaterThan(0);
  });

  test('an empty user_id is present too, then refused as invalid-argument, never missing-argument', async () => {
    const answer = await t.post({ function: 'get-user', token: t.token, user_id: '' });
    expect(answer).toMatchObject({ status: 'error', response: 'invalid-argument', argument: 'user_id' });
    expect(await t.post({ function: 'get-user', token: t.token })).toMatchObject({
      response: 'missing-argument',
      message: 'Missing argument: user_id',
    });
  });

  test('"false" for an optional text argument is the same as leaving it out', async () => {
    const user = await t.client.call('add-user', { first_name: 'Falsy' });
    const withFalse = await t.post({
      function: 'new-conversation',
      token: t.token,
      user_id: String(user),
      title: 'false',
    });
    const withText = await t.post({ function: 'new-conversation', token: t.token, user_id: String(user), title: 'no' });
    expect(withFalse).toMatchObject({ success: true, response: { details: { title: '' } } });
    expect(withText).toMatchObject({ success: true, response: { details: { title: 'No' } } });
  });

  test('"false" (and "0", "") for a flag is false; "true" is true', async () => {
    const user = await t.client.call('add-user', { first_name: 'Flag', extra: { city: ['Rome', 'City'] } });
    for (const extra of ['false', '0', '']) {
      const answer = await t.post({ function: 'get-user', token: t.token, user_id: String(user), extra });
      expect(answer.response).not.toHaveProperty('details');
    }
    const answer = await t.post({ function: 'get-user', token: t.token, user_id: String(user), extra: 'true' });
    expect(answer.response).toMatchObject({ details: [{ slug: 'city', name: 'City', value: 'Rome' }] });
  });
});

describe('§6.5 form bodies; a JSON body (differs: body-formats)', () => {
  test('a JSON body is read, as the form would be (the original ignores it)', async () => {
    const response = await fetch(t.server.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ function: 'get-user', token: t.token, user_id: 1 }),
    });
    expect(await response.json()).toMatchObject({ success: true, response: { id: '1' } });
  });

  test('a multipart form body is read, as PHP reads it', async () => {
    const form = new FormData();
    form.set('function', 'get-user');
    form.set('token', t.token);
    form.set('user_id', '1');
    const response = await fetch(t.server.apiUrl, { method: 'POST', body: form });
    expect(await response.json()).toMatchObject({ success: true, response: { id: '1' } });
  });

  test('another body type, a GET and query-string fields are read as no fields: missing-function-name', async () => {
    const query = new URLSearchParams({ function: 'get-user', token: t.token, user_id: '1' }).toString();
    const text = await fetch(t.server.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: query,
    });
    const get = await fetch(`${t.server.apiUrl}?${query}`);
    const queryOnly = await fetch(`${t.server.apiUrl}?${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    for (const response of [text, get, queryOnly]) {
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'error', response: 'missing-function-name' });
    }
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { addUser } from './fixtures.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
}, 60_000);
afterAll(() => t?.close());

describe('get-user-extra', () => {
  test('answers the additional details in the order they were saved', async () => {
    const id = await addUser(t, { extra: { phone: ['3203057977', 'Phone'], browser: ['Chrome', 'Browser'] } });
    await t.client.call('current-url', { user_id: id, url: 'https://board.support/' });
    expect(await t.post({ function: 'get-user-extra', token: t.token, user_id: String(id) })).toEqual({
      success: true,
      response: [
        { slug: 'phone', name: 'Phone', value: '3203057977' },
        { slug: 'browser', name: 'Browser', value: 'Chrome' },
        { slug: 'current_url', name: 'Current URL', value: 'https://board.support/' },
      ],
    });
  });

  test('answers [] for a user without details', async () => {
    expect(await t.client.call('get-user-extra', { user_id: await addUser(t) })).toEqual([]);
  });

  test('answers [] for an unknown user, and invalid-argument, not SQL text, for a malformed ID (get-user-extra-unknown-user)', async () => {
    expect(await t.client.call('get-user-extra', { user_id: 999_999 })).toEqual([]);
    const answer = await t.post({ function: 'get-user-extra', token: t.token, user_id: 'abc' });
    expect(answer).toMatchObject({ status: 'error', response: 'invalid-argument', argument: 'user_id' });
    expect(JSON.stringify(answer)).not.toMatch(/column|syntax/i);
  });
});

describe('current-url', () => {
  test('stores a URL, answering true, then answers it', async () => {
    const id = await addUser(t);
    expect(
      await t.post({ function: 'current-url', token: t.token, user_id: String(id), url: 'https://a.example/x' }),
    ).toEqual({
      success: true,
      response: true,
    });
    expect(await t.client.call('current-url', { user_id: id })).toBe('https://a.example/x');
    await t.client.call('current-url', { user_id: id, url: 'https://a.example/y' });
    expect(await t.client.call('current-url', { user_id: id })).toBe('https://a.example/y');
    expect(await t.client.call('get-user-extra', { user_id: id })).toEqual([
      { slug: 'current_url', name: 'Current URL', value: 'https://a.example/y' },
    ]);
  });

  test('answers false when no URL is stored, or the user is not found', async () => {
    expect(await t.client.call('current-url', { user_id: await addUser(t) })).toBe(false);
    expect(await t.client.call('current-url', { user_id: 999_999 })).toBe(false);
  });

  test('without user_id answers false; an empty url deletes the stored one and answers true (current-url-arguments)', async () => {
    expect(await t.post({ function: 'current-url', token: t.token })).toEqual({ success: true, response: false });
    expect(await t.post({ function: 'current-url', token: t.token, url: 'https://a.example' })).toEqual({
      success: true,
      response: false,
    });
    const id = await addUser(t, { extra: { current_url: ['https://a.example/z', 'Current URL'] } });
    expect(await t.post({ function: 'current-url', token: t.token, user_id: String(id), url: '' })).toEqual({
      success: true,
      response: true,
    });
    expect(await t.client.call('current-url', { user_id: id })).toBe(false);
  });

  test('storing a URL for an unknown user answers user-not-found, with no SQL text (current-url-unknown-user)', async () => {
    const answer = await t.post({
      function: 'current-url',
      token: t.token,
      user_id: '999999',
      url: 'https://a.example',
    });
    expect(answer).toEqual({ success: false, response: 'user-not-found' });
    expect(await t.sql`SELECT 1 FROM users_data WHERE user_id = 999999`).toHaveLength(0);
  });
});

describe('update-user-to-lead', () => {
  test('makes a visitor or a user a lead, answering true', async () => {
    const visitor = await addUser(t);
    const user = await addUser(t, { email: `lead-${visitor}@example.com` });
    expect(await t.post({ function: 'update-user-to-lead', token: t.token, user_id: String(visitor) })).toEqual({
      success: true,
      response: true,
    });
    await t.client.call('update-user-to-lead', { user_id: user });
    expect(await t.client.call('get-user', { user_id: visitor })).toMatchObject({ user_type: 'lead' });
    expect(await t.client.call('get-user', { user_id: user })).toMatchObject({ user_type: 'lead' });
  });

  test('leaves agents, admins and bots as they are, still answering true (update-user-to-lead-agents)', async () => {
    for (const user_type of ['agent', 'admin', 'bot'] as const) {
      const id = await addUser(t, { user_type });
      expect(await t.client.call('update-user-to-lead', { user_id: id })).toBe(true);
      expect(await t.client.call('get-user', { user_id: id })).toMatchObject({ user_type });
    }
  });

  test('answers true for an unknown user', async () => {
    expect(await t.client.call('update-user-to-lead', { user_id: 999_999 })).toBe(true);
    expect(await t.client.call('get-user', { user_id: 999_999 })).toBe(false);
  });
});

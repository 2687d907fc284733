import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
}, 60_000);
afterAll(() => t.close());

// No API method saves settings (the admin area does): fixtures go straight into the table.
const saveSetting = (name: string, value: unknown, type: string) =>
  t.sql`INSERT INTO settings (name, value, type) VALUES (${name}, ${t.sql.json(value as never)}, ${type})`;

describe('before any setting is saved', () => {
  test('get-settings answers [] as the original does, not an empty object', async () => {
    expect(await t.post({ token: t.token, function: 'get-settings' })).toEqual({ success: true, response: [] });
  });

  test('saved-replies answers false when saved replies were never saved', async () => {
    expect(await t.client.call('saved-replies')).toBe(false);
  });

  test('get-setting answers false for a setting never saved', async () => {
    expect(await t.client.call('get-setting', { setting: 'rtl' })).toBe(false);
  });
});

describe('with saved settings', () => {
  beforeAll(async () => {
    await saveSetting('init-dashboard', true, 'checkbox');
    await saveSetting('visitor-prefix', 'Guest', 'text');
    await saveSetting(
      'registration',
      {
        'registration-title': ['Create new account', 'text'],
        'registration-btn-text': ['Create account', 'text'],
        'registration-active': [false, 'checkbox'],
      },
      'multi-input',
    );
    await saveSetting(
      'saved-replies',
      [
        { 'reply-name': 'hello', 'reply-text': 'Hello! How can I help?' },
        { 'reply-name': 'email', 'reply-text': 'Our email is support@example.com.' },
      ],
      'repeater',
    );
    await saveSetting('chat-delay', 3, 'number');
  });

  test('get-settings answers every setting as [value, type], in the order they were saved', async () => {
    const settings = await t.client.call('get-settings');
    expect(settings).toEqual({
      'init-dashboard': [true, 'checkbox'],
      'visitor-prefix': ['Guest', 'text'],
      registration: [
        {
          'registration-title': ['Create new account', 'text'],
          'registration-btn-text': ['Create account', 'text'],
          'registration-active': [false, 'checkbox'],
        },
        'multi-input',
      ],
      'saved-replies': [
        [
          { 'reply-name': 'hello', 'reply-text': 'Hello! How can I help?' },
          { 'reply-name': 'email', 'reply-text': 'Our email is support@example.com.' },
        ],
        'repeater',
      ],
      'chat-delay': [3, 'number'],
    });
    expect(Object.keys(settings)).toEqual([
      'init-dashboard',
      'visitor-prefix',
      'registration',
      'saved-replies',
      'chat-delay',
    ]);
  });

  test('get-setting answers a single setting unwrapped, keeping its JSON type', async () => {
    expect(await t.post({ token: t.token, function: 'get-setting', setting: 'init-dashboard' })).toEqual({
      success: true,
      response: true,
    });
    expect(await t.client.call('get-setting', { setting: 'visitor-prefix' })).toBe('Guest');
    expect(await t.client.call('get-setting', { setting: 'chat-delay' })).toBe(3);
  });

  test('get-setting answers a group of settings as {sub-setting: value}, without the sub-types', async () => {
    expect(await t.client.call('get-setting', { setting: 'registration' })).toEqual({
      'registration-title': 'Create new account',
      'registration-btn-text': 'Create account',
      'registration-active': false,
    });
  });

  test('get-setting answers a list as the array it is', async () => {
    expect(await t.client.call('get-setting', { setting: 'saved-replies' })).toEqual([
      { 'reply-name': 'hello', 'reply-text': 'Hello! How can I help?' },
      { 'reply-name': 'email', 'reply-text': 'Our email is support@example.com.' },
    ]);
  });

  test('get-setting still answers false for an unknown setting', async () => {
    expect(await t.client.call('get-setting', { setting: 'no-such-setting' })).toBe(false);
  });

  test('saved-replies answers the saved replies', async () => {
    expect(await t.client.call('saved-replies')).toEqual([
      { 'reply-name': 'hello', 'reply-text': 'Hello! How can I help?' },
      { 'reply-name': 'email', 'reply-text': 'Our email is support@example.com.' },
    ]);
  });
});

describe('get-setting arguments', () => {
  test('without setting: missing-argument', async () => {
    expect(await t.post({ token: t.token, function: 'get-setting' })).toMatchObject({
      status: 'error',
      response: 'missing-argument',
      argument: 'setting',
    });
  });

  test('a setting ID is only ever a value, never SQL', async () => {
    const answer = await t.client.call('get-setting', { setting: "x' OR name = 'init-dashboard" });
    expect(answer).toBe(false);
  });
});

test('the documented example of get-setting is a real group of settings, not the placeholder with a repeated key', async () => {
  // Note get-setting-example: the answer for a group is an object with one key per sub-setting.
  await saveSetting(
    'notifications',
    { 'notify-user-email': [true, 'checkbox'], 'notify-agent-email': [false, 'checkbox'] },
    'multi-input',
  );
  const answer = await t.client.call('get-setting', { setting: 'notifications' });
  expect(answer).toEqual({ 'notify-user-email': true, 'notify-agent-email': false });
});

import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startTestMock, type TestMock } from '../helpers/mock.js';

let clock = Date.UTC(2025, 0, 7, 12, 0, 0);
let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock({ mode: 'stateful', now: () => new Date(clock) });
});
beforeEach(() => {
  mock.app.mock.engine?.reset();
});
afterAll(() => mock.close());

const response = async (...args: Parameters<TestMock['call']>) => (await mock.call(...args)).body.response;

describe('a user’s lifecycle', () => {
  test('add-user, then get-user, get-users, search-users and count-users see the new user', async () => {
    const before = await response('count-users');
    const id = await response('add-user', {
      first_name: 'Nadia',
      last_name: 'Haddad',
      email: 'nadia@example.com',
      extra: { phone: ['+961 1 234 567', 'Phone'], city: ['Beirut'] },
    });
    expect(typeof id).toBe('number');
    const user = await response('get-user', { user_id: id, extra: true });
    expect(user).toMatchObject({
      id: String(id),
      first_name: 'Nadia',
      email: 'nadia@example.com',
      user_type: 'user',
      creation_time: '2025-01-07 12:00:00',
      details: [
        { slug: 'phone', name: 'Phone', value: '+961 1 234 567' },
        { slug: 'city', name: 'city', value: 'Beirut' },
      ],
    });
    expect(user).not.toHaveProperty('password');
    expect(user.token).toMatch(/^[0-9a-f]{40}$/);
    const [newest] = await response('get-users');
    expect(newest.id).toBe(String(id));
    expect((await response('search-users', { search: 'Beirut' })).map((u: { id: string }) => u.id)).toEqual([
      String(id),
    ]);
    const after = await response('count-users');
    expect(Number(after.all)).toBe(Number(before.all) + 1);
    expect(Number(after.user)).toBe(Number(before.user) + 1);
  });

  test('defaults: a visitor named after the visitor prefix, online for 15 seconds', async () => {
    const id = await response('add-user');
    const user = await response('get-user', { user_id: id });
    expect(user).toMatchObject({ first_name: 'User', user_type: 'visitor', email: null });
    expect(user.last_name).toMatch(/^#\d+$/);
    expect(await response('is-online', { user_id: id })).toBe('online');
    expect((await response('get-online-users')).map((u: { id: string }) => u.id)).toEqual([String(id)]);
    clock += 16_000;
    expect(await response('is-online', { user_id: id })).toBe('offline');
  });

  test('duplicate emails are refused, case-insensitively', async () => {
    expect((await mock.call('add-user', { email: 'DON.JOHN@example.com' })).body).toEqual({
      success: false,
      response: 'duplicate-email',
    });
    expect((await mock.call('update-user', { user_id: 6, email: 'don.john@example.com' })).body.response).toBe(
      'duplicate-email',
    );
  });

  test('update-user changes only the given fields; extra replaces and deletes details', async () => {
    await mock.call('update-user', {
      user_id: 5,
      last_name: 'Johnson',
      user_type: 'lead',
      extra: { city: ['Leeds', 'City'], phone: ['', 'Phone'] },
    });
    const user = await response('get-user', { user_id: 5, extra: true });
    expect(user).toMatchObject({
      first_name: 'Don',
      last_name: 'Johnson',
      email: 'don.john@example.com',
      user_type: 'lead',
    });
    const slugs = user.details.map((d: { slug: string; value: string }) => `${d.slug}=${d.value}`);
    expect(slugs).toContain('city=Leeds');
    expect(slugs.some((s: string) => s.startsWith('phone='))).toBe(false);
    await mock.call('update-user', { user_id: 5, email: 'NULL' });
    expect((await response('get-user', { user_id: 5 })).email).toBeNull();
  });

  test('current-url, update-user-to-lead, is-online of an unknown user', async () => {
    expect(await response('current-url', { user_id: 9 })).toBe(false);
    expect(await response('current-url', { user_id: 9, url: 'https://shop.example.com/cart' })).toBe(true);
    expect(await response('current-url', { user_id: 9 })).toBe('https://shop.example.com/cart');
    expect((await mock.call('current-url', { user_id: 9999, url: 'https://x.example' })).body.response).toBe(
      'user-not-found',
    );
    await mock.call('update-user-to-lead', { user_id: 9 });
    await mock.call('update-user-to-lead', { user_id: 1 });
    expect((await response('get-user', { user_id: 9 })).user_type).toBe('lead');
    expect((await response('get-user', { user_id: 1 })).user_type).toBe('admin');
    expect(await response('is-online', { user_id: 9999 })).toBe('offline');
  });

  test('delete-user: gone with their conversations and messages; an agent’s are unassigned', async () => {
    expect((await response('get-user-conversations', { user_id: 5 })).length).toBe(2);
    await mock.call('delete-user', { user_id: 5 });
    expect(await response('get-user', { user_id: 5 })).toBe(false);
    expect(await response('get-user-conversations', { user_id: 5 })).toEqual([]);
    expect(await response('get-conversation', { conversation_id: 101 })).toEqual({ messages: [], details: '' });
    expect(await response('search-conversations', { search: 'INV-2041' })).toEqual([]);

    await mock.call('delete-users', { user_ids: [2, 3, 424242] });
    const conversation = await response('get-conversation', { conversation_id: 103 });
    expect(conversation.details.agent_id).toBeNull();
    expect(conversation.messages.map((m: { user_id: string }) => m.user_id)).toEqual(['7']);
    // Ratings go with their conversations: Don's (107, negative) went, Aiko's (104, positive) stays.
    expect(await response('get-rating', { user_id: 2 })).toEqual([1, 0]);
  });
});

describe('lists: sorting, filters, 0-based pages of 100', () => {
  test('get-users pages count from 0', async () => {
    const { all } = await response('count-users');
    const first = await response('get-users');
    const second = await response('get-users', { pagination: 1 });
    expect(first).toHaveLength(100);
    expect(second).toHaveLength(Number(all) - 100);
    expect(await response('get-users', { pagination: 2 })).toEqual([]);
    const ids = new Set([...first, ...second].map((u: { id: string }) => u.id));
    expect(ids.size).toBe(Number(all));
  });

  test('sorting and user types', async () => {
    const agents = await response('get-users', { user_types: ['agent', 'admin'], sorting: ['first_name', 'ASC'] });
    expect(agents.map((u: { first_name: string }) => u.first_name)).toEqual(['Alex', 'Bruce', 'Maria']);
    const leads = await response('get-users', { user_types: ['lead'], sorting: ['last_name', 'DESC'] });
    expect(leads.map((u: { last_name: string }) => u.last_name)).toEqual(['Weber', 'Tanaka']);
    expect(await response('get-users', { search: 'nobody-has-this' })).toEqual([]);
  });

  test('search-users matches any word in names, the first in emails and details', async () => {
    const names = async (search: string) =>
      (await response('search-users', { search })).map((u: { first_name: string }) => u.first_name);
    expect(await names('garcia peterson')).toEqual(['Bruce', 'Maria']);
    expect(await names('brenson.design')).toEqual([]);
    expect(await names('Berlin')).toEqual(['Martin']);
    expect(await names('virtual')).toEqual([]);
  });
});

import { SORTABLE_USER_COLUMNS } from '@support-board/contract';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LOCAL_PART_PROBE_LIMIT } from '../../src/queries/users.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { addUser, setCreationTime, setLastActivity, uniqueWord } from './fixtures.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
}, 60_000);
afterAll(() => t?.close());

const USER_KEYS = [
  'creation_time',
  'department',
  'email',
  'first_name',
  'id',
  'last_activity',
  'last_name',
  'profile_image',
  'token',
  'user_type',
];

describe('get-users', () => {
  test('answers the newest users first, with the columns of the original and never a password', async () => {
    const word = uniqueWord('Newest');
    const older = await addUser(t, { first_name: word, last_name: 'Older', password: 'secret-1' });
    const newer = await addUser(t, { first_name: word, last_name: 'Newer' });
    await setCreationTime(t, older, '2001-01-01 10:00:00');
    await setCreationTime(t, newer, '2001-01-02 10:00:00');
    const users = await t.client.call('get-users', { search: word });
    expect(users.map((user) => user.id)).toEqual([String(newer), String(older)]);
    expect(Object.keys(users[0]!).sort()).toEqual(USER_KEYS);
    expect(users[1]).toMatchObject({ creation_time: '2001-01-01 10:00:00', department: null, email: null });
  });

  test('sorts on a whitelisted column in either order, the ID breaking ties', async () => {
    const word = uniqueWord('Sorted');
    const b = await addUser(t, { first_name: 'Bea', last_name: word });
    const a1 = await addUser(t, { first_name: 'Ann', last_name: word });
    const a2 = await addUser(t, { first_name: 'Ann', last_name: word });
    const ascending = await t.client.call('get-users', { search: word, sorting: ['first_name', 'ASC'] });
    expect(ascending.map((user) => Number(user.id))).toEqual([a1, a2, b]);
    const descending = await t.client.call('get-users', { search: word, sorting: ['first_name', 'DESC'] });
    expect(descending.map((user) => Number(user.id))).toEqual([b, a2, a1]);
    const raw = await t.post({
      function: 'get-users',
      token: t.token,
      search: word,
      sorting: '["first_name","asc"]',
    });
    expect((raw.response as { id: string }[]).map((user) => Number(user.id))).toEqual([a1, a2, b]);
  });

  test('sorts a search on every whitelisted column, in either order', async () => {
    const word = uniqueWord('EverySort');
    const ids = [await addUser(t, { first_name: word, user_type: 'lead' }), await addUser(t, { last_name: word })];
    for (const column of SORTABLE_USER_COLUMNS) {
      for (const order of ['ASC', 'DESC'] as const) {
        const users = await t.client.call('get-users', { search: word, sorting: [column, order] });
        expect(users.map((user) => Number(user.id)).sort(), `${column} ${order}`).toEqual(ids.sort());
      }
    }
  });

  test('refuses a sorting column outside the whitelist, so nothing reaches SQL', async () => {
    for (const sorting of ['["password","ASC"]', '["id; DROP TABLE users","ASC"]', '"creation_time"']) {
      expect(await t.post({ function: 'get-users', token: t.token, sorting })).toMatchObject({
        status: 'error',
        response: 'invalid-argument',
        argument: 'sorting',
      });
    }
  });

  test('filters on user types and never answers bots', async () => {
    const word = uniqueWord('Typed');
    const lead = await addUser(t, { first_name: word, user_type: 'lead' });
    const agent = await addUser(t, { first_name: word, user_type: 'agent' });
    await addUser(t, { first_name: word, user_type: 'bot' });
    await addUser(t, { first_name: word, user_type: 'visitor' });
    const leadsAndAgents = await t.client.call('get-users', { search: word, user_types: ['lead', 'agent'] });
    expect(leadsAndAgents.map((user) => Number(user.id)).sort()).toEqual([lead, agent].sort());
    const all = await t.client.call('get-users', { search: word });
    expect(all.map((user) => user.user_type).sort()).toEqual(['agent', 'lead', 'visitor']);
  });

  test('searches first name, last name and email, case-insensitively', async () => {
    const word = uniqueWord('found');
    const byFirst = await addUser(t, { first_name: `X${word}` });
    const byLast = await addUser(t, { first_name: 'Y', last_name: word.toUpperCase() });
    const byEmail = await addUser(t, { email: `${word}@example.com` });
    const users = await t.client.call('get-users', { search: word, sorting: ['creation_time', 'ASC'] });
    expect(users.map((user) => Number(user.id))).toEqual([byFirst, byLast, byEmail]);
  });

  test('takes % and _ in a search literally', async () => {
    const word = uniqueWord('pct');
    const literal = await addUser(t, { first_name: `${word}%_x` });
    await addUser(t, { first_name: `${word}abx` });
    const users = await t.client.call('get-users', { search: `${word}%_` });
    expect(users.map((user) => Number(user.id))).toEqual([literal]);
  });

  test('a search without a match answers [], not every user (get-users-search-no-match)', async () => {
    expect(await t.client.call('get-users', { search: uniqueWord('nobody') })).toEqual([]);
  });

  test('pages count from 0: 0 gives the first 100, 1 the next (pagination-zero-based)', async () => {
    const word = uniqueWord('Paged');
    const ids: number[] = [];
    for (let i = 0; i < 103; i += 1) ids.push(await addUser(t, { first_name: word }));
    const sorting = ['creation_time', 'ASC'] as const;
    const first = await t.client.call('get-users', { search: word, sorting: [...sorting], pagination: 0 });
    const second = await t.client.call('get-users', { search: word, sorting: [...sorting], pagination: 1 });
    const third = await t.client.call('get-users', { search: word, sorting: [...sorting], pagination: 2 });
    expect(first.map((user) => Number(user.id))).toEqual(ids.slice(0, 100));
    expect(second.map((user) => Number(user.id))).toEqual(ids.slice(100));
    expect(third).toEqual([]);
    const absent = await t.client.call('get-users', { search: word, sorting: [...sorting] });
    expect(absent).toEqual(first);
  });
});

describe('get-new-users', () => {
  test('answers the users created after the time, newest first, agents included and bots left out', async () => {
    const before = await addUser(t, { first_name: 'Before' });
    const agent = await addUser(t, { first_name: 'Agent', user_type: 'agent' });
    const user = await addUser(t, { first_name: 'After' });
    const bot = await addUser(t, { first_name: 'Bot', user_type: 'bot' });
    await setCreationTime(t, before, '2099-03-01 09:59:59');
    await setCreationTime(t, agent, '2099-03-01 10:00:01');
    await setCreationTime(t, user, '2099-03-02 08:00:00');
    await setCreationTime(t, bot, '2099-03-02 09:00:00');
    const users = await t.client.call('get-new-users', { datetime: '2099-03-01 10:00:00' });
    expect(users.map((row) => Number(row.id))).toEqual([user, agent]);
  });

  test('a time equal to the creation time is not after it; a date alone means from its midnight on', async () => {
    const midnight = await addUser(t, { first_name: 'Midnight' });
    await setCreationTime(t, midnight, '2150-06-01 00:00:00');
    expect(await t.client.call('get-new-users', { datetime: '2150-06-01 00:00:00' })).toEqual([]);
    const users = await t.client.call('get-new-users', { datetime: '2150-06-01' });
    expect(users.map((row) => Number(row.id))).toEqual([midnight]);
  });

  test('answers [] when nobody was created after the time', async () => {
    expect(await t.client.call('get-new-users', { datetime: '2199-01-01 00:00:00' })).toEqual([]);
  });

  test('refuses a date that does not exist instead of failing in SQL', async () => {
    for (const datetime of ['2020-02-30', '2020-05-13 25:00:00', 'yesterday']) {
      expect(await t.post({ function: 'get-new-users', token: t.token, datetime })).toMatchObject({
        status: 'error',
        response: 'invalid-argument',
        argument: 'datetime',
      });
    }
  });
});

describe('get-online-users', () => {
  test('a user is online for 15 seconds after add-user; agents count, bots do not (get-online-users-online)', async () => {
    const user = await addUser(t, { first_name: 'Fresh' });
    const agent = await addUser(t, { first_name: 'Agent', user_type: 'agent' });
    const bot = await addUser(t, { first_name: 'Bot', user_type: 'bot' });
    const stale = await addUser(t, { first_name: 'Stale' });
    await setLastActivity(t, stale, 16);
    const online = (await t.client.call('get-online-users')).map((row) => Number(row.id));
    expect(online).toEqual(expect.arrayContaining([user, agent]));
    expect(online).not.toContain(bot);
    expect(online).not.toContain(stale);
  });

  test('answers the newest first', async () => {
    const first = await addUser(t, { first_name: 'First' });
    const second = await addUser(t, { first_name: 'Second' });
    await setCreationTime(t, first, '2097-01-01 00:00:00');
    await setCreationTime(t, second, '2097-01-02 00:00:00');
    const online = (await t.client.call('get-online-users')).map((row) => Number(row.id));
    expect(online.indexOf(second)).toBeLessThan(online.indexOf(first));
    expect(online.indexOf(second)).toBeGreaterThanOrEqual(0);
  });

  test('excludes every ID of a JSON array, and a single ID as the original does (get-online-users-exclude-array)', async () => {
    const a = await addUser(t);
    const b = await addUser(t);
    const c = await addUser(t);
    const withoutAB = await t.post({ function: 'get-online-users', token: t.token, exclude_id: `[${a},"${b}"]` });
    const ids = (withoutAB.response as { id: string }[]).map((row) => Number(row.id));
    expect(ids).toContain(c);
    expect(ids).not.toContain(a);
    expect(ids).not.toContain(b);
    const withoutC = await t.post({ function: 'get-online-users', token: t.token, exclude_id: String(c) });
    const others = (withoutC.response as { id: string }[]).map((row) => Number(row.id));
    expect(others).toEqual(expect.arrayContaining([a, b]));
    expect(others).not.toContain(c);
  });

  test('answers [] when nobody is online', async () => {
    await t.sql`UPDATE users SET last_activity = utc_now() - interval '1 minute'`;
    expect(await t.client.call('get-online-users')).toEqual([]);
  });
});

describe('search-users', () => {
  test('matches any word in the first or last name, in ID order (search-users-matching)', async () => {
    const one = uniqueWord('alpha');
    const two = uniqueWord('beta');
    const a = await addUser(t, { first_name: one });
    const b = await addUser(t, { first_name: 'Someone', last_name: two.toUpperCase() });
    await addUser(t, { first_name: 'Someone', last_name: 'Else' });
    const users = await t.client.call('search-users', { search: `${two} ${one}` });
    expect(users.map((row) => Number(row.id))).toEqual([a, b]);
  });

  test('matches the first word only in the email and the additional details', async () => {
    const word = uniqueWord('gamma');
    const other = uniqueWord('delta');
    const byEmail = await addUser(t, { email: `${word}@example.com` });
    const byDetail = await addUser(t, { extra: { city: [`${word} City`, 'City'] } });
    await addUser(t, { email: `${other}@example.com`, extra: { city: [other, 'City'] } });
    const users = await t.client.call('search-users', { search: `${word} ${other}` });
    expect(users.map((row) => Number(row.id))).toEqual([byEmail, byDetail]);
  });

  test('an email finds its users whether its part up to the @ is rare or shared by many', async () => {
    // Rare: looked up by `<word>@` first, then checked whole (the .org one holds that part, not the email).
    const rare = uniqueWord('theta');
    const found = await addUser(t, { email: `x${rare}@example.com` });
    await addUser(t, { email: `${rare}@example.org` });
    const byRare = await t.client.call('search-users', { search: `${rare}@example.com` });
    expect(byRare.map((row) => Number(row.id))).toEqual([found]);
    // Shared by more users than the first lookup reads (LOCAL_PART_PROBE_LIMIT): looked up whole.
    const common = uniqueWord('iota');
    await t.sql`
      INSERT INTO users (first_name, email, user_type, token)
      SELECT 'Shared', ${common} || '@d' || i || '.example', 'user', md5(${common} || i)
      FROM generate_series(0, ${LOCAL_PART_PROBE_LIMIT + 5}::int) AS i`;
    const wanted = await addUser(t, { email: `a.${common.toUpperCase()}@d7.example.net` });
    const byCommon = await t.client.call('search-users', { search: `${common}@d7.example.n` });
    expect(byCommon.map((row) => Number(row.id))).toEqual([wanted]);
    const [all] = await t.sql<{ n: string }[]>`SELECT count(*) AS n FROM users WHERE email ILIKE ${`%${common}@d7%`}`;
    expect(await t.client.call('search-users', { search: `${common}@d7` })).toHaveLength(Number(all!.n));
  });

  test('answers each user once, with the list columns only: no password, no typing (search-users-password)', async () => {
    const word = uniqueWord('epsilon');
    const id = await addUser(t, {
      first_name: word,
      last_name: word,
      email: `${word}@example.com`,
      password: 'hunter22',
      extra: { note: [word, 'Note'] },
    });
    const users = await t.client.call('search-users', { search: `${word} ${word}` });
    expect(users).toHaveLength(1);
    expect(Number(users[0]!.id)).toBe(id);
    expect(Object.keys(users[0]!).sort()).toEqual(USER_KEYS);
  });

  test('never answers bots, whichever field matches (search-users-bots)', async () => {
    const word = uniqueWord('zeta');
    await addUser(t, { first_name: 'Bot', last_name: word, user_type: 'bot' });
    await addUser(t, { first_name: 'Bot', email: `${word}@bots.example`, user_type: 'bot' });
    await addUser(t, { first_name: 'Bot', user_type: 'bot', extra: { os: [word, 'OS'] } });
    expect(await t.client.call('search-users', { search: word })).toEqual([]);
  });

  test('an empty search matches every user but the bots', async () => {
    const users = await t.client.call('search-users', { search: '' });
    const [count] = await t.sql<{ n: string }[]>`SELECT count(*) AS n FROM users WHERE user_type <> 'bot'`;
    expect(users).toHaveLength(Number(count!.n));
    expect(users.map((row) => Number(row.id))).toEqual([...users.map((row) => Number(row.id))].sort((x, y) => x - y));
  });

  test('answers [] when nobody matches', async () => {
    expect(await t.client.call('search-users', { search: uniqueWord('nomatch') })).toEqual([]);
  });
});

describe('count-users', () => {
  test('answers strings; all counts agents and admins but not bots (count-users-all)', async () => {
    const before = await t.client.call('count-users');
    for (const user_type of ['lead', 'user', 'user', 'visitor', 'agent', 'admin', 'bot'] as const) {
      await addUser(t, { user_type });
    }
    const after = await t.client.call('count-users');
    expect(after).toEqual({
      all: String(Number(before.all) + 6),
      lead: String(Number(before.lead) + 1),
      user: String(Number(before.user) + 2),
      visitor: String(Number(before.visitor) + 1),
    });
  });
});

describe('is-online', () => {
  test('answers the word "online" within 15 seconds of activity, "offline" after (is-online-boolean)', async () => {
    const id = await addUser(t);
    expect(await t.post({ function: 'is-online', token: t.token, user_id: String(id) })).toEqual({
      success: true,
      response: 'online',
    });
    await setLastActivity(t, id, 16);
    expect(await t.client.call('is-online', { user_id: id })).toBe('offline');
  });

  test('a user never active is offline', async () => {
    const id = await addUser(t);
    await t.sql`UPDATE users SET last_activity = NULL WHERE id = ${id}`;
    expect(await t.client.call('is-online', { user_id: id })).toBe('offline');
  });

  test('an unknown user is offline', async () => {
    expect(await t.client.call('is-online', { user_id: 999_999 })).toBe('offline');
  });
});

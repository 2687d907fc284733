/**
 * Findings 2 to 6 and 8 of the security review: input that used to reach PostgreSQL and come back
 * as `db-error` or `internal-error` (NUL characters, lists past its 65,535 parameters, values that
 * escaping made too long), and what the routes around the API served unsafely.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
}, 60_000);
afterAll(() => t.close());

const call = (fn: string, fields: Record<string, string> = {}) => t.post({ function: fn, token: t.token, ...fields });
const users = async () => Number((await t.sql`SELECT count(*) AS n FROM users`)[0]!.n);

describe('NUL characters', () => {
  test('in the token: invalid-token, whatever the token before it', async () => {
    expect(await call('count-users', { token: `${t.token}\0` })).toMatchObject({ response: 'invalid-token' });
  });

  test('in an argument: invalid-argument naming it, and nothing is written', async () => {
    const before = await users();
    expect(await call('search-users', { search: 'a\0b' })).toMatchObject({
      response: 'invalid-argument',
      argument: 'search',
    });
    expect(await call('add-user', { first_name: 'Do\0n' })).toMatchObject({ response: 'invalid-argument' });
    const extra = JSON.stringify({ phone: ['+1\u00002', 'Phone'] });
    expect(await call('add-user', { first_name: 'Don', extra })).toMatchObject({ response: 'invalid-argument' });
    expect(await users()).toBe(before);
  });

  test('in a download path: not found, never a bare HTTP 500', async () => {
    const response = await fetch(`${t.server.url}/uploads/%00/x.csv`);
    expect(response.status).toBe(404);
  });
});

describe('lists longer than PostgreSQL takes parameters', () => {
  const ids = (count: number) => JSON.stringify(Array.from({ length: count }, (_, i) => i + 1));

  test('70,000 IDs are refused as invalid-argument, 10,000 are served', async () => {
    expect(await call('delete-users', { user_ids: ids(70_000) })).toMatchObject({
      response: 'invalid-argument',
      argument: 'user_ids',
    });
    expect(await call('get-online-users', { exclude_id: ids(70_000) })).toMatchObject({
      response: 'invalid-argument',
    });
    expect(await call('get-online-users', { exclude_id: ids(10_000) })).toMatchObject({ success: true });
  });

  test('70,000 user types in get-users are one parameter, not 70,000', async () => {
    const userTypes = JSON.stringify(Array.from({ length: 70_000 }, () => 'user'));
    expect(await call('get-users', { user_types: userTypes })).toMatchObject({ success: true });
  });
});

describe('values that HTML escaping makes longer', () => {
  test('names and emails the contract accepts are stored whole, escaped', async () => {
    const email = `${'&'.repeat(240)}@example.com`;
    const answer = await call('add-user', { first_name: '&'.repeat(100), last_name: '<'.repeat(100), email });
    expect(answer).toMatchObject({ success: true });
    const id = (answer as { response: number }).response;
    const [row] = await t.sql<{ first_name: string; last_name: string; email: string }[]>`
      SELECT first_name, last_name, email FROM users WHERE id = ${id}`;
    expect(row).toEqual({
      first_name: '&amp;'.repeat(100),
      last_name: '&lt;'.repeat(100),
      email: `${'&amp;'.repeat(240)}@example.com`,
    });
    const updated = await call('update-user', { user_id: String(id), first_name: '>'.repeat(100) });
    expect(updated).toMatchObject({ success: true });
  });

  test("a detail's name past 255 characters is refused as invalid-argument", async () => {
    const extra = JSON.stringify({ city: ['London', 'n'.repeat(300)] });
    expect(await call('add-user', { first_name: 'Don', extra })).toMatchObject({
      response: 'invalid-argument',
      argument: 'extra',
    });
  });
});

describe('email addresses', () => {
  test('a list of addresses is refused as invalid-argument, one address is taken', async () => {
    const email = 'victim@example.com, attacker@example.org';
    expect(await call('add-user', { first_name: 'Eve', email })).toMatchObject({
      response: 'invalid-argument',
      argument: 'email',
    });
    expect(await call('add-user', { first_name: 'Eve', email: 'eve@example.com' })).toMatchObject({ success: true });
  });
});

describe('the files served around the API', () => {
  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('/media/%s is not found', async (name) => {
    const response = await fetch(`${t.server.url}/media/${name}`);
    expect(response.status).toBe(404);
  });

  test('a CSV export is downloadable for 24 hours, never cached nor sniffed', async () => {
    const url = (await call('csv-users')) as { response: string };
    const path = new URL(url.response).pathname;
    const fresh = await fetch(`${t.server.url}${path}`);
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('cache-control')).toBe('no-store');
    expect(fresh.headers.get('x-content-type-options')).toBe('nosniff');
    await fresh.text();
    const name = path.replace('/uploads/', '');
    await t.sql`UPDATE exports SET created_at = now() - interval '25 hours' WHERE name = ${name}`;
    expect((await fetch(`${t.server.url}${path}`)).status).toBe(404);
  });

  test("an error no route planned for is answered in the API's error shape, not a bare HTTP 500", async () => {
    // A download path whose name passes the route's check but breaks the query: the table is gone.
    await t.sql`ALTER TABLE exports RENAME TO exports_away`;
    try {
      const response = await fetch(`${t.server.url}/uploads/${'a'.repeat(32)}/users.csv`);
      expect(response.status).toBe(500);
      expect(await response.json()).toMatchObject({ status: 'error', response: 'db-error' });
    } finally {
      await t.sql`ALTER TABLE exports_away RENAME TO exports`;
    }
  });
});

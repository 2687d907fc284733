import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAdminLookup } from '../../src/http/admins.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const countUsers = (token: string) => t.post({ function: 'count-users', token });
const tokenOf = async (id: number) =>
  (await t.sql<{ token: string }[]>`SELECT token FROM users WHERE id = ${id}`)[0]!.token;

describe('admin tokens', () => {
  test("a new admin's token works at once", async () => {
    const id = await t.client.call('add-user', { first_name: 'Second', user_type: 'admin' });
    const token = await tokenOf(id);
    expect(await countUsers(token)).toMatchObject({ success: true });
  });

  test('an admin demoted through this server is refused at once', async () => {
    const id = await t.client.call('add-user', { first_name: 'Demoted', user_type: 'admin' });
    const token = await tokenOf(id);
    expect(await countUsers(token)).toMatchObject({ success: true });
    await t.client.call('update-user', { user_id: id, user_type: 'agent' });
    expect(await countUsers(token)).toMatchObject({ status: 'error', response: 'invalid-token' });
  });

  test('an admin deleted through this server is refused at once', async () => {
    const id = await t.client.call('add-user', { first_name: 'Deleted', user_type: 'admin' });
    const token = await tokenOf(id);
    expect(await countUsers(token)).toMatchObject({ success: true });
    await t.client.call('delete-user', { user_id: id });
    expect(await countUsers(token)).toMatchObject({ status: 'error', response: 'invalid-token' });
  });

  test('a token revoked elsewhere (another process) is trusted for at most a second', async () => {
    let clock = 0;
    const lookup = createAdminLookup(t.sql, () => clock);
    const id = await t.client.call('add-user', { first_name: 'Elsewhere', user_type: 'admin' });
    const token = await tokenOf(id);
    expect(await lookup.find(token)).toMatchObject({ id });
    await t.sql`UPDATE users SET user_type = 'agent' WHERE id = ${id}`;
    clock = 999;
    expect(await lookup.find(token)).toMatchObject({ id });
    clock = 1001;
    expect(await lookup.find(token)).toBeUndefined();
  });

  test("a token that is not an admin's is never remembered", async () => {
    let clock = 0;
    const lookup = createAdminLookup(t.sql, () => clock);
    const token = 'c'.repeat(40);
    expect(await lookup.find(token)).toBeUndefined();
    await t.sql`INSERT INTO users (first_name, user_type, token) VALUES ('Late', 'admin', ${token})`;
    clock = 1;
    expect(await lookup.find(token)).toMatchObject({ first_name: 'Late' });
  });
});

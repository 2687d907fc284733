import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { ServiceError } from '../../src/integrations/errors.js';
import { createWordPressService } from '../../src/integrations/wordpress.js';
import { closedPort } from '../helpers/stand-ins/http.js';
import { type StandInWordPressUser, startWordPressStandIn } from '../helpers/stand-ins/wordpress.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { addUser } from './fixtures.js';

// Each test makes several HTTP round trips through a server on a shared machine: room for a slow CI.
vi.setConfig({ testTimeout: 20_000 });

const USER = 'sb-sync';
const PASSWORD = 'abcd EFGH 1234 ijkl MNOP 5678';

/** 230 WordPress users: three pages of 100. */
const wpUsers: StandInWordPressUser[] = Array.from({ length: 230 }, (_, index) => ({
  id: index + 1,
  username: `member${index + 1}`,
  name: `Member ${index + 1}`,
  first_name: `First${index + 1}`,
  last_name: `Last${index + 1}`,
  email: `member${index + 1}@example.com`,
}));

let wordpress: Awaited<ReturnType<typeof startWordPressStandIn>>;
let t: TestServer;
let bare: TestServer;

beforeAll(async () => {
  wordpress = await startWordPressStandIn({ user: USER, password: PASSWORD, users: wpUsers });
  t = await startTestServer(
    {},
    { env: { WORDPRESS_URL: `${wordpress.url}/`, WORDPRESS_USER: USER, WORDPRESS_APP_PASSWORD: PASSWORD } },
  );
  bare = await startTestServer();
}, 60_000);
afterAll(async () => {
  await t?.close();
  await bare?.close();
  await wordpress?.close();
});

const client = (options: { url?: string; password?: string; timeoutMs?: number } = {}) =>
  createWordPressService(
    { url: options.url ?? wordpress.url, user: USER, password: options.password ?? PASSWORD },
    { timeoutMs: options.timeoutMs ?? 5000 },
  );

describe('the WordPress client, against the REST API stand-in', () => {
  test('reads every page with Basic auth and context=edit', async () => {
    const before = wordpress.requests.length;
    const users = await client().listUsers();
    expect(users).toHaveLength(230);
    expect(users[0]).toEqual({
      id: 1,
      email: 'member1@example.com',
      username: 'member1',
      name: 'Member 1',
      first_name: 'First1',
      last_name: 'Last1',
      avatar: 'https://secure.gravatar.com/avatar/1?s=96',
    });
    const requests = wordpress.requests.slice(before);
    expect(requests.map((request) => request.query.get('page'))).toEqual(['1', '2', '3']);
    expect(requests.every((request) => request.path === '/wp-json/wp/v2/users')).toBe(true);
    expect(requests[0]!.query.get('context')).toBe('edit');
    expect(requests[0]!.query.get('per_page')).toBe('100');
    expect(requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`);
  });

  test("a refusal is a ServiceError with WordPress' code, never the password", async () => {
    const error = await client({ password: 'wrong pass' })
      .listUsers()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toBe('WordPress: incorrect_password');
    expect((error as Error).message).not.toContain('wrong');
  });

  test('an unreachable or slow WordPress is a ServiceError', async () => {
    const down = await client({ url: `http://127.0.0.1:${await closedPort()}` })
      .listUsers()
      .catch((caught: unknown) => caught);
    expect((down as Error).message).toBe('WordPress: could not be reached (ECONNREFUSED)');
    wordpress.delay(500);
    try {
      const slow = await client({ timeoutMs: 100 })
        .listUsers()
        .catch((caught: unknown) => caught);
      expect((slow as Error).message).toBe('WordPress: did not answer within 0.1 s');
    } finally {
      wordpress.delay(0);
    }
  });
});

describe('wp-synch', () => {
  test('imports the WordPress users whose email is new, as users; is idempotent', async () => {
    await addUser(t.sql, { first_name: 'Known', email: 'MEMBER2@example.com', user_type: 'lead' });
    expect(await t.client.request('wp-synch')).toEqual({ success: true, response: true });
    const imported = await t.sql<{ first_name: string; last_name: string; user_type: string; profile_image: string }[]>`
      SELECT first_name, last_name, user_type, profile_image, password FROM users WHERE email ILIKE 'member%' ORDER BY id`;
    expect(imported).toHaveLength(230);
    expect(imported.filter((user) => user.first_name === 'Known')).toHaveLength(1);
    expect(imported[1]).toEqual({
      first_name: 'First1',
      last_name: 'Last1',
      user_type: 'user',
      profile_image: 'https://secure.gravatar.com/avatar/1?s=96',
      password: '',
    });
    expect(await t.client.request('wp-synch')).toEqual({ success: true, response: true });
    expect(await t.sql`SELECT 1 FROM users WHERE email ILIKE 'member%'`).toHaveLength(230);
  });

  test('names fall back to the display name; markup in names is stored escaped', async () => {
    wordpress.users.push({
      id: 900,
      username: 'nameless',
      name: 'Tom & <Jerry>',
      first_name: '',
      last_name: '',
      email: 'nameless@example.com',
    });
    await t.client.call('wp-synch');
    const [user] = await t.sql`SELECT first_name, last_name FROM users WHERE email = 'nameless@example.com'`;
    expect(user).toEqual({ first_name: 'Tom &amp; &lt;Jerry&gt;', last_name: '' });
  });

  test("WordPress refusing the list: internal-error with WordPress' code, and nothing imported", async () => {
    wordpress.users.push({
      id: 901,
      username: 'late',
      name: 'Late',
      first_name: 'Late',
      last_name: 'Comer',
      email: 'late@example.com',
    });
    wordpress.changePassword('a revoked password');
    try {
      expect(await t.client.request('wp-synch')).toEqual({
        status: 'error',
        response: 'internal-error',
        message: 'WordPress: incorrect_password',
      });
      expect(await t.sql`SELECT 1 FROM users WHERE email = 'late@example.com'`).toHaveLength(0);
    } finally {
      wordpress.changePassword(PASSWORD);
    }
  });

  test('without WordPress: app-not-installed, without a message', async () => {
    expect(await bare.client.request('wp-synch')).toEqual({ status: 'error', response: 'app-not-installed' });
  });

  test('wp-sync (the later name) is not a method', async () => {
    expect(await t.post({ function: 'wp-sync', token: t.token })).toMatchObject({
      status: 'error',
      response: 'function-not-found',
    });
  });
});

import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testDatabaseKind } from '../helpers/database.js';
import type { TestServer } from '../helpers/test-server.js';
import {
  addUser,
  existingUser,
  queuedWebhooks,
  startServerWithReceiver,
  storedUser,
  uniqueWord,
  waitForEmailWebhook,
} from './fixtures.js';

let setup: Awaited<ReturnType<typeof startServerWithReceiver>>;
let t: TestServer;
beforeAll(async () => {
  setup = await startServerWithReceiver();
  t = setup.t;
}, 60_000);
afterAll(() => setup?.close());

const stored = (id: number) => storedUser(t, id);
const userCount = async () => Number((await t.sql<{ n: string }[]>`SELECT count(*) AS n FROM users`)[0]!.n);

describe('add-user', () => {
  test('creates the user and answers its ID as a JSON number', async () => {
    const email = `${uniqueWord('don')}@example.com`;
    const answer = await t.post({
      function: 'add-user',
      token: t.token,
      first_name: 'Don',
      last_name: 'John',
      email,
      profile_image: 'https://example.com/don.png',
      department: '2',
    });
    expect(answer).toEqual({ success: true, response: expect.any(Number) });
    const user = await t.client.call('get-user', { user_id: answer.response as number });
    expect(user).toMatchObject({
      id: String(answer.response),
      first_name: 'Don',
      last_name: 'John',
      email,
      profile_image: 'https://example.com/don.png',
      user_type: 'user',
      department: '2',
    });
  });

  test('gives a new user a 40-hex token and a last activity equal to its creation time', async () => {
    const id = await addUser(t, { first_name: 'Tokened' });
    const user = await existingUser(t, id);
    expect(user.token).toMatch(/^[0-9a-f]{40}$/);
    expect(user.last_activity).toBe(user.creation_time);
  });

  test('without a name the user is "User #<0..99999>"; a first name alone leaves the last name empty', async () => {
    const anonymous = await existingUser(t, await addUser(t));
    expect(anonymous).toMatchObject({ first_name: 'User', user_type: 'visitor', email: null });
    expect(anonymous.last_name).toMatch(/^#\d{1,5}$/);
    const named = await t.client.call('get-user', { user_id: await addUser(t, { first_name: 'Ann' }) });
    expect(named).toMatchObject({ first_name: 'Ann', last_name: '' });
    const lastOnly = await t.client.call('get-user', { user_id: await addUser(t, { last_name: 'Kept' }) });
    expect(lastOnly).toMatchObject({ first_name: 'User', last_name: 'Kept' });
  });

  test('the type defaults to user with an email and visitor without one', async () => {
    const withEmail = await addUser(t, { email: `${uniqueWord('typed')}@example.com` });
    const withoutEmail = await addUser(t, { first_name: 'Nobody' });
    expect((await stored(withEmail)).user_type).toBe('user');
    expect((await stored(withoutEmail)).user_type).toBe('visitor');
  });

  test('the default picture is served by this server: user, agent or bot', async () => {
    const base = t.server.url.replace('127.0.0.1', 'localhost');
    expect((await stored(await addUser(t, { user_type: 'lead' }))).profile_image).toBe(`${base}/media/user.svg`);
    expect((await stored(await addUser(t, { user_type: 'agent' }))).profile_image).toBe(`${base}/media/agent.svg`);
    expect((await stored(await addUser(t, { user_type: 'admin' }))).profile_image).toBe(`${base}/media/agent.svg`);
    expect((await stored(await addUser(t, { user_type: 'bot' }))).profile_image).toBe(`${base}/media/bot.svg`);
  });

  test('names, email and picture are HTML-escaped as the original stores them; quotes are kept', async () => {
    const id = await addUser(t, {
      first_name: '<b>Bo</b> & "Co"',
      last_name: "O'<i>",
      email: `${uniqueWord('esc')}&x@example.com`,
      profile_image: 'https://example.com/a.png?a=1&b=<2>',
    });
    const user = await stored(id);
    expect(user.first_name).toBe('&lt;b&gt;Bo&lt;/b&gt; &amp; "Co"');
    expect(user.last_name).toBe("O'&lt;i&gt;");
    expect(user.email).toMatch(/&amp;x@example\.com$/);
    expect(user.profile_image).toBe('https://example.com/a.png?a=1&amp;b=&lt;2&gt;');
  });

  test('stores the password as a $2y$ bcrypt hash of cost 10, and never returns it', async () => {
    const id = await addUser(t, { first_name: 'Secret', password: 'correct horse' });
    const hash = (await stored(id)).password!;
    expect(hash).toMatch(/^\$2y\$10\$.{53}$/);
    expect(await bcrypt.compare('correct horse', hash.replace(/^\$2y\$/, '$2b$'))).toBe(true);
    expect(await t.client.call('get-user', { user_id: id })).not.toHaveProperty('password');
    expect((await stored(await addUser(t))).password).toBe('');
  });

  test('stores the additional details, naming a nameless one after its slug and skipping empty values', async () => {
    const id = await addUser(t, {
      extra: { phone: ['+02123456789', 'Phone'], city: ['London', 'City'], fax: ['', 'Fax'], plan: ['gold'] },
    });
    expect(await t.client.call('get-user-extra', { user_id: id })).toEqual([
      { slug: 'phone', name: 'Phone', value: '+02123456789' },
      { slug: 'city', name: 'City', value: 'London' },
      { slug: 'plan', name: 'plan', value: 'gold' },
    ]);
  });

  test('accepts the user type bot, which the documentation leaves out (add-user-bot-type)', async () => {
    const id = await addUser(t, { first_name: 'Virtual', user_type: 'bot' });
    expect((await stored(id)).user_type).toBe('bot');
  });

  test('refuses an unknown user type with invalid-user-type and creates nothing', async () => {
    const before = await userCount();
    expect(await t.post({ function: 'add-user', token: t.token, first_name: 'X', user_type: 'owner' })).toEqual({
      success: false,
      response: 'invalid-user-type',
    });
    expect(await userCount()).toBe(before);
  });

  test('refuses an email another user has, whatever its case, with duplicate-email', async () => {
    const email = `${uniqueWord('dup')}@example.com`;
    await addUser(t, { email });
    const before = await userCount();
    expect(await t.post({ function: 'add-user', token: t.token, email: email.toUpperCase() })).toEqual({
      success: false,
      response: 'duplicate-email',
    });
    expect(await userCount()).toBe(before);
  });

  // Only on PostgreSQL: the embedded database's socket interleaves concurrent clients' statements (see the report).
  test.skipIf(testDatabaseKind === 'embedded')(
    'of simultaneous calls with one email, one creates the user and the others answer duplicate-email',
    async () => {
      const email = `${uniqueWord('race')}@example.com`;
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => t.post({ function: 'add-user', token: t.token, email })),
      );
      expect(answers.filter((answer) => answer.success === true)).toHaveLength(1);
      expect(answers.filter((answer) => answer.response === 'duplicate-email')).toHaveLength(5);
      expect(await t.sql`SELECT id FROM users WHERE email = ${email}`).toHaveLength(1);
    },
  );

  test('malformed extra is refused and creates nothing', async () => {
    const before = await userCount();
    const answer = await t.post({ function: 'add-user', token: t.token, first_name: 'X', extra: '{"phone": "123"}' });
    expect(answer).toMatchObject({ status: 'error', response: 'invalid-argument', argument: 'extra' });
    expect(await userCount()).toBe(before);
  });
});

describe('add-user webhooks', () => {
  test('a user added with an email fires new-email-address with its ID, full name and email', async () => {
    const email = `${uniqueWord('hook')}@example.com`;
    const id = await addUser(t, { first_name: 'Hooked', last_name: 'User', email });
    const body = await waitForEmailWebhook(setup.receiver, email);
    expect(body).toMatchObject({ key: 'users-key', data: { id: String(id), name: 'Hooked User', email } });
  });

  test('a user added without an email, or refused, fires nothing', async () => {
    const email = `${uniqueWord('taken')}@example.com`;
    await addUser(t, { email });
    await waitForEmailWebhook(setup.receiver, email);
    const before = await queuedWebhooks(t, 'new-email-address');
    await addUser(t, { first_name: 'Silent' });
    await t.post({ function: 'add-user', token: t.token, email });
    expect(await queuedWebhooks(t, 'new-email-address')).toEqual(before);
  });
});

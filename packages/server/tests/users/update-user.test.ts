import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestServer } from '../helpers/test-server.js';
import {
  addUser,
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

/** A user with every field set, to see which ones an update touches. */
const fullUser = async () => {
  const email = `${uniqueWord('full')}@example.com`;
  const id = await addUser(t, {
    first_name: 'Full',
    last_name: 'Person',
    email,
    profile_image: 'https://example.com/full.png',
    password: 'first-password',
    user_type: 'lead',
    department: 3,
    extra: { phone: ['123', 'Phone'], city: ['Rome', 'City'] },
  });
  // Its webhook delivered first, so that the worker is idle while the test reads the database.
  await waitForEmailWebhook(setup.receiver, email);
  return { id, email, before: await stored(id) };
};

describe('update-user', () => {
  test('changes only the given fields and answers true (update-user-partial)', async () => {
    const { id, before } = await fullUser();
    expect(
      await t.post({ function: 'update-user', token: t.token, user_id: String(id), first_name: 'Renamed' }),
    ).toEqual({
      success: true,
      response: true,
    });
    expect(await stored(id)).toEqual({ ...before, first_name: 'Renamed' });
    expect(await t.client.call('get-user-extra', { user_id: id })).toHaveLength(2);
  });

  test('stores the user type as given: a lead with an email stays a lead, a user may become a visitor', async () => {
    const { id } = await fullUser();
    await t.client.call('update-user', { user_id: id, last_name: 'Still a lead' });
    expect((await stored(id)).user_type).toBe('lead');
    await t.client.call('update-user', { user_id: id, user_type: 'visitor' });
    expect((await stored(id)).user_type).toBe('visitor');
  });

  test('sets every field it is given, HTML-escaped as add-user stores them', async () => {
    const { id } = await fullUser();
    const email = `${uniqueWord('new')}@example.com`;
    await t.client.call('update-user', {
      user_id: id,
      first_name: 'A<b>',
      last_name: 'B&C',
      email,
      profile_image: 'https://example.com/new.png',
      user_type: 'agent',
      department: 7,
    });
    expect(await stored(id)).toMatchObject({
      first_name: 'A&lt;b&gt;',
      last_name: 'B&amp;C',
      email,
      profile_image: 'https://example.com/new.png',
      user_type: 'agent',
      department: '7',
    });
  });

  test('NULL or an empty value deletes the email (update-user-email-null)', async () => {
    const first = await fullUser();
    await t.post({ function: 'update-user', token: t.token, user_id: String(first.id), email: 'NULL' });
    expect((await stored(first.id)).email).toBeNull();
    const second = await fullUser();
    await t.post({ function: 'update-user', token: t.token, user_id: String(second.id), email: '' });
    expect((await stored(second.id)).email).toBeNull();
  });

  test('an empty last name is stored; an empty first name leaves it unchanged', async () => {
    const { id } = await fullUser();
    await t.client.call('update-user', { user_id: id, first_name: '', last_name: '' });
    expect(await stored(id)).toMatchObject({ first_name: 'Full', last_name: '' });
  });

  test('an empty picture restores the default picture of the user type', async () => {
    const { id } = await fullUser();
    await t.client.call('update-user', { user_id: id, profile_image: '' });
    expect((await stored(id)).profile_image).toMatch(/\/media\/user\.svg$/);
    await t.client.call('update-user', { user_id: id, profile_image: '', user_type: 'agent' });
    expect((await stored(id)).profile_image).toMatch(/\/media\/agent\.svg$/);
  });

  test('a new password is stored as a $2y$ hash; an empty one or ******** leaves it unchanged', async () => {
    const { id, before } = await fullUser();
    await t.client.call('update-user', { user_id: id, password: '' });
    await t.client.call('update-user', { user_id: id, password: '********' });
    expect((await stored(id)).password).toBe(before.password);
    await t.client.call('update-user', { user_id: id, password: 'second-password' });
    const hash = (await stored(id)).password!;
    expect(hash).toMatch(/^\$2y\$10\$/);
    expect(await bcrypt.compare('second-password', hash.replace(/^\$2y\$/, '$2b$'))).toBe(true);
  });

  test('each given detail replaces the stored one, an empty one is deleted, the others stay (update-user-extra)', async () => {
    const { id } = await fullUser();
    await t.client.call('update-user', {
      user_id: id,
      extra: { phone: ['456', 'Mobile'], city: ['', 'City'], os: ['Linux', 'OS'] },
    });
    expect(await t.client.call('get-user-extra', { user_id: id })).toEqual([
      { slug: 'phone', name: 'Mobile', value: '456' },
      { slug: 'os', name: 'OS', value: 'Linux' },
    ]);
  });

  test('refuses a user type outside the accepted ones with invalid-user-type, and changes nothing (update-user-user-type)', async () => {
    const { id, before } = await fullUser();
    const answer = await t.post({
      function: 'update-user',
      token: t.token,
      user_id: String(id),
      first_name: 'Changed',
      user_type: 'superuser',
    });
    expect(answer).toEqual({ success: false, response: 'invalid-user-type' });
    expect(await stored(id)).toEqual(before);
    await t.client.call('update-user', { user_id: id, user_type: 'bot' });
    expect((await stored(id)).user_type).toBe('bot');
  });

  test('refuses an email another user has, whatever its case, with duplicate-email, and changes nothing', async () => {
    const other = await fullUser();
    const { id, before } = await fullUser();
    const answer = await t.post({
      function: 'update-user',
      token: t.token,
      user_id: String(id),
      first_name: 'Changed',
      email: other.email.toUpperCase(),
    });
    expect(answer).toEqual({ success: false, response: 'duplicate-email' });
    expect(await stored(id)).toEqual(before);
  });

  test('a user may keep their own email, in another case', async () => {
    const { id, email } = await fullUser();
    await t.client.call('update-user', { user_id: id, email: email.toUpperCase() });
    expect((await stored(id)).email).toBe(email.toUpperCase());
  });

  test('an unknown user answers true and nothing changes (update-user-unknown-user)', async () => {
    const users = await t.sql`SELECT * FROM users ORDER BY id`;
    const email = `${uniqueWord('ghost')}@example.com`;
    expect(await t.client.call('update-user', { user_id: 999_999, first_name: 'Ghost', email })).toBe(true);
    expect(await t.sql`SELECT * FROM users ORDER BY id`).toEqual(users);
    expect(await queuedWebhooks(t, 'new-email-address')).not.toContainEqual(expect.objectContaining({ email }));
  });

  test("updating the token's own admin answers true, and the token still works (update-user-own-admin)", async () => {
    const [admin] = await t.sql<{ id: string }[]>`SELECT id FROM users WHERE token = ${t.token}`;
    const answer = await t.post({ function: 'update-user', token: t.token, user_id: admin!.id, last_name: 'Smyth' });
    expect(answer).toEqual({ success: true, response: true });
    expect(await t.client.call('get-user', { user_id: Number(admin!.id) })).toMatchObject({ last_name: 'Smyth' });
  });
});

describe('update-user webhooks', () => {
  test('a new email fires new-email-address with the ID, the updated full name and the email', async () => {
    const { id } = await fullUser();
    const email = `${uniqueWord('changed')}@example.com`;
    await t.client.call('update-user', { user_id: id, first_name: 'Newly', email });
    const body = await waitForEmailWebhook(setup.receiver, email);
    expect(body.data).toEqual({ id: String(id), name: 'Newly Person', email });
  });

  test('a user given their first email fires it too', async () => {
    const id = await addUser(t, { first_name: 'No', last_name: 'Email' });
    const email = `${uniqueWord('first')}@example.com`;
    await t.client.call('update-user', { user_id: id, email });
    const body = await waitForEmailWebhook(setup.receiver, email);
    expect(body.data).toEqual({ id: String(id), name: 'No Email', email });
  });

  test('the same email, a deleted email, other changes and refused updates fire nothing', async () => {
    const { id, email } = await fullUser();
    const other = await fullUser();
    const before = await queuedWebhooks(t, 'new-email-address');
    await t.client.call('update-user', { user_id: id, email });
    await t.client.call('update-user', { user_id: id, email: email.toUpperCase() });
    await t.client.call('update-user', { user_id: id, first_name: 'Other' });
    await t.post({ function: 'update-user', token: t.token, user_id: String(id), email: other.email });
    await t.client.call('update-user', { user_id: id, email: 'NULL' });
    expect(await queuedWebhooks(t, 'new-email-address')).toEqual(before);
  });
});

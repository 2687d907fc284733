import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { fixtures } from './fixtures.js';

// The embedded database is slow on a busy machine; the calls are many but each is quick.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let t: TestServer;
let f: ReturnType<typeof fixtures>;
let agent: number;
beforeAll(async () => {
  t = await startTestServer();
  f = fixtures(t);
  agent = await f.user({ first_name: 'Bruce', last_name: 'Peterson', user_type: 'agent' });
});
afterAll(() => t?.close());

const ids = (items: { conversation_id: string }[]) => items.map((item) => Number(item.conversation_id));

describe('search-conversations', () => {
  test("finds a message's text, case-insensitively, and answers it shaped as in get-conversations", async () => {
    const customer = await f.user({
      first_name: 'Don',
      last_name: 'John',
      user_type: 'user',
      email: 'don@example.com',
    });
    const id = await f.conversation(customer, { status_code: 2 });
    const hit = await f.send(customer, id, 'Hi, I need help with my ZEBRA!');
    await f.send(agent, id, 'On it.');
    expect(await t.client.call('search-conversations', { search: 'zebra' })).toEqual([
      {
        id: String(hit),
        user_id: String(customer),
        message: 'Hi, I need help with my ZEBRA!',
        creation_time: expect.any(String),
        attachments: '',
        status_code: '0',
        payload: '',
        conversation_id: String(id),
        message_user_type: 'user',
        first_name: 'Don',
        last_name: 'John',
        profile_image: expect.any(String),
        conversation_status_code: '2',
        user_type: 'user',
      },
    ]);
  });

  test("finds the attachments' names", async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    const hit = await f.send(customer, id, 'See attached', {
      attachments: [['giraffe-invoice.pdf', 'https://example.com/files/1.pdf']],
    });
    const items = await t.client.call('search-conversations', { search: 'Giraffe-Invoice' });
    expect(items.map((item) => Number(item.id))).toEqual([hit]);
  });

  test("finds a sender's first name, last name and email, with the sender's message and the customer's names", async () => {
    const helper = await f.user({
      first_name: 'Quokka',
      last_name: 'Wallaby',
      email: 'koala@example.com',
      user_type: 'agent',
    });
    const customer = await f.user({ first_name: 'Ann' });
    const id = await f.conversation(customer);
    await f.send(customer, id, 'Hello');
    const answer = await f.send(helper, id, 'How can I help?');
    await f.send(customer, id, 'Thanks');
    for (const search of ['quokka', 'WALLABY', 'koala@']) {
      expect(await t.client.call('search-conversations', { search })).toEqual([
        expect.objectContaining({
          id: String(answer),
          user_id: String(customer),
          first_name: 'Ann',
          message_user_type: 'agent',
        }),
      ]);
    }
  });

  test('also finds the title and the customer, answering the last message', async () => {
    const customer = await f.user({ first_name: 'Wombat', email: 'burrow@example.com' });
    const titled = await f.conversation(customer, { title: 'armadillo order' });
    await f.send(agent, titled, 'first');
    const titledLast = await f.send(agent, titled, 'second');
    expect((await t.client.call('search-conversations', { search: 'armadillo' })).map((i) => Number(i.id))).toEqual([
      titledLast,
    ]);
    // The customer never wrote: the original would not find them by name.
    const customerItems = await t.client.call('search-conversations', { search: 'wombat' });
    expect(customerItems.map((i) => [Number(i.id), i.message_user_type])).toEqual([[titledLast, 'agent']]);
    expect(await t.client.call('search-conversations', { search: 'burrow@' })).toHaveLength(1);
  });

  test('answers each conversation once, as its newest matching message, and the newest conversation first', async () => {
    const customer = await f.user();
    const older = await f.conversation(customer);
    const newer = await f.conversation(customer);
    await f.send(customer, older, 'ocelot one');
    const olderHit = await f.send(customer, older, 'ocelot two');
    await f.send(customer, older, 'nothing to see');
    const newerHit = await f.send(customer, newer, 'an ocelot again');
    const items = await t.client.call('search-conversations', { search: 'ocelot' });
    expect(items.map((item) => [Number(item.conversation_id), Number(item.id)])).toEqual([
      [newer, newerHit],
      [older, olderHit],
    ]);
  });

  test('searches every status, the trash and the archive included', async () => {
    const customer = await f.user();
    const trashed = await f.conversation(customer, { status_code: 4 });
    const archived = await f.conversation(customer, { status_code: 3 });
    await f.send(customer, trashed, 'pangolin in the trash');
    await f.send(customer, archived, 'pangolin in the archive');
    expect(ids(await t.client.call('search-conversations', { search: 'pangolin' }))).toEqual([archived, trashed]);
  });

  test('takes the search literally: % and _ are not wildcards', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    const literal = await f.send(customer, id, 'a discount of 100% off');
    await f.send(customer, await f.conversation(customer), 'a discount of 1000 coins');
    expect((await t.client.call('search-conversations', { search: '100%' })).map((i) => Number(i.id))).toEqual([
      literal,
    ]);
    expect(await t.client.call('search-conversations', { search: 'discount_of' })).toEqual([]);
  });

  test('answers [] when nothing matches', async () => {
    expect(await t.client.call('search-conversations', { search: 'no-such-words-anywhere' })).toEqual([]);
  });
});

describe('search-user-conversations', () => {
  test("finds the user's conversations by message, with the user's names whoever sent it", async () => {
    const customer = await f.user({ first_name: 'Don', last_name: 'John', user_type: 'lead' });
    const id = await f.conversation(customer, { title: 'billing', status_code: 1 });
    await f.send(customer, id, 'Hi');
    const hit = await f.send(agent, id, 'Hello! How can I help you with the lynx?');
    await f.send(customer, id, 'Thanks');
    expect(await t.client.call('search-user-conversations', { search: 'LYNX', user_id: customer })).toEqual([
      {
        id: String(hit),
        user_id: String(agent),
        message: 'Hello! How can I help you with the lynx?',
        creation_time: expect.any(String),
        attachments: '',
        status_code: '0',
        payload: '',
        conversation_id: String(id),
        first_name: 'Don',
        last_name: 'John',
        profile_image: expect.any(String),
        user_type: 'lead',
        conversation_status_code: '1',
        title: 'Billing',
      },
    ]);
  });

  test('finds the attachments and the title (answering the last message); trashed conversations too', async () => {
    const customer = await f.user();
    const attached = await f.conversation(customer, { status_code: 4 });
    const hit = await f.send(customer, attached, 'file', { attachments: [['tapir.png', 'https://example.com/t.png']] });
    const titled = await f.conversation(customer, { title: 'tapir questions' });
    await f.send(customer, titled, 'one');
    const last = await f.send(customer, titled, 'two');
    const items = await t.client.call('search-user-conversations', { search: 'tapir', user_id: customer });
    expect(items.map((item) => Number(item.id))).toEqual([last, hit]);
  });

  test("leaves out other users' conversations and the users' names", async () => {
    const customer = await f.user({ first_name: 'Heron' });
    const other = await f.user();
    await f.send(other, await f.conversation(other), 'a heron flew by');
    await f.send(customer, await f.conversation(customer), 'nothing here');
    expect(await t.client.call('search-user-conversations', { search: 'heron', user_id: customer })).toEqual([]);
  });

  test('accepts the user as `id`, the documented name, as well as `user_id`', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    const hit = await f.send(customer, id, 'a narwhal question');
    const byId = await t.post({
      function: 'search-user-conversations',
      token: t.token,
      search: 'narwhal',
      id: String(customer),
    });
    const byUserId = await t.post({
      function: 'search-user-conversations',
      token: t.token,
      search: 'narwhal',
      user_id: String(customer),
    });
    expect(byId).toMatchObject({ success: true, response: [{ id: String(hit) }] });
    expect(byUserId).toEqual(byId);
    expect(await t.post({ function: 'search-user-conversations', token: t.token, search: 'narwhal' })).toMatchObject({
      response: 'missing-argument',
      argument: 'user_id',
    });
  });

  test('answers each conversation once, as its newest matching message', async () => {
    const customer = await f.user();
    const id = await f.conversation(customer);
    await f.send(customer, id, 'meerkat one');
    const newest = await f.send(customer, id, 'meerkat two');
    await f.send(customer, id, 'unrelated');
    const items = await t.client.call('search-user-conversations', { search: 'meerkat', user_id: customer });
    expect(items.map((item) => Number(item.id))).toEqual([newest]);
  });

  test('answers [] when nothing matches', async () => {
    const customer = await f.user();
    await f.send(customer, await f.conversation(customer), 'Hello');
    expect(await t.client.call('search-user-conversations', { search: 'nothing-like-it', user_id: customer })).toEqual(
      [],
    );
  });
});

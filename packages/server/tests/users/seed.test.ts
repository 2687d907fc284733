import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { seedDemoData } from '../../src/seed/demo.js';
import { startServer } from '../../src/server.js';
import { testDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { existingUser } from './fixtures.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seed: true });
}, 60_000);
afterAll(() => t?.close());

const adminId = async () =>
  Number((await t.sql<{ id: string }[]>`SELECT id FROM users WHERE token = ${t.token}`)[0]!.id);

describe('the demo data of a first start', () => {
  test('is seeded, and counted by type: the admin, 2 agents and 30 customers; the bot is left out', async () => {
    expect(t.server.seeded).toBe(true);
    expect(await t.client.call('count-users')).toEqual({ all: '33', lead: '8', user: '14', visitor: '8' });
  });

  test('get-users lists everyone but the bot, newest first, created over the last 30 days', async () => {
    const users = await t.client.call('get-users');
    expect(users).toHaveLength(33);
    expect(users.map((user) => user.user_type)).not.toContain('bot');
    const times = users.map((user) => user.creation_time);
    expect(times).toEqual([...times].sort().reverse());
    const customers = await t.client.call('get-users', { user_types: ['user', 'lead', 'visitor'] });
    const days = new Set(customers.map((user) => user.creation_time.slice(0, 10)));
    expect(days.size).toBeGreaterThan(10);
    const oldest = Date.parse(`${customers.at(-1)!.creation_time.replace(' ', 'T')}Z`);
    expect(Date.now() - oldest).toBeLessThan(32 * 24 * 3600 * 1000);
  });

  test('has two agents, one in department 1, and the Virtual Agent bot', async () => {
    const agents = await t.client.call('get-users', { user_types: ['agent'], sorting: ['first_name', 'DESC'] });
    expect(agents.map((agent) => [agent.first_name, agent.last_name, agent.department])).toEqual([
      ['Sarah', 'Miller', '1'],
      ['James', 'Carter', null],
    ]);
    expect(agents[0]!.profile_image).toMatch(/\/media\/agent\.svg$/);
    const [bot] = await t.sql`SELECT first_name, last_name FROM users WHERE user_type = 'bot'`;
    expect(bot).toEqual({ first_name: 'Virtual', last_name: 'Agent' });
  });

  test('customers carry emails (users), phones (leads) and details; visitors are "User #n"', async () => {
    const [emma] = await t.client.call('search-users', { search: 'emma.johnson@example.com' });
    const user = await existingUser(t, Number(emma!.id));
    expect(user).toMatchObject({ first_name: 'Emma', last_name: 'Johnson', user_type: 'user' });
    const details = Object.fromEntries((user.details ?? []).map((detail) => [detail.slug, detail.value]));
    expect(details).toMatchObject({ phone: '+44 20 7946 0958', city: 'London', country: 'United Kingdom' });
    expect(Object.keys(details)).toEqual(expect.arrayContaining(['browser', 'os', 'current_url', 'location', 'ip']));
    const leads = await t.client.call('get-users', { user_types: ['lead'] });
    expect(leads.every((lead) => lead.email === null)).toBe(true);
    const visitors = await t.client.call('get-users', { user_types: ['visitor'] });
    expect(visitors.every((visitor) => visitor.first_name === 'User' && /^#\d+$/.test(visitor.last_name))).toBe(true);
    const url = await t.client.call('current-url', { user_id: Number(visitors[0]!.id) });
    expect(url).toMatch(/^https:\/\/example\.com\//);
  });

  test('has conversations in every status, with 2 to 6 messages in order, answerable by get-conversation', async () => {
    const conversations = await t.sql<{ id: string; status_code: string; user_id: string }[]>`
      SELECT id, status_code, user_id FROM conversations ORDER BY id`;
    for (const status of ['0', '1', '2', '3', '4']) {
      expect(conversations.filter((c) => c.status_code === status).length).toBeGreaterThanOrEqual(3);
    }
    for (const { id, user_id } of conversations) {
      const { messages } = (await t.client.call('get-conversation', { conversation_id: Number(id) })) as {
        messages: { user_id: string; creation_time: string }[];
      };
      expect(messages.length).toBeGreaterThanOrEqual(2);
      expect(messages.length).toBeLessThanOrEqual(6);
      expect(messages[0]!.user_id).toBe(user_id);
      const times = messages.map((message) => message.creation_time);
      expect(times).toEqual([...times].sort());
      messages.forEach((message, index) => {
        expect(message.user_id === user_id).toBe(index % 2 === 0);
      });
    }
    const [withFiles] = await t.sql`SELECT count(*) AS n FROM messages WHERE attachments <> '' AND payload <> ''`;
    expect(withFiles).toEqual({ n: '1' });
  });

  test('an agent is typing in a live conversation, and two conversations are rated', async () => {
    const [typing] = await t.sql<{ id: string; status_code: string }[]>`
      SELECT c.id, c.status_code FROM users u JOIN conversations c ON c.id = u.typing WHERE u.user_type = 'agent'`;
    expect(typing!.status_code).toBe('0');
    expect(await t.client.call('is-agent-typing', { conversation_id: Number(typing!.id) })).toMatchObject({
      first_name: 'Sarah',
    });
    const agents = await t.client.call('get-users', { user_types: ['agent'], sorting: ['first_name', 'DESC'] });
    expect(await t.client.call('get-rating', { user_id: Number(agents[0]!.id) })).toEqual([1, 0]);
    expect(await t.client.call('get-rating', { user_id: Number(agents[1]!.id) })).toEqual([0, 1]);
  });

  test('has the documented settings, saved replies, departments and articles', async () => {
    expect(await t.client.call('get-setting', { setting: 'init-dashboard' })).toBe(true);
    expect(await t.client.call('get-setting', { setting: 'rtl' })).toBe(false);
    expect(await t.client.call('get-setting', { setting: 'registration' })).toMatchObject({
      'registration-title': 'Create new account',
    });
    expect(await t.client.call('saved-replies')).toContainEqual({
      'reply-name': 'hello',
      'reply-text': 'Hello! How can I help?',
    });
    expect(await t.client.call('get-setting', { setting: 'departments' })).toHaveLength(2);
    const articles = (await t.client.call('get-articles')) as { id: string; title: string }[];
    expect(articles.map((article) => article.id)).toEqual(['6P2Oq', 'qf7kD', 'IDkft', 'Hx3Lm', 'Tz8Wq']);
  });
});

describe('seeding', () => {
  test('a second start on the same database does not seed again', async () => {
    const before = await t.client.call('count-users');
    const again = await startServer(
      { ...readConfig({ LOG_LEVEL: 'silent' }), port: 0, seed: true },
      { database: t.server.database, log: createLogger('silent') },
    );
    await again.close();
    expect(again.seeded).toBe(false);
    expect(await seedDemoData(t.sql, await adminId())).toBe(false);
    expect(await t.client.call('count-users')).toEqual(before);
  });

  test('gives the same data on every database: it comes from a fixed seed', async () => {
    const other = await testDatabase();
    try {
      const [admin] = await other.sql<{ id: string }[]>`
        INSERT INTO users (first_name, user_type, token) VALUES ('Admin', 'admin', 'seed-test') RETURNING id`;
      expect(await seedDemoData(other.sql, Number(admin!.id))).toBe(true);
      const content = (db: typeof t.sql) =>
        db`SELECT u.first_name, u.last_name, u.email, u.user_type, d.slug, d.value, d.id
           FROM users u LEFT JOIN users_data d ON d.user_id = u.id WHERE u.user_type <> 'admin' ORDER BY u.id, d.id`;
      const messages = (db: typeof t.sql) =>
        db`SELECT conversation_id, user_id, message, attachments, payload FROM messages ORDER BY id`;
      expect(await content(other.sql)).toEqual(await content(t.sql));
      expect(await messages(other.sql)).toEqual(await messages(t.sql));
    } finally {
      await other.close();
    }
  }, 60_000);
});

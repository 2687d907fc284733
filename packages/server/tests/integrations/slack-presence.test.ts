import { afterAll, beforeAll, expect, test } from 'vitest';
import { closedPort } from '../helpers/stand-ins/http.js';
import { startSlackStandIn } from '../helpers/stand-ins/slack.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

const TOKEN = 'xoxb-presence';
let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
let t: TestServer;
let unreachable: TestServer;
let agent: number;
let away: number;

beforeAll(async () => {
  slack = await startSlackStandIn({
    token: TOKEN,
    members: [
      { id: 'UACTIVE01', name: 'active', real_name: 'Active Agent', presence: 'active' },
      { id: 'UAWAY0001', name: 'away', real_name: 'Away Agent', presence: 'away' },
    ],
  });
  t = await startTestServer({}, { env: { SLACK_TOKEN: TOKEN, SLACK_API_URL: slack.apiUrl } });
  unreachable = await startTestServer(
    {},
    { env: { SLACK_TOKEN: TOKEN, SLACK_API_URL: `http://127.0.0.1:${await closedPort()}` } },
  );
  for (const server of [t, unreachable]) {
    // Agents added an hour ago: not active here. The Slack links have no API method: set them directly.
    const [a] = await server.sql`INSERT INTO users (first_name, user_type, token, last_activity)
      VALUES ('Active', 'agent', ${'e'.repeat(40)}, utc_now() - interval '1 hour') RETURNING id`;
    const [b] = await server.sql`INSERT INTO users (first_name, user_type, token, last_activity)
      VALUES ('Away', 'agent', ${'f'.repeat(40)}, utc_now() - interval '1 hour') RETURNING id`;
    await server.sql`INSERT INTO slack_agents (slack_member_id, agent_id) VALUES ('UACTIVE01', ${a!.id}), ('UAWAY0001', ${b!.id})`;
    agent = Number(a!.id);
    away = Number(b!.id);
  }
}, 60_000);
afterAll(async () => {
  await t?.close();
  await unreachable?.close();
  await slack?.close();
});

test('an agent idle here but active on Slack is online', async () => {
  expect(await t.client.call('is-online', { user_id: agent })).toBe('online');
});

test('an agent idle here and away on Slack is offline', async () => {
  expect(await t.client.call('is-online', { user_id: away })).toBe('offline');
});

test('Slack out of reach makes the agent offline, not the call an error', async () => {
  expect(await unreachable.client.call('is-online', { user_id: agent })).toBe('offline');
});

import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { ServiceError } from '../../src/integrations/errors.js';
import { createSlackService } from '../../src/integrations/slack.js';
import { agentSlackMember } from '../../src/queries/slack.js';
import { closedPort } from '../helpers/stand-ins/http.js';
import { startSlackStandIn } from '../helpers/stand-ins/slack.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { addConversation, addUser, queuedWebhooks, startWithReceiver } from './fixtures.js';

// Each test makes several HTTP round trips through a server on a shared machine: room for a slow CI.
vi.setConfig({ testTimeout: 20_000 });

const TOKEN = 'xoxb-1234-secret';
const members = [
  { id: 'U328T701Z', name: 'schio', real_name: 'Support Schio', presence: 'active' as const },
  { id: 'UR5F0GK7T', name: 'robert', real_name: 'Robert Pitt' },
  { id: 'USLACKBOT', name: 'slackbot', real_name: 'Slackbot' },
  { id: 'UBOT00001', name: 'deploy-bot', real_name: 'Deploy Bot', is_bot: true },
  { id: 'UGONE0001', name: 'gone', real_name: 'Gone Person', deleted: true },
];

let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
let setup: Awaited<ReturnType<typeof startWithReceiver>>;
let t: TestServer;
let noMain: TestServer;
let bare: TestServer;

beforeAll(async () => {
  slack = await startSlackStandIn({ token: TOKEN, members, pageSize: 2 });
  setup = await startWithReceiver({ SLACK_TOKEN: TOKEN, SLACK_API_URL: slack.apiUrl, SLACK_CHANNEL: 'C0GENERAL' });
  t = setup.t;
  noMain = await startTestServer({}, { env: { SLACK_TOKEN: TOKEN, SLACK_API_URL: slack.apiUrl } });
  bare = await startTestServer();
}, 60_000);
afterAll(async () => {
  await setup?.close();
  await noMain?.close();
  await bare?.close();
  await slack?.close();
});

const client = (options: { token?: string; apiUrl?: string; timeoutMs?: number } = {}) =>
  createSlackService(
    { token: options.token ?? TOKEN, apiUrl: options.apiUrl ?? slack.apiUrl },
    { timeoutMs: options.timeoutMs ?? 5000 },
  );

describe('the Slack client, against the Web API stand-in', () => {
  test('chat.postMessage: a JSON body with the bot token, the text escaped as Slack wants it', async () => {
    const channel = await client().createChannel('client-post');
    const posted = await client().postMessage({
      channel,
      username: 'Don John',
      iconUrl: 'https://example.com/don.png',
      text: 'Fish & <chips>',
      attachments: [['Menu', 'https://example.com/menu.pdf']],
    });
    expect(posted.channel).toBe(channel);
    expect(posted.ts).toMatch(/^\d+\.\d+$/);
    const request = slack.calls('chat.postMessage').at(-1)!;
    expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(request.json).toEqual({
      channel,
      text: 'Fish &amp; &lt;chips&gt;',
      username: 'Don John',
      icon_url: 'https://example.com/don.png',
      attachments: [
        { fallback: 'Menu: https://example.com/menu.pdf', title: 'Menu', title_link: 'https://example.com/menu.pdf' },
      ],
    });
  });

  test("a refusal is a ServiceError with Slack's code, never the token", async () => {
    const error = await client({ token: 'xoxb-wrong' })
      .listMembers()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).message).toBe('Slack: invalid_auth');
    expect((error as ServiceError).code).toBe('invalid_auth');
    expect((error as Error).message).not.toContain('xoxb');
  });

  test('conversations.create: a name taken (by an archived channel, say) gets a suffix', async () => {
    const first = await client().createChannel('taken-name');
    const second = await client().createChannel('taken-name');
    expect(second).not.toBe(first);
    expect(slack.workspace.channels.find((channel) => channel.id === second)!.name).toMatch(/^taken-name-[a-z0-9]+$/);
  });

  test('users.list: follows the cursors, leaves out bots, Slackbot and deactivated members', async () => {
    const before = slack.calls('users.list').length;
    expect(await client().listMembers()).toEqual([
      { id: 'U328T701Z', name: 'Support Schio' },
      { id: 'UR5F0GK7T', name: 'Robert Pitt' },
    ]);
    const calls = slack.calls('users.list').slice(before);
    expect(calls).toHaveLength(3);
    expect(calls[0]!.method).toBe('GET');
    expect(calls[0]!.query.get('limit')).toBe('200');
    expect(calls[1]!.query.get('cursor')).toBeTruthy();
  });

  test("users.getPresence: whether Slack shows a member active; an unknown member is Slack's refusal", async () => {
    expect(await client().isActive('U328T701Z')).toBe(true);
    expect(await client().isActive('UR5F0GK7T')).toBe(false);
    expect(slack.calls('users.getPresence').at(-1)!.query.get('user')).toBe('UR5F0GK7T');
    await expect(client().isActive('UNKNOWN')).rejects.toThrow('Slack: user_not_found');
  });

  test('a Slack that does not answer in time is given up', async () => {
    slack.delay(500);
    try {
      const error = await client({ timeoutMs: 100 })
        .listMembers()
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as Error).message).toBe('Slack: did not answer within 0.1 s');
    } finally {
      slack.delay(0);
    }
  });

  test('an unreachable Slack is a ServiceError without the URL', async () => {
    const error = await client({ apiUrl: `http://127.0.0.1:${await closedPort()}/api` })
      .listMembers()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toBe('Slack: could not be reached (ECONNREFUSED)');
  });
});

describe('send-slack-message', () => {
  test("the first message opens the user's channel, links it, posts under their name and fires slack-message-sent", async () => {
    const user = await addUser(t.sql, { first_name: 'Don', last_name: 'John' });
    await addConversation(t.sql, user, 'older');
    const latest = await addConversation(t.sql, user, 'newer');
    const answer = await t.client.request('send-slack-message', { user_id: user, message: 'Hello! I need help.' });
    const channel = slack.channelNamed(`don-john-${user}`)!;
    expect(answer).toEqual({ success: true, response: [channel.id] });
    expect(slack.workspace.posted.at(-1)).toMatchObject({
      channel: channel.id,
      text: 'Hello! I need help.',
      username: 'Don John',
      icon_url: `${t.server.url.replace('127.0.0.1', 'localhost')}/media/user.svg`,
    });
    expect(await t.sql`SELECT channel_id FROM slack_channels WHERE user_id = ${user}`).toEqual([
      { channel_id: channel.id },
    ]);
    const delivered = () =>
      setup.receiver
        .delivered()
        .find((d) => d.json.function === 'slack-message-sent' && (d.json.data as any).slack_channel === channel.id);
    await expect.poll(delivered).toBeTruthy();
    expect(delivered()!.json.data).toEqual({
      message: 'Hello! I need help.',
      conversation_id: String(latest),
      slack_channel: channel.id,
    });
  });

  test("later messages go to the user's channel without creating another", async () => {
    const user = await addUser(t.sql, { first_name: 'Eva', last_name: 'Lund' });
    const first = await t.client.call('send-slack-message', { user_id: user, message: 'One' });
    const creations = slack.calls('conversations.create').length;
    const second = await t.client.call('send-slack-message', { user_id: user, message: 'Two' });
    expect(second).toEqual(first);
    expect(slack.calls('conversations.create')).toHaveLength(creations);
  });

  test('the given channel, full_name, profile_image and attachments are used as sent', async () => {
    const user = await addUser(t.sql);
    const channel = await client().createChannel('given-channel');
    const creations = slack.calls('conversations.create').length;
    const answer = await t.client.call('send-slack-message', {
      user_id: user,
      full_name: 'Agent Smith',
      profile_image: 'https://example.com/smith.png',
      message: 'On it',
      attachments: [['Log', 'https://example.com/log.txt']],
      channel,
    });
    expect(answer).toEqual([channel]);
    expect(slack.calls('conversations.create')).toHaveLength(creations);
    expect(slack.calls('chat.postMessage').at(-1)!.json).toMatchObject({
      channel,
      username: 'Agent Smith',
      icon_url: 'https://example.com/smith.png',
      text: 'On it',
      attachments: [{ title: 'Log', title_link: 'https://example.com/log.txt' }],
    });
  });

  test('a user without any conversation: posted, but no slack-message-sent (it needs a conversation)', async () => {
    const user = await addUser(t.sql, { first_name: 'Lone' });
    const before = (await queuedWebhooks(t.sql, 'slack-message-sent')).length;
    const [channel] = await t.client.call('send-slack-message', { user_id: user, message: 'Anyone?' });
    expect(slack.workspace.posted.at(-1)).toMatchObject({ channel, text: 'Anyone?' });
    expect(await queuedWebhooks(t.sql, 'slack-message-sent')).toHaveLength(before);
  });

  test('an unknown user: user-not-found, and nothing is posted', async () => {
    const posts = slack.calls('chat.postMessage').length;
    expect(await t.client.request('send-slack-message', { user_id: 999_999, message: 'Hi' })).toEqual({
      success: false,
      response: 'user-not-found',
    });
    expect(slack.calls('chat.postMessage')).toHaveLength(posts);
  });

  test("Slack refusing the message: internal-error with Slack's code", async () => {
    const user = await addUser(t.sql);
    const channel = await client().createChannel('soon-archived');
    slack.workspace.channels.find((item) => item.id === channel)!.is_archived = true;
    expect(await t.client.request('send-slack-message', { user_id: user, message: 'Hi', channel })).toEqual({
      status: 'error',
      response: 'internal-error',
      message: 'Slack: is_archived',
    });
  });

  test('a channel Slack will not create: the main channel of the settings, and no link', async () => {
    const user = await addUser(t.sql, { first_name: 'Main' });
    slack.failNext('conversations.create', 'restricted_action');
    expect(await t.client.call('send-slack-message', { user_id: user, message: 'Hi' })).toEqual(['C0GENERAL']);
    expect(await t.sql`SELECT 1 FROM slack_channels WHERE user_id = ${user}`).toHaveLength(0);
  });

  test('a channel Slack will not create and no main channel: the refusal is answered', async () => {
    const user = await addUser(noMain.sql);
    slack.failNext('conversations.create', 'restricted_action');
    expect(await noMain.client.request('send-slack-message', { user_id: user, message: 'Hi' })).toEqual({
      status: 'error',
      response: 'internal-error',
      message: 'Slack: restricted_action',
    });
  });

  test('without Slack: slack-not-active', async () => {
    const user = await addUser(bare.sql);
    expect(await bare.client.request('send-slack-message', { user_id: user, message: 'Hi' })).toEqual({
      success: false,
      response: 'slack-not-active',
    });
  });
});

describe('slack-users', () => {
  test('the members, the agents and admins, and saved false before any link', async () => {
    const agent = await addUser(noMain.sql, { first_name: 'Federico', last_name: 'Schiocchet', user_type: 'agent' });
    await addUser(noMain.sql, { first_name: 'Customer', user_type: 'user' });
    await addUser(noMain.sql, { first_name: 'Robo', user_type: 'bot' });
    const answer = await noMain.client.call('slack-users');
    expect(answer).toEqual({
      slack_users: [
        { id: 'U328T701Z', name: 'Support Schio' },
        { id: 'UR5F0GK7T', name: 'Robert Pitt' },
      ],
      agents: [
        { id: '1', name: 'Alex Smith' },
        { id: String(agent), name: 'Federico Schiocchet' },
      ],
      saved: false,
    });
  });

  test('saved links come back as {slack member: agent}', async () => {
    const agent = await addUser(noMain.sql, { first_name: 'Robert', last_name: 'Pitt', user_type: 'agent' });
    await noMain.sql`INSERT INTO slack_agents (slack_member_id, agent_id) VALUES ('UR5F0GK7T', ${agent}), ('U328T701Z', 1)`;
    expect((await noMain.client.call('slack-users')).saved).toEqual({ U328T701Z: '1', UR5F0GK7T: String(agent) });
    // What is-online needs to ask Slack about an agent.
    expect(await agentSlackMember(noMain.sql, agent)).toBe('UR5F0GK7T');
    expect(await agentSlackMember(noMain.sql, agent + 1000)).toBeUndefined();
  });

  test("Slack refusing the list: internal-error with Slack's code", async () => {
    slack.failNext('users.list', 'missing_scope');
    expect(await noMain.client.request('slack-users')).toEqual({
      status: 'error',
      response: 'internal-error',
      message: 'Slack: missing_scope',
    });
  });

  test('without Slack: slack-not-active', async () => {
    expect(await bare.client.request('slack-users')).toEqual({ success: false, response: 'slack-not-active' });
  });
});

describe('archive-slack-channels', () => {
  test('archives every open channel but #general, and users get a new channel afterwards', async () => {
    const user = await addUser(noMain.sql, { first_name: 'Archie' });
    const [before] = await noMain.client.call('send-slack-message', { user_id: user, message: 'Hi' });
    expect(await noMain.client.request('archive-slack-channels')).toEqual({ success: true, response: true });
    expect(slack.workspace.channels.filter((channel) => !channel.is_archived).map((channel) => channel.name)).toEqual([
      'general',
    ]);
    const archives = slack.calls('conversations.archive');
    expect(archives.every((request) => request.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(await noMain.sql`SELECT 1 FROM slack_channels WHERE user_id = ${user}`).toHaveLength(0);
    const [after] = await noMain.client.call('send-slack-message', { user_id: user, message: 'Hi again' });
    expect(after).not.toBe(before);
    expect(slack.workspace.channels.find((channel) => channel.id === after)!.name).toMatch(
      /^archie-john-\d+-[a-z0-9]+$/,
    );
  });

  test('stops at the rate limit, still true; running it again archives the rest', async () => {
    for (const n of [1, 2, 3, 4, 5]) await client().createChannel(`topic-${n}`);
    const open = () => slack.workspace.channels.filter((channel) => !channel.is_archived);
    const openBefore = open().length;
    const lists = slack.calls('conversations.list').length;
    slack.setArchiveRateLimit(slack.workspace.archives + 3);
    try {
      expect(await noMain.client.request('archive-slack-channels')).toEqual({ success: true, response: true });
      expect(open()).toHaveLength(openBefore - 3);
      // Two channels a page: the client followed the cursors through every page.
      expect(slack.calls('conversations.list').length - lists).toBe(Math.ceil(openBefore / 2));
    } finally {
      slack.setArchiveRateLimit(Number.POSITIVE_INFINITY);
    }
    expect(await noMain.client.request('archive-slack-channels')).toEqual({ success: true, response: true });
    expect(slack.workspace.channels.filter((channel) => !channel.is_archived).map((c) => c.name)).toEqual(['general']);
  });

  test('without Slack: slack-not-active', async () => {
    expect(await bare.client.request('archive-slack-channels')).toEqual({
      success: false,
      response: 'slack-not-active',
    });
  });
});

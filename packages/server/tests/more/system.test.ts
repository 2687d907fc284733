import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
}, 60_000);
afterAll(() => t.close());

describe('get-versions', () => {
  test('answers the API version implemented, 3.0.4, and no app when none is configured', async () => {
    expect(await t.post({ token: t.token, function: 'get-versions' })).toEqual({
      success: true,
      response: { sb: '3.0.4' },
    });
  });

  describe('with apps configured', () => {
    // Note get-versions-latest: each app's version appears only when that app is configured.
    let withDialogflow: TestServer;
    let withSlack: TestServer;
    beforeAll(async () => {
      [withDialogflow, withSlack] = await Promise.all([
        startTestServer({}, { env: { DIALOGFLOW_TOKEN: 'test-token', DIALOGFLOW_PROJECT_ID: 'test-project' } }),
        startTestServer({}, { env: { SLACK_TOKEN: 'xoxb-test' } }),
      ]);
    }, 120_000);
    afterAll(async () => {
      await Promise.all([withDialogflow?.close(), withSlack?.close()]);
    });

    test('Dialogflow configured: its version 1.0.2 is added', async () => {
      expect(await withDialogflow.client.call('get-versions')).toEqual({ sb: '3.0.4', dialogflow: '1.0.2' });
    });

    test('Slack configured: its version 1.0.3 is added', async () => {
      expect(await withSlack.client.call('get-versions')).toEqual({ sb: '3.0.4', slack: '1.0.3' });
    });
  });
});

describe('update', () => {
  test('always answers envato-purchase-code-not-found: the server is never updated in place', async () => {
    // Note update-in-place: no purchase code is ever saved, so the original's own error is the answer.
    expect(await t.post({ token: t.token, function: 'update' })).toEqual({
      success: false,
      response: 'envato-purchase-code-not-found',
    });
  });
});

describe('app-get-key', () => {
  test('answers "" for an app never activated', async () => {
    expect(await t.post({ token: t.token, function: 'app-get-key', app_name: 'slack' })).toEqual({
      success: true,
      response: '',
    });
  });

  test("answers the app's saved licence key, and only that app's", async () => {
    // Keys are saved by app-activation, which needs a licence server: the fixture goes straight into the table.
    await t.sql`INSERT INTO app_keys (app_name, key) VALUES ('dialogflow', '9300AB16-014ZEE12-91E199EA-997CEX40')`;
    expect(await t.client.call('app-get-key', { app_name: 'dialogflow' })).toBe('9300AB16-014ZEE12-91E199EA-997CEX40');
    expect(await t.client.call('app-get-key', { app_name: 'slack' })).toBe('');
  });

  test('without app_name: missing-argument', async () => {
    expect(await t.post({ token: t.token, function: 'app-get-key' })).toMatchObject({
      status: 'error',
      response: 'missing-argument',
      argument: 'app_name',
    });
  });

  test('an app that does not exist: invalid-argument', async () => {
    expect(await t.post({ token: t.token, function: 'app-get-key', app_name: 'woocommerce' })).toMatchObject({
      status: 'error',
      response: 'invalid-argument',
      argument: 'app_name',
    });
  });
});

describe('is-agent-typing', () => {
  const CONVERSATION = 1057;
  let agentId: number;
  let customerId: number;
  let botId: number;
  beforeAll(async () => {
    agentId = await t.client.call('add-user', { first_name: 'Don', last_name: 'John', user_type: 'agent' });
    customerId = await t.client.call('add-user', {
      first_name: 'Carl',
      last_name: 'Client',
      email: 'carl@example.com',
    });
    botId = await t.client.call('add-user', { first_name: 'Bot', user_type: 'bot' });
  });
  // Typing is set by the chat front ends, which no API method stands for.
  const setTyping = async (userId: number, conversationId: number) => {
    await t.sql`UPDATE users SET typing = ${conversationId} WHERE id = ${userId}`;
  };
  const stopAll = () => t.sql`UPDATE users SET typing = -1`;

  test('no agent typing: "" as the original answers, not the documented false', async () => {
    // Note is-agent-typing-none.
    await stopAll();
    expect(
      await t.post({ token: t.token, function: 'is-agent-typing', conversation_id: String(CONVERSATION) }),
    ).toEqual({
      success: true,
      response: '',
    });
  });

  test('an agent typing: its ID and names, as strings, wrapped in the envelope', async () => {
    // Note is-agent-typing-example: the answer is wrapped like every answer and names a real agent.
    await stopAll();
    await setTyping(agentId, CONVERSATION);
    expect(
      await t.post({ token: t.token, function: 'is-agent-typing', conversation_id: String(CONVERSATION) }),
    ).toEqual({
      success: true,
      response: { id: String(agentId), first_name: 'Don', last_name: 'John' },
    });
  });

  test('an admin typing counts as an agent', async () => {
    await stopAll();
    const [admin] = await t.sql<{ id: string }[]>`SELECT id FROM users WHERE user_type = 'admin'`;
    await setTyping(Number(admin!.id), CONVERSATION);
    expect(await t.client.call('is-agent-typing', { conversation_id: CONVERSATION })).toMatchObject({ id: admin!.id });
  });

  test('a customer or a bot typing is not an agent typing', async () => {
    await stopAll();
    await setTyping(customerId, CONVERSATION);
    await setTyping(botId, CONVERSATION);
    expect(await t.client.call('is-agent-typing', { conversation_id: CONVERSATION })).toBe('');
  });

  test('an agent typing in another conversation is not typing in this one', async () => {
    await stopAll();
    await setTyping(agentId, CONVERSATION + 1);
    expect(await t.client.call('is-agent-typing', { conversation_id: CONVERSATION })).toBe('');
  });

  test('without conversation_id: missing-argument; a conversation_id that is not an ID: invalid-argument', async () => {
    expect(await t.post({ token: t.token, function: 'is-agent-typing' })).toMatchObject({
      response: 'missing-argument',
      argument: 'conversation_id',
    });
    expect(await t.post({ token: t.token, function: 'is-agent-typing', conversation_id: '-1' })).toMatchObject({
      response: 'invalid-argument',
      argument: 'conversation_id',
    });
  });
});

import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createDialogflowService } from '../../src/integrations/dialogflow.js';
import { ServiceError } from '../../src/integrations/errors.js';
import { startDialogflowStandIn } from '../helpers/stand-ins/dialogflow.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { addConversation, addUser, queuedWebhooks, startWithReceiver } from './fixtures.js';

// Each test makes several HTTP round trips through a server on a shared machine: room for a slow CI.
vi.setConfig({ testTimeout: 20_000 });

const TOKEN = 'ya29.dialogflow-access-token';
const PROJECT = 'support-board-4f2a1';

let dialogflow: Awaited<ReturnType<typeof startDialogflowStandIn>>;
let setup: Awaited<ReturnType<typeof startWithReceiver>>;
let t: TestServer;
let bare: TestServer;

beforeAll(async () => {
  dialogflow = await startDialogflowStandIn({ token: TOKEN, projectId: PROJECT });
  setup = await startWithReceiver({
    DIALOGFLOW_TOKEN: TOKEN,
    DIALOGFLOW_PROJECT_ID: PROJECT,
    DIALOGFLOW_API_URL: dialogflow.url,
    DIALOGFLOW_LANGUAGE: 'en',
  });
  t = setup.t;
  bare = await startTestServer();
}, 60_000);
afterAll(async () => {
  await setup?.close();
  await bare?.close();
  await dialogflow?.close();
});

const client = (options: { token?: string; timeoutMs?: number } = {}) =>
  createDialogflowService(
    { token: options.token ?? TOKEN, projectId: PROJECT, apiUrl: dialogflow.url, language: 'en' },
    { timeoutMs: options.timeoutMs ?? 5000 },
  );

/** A customer's conversation with one message. */
const conversation = async (server: TestServer = t) => addConversation(server.sql, await addUser(server.sql), 'Hello');

describe('the Dialogflow client, against the API v2 stand-in', () => {
  test('detectIntent: the session path, the bearer token, a text query; the answer as Dialogflow sent it', async () => {
    const answer = await client().detectIntent({
      sessionId: '1042',
      text: 'Hello',
      language: 'en',
      attachments: [['photo', 'https://example.com/p.png']],
    });
    const request = dialogflow.requests.at(-1)!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe(`/v2/projects/${PROJECT}/agent/sessions/1042:detectIntent`);
    expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request.json).toEqual({
      queryInput: { text: { text: 'Hello', languageCode: 'en' } },
      queryParams: { payload: { attachments: [['photo', 'https://example.com/p.png']] } },
    });
    expect(answer.queryResult).toMatchObject({ queryText: 'Hello', fulfillmentText: 'Hi! How are you doing?' });
  });

  test('createIntent: training phrases and a text response, in the given language', async () => {
    await client().createIntent({
      expressions: ['Where is my parcel?', 'Track my order'],
      response: 'Here',
      language: 'it',
    });
    const request = dialogflow.requests.at(-1)!;
    expect(request.path).toBe(`/v2/projects/${PROJECT}/agent/intents`);
    expect(request.query.get('languageCode')).toBe('it');
    expect(request.json).toEqual({
      displayName: 'Where is my parcel?',
      trainingPhrases: [
        { type: 'EXAMPLE', parts: [{ text: 'Where is my parcel?' }] },
        { type: 'EXAMPLE', parts: [{ text: 'Track my order' }] },
      ],
      messages: [{ text: { text: ['Here'] } }],
    });
  });

  test("a refusal is a ServiceError with Google's status and message, never the token", async () => {
    const error = await client({ token: 'ya29.expired' })
      .detectIntent({ sessionId: '1', text: 'Hi', language: 'en' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('UNAUTHENTICATED');
    expect((error as Error).message).toMatch(
      /^Dialogflow: UNAUTHENTICATED: Request had invalid authentication credentials/,
    );
    expect((error as Error).message).not.toContain('ya29');
  });

  test('a Dialogflow that does not answer in time is given up', async () => {
    dialogflow.delay(500);
    try {
      const error = await client({ timeoutMs: 100 })
        .detectIntent({ sessionId: '1', text: 'Hi', language: 'en' })
        .catch((caught: unknown) => caught);
      expect((error as Error).message).toBe('Dialogflow: did not answer within 0.1 s');
    } finally {
      dialogflow.delay(0);
    }
  });
});

describe('send-bot-message', () => {
  test("adds Dialogflow's reply as a message of a new Virtual Agent bot, answers as documented, fires both webhooks", async () => {
    const id = await conversation();
    const answer = await t.client.call('send-bot-message', { conversation_id: id, message: 'Hello' });
    expect(answer.token).toBe(TOKEN);
    expect(answer.token).not.toBe(t.token);
    expect(answer.messages).toEqual([{ message: 'Hi! How are you doing?', attachments: [] }]);
    expect(answer.response).toMatchObject({
      queryResult: { queryText: 'Hello', action: 'input.welcome', languageCode: 'en' },
    });
    expect(dialogflow.sessions.at(-1)).toBe(String(id));

    const [bot] = await t.sql`SELECT id, first_name, last_name, profile_image FROM users WHERE user_type = 'bot'`;
    expect(bot).toMatchObject({ first_name: 'Virtual', last_name: 'Agent' });
    expect(bot!.profile_image).toMatch(/\/media\/bot\.svg$/);
    const [message] = await t.sql`
      SELECT id, user_id, message FROM messages WHERE conversation_id = ${id} ORDER BY id DESC LIMIT 1`;
    expect(message).toMatchObject({ user_id: bot!.id, message: 'Hi! How are you doing?' });

    const byName = (name: string) => setup.receiver.delivered().filter((d) => d.json.function === name);
    await expect.poll(() => byName('message-sent').length).toBe(1);
    await expect.poll(() => byName('bot-message').length).toBe(1);
    expect(byName('message-sent')[0]!.json.data).toEqual({
      user_id: bot!.id,
      conversation_id: String(id),
      conversation_status: '-1',
      conversation_status_code: '-1',
      message_id: message!.id,
      message: 'Hi! How are you doing?',
    });
    const botMessage = byName('bot-message')[0]!.json.data as any;
    expect(botMessage.message).toBe('Hello');
    expect(botMessage.response.token).toBe(TOKEN);
    expect(botMessage.response.messages).toEqual([{ message: 'Hi! How are you doing?', attachments: [] }]);
    // Webhook scalars travel as strings, as the original's do.
    expect(botMessage.response.response.queryResult.intentDetectionConfidence).toBe('0.87');
  });

  test('later replies come from the same bot; an existing bot user is used first', async () => {
    const id = await conversation();
    await t.client.call('send-bot-message', { conversation_id: id, message: 'hi!' });
    expect(await t.sql`SELECT 1 FROM users WHERE user_type = 'bot'`).toHaveLength(1);
    await t.sql`DELETE FROM users WHERE user_type = 'bot'`;
    const first = await addUser(t.sql, { first_name: 'Existing', last_name: 'Bot', user_type: 'bot' });
    await addUser(t.sql, { first_name: 'Second', last_name: 'Bot', user_type: 'bot' });
    await t.client.call('send-bot-message', { conversation_id: id, message: 'hey' });
    const [latest] = await t.sql`SELECT user_id FROM messages WHERE conversation_id = ${id} ORDER BY id DESC LIMIT 1`;
    expect(latest!.user_id).toBe(String(first));
  });

  test('the language is sent as given; the reply is stored HTML-escaped but answered as Dialogflow wrote it', async () => {
    dialogflow.intents.push({
      name: `projects/${PROJECT}/agent/intents/markup`,
      displayName: 'Markup',
      trainingPhrases: ['ciao'],
      responses: ['Use <b>bold</b> & more'],
      languageCode: 'it',
    });
    const id = await conversation();
    const answer = await t.client.call('send-bot-message', { conversation_id: id, message: 'Ciao', language: 'it' });
    expect(dialogflow.requests.at(-1)!.json).toMatchObject({ queryInput: { text: { languageCode: 'it' } } });
    expect(answer.messages[0]!.message).toBe('Use <b>bold</b> & more');
    const [stored] = await t.sql`SELECT message FROM messages WHERE conversation_id = ${id} ORDER BY id DESC LIMIT 1`;
    expect(stored!.message).toBe('Use &lt;b&gt;bold&lt;/b&gt; &amp; more');
  });

  test('the attachments are passed to Dialogflow in the query payload', async () => {
    const id = await conversation();
    const attachments: [string, string][] = [['receipt', 'https://example.com/r.pdf']];
    await t.client.call('send-bot-message', { conversation_id: id, message: 'Hello', attachments });
    expect(dialogflow.requests.at(-1)!.json).toMatchObject({ queryParams: { payload: { attachments } } });
  });

  test('a reply without text adds no message and fires only bot-message', async () => {
    dialogflow.intents.push({
      name: `projects/${PROJECT}/agent/intents/silent`,
      displayName: 'Silent',
      trainingPhrases: ['say nothing'],
      responses: [],
      languageCode: 'en',
    });
    const id = await conversation();
    const [messagesBefore, sentBefore, botBefore] = await Promise.all([
      t.sql`SELECT 1 FROM messages WHERE conversation_id = ${id}`,
      queuedWebhooks(t.sql, 'message-sent'),
      queuedWebhooks(t.sql, 'bot-message'),
    ]);
    const answer = await t.client.call('send-bot-message', { conversation_id: id, message: 'Say nothing' });
    expect(answer.messages).toEqual([]);
    expect(await t.sql`SELECT 1 FROM messages WHERE conversation_id = ${id}`).toHaveLength(messagesBefore.length);
    expect(await queuedWebhooks(t.sql, 'message-sent')).toHaveLength(sentBefore.length);
    expect(await queuedWebhooks(t.sql, 'bot-message')).toHaveLength(botBefore.length + 1);
  });

  test('an unknown conversation: conversation-not-found, and Dialogflow is not asked', async () => {
    const calls = dialogflow.requests.length;
    expect(await t.client.request('send-bot-message', { conversation_id: 987_654, message: 'Hello' })).toEqual({
      success: false,
      response: 'conversation-not-found',
    });
    expect(dialogflow.requests).toHaveLength(calls);
  });

  test("Dialogflow refusing the query: internal-error with Google's reason; no message, no webhook", async () => {
    const id = await conversation();
    const sentBefore = (await queuedWebhooks(t.sql, 'message-sent')).length;
    const answer = await t.client.request('send-bot-message', { conversation_id: id, message: 'x'.repeat(300) });
    expect(answer).toEqual({
      status: 'error',
      response: 'internal-error',
      message: 'Dialogflow: INVALID_ARGUMENT: Input text exceeds the 256 characters limit.',
    });
    expect(await t.sql`SELECT 1 FROM messages WHERE conversation_id = ${id}`).toHaveLength(1);
    expect(await queuedWebhooks(t.sql, 'message-sent')).toHaveLength(sentBefore);
  });

  test('without Dialogflow: dialogflow-not-active', async () => {
    const id = await conversation(bare);
    expect(await bare.client.request('send-bot-message', { conversation_id: id, message: 'Hello' })).toEqual({
      success: false,
      response: 'dialogflow-not-active',
    });
  });
});

describe('dialogflow-intent', () => {
  test('creates an intent the bot then answers with, in the main language by default', async () => {
    const expressions = ['What are your opening hours?', 'When are you open?'];
    expect(
      await t.client.request('dialogflow-intent', { expressions, response: 'We are open every day from 9am to 6pm.' }),
    ).toEqual({ success: true, response: true });
    const request = dialogflow.requests.at(-1)!;
    expect(request.path).toBe(`/v2/projects/${PROJECT}/agent/intents`);
    expect(request.query.get('languageCode')).toBe('en');
    expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    const id = await conversation();
    const answer = await t.client.call('send-bot-message', { conversation_id: id, message: 'When are you open?' });
    expect(answer.messages).toEqual([{ message: 'We are open every day from 9am to 6pm.', attachments: [] }]);
  });

  test('agent_language picks the language of the intent', async () => {
    await t.client.call('dialogflow-intent', { expressions: ['Olá'], response: 'Olá!', agent_language: 'pt-BR' });
    expect(dialogflow.requests.at(-1)!.query.get('languageCode')).toBe('pt-BR');
    expect(dialogflow.intents.at(-1)).toMatchObject({ displayName: 'Olá', languageCode: 'pt-BR' });
  });

  test("Dialogflow refusing the intent: internal-error with Google's reason", async () => {
    expect(await t.client.request('dialogflow-intent', { expressions: ['Olá'], response: 'Again' })).toEqual({
      status: 'error',
      response: 'internal-error',
      message: "Dialogflow: FAILED_PRECONDITION: Intent with the display name 'Olá' already exists.",
    });
  });

  test('expressions that are not a JSON array of phrases are refused before Dialogflow is asked', async () => {
    const calls = dialogflow.requests.length;
    const answer = await t.post({
      function: 'dialogflow-intent',
      token: t.token,
      expressions: 'hello',
      response: 'Hi',
    });
    expect(answer).toMatchObject({ status: 'error', response: 'invalid-argument', argument: 'expressions' });
    expect(dialogflow.requests).toHaveLength(calls);
  });

  test('without Dialogflow: dialogflow-not-active', async () => {
    expect(await bare.client.request('dialogflow-intent', { expressions: ['Hi'], response: 'Hello' })).toEqual({
      success: false,
      response: 'dialogflow-not-active',
    });
  });
});

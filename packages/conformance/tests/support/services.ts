import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

type Reply = Record<string, unknown>;

const DETECT_INTENT = /^\/dialogflow\/v2\/projects\/[^/]+\/agent\/sessions\/[^/]+:detectIntent$/;

/** The answers of the services the reference server calls, just enough for a call to succeed. */
const route = (method: string, path: string, body: Reply): Reply | undefined => {
  if (path === '/slack/conversations.create') return { ok: true, channel: { id: 'CUSER0001' } };
  if (path === '/slack/chat.postMessage')
    return { ok: true, channel: body.channel ?? 'CUSER0001', ts: '1700000000.000100' };
  if (path === '/slack/users.list') return { ok: true, members: [{ id: 'U0MEMBER1', real_name: 'Support Member' }] };
  if (path === '/slack/conversations.list') return { ok: true, channels: [] };
  if (DETECT_INTENT.test(path)) {
    const query = (body.queryInput as { text?: { text?: string } } | undefined)?.text?.text ?? '';
    return {
      responseId: 'stand-in-response',
      queryResult: {
        queryText: query,
        fulfillmentText: 'Hi! How are you doing?',
        fulfillmentMessages: [{ text: { text: ['Hi! How are you doing?'] } }],
        intent: { name: 'projects/p/agent/intents/welcome', displayName: 'Default Welcome Intent' },
        intentDetectionConfidence: 1,
        languageCode: 'en',
      },
    };
  }
  if (method === 'POST' && path.startsWith('/dialogflow/') && path.includes('/agent/intents'))
    return { name: 'projects/p/agent/intents/new' };
  if (path.startsWith('/push/') && path.endsWith('/publishes/interests')) return { publishId: 'pubid-stand-in' };
  return undefined;
};

/**
 * Slack, Dialogflow and Pusher Beams stand-ins on one loopback port, so that the reference server
 * has its integrations "set up" and the integration checks run instead of being skipped.
 */
export const startServiceStandIns = async () => {
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = (text ? JSON.parse(text) : {}) as Reply;
    const path = new URL(request.url ?? '/', 'http://stand-in').pathname;
    const reply = route(request.method ?? 'GET', path, body);
    response
      .writeHead(reply ? 200 : 404, { 'content-type': 'application/json' })
      .end(JSON.stringify(reply ?? { error: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    /** The reference server's variables pointing at the stand-ins. */
    env: {
      SLACK_TOKEN: 'xoxb-stand-in',
      SLACK_API_URL: `${base}/slack`,
      DIALOGFLOW_TOKEN: 'ya29.stand-in',
      DIALOGFLOW_PROJECT_ID: 'p',
      DIALOGFLOW_API_URL: `${base}/dialogflow`,
      PUSHER_BEAMS_INSTANCE_ID: 'i',
      PUSHER_BEAMS_SECRET_KEY: 's',
      PUSHER_BEAMS_API_URL: `${base}/push`,
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};

import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { readConfig } from '../../src/config.js';
import { createServices } from '../../src/integrations/create.js';
import { ServiceError } from '../../src/integrations/errors.js';
import { createPushService } from '../../src/integrations/push.js';
import { closedPort } from '../helpers/stand-ins/http.js';
import { startBeamsStandIn } from '../helpers/stand-ins/pusher-beams.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

// Each test makes several HTTP round trips through a server on a shared machine: room for a slow CI.
vi.setConfig({ testTimeout: 20_000 });

let beams: Awaited<ReturnType<typeof startBeamsStandIn>>;
let t: TestServer;
let bare: TestServer;

const env = (overrides: NodeJS.ProcessEnv = {}) => ({
  PUSHER_BEAMS_INSTANCE_ID: beams.instanceId,
  PUSHER_BEAMS_SECRET_KEY: beams.secretKey,
  PUSHER_BEAMS_API_URL: beams.url,
  ...overrides,
});

beforeAll(async () => {
  beams = await startBeamsStandIn();
  // A 1 s timeout, so that a Beams that does not answer can be tested quickly.
  const services = createServices(readConfig(env()), { timeoutMs: 1000 });
  t = await startTestServer({}, { env: env(), services });
  bare = await startTestServer();
}, 60_000);
afterAll(async () => {
  await t?.close();
  await bare?.close();
  await beams?.close();
});

const client = (options: { secretKey?: string; apiUrl?: string; timeoutMs?: number } = {}) =>
  createPushService(
    {
      instanceId: beams.instanceId,
      secretKey: options.secretKey ?? beams.secretKey,
      apiUrl: options.apiUrl ?? beams.url,
    },
    { timeoutMs: options.timeoutMs ?? 5000 },
  );

const notification = { interests: ['agents'], title: 'New message', body: 'Hello', icon: 'https://example.com/i.png' };

describe('the Pusher Beams client, against the publish API stand-in', () => {
  test('publishes to the interests with the secret key and answers the publish ID', async () => {
    const answer = await client().publish({
      ...notification,
      deepLink: 'https://example.com/admin.php?conversation=7',
    });
    const request = beams.requests.at(-1)!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe(`/publish_api/v1/instances/${beams.instanceId}/publishes/interests`);
    expect(request.headers.authorization).toBe(`Bearer ${beams.secretKey}`);
    expect(request.json).toEqual({
      interests: ['agents'],
      web: {
        notification: {
          title: 'New message',
          body: 'Hello',
          icon: 'https://example.com/i.png',
          deep_link: 'https://example.com/admin.php?conversation=7',
        },
      },
    });
    expect(answer).toEqual({ publishId: beams.publishes.at(-1)!.publishId });
  });

  test('a refusal is answered as Beams sent it, not thrown', async () => {
    expect(await client({ secretKey: 'wrong' }).publish(notification)).toEqual({
      error: 'Unauthorized',
      description: 'Incorrect API Key',
    });
  });

  test('an unreachable Beams, or one that does not answer in time, is a ServiceError', async () => {
    const unreachable = await client({ apiUrl: `http://127.0.0.1:${await closedPort()}` })
      .publish(notification)
      .catch((caught: unknown) => caught);
    expect(unreachable).toBeInstanceOf(ServiceError);
    expect((unreachable as Error).message).toBe('Pusher Beams: could not be reached (ECONNREFUSED)');
    beams.delay(500);
    try {
      const slow = await client({ timeoutMs: 100 })
        .publish(notification)
        .catch((caught: unknown) => caught);
      expect((slow as Error).message).toBe('Pusher Beams: did not answer within 0.1 s');
    } finally {
      beams.delay(0);
    }
  });
});

describe('push-notification', () => {
  test('to all agents: the publish ID, wrapped in the envelope', async () => {
    const answer = await t.client.request('push-notification', {
      title: 'New message',
      message: 'Hello! How can I help you?',
      interests: 'agents',
      conversation_id: 1057,
    });
    expect(answer).toEqual({ success: true, response: { publishId: beams.publishes.at(-1)!.publishId } });
    expect(beams.publishes.at(-1)!.body).toEqual({
      interests: ['agents'],
      web: {
        notification: {
          title: 'New message',
          body: 'Hello! How can I help you?',
          icon: `${t.server.url.replace('127.0.0.1', 'localhost')}/media/agent.svg`,
          deep_link: `${t.server.url.replace('127.0.0.1', 'localhost')}/admin.php?conversation=1057`,
        },
      },
    });
  });

  test('an array of agent IDs is one interest per agent; no conversation, no deep link', async () => {
    await t.client.call('push-notification', { title: 'T', message: 'M', interests: [3, 1, 3] });
    const body = beams.publishes.at(-1)!.body as any;
    expect(body.interests).toEqual(['3', '1']);
    expect(body.web.notification).not.toHaveProperty('deep_link');
  });

  test('the documented `interest` name is accepted; `interests` is still required', async () => {
    await t.post({ function: 'push-notification', token: t.token, title: 'T', message: 'M', interest: '42' });
    expect(beams.publishes.at(-1)!.interests).toEqual(['42']);
    expect(await t.post({ function: 'push-notification', token: t.token, title: 'T', message: 'M' })).toMatchObject({
      status: 'error',
      response: 'missing-argument',
      argument: 'interests',
    });
  });

  test('the title and message keep their double quotes', async () => {
    await t.client.call('push-notification', { title: 'Say "hi"', message: 'He said "yes"', interests: 'agents' });
    expect((beams.publishes.at(-1)!.body as any).web.notification).toMatchObject({
      title: 'Say "hi"',
      body: 'He said "yes"',
    });
  });

  test('the icon: the argument, else the notifications icon of the settings', async () => {
    await t.client.call('push-notification', {
      title: 'T',
      message: 'M',
      interests: 'agents',
      icon: 'https://example.com/a.png',
    });
    expect((beams.publishes.at(-1)!.body as any).web.notification.icon).toBe('https://example.com/a.png');
    await t.sql`INSERT INTO settings (name, value, type) VALUES ('notifications-icon', ${t.sql.json('https://example.com/set.png')}, 'upload')`;
    await t.client.call('push-notification', { title: 'T', message: 'M', interests: 'agents' });
    expect((beams.publishes.at(-1)!.body as any).web.notification.icon).toBe('https://example.com/set.png');
  });

  test("Beams refusing the notification: a success whose response is Beams' error", async () => {
    beams.rotateKey('a-new-key');
    try {
      expect(await t.client.request('push-notification', { title: 'T', message: 'M', interests: 'agents' })).toEqual({
        success: true,
        response: { error: 'Unauthorized', description: 'Incorrect API Key' },
      });
    } finally {
      beams.rotateKey(beams.secretKey);
    }
  });

  test('Beams not answering: a success whose response is the error text', async () => {
    beams.delay(1500);
    try {
      expect(await t.client.request('push-notification', { title: 'T', message: 'M', interests: 'agents' })).toEqual({
        success: true,
        response: 'Pusher Beams: did not answer within 1 s',
      });
    } finally {
      beams.delay(0);
    }
  });

  test('without Pusher Beams push notifications are disabled: false', async () => {
    expect(await bare.client.request('push-notification', { title: 'T', message: 'M', interests: 'agents' })).toEqual({
      success: true,
      response: false,
    });
  });
});

import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { ServiceError } from '../../src/integrations/errors.js';
import { createLicenseService } from '../../src/integrations/license.js';
import { closedPort, startHttpStandIn } from '../helpers/stand-ins/http.js';
import { startLicenseStandIn } from '../helpers/stand-ins/license.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

// Each test makes several HTTP round trips through a server on a shared machine: room for a slow CI.
vi.setConfig({ testTimeout: 20_000 });

const SLACK_KEY = '9300AB16-014ZEE12-91E199EA-997CEX40';
const OLD_KEY = '1111AAAA-2222BBBB-3333CCCC-4444DDDD';
const DIALOGFLOW_KEY = 'DF00AB16-014ZEE12-91E199EA-997CEX40';

let license: Awaited<ReturnType<typeof startLicenseStandIn>>;
let t: TestServer;
let bare: TestServer;

beforeAll(async () => {
  license = await startLicenseStandIn({
    keys: {
      [SLACK_KEY]: { app: 'slack', status: 'success' },
      [DIALOGFLOW_KEY]: { app: 'dialogflow', status: 'success' },
      [OLD_KEY]: { app: 'slack', status: 'expired' },
    },
  });
  t = await startTestServer({}, { env: { LICENSE_URL: `${license.url}/` } });
  bare = await startTestServer();
}, 60_000);
afterAll(async () => {
  await t?.close();
  await bare?.close();
  await license?.close();
});

const savedKey = async (app: string) =>
  (await t.sql<{ key: string }[]>`SELECT key FROM app_keys WHERE app_name = ${app}`)[0]?.key;

describe('the licence client', () => {
  test('posts {app, key} as JSON and answers the status', async () => {
    const service = createLicenseService(`${license.url}/`);
    expect(await service.activate({ app: 'slack', key: SLACK_KEY })).toBe('success');
    const request = license.requests.at(-1)!;
    expect(request.method).toBe('POST');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.json).toEqual({ app: 'slack', key: SLACK_KEY });
    expect(await service.activate({ app: 'dialogflow', key: SLACK_KEY })).toBe('invalid-key');
    expect(await service.activate({ app: 'slack', key: OLD_KEY })).toBe('expired');
  });

  test('an answer outside the protocol, no answer, or a slow one: a ServiceError', async () => {
    const odd = await startHttpStandIn(() => ({ status: 500, body: '<html>oops</html>' }));
    try {
      const error = await createLicenseService(odd.url)
        .activate({ app: 'slack', key: 'k' })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as Error).message).toBe('Licence server: answered HTTP 500 without a licence status');
      odd.delay(500);
      const slow = await createLicenseService(odd.url, { timeoutMs: 100 })
        .activate({ app: 'slack', key: 'k' })
        .catch((caught: unknown) => caught);
      expect((slow as Error).message).toBe('Licence server: did not answer within 0.1 s');
    } finally {
      await odd.close();
    }
    const down = await createLicenseService(`http://127.0.0.1:${await closedPort()}`)
      .activate({ app: 'slack', key: 'k' })
      .catch((caught: unknown) => caught);
    expect((down as Error).message).toBe('Licence server: could not be reached (ECONNREFUSED)');
  });
});

describe('app-activation', () => {
  test('a valid key: success, and app-get-key finds it saved', async () => {
    expect(await t.client.request('app-activation', { app_name: 'slack', key: SLACK_KEY })).toEqual({
      success: true,
      response: 'success',
    });
    expect(await savedKey('slack')).toBe(SLACK_KEY);
  });

  test('spaces around the key are ignored', async () => {
    await t.post({ function: 'app-activation', token: t.token, app_name: 'dialogflow', key: `  ${DIALOGFLOW_KEY} ` });
    expect(license.requests.at(-1)!.json).toEqual({ app: 'dialogflow', key: DIALOGFLOW_KEY });
    expect(await savedKey('dialogflow')).toBe(DIALOGFLOW_KEY);
  });

  test('an unknown key, or a key of another app: invalid-key, and the saved key stays', async () => {
    expect(await t.client.request('app-activation', { app_name: 'slack', key: 'NOT-A-KEY' })).toEqual({
      success: false,
      response: 'invalid-key',
    });
    expect(await t.client.request('app-activation', { app_name: 'slack', key: DIALOGFLOW_KEY })).toEqual({
      success: false,
      response: 'invalid-key',
    });
    expect(await savedKey('slack')).toBe(SLACK_KEY);
  });

  test('an empty key is invalid without asking the licence server', async () => {
    const calls = license.requests.length;
    expect(await t.post({ function: 'app-activation', token: t.token, app_name: 'slack', key: '  ' })).toEqual({
      success: false,
      response: 'invalid-key',
    });
    expect(license.requests).toHaveLength(calls);
  });

  test('an expired key: expired, and nothing is saved', async () => {
    await t.sql`DELETE FROM app_keys`;
    expect(await t.client.request('app-activation', { app_name: 'slack', key: OLD_KEY })).toEqual({
      success: false,
      response: 'expired',
    });
    expect(await savedKey('slack')).toBeUndefined();
  });

  test('an app that is not slack or dialogflow is refused before the licence server is asked', async () => {
    const calls = license.requests.length;
    expect(
      await t.post({ function: 'app-activation', token: t.token, app_name: 'whatsapp', key: SLACK_KEY }),
    ).toMatchObject({
      status: 'error',
      response: 'invalid-argument',
      argument: 'app_name',
    });
    expect(license.requests).toHaveLength(calls);
  });

  test('without a licence server: activation-not-active', async () => {
    expect(await bare.client.request('app-activation', { app_name: 'slack', key: SLACK_KEY })).toEqual({
      success: false,
      response: 'activation-not-active',
    });
    expect(await bare.sql`SELECT 1 FROM app_keys`).toHaveLength(0);
  });
});

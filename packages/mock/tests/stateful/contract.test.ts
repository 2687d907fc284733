import { type AnyMethod, type MethodName, methodList, methods } from '@support-board/contract';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { handlers } from '../../src/core/generate/stateful/handlers/index.js';
import { startTestMock, type TestMock } from '../helpers/mock.js';
import { sweepStateful } from '../sweeps/stateful.js';

const all = methodList as readonly AnyMethod[];

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock({ mode: 'stateful' });
});
afterAll(() => mock.close());

sweepStateful(() => mock);

describe('stateful mode has a handler for every method', () => {
  test('every method has a handler, or needs an app (answered as not configured)', () => {
    const missing = all.filter((method) => !method.requires && !handlers[method.name as MethodName]);
    expect(missing.map((method) => method.name)).toEqual([]);
  });

  test('apps that are not configured answer their documented outcome', async () => {
    expect((await mock.call('send-slack-message', { user_id: 5 })).body).toEqual({
      success: false,
      response: 'slack-not-active',
    });
    expect((await mock.call('dialogflow-intent', methods['dialogflow-intent'].request)).body.response).toBe(
      'dialogflow-not-active',
    );
    expect((await mock.call('wp-synch')).body).toEqual({ status: 'error', response: 'app-not-installed' });
    expect((await mock.call('push-notification', methods['push-notification'].request)).body.response).toBe(false);
    expect((await mock.call('update')).body.response).toBe('envato-purchase-code-not-found');
    expect((await mock.call('get-versions')).body.response).toEqual({ sb: '3.0.4' });
  });

  test('Prefer still serves examples and codes', async () => {
    const reply = await mock.call('get-user', { user_id: 5 }, { prefer: 'example=not-found' });
    expect(reply.body).toEqual({ success: true, response: false });
    expect(reply.headers.get('x-mock-example')).toBe('not-found');
  });
});

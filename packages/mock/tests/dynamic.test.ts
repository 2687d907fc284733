import { type AnyMethod, methodList } from '@support-board/contract';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateDynamic } from '../src/core/generate/dynamic.js';
import { expectValidAnswer, startTestMock, type TestMock } from './helpers/mock.js';

const all = methodList as readonly AnyMethod[];
const SEEDS = 200;

describe('dynamic values are valid against the contract for every method', () => {
  test.each(all.map((method) => [method.name, method] as const))(`%s, ${SEEDS} seeds`, (_, method) => {
    for (let seed = 0; seed < SEEDS; seed++) {
      const generated = generateDynamic(method, { function: method.name }, seed);
      expect(generated.fallback, `${method.name} seed ${seed} fell back to the example`).toBe(false);
      expectValidAnswer(method, { success: true, response: generated.value });
    }
  });

  test('realistic values: digits for IDs, UTC datetimes, emails', () => {
    const method = all.find((m) => m.name === 'get-users') as AnyMethod;
    const users = generateDynamic(method, {}, 3).value as Record<string, string | null>[];
    for (const user of users) {
      expect(user.id).toMatch(/^[1-9]\d*$/);
      expect(user.creation_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      if (user.email !== null) expect(user.email).toMatch(/^[a-z.]+@example\.com$/);
      expect(user.token).toMatch(/^[0-9a-f]{40}$/);
    }
  });
});

describe('dynamic mode over HTTP', () => {
  let mock: TestMock;
  let other: TestMock;
  beforeAll(async () => {
    mock = await startTestMock({ mode: 'dynamic', seed: 7 });
    other = await startTestMock({ mode: 'dynamic', seed: 8 });
  });
  afterAll(() => Promise.all([mock.close(), other.close()]));

  test('the same seed and request give the same answer, whoever asks', async () => {
    const first = await mock.call('get-conversations', { pagination: 0 });
    const again = await mock.post({ token: 'someone-else', function: 'get-conversations', pagination: '0' });
    expect(again.body).toEqual(first.body);
    expect(first.headers.get('x-mock-mode')).toBe('dynamic');
    expect(first.headers.get('x-mock-seed')).toBe('7');
    expectValidAnswer(all.find((m) => m.name === 'get-conversations') as AnyMethod, first.body);
  });

  test('another seed or another request gives another answer', async () => {
    const first = await mock.call('get-conversations', { pagination: 0 });
    expect((await other.call('get-conversations', { pagination: 0 })).body).not.toEqual(first.body);
    expect((await mock.call('get-conversations', { pagination: 1 })).body).not.toEqual(first.body);
    const seeded = await mock.call('get-conversations', { pagination: 0 }, { prefer: 'seed=8' });
    expect(seeded.body).toEqual((await other.call('get-conversations', { pagination: 0 })).body);
  });

  test('named examples, codes and validation still apply', async () => {
    const example = await mock.call('get-user', { user_id: 1 }, { prefer: 'example=not-found' });
    expect(example.body).toEqual({ success: true, response: false });
    expect((await mock.post({ token: 'x', function: 'get-user' })).body.response).toBe('missing-argument');
  });

  test('Prefer: dynamic=true generates in static mode too', async () => {
    const stat = await startTestMock();
    const reply = await stat.call('get-user', { user_id: 1 }, { prefer: 'dynamic=true, seed=7' });
    expect(reply.body).toEqual((await mock.call('get-user', { user_id: 1 })).body);
    await stat.close();
  });
});

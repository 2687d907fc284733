/**
 * What stateful mode answers on its demo data, at a fixed time, pinned: each call of the sweep's
 * table on a fresh store, its answer compared with the one recorded in __snapshots__. A handler that
 * answers something else, valid or not (an empty list, a filter turned around), fails here.
 */
import type { MethodName } from '@support-board/contract';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestMock, type TestMock } from '../helpers/mock.js';
import { onDemoData, Refused } from '../sweeps/stateful.js';

const NOW = new Date(Date.UTC(2025, 0, 7, 12, 0, 0));

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock({ mode: 'stateful', now: () => NOW, publicUrl: 'https://example.com/supportboard' });
});
afterAll(() => mock.close());

/**
 * Long lists as the IDs of their items, in order (their items' fields are pinned by the calls that
 * read one); a CSV export's folder, random by design, as `<folder>`.
 */
const view = (answer: unknown) => {
  if (typeof answer === 'string') return answer.replace(/\/uploads\/[0-9a-f]{24}\//, '/uploads/<folder>/');
  if (Array.isArray(answer) && answer.length > 5 && answer.every((item) => item?.id !== undefined))
    return `${answer.length} items, ids ${answer.map((item) => item.id).join(',')}`;
  return answer;
};

const calls = Object.entries(onDemoData).flatMap(([name, list]) =>
  (list ?? []).map((call) => [name, call instanceof Refused ? call.args : call] as const),
);

test.each(calls)('%s %j', async (name, args) => {
  mock.app.mock.engine?.reset();
  const { body } = await mock.call(name as MethodName, args);
  expect({ ...body, response: view(body.response) }).toMatchSnapshot();
});

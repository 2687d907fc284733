/**
 * The suite's own mutation test: a proxy in front of the stateful mock breaks one behaviour at a
 * time (an argument ignored, an order reversed, a write acknowledged but not made, an error code
 * answered as another), in every group; the checks that cover it must fail. They first pass on the
 * unbroken mock, so that each failure is the mutation's. The score is printed.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startBrokenTarget } from './support/broken-target.js';
import { startMockTarget } from './support/mock.js';
import { mutations } from './support/mutations.js';
import type { Target } from './support/reference.js';
import { describeFailures, failedIds, runAgainst } from './support/run.js';

let mock: Target;
const caught: string[] = [];

beforeAll(async () => {
  mock = await startMockTarget({ mode: 'stateful' });
});
afterAll(async () => {
  console.log(`mutation score: ${caught.length}/${mutations.length} mutations caught`);
  await mock?.close();
});

const everyCheck = [...new Set(mutations.flatMap((m) => m.caughtBy))];

describe('mutations of the stateful mock', () => {
  test('the checks that must catch them pass on the unbroken mock', async () => {
    const report = await runAgainst(mock, { level: 'full', only: everyCheck });
    expect(report.totals.total).toBe(everyCheck.length);
    expect(failedIds(report), describeFailures(report)).toEqual([]);
  });

  test('every group and every kind of fault is there', () => {
    expect(new Set(mutations.map((m) => m.group))).toEqual(new Set(['users', 'conversations', 'more', 'api']));
    expect(new Set(mutations.map((m) => m.kind)).size).toBe(5);
  });

  test.each(mutations.map((m) => [`${m.group}: ${m.what} (${m.kind})`, m] as const))('%s', async (_, mutation) => {
    const broken = await startBrokenTarget(mock, mutation.breakage);
    try {
      const report = await runAgainst(broken, { level: 'full', only: mutation.caughtBy });
      const failed = report.checks.filter((check) => check.status === 'failed').map((check) => check.id);
      expect(
        failed.filter((id) => mutation.caughtBy.includes(id)),
        describeFailures(report),
      ).not.toEqual([]);
      caught.push(mutation.what);
    } finally {
      await broken.close();
    }
  });
});

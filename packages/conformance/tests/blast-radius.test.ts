/**
 * ONE DIFFERENCE COSTS ONE CHECK. A server that differs from the contract in one method must be told
 * exactly there, by the checks that call that method, while every other check is judged as usual.
 * Each mutation below changes one method's answers the way a real server plausibly does, on a proxy
 * in front of the stateful mock; the core suite runs through it, and the test asserts the blast
 * radius: what fails calls the changed method, what is blocked needed its output, and every check
 * that never calls it is judged exactly as on the unchanged mock.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CheckResult, Report } from '../src/index.js';
import { startBrokenTarget } from './support/broken-target.js';
import { startMockTarget } from './support/mock.js';
import { mutations } from './support/mutations.js';
import type { Target } from './support/reference.js';
import { runAgainst } from './support/run.js';

let mock: Target;
let clean: Report;
const rows: string[] = [];

beforeAll(async () => {
  mock = await startMockTarget({ mode: 'stateful' });
  clean = await runAgainst(mock, { apiVersion: '3.0' });
});
afterAll(async () => {
  await mock?.close();
  console.log(
    [
      "| method | one difference | failed | blocked | judged apart from the method's callers |",
      '|---|---|---|---|---|',
      ...rows,
    ].join('\n'),
  );
});

const calls = (result: CheckResult | undefined, method: string) => Boolean(result?.calls?.includes(method));

test('the unchanged mock passes every core check', () => {
  expect(clean.checks.filter((check) => check.status !== 'passed').map((check) => check.id)).toEqual([]);
});

test.each(mutations.map((m) => [`${m.method}: ${m.change}`, m] as const))('%s', async (_name, m) => {
  const proxy = await startBrokenTarget(mock, m.breakage);
  let report: Report;
  try {
    report = await runAgainst(proxy, { apiVersion: '3.0' });
  } finally {
    await proxy.close();
  }
  const before = new Map(clean.checks.map((check) => [check.id, check]));
  const callers = report.checks.filter((check) => calls(check, m.method) || calls(before.get(check.id), m.method));
  const others = report.checks.filter((check) => !callers.includes(check));
  const failed = report.checks.filter((check) => check.status === 'failed');
  const blocked = report.checks.filter((check) => check.status === 'blocked');
  const changedElsewhere = others.filter((check) => check.status !== before.get(check.id)?.status);
  rows.push(
    `| ${m.method} | ${m.change} | ${failed.length} | ${blocked.length} | ${others.length - changedElsewhere.length} of ${others.length} |`,
  );
  // What fails calls the changed method; what is blocked was blocked by it.
  expect(failed.filter((check) => !callers.includes(check)).map((check) => check.id)).toEqual([]);
  expect(blocked.filter((check) => check.blockedBy?.method !== m.method).map((check) => check.id)).toEqual([]);
  // Every check that never calls it is judged as on the unchanged mock.
  expect(changedElsewhere.map((check) => `${check.id}: ${check.status}`)).toEqual([]);
});

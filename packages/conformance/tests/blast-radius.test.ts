/**
 * ONE DIFFERENCE COSTS ONE CHECK. A server that differs from the contract in one method must be told
 * exactly there, by the checks that call that method, while every other check is judged as usual.
 * Each mutation changes one method's answers the way a real server plausibly does, on a proxy in
 * front of the stateful mock; the core suite runs through it, and the test asserts the blast radius:
 * what fails calls the changed method, what is blocked was blocked by it, every check that never
 * calls it is judged exactly as on the unchanged mock, and the difference itself is reported (unless
 * the contract allows it). The table it prints is the one in the README.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CheckResult, Report } from '../src/index.js';
import { startBrokenTarget } from './support/broken-target.js';
import { startMockTarget } from './support/mock.js';
import { type Mutation, mutations } from './support/one-difference.js';
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
  const header = [
    '| method | one difference | failed | blocked | checks not calling it, judged as before |',
    '|---|---|---:|---:|---:|',
  ];
  console.log([...header, ...rows].join('\n'));
});

const calls = (result: CheckResult | undefined, method: string) => Boolean(result?.calls?.includes(method));

const through = async (m: Mutation): Promise<Report> => {
  const proxy = await startBrokenTarget(mock, m.breakage);
  try {
    return await runAgainst(proxy, { apiVersion: '3.0' });
  } finally {
    await proxy.close();
  }
};

/** The run through a mutation, sorted: the checks calling the method, and how the rest fared. */
const radius = (m: Mutation, report: Report) => {
  const before = new Map(clean.checks.map((check) => [check.id, check]));
  const callers = report.checks.filter((check) => calls(check, m.method) || calls(before.get(check.id), m.method));
  const others = report.checks.filter((check) => !callers.includes(check));
  const failed = report.checks.filter((check) => check.status === 'failed');
  const blocked = report.checks.filter((check) => check.status === 'blocked');
  // A check blocked by the method needed what it makes (a fixture, a set-up call); any other change is a leak.
  const blockedByIt = (check: CheckResult) => check.status === 'blocked' && check.blockedBy?.method === m.method;
  const changedElsewhere = others.filter(
    (check) => check.status !== before.get(check.id)?.status && !blockedByIt(check),
  );
  rows.push(
    `| ${m.method} | ${m.change} | ${failed.length} | ${blocked.length} | ${others.filter((check) => check.status === before.get(check.id)?.status).length} of ${others.length} |`,
  );
  return { callers, others, failed, blocked, changedElsewhere };
};

test('the unchanged mock passes every core check', () => {
  expect(clean.checks.filter((check) => check.status !== 'passed').map((check) => check.id)).toEqual([]);
  expect(clean.readings).toEqual([]);
});

/** What fails calls the changed method, what is blocked was blocked by it, everything else is judged as usual, and the difference is reported. */
const expectWithinRadius = (m: Mutation, report: Report) => {
  const within = radius(m, report);
  const { callers, failed, blocked, changedElsewhere } = within;
  expect(failed.filter((check) => !callers.includes(check)).map((check) => check.id)).toEqual([]);
  expect(blocked.filter((check) => check.blockedBy?.method !== m.method).map((check) => check.id)).toEqual([]);
  expect(changedElsewhere.map((check) => `${check.id}: ${check.status}`)).toEqual([]);
  const reported = failed.some((check) => check.findings.some((finding) => finding.method === m.method));
  expect(reported, m.allowed ?? 'the difference is reported as a failure').toBe(!m.allowed);
  return within;
};

const RENAMED = 'details.id renamed to conversation_id';
const NO_ID = 'no ID at all (true)';
const mutation = (change: string) => mutations.find((each) => each.change === change) as Mutation;

test.each(
  mutations
    .filter((m) => m.change !== RENAMED && m.change !== NO_ID)
    .map((m) => [`${m.method}: ${m.change}`, m] as const),
)('%s', async (_name, m) => {
  expectWithinRadius(m, await through(m));
});

test('a renamed key of new-conversation: its checks say which, with a curl line that shows it again, and 180+ other core checks are judged', async () => {
  const m = mutation(RENAMED);
  const proxy = await startBrokenTarget(mock, m.breakage);
  try {
    // --keep: the curl line's user must still be there when it is pasted.
    const report = await runAgainst(proxy, { apiVersion: '3.0', keep: true });
    const { others, blocked } = expectWithinRadius(m, report);
    expect(blocked).toEqual([]);
    expect(others.filter((check) => check.status === 'passed').length).toBeGreaterThanOrEqual(180);
    const example = report.checks.find((check) => check.id === 'examples/new-conversation');
    expect(example?.status).toBe('failed');
    const finding = example?.findings.find((f) => f.path === '$.response.details.id');
    expect(finding).toMatchObject({
      method: 'new-conversation',
      expected: 'string',
      received: 'nothing (the key is absent)',
    });
    // The suite went on with the ID it found, and says where it read it.
    expect(report.readings).toContainEqual(
      expect.objectContaining({
        method: 'new-conversation',
        value: "the conversation's ID",
        documented: '$.response.details.id',
        read: '$.response.details.conversation_id (a known variant)',
      }),
    );
    // Pasted into bash with $TOKEN set, the curl line gets the same answer from the target (where
    // bash and curl are; tests/curl.test.ts says when they are not). Asynchronously: the proxy
    // answering it runs in this process.
    if (spawnSync('bash', ['-c', 'curl --version'], { stdio: 'ignore' }).status === 0) {
      const { stdout } = await promisify(execFile)('bash', ['-c', `${finding?.curl ?? 'false'} --max-time 10`], {
        env: { ...process.env, TOKEN: proxy.token },
      });
      const answer = JSON.parse(stdout);
      expect(answer.response.details).toHaveProperty('conversation_id');
      expect(answer.response.details).not.toHaveProperty('id');
    }
  } finally {
    await proxy.close();
  }
});

test('no new ID at all from add-user: only the checks that needed a user are blocked, each naming the call and the answer', async () => {
  const m = mutation(NO_ID);
  const report = await through(m);
  const { blocked, others } = expectWithinRadius(m, report);
  expect(blocked.length).toBeGreaterThan(0);
  // The checks that need no user of the suite's (the dispatcher's, say) still pass.
  expect(others.filter((check) => check.status === 'passed').length).toBeGreaterThan(0);
  expect(blocked[0]?.blockedBy).toMatchObject({
    method: 'add-user',
    path: '$.response',
    received: '{"success":true,"response":true}',
    curl: expect.stringContaining("--data-urlencode 'function=add-user'"),
  });
});

import { type Answer, type Api, TransportError } from './api.js';
import { CheckContext, type RunEnv } from './context.js';
import { shapeOf, showAnswer } from './envelope.js';
import { Blocked, Skip, Stop } from './outcomes.js';
import { sentArgs } from './sent.js';
import type { Check, CheckResult, Finding, Status } from './types.js';
import { errorText } from './values.js';

type CheckInfo = Pick<Check, 'id' | 'title' | 'group' | 'area' | 'methods' | 'tags' | 'onOriginal'>;

/** A check's result: what it is, how it ended, and why. */
export const checkResult = (
  check: CheckInfo,
  status: Status,
  ms: number,
  findings: Finding[],
  why: Pick<CheckResult, 'reason' | 'blockedBy' | 'calls' | 'fixtures' | 'sent'> = {},
): CheckResult => ({
  id: check.id,
  title: check.title,
  group: check.group,
  area: check.area,
  methods: check.methods,
  tags: check.tags,
  status,
  ms,
  ...(why.reason ? { reason: why.reason } : {}),
  ...(why.blockedBy ? { blockedBy: why.blockedBy } : {}),
  ...(check.onOriginal ? { onOriginal: check.onOriginal } : {}),
  findings,
  ...(why.calls ? { calls: why.calls } : {}),
  ...(why.fixtures ? { fixtures: why.fixtures } : {}),
  ...(why.sent ? { sent: why.sent } : {}),
});

/** Runs one check; whatever it throws ends as passed, failed, blocked or skipped, never as a crash of the run. */
export const executeCheck = async (check: Check, env: RunEnv): Promise<CheckResult> => {
  const t = new CheckContext(check, env);
  env.api.journal.clear();
  const started = performance.now();
  const done = (status: Status, why: Parameters<typeof checkResult>[4] = {}) =>
    checkResult(check, status, Math.round(performance.now() - started), t.findings, {
      ...why,
      calls: env.api.journal.methods,
      fixtures: [...t.fixturesRead],
      sent: sentArgs(env.api.journal.all),
    });
  try {
    await check.run(t);
    return done(t.findings.length ? 'failed' : 'passed');
  } catch (error) {
    if (error instanceof Skip) return t.findings.length ? done('failed') : done('skipped', { reason: error.message });
    if (error instanceof Stop) return done('failed');
    // A check that found something wrong before it was blocked has failed; otherwise it could not test.
    if (error instanceof Blocked) return done(t.findings.length ? 'failed' : 'blocked', { blockedBy: error.finding });
    if (error instanceof TransportError) {
      t.report({
        ...(error.method ? { method: error.method } : {}),
        path: '$',
        expected: 'an HTTP answer',
        received: error.message,
      });
      return done('failed');
    }
    t.report({ path: '(the check itself)', expected: 'the check to run to its end', received: errorText(error) });
    return done('failed');
  }
};

const preflightCheck: CheckInfo = {
  id: 'preflight',
  title: 'The target answers count-users with the given token',
  group: 'api',
  area: 'negative',
  methods: ['count-users'],
  tags: ['api', 'count-users'],
};

/** Before anything else: is this the API, reachable, and is the token an admin's? Undefined when all is well. */
export const preflight = async (api: Api): Promise<CheckResult | undefined> => {
  const started = performance.now();
  const fail = (finding: Omit<Finding, 'check'>) =>
    checkResult(preflightCheck, 'failed', Math.round(performance.now() - started), [
      { check: 'preflight', ...finding },
    ]);
  let answer: Answer;
  try {
    answer = await api.call('count-users');
  } catch (error) {
    return fail({
      method: 'count-users',
      path: '$',
      expected: `an answer from ${api.url}`,
      received: errorText(error),
      hint: 'Is --target the full URL of include/api.php, and is the server running?',
    });
  }
  const shape = shapeOf(answer);
  if (shape.kind === 'success') return undefined;
  return fail({
    method: 'count-users',
    path: '$',
    expected: 'a success answer',
    received: showAnswer(answer),
    hint:
      shape.kind === 'error' && ['invalid-token', 'token-not-found'].includes(shape.code)
        ? '--token must be the token of an admin of the target.'
        : shape.kind === 'invalid'
          ? 'This does not answer as the API does: is --target the full URL of include/api.php?'
          : undefined,
  });
};

import { TransportError } from './api.js';
import { CheckContext, type RunEnv, Skip, Stop } from './context.js';
import { shapeOf, showAnswer } from './envelope.js';
import { FixtureError } from './fixtures.js';
import type { Check, CheckResult, Finding, Status } from './types.js';
import { errorText } from './values.js';

const result = (check: Check, status: Status, ms: number, findings: Finding[], reason?: string): CheckResult => ({
  id: check.id,
  title: check.title,
  group: check.group,
  area: check.area,
  methods: check.methods,
  tags: check.tags,
  status,
  ms,
  ...(reason ? { reason } : {}),
  findings,
});

/** Runs one check; whatever it throws ends as passed, failed or skipped, never as a crash of the run. */
export const executeCheck = async (check: Check, env: RunEnv): Promise<CheckResult> => {
  const t = new CheckContext(check, env);
  const started = performance.now();
  const done = (status: Status, reason?: string) =>
    result(check, status, Math.round(performance.now() - started), t.findings, reason);
  try {
    await check.run(t);
    return done(t.findings.length ? 'failed' : 'passed');
  } catch (error) {
    if (error instanceof Skip) return t.findings.length ? done('failed') : done('skipped', error.message);
    if (error instanceof Stop) return done('failed');
    if (error instanceof FixtureError) {
      if (error.reported)
        return done('skipped', 'the suite could not create its fixtures (see the first failed check)');
      error.reported = true;
      t.report(error.finding);
      return done('failed');
    }
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

const preflightCheck: Check = {
  id: 'preflight',
  title: 'The target answers count-users with the given token',
  group: 'api',
  area: 'negative',
  methods: ['count-users'],
  level: 'core',
  tags: ['api', 'count-users'],
  run: async () => {},
};

/** Before anything else: is this the API, reachable, and is the token an admin's? Undefined when all is well. */
export const preflight = async (env: RunEnv): Promise<CheckResult | undefined> => {
  const started = performance.now();
  const fail = (finding: Omit<Finding, 'check'>) =>
    result(preflightCheck, 'failed', Math.round(performance.now() - started), [{ check: 'preflight', ...finding }]);
  let answer: Awaited<ReturnType<RunEnv['api']['call']>>;
  try {
    answer = await env.api.call('count-users');
  } catch (error) {
    return fail({
      method: 'count-users',
      path: '$',
      expected: `an answer from ${env.api.url}`,
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

/**
 * THE MOCK MUST PASS THE SUITE.
 *
 * The suite runs against the mock (@support-board/mock) as against the reference server: in stateful
 * mode in full (core, then full with webhooks; the outside services are never set up in the mock, so
 * the checks needing one are skipped with the reason). Static and dynamic modes keep no state: they
 * are checked on what needs none (see the README, "Against the mock"). A failure is a bug of the mock
 * or of a check; the message lists every finding to tell which.
 *
 * Load profiles are left out, as for the reference server: their thresholds depend on the machine.
 */
import type { StartOptions } from '@support-board/mock';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startMockTarget } from './support/mock.js';
import type { Target } from './support/reference.js';
import { describeFailures, failedIds, runAgainst } from './support/run.js';
import { startWebhookRelay } from './support/webhook-relay.js';

const SECRET = 'whsec_bW9jay1jb25mb3JtYW5jZS1zZWNyZXQtMTIz';
const KEY = 'mock-key';

/** What static mode can be checked on: the wire, the dispatcher, argument validation, the examples. */
const STATIC = { only: ['examples', 'negative'], skip: ['negative/error-code', 'negative/injection'] };
/** Dynamic answers are random: only the dispatcher's checks read nothing back. */
const DYNAMIC = { only: ['negative/dispatcher'] };

/** Every check that needs a service: the mock has none set up. */
const NEEDS_A_SERVICE = [
  'integrations/slack-users',
  'integrations/send-slack-message',
  'integrations/send-bot-message',
  'integrations/dialogflow-intent',
  'integrations/wp-synch',
  'integrations/send-email',
  'integrations/push-notification',
  'integrations/app-activation',
  'webhooks/email-sent',
  'webhooks/slack-message-sent',
  'webhooks/bot-message',
];

const started: Target[] = [];
const start = async (options: StartOptions) => {
  const target = await startMockTarget(options);
  started.push(target);
  return target;
};

let relay: Awaited<ReturnType<typeof startWebhookRelay>>;
let stateful: Target;

beforeAll(async () => {
  relay = await startWebhookRelay();
  stateful = await start({
    mode: 'stateful',
    webhookUrl: relay.url,
    webhookKey: KEY,
    webhookSecret: SECRET,
    webhookRetryDelayMs: 100,
  });
});
afterAll(async () => {
  await Promise.all(started.map((target) => target.close()));
  await relay?.close();
});

describe('MOCK, stateful mode: the suite passes in full', () => {
  test('level core: every example, negative check and scenario passes; nothing is skipped', async () => {
    const report = await runAgainst(stateful, { level: 'core' });
    expect(failedIds(report), describeFailures(report)).toEqual([]);
    expect(report.totals.skipped).toBe(0);
    expect(report.totals.passed).toBeGreaterThan(150);
  });

  test('level full: reference checks and webhooks pass; checks needing a service skip, saying so', async () => {
    const report = await runAgainst(
      stateful,
      { level: 'full', skip: ['load'], webhooks: { port: 0, key: KEY, secret: SECRET, timeoutMs: 5000 } },
      (url) => relay.forwardTo(url),
    );
    relay.forwardTo(undefined);
    expect(failedIds(report), describeFailures(report)).toEqual([]);
    const skipped = report.checks.filter((check) => check.status === 'skipped');
    expect(skipped.map((check) => check.id).sort()).toEqual([...NEEDS_A_SERVICE].sort());
    for (const check of skipped) expect(check.reason, check.id).toMatch(/ is not set up on the target: /);
    const passed = report.checks.filter((check) => check.status === 'passed').map((check) => check.id);
    expect(passed).toEqual(
      expect.arrayContaining([
        'webhooks/message-sent',
        'webhooks/conversation-status-updated',
        'webhooks/new-conversation-created',
        'webhooks/message-deleted',
        'webhooks/user-deleted',
        'webhooks/new-email-address',
        'integrations/update-conversation-department-email',
      ]),
    );
    expect(
      passed.filter((id) => report.checks.find((check) => check.id === id)?.tags.includes('reference')).length,
    ).toBeGreaterThan(5);
  });
});

describe('MOCK, API 3.3: the suite judging answers as 3.3 passes against the mock answering as 3.3', () => {
  test('stateful, levels core and full (webhooks included): nothing fails, the 3.3 checks run', async () => {
    const v33 = await start({
      mode: 'stateful',
      apiVersion: '3.3',
      webhookUrl: relay.url,
      webhookKey: KEY,
      webhookSecret: SECRET,
      webhookRetryDelayMs: 100,
    });
    const core = await runAgainst(v33, { level: 'core', apiVersion: '3.3' });
    expect(failedIds(core), describeFailures(core)).toEqual([]);
    expect(core.totals.skipped).toBe(0);
    expect(core.checks.map((check) => check.id)).toEqual(
      expect.arrayContaining([
        'negative/error-code/add-user/duplicate-phone',
        'negative/error-code/update-user/duplicate-phone',
        'scenarios/send-message-status-from-sender',
        'scenarios/status-event-message',
        'negative/missing-argument/csv-conversations/conversation_id',
      ]),
    );
    const full = await runAgainst(
      v33,
      {
        level: 'full',
        apiVersion: '3.3',
        skip: ['load'],
        webhooks: { port: 0, key: KEY, secret: SECRET, timeoutMs: 5000 },
      },
      (url) => relay.forwardTo(url),
    );
    relay.forwardTo(undefined);
    expect(failedIds(full), describeFailures(full)).toEqual([]);
  });

  test('static: the examples as 3.3 answers them, the dispatcher with its 3.3 message and names', async () => {
    const report = await runAgainst(await start({ mode: 'static', apiVersion: '3.3' }), {
      level: 'core',
      apiVersion: '3.3',
      ...STATIC,
    });
    expect(failedIds(report), describeFailures(report)).toEqual([]);
    expect(report.totals.passed).toBeGreaterThan(150);
  });
});

describe('MOCK, static and dynamic modes: what needs no state passes', () => {
  test('static: examples, the dispatcher, missing and malformed arguments, oversized bodies', async () => {
    const report = await runAgainst(await start({ mode: 'static' }), { level: 'core', ...STATIC });
    expect(failedIds(report), describeFailures(report)).toEqual([]);
    expect(report.totals.skipped).toBe(0);
    expect(report.totals.passed).toBeGreaterThan(150);
  });

  test('dynamic: the dispatcher', async () => {
    const report = await runAgainst(await start({ mode: 'dynamic' }), { level: 'core', ...DYNAMIC });
    expect(failedIds(report), describeFailures(report)).toEqual([]);
    expect(report.totals.passed).toBe(report.totals.total);
  });

  test('without --token the mock takes any token: negative/dispatcher/bad-token fails, and only it', async () => {
    const report = await runAgainst(await start({ mode: 'static', token: undefined }), { level: 'core', ...DYNAMIC });
    expect(failedIds(report)).toEqual(['negative/dispatcher/bad-token']);
  });
});

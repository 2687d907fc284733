/**
 * --api-version judges every answer by that version: a server answering as one version fails, as
 * the other, exactly the checks of what the contract records as changed between them, and nothing else.
 * The mock answers either version (its stateful mode follows the contract's version facts).
 */
import { afterAll, describe, expect, test } from 'vitest';
import { paint, summary } from '../src/index.js';
import { startBrokenTarget } from './support/broken-target.js';
import { startMockTarget } from './support/mock.js';
import type { Target } from './support/reference.js';
import { failedIds, runAgainst } from './support/run.js';

const started: Target[] = [];
afterAll(() => Promise.all(started.map((target) => target.close())));

const judge = async (serves: '3.0' | '3.3', judgedAs: '3.0' | '3.3') => {
  const target = await startMockTarget({ mode: 'stateful', apiVersion: serves });
  started.push(target);
  return runAgainst(target, { level: 'core', apiVersion: judgedAs });
};

/** What both directions see: the answers whose shape or wording changed, and the behaviours that did. */
const changedEitherWay = [
  'examples/is-online', // "online" or true
  'examples/send-message', // message-id or id
  'negative/dispatcher/wp-sync', // wp-synch or wp-sync
  'negative/dispatcher/bad-token', // invalid-token's message
  'negative/token/agent-token',
  'negative/token/user-token',
  'negative/token/bad-on-write',
  'negative/exact-code/invalid-token', // invalid-token's message, wp-synch or wp-sync
  'scenarios/effect/is-online', // "online" or true
  'scenarios/delete-user-cascade', // get-conversation's not-found: {"messages":[],"details":""} or false
  'scenarios/new-conversation-default-status', // 0 or 2
  'scenarios/get-new-conversations-inbox-only', // archived conversations left out, or listed
];

describe('a server answering as one version, judged as the other', () => {
  test('3.0 judged as 3.3 fails the 3.3 facts, and only them', async () => {
    const report = await judge('3.0', '3.3');
    expect(failedIds(report).sort()).toEqual(
      [
        ...changedEitherWay,
        // Checks of 3.3 behaviours a 3.0 server does not have.
        'negative/missing-argument/csv-conversations/conversation_id',
        'negative/error-code/add-user/duplicate-phone',
        'negative/error-code/update-user/duplicate-phone',
        'scenarios/send-message-status-from-sender',
        'scenarios/status-event-message',
      ].sort(),
    );
  });

  test('3.3 judged as 3.0 fails the same facts the other way round, and only them', async () => {
    const report = await judge('3.3', '3.0');
    expect(failedIds(report).sort()).toEqual(
      [
        ...changedEitherWay,
        // 3.0 behaviours a 3.3 server does not have: send-message's status check, get-conversation's user_id.
        'negative/error-code/send-message/invalid-status-code',
        'negative/wrong-type/get-conversation/user_id',
        'negative/injection/get-conversation',
        'scenarios/effect/get-conversation-user-id',
      ].sort(),
    );
  });
});

describe('without --api-version, the suite finds out which version the target speaks', () => {
  test.each(['3.0', '3.3'] as const)(
    'the mock answering as %s is judged as that version, with the evidence',
    async (serves) => {
      const target = await startMockTarget({ mode: 'stateful', apiVersion: serves });
      started.push(target);
      const report = await runAgainst(target, { only: ['examples/get-user', 'negative/dispatcher'] });
      expect(report.apiVersion).toBe(serves);
      expect(report.version.how).toBe('detected');
      expect(report.version.evidence).toEqual([
        expect.stringMatching(
          new RegExp(
            `^count-users → .*"response":"invalid-token".*: as ${serves} answers \\(invalid-token-message\\)$`,
          ),
        ),
        expect.stringMatching(
          new RegExp(`^get-conversation → .*: as ${serves} answers \\(get-conversation-not-found-false\\)$`),
        ),
      ]);
      expect(failedIds(report)).toEqual([]);
    },
  );

  test('a target whose answers tell neither version apart is judged as the documented 3.0, and the run says so', async () => {
    const target = await startMockTarget({ mode: 'stateful', apiVersion: '3.3' });
    started.push(target);
    const neither = await startBrokenTarget(target, {
      answer: ({ fields, body }) =>
        body?.response === 'invalid-token'
          ? { ...body, message: 'Bad token.' }
          : fields.function === 'get-conversation' && body?.response === false
            ? { success: true, response: null }
            : undefined,
    });
    started.push(neither);
    const report = await runAgainst(neither, { only: ['examples/get-user'] });
    expect(report.version).toEqual({
      version: '3.0',
      how: 'fallback',
      evidence: [
        expect.stringMatching(/^count-users → .*Bad token.*: tells nothing \(invalid-token-message\)$/),
        expect.stringMatching(/^get-conversation → \{"success":true,"response":null\}: tells nothing/),
      ],
    });
    expect(summary(report, paint(false))).toContain('Summary (judged as API 3.0, by default)');
  });
});

/**
 * THE REFERENCE SERVER MUST PASS THE SUITE.
 *
 * These tests run the whole suite against the reference server (@support-board/server) and expect
 * no failure. They pass once the server's handlers are complete; a failure here is either a bug of
 * the server or of a check, and the message lists every finding to tell which.
 *
 * Load profiles are left out: their latency thresholds depend on the machine running the tests
 * (tests/broken-targets.test.ts runs the read profile against the reference server).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startReferenceWithRelay, type Target } from './support/reference.js';
import { describeFailures, failedIds, runAgainst } from './support/run.js';

const SECRET = 'whsec_cmVmZXJlbmNlLXNlcnZlci1zZWNyZXQtMTIz';
const KEY = 'reference-key';

let reference: Target;
let relay: Awaited<ReturnType<typeof startReferenceWithRelay>>['relay'];
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ reference, relay, close: stop } = await startReferenceWithRelay({ WEBHOOK_KEY: KEY, WEBHOOK_SECRET: SECRET }));
});
afterAll(() => stop?.());

describe('REFERENCE SERVER: the suite passes against @support-board/server', () => {
  test('level core: every example, negative check and scenario passes', async () => {
    const report = await runAgainst(reference, { level: 'core' });
    expect(failedIds(report), describeFailures(report)).toEqual([]);
    expect(report.totals.passed).toBeGreaterThan(150);
  }, 300_000);

  test('level full: reference checks, integrations (skipped when not set up) and webhooks pass too', async () => {
    const report = await runAgainst(
      reference,
      { level: 'full', skip: ['load'], webhooks: { port: 0, key: KEY, secret: SECRET, timeoutMs: 5000 } },
      (url) => relay.forwardTo(url),
    );
    relay.forwardTo(undefined);
    expect(failedIds(report), describeFailures(report)).toEqual([]);
    const webhooks = report.checks.filter((check) => check.area === 'webhooks');
    expect(webhooks.filter((check) => check.status === 'passed').map((check) => check.id)).toEqual(
      expect.arrayContaining(['webhooks/message-sent', 'webhooks/user-deleted', 'webhooks/new-conversation-created']),
    );
  }, 300_000);
});

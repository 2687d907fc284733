/**
 * With Slack, Dialogflow and push notifications set up (stand-ins on loopback), the integration
 * checks exercise them instead of skipping, and the webhooks they fire are awaited.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startReferenceWithRelay } from './support/reference.js';
import { describeFailures, failedIds, runAgainst } from './support/run.js';
import { startServiceStandIns } from './support/services.js';

let services: Awaited<ReturnType<typeof startServiceStandIns>>;
let server: Awaited<ReturnType<typeof startReferenceWithRelay>>;

beforeAll(async () => {
  services = await startServiceStandIns();
  server = await startReferenceWithRelay(services.env);
});
afterAll(async () => {
  await server?.close();
  await services?.close();
});

test('integration checks run when the services are set up, and skip with the reason when not', async () => {
  const report = await runAgainst(
    server.reference,
    {
      level: 'full',
      only: ['integrations', 'webhooks/slack-message-sent', 'webhooks/bot-message'],
      webhooks: { port: 0 },
    },
    (url) => server.relay.forwardTo(url),
  );
  expect(failedIds(report), describeFailures(report)).toEqual([]);
  const status = Object.fromEntries(report.checks.map((check) => [check.id, check.status]));
  expect(status).toMatchObject({
    'integrations/slack-users': 'passed',
    'integrations/send-slack-message': 'passed',
    'integrations/send-bot-message': 'passed',
    'integrations/dialogflow-intent': 'passed',
    'integrations/push-notification': 'passed',
    'webhooks/slack-message-sent': 'passed',
    'webhooks/bot-message': 'passed',
    'integrations/send-email': 'skipped',
    'integrations/wp-synch': 'skipped',
  });
  expect(report.checks.find((check) => check.id === 'integrations/send-email')?.reason).toMatch(
    /^Email \(SMTP\) is not set up/,
  );
});

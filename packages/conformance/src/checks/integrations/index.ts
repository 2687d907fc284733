import type { MethodName } from '@support-board/contract';
import type { CheckContext } from '../../core/context.js';
import type { Check } from '../../core/types.js';
import { show } from '../../core/values.js';
import { defineCheck } from '../define.js';
import { exampleRequests } from '../examples/requests.js';
import { INTEGRATION_METHODS, notConfiguredReason } from './not-configured.js';

/** Calls that change something outside the suite's own data: run only when named with --only or --tag. */
const DESTRUCTIVE: Record<string, string> = {
  'archive-slack-channels': 'it archives every Slack channel of the workspace',
  update: 'it overwrites the installation with the latest release',
};

/** What an answer of an active service must hold beyond its schema. */
const expectations: Partial<Record<string, (response: unknown, t: CheckContext) => void>> = {
  'send-slack-message': (response, t) => {
    const [channel] = response as string[];
    t.check(typeof channel === 'string' && channel !== '', {
      method: 'send-slack-message',
      path: '$.response[0]',
      expected: 'the ID of the Slack channel the message went to',
      received: show(channel),
    });
  },
  'send-bot-message': (response, t) => {
    const { messages } = response as { messages: unknown[] };
    t.check(messages.length > 0, {
      method: 'send-bot-message',
      path: '$.response.messages',
      expected: 'the messages of the bot added to the conversation',
      received: show(messages),
    });
  },
};

const run = (name: MethodName) => async (t: CheckContext) => {
  const fx = await t.base();
  const prepare = exampleRequests[name] as (
    ...args: Parameters<(typeof exampleRequests)['get-user']>
  ) => Promise<never>;
  const answer = await t.answer(name, await prepare(t, fx));
  const reason = notConfiguredReason(name, answer);
  if (reason) t.skip(reason);
  const response = t.expectSuccess(name, answer);
  if (name === 'push-notification' && typeof response === 'object' && response !== null && 'error' in response) {
    t.skip(`Pusher Beams refused the notification: ${JSON.stringify(response)}`);
  }
  if (name === 'push-notification' && typeof response === 'string')
    t.skip(`Pusher Beams could not be reached: ${response}`);
  expectations[name]?.(response, t);
};

/** Why the original (3.3.6) fails an integration check: it answers a service it lacks in no documented way. */
const DIALOGFLOW_FATAL =
  'with its Dialogflow app present but not set up, 3.3.6 answers HTTP 500 with an empty body (a PHP fatal error), not dialogflow-not-active';
const failsOnOriginal: Record<string, string> = {
  'send-bot-message': DIALOGFLOW_FATAL,
  'dialogflow-intent': DIALOGFLOW_FATAL,
};

/** The integration methods, exercised when the target has the service, skipped with the reason when not. */
export const integrationChecks: Check[] = [
  ...INTEGRATION_METHODS.map((name) =>
    defineCheck({
      id: `integrations/${name}`,
      title: `${name}: the documented call works when the service is set up (skipped when it is not)`,
      area: 'integrations',
      methods: [name],
      tags: DESTRUCTIVE[name] ? ['destructive'] : [],
      ...(failsOnOriginal[name] ? { failsOnOriginal: failsOnOriginal[name] } : {}),
      run: run(name as MethodName),
    }),
  ),
  defineCheck({
    id: 'integrations/update-conversation-department-email',
    title: 'update-conversation-department with a message emails the agents and answers true',
    area: 'integrations',
    methods: ['update-conversation-department'],
    tags: ['email'],
    async run(t) {
      const fx = await t.base();
      const conversation = await t.conversation({ user_id: fx.customer.id, title: `Department ${fx.marker}` });
      const message = `A customer needs help (conformance run ${fx.marker}).`;
      const answer = await t.answer('update-conversation-department', {
        conversation_id: conversation,
        department: 2,
        message,
      });
      const reason = notConfiguredReason('send-email', answer);
      if (reason) t.skip(reason.replace('send-email', 'update-conversation-department'));
      t.expectSuccess('update-conversation-department', answer);
    },
  }),
];

export const destructiveReason = (id: string): string | undefined => DESTRUCTIVE[id.replace(/^integrations\//, '')];

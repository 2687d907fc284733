import type { ApiVersion } from '@support-board/contract';

/** Why no check proves an item, and in which versions (absent: every version). */
export interface Exception {
  reason: string;
  versions?: ApiVersion[];
}

const HASHED =
  'stored as a hash the API never answers, and no method logs a user in: its effect cannot be read back through the API';
const IGNORED =
  'the contract says the argument is accepted and ignored, as the original does: there is no effect to observe';
const service = (name: string, check: string) =>
  `goes to ${name}, outside the target: its effect shows there, not through the API (${check} sends it when the target has the service)`;
const SLACK = service('Slack', 'integrations/send-slack-message');
const DIALOGFLOW = (check: string) => service('Dialogflow', check);
const EMAIL = service('the mail server', 'integrations/send-email');
const PUSH = service('Pusher Beams', 'integrations/push-notification');
const LICENCE = service('the licence server', 'integrations/app-activation');

/**
 * The only way out of the coverage map: an argument whose effect no check can observe through the
 * API, keyed `method argument`, with the reason. `tests/coverage.test.ts` fails on an entry the suite
 * now covers, or that the contract no longer has.
 */
export const argumentExceptions: Readonly<Record<string, Exception>> = {
  'add-user password': { reason: HASHED },
  'update-user password': { reason: HASHED },
  'get-conversation user_id': {
    reason: 'version 3.3 ignores it for an admin (the version fact get-conversation-user-id-ignored)',
    versions: ['3.3'],
  },
  'set-rating user_id': { reason: IGNORED },
  'update-message user_id': { reason: IGNORED },
  'delete-message user_id': { reason: IGNORED },
  'update-conversation-department message': {
    reason: service(
      'the mail server (the agents of the department are emailed)',
      'integrations/update-conversation-department-email',
    ),
  },
  'send-message queue': {
    reason:
      'send-message answers `queue: true` only when the target has its queue setting on (Settings > Miscellaneous > Queue), and no method of the API changes settings',
  },
  'is-agent-typing conversation_id': {
    reason:
      'only the chat front end says an agent is typing (no method of the API does), so every conversation answers false',
  },
  'app-get-key app_name': {
    reason:
      'answers the licence key of the app, `""` without one: no method of the API saves a key, so a target without licences answers the same for both apps',
  },
  ...Object.fromEntries(
    [
      ...['conversation_id', 'message', 'language', 'attachments'].map((a) => [
        `send-bot-message ${a}`,
        DIALOGFLOW('integrations/send-bot-message'),
      ]),
      ...['expressions', 'response', 'agent_language'].map((a) => [
        `dialogflow-intent ${a}`,
        DIALOGFLOW('integrations/dialogflow-intent'),
      ]),
      ...['user_id', 'full_name', 'profile_image', 'message', 'attachments', 'channel'].map((a) => [
        `send-slack-message ${a}`,
        SLACK,
      ]),
      ...['recipient_id', 'message', 'attachments', 'sender_id'].map((a) => [`send-email ${a}`, EMAIL]),
      ...['title', 'message', 'icon', 'interests', 'conversation_id'].map((a) => [`push-notification ${a}`, PUSH]),
      ...['app_name', 'key'].map((a) => [`app-activation ${a}`, LICENCE]),
    ].map(([key, reason]) => [key, { reason }]),
  ),
};

const DATABASE =
  "a database failure: a sound target cannot be made to fail through the API (the reference server's own tests cut its database and require db-error)";
const NOT_SET_UP =
  'answered when the target has not set the service up: the suite cannot set a target\'s services up or down, so integrations/<method> takes it as "not set up" and skips';
const SERVICE_FAILS =
  "the outside service (Slack, Dialogflow) failing: the suite cannot make the target's service fail";
const LICENCE_STATE =
  'follows the purchase code and the licence server the target has, which no method of the API sets';
const DESTRUCTIVE =
  "never called by the suite unless named (it changes more than the suite's data), not even with a made-up token: a server that wrongly took the token would run it";

/** Error codes no check can provoke, keyed `method code`, with the reason. */
export const errorExceptions: Readonly<Record<string, Exception>> = {
  ...Object.fromEntries(
    [
      'add-user',
      'update-user',
      'new-conversation',
      'update-conversation-status',
      'send-message',
      'send-bot-message',
      'send-slack-message',
    ].map((method) => [`${method} db-error`, { reason: DATABASE }]),
  ),
  ...Object.fromEntries(
    [
      'slack-users slack-not-active',
      'slack-users app-not-installed',
      'send-slack-message slack-not-active',
      'send-slack-message app-not-installed',
      'archive-slack-channels slack-not-active',
      'archive-slack-channels app-not-installed',
      'send-bot-message dialogflow-not-active',
      'send-bot-message app-not-installed',
      'dialogflow-intent dialogflow-not-active',
      'dialogflow-intent app-not-installed',
      'wp-synch app-not-installed',
    ].map((key) => [key, { reason: NOT_SET_UP }]),
  ),
  'send-bot-message internal-error': { reason: SERVICE_FAILS },
  'send-slack-message internal-error': { reason: SERVICE_FAILS },
  'send-email security-error': {
    reason:
      'answered when the active user may not send: unreachable with an admin token, the only kind that opens the API',
  },
  'send-email email-error': {
    reason: "the mail server refusing the message: the suite cannot make the target's mail server refuse",
  },
  'update envato-purchase-code-not-found': { reason: LICENCE_STATE },
  'app-activation invalid-key': { reason: LICENCE_STATE },
  'app-activation expired': { reason: LICENCE_STATE },
  'app-activation activation-not-active': { reason: LICENCE_STATE },
  'update invalid-token': { reason: DESTRUCTIVE },
  'archive-slack-channels invalid-token': { reason: DESTRUCTIVE },
};

/** The exception of `key` in `version`, if any. */
export const exceptionFor = (
  table: Readonly<Record<string, Exception>>,
  key: string,
  version: ApiVersion,
): string | undefined => {
  const exception = table[key];
  return exception && (!exception.versions || exception.versions.includes(version)) ? exception.reason : undefined;
};

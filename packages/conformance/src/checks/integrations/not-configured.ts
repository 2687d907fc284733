import type { Answer } from '../../core/api.js';
import { shapeOf } from '../../core/envelope.js';

/** Methods that reach an outside service (Slack, Dialogflow, WordPress, email, push, licences, updates). */
export const INTEGRATION_METHODS: readonly string[] = [
  'slack-users',
  'send-slack-message',
  'archive-slack-channels',
  'send-bot-message',
  'dialogflow-intent',
  'wp-synch',
  'send-email',
  'push-notification',
  'app-activation',
  'update',
];

interface NotConfigured {
  service: string;
  /** Error codes that mean "not set up here". */
  codes: string[];
  /** Success values that mean the same (`false` for push notifications). */
  values?: unknown[];
}

/** The documented (or the original's) answers of each integration method when its service is not set up. */
export const notConfigured: Record<string, NotConfigured> = {
  'slack-users': { service: 'Slack', codes: ['slack-not-active', 'app-not-installed'] },
  'send-slack-message': { service: 'Slack', codes: ['slack-not-active', 'app-not-installed'] },
  'archive-slack-channels': { service: 'Slack', codes: ['slack-not-active', 'app-not-installed'] },
  'send-bot-message': { service: 'Dialogflow', codes: ['dialogflow-not-active', 'app-not-installed'] },
  'dialogflow-intent': { service: 'Dialogflow', codes: ['dialogflow-not-active', 'app-not-installed'] },
  'wp-synch': { service: 'WordPress', codes: ['app-not-installed'] },
  'send-email': { service: 'Email (SMTP)', codes: ['email-error'], values: [false] },
  'push-notification': { service: 'Push notifications (Pusher Beams)', codes: [], values: [false] },
  // The original answers envato-purchase-code-not-found when no purchase code is saved.
  'app-activation': {
    service: 'The licence server',
    codes: ['activation-not-active', 'invalid-key', 'expired', 'envato-purchase-code-not-found'],
  },
  update: { service: 'Updates', codes: ['envato-purchase-code-not-found'] },
};

const NOT_SET_UP = ' is not set up on the target: ';

/** The service a skip reason says is not set up (as `notConfiguredReason` words it), or undefined. */
export const serviceNotSetUp = (reason: string | undefined): string | undefined => {
  const at = reason?.indexOf(NOT_SET_UP) ?? -1;
  return at > 0 ? reason?.slice(0, at) : undefined;
};

/** Why the answer means the service is not set up on the target, or undefined when it is an ordinary answer. */
export const notConfiguredReason = (method: string, answer: Answer): string | undefined => {
  const known = notConfigured[method];
  if (!known) return undefined;
  const shape = shapeOf(answer);
  if ((shape.kind === 'validation' || shape.kind === 'error') && known.codes.includes(shape.code)) {
    const message = shape.kind === 'error' && shape.message ? ` (${shape.message})` : '';
    return `${known.service}${NOT_SET_UP}${method} answered "${shape.code}"${message}`;
  }
  if (shape.kind === 'success' && known.values?.some((value) => value === shape.response)) {
    return `${known.service}${NOT_SET_UP}${method} answered ${JSON.stringify(shape.response)}`;
  }
  return undefined;
};

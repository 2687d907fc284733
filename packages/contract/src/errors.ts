/**
 * Every error code the API answers, with the shape it travels in.
 *
 * The original answers errors in two shapes (both HTTP 200):
 * - `validation`: `{"success":false,"response":"<code>"}`, returned by a method's own checks;
 * - `error`: `{"status":"error","response":"<code>","message":"..."}`, from the dispatcher and
 *   from hard failures (the `message` key is left out when the original sends none).
 */
import type { ErrorCodeVersion, LaterVersion } from './versions/define.js';

export type ErrorShape = 'validation' | 'error';

export interface ErrorCodeDefinition {
  shape: ErrorShape;
  /** What the code means and when it is answered. */
  description: string;
  /** The exact `message` of the original for `error`-shaped codes, when it has a fixed one. */
  message?: string;
  /** Where the code comes from: the original (documented or read from its source), or added by us. */
  origin: 'documented' | 'original' | 'reference';
  /** How a later version answers it, where that differs. */
  versions?: { [V in LaterVersion]?: ErrorCodeVersion };
}

const error = (
  description: string,
  origin: ErrorCodeDefinition['origin'],
  message?: string,
  versions?: ErrorCodeDefinition['versions'],
): ErrorCodeDefinition & { shape: 'error' } => ({
  shape: 'error',
  description,
  origin,
  ...(message ? { message } : {}),
  ...(versions ? { versions } : {}),
});
const validation = (
  description: string,
  origin: ErrorCodeDefinition['origin'],
): ErrorCodeDefinition & { shape: 'validation' } => ({ shape: 'validation', description, origin });

export const errorCodes = {
  // The dispatcher's checks, in the order the original runs them.
  'missing-function-name': error(
    'The body has no `function` field (also what a GET or an unreadable body gets).',
    'original',
    'Function name is required. Get it from the docs.',
  ),
  'function-not-found': error(
    'The `function` is not one of the 51 methods. Checked before the token.',
    'original',
    'Function {function} not found. Check the function name.',
  ),
  'token-not-found': error(
    'The body has no `token` field.',
    'original',
    'Admin token is required. Get it from the Users > Your admin user profile details box.',
  ),
  'invalid-token': error(
    'No user has this token, or the user is not an admin (agent tokens are refused).',
    'original',
    'It looks like the token is invalid, please make sure you are using a token from an admin user.',
    {
      '3.3': {
        message: 'Use an admin user token.',
        facts: [
          {
            id: 'invalid-token-message',
            topic: 'invalid-token has a shorter message',
            since: '3.2',
            evidence:
              '`token=<random> function=count-users` → `{"status":"error","response":"invalid-token","message":"Use an admin user token."}`',
          },
        ],
      },
    },
  ),
  'missing-argument': error(
    "A required argument is absent (the first one, in the order of the method's arguments). An empty value counts as present.",
    'original',
    'Missing argument: {argument}',
  ),
  'invalid-argument': error(
    'An argument has the wrong type or a value outside its accepted values. The `argument` field names it and `message` says why. The original has no such check: it passes the value on to SQL and answers `db-error` or a wrong result.',
    'reference',
    'Invalid argument {argument}: {reason}',
  ),
  'app-not-installed': error(
    'The method needs an app (Slack, Dialogflow, WordPress) that is not installed. Sent without a `message` key.',
    'original',
  ),
  'request-too-large': error('The request body is larger than the server accepts.', 'reference'),
  'db-error': error(
    'The database failed (the documentation\'s "MySQL error message"). The original puts the MySQL error text in `message`; the reference server never leaks it. After a write, it can also mean that the connection to the database was lost when the change may already have been saved: the reference server does not repeat such a write, so check before sending it again.',
    'documented',
    undefined,
    {
      '3.3': {
        facts: [
          {
            id: 'db-error-message-object',
            topic: '`db-error` carries its `message` as an object from some methods',
            evidence:
              '`function=get-conversation conversation_id=abc` → `{"status":"error","response":"db-error","message":{"error":{"message":"Unknown column \'abc\' in \'WHERE\'","function":"sb_db_get","code":"db-error"}}}`; `function=delete-user user_id=abc` still answers the text, `"message":"Unknown column \'abc\' in \'WHERE\'"`.',
          },
        ],
      },
    },
  ),
  'internal-error': error(
    'An unexpected failure, or an outside service (Slack, Dialogflow) that failed: the documentation\'s "cURL error message". `message` says what failed, never internal details; the reference server logs them.',
    'reference',
  ),
  'security-error': error('The active user may not do this (unreachable with an admin token).', 'documented'),
  'user-or-sender-not-found': error('send-email: the recipient or the sender does not exist.', 'documented'),
  'email-error': error('send-email: the mail server refused the message; `message` says why.', 'original'),

  // Validation errors, answered by the methods themselves.
  'duplicate-email': validation('Another user already has this email.', 'documented'),
  'duplicate-phone': validation(
    'Another user already has this phone number (the `phone` detail). Answered from version 3.3 on; 3.0 has no such check.',
    'original',
  ),
  'invalid-user-type': validation('`user_type` is not one of visitor, lead, user, agent, admin, bot.', 'documented'),
  'invalid-status-code': validation('The status code is not 0 (live), 1, 2, 3 or 4.', 'documented'),
  'user-not-found': validation(
    'No user has this ID (new-conversation, and the reference server wherever a user must exist).',
    'documented',
  ),
  'conversation-not-found': validation(
    'No conversation has this ID, where one must exist. The original answers `db-error` instead.',
    'reference',
  ),
  'conversation-id-not-found': validation('set-rating: `settings` has no `conversation_id`.', 'original'),
  'missing-arguments': validation('update-message: none of `message`, `attachments`, `payload` was given.', 'original'),
  'missing-user-id-or-message': validation('send-email: `recipient_id` or `message` is empty.', 'documented'),
  'user-email-not-found': validation('send-email: the recipient has no email address.', 'documented'),
  'dialogflow-not-active': validation('Dialogflow is not configured or not active.', 'documented'),
  'slack-not-active': validation('Slack is not configured or not active.', 'documented'),
  'activation-not-active': validation(
    'app-activation: no licence server is configured, so no key can be verified.',
    'reference',
  ),
  'invalid-key': validation('app-activation: the licence server refused the key.', 'original'),
  expired: validation('app-activation: the licence key has expired.', 'original'),
  'envato-purchase-code-not-found': validation(
    'update: no purchase code is saved, so there is nothing to update from.',
    'original',
  ),
} as const satisfies Record<string, ErrorCodeDefinition>;

export type ErrorCode = keyof typeof errorCodes;
export type ValidationErrorCode = {
  [K in ErrorCode]: (typeof errorCodes)[K]['shape'] extends 'validation' ? K : never;
}[ErrorCode];
export type DispatcherErrorCode = Exclude<ErrorCode, ValidationErrorCode>;

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(errorCodes, code);

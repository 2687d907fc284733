import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { Attachments } from '../../schemas/common.js';
import { arg } from '../../wire/args.js';

export const sendEmail = defineMethod({
  name: 'send-email',
  group: 'more',
  summary: 'Send an email to an existing user using the email templates of the Settings > Notifications area.',
  description:
    'Send an email to an existing user, built with the user email template of Settings > Notifications and sent through the email server (SMTP) set there. Answers `true` once the server has accepted it; `user-email-not-found` if the recipient has no email address, `user-or-sender-not-found` if the recipient or the sender does not exist. Fires the `email-sent` webhook.',
  args: {
    recipient_id: arg.id('The ID of the user to which send the email.').invalid('missing-user-id-or-message'),
    message: arg.text('The message of the email. Empty or `0` answers `missing-user-id-or-message`.', {
      max: 65_535,
    }),
    attachments: arg
      .json('Array of attachments in JSON format: `[["name", "link"], ...]`, the link a full URL.', Attachments)
      .default([]),
    sender_id: arg.id('The ID of the sender user.').defaultText('the admin whose token made the call'),
  },
  response: z
    .boolean()
    .describe(
      '`true`: the email was sent. The original answers `false` when, without an email server, PHP `mail()` fails.',
    ),
  request: { recipient_id: 957, message: 'Hello! How can I help you?' },
  examples: [
    { name: 'sent', summary: 'The email was sent', value: true },
    { name: 'not-sent', summary: 'Original only: PHP `mail()` refused the email', value: false },
  ],
  errors: [
    'missing-user-id-or-message',
    'security-error',
    'user-email-not-found',
    'user-or-sender-not-found',
    'email-error',
  ],
  notes: [
    {
      id: 'send-email-empty-message',
      kind: 'disagreement',
      topic: 'send-email: a message `0` counts as empty',
      documented: '`missing-user-id-or-message` when the recipient or the message is missing.',
      original:
        'Answers it for an empty or `0` (PHP-falsy) `recipient_id` or `message`; an empty value passes the missing-argument check. A malformed `recipient_id` that is not falsy is looked up like an ID: `recipient_id=abc` answers `{"status":"error","response":"user-or-sender-not-found"}` (3.3.6, measured by sb-conformance diff).',
      decision:
        'Match the original for an empty or `0` message or `recipient_id`; a malformed `recipient_id` (`abc`) answers `missing-user-id-or-message` too, rather than a lookup of what cannot be an ID.',
    },
    {
      id: 'send-email-template',
      kind: 'disagreement',
      topic: 'send-email always uses the user email template',
      documented: '"using the email templates of the Settings > Notifications area".',
      original:
        'Always uses the user template, also for agent and admin recipients: its agent check is given the user ID instead of the user type.',
      decision: 'Match the original: the user template, whoever the recipient is.',
    },
    {
      id: 'send-email-no-smtp',
      kind: 'difference',
      topic: 'send-email without an email server',
      original:
        'Without SMTP settings it hands the email to PHP `mail()` and answers its result, `false` when refused; with SMTP a refusal is `email-error`.',
      decision:
        'The reference server sends only through SMTP: without an email server configured it answers `email-error`, so `false` never comes back.',
    },
  ],
});

import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { Attachments, Payload, statusCodeText } from '../../schemas/common.js';
import { arg, MAX_ID } from '../../wire/args.js';

const conversationStatus = (bounds: { min: number; max: number }) =>
  arg
    .integer(`The new status code of the conversation, or -1 to leave it unchanged. ${statusCodeText}`, bounds)
    .default(-1, '-1 (unchanged)')
    .alias('conversation_status_code')
    .original('Later versions of the original read it as `conversation_status_code`; both names are accepted.');

export const sendMessage = defineMethod({
  name: 'send-message',
  group: 'conversations',
  summary: 'Add a new message to an existing conversation.',
  description:
    'Add a new message to an existing conversation, sent by `user_id` (a customer, an agent or a bot). The text is stored HTML-escaped, and `{user_name}` and `{user_email}` are replaced with the name and email of the admin whose token made the call. Fires the `message-sent` webhook, and `conversation-status-updated` when `conversation_status` is given.',
  args: {
    user_id: arg.id('The ID of the sender: the user of the conversation, or an agent.'),
    conversation_id: arg.id('The ID of the conversation.'),
    message: arg.text('The content of the message.', { max: 65_535 }).default(''),
    attachments: arg
      .json('Array of attachments in JSON format: `[["name", "link"], ...]`, the link a full URL.', Attachments)
      .default([]),
    conversation_status: conversationStatus({ min: -1, max: 4 }).invalid('invalid-status-code'),
    payload: arg.json('Additional information in JSON format: `{ "key": value, ... }`.', Payload).optional(),
    queue: arg.boolean('Set it to true if the queue is active in Settings > Miscellaneous > Queue.').default(false),
  },
  response: z
    .object({
      status: z.literal('success').optional().describe('Documented; the 3.1 original leaves it out.'),
      'message-id': z.int().positive().describe('The ID of the new message, as a JSON number.'),
      queue: z.boolean(),
    })
    .meta({ id: 'SentMessage' }),
  request: { user_id: 377, conversation_id: 946, message: 'Hello, how can I help?' },
  examples: [
    {
      name: 'sent',
      summary: 'The ID of the new message',
      value: { status: 'success', 'message-id': 123456, queue: false },
    },
  ],
  errors: ['invalid-status-code', 'user-not-found', 'conversation-not-found', 'db-error'],
  writes: true,
  versions: {
    '3.3': {
      facts: [
        {
          id: 'send-message-answer',
          topic: 'send-message answers `{id, queue, human_takeover_active, notifications}`',
          evidence:
            '`function=send-message user_id=148 conversation_id=42 message=hi` → `{"success":true,"response":{"id":39,"queue":false,"human_takeover_active":false,"notifications":[]}}`: the new ID is `id`, and there is no `message-id`.',
        },
        {
          id: 'send-message-status-from-sender',
          topic: 'send-message sets the status from the sender, and takes any status code',
          evidence:
            'Without a status (or with `conversation_status`, which 3.3 no longer reads, or an invalid one such as `9`), a customer\'s message sets the conversation to `2` and an agent\'s to `1`; `conversation_status_code=3` sets `3`. `conversation_status_code=9` → `{"success":true,...}`: no `invalid-status-code`.',
        },
      ],
      response: z
        .object({
          id: z.int().positive().describe('The ID of the new message, as a JSON number.'),
          queue: z.boolean(),
          human_takeover_active: z
            .boolean()
            .describe('Whether a human agent took the conversation over from the Dialogflow bot.'),
          notifications: z.array(z.unknown()).describe('What the message notified (emails, push), `[]` when nothing.'),
        })
        .meta({ id: 'SentMessage_3_3' }),
      adapt: (sent: { 'message-id': number; queue: boolean }) => ({
        id: sent['message-id'],
        queue: sent.queue,
        human_takeover_active: false,
        notifications: [],
      }),
      // Any status is taken; one outside 0 to 4 counts as none (the status then comes from the sender).
      args: { conversation_status: conversationStatus({ min: -MAX_ID, max: MAX_ID }) },
      errors: ['user-not-found', 'conversation-not-found', 'db-error'],
    },
  },
  notes: [
    {
      id: 'send-message-status-name',
      kind: 'disagreement',
      topic: 'send-message: `conversation_status` or `conversation_status_code`',
      documented: 'The argument is `conversation_status`.',
      original: 'Version 3.3 reads `conversation_status_code`.',
      decision: 'Both names are accepted; the typed client sends both.',
    },
    {
      id: 'send-message-sender',
      kind: 'disagreement',
      topic: 'send-message: `user_id` is the sender',
      documented: '`user_id` is "the ID of the user of the conversation".',
      original:
        'Stores `user_id` as the sender of the message and does not check it against the conversation: an agent answers with their own ID, and any user can be named.',
      decision:
        'Match the original: `user_id` is the sender (the customer, an agent or a bot), not checked against the conversation; it must be an existing user (`user-not-found`).',
    },
    {
      id: 'send-message-escaping',
      kind: 'disagreement',
      topic: 'send-message stores the text HTML-escaped',
      documented: 'Says nothing about how the text is stored.',
      original:
        'Escapes the text before storing it (`<` as `&lt;`, `&` as `&amp;`): chat clients render messages as HTML, so a message cannot inject markup. Every read answers the escaped text.',
      decision: 'Match the original: the text is stored and answered HTML-escaped; update-message escapes it too.',
    },
    {
      id: 'send-message-merge-fields',
      kind: 'disagreement',
      topic: "send-message fills `{user_name}` and `{user_email}` with the calling admin's",
      documented: 'Says nothing about merge fields.',
      original:
        "Replaces `{user_name}` and `{user_email}` in the text with the name and email of the logged-in user, which for an API call is the admin whose token made it, not the sender's.",
      decision: "Match the original: the calling admin's name and email, after escaping.",
    },
    {
      id: 'send-message-invalid-status',
      kind: 'difference',
      topic: 'send-message with an invalid status inserts the message anyway',
      original:
        'The message is inserted first, then `invalid-status-code` is answered: the caller sees an error but the message exists.',
      decision: 'The reference server checks the status first and changes nothing.',
    },
    {
      id: 'send-message-unknown-ids',
      kind: 'difference',
      topic: 'send-message to an unknown conversation or sender',
      original: 'A foreign-key failure, answered as `db-error` with the MySQL error text.',
      decision:
        'The reference server answers `user-not-found` for an unknown sender and `conversation-not-found` for an unknown conversation (validation shape), with no SQL text.',
    },
  ],
});

import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { Attachments, Payload } from '../../schemas/common.js';
import { arg } from '../../wire/args.js';

export const updateMessage = defineMethod({
  name: 'update-message',
  group: 'conversations',
  summary: 'Update an existing message.',
  description:
    'Update the text, the attachments or the payload of a message; what is not given is left unchanged, and at least one must be given (`missing-arguments` otherwise). The text is stored HTML-escaped, as send-message does; the message keeps its creation time. Answers `true`, also when no message has this ID.',
  args: {
    user_id: arg.id('The ID of the user of the conversation linked to the message. Ignored.').optional(),
    message_id: arg.id('The ID of the message.'),
    message: arg.text('The content of the message.').optional(),
    attachments: arg
      .json('Array of attachments in JSON format: `[["name", "link"], ...]`, the link a full URL.', Attachments)
      .optional(),
    payload: arg.json('Additional information in JSON format: `{ "key": value, ... }`.', Payload).optional(),
  },
  response: z.literal(true),
  request: { message_id: 2045, message: 'Hello, how can I help you?' },
  examples: [{ name: 'updated', summary: 'The message was updated', value: true }],
  errors: ['missing-arguments'],
  writes: true,
  notes: [
    {
      id: 'update-message-user-id',
      kind: 'disagreement',
      topic: 'update-message ignores `user_id`',
      documented: '`user_id`: "The ID of the user of the conversation linked to the message."',
      original: 'Never reads it.',
      decision: 'Accepted and ignored, as the original does.',
    },
    {
      id: 'update-message-creation-time',
      kind: 'difference',
      topic: 'update-message resets the creation time of the message',
      original: "Sets the message's `creation_time` to now: the time it was sent is lost and it moves in the lists.",
      decision: 'The reference server keeps the creation time: an edit does not change when a message was sent.',
    },
    {
      id: 'update-message-escaping',
      kind: 'difference',
      topic: 'update-message does not HTML-escape the text',
      original: 'Stores the new text as given, unlike send-message, which escapes `<` as `&lt;`.',
      decision:
        'The reference server escapes it as send-message does: unescaped text would put HTML and scripts into the chat (XSS).',
    },
  ],
});

import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { arg } from '../../wire/args.js';

export const deleteMessage = defineMethod({
  name: 'delete-message',
  group: 'conversations',
  summary: 'Delete an existing message.',
  description:
    'Delete a message. Answers `true`, also when no message has this ID. Fires the `message-deleted` webhook when a message was deleted.',
  args: {
    user_id: arg.id('The ID of the user of the conversation linked to the message. Ignored.').optional(),
    message_id: arg.id('The ID of the message to delete.'),
  },
  response: z.literal(true),
  request: { message_id: 2045 },
  examples: [{ name: 'deleted', summary: 'The message was deleted (or did not exist)', value: true }],
  writes: true,
  notes: [
    {
      id: 'delete-message-user-id',
      kind: 'disagreement',
      topic: 'delete-message ignores `user_id`',
      documented: '`user_id`: "The ID of the user of the conversation linked to the message."',
      original: 'Never reads it.',
      decision: 'Accepted and ignored, as the original does.',
    },
  ],
});

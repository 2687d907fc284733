import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { statusCodeText } from '../../schemas/common.js';
import { arg } from '../../wire/args.js';

export const updateConversationStatus = defineMethod({
  name: 'update-conversation-status',
  group: 'conversations',
  summary: 'Update the status code of a conversation.',
  description:
    'Update the status code of a conversation. The status code 5 empties the trash instead: every conversation with the status 4 is deleted, whatever `conversation_id`. Answers `true`, also when no conversation has this ID, and `invalid-status-code` for any other value. Fires the `conversation-status-updated` webhook when it sets the status of an existing conversation (not for 5).',
  args: {
    conversation_id: arg.id('The ID of the conversation.'),
    status_code: arg
      .integer(`The status code of the conversation, or 5 to empty the trash. ${statusCodeText}`, { min: 0, max: 5 })
      .invalid('invalid-status-code'),
  },
  response: z.literal(true),
  request: { conversation_id: 946, status_code: 3 },
  examples: [{ name: 'updated', summary: 'The status was updated', value: true }],
  errors: ['invalid-status-code', 'db-error'],
  writes: true,
  versions: {
    '3.3': {
      facts: [
        {
          id: 'update-conversation-status-event-message',
          topic: 'Every status change adds a message recording it',
          evidence:
            '`function=update-conversation-status conversation_id=124 status_code=3` → `true`, and get-conversation then shows a new last message from the calling admin: `{"id":"136","user_id":"1","message":"","status_code":"0","attachments":"","payload":"{\\"event\\": \\"conversation-status-update-3\\"}",...}`. The statuses 0, 1, 2 and 4 each add one too, all recorded as `conversation-status-update-4` (the code assigns 4 where it means to compare).',
        },
      ],
    },
  },
  notes: [
    {
      id: 'update-conversation-status-empty-trash',
      kind: 'disagreement',
      topic: 'update-conversation-status: the status code 5 empties the trash',
      documented: 'The status codes are 0 to 4; any other value answers `invalid-status-code`.',
      original:
        'The status code 5 deletes every conversation in the trash (status 4), with their messages, and answers `true`.',
      decision: 'Match the original: 5 empties the trash.',
    },
    {
      id: 'update-conversation-status-loose-check',
      kind: 'difference',
      topic: 'update-conversation-status with a non-numeric status code',
      original:
        'PHP compares loosely: a non-numeric value passes the check as 0, then fails in SQL and answers `db-error`.',
      decision: 'The reference server answers `invalid-status-code` for anything but an integer from 0 to 5.',
    },
  ],
});

import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { Message } from '../../schemas/conversations.js';
import { arg } from '../../wire/args.js';

export const getNewMessages = defineMethod({
  name: 'get-new-messages',
  group: 'conversations',
  summary: 'Return the messages of a conversation created after the given date.',
  description:
    "Return the messages of a conversation created after `datetime`, oldest first, each with its sender's name, picture and type. The conversation must belong to `user_id`. Answers `[]` if no messages are found, or the conversation is not found for this user.",
  args: {
    user_id: arg.id('The ID of the user of the conversation.'),
    conversation_id: arg.id('The ID of the conversation.'),
    datetime: arg.datetime(
      'A UTC date and time, `YYYY-MM-DD HH:MM:SS` (e.g. `2020-05-13 13:35:59`), or just the date, `YYYY-MM-DD`.',
    ),
  },
  response: z.array(Message),
  request: { user_id: 877, conversation_id: 1004, datetime: '2020-05-12 18:00:00' },
  examples: [
    {
      name: 'messages',
      summary: 'The new messages, oldest first',
      value: [
        {
          id: '2319',
          user_id: '377',
          message: 'Welcome to our support chat!',
          creation_time: '2020-05-12 18:04:50',
          attachments: '',
          status_code: '0',
          payload: '',
          conversation_id: '1004',
          first_name: 'Virtual',
          last_name: 'Agent',
          profile_image: 'https://board.support/bot.svg',
          user_type: 'bot',
        },
        {
          id: '2320',
          user_id: '877',
          message: 'Thank you! I need help.',
          creation_time: '2020-05-12 18:04:51',
          attachments: '',
          status_code: '0',
          payload: '',
          conversation_id: '1004',
          first_name: 'Don',
          last_name: 'John',
          profile_image: 'https://board.support/user.svg',
          user_type: 'lead',
        },
      ],
    },
    { name: 'empty', summary: 'No newer message, or not a conversation of this user', value: [] },
  ],
  notes: [
    {
      id: 'get-new-messages-empty-wording',
      kind: 'slip',
      topic: 'get-new-messages: `[]` means no messages',
      documented: 'Returns `[]` "if no conversations are found".',
      decision:
        '`[]` is answered when the conversation has no message newer than `datetime`, or does not belong to `user_id`.',
    },
  ],
});

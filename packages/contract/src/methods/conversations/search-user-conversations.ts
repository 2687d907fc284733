import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { UserConversationSummary } from '../../schemas/conversations.js';
import { arg } from '../../wire/args.js';

export const searchUserConversations = defineMethod({
  name: 'search-user-conversations',
  group: 'conversations',
  summary: 'Return the conversations of the given user ID that matches the search terms.',
  description:
    "Return the conversations of a user, of every status, whose messages, attachment names or title contain the search (case-insensitive). Each conversation appears once, as its newest matching message (its last message when the title matches), with the conversation's status code and title; the names, picture and type are the user's, whoever sent the message. Newest first. Answers `[]` if no conversations are found.",
  args: {
    search: arg.text('The string to search in the messages, the attachment names and the conversation title.'),
    user_id: arg
      .id('The ID of the user.')
      .alias('id')
      .original('The original requires `user_id`; the documentation names it `id`. Both are accepted.'),
  },
  response: z.array(UserConversationSummary),
  request: { search: 'help', user_id: 1195 },
  examples: [
    {
      name: 'conversations',
      summary: 'The conversations of the user matching the search',
      value: [
        {
          id: '3362',
          user_id: '2',
          message: 'Hello! How can I help you?',
          creation_time: '2020-06-24 17:34:39',
          attachments: '',
          status_code: '0',
          payload: '',
          conversation_id: '1364',
          first_name: 'Don',
          last_name: 'John',
          profile_image: 'https://board.support/media/user.svg',
          user_type: 'lead',
          conversation_status_code: '0',
        },
        {
          id: '3345',
          user_id: '1195',
          message: 'Hi, I need help!',
          creation_time: '2020-06-24 17:06:23',
          attachments: '',
          status_code: '0',
          payload: '',
          conversation_id: '1363',
          first_name: 'Don',
          last_name: 'John',
          profile_image: 'https://board.support/media/user.svg',
          user_type: 'lead',
          conversation_status_code: '2',
        },
      ],
    },
    { name: 'empty', summary: 'No conversation of the user matches', value: [] },
  ],
  notes: [
    {
      id: 'search-user-conversations-user-id',
      kind: 'disagreement',
      topic: 'search-user-conversations: `id` or `user_id`',
      documented: 'The user argument is `id`.',
      original: 'Requires `user_id`; a call with `id` only answers `missing-argument`.',
      decision: 'Both names are accepted; the typed client sends both.',
    },
    {
      id: 'search-user-conversations-matching-message',
      kind: 'difference',
      topic: 'search-user-conversations: which message stands for a conversation',
      original: 'Each conversation appears as an arbitrary one of its matching messages (a MySQL `GROUP BY`).',
      decision: 'The reference server answers the newest matching message, so that the answer is stable.',
    },
  ],
});

import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { ConversationSummary } from '../../schemas/conversations.js';
import { arg } from '../../wire/args.js';

export const searchConversations = defineMethod({
  name: 'search-conversations',
  group: 'conversations',
  summary: 'Return the conversations matching the search.',
  description:
    "Return the conversations, of every status (trash included), whose messages, attachment names or title contain the search, or whose customer or a message's sender has a first name, last name or email containing it; case-insensitive. Each conversation appears once, as its newest matching message (its last message when the match is the title or the customer), shaped as in get-conversations (`user_id` and names are the customer's). Newest first. Answers `[]` if no conversations are found.",
  args: {
    search: arg.text(
      'The string to search in the messages, the attachment names, the title, and the first name, last name and email of the customer and of the senders.',
    ),
  },
  response: z.array(ConversationSummary),
  request: { search: 'help' },
  examples: [
    {
      name: 'conversations',
      summary: 'The conversations matching the search',
      value: [
        {
          id: '2130',
          user_id: '806',
          message: 'Hello! How can I help you?',
          creation_time: '2020-05-05 15:45:38',
          attachments: '',
          status_code: '0',
          payload: '',
          conversation_id: '952',
          message_user_type: 'admin',
          first_name: 'User',
          last_name: '#24254',
          profile_image: 'https://board.support/media/user.svg',
          conversation_status_code: '4',
          user_type: 'lead',
        },
        {
          id: '2127',
          user_id: '805',
          message: 'Hi, I need help!',
          creation_time: '2020-05-05 08:12:57',
          attachments: '',
          status_code: '0',
          payload: '',
          conversation_id: '951',
          message_user_type: 'user',
          first_name: 'Don',
          last_name: 'John',
          profile_image: 'https://board.support/media/user.svg',
          conversation_status_code: '0',
          user_type: 'user',
        },
      ],
    },
    { name: 'empty', summary: 'No conversation matches', value: [] },
  ],
  notes: [
    {
      id: 'search-conversations-fields',
      kind: 'difference',
      topic: 'search-conversations also searches the title and the customer',
      documented: 'Searches "the attachment\'s names, the messages, and the user email, first name and last name".',
      original:
        "Matches the messages, the attachments and the sender's first name, last name and email: a customer who never wrote is not found by name, and the title is not searched. Each conversation appears as an arbitrary matching message.",
      decision:
        'The reference server also matches the title and the customer\'s names and email, as the documented "user" suggests and search-user-conversations does for the title; each conversation appears as its newest matching message.',
    },
  ],
});

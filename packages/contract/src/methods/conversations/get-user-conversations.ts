import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { UserConversationSummary } from '../../schemas/conversations.js';
import { arg } from '../../wire/args.js';
import { documentedConversations } from './examples.js';

export const getUserConversations = defineMethod({
  name: 'get-user-conversations',
  group: 'conversations',
  summary: 'Return the conversations of a user. Each conversation includes the last message of the conversation.',
  description:
    "Return the conversations of a user, of every status, each as its last message with the sender's names, picture and type, and the conversation's status code, department and title. Newest message first; conversations without messages are not listed. Answers `[]` if no conversations are found.",
  args: {
    user_id: arg.id('The ID of the user.'),
    exclude_id: arg.id('The ID of a conversation to leave out.').optional(),
  },
  response: z.array(UserConversationSummary),
  request: { user_id: 882 },
  examples: [
    {
      name: 'conversations',
      summary: 'The conversations of a user',
      value: documentedConversations.userSummaries,
    },
    { name: 'empty', summary: 'The user has no conversation', value: [] },
  ],
  notes: [
    {
      id: 'get-user-conversations-example-duplicate',
      kind: 'slip',
      topic: 'get-user-conversations: the example lists one message twice',
      documented: 'Both items of the example have the message ID 2266 in conversation 995.',
      decision:
        'One item is answered per conversation, so the second item of the example is given the message ID 2265 in conversation 994.',
    },
    {
      id: 'get-user-conversations-more-keys',
      kind: 'disagreement',
      topic: 'get-user-conversations: the items also carry `department` and `title`',
      documented: 'The example items end with `conversation_status_code`.',
      original: "The items also carry the conversation's `department` (`null` when none) and `title`.",
      decision:
        'Match the original, here and in get-new-user-conversations: the reference server sends both; the schema makes them optional.',
    },
    {
      id: 'get-user-conversations-exclude-id',
      kind: 'disagreement',
      topic: 'get-user-conversations takes `exclude_id`',
      documented: 'The only argument is `user_id`.',
      original: 'Also reads `exclude_id`, a conversation ID to leave out.',
      decision: 'Match the original: `exclude_id` is accepted, optional.',
    },
  ],
});

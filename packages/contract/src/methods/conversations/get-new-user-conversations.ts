import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { UserConversationSummary } from '../../schemas/conversations.js';
import { arg } from '../../wire/args.js';
import { documentedConversations } from './examples.js';

export const getNewUserConversations = defineMethod({
  name: 'get-new-user-conversations',
  group: 'conversations',
  summary:
    'Return the user conversations created after the given date or with a message created after the given date. Each conversation includes the last message of the conversation.',
  description:
    "Return the conversations of a user with a message created after `datetime`, of every status, each as its last message shaped as in get-user-conversations (the sender's names). Newest message first. Answers `[]` if no conversations are found.",
  args: {
    user_id: arg.id('The ID of the user.'),
    datetime: arg.datetime(
      'A UTC date and time, `YYYY-MM-DD HH:MM:SS` (e.g. `2020-05-13 13:35:59`), or just the date, `YYYY-MM-DD`.',
    ),
  },
  response: z.array(UserConversationSummary),
  request: { user_id: 882, datetime: '2020-05-12 17:00:00' },
  examples: [
    {
      name: 'conversations',
      summary: 'Conversations of the user with new messages',
      value: documentedConversations.userSummaries,
    },
    { name: 'empty', summary: 'No conversation of the user has a newer message', value: [] },
  ],
  notes: [
    {
      id: 'get-new-user-conversations-example-duplicate',
      kind: 'slip',
      topic: 'get-new-user-conversations: the example lists one message twice',
      documented: 'Both items of the example have the message ID 2266 in conversation 995.',
      decision:
        'One item is answered per conversation, so the second item of the example is given the message ID 2265 in conversation 994.',
    },
    {
      id: 'get-new-user-conversations-by-message',
      kind: 'disagreement',
      topic: 'get-new-user-conversations: a new conversation without a newer message is not listed',
      documented: 'Returns the conversations "created after the given date or with a message created after" it.',
      original:
        'Only the time of the messages counts: a conversation created after the date but with no message after it is not listed.',
      decision: 'Match the original: a conversation is listed when it has a message newer than `datetime`.',
    },
  ],
});

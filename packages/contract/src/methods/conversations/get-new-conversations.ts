import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { ConversationSummary } from '../../schemas/conversations.js';
import { arg } from '../../wire/args.js';
import { documentedConversations } from './examples.js';

export const getNewConversations = defineMethod({
  name: 'get-new-conversations',
  group: 'conversations',
  summary:
    'Return the conversations created after the given date or with a message created after the given date. Each conversation includes the last message of the conversation.',
  description:
    "Return the conversations with a message created after `datetime`, except those in the archive and the trash, newest first. Each is its last message, shaped as in get-conversations (`user_id` and names are the customer's). Answers `[]` if no conversations are found.",
  args: {
    datetime: arg.datetime(
      'A UTC date and time, `YYYY-MM-DD HH:MM:SS` (e.g. `2020-05-13 13:35:59`), or just the date, `YYYY-MM-DD`.',
    ),
  },
  response: z.array(ConversationSummary),
  request: { datetime: '2020-04-24 10:00:00' },
  examples: [
    {
      name: 'conversations',
      summary: 'Conversations with new messages',
      value: documentedConversations.summaries,
    },
    { name: 'empty', summary: 'No conversation has a newer message', value: [] },
  ],
  versions: {
    '3.3': {
      facts: [
        {
          id: 'get-new-conversations-every-status',
          topic: 'get-new-conversations lists archived and trashed conversations too',
          evidence:
            'A conversation with a message, then `function=update-conversation-status status_code=3` → `function=get-new-conversations datetime=2026-12-04` lists it, with `"conversation_status_code":"3"`.',
        },
      ],
    },
  },
  notes: [
    {
      id: 'get-new-conversations-by-message',
      kind: 'disagreement',
      topic: 'get-new-conversations: a new conversation without a newer message is not listed',
      documented: 'Returns the conversations "created after the given date or with a message created after" it.',
      original:
        'Only the time of the messages counts: a conversation created after the date but with no message after it is not listed.',
      decision: 'Match the original: a conversation is listed when it has a message newer than `datetime`.',
    },
    {
      id: 'get-new-conversations-inbox-only',
      kind: 'disagreement',
      topic: 'get-new-conversations leaves out the archive and the trash',
      documented: 'Returns the conversations created or with a message after the date, whatever their status.',
      original: 'Conversations in the archive (3) and the trash (4) are left out, as in the inbox.',
      decision: 'Match the original: archived and trashed conversations are left out.',
    },
  ],
});

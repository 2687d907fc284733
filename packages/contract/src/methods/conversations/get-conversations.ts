import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { statusCodeText } from '../../schemas/common.js';
import { ConversationSummary } from '../../schemas/conversations.js';
import { PAGE_SIZE } from '../../semantics.js';
import { arg } from '../../wire/args.js';
import { documentedConversations } from './examples.js';

export const getConversations = defineMethod({
  name: 'get-conversations',
  group: 'conversations',
  summary: 'Return all the conversations. Each conversation includes the last message of the conversation.',
  description: `Return the conversations, ${PAGE_SIZE} at a time, each as its last message with the customer's \`user_id\`, names, picture and type (\`message_user_type\` is the type of the message's sender). Conversations without messages are not listed. Ordered by status code, highest first, then by the time of the last message, newest first. \`pagination\` counts pages from 0, as the original does. Answers \`[]\` when there are none.`,
  args: {
    pagination: arg
      .integer('The page of 100 results: 0 (or absent) the first 100, 1 the results from 101 to 200, etc.', {
        min: 0,
        max: 1_000_000,
      })
      .default(0),
    status_code: arg
      .integer(
        `The status code of the returned conversations; 0 (or absent) gives the inbox: every conversation except those in the archive and the trash. ${statusCodeText}`,
        { min: 0, max: 4 },
      )
      .default(0, '0: the inbox, every conversation except those in the archive (3) and the trash (4)'),
  },
  response: z.array(ConversationSummary),
  request: { pagination: 0 },
  examples: [
    {
      name: 'conversations',
      summary: 'The inbox, one item per conversation',
      value: documentedConversations.summaries,
    },
    { name: 'empty', summary: 'No conversation on this page or with this status', value: [] },
  ],
  notes: [
    {
      id: 'get-conversations-pagination-zero-based',
      kind: 'disagreement',
      topic: 'get-conversations: pagination counts from 0',
      documented: '"Insert 1 to get the first 100 results, 2 for the results from 101 to 200."',
      original:
        'Pages count from 0: absent or 0 gives results 1 to 100, 1 gives 101 to 200 (`LIMIT pagination*100, 100`).',
      decision: 'Match the original, as get-users does (`pagination-zero-based`): integrations were tested against it.',
    },
    {
      id: 'get-conversations-status-zero',
      kind: 'disagreement',
      topic: 'get-conversations: status code 0 gives the inbox, not the live conversations',
      documented: 'The status codes include live = 0; the default is the inbox (all but archive and trash).',
      original:
        'A status code of 0 is read like an absent one: the inbox (statuses 0, 1 and 2). The live conversations alone cannot be requested; 1 to 4 match exactly.',
      decision: 'Match the original: 0 and absent both give the inbox; 1 to 4 give that status only.',
    },
    {
      id: 'get-conversations-customer-user-id',
      kind: 'disagreement',
      topic: "get-conversations: an item's `user_id` is the customer, not the sender",
      documented: 'Each conversation "includes the last message"; the example items look like messages.',
      original:
        "The message's `user_id` is replaced with the customer's ID, and the names, picture and `user_type` are the customer's; the sender shows only in `message_user_type`.",
      decision:
        "Match the original, for this method, get-new-conversations and search-conversations. get-user-conversations and get-new-user-conversations differ, as documented and as the original: their items carry the sender's `user_id`, names, picture and `user_type`.",
    },
  ],
});

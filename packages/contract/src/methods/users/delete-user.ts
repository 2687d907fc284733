import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { arg } from '../../wire/args.js';

export const deleteUser = defineMethod({
  name: 'delete-user',
  group: 'users',
  summary: 'Delete a user and all linked conversations and messages.',
  description:
    'Delete a user with their conversations (and every message in them), the messages they sent in other conversations, and their additional details. Conversations assigned to a deleted agent are kept, unassigned. Answers `true`, also when no user has this ID. Fires the `user-deleted` webhook when a user was deleted.',
  args: {
    user_id: arg.id('The ID of the user to delete.'),
  },
  response: z.literal(true),
  request: { user_id: 951 },
  examples: [
    { name: 'deleted', summary: 'The user is deleted', value: true },
    { name: 'not-found', summary: 'No user has this ID: nothing changes', value: true },
  ],
  writes: true,
  notes: [
    {
      id: 'delete-user-agent-conversations',
      kind: 'difference',
      topic: 'Deleting an agent deletes the conversations they were assigned',
      documented: '"Delete a user and all linked conversations and messages."',
      original:
        "The foreign key `sb_conversations.agent_id` cascades: deleting an agent or admin also deletes every conversation assigned to them, with its messages and the customers' history.",
      decision:
        "The reference server deletes the user's own conversations only, and unassigns the conversations assigned to them: a customer's conversation is not the agent's to lose. The messages the agent sent are deleted with them, as in the original.",
    },
    {
      id: 'delete-user-unknown-user',
      kind: 'disagreement',
      topic: 'delete-user of an unknown user',
      documented: 'Does not say.',
      original: 'Answers `true`.',
      decision: 'Match the original: `true`, nothing changes and no webhook is fired.',
    },
  ],
});

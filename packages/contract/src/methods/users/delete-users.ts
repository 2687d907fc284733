import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { UserIdList } from '../../schemas/users.js';
import { arg } from '../../wire/args.js';

export const deleteUsers = defineMethod({
  name: 'delete-users',
  group: 'users',
  summary: 'Delete multiple users and all linked conversations and messages.',
  description:
    'Delete several users, each as delete-user does: their conversations (and every message in them), the messages they sent in other conversations, and their additional details; conversations assigned to a deleted agent are kept, unassigned. Unknown IDs are skipped. Answers `true`. Fires the `user-deleted` webhook once for each deleted user.',
  args: {
    user_ids: arg
      .json('Array of IDs of the users to delete, in JSON format: `[123, 123, 123, ...]`.', UserIdList)
      .original('The 2020 original never decodes this JSON and answers `db-error`; from 3.2 it is decoded.'),
  },
  response: z.literal(true),
  request: { user_ids: [951, 952, 953] },
  examples: [{ name: 'deleted', summary: 'The users are deleted', value: true }],
  writes: true,
  notes: [
    {
      id: 'delete-users-function-name',
      kind: 'slip',
      topic: 'The documented `function` value of delete-users is is-online',
      documented: 'The `function` argument reads "Insert is-online."',
      decision: 'The function name is `delete-users`.',
    },
    {
      id: 'delete-users-json',
      kind: 'disagreement',
      topic: 'delete-users cannot read its JSON array',
      documented: '`user_ids` is an array of IDs in JSON format.',
      original:
        'The 2020 original passes the JSON text to SQL undecoded and answers `db-error`; from 3.2 the array is decoded. Unknown IDs are skipped.',
      decision: 'As documented: a JSON array of IDs (numbers, or strings of digits).',
    },
    {
      id: 'delete-users-agent-conversations',
      kind: 'difference',
      topic: 'Deleting agents deletes the conversations they were assigned',
      original:
        'As for delete-user, the foreign key `agent_id` cascades and deletes every conversation assigned to a deleted agent or admin.',
      decision: 'As delete-user: the conversations assigned to a deleted agent are kept, unassigned.',
    },
  ],
});

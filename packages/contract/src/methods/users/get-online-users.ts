import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { User, UserIdList } from '../../schemas/users.js';
import { ONLINE_SECONDS } from '../../semantics.js';
import { arg } from '../../wire/args.js';
import { documentedUsers } from './examples.js';

/** The documented array, or the single ID that the original 3.1 honours. */
const ExcludeIds = z.union([UserIdList, UserIdList.element.transform((id) => [id])]);

export const getOnlineUsers = defineMethod({
  name: 'get-online-users',
  group: 'users',
  summary: 'Return the online users including agents and admins.',
  description: `Return the online users, agents and admins (bots excluded), newest first. A user is online when their last activity is within the last ${ONLINE_SECONDS} seconds; a user just created by add-user is online for its first ${ONLINE_SECONDS} seconds. Answers \`[]\` if nobody is online.`,
  args: {
    exclude_id: arg
      .json(
        'Array of user IDs in JSON format to exclude from the returned values: `[123, 123, 123, ...]`. A single ID is accepted too.',
        ExcludeIds,
      )
      .default([])
      .original('Version 3.1 excludes a single positive ID only; a JSON array excludes nobody.'),
  },
  response: z.array(User),
  request: { exclude_id: [1] },
  examples: [
    {
      name: 'users',
      summary: 'The users active in the last 15 seconds',
      value: documentedUsers.onlineList,
    },
    { name: 'empty', summary: 'Nobody is online', value: [] },
  ],
  notes: [
    {
      id: 'get-online-users-exclude-array',
      kind: 'disagreement',
      topic: 'get-online-users honours only one `exclude_id`',
      documented: '`exclude_id` is an array of user IDs in JSON format.',
      original:
        'Version 3.1 excludes a single positive ID and ignores a JSON array; from 3.2 the array is decoded first.',
      decision:
        'Both forms are accepted: a JSON array excludes every ID in it, as documented; a single ID excludes that user, as in the original.',
    },
    {
      id: 'get-online-users-online',
      kind: 'disagreement',
      topic: 'What "online" means',
      documented: '"Return the online users including agents and admins."',
      original:
        'Online = `last_activity` within the last 15 seconds; bots excluded; ordered by `creation_time` DESC. `last_activity` is set to the creation time on insert, so a new user is online for 15 seconds.',
      decision: 'Match the original, and say so.',
    },
  ],
});

import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { User } from '../../schemas/users.js';
import { arg } from '../../wire/args.js';
import { documentedUsers } from './examples.js';

export const getNewUsers = defineMethod({
  name: 'get-new-users',
  group: 'users',
  summary: 'Return the users created after the given date.',
  description:
    'Return the users, agents and admins created after the given date (bots excluded), newest first, without a limit. Answers `[]` if there are none.',
  args: {
    datetime: arg.datetime(
      'Date and time in the following format: YYYY-MM-DD HH:MM:SS. Ex. 2020-05-13 13:35:59. You can remove the time and leave only the date. The dates stored in the database are in UTC+0.',
    ),
  },
  response: z.array(User),
  request: { datetime: '2020-05-13 08:00:00' },
  examples: [
    {
      name: 'users',
      summary: 'The users created after the date, newest first',
      value: documentedUsers.userList,
    },
    { name: 'empty', summary: 'No user was created after the date', value: [] },
  ],
  notes: [
    {
      id: 'get-new-users-selection',
      kind: 'disagreement',
      topic: 'Which users get-new-users returns, and in which order',
      documented: '"Return the users created after the given date."',
      original:
        'Users with `creation_time` after `datetime` compared as text (a date alone means from its midnight on), bots excluded, agents and admins included, `ORDER BY creation_time DESC`, no limit.',
      decision: 'Match the original: bots excluded, newest first, every match returned.',
    },
  ],
});

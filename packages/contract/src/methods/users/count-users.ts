import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { DbInteger } from '../../schemas/common.js';

export const countUsers = defineMethod({
  name: 'count-users',
  group: 'users',
  summary: "Return the total users' count grouped by user type.",
  description:
    'Return the number of users by user type, as strings. `all` counts every user except bots (agents and admins included), so it is not the sum of `lead`, `user` and `visitor`.',
  args: {},
  response: z
    .object({
      all: DbInteger.describe('Every user except bots, including agents and admins.'),
      lead: DbInteger,
      user: DbInteger,
      visitor: DbInteger,
    })
    .meta({ id: 'UserCounts', description: 'The number of users by user type, as strings.' }),
  request: {},
  examples: [
    { name: 'counts', summary: 'The users by type', value: { all: '335', lead: '288', user: '15', visitor: '28' } },
  ],
  notes: [
    {
      id: 'count-users-all',
      kind: 'disagreement',
      topic: 'count-users: `all` is not lead + user + visitor',
      documented:
        '"Return the total users\' count grouped by user type"; the example\'s `all` is the sum of the others.',
      original:
        'The counts are SQL sums, sent as strings: `all` counts every user except bots (agents and admins included). On an empty table every count is `null`, which cannot happen through the API since the admin whose token is used exists.',
      decision: 'Match the original: strings, and `all` includes agents and admins.',
    },
  ],
});

import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { User } from '../../schemas/users.js';
import { arg } from '../../wire/args.js';

export const searchUsers = defineMethod({
  name: 'search-users',
  group: 'users',
  summary: 'Return the users matching the search.',
  description:
    'Return the users, agents and admins (bots excluded) whose first or last name contains any of the space-separated words of `search`, or whose email or any additional detail contains its first word, case-insensitively, in ID order. Answers `[]` if no users are found.',
  args: {
    search: arg.text('The string to search. The additional user details are supported too.', { max: 255 }),
  },
  response: z.array(User),
  request: { search: 'John' },
  examples: [
    {
      name: 'users',
      summary: 'The users matching the search',
      value: [
        {
          id: '881',
          first_name: 'Don',
          last_name: 'John',
          email: null,
          profile_image: 'https://board.support/user.svg',
          user_type: 'visitor',
          creation_time: '2020-05-13 09:18:59',
          last_activity: '2020-05-13 09:32:34',
          department: null,
          token: 'e435a5c67f4276cdb9c6fc19b7c015990ffc3268',
        },
        {
          id: '880',
          first_name: 'User',
          last_name: '#29938',
          email: null,
          profile_image: 'https://board.support/user.svg',
          user_type: 'visitor',
          creation_time: '2020-05-13 08:58:18',
          last_activity: '2020-05-13 09:32:28',
          department: null,
          token: '6d969f64f5ed6263714b9b39f3d3700b66f16820',
        },
      ],
    },
    { name: 'empty', summary: 'No user matches', value: [] },
  ],
  notes: [
    {
      id: 'search-users-matching',
      kind: 'disagreement',
      topic: 'How search-users matches',
      documented: '"The string to search. The additional user details are supported too."',
      original:
        'The search is split on spaces; a user matches when any word is in the first or last name, or the first word is in the email or in the value of any additional detail (SQL `LIKE`, case-insensitive). One row per user, grouped by ID; an empty search matches everyone.',
      decision: 'Match the original, in ID order.',
    },
    {
      id: 'search-users-bots',
      kind: 'difference',
      topic: 'search-users can return bots',
      original:
        'Bots are meant to be excluded, but an operator-precedence slip in the SQL applies the exclusion to the first condition only, so a bot matching by last name, email or details is returned.',
      decision: 'The reference server never returns bots, as every other user list does.',
    },
    {
      id: 'search-users-password',
      kind: 'difference',
      topic: 'search-users returns the password hash',
      original:
        'Selects every column (`SELECT *`): each user also carries the bcrypt `password` hash and `typing`, which the other user lists leave out.',
      decision:
        'The reference server returns the columns of the other user lists only: a hash is a secret, and no API client needs it.',
    },
  ],
});

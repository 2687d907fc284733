import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { User } from '../../schemas/users.js';
import { arg } from '../../wire/args.js';
import { documentedUsers } from './examples.js';

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
      value: documentedUsers.onlineList,
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

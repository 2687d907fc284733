import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { UserDetail } from '../../schemas/users.js';
import { arg } from '../../wire/args.js';

export const getUserExtra = defineMethod({
  name: 'get-user-extra',
  group: 'users',
  summary: 'Return the additional details of a user.',
  description:
    'Return the additional details of a user (phone, city, browser, current URL, ...), in the order they were saved. Answers `[]` if the user is not found or has no additional details.',
  args: {
    user_id: arg.id('The ID of the user.'),
  },
  response: z.array(UserDetail),
  request: { user_id: 123456 },
  examples: [
    {
      name: 'details',
      summary: 'The additional details of a user',
      value: [
        { slug: 'browser', name: 'Browser', value: 'Chrome' },
        { slug: 'current_url', name: 'Current URL', value: 'https://board.support/' },
        { slug: 'os', name: 'OS', value: 'Windows 10' },
        { slug: 'phone', name: 'Phone', value: '3203057977' },
      ],
    },
    { name: 'not-found', summary: 'No user has this ID, or the user has no additional details', value: [] },
  ],
  notes: [
    {
      id: 'get-user-extra-unknown-user',
      kind: 'difference',
      topic: 'get-user-extra with an unknown or malformed user ID',
      documented: 'Answers `[]` if the user is not found.',
      original:
        'Answers `[]` for an unknown user, as documented; a non-numeric ID reaches SQL unquoted and answers `db-error` with the MySQL error text ("Unknown column ...").',
      decision:
        'An unknown user answers `[]`, as documented and as the original does; a malformed ID answers `invalid-argument`, never SQL text.',
    },
  ],
});

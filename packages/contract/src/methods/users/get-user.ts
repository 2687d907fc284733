import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { UserWithDetails } from '../../schemas/users.js';
import { arg } from '../../wire/args.js';

export const getUser = defineMethod({
  name: 'get-user',
  group: 'users',
  summary: 'Return the user details of a user.',
  description: 'Return the user details of a user. Answers `false` if the user is not found.',
  args: {
    user_id: arg.id('The ID of the user.'),
    extra: arg.boolean('Set it to true to get the additional user details.').default(false),
  },
  response: z.union([UserWithDetails, z.literal(false)]),
  request: { user_id: 123456, extra: true },
  examples: [
    {
      name: 'user',
      summary: 'A user with its additional details',
      value: {
        id: '123456',
        first_name: 'John',
        last_name: 'Doe',
        email: 'johon@example.com',
        profile_image: 'https://board.support/user.svg',
        user_type: 'visitor',
        creation_time: '2020-05-12 14:28:57',
        last_activity: '2020-05-12 14:28:57',
        department: null,
        token: 'a521773c5a566a251c3fb00e93162b20ff955b12',
        password: '',
        details: [
          { slug: 'location', name: 'Location', value: 'New York, United States' },
          { slug: 'country_code', name: 'Country code', value: 'America/New_York' },
        ],
      },
    },
    { name: 'not-found', summary: 'No user has this ID', value: false },
  ],
  notes: [
    {
      id: 'get-user-password',
      kind: 'difference',
      topic: 'get-user returns the password hash',
      documented: 'The example shows `"password": ""`.',
      original: 'Returns the bcrypt hash of the user\'s password (`""` for users without one).',
      decision: 'The reference server never returns `password`: a hash is a secret, and no API client needs it.',
    },
  ],
});

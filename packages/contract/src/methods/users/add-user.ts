import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { USER_TYPES } from '../../schemas/common.js';
import { ExtraInput } from '../../schemas/users.js';
import { arg } from '../../wire/args.js';

export const addUser = defineMethod({
  name: 'add-user',
  group: 'users',
  summary: 'Create a new user.',
  description:
    'Create a new user and answer its ID, as a JSON number. Without `user_type` the user is a `user` when it has an email, otherwise a `visitor`.',
  args: {
    first_name: arg.text('The first name of the user.', { max: 100 }).defaultText('User'),
    last_name: arg
      .text('The last name of the user.', { max: 100 })
      .defaultText('`#` and a random number, e.g. `#29938` (only when first_name is empty too)'),
    email: arg.email('The email address of the user: one address, at most 255 characters.').defaultText('empty'),
    profile_image: arg
      .text('The URL of the profile picture of the user.', { max: 2048 })
      .defaultText('the default user picture'),
    password: arg.text('The password of the user. Stored as a bcrypt hash.', { max: 255 }).defaultText('empty'),
    user_type: arg
      .enum('The user type of the user. Accepted values: visitor, lead, user, agent, admin, bot.', USER_TYPES)
      .invalid('invalid-user-type')
      .defaultText('visitor if the email is not provided, otherwise user'),
    department: arg.integer('The department ID of an agent.', { min: 0, max: 32_767 }).optional(),
    extra: arg.json('Additional user details in JSON format: `{"ID": ["value", "Name"], ...}`.', ExtraInput).optional(),
  },
  response: z.int().positive().describe('The ID of the new user, as a JSON number.'),
  request: {
    first_name: 'Don',
    last_name: 'John',
    email: 'don.john@example.com',
    extra: { phone: ['+02123456789', 'Phone'], city: ['London', 'City'] },
  },
  examples: [{ name: 'created', summary: 'The ID of the new user', value: 123456 }],
  errors: ['duplicate-email', 'invalid-user-type', 'db-error'],
  writes: true,
  versions: {
    '3.3': {
      facts: [
        {
          id: 'add-user-duplicate-phone',
          topic: 'add-user refuses a phone number another user has (`duplicate-phone`)',
          evidence:
            '`function=add-user first_name=Q extra={"phone":["+123","Phone"]}`, with `+123` the phone of user 148 → `{"success":false,"response":"duplicate-phone"}`.',
        },
      ],
      errors: ['duplicate-email', 'duplicate-phone', 'invalid-user-type', 'db-error'],
    },
  },
  notes: [
    {
      id: 'add-user-profile-image',
      kind: 'difference',
      topic: 'A user added without `profile_image` gets a default picture',
      original:
        'Support Board 3.3.6 gives a user added without `profile_image` a picture it generates and stores under its uploads: `"profile_image":"http://127.0.0.1:8998/uploads/07-12-26/5457836.png"` (a dated folder, a random name), measured by sb-conformance diff against the reference server.',
      decision:
        "The reference server answers the installation's default picture, `<site>/media/user.svg` (`agent.svg` for agents and admins): the same for every such user, and nothing written to disk.",
    },
    {
      id: 'add-user-bot-type',
      kind: 'disagreement',
      topic: 'add-user accepts the user type `bot`',
      documented: 'Accepted values: visitor, lead, user, agent, admin.',
      original: 'Also accepts `bot`.',
      decision: 'Match the original: `bot` is accepted.',
    },
  ],
});

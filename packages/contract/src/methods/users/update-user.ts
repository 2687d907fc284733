import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { USER_TYPES } from '../../schemas/common.js';
import { ExtraInput } from '../../schemas/users.js';
import { arg } from '../../wire/args.js';

export const updateUser = defineMethod({
  name: 'update-user',
  group: 'users',
  summary: 'Update the details of an existing user.',
  description:
    'Update the details of an existing user. Only the given fields change; `email` set to `NULL` (or empty) deletes the email. Each given additional detail replaces the one with the same ID, and a detail given with an empty value is deleted. Answers `true`, also when no user has this ID (nothing changes).',
  args: {
    user_id: arg.id('The ID of the user to update.'),
    first_name: arg.text('The first name of the user. An empty value leaves it unchanged.', { max: 100 }).optional(),
    last_name: arg.text('The last name of the user.', { max: 100 }).optional(),
    email: arg
      .email('The email address of the user (one address). Insert NULL (or an empty value) to delete the email.', {
        clears: ['NULL'],
      })
      .optional(),
    profile_image: arg
      .text('The URL of the profile picture of the user. An empty value restores the default picture.', {
        max: 2048,
      })
      .optional(),
    password: arg
      .text('The password of the user. Stored as a bcrypt hash. An empty value or `********` leaves it unchanged.', {
        max: 255,
      })
      .optional(),
    user_type: arg
      .enum('The user type of the user. Accepted values: visitor, lead, user, agent, admin, bot.', USER_TYPES)
      .invalid('invalid-user-type')
      .optional(),
    department: arg.integer('The department ID of an agent.', { min: 0, max: 32_767 }).optional(),
    extra: arg
      .json(
        'Additional user details in JSON format: `{"ID": ["value", "Name"], ...}`. An empty value deletes the detail.',
        ExtraInput,
      )
      .optional()
      .original('The 2020 original never decodes this JSON, so it ignores the argument; from 3.2 it is applied.'),
  },
  response: z.literal(true),
  request: {
    user_id: 123456,
    first_name: 'Don',
    last_name: 'John',
    email: 'don.john@example.com',
    extra: { phone: ['+02123456789', 'Phone'], city: ['', 'City'] },
  },
  examples: [
    { name: 'updated', summary: 'The user is updated', value: true },
    { name: 'not-found', summary: 'No user has this ID: nothing changes', value: true },
  ],
  errors: ['duplicate-email', 'invalid-user-type', 'db-error'],
  writes: true,
  versions: {
    '3.3': {
      facts: [
        {
          id: 'update-user-duplicate-phone',
          topic: 'update-user refuses a phone number another user has (`duplicate-phone`)',
          evidence:
            '`function=update-user user_id=149 extra={"phone":["+123","Phone"]}`, with `+123` the phone of user 148 → `{"success":false,"response":"duplicate-phone"}`.',
        },
      ],
      errors: ['duplicate-email', 'duplicate-phone', 'db-error'],
    },
  },
  notes: [
    {
      id: 'update-user-partial',
      kind: 'difference',
      topic: 'update-user replaces every field, not only the given ones',
      original:
        'A full replace: an absent `email` becomes NULL, `last_name` `""`, `profile_image` the default picture and `department` NULL; `first_name` and `password` change only when non-empty. Unless the resulting type is agent, admin or bot, `user_type` is recomputed (`user` with an email, otherwise `lead`) and a given `visitor` or `lead` is ignored.',
      decision:
        'The reference server changes only the given fields and stores `user_type` as given: a partial update must not erase data the caller did not mention.',
    },
    {
      id: 'update-user-email-null',
      kind: 'disagreement',
      topic: 'Deleting the email with `NULL`',
      documented: '"Insert NULL to delete the email."',
      original:
        'The 3.1 code stores the text `NULL` as the email; an absent or empty email is what deletes it (see update-user-partial).',
      decision: 'As documented: `NULL`, and an empty value, delete the email.',
    },
    {
      id: 'update-user-user-type',
      kind: 'disagreement',
      topic: 'update-user does not check `user_type`',
      documented: 'Accepted values: visitor, lead, user, agent, admin; `invalid-user-type` is a possible response.',
      original: 'Never checks the value and never answers `invalid-user-type`; any text is stored as the type.',
      decision:
        'As documented, a value outside the accepted ones answers `invalid-user-type`; `bot` is accepted too, as add-user accepts it.',
    },
    {
      id: 'update-user-unknown-user',
      kind: 'disagreement',
      topic: 'update-user of an unknown user',
      documented: 'Does not say.',
      original: 'Answers `true`; nothing changes.',
      decision: 'Match the original: `true`, nothing changes (harmless, and callers may rely on it).',
    },
    {
      id: 'update-user-own-admin',
      kind: 'difference',
      topic: "Updating the token's own admin",
      original:
        'When `user_id` is the admin whose token made the call, answers the login array `[userObject, "<encrypted cookie>"]` instead of `true` and sets an `sb-login` cookie.',
      decision:
        'The reference server always answers `true` and sets no cookie: a login cookie is of no use to an API client.',
    },
    {
      id: 'update-user-extra',
      kind: 'disagreement',
      topic: 'How update-user applies `extra`',
      documented: '"Array of additional user details in JSON format."',
      original:
        'The 2020 original passes the JSON text on undecoded, so `extra` is ignored (with a PHP warning). From 3.2 each given ID is replaced (REPLACE per slug), then every detail of the user with an empty value is deleted.',
      decision:
        'As 3.2 does: each given detail replaces the stored one, and a detail given with an empty value is deleted; details not given are kept.',
    },
  ],
});

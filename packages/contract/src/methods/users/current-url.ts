import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { arg } from '../../wire/args.js';

export const currentUrl = defineMethod({
  name: 'current-url',
  group: 'users',
  summary: 'Get or set the current URL of a user or the last visited URL.',
  description:
    'Get or set the current URL of a user, kept as the additional detail `current_url`. With `url`, store it (an empty `url` deletes it) and answer `true`; storing a URL for an unknown user answers `user-not-found`. Without `url`, answer the stored URL, or `false` if there is none or the user is not found. Without `user_id`, answer `false`.',
  args: {
    user_id: arg.id('The ID of the user.').optional(),
    url: arg
      .text(
        'The URL to set as "Current URL". If this argument is set the function will only set the value and it will not return any URL. An empty value deletes it.',
        { max: 65_535 },
      )
      .optional(),
  },
  response: z.union([
    z.string().describe('The stored URL.'),
    z.literal(true).describe('The URL was set.'),
    z.literal(false).describe('No URL is stored, the user is not found, or no `user_id` was given.'),
  ]),
  request: { user_id: 123456 },
  examples: [
    { name: 'url', summary: 'The current URL of the user', value: 'https://board.support' },
    { name: 'not-found', summary: 'No URL is stored for this user', value: false },
    { name: 'set', summary: 'The url argument was given: the URL is stored', value: true },
  ],
  errors: ['user-not-found'],
  writes: true,
  notes: [
    {
      id: 'current-url-arguments',
      kind: 'disagreement',
      topic: 'current-url without `user_id`, or with an empty `url`',
      documented: '`user_id` and `url` are listed without saying which are required.',
      original:
        'Both are optional: without `user_id` it answers `false`; an empty `url` deletes the stored URL and answers `true`.',
      decision: 'Match the original.',
    },
    {
      id: 'current-url-unknown-user',
      kind: 'difference',
      topic: 'Setting the URL of an unknown user',
      original:
        'Storing a non-empty URL for an unknown user fails on a foreign key: `db-error` with the MySQL error text.',
      decision:
        'The reference server answers `user-not-found` (validation shape), with no SQL text. Reading the URL of an unknown user answers `false`, as the original does.',
    },
  ],
});

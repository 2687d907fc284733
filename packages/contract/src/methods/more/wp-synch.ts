import { z } from 'zod';
import { defineMethod } from '../../define.js';

export const wpSynch = defineMethod({
  name: 'wp-synch',
  group: 'more',
  summary: 'Start the synchronization of the WordPress users and import the new WordPress users into Support Board.',
  description:
    'Import the WordPress users that are not yet in Support Board. Available only with WordPress: the original in its WordPress version, the reference server when a WordPress site is configured. Answers `true`.',
  args: {},
  response: z.literal(true),
  request: {},
  examples: [{ name: 'synchronized', summary: 'The new WordPress users were imported', value: true }],
  requires: 'wordpress',
  writes: true,
  versions: {
    '3.3': {
      name: 'wp-sync',
      facts: [
        {
          id: 'wp-sync-name',
          topic: 'wp-synch is named `wp-sync`',
          since: '3.2',
          evidence:
            '`function=wp-synch` → `{"status":"error","response":"function-not-found","message":"Function wp-synch not found. Check the function name."}`; `function=wp-sync` → `{"status":"error","response":"app-not-installed"}` outside WordPress.',
        },
      ],
    },
  },
  notes: [
    {
      id: 'wp-synch-rest-api',
      kind: 'difference',
      topic: 'wp-synch reads WordPress through its REST API',
      original:
        'Runs inside the WordPress plugin and reads the WordPress users from the WordPress database; any other installation answers `app-not-installed`.',
      decision:
        'The reference server imports the users of a configured WordPress site through the WordPress REST API, and answers `app-not-installed` when none is configured.',
    },
    {
      id: 'wp-synch-name',
      kind: 'disagreement',
      topic: 'wp-synch is named wp-sync in later versions',
      documented: 'The method is `wp-synch`.',
      original: 'The 3.0 original agrees; from 3.2 the method is named `wp-sync`.',
      decision:
        'In the documented version only `wp-synch` is a method and `wp-sync` answers `function-not-found`, as in 3.0; in version 3.3 it is the other way round.',
    },
  ],
});

import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { ONLINE_SECONDS } from '../../semantics.js';
import { arg } from '../../wire/args.js';

export const isOnline = defineMethod({
  name: 'is-online',
  group: 'users',
  summary: 'Check if a user is online.',
  description: `Check if a user is online: answers \`"online"\` when their last activity is within the last ${ONLINE_SECONDS} seconds, otherwise \`"offline"\`. When the Slack app is installed, an agent or admin who is not active here is online if Slack reports them active. Answers \`"offline"\` if the user is not found.`,
  args: {
    user_id: arg.id('The ID of the user.'),
  },
  response: z.enum(['online', 'offline']),
  request: { user_id: 123456 },
  examples: [
    { name: 'offline', summary: 'The user is offline, or not found', value: 'offline' },
    { name: 'online', summary: 'The user was active in the last 15 seconds', value: 'online' },
  ],
  versions: {
    '3.3': {
      facts: [
        {
          id: 'is-online-boolean',
          topic: 'is-online answers `true` or `false`',
          evidence:
            '`function=is-online user_id=148` (added a second before) → `{"success":true,"response":true}`; `user_id=1` → `{"success":true,"response":false}`.',
        },
      ],
      response: z.boolean().describe('Whether the user is online.'),
      adapt: (word: 'online' | 'offline') => word === 'online',
    },
  },
  notes: [
    {
      id: 'is-online-boolean',
      kind: 'disagreement',
      topic: 'is-online answers a word, later versions a boolean',
      documented: 'Possible responses: `offline`, `online`.',
      original:
        'The 2020 original (the documented 3.0) answers `"online"` or `"offline"`, `"offline"` for an unknown user; from 3.3 it answers `true` or `false`.',
      decision: 'As documented and as the documented version does: `"online"` or `"offline"`.',
    },
  ],
});

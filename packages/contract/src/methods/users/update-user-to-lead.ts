import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { arg } from '../../wire/args.js';

export const updateUserToLead = defineMethod({
  name: 'update-user-to-lead',
  group: 'users',
  summary: 'Change the user type of a user to lead.',
  description:
    'Change the user type of a visitor or user to lead. Agents, admins and bots are left unchanged. Answers `true`, also when the user is not found or not changed.',
  args: {
    user_id: arg.id('The ID of the user.'),
  },
  response: z.literal(true),
  request: { user_id: 123456 },
  examples: [
    { name: 'updated', summary: 'The user is now a lead', value: true },
    {
      name: 'unchanged',
      summary: 'No user has this ID, or it is an agent, admin or bot: nothing changes',
      value: true,
    },
  ],
  writes: true,
  notes: [
    {
      id: 'update-user-to-lead-agents',
      kind: 'difference',
      topic: 'update-user-to-lead turns agents and admins into leads',
      original: 'Sets the user type to `lead` unconditionally, for agents, admins and bots too, and answers `true`.',
      decision:
        'The reference server changes visitors and users only, and answers `true` for everyone else without changing them: turning an admin into a lead would lock them out of the admin area.',
    },
  ],
});

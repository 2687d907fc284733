import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { arg } from '../../wire/args.js';

export const updateConversationDepartment = defineMethod({
  name: 'update-conversation-department',
  group: 'conversations',
  summary: 'Update the department of a conversation.',
  description:
    'Update the department of a conversation. The department ID is not validated against Settings > Miscellaneous > Departments. When `message` is not empty, it is emailed to every agent and admin of the department (to every agent and admin when the department has none), with the agent email template, from the admin whose token made the call. Answers `true`, also when no conversation has this ID. Fires the `email-sent` webhook for each agent emailed.',
  args: {
    conversation_id: arg.id('The ID of the conversation to update.'),
    department: arg.integer(
      'The ID of a department. You can get the IDs from Settings > Miscellaneous > Departments. The department ID is not validated, so double-check it to make sure it exists.',
      { min: 0, max: 32_767 },
    ),
    message: arg
      .text(
        'A message for the agents. If set, an email is sent to all the agents assigned to the new department to notify them of the conversation.',
      )
      .default(''),
  },
  response: z.literal(true),
  request: { conversation_id: 946, department: 2, message: 'A customer needs help with an invoice.' },
  examples: [{ name: 'updated', summary: 'The department was updated', value: true }],
  writes: true,
  notes: [
    {
      id: 'update-conversation-department-no-agents',
      kind: 'difference',
      topic: 'update-conversation-department: the email when no agent has the department',
      documented: 'The message is emailed to "all the agents assigned to the new department".',
      original:
        'Emails the agents and admins of that department, so nobody when none has it; an empty department emails every agent.',
      decision:
        'The reference server emails every agent and admin when none belongs to the department, so that the message is not lost.',
    },
    {
      id: 'update-conversation-department-errors-swallowed',
      kind: 'difference',
      topic: 'update-conversation-department answers `true` when the update fails',
      original: 'A failed update (a non-numeric department, say) is still answered `true`.',
      decision:
        'The reference server checks the department is an integer (`invalid-argument` otherwise) and answers an error when the update fails.',
    },
  ],
});

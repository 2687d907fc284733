import { z } from 'zod';
import { defineWebhook } from '../define.js';
import { DbId } from '../schemas/common.js';

export const newEmailAddressWebhook = defineWebhook({
  name: 'new-email-address',
  summary: 'Webhook sent when a user register his email via the follow-up message or registration form.',
  description: "A user's new email address, with the user's full name and ID.",
  data: z.looseObject({
    name: z.string().describe("The user's first and last name."),
    email: z.string(),
    id: DbId.optional().describe('The ID of the user.'),
  }),
  example: { name: 'John Doe', email: 'example@email.com' },
  firedBy: ['add-user', 'update-user'],
  trigger: 'After add-user creates a user with an email, or update-user gives a user an email it did not have.',
  notes: [
    {
      id: 'new-email-address-id',
      kind: 'disagreement',
      topic: 'new-email-address carries the user ID',
      documented: 'The data is `{name, email}`.',
      original: 'The chat also sends `id`, the ID of the user.',
      decision: 'The reference server sends `id` too; it is optional in the contract.',
    },
    {
      id: 'new-email-address-server-fired',
      kind: 'difference',
      topic: 'new-email-address is fired by the API',
      original:
        'Fired by the chat when a follow-up or registration form captured an email, so add-user and update-user calls fire nothing.',
      decision:
        'The reference server fires it when add-user creates a user with an email, and when update-user sets an email different from the stored one.',
    },
  ],
});

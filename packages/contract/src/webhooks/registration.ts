import { z } from 'zod';
import { defineWebhook } from '../define.js';
import { FieldValues } from './schemas.js';

export const registrationWebhook = defineWebhook({
  name: 'registration',
  summary: 'Webhook sent when a user registers successfully from the registration form of the chat.',
  description:
    'This Webhook is sent only if the registration is successful, and also if the registration is updated via the registration form of a Rich Message. `user` holds the user fields and `extra` the additional details, each as `[value, label]`.',
  data: z.looseObject({
    user: FieldValues.describe('The user fields: `{"first_name": ["Don", "First name"], ...}`.'),
    extra: FieldValues.describe('The additional details: `{"phone": ["+02123456789", "Phone"], ...}`.'),
    id: z.string().optional().describe('The ID of the registration form, when it is a Rich Message.'),
  }),
  example: {
    user: {
      profile_image: ['https://board.support/user.svg', 'Profile image'],
      first_name: ['Don', 'First name'],
      last_name: ['John', 'Last name'],
      email: ['example@email.com', 'Email'],
      password: ['12345678', 'Password'],
      'password-check': ['12345678', 'Repeat password'],
      user_type: ['user', ''],
    },
    extra: {
      phone: ['+02123456789', 'Phone'],
      city: ['London', 'City'],
    },
  },
  firedBy: [],
  trigger: 'When a user registers, or updates the registration, through a registration form of the chat.',
  notes: [
    {
      id: 'registration-password',
      kind: 'difference',
      topic: 'registration carries the password in plain text',
      documented: 'The example shows `password` and `password-check`.',
      original: 'Sends the password the user typed, twice, in plain text.',
      decision:
        'No API call registers a user through the chat form, so the reference server never fires it; sent on demand, it carries only the data it is given.',
    },
    {
      id: 'registration-id',
      kind: 'disagreement',
      topic: 'registration carries the form ID',
      documented: 'The data is `{user, extra}`.',
      original: 'The chat also sends `id`, the ID of the registration form.',
      decision: '`id` is part of the contract, optional.',
    },
  ],
});

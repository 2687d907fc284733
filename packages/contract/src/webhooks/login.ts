import { z } from 'zod';
import { defineWebhook } from '../define.js';
import { DbId, UserType } from '../schemas/common.js';

export const loginWebhook = defineWebhook({
  name: 'login',
  summary: 'Webhook sent when a user login successfully from the login form of the chat.',
  description:
    'This Webhook is sent only if the login is successful. `details` is the user who logged in, with its secret token.',
  data: z.looseObject({
    details: z.looseObject({
      id: DbId,
      profile_image: z.string().nullable(),
      first_name: z.string(),
      last_name: z.string(),
      email: z.string().nullable(),
      user_type: UserType,
      token: z.string().describe("The user's secret token."),
    }),
  }),
  example: {
    details: {
      id: '948',
      profile_image: 'https://board.support/user.svg',
      first_name: 'Don',
      last_name: 'John',
      email: 'email@example.com',
      user_type: 'user',
      token: '9a4642dd232291ad658646bdbb8792c2392bb852',
    },
  },
  firedBy: [],
  trigger: 'When a user signs in through the login form of the chat.',
});

import { z } from 'zod';
import { defineWebhook } from '../define.js';

export const richMessageWebhook = defineWebhook({
  name: 'rich-message',
  summary: 'Webhook sent when the user submits the values inserted in a Rich Message.',
  description:
    'All the Rich Messages that require the submitting of data fire this Webhook, some of them are the follow-up email form, the registration form, the buttons. `data.data` holds the submitted Rich Messages, each under its Rich Message ID; `result` is the outcome of the submission.',
  data: z.looseObject({
    result: z
      .union([z.string(), z.array(z.unknown()), z.record(z.string(), z.unknown())])
      .describe('The outcome of the submission, `"true"` when it succeeded.'),
    data: z
      .record(z.string().describe('The Rich Message ID.'), z.record(z.string(), z.unknown()))
      .describe('The submitted Rich Messages, by Rich Message ID.'),
    id: z.string().optional().describe('The ID of the submitted Rich Message.'),
  }),
  example: {
    result: 'true',
    data: {
      NvULJ: { type: 'email', result: { email: ['example@email.com', 'Email'] } },
    },
  },
  firedBy: [],
  trigger: 'When a user submits a Rich Message of the chat (a form, buttons).',
  notes: [
    {
      id: 'rich-message-placeholder',
      kind: 'slip',
      topic: 'rich-message example: `{ ... }` is not JSON',
      documented: 'The example shows the Rich Message as `"NvULJ": { ... }`.',
      decision:
        'The contract shows a realistic submission in its place: a follow-up form with the email field as `[value, label]`.',
    },
    {
      id: 'rich-message-id',
      kind: 'disagreement',
      topic: 'rich-message carries the Rich Message ID',
      documented: 'The data is `{result, data}`.',
      original: 'The chat also sends `id`, the ID of the submitted Rich Message.',
      decision: '`id` is part of the contract, optional; the reference server sends it when it is given one.',
    },
  ],
});

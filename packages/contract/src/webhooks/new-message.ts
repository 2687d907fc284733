import { z } from 'zod';
import { defineWebhook } from '../define.js';
import { WebhookMessage } from './schemas.js';

export const newMessageWebhook = defineWebhook({
  name: 'new-message',
  summary: 'Webhook sent when a new message is received.',
  description:
    "The messages a chat received: each one under `details`, with its sender's names, picture and type and `full_name`.",
  data: z.array(z.looseObject({ details: WebhookMessage })),
  example: [
    {
      details: {
        id: '2575',
        user_id: '947',
        message: 'Hello! How are you?',
        creation_time: '2020-05-27 08:26:59',
        attachments: '',
        status_code: '0',
        conversation_id: '1057',
        first_name: 'Don',
        last_name: 'John',
        profile_image: 'https://board.support/user.svg',
        user_type: 'user',
        full_name: 'Don John',
      },
    },
  ],
  firedBy: [],
  trigger: 'When an open chat (the widget or the admin area) receives new messages.',
  notes: [
    {
      id: 'new-message-name',
      kind: 'disagreement',
      topic: 'new-message or new-messages',
      documented: 'The webhook is `new-message`.',
      original: 'Version 3.7 and later name it `new-messages`.',
      decision: 'The contract keeps the documented name `new-message`, the one of the documented version.',
    },
  ],
});

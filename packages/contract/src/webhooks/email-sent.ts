import { z } from 'zod';
import { defineWebhook } from '../define.js';
import { Attachments, DbId } from '../schemas/common.js';

export const emailSentWebhook = defineWebhook({
  name: 'email-sent',
  summary: 'Webhook sent when a notification email is sent to a user or to an agent.',
  description: 'A notification email: its recipient, its message and its attachments.',
  data: z.looseObject({
    recipient_id: DbId.describe('The user or agent the email was sent to.'),
    message: z.string(),
    attachments: Attachments.optional().describe('`[["name", "link"], ...]`; present when the email has attachments.'),
  }),
  example: { recipient_id: '957', message: 'Hello! How can I help you?' },
  firedBy: ['send-email', 'update-conversation-department'],
  trigger:
    'After a notification email has been sent: by send-email, and by update-conversation-department to each agent it notifies.',
  notes: [
    {
      id: 'email-sent-server-fired',
      kind: 'difference',
      topic: 'email-sent is fired by the API',
      original:
        'Fired by the chat front end after it sent a notification email, so send-email and update-conversation-department calls fire nothing.',
      decision:
        'The reference server fires it for every email send-email sends, and for each agent update-conversation-department notifies.',
    },
    {
      id: 'email-sent-attachments',
      kind: 'disagreement',
      topic: 'email-sent carries the attachments',
      documented: 'The example has no `attachments`.',
      original:
        'Sends the attachments of the email; form encoding drops an empty list, so the key appears only when there are some.',
      decision: 'The reference server sends `attachments` as `[["name", "link"], ...]` when the email has attachments.',
    },
  ],
});

import { defineWebhook } from '../define.js';
import { DbId } from '../schemas/common.js';

export const messageDeletedWebhook = defineWebhook({
  name: 'message-deleted',
  summary: 'Webhook sent when a message is deleted.',
  description: '`data` is the ID of the deleted message, as a string.',
  data: DbId.describe('The ID of the deleted message.'),
  example: '2595',
  firedBy: ['delete-message'],
  trigger: 'After a message has been deleted.',
  notes: [
    {
      id: 'message-deleted-server-fired',
      kind: 'difference',
      topic: 'message-deleted is fired by the API',
      original: 'Fired by the admin area when an agent deleted a message, so a delete-message call fires nothing.',
      decision:
        'The reference server fires it when delete-message deletes a message; an unknown ID (still answered `true`) fires nothing.',
    },
  ],
});

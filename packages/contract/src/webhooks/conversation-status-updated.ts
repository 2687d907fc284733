import { z } from 'zod';
import { defineWebhook } from '../define.js';
import { DbId, StatusCode, statusCodeText } from '../schemas/common.js';

export const conversationStatusUpdatedWebhook = defineWebhook({
  name: 'conversation-status-updated',
  summary: 'Webhook sent when the status code of a conversation changes.',
  description: `The conversation and its new status code. ${statusCodeText}`,
  data: z.looseObject({ conversation_id: DbId, status_code: StatusCode.describe('The new status code.') }),
  example: { conversation_id: '1057', status_code: '0' },
  firedBy: ['update-conversation-status', 'send-message'],
  trigger:
    'After update-conversation-status sets a status code (0 to 4), or send-message sets one with `conversation_status`.',
  notes: [
    {
      id: 'conversation-status-updated-server-fired',
      kind: 'difference',
      topic: 'conversation-status-updated is fired by the API',
      original:
        'Fired by the admin area when an agent changed the status of the open conversation, so API calls fire nothing (version 3.7 fires it from update-conversation-status and from send-message with a status).',
      decision:
        'The reference server fires it when update-conversation-status sets a status code of an existing conversation, and when send-message is given a `conversation_status` other than -1. Status 5 (empty the trash) fires nothing.',
    },
  ],
});

import { z } from 'zod';
import { defineWebhook } from '../define.js';
import { Attachments, DbId } from '../schemas/common.js';

const ConversationStatus = z
  .enum(['-1', '0', '1', '2', '3', '4'])
  .describe('The status code the message set on the conversation, or `"-1"` when it left it unchanged.');

export const messageSentWebhook = defineWebhook({
  name: 'message-sent',
  summary: 'Webhook sent when a new message is sent by a user or an agent.',
  description:
    'A new message: its sender, its conversation, its ID, its text and its attachments, with the status code the message gave the conversation (`"-1"` when unchanged). Every value is a string.',
  data: z.looseObject({
    user_id: DbId.describe('The sender: a user, an agent or a bot.'),
    conversation_id: DbId,
    conversation_status: ConversationStatus,
    conversation_status_code: ConversationStatus.optional().describe(
      'The same value, under the name the original sends. The reference server sends both.',
    ),
    message_id: DbId.describe('The ID of the new message.'),
    message: z.string().describe('The text of the message.'),
    attachments: Attachments.optional().describe(
      '`[["name", "link"], ...]`; present when the message has attachments.',
    ),
  }),
  example: {
    user_id: '947',
    conversation_id: '1057',
    conversation_status: '-1',
    message_id: '2574',
    message: 'Hello! How are you?',
  },
  firedBy: ['send-message', 'send-bot-message'],
  trigger: "After a message is added to a conversation: by send-message, and by send-bot-message for the bot's reply.",
  notes: [
    {
      id: 'message-sent-status-name',
      kind: 'disagreement',
      topic: 'message-sent: `conversation_status` or `conversation_status_code`',
      documented: 'The status is `conversation_status`.',
      original: 'The chat front end sends it as `conversation_status_code`.',
      decision:
        'The reference server sends both keys with the same value, so that receivers written for either keep working.',
    },
    {
      id: 'message-sent-attachments',
      kind: 'disagreement',
      topic: 'message-sent carries the attachments',
      documented: 'The example has no `attachments`.',
      original:
        'Sends the attachments of the message; form encoding drops an empty list, so the key appears only when there are some.',
      decision:
        'The reference server sends `attachments` as `[["name", "link"], ...]` when the message has attachments.',
    },
    {
      id: 'message-sent-server-fired',
      kind: 'difference',
      topic: 'message-sent is fired by the API',
      original:
        'Fired by the chat front end after it sent a message, so a send-message call through the API fires nothing (version 3.7 fires it from the server).',
      decision:
        "The reference server fires it for every message send-message adds, and for the bot's reply send-bot-message adds.",
    },
  ],
});

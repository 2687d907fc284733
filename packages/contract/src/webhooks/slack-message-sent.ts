import { z } from 'zod';
import { defineWebhook } from '../define.js';
import { DbId } from '../schemas/common.js';

export const slackMessageSentWebhook = defineWebhook({
  name: 'slack-message-sent',
  summary: 'Webhook sent when a message is sent to Slack.',
  description: 'A message forwarded to Slack: its text, its conversation, and the Slack channel it went to.',
  data: z.looseObject({
    message: z.string(),
    conversation_id: DbId,
    slack_channel: z.string().describe('The ID of the Slack channel, e.g. `C028BGU6TTT`.'),
  }),
  example: { message: 'Hi! How are you doing?', conversation_id: '1057', slack_channel: 'C028BGU6TTT' },
  firedBy: ['send-slack-message'],
  trigger: 'After a message has been posted to Slack.',
  notes: [
    {
      id: 'slack-message-sent-server-fired',
      kind: 'difference',
      topic: 'slack-message-sent is fired by the API',
      original: 'Fired by the chat front end after it forwarded a message, so a send-slack-message call fires nothing.',
      decision: 'The reference server fires it after every message send-slack-message posts.',
    },
  ],
});

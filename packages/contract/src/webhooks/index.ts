import { botMessageWebhook } from './bot-message.js';
import { conversationStatusUpdatedWebhook } from './conversation-status-updated.js';
import { emailSentWebhook } from './email-sent.js';
import { loginWebhook } from './login.js';
import { messageDeletedWebhook } from './message-deleted.js';
import { messageSentWebhook } from './message-sent.js';
import { newConversationWebhook } from './new-conversation.js';
import { newConversationCreatedWebhook } from './new-conversation-created.js';
import { newEmailAddressWebhook } from './new-email-address.js';
import { newMessageWebhook } from './new-message.js';
import { registrationWebhook } from './registration.js';
import { richMessageWebhook } from './rich-message.js';
import { slackMessageSentWebhook } from './slack-message-sent.js';
import { userDeletedWebhook } from './user-deleted.js';

/** Every webhook, in the documentation's order. */
export const webhookList = [
  messageSentWebhook,
  newMessageWebhook,
  botMessageWebhook,
  slackMessageSentWebhook,
  messageDeletedWebhook,
  richMessageWebhook,
  newConversationWebhook,
  newConversationCreatedWebhook,
  conversationStatusUpdatedWebhook,
  loginWebhook,
  registrationWebhook,
  userDeletedWebhook,
  emailSentWebhook,
  newEmailAddressWebhook,
] as const;

type WebhookUnion = (typeof webhookList)[number];
export type Webhooks = { [W in WebhookUnion as W['name']]: W };
export type WebhookName = keyof Webhooks;

export const webhooks = Object.fromEntries(webhookList.map((webhook) => [webhook.name, webhook])) as Webhooks;
export const webhookNames = webhookList.map((webhook) => webhook.name) as WebhookName[];

import { z } from 'zod';
import { DbId } from '../schemas/common.js';
import { ConversationDetails, Message } from '../schemas/conversations.js';

/**
 * Webhook data travels as the original's chat front end sent it, through form encoding: every
 * scalar is a string (`"947"`, `"true"`) and an empty value is `""`. Objects keep unknown keys.
 */

/** `{"field": ["value", "Label"], ...}`: the fields of a form of the chat. */
export const FieldValues = z.record(
  z.string(),
  z.tuple([z.string().describe('Value'), z.string().describe('Label')]).describe('[value, label]'),
);

/** A message as a polling chat receives it: the row, the sender's names and type, and `full_name`. */
export const WebhookMessage = Message.extend({
  payload: z.string().optional().describe('`""`, or the JSON text of an object.'),
  full_name: z.string().describe("The sender's first and last name."),
})
  .loose()
  .meta({ id: 'WebhookMessage', description: "A message with its sender's names, picture and type." });

export const WebhookConversationDetails = ConversationDetails.safeExtend({
  department: z.string().nullable().describe('The department ID, or `""` when none.'),
  agent_id: z
    .union([DbId, z.literal('')])
    .nullable()
    .optional()
    .describe('The assigned agent, or `""` when none.'),
})
  .loose()
  .meta({
    id: 'WebhookConversationDetails',
    description: "A conversation with its customer's name, picture and type.",
  });

/** new-conversation and new-conversation-created. */
export const WebhookConversation = z
  .looseObject({
    messages: z
      .array(z.record(z.string(), z.unknown()))
      .optional()
      .describe('The messages of the conversation; `[]` for a new one. Absent in the documented examples.'),
    details: WebhookConversationDetails,
  })
  .meta({ id: 'WebhookConversation', description: 'A conversation: its details, and its messages when known.' });

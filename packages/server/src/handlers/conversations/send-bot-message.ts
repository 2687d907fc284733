import { defineHandler, refuse } from '../../context.js';
import { serviceRefusal } from '../../integrations/errors.js';
import { ensureBotUser } from '../../queries/bot.js';
import { conversationDetails } from '../../queries/conversations.js';
import { insertMessage, messageSentData } from '../../queries/messages.js';
import { escapeHtml } from '../../text.js';
import { defaultProfileImage } from '../users/user-fields.js';

/** -1: the bot's reply leaves the conversation's status as it is. */
const UNCHANGED = -1;

/**
 * Asks Dialogflow (the conversation is the session), then adds its reply as a message of the bot
 * user and queues `message-sent` and `bot-message` in the same transaction. A query Dialogflow has
 * no reply for adds no message.
 */
export const sendBotMessage = defineHandler('send-bot-message', async (args, ctx) => {
  const dialogflow = ctx.services.dialogflow;
  if (!dialogflow) return refuse('dialogflow-not-active');
  if (!(await conversationDetails(ctx.sql, args.conversation_id))) return refuse('conversation-not-found');
  let response: Awaited<ReturnType<typeof dialogflow.detectIntent>>;
  try {
    response = await dialogflow.detectIntent({
      sessionId: String(args.conversation_id),
      text: args.message,
      language: args.language || dialogflow.language,
      attachments: args.attachments,
    });
  } catch (error) {
    return serviceRefusal(error);
  }
  const reply = response.queryResult?.fulfillmentText;
  const messages = typeof reply === 'string' && reply !== '' ? [{ message: reply, attachments: [] }] : [];
  const answer = { token: dialogflow.token, messages, response };
  return ctx.sql.begin(async (tx) => {
    for (const { message, attachments } of messages) {
      const botId = await ensureBotUser(tx, defaultProfileImage(ctx.publicUrl, 'bot'));
      const stored = escapeHtml(message);
      const sent = await insertMessage(tx, {
        userId: botId,
        conversationId: args.conversation_id,
        message: stored,
        attachments,
      });
      const data = { userId: botId, conversationId: args.conversation_id, messageId: sent.id, message: stored };
      await ctx.webhooks.enqueue(tx, 'message-sent', messageSentData({ ...data, attachments, status: UNCHANGED }));
    }
    await ctx.webhooks.enqueue(tx, 'bot-message', { response: answer, message: args.message });
    return answer;
  });
});

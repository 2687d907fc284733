import { type Admin, defineHandler, refuse } from '../../context.js';
import type { Tx } from '../../db/database.js';
import { setConversationStatus, statusUpdatedData } from '../../queries/conversations.js';
import { checkNewMessage, insertMessage, messageSentData, recordSenderActivity } from '../../queries/messages.js';
import { escapeHtml } from '../../text.js';

/** -1: leave the conversation's status as it is. */
const UNCHANGED = -1;

/** The text as stored: HTML-escaped, then the merge fields filled with the calling admin's name and email. */
const storedText = (message: string, admin: Admin) =>
  escapeHtml(message)
    .replaceAll('{user_name}', `${admin.first_name} ${admin.last_name}`.trim())
    .replaceAll('{user_email}', admin.email ?? '');

const queueActive = async (tx: Tx) =>
  (await tx`SELECT 1 FROM settings WHERE name = 'queue' AND value = 'true'::jsonb`).length > 0;

/**
 * One transaction: checks, the webhooks, the message, the status and the sender's activity. Its
 * writes go in one round trip, the webhooks' rows first: the message's insert (whose trigger updates
 * the conversation) and the sender's update lock rows that every message to the same conversation or
 * from the same sender waits for, so they come last and the COMMIT right after. The status was
 * validated by the dispatcher (-1 to 4), so a bad one changes nothing.
 */
export const sendMessage = defineHandler('send-message', async (args, ctx) => {
  const { user_id, conversation_id, attachments, conversation_status: status, payload } = args;
  const message = storedText(args.message, ctx.admin);
  return ctx.sql.begin(async (tx) => {
    const found = await checkNewMessage(tx, user_id, conversation_id);
    if (!found.user) return refuse('user-not-found');
    if (!found.conversation) return refuse('conversation-not-found');
    const { messageId } = found;
    const data = { userId: user_id, conversationId: conversation_id, messageId, message, attachments, status };
    const [, , , , , queue] = await Promise.all([
      ctx.webhooks.enqueue(tx, 'message-sent', messageSentData(data)),
      status === UNCHANGED
        ? undefined
        : ctx.webhooks.enqueue(tx, 'conversation-status-updated', statusUpdatedData(conversation_id, status)),
      insertMessage(tx, {
        id: messageId,
        userId: user_id,
        conversationId: conversation_id,
        message,
        attachments,
        payload,
      }),
      status === UNCHANGED ? undefined : setConversationStatus(tx, conversation_id, status),
      recordSenderActivity(tx, user_id),
      args.queue ? queueActive(tx) : false,
    ]);
    return { status: 'success' as const, 'message-id': messageId, queue };
  });
});

import { defineHandler } from '../../context.js';
import { agentEmail } from '../../integrations/email-templates.js';
import { ServiceError } from '../../integrations/errors.js';
import { displayName, plainText } from '../../integrations/names.js';
import { sendNotificationEmail } from '../../integrations/send-email.js';
import { conversationDetails } from '../../queries/conversations.js';
import { departmentRecipients, setConversationDepartment } from '../../queries/departments.js';

/**
 * Moves the conversation, then, with a message, emails the department's agents (every agent when
 * it has none) from the calling admin, one `email-sent` each. The move stands whatever becomes of
 * the emails: one that fails, or no email server at all, is logged and the others still go, as the
 * original ignores their outcome too. An unknown conversation is answered `true` and emails nobody.
 */
export const updateConversationDepartment = defineHandler('update-conversation-department', async (args, ctx) => {
  const { conversation_id: conversationId, department, message } = args;
  const moved = await setConversationDepartment(ctx.sql, conversationId, department);
  if (!moved || message === '') return true as const;
  const email = ctx.services.email;
  if (!email) {
    ctx.log.warn('no email server (SMTP_URL): agents not notified', { conversation_id: conversationId });
    return true as const;
  }
  const [conversation, recipients] = await Promise.all([
    conversationDetails(ctx.sql, conversationId),
    departmentRecipients(ctx.sql, department),
  ]);
  const rendered = agentEmail({
    senderName: displayName(ctx.admin),
    conversationId,
    customerName: conversation ? displayName(conversation) : `conversation #${conversationId}`,
    department,
    message,
  });
  for (const recipient of recipients) {
    try {
      await sendNotificationEmail(email, ctx, {
        recipientId: recipient.id,
        to: plainText(recipient.email),
        replyTo: ctx.admin.email && plainText(ctx.admin.email),
        rendered,
        message,
        attachments: [],
      });
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      ctx.log.warn('agent not notified', {
        conversation_id: conversationId,
        agent_id: recipient.id,
        reason: error.message,
      });
    }
  }
  return true as const;
});

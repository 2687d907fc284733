import { defineHandler, refuse } from '../../context.js';
import { userEmail } from '../../integrations/email-templates.js';
import { ServiceError } from '../../integrations/errors.js';
import { displayName, plainText } from '../../integrations/names.js';
import { sendNotificationEmail } from '../../integrations/send-email.js';
import { findUser } from '../../queries/users.js';

/**
 * The original's checks in its order: a PHP-falsy message, then both users, then the recipient's
 * email; always the user template (see the contract's notes). Only SMTP sends: without an email
 * server, or when it refuses, the answer is `email-error` with the reason.
 */
export const sendEmail = defineHandler('send-email', async (args, ctx) => {
  const { recipient_id: recipientId, message, attachments } = args;
  if (message === '' || message === '0') return refuse('missing-user-id-or-message');
  const senderId = args.sender_id ?? ctx.admin.id;
  const [recipient, sender] = await Promise.all([findUser(ctx.sql, recipientId), findUser(ctx.sql, senderId)]);
  if (!recipient || !sender) return refuse('user-or-sender-not-found');
  if (!recipient.email) return refuse('user-email-not-found');
  const email = ctx.services.email;
  if (!email) return refuse('email-error', { message: 'No email server is configured.' });
  try {
    await sendNotificationEmail(email, ctx, {
      recipientId,
      to: plainText(recipient.email),
      replyTo: sender.email && plainText(sender.email),
      rendered: userEmail({ senderName: displayName(sender), message, attachments }),
      message,
      attachments,
    });
  } catch (error) {
    if (error instanceof ServiceError) return refuse('email-error', { message: error.reason });
    throw error;
  }
  return true;
});

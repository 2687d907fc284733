import type { Context } from '../context.js';
import type { RenderedEmail } from './email-templates.js';
import type { Attachment, EmailService } from './index.js';

/**
 * Sends one notification email, then queues its `email-sent` webhook (an email cannot be taken
 * back, so the webhook follows the send rather than a transaction). Throws the `ServiceError` of a
 * refused email, and then queues nothing.
 */
export const sendNotificationEmail = async (
  email: EmailService,
  ctx: Pick<Context, 'sql' | 'webhooks'>,
  input: {
    recipientId: number;
    to: string;
    replyTo?: string | null;
    rendered: RenderedEmail;
    message: string;
    attachments: Attachment[];
  },
) => {
  await email.send({ to: input.to, ...input.rendered, ...(input.replyTo ? { replyTo: input.replyTo } : {}) });
  await ctx.webhooks.enqueue(ctx.sql, 'email-sent', {
    recipient_id: String(input.recipientId),
    message: input.message,
    ...(input.attachments.length ? { attachments: input.attachments } : {}),
  });
};

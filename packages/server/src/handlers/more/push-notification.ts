import { defineHandler } from '../../context.js';
import { ServiceError } from '../../integrations/errors.js';
import { readSetting } from '../../queries/settings.js';

/** `agents`, one agent ID or a list of them: one Pusher Beams interest each, as documented. */
const interestNames = (interests: 'agents' | number | number[]) =>
  interests === 'agents' ? ['agents'] : [...new Set([interests].flat().map(String))];

/**
 * Publishes a web notification through Pusher Beams. Without Pusher Beams configured push is
 * disabled: `false`. What Pusher answers is passed on, its refusals included; when it cannot be
 * reached, the reason as text (the original answers the cURL error text).
 */
export const pushNotification = defineHandler('push-notification', async (args, ctx) => {
  const push = ctx.services.push;
  if (!push) return false;
  const setting = args.icon ? undefined : await readSetting(ctx.sql, 'notifications-icon');
  const icon = args.icon || (typeof setting === 'string' && setting) || `${ctx.publicUrl}/media/agent.svg`;
  try {
    return await push.publish({
      interests: interestNames(args.interests),
      title: args.title,
      body: args.message,
      icon,
      // The conversation in the admin area, at the address the original's notifications open.
      ...(args.conversation_id ? { deepLink: `${ctx.publicUrl}/admin.php?conversation=${args.conversation_id}` } : {}),
    });
  } catch (error) {
    if (error instanceof ServiceError) return error.message;
    throw error;
  }
});

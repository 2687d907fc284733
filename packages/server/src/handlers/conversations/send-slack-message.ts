import { type Context, defineHandler, refuse } from '../../context.js';
import { ServiceError, serviceRefusal } from '../../integrations/errors.js';
import type { SlackService } from '../../integrations/index.js';
import { displayName, plainText } from '../../integrations/names.js';
import { latestConversationId, linkUserSlackChannel, userSlackChannel } from '../../queries/slack.js';
import { findUser } from '../../queries/users.js';
import { defaultProfileImage } from '../users/user-fields.js';

/** A channel name Slack accepts (lower case letters, digits, `-`, `_`; 80 at most), ending in the user ID. */
const channelName = (name: string, userId: number) => {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'user'}-${userId}`;
};

/**
 * The user's channel: the one linked to them, else a new one linked now. When Slack refuses to make
 * it and a main channel is configured, the main channel (and no link, so the next call tries again).
 */
const userChannel = async (slack: SlackService, ctx: Context, userId: number, name: string) => {
  const linked = await userSlackChannel(ctx.sql, userId);
  if (linked) return linked;
  let created: string;
  try {
    created = await slack.createChannel(channelName(name, userId));
  } catch (error) {
    if (!(error instanceof ServiceError) || !slack.mainChannel) throw error;
    ctx.log.warn('slack channel not created; using the main channel', { user_id: userId, reason: error.message });
    return slack.mainChannel;
  }
  return linkUserSlackChannel(ctx.sql, userId, created);
};

/**
 * Posts to Slack under the sender's name and picture. `slack-message-sent` carries the user's latest
 * conversation; a user without any conversation has nothing to report it for, so none is queued.
 */
export const sendSlackMessage = defineHandler('send-slack-message', async (args, ctx) => {
  const slack = ctx.services.slack;
  if (!slack) return refuse('slack-not-active');
  const user = await findUser(ctx.sql, args.user_id);
  if (!user) return refuse('user-not-found');
  const name = displayName(user);
  let channel: string;
  try {
    const target = args.channel || (await userChannel(slack, ctx, args.user_id, name));
    ({ channel } = await slack.postMessage({
      channel: target,
      username: args.full_name || name,
      iconUrl: args.profile_image || plainText(user.profile_image ?? '') || defaultProfileImage(ctx.publicUrl, 'user'),
      text: args.message,
      attachments: args.attachments,
    }));
  } catch (error) {
    return serviceRefusal(error);
  }
  const conversationId = await latestConversationId(ctx.sql, args.user_id);
  if (conversationId !== undefined) {
    await ctx.webhooks.enqueue(ctx.sql, 'slack-message-sent', {
      message: args.message,
      conversation_id: String(conversationId),
      slack_channel: channel,
    });
  }
  return [channel] as [string];
});

import { defineHandler } from '../../context.js';
import { agentSlackMember } from '../../queries/slack.js';
import { isUserOnline } from '../../queries/users.js';

/**
 * Online: active here within 15 seconds, or, for an agent linked to a Slack member while Slack is
 * configured, active on Slack (as the original asks Slack when its app is installed). Slack failing
 * is an answer of "offline", not an error.
 */
export const isOnline = defineHandler('is-online', async ({ user_id }, { sql, services }) => {
  if (await isUserOnline(sql, user_id)) return 'online';
  const member = services.slack ? await agentSlackMember(sql, user_id) : undefined;
  const onSlack = member ? await services.slack!.isActive(member).catch(() => false) : false;
  return onSlack ? 'online' : 'offline';
});

import type { Queryable } from '../db/database.js';

/** The Slack channel a user's messages go to, or undefined before their first message. */
export const userSlackChannel = async (db: Queryable, userId: number): Promise<string | undefined> => {
  const [row] = await db<{ channel_id: string }[]>`SELECT channel_id FROM slack_channels WHERE user_id = ${userId}`;
  return row?.channel_id;
};

/**
 * Links a user to a new channel, unless a concurrent call linked one first: answers the channel
 * that is linked now.
 */
export const linkUserSlackChannel = async (db: Queryable, userId: number, channelId: string): Promise<string> => {
  const [row] = await db<{ channel_id: string }[]>`
    WITH added AS (
      INSERT INTO slack_channels (user_id, channel_id) VALUES (${userId}, ${channelId})
      ON CONFLICT (user_id) DO NOTHING RETURNING channel_id)
    SELECT channel_id FROM added
    UNION ALL SELECT channel_id FROM slack_channels WHERE user_id = ${userId}
    LIMIT 1`;
  return row?.channel_id ?? channelId;
};

/** Forgets the links to channels that were archived: their users get a new channel next time. */
export const unlinkSlackChannels = async (db: Queryable, channelIds: readonly string[]) => {
  if (!channelIds.length) return;
  await db`DELETE FROM slack_channels WHERE channel_id = ANY(${channelIds}::text[])`;
};

/** The saved links `{slack member ID: agent ID}`, or false when none was ever saved. */
export const slackAgentLinks = async (db: Queryable): Promise<Record<string, string> | false> => {
  const rows = await db<{ slack_member_id: string; agent_id: string }[]>`
    SELECT slack_member_id, agent_id FROM slack_agents ORDER BY slack_member_id`;
  return rows.length ? Object.fromEntries(rows.map((row) => [row.slack_member_id, row.agent_id])) : false;
};

/** The Slack member linked to an agent (see slack-users' `saved`), or undefined. */
export const agentSlackMember = async (db: Queryable, agentId: number): Promise<string | undefined> => {
  const [row] = await db<{ slack_member_id: string }[]>`
    SELECT slack_member_id FROM slack_agents WHERE agent_id = ${agentId} ORDER BY slack_member_id LIMIT 1`;
  return row?.slack_member_id;
};

/** The agents and admins, `{id, name}` with the full name, in ID order. */
export const agentNames = (db: Queryable) =>
  db<{ id: string; name: string }[]>`
    SELECT id, trim(first_name || ' ' || last_name) AS name FROM users
    WHERE user_type IN ('agent', 'admin') ORDER BY id`;

/** The user's most recent conversation (by last message, then creation), or undefined. */
export const latestConversationId = async (db: Queryable, userId: number): Promise<number | undefined> => {
  const [row] = await db<{ id: string }[]>`
    SELECT id FROM conversations WHERE user_id = ${userId}
    ORDER BY last_message_time DESC NULLS LAST, creation_time DESC, id DESC LIMIT 1`;
  return row ? Number(row.id) : undefined;
};

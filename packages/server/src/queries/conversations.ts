import {
  type ConversationDetails,
  type ConversationSummary,
  PAGE_SIZE,
  type UserConversationSummary,
  type WebhookData,
} from '@support-board/contract';
import type { z } from 'zod';
import { containsPattern, type Queryable } from '../db/database.js';
import { conversationMessages } from './messages.js';

export type ConversationDetailsRow = z.infer<typeof ConversationDetails>;
export type ConversationSummaryRow = z.infer<typeof ConversationSummary>;
export type UserConversationSummaryRow = z.infer<typeof UserConversationSummary>;

/** The message columns every list item starts with, read from the message `m`. */
const MESSAGE =
  'm.id, m.user_id, m.message, m.creation_time, m.attachments, m.status_code, m.payload, m.conversation_id';

/**
 * get-conversations, get-new-conversations and search-conversations: the message `m` of the
 * conversation `c` with its customer `u`; `user_id` is the customer's, the sender `s` shows only
 * in `message_user_type`.
 */
const SUMMARY = `m.id, c.user_id, m.message, m.creation_time, m.attachments, m.status_code, m.payload, m.conversation_id,
  s.user_type AS message_user_type, u.first_name, u.last_name, u.profile_image,
  c.status_code AS conversation_status_code, u.user_type`;

/** get-(new-)user-conversations: the message `m` with its sender `s`, and the conversation `c`. */
const USER_SUMMARY = `${MESSAGE}, s.first_name, s.last_name, s.profile_image, s.user_type,
  c.status_code AS conversation_status_code, c.department, c.title`;

/**
 * The details of a conversation with its customer, or undefined. With `userId`, a conversation of
 * another user is not found. The creation time goes under both the documented and the 3.1 name.
 */
export const conversationDetails = async (
  db: Queryable,
  id: number,
  userId?: number,
): Promise<ConversationDetailsRow | undefined> => {
  const [row] = await db<ConversationDetailsRow[]>`
    SELECT c.user_id, u.first_name, u.last_name, u.profile_image, u.user_type, c.id, c.title,
      c.creation_time AS conversation_time, c.creation_time, c.status_code AS conversation_status_code,
      c.department, c.agent_id
    FROM conversations c JOIN users u ON u.id = c.user_id
    WHERE c.id = ${id} ${userId === undefined ? db`` : db`AND c.user_id = ${userId}`}`;
  return row;
};

/**
 * One page of PAGE_SIZE conversations whose status is within [statusFrom, statusTo], each as its last
 * message: highest status first, then newest (a backward scan of conversations_inbox).
 */
export const listConversations = (
  db: Queryable,
  { statusFrom, statusTo, offset }: { statusFrom: number; statusTo: number; offset: number },
) =>
  db<ConversationSummaryRow[]>`
    SELECT ${db.unsafe(SUMMARY)}
    FROM conversations c
    JOIN messages m ON m.id = c.last_message_id
    JOIN users u ON u.id = c.user_id
    JOIN users s ON s.id = m.user_id
    WHERE c.last_message_id IS NOT NULL AND c.status_code BETWEEN ${statusFrom} AND ${statusTo}
    ORDER BY c.status_code DESC, c.last_message_time DESC, c.last_message_id DESC
    LIMIT ${db.unsafe(String(PAGE_SIZE))} OFFSET ${offset}`;

/**
 * `c.last_message_time` after `datetime`, compared as the original compares them, as text: a date alone
 * comes before every time of its day (`"2020-05-13 00:00:00" > "2020-05-13"`), so it means from its
 * midnight on.
 */
const lastMessageAfter = (db: Queryable, datetime: string) =>
  datetime.length === 10
    ? db`c.last_message_time >= ${datetime}::timestamp`
    : db`c.last_message_time > ${datetime}::timestamp`;

/** The inbox conversations (not archived, not trashed) whose last message is newer than `datetime`. */
export const newConversations = (db: Queryable, datetime: string) =>
  db<ConversationSummaryRow[]>`
    SELECT ${db.unsafe(SUMMARY)}
    FROM conversations c
    JOIN messages m ON m.id = c.last_message_id
    JOIN users u ON u.id = c.user_id
    JOIN users s ON s.id = m.user_id
    WHERE c.last_message_id IS NOT NULL AND ${lastMessageAfter(db, datetime)} AND c.status_code < 3
    ORDER BY c.last_message_time DESC, c.last_message_id DESC`;

/**
 * The conversations of a user (optionally but one, or only those whose last message is newer than
 * `after`), each as its last message with its sender, newest first.
 */
export const userConversations = (
  db: Queryable,
  userId: number,
  { excludeId, after }: { excludeId?: number; after?: string } = {},
) =>
  db<UserConversationSummaryRow[]>`
    SELECT ${db.unsafe(USER_SUMMARY)}
    FROM conversations c
    JOIN messages m ON m.id = c.last_message_id
    JOIN users s ON s.id = m.user_id
    WHERE c.user_id = ${userId} AND c.last_message_id IS NOT NULL
      ${excludeId === undefined ? db`` : db`AND c.id <> ${excludeId}`}
      ${after === undefined ? db`` : db`AND ${lastMessageAfter(db, after)}`}
    ORDER BY c.last_message_time DESC, c.last_message_id DESC`;

/**
 * search-conversations. The ids of the matching messages and conversations are gathered by
 * subqueries that each use an index (the trigram indexes on messages, titles and users, then the
 * foreign-key indexes); a conversation matched by its title or customer counts with its last
 * message. Each conversation is answered once, as its newest hit. The hits are gathered with
 * UNION ALL (duplicates go at the DISTINCT ON): a UNION would want each branch sorted by ID, which
 * PostgreSQL 17 and later then get by walking a whole primary-key index instead of the trigram one.
 * A conversation without messages matched by its title gives a NULL, which the join drops (testing
 * for it in the branch would let the planner read the whole partial index on last messages).
 */
export const searchConversations = (db: Queryable, search: string) => {
  const pattern = containsPattern(search);
  return db<ConversationSummaryRow[]>`
    WITH people AS (
      SELECT id FROM users WHERE first_name ILIKE ${pattern} OR last_name ILIKE ${pattern} OR email ILIKE ${pattern}
    ), hits AS MATERIALIZED (
      SELECT id AS message_id FROM messages WHERE message ILIKE ${pattern} OR attachments ILIKE ${pattern}
      UNION ALL
      SELECT m.id FROM people p JOIN messages m ON m.user_id = p.id
      UNION ALL
      SELECT last_message_id FROM conversations WHERE title ILIKE ${pattern}
      UNION ALL
      SELECT c.last_message_id FROM people p JOIN conversations c ON c.user_id = p.id WHERE c.last_message_id IS NOT NULL
    ), best AS (
      SELECT DISTINCT ON (m.conversation_id) m.*
      FROM hits h JOIN messages m ON m.id = h.message_id
      ORDER BY m.conversation_id, m.creation_time DESC, m.id DESC
    )
    SELECT ${db.unsafe(SUMMARY)}
    FROM best m
    JOIN conversations c ON c.id = m.conversation_id
    JOIN users u ON u.id = c.user_id
    JOIN users s ON s.id = m.user_id
    ORDER BY m.creation_time DESC, m.id DESC`;
};

/**
 * search-user-conversations: the conversations of one user whose messages, attachments or title
 * match, each as its newest hit (its last message when the title matches), with the user's names.
 */
export const searchUserConversations = (db: Queryable, userId: number, search: string) => {
  const pattern = containsPattern(search);
  return db<UserConversationSummaryRow[]>`
    WITH hits AS (
      SELECT m.id AS message_id
      FROM conversations c JOIN messages m ON m.conversation_id = c.id
      WHERE c.user_id = ${userId} AND (m.message ILIKE ${pattern} OR m.attachments ILIKE ${pattern})
      UNION
      SELECT last_message_id FROM conversations
      WHERE user_id = ${userId} AND title ILIKE ${pattern} AND last_message_id IS NOT NULL
    ), best AS (
      SELECT DISTINCT ON (m.conversation_id) m.*
      FROM hits h JOIN messages m ON m.id = h.message_id
      ORDER BY m.conversation_id, m.creation_time DESC, m.id DESC
    )
    SELECT ${db.unsafe(MESSAGE)}, u.first_name, u.last_name, u.profile_image, u.user_type,
      c.status_code AS conversation_status_code, c.title
    FROM best m
    JOIN conversations c ON c.id = m.conversation_id
    JOIN users u ON u.id = c.user_id
    ORDER BY m.creation_time DESC, m.id DESC`;
};

export interface NewConversation {
  userId: number;
  status: number;
  /** Already escaped and capitalised. */
  title: string;
  department: number | null;
  agentId: number | null;
}

/** Creates a conversation; undefined (and nothing created) when the user or the agent does not exist. */
export const createConversation = async (db: Queryable, input: NewConversation): Promise<number | undefined> => {
  const [row] = await db<{ id: string }[]>`
    INSERT INTO conversations (user_id, status_code, title, department, agent_id)
    SELECT u.id, ${input.status}::smallint, ${input.title}::varchar, ${input.department}::smallint, ${input.agentId}::integer
    FROM users u
    WHERE u.id = ${input.userId}
      AND (${input.agentId}::integer IS NULL OR EXISTS (SELECT 1 FROM users a WHERE a.id = ${input.agentId}))
    RETURNING id`;
  return row ? Number(row.id) : undefined;
};

/** Sets the status of a conversation; false when no conversation has this ID. */
export const setConversationStatus = async (db: Queryable, id: number, status: number) =>
  (await db`UPDATE conversations SET status_code = ${status} WHERE id = ${id}`).count > 0;

/** Deletes every conversation in the trash (their messages and ratings cascade); returns how many. */
export const emptyTrash = async (db: Queryable) => (await db`DELETE FROM conversations WHERE status_code = 4`).count;

/** A conversation as get-conversation answers it, or undefined (see `conversationDetails` for `userId`). */
export const findConversation = async (db: Queryable, id: number, userId?: number) => {
  const details = await conversationDetails(db, id, userId);
  return details ? { messages: await conversationMessages(db, id), details } : undefined;
};

/** The `conversation-status-updated` webhook's data. */
export const statusUpdatedData = (
  conversationId: number,
  status: number,
): WebhookData<'conversation-status-updated'> => ({
  conversation_id: String(conversationId),
  status_code: String(status) as WebhookData<'conversation-status-updated'>['status_code'],
});

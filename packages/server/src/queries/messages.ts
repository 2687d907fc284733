import type { Message, WebhookData } from '@support-board/contract';
import type { z } from 'zod';
import type { Queryable } from '../db/database.js';

export type MessageRow = z.infer<typeof Message>;

export interface NewMessage {
  userId: number;
  conversationId: number;
  /** Already HTML-escaped (see text.ts). */
  message: string;
  attachments: [string, string][];
  payload?: Record<string, unknown>;
}

/** Attachments and payload are stored as JSON text, `""` when empty, as the original does. */
const storedAttachments = (attachments: [string, string][]) => (attachments.length ? JSON.stringify(attachments) : '');
const storedPayload = (payload: Record<string, unknown> | undefined) =>
  payload && Object.keys(payload).length ? JSON.stringify(payload) : '';

/**
 * Inserts a message (the trigger then makes it the conversation's last message) and returns its ID
 * and time; `id` when it was taken beforehand (see `checkNewMessage`). Attachments and payload are
 * stored as JSON text, `""` when empty, as the original does.
 */
export const insertMessage = async (db: Queryable, input: NewMessage & { id?: number }) => {
  const attachments = storedAttachments(input.attachments);
  const payload = storedPayload(input.payload);
  const [row] = await db<{ id: string; creation_time: string }[]>`
    INSERT INTO messages (id, user_id, conversation_id, message, attachments, payload)
    VALUES (${input.id ?? db`DEFAULT`}, ${input.userId}, ${input.conversationId}, ${input.message}, ${attachments}, ${payload})
    RETURNING id, creation_time`;
  return { id: Number(row!.id), creation_time: row!.creation_time, attachments };
};

/**
 * Whether the sender and the conversation of a new message exist, and the ID the message will have,
 * in one round trip: with the ID known, its webhook can be queued before the message is inserted.
 */
export const checkNewMessage = async (db: Queryable, userId: number, conversationId: number) => {
  const [row] = await db<{ user: boolean; conversation: boolean; message_id: string }[]>`
    SELECT EXISTS (SELECT 1 FROM users WHERE id = ${userId}) AS user,
      EXISTS (SELECT 1 FROM conversations WHERE id = ${conversationId}) AS conversation,
      nextval('messages_id_seq') AS message_id`;
  return { user: row!.user, conversation: row!.conversation, messageId: Number(row!.message_id) };
};

/** What sending a message does to its sender: active now, no longer typing. */
export const recordSenderActivity = (db: Queryable, userId: number) =>
  db`UPDATE users SET last_activity = utc_now(), typing = -1 WHERE id = ${userId}`;

/**
 * The `message-sent` webhook's data: the documented fields, the status under both names (`-1`
 * when the message left it unchanged), and the attachments when there are some.
 */
export const messageSentData = (input: {
  userId: number;
  conversationId: number;
  messageId: number;
  message: string;
  attachments: [string, string][];
  status: number;
}): WebhookData<'message-sent'> => {
  const status = String(input.status) as WebhookData<'message-sent'>['conversation_status'];
  return {
    user_id: String(input.userId),
    conversation_id: String(input.conversationId),
    conversation_status: status,
    conversation_status_code: status,
    message_id: String(input.messageId),
    message: input.message,
    ...(input.attachments.length ? { attachments: input.attachments } : {}),
  };
};

/** The messages of a conversation, oldest first, each with its sender's names, picture and type. */
export const conversationMessages = (db: Queryable, conversationId: number) =>
  db<MessageRow[]>`
    SELECT m.id, m.user_id, m.message, m.creation_time, m.attachments, m.status_code, m.payload, m.conversation_id,
      s.first_name, s.last_name, s.profile_image, s.user_type
    FROM messages m JOIN users s ON s.id = m.user_id
    WHERE m.conversation_id = ${conversationId}
    ORDER BY m.creation_time, m.id`;

/**
 * The messages of a conversation of `userId` newer than `datetime`, oldest first; none for another user's.
 * Compared as text, as the original does: a date alone means from its midnight on.
 */
export const newMessages = (db: Queryable, input: { userId: number; conversationId: number; datetime: string }) => {
  const { datetime } = input;
  const after =
    datetime.length === 10
      ? db`m.creation_time >= ${datetime}::timestamp`
      : db`m.creation_time > ${datetime}::timestamp`;
  return db<MessageRow[]>`
    SELECT m.id, m.user_id, m.message, m.creation_time, m.attachments, m.status_code, m.payload, m.conversation_id,
      s.first_name, s.last_name, s.profile_image, s.user_type
    FROM conversations c
    JOIN messages m ON m.conversation_id = c.id
    JOIN users s ON s.id = m.user_id
    WHERE c.id = ${input.conversationId} AND c.user_id = ${input.userId} AND ${after}
    ORDER BY m.creation_time, m.id`;
};

export interface MessageChanges {
  /** Already HTML-escaped. */
  message?: string | undefined;
  attachments?: [string, string][] | undefined;
  payload?: Record<string, unknown> | undefined;
}

/** Changes what is given of a message and keeps the rest, its creation time included. */
export const updateMessage = async (db: Queryable, id: number, changes: MessageChanges) => {
  const message = changes.message ?? null;
  const attachments = changes.attachments ? storedAttachments(changes.attachments) : null;
  const payload = changes.payload ? storedPayload(changes.payload) : null;
  await db`
    UPDATE messages SET message = COALESCE(${message}::text, message),
      attachments = COALESCE(${attachments}::text, attachments), payload = COALESCE(${payload}::text, payload)
    WHERE id = ${id}`;
};

/** Deletes a message; false when no message has this ID. */
export const deleteMessage = async (db: Queryable, id: number) =>
  (await db`DELETE FROM messages WHERE id = ${id}`).count > 0;

import type { Queryable } from '../db/database.js';

export interface NewMessage {
  userId: number;
  conversationId: number;
  /** Already HTML-escaped (see text.ts). */
  message: string;
  attachments: [string, string][];
  payload?: Record<string, unknown>;
}

/**
 * Inserts a message (the trigger then makes it the conversation's last message) and returns its ID
 * and time. Attachments and payload are stored as JSON text, `""` when empty, as the original does.
 */
export const insertMessage = async (db: Queryable, input: NewMessage) => {
  const attachments = input.attachments.length ? JSON.stringify(input.attachments) : '';
  const payload = input.payload && Object.keys(input.payload).length ? JSON.stringify(input.payload) : '';
  const [row] = await db<{ id: string; creation_time: string }[]>`
    INSERT INTO messages (user_id, conversation_id, message, attachments, payload)
    VALUES (${input.userId}, ${input.conversationId}, ${input.message}, ${attachments}, ${payload})
    RETURNING id, creation_time`;
  return { id: Number(row!.id), creation_time: row!.creation_time, attachments };
};

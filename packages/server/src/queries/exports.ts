import { randomBytes, randomInt } from 'node:crypto';
import type { ExportedMessage, ExportedUser } from '@support-board/contract';
import type { Queryable } from '../db/database.js';

/** How long an export stays downloadable (the original keeps a file until the next export of that name overwrites it). */
export const EXPORT_RETENTION_HOURS = 24;

/**
 * Stores an export as `<random folder>/<file>` (served by GET /uploads/:folder/:file) and drops the
 * exports past their retention time, so that the table keeps no stale copies of personal data. The
 * folder is 128 random bits: only who receives the URL can download the file. Returns the name.
 * Two statements: run it in a transaction.
 */
export const publishExport = async (db: Queryable, file: string, content: string): Promise<string> => {
  const name = `${randomBytes(16).toString('hex')}/${file}`;
  await db`DELETE FROM exports WHERE created_at < now() - make_interval(hours => ${EXPORT_RETENTION_HOURS})`;
  await db`INSERT INTO exports (name, content) VALUES (${name}, ${content})`;
  return name;
};

/** An export's content while it is within its retention time, or undefined (a name no export has, or too old). */
export const currentExport = async (db: Queryable, name: string): Promise<string | undefined> => {
  const [file] = await db<{ content: string }[]>`
    SELECT content FROM exports
    WHERE name = ${name} AND created_at >= now() - make_interval(hours => ${EXPORT_RETENTION_HOURS})`;
  return file?.content;
};

/** The download URL of an export, with the original's `?v=<1..100>` cache buster. */
export const exportUrl = (publicUrl: string, name: string) => `${publicUrl}/uploads/${name}?v=${randomInt(1, 101)}`;

/** Every user but the bots, by first name (as the original sorts the export), with their details. */
export const usersForExport = (db: Queryable) =>
  db<ExportedUser[]>`
    SELECT u.id, u.first_name, u.last_name, u.email, u.profile_image, u.user_type, u.creation_time,
      COALESCE((SELECT json_agg(json_build_object('slug', d.slug, 'name', d.name, 'value', d.value) ORDER BY d.id)
        FROM users_data d WHERE d.user_id = u.id), '[]'::json) AS details
    FROM users u WHERE u.user_type <> 'bot' ORDER BY u.first_name, u.id`;

/**
 * The messages of a conversation, oldest first; undefined when the conversation does not exist
 * (an existing conversation without messages gives `[]`).
 */
export const conversationForExport = async (
  db: Queryable,
  conversationId: number,
): Promise<ExportedMessage[] | undefined> => {
  const rows = await db<ExportedMessage[]>`
    SELECT m.id, m.user_id, m.message, m.creation_time, m.status_code, m.attachments, m.payload, m.conversation_id
    FROM conversations c LEFT JOIN messages m ON m.conversation_id = c.id
    WHERE c.id = ${conversationId} ORDER BY m.creation_time, m.id`;
  if (!rows.length) return undefined;
  // A conversation without messages joins as one row of nulls.
  return rows.filter((row) => row.id !== null);
};

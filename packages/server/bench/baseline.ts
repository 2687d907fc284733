/**
 * The baselines the reference server is measured against: bare Hono on @hono/node-server 2, a form
 * body read with URLSearchParams, the same `postgres` connection pool on the same database, the
 * answer as JSON, and nothing else (no validation, no token, no retry):
 * - `get-user`: one primary-key select;
 * - `send-message`: the writes the server's send-message makes, in one transaction, one statement
 *   after the other: the sender and conversation checked (and the message's ID taken), the message
 *   inserted (the trigger then makes it the conversation's last), the sender's activity updated, the
 *   webhook's outbox row.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Sql } from '../src/db/database.js';

const getUser = (sql: Sql, fields: URLSearchParams) =>
  sql`SELECT id, first_name, last_name, email, profile_image, user_type, creation_time,
    last_activity, department, token FROM users WHERE id = ${Number(fields.get('user_id'))}`.then(([user]) => user);

/** What `--profile` takes away from the bare send-message, to see what each part costs. */
export interface SendMessageVariant {
  /** Without the webhook's outbox row. */
  noOutbox?: boolean;
  /** The three writes sent together, in one round trip, rather than one after the other. */
  pipelined?: boolean;
}

const sendMessage = (sql: Sql, fields: URLSearchParams, webhookUrl: string, variant: SendMessageVariant) =>
  sql.begin(async (tx) => {
    const userId = Number(fields.get('user_id'));
    const conversationId = Number(fields.get('conversation_id'));
    const message = fields.get('message') ?? '';
    const [found] = await tx`SELECT EXISTS (SELECT 1 FROM users WHERE id = ${userId}) AS user,
      EXISTS (SELECT 1 FROM conversations WHERE id = ${conversationId}) AS conversation,
      nextval('messages_id_seq') AS id`;
    if (!found?.user || !found.conversation) return false;
    const body = JSON.stringify({ function: 'message-sent', key: '', data: { message_id: found.id, message } });
    const writes = [
      () => tx`INSERT INTO messages (id, user_id, conversation_id, message, attachments, payload)
        VALUES (${found.id}, ${userId}, ${conversationId}, ${message}, '', '')`,
      () => tx`UPDATE users SET last_activity = utc_now(), typing = -1 WHERE id = ${userId}`,
      ...(variant.noOutbox
        ? []
        : [
            () => tx`INSERT INTO webhook_deliveries (event_id, name, url, body)
              VALUES (${`msg_${randomUUID().replaceAll('-', '')}`}, 'message-sent', ${webhookUrl}, ${body})`,
          ]),
    ];
    if (variant.pipelined) await Promise.all(writes.map((write) => write()));
    else for (const write of writes) await write();
    return { status: 'success', 'message-id': Number(found.id) };
  });

export const startBaseline = async (sql: Sql, webhookUrl: string, variant: SendMessageVariant = {}) => {
  const app = new Hono();
  app.post('/include/api.php', async (c) => {
    const fields = new URLSearchParams(await c.req.text());
    const answer =
      fields.get('function') === 'send-message'
        ? await sendMessage(sql, fields, webhookUrl, variant)
        : await getUser(sql, fields);
    return c.json({ success: true, response: answer ?? false });
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return {
    api: `http://127.0.0.1:${(server.address() as AddressInfo).port}/include/api.php`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

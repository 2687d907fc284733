import { randomBytes } from 'node:crypto';
import { readConfig } from '../../src/config.js';
import type { Sql } from '../../src/db/database.js';
import { startTestServer } from '../helpers/test-server.js';
import { startWebhookReceiver } from '../helpers/webhook-receiver.js';

/** Adds a user straight into the database; answers its ID. */
export const addUser = async (
  sql: Sql,
  user: {
    first_name?: string;
    last_name?: string;
    email?: string | null;
    user_type?: string;
    department?: number | null;
    profile_image?: string | null;
  } = {},
) => {
  const [row] = await sql<{ id: string }[]>`
    INSERT INTO users (first_name, last_name, email, user_type, department, profile_image, token)
    VALUES (${user.first_name ?? 'Don'}, ${user.last_name ?? 'John'}, ${user.email ?? null}, ${user.user_type ?? 'user'},
            ${user.department ?? null}, ${user.profile_image ?? null}, ${randomBytes(20).toString('hex')})
    RETURNING id`;
  return Number(row!.id);
};

/** Adds a conversation of a user, with one message from them when `message` is given; answers its ID. */
export const addConversation = async (sql: Sql, userId: number, message?: string) => {
  const [row] = await sql<{ id: string }[]>`INSERT INTO conversations (user_id) VALUES (${userId}) RETURNING id`;
  const id = Number(row!.id);
  if (message !== undefined) {
    await sql`INSERT INTO messages (user_id, conversation_id, message) VALUES (${userId}, ${id}, ${message})`;
  }
  return id;
};

/**
 * A test server whose services the environment configures (`env`: SMTP_URL, SLACK_TOKEN, ...),
 * posting its webhooks to a receiver. `cleanup` closes both, the server first.
 */
export const startWithReceiver = async (env: NodeJS.ProcessEnv) => {
  const receiver = await startWebhookReceiver();
  const base = readConfig({});
  const t = await startTestServer(
    { webhooks: { ...base.webhooks, url: receiver.url, key: 'test-key', retryBaseMs: 20 } },
    { env },
  );
  return {
    t,
    receiver,
    close: async () => {
      await t.close();
      await receiver.close();
    },
  };
};

/** The webhooks the server queued so far, by name, oldest first. */
export const queuedWebhooks = async (sql: Sql, name: string) =>
  (await sql<{ body: string }[]>`SELECT body FROM webhook_deliveries WHERE name = ${name} ORDER BY id`).map(
    (row) => JSON.parse(row.body) as { function: string; key: string; data: any },
  );

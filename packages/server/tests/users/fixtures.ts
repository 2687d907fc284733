import type { MethodArgs, Methods } from '@support-board/contract';
import { readConfig } from '../../src/config.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { startWebhookReceiver } from '../helpers/webhook-receiver.js';

type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

/** Adds a user through the API and answers its ID. */
export const addUser = async (t: TestServer, args: MethodArgs<Methods['add-user']> = {}) =>
  t.client.call('add-user', args);

/** Moves a user's last activity into the past (no method can: only the chat front end does). */
export const setLastActivity = async (t: TestServer, id: number, secondsAgo: number) => {
  await t.sql`UPDATE users SET last_activity = utc_now() - make_interval(secs => ${secondsAgo}) WHERE id = ${id}`;
};

/** Sets a user's creation time (no method can). */
export const setCreationTime = async (t: TestServer, id: number, time: string) => {
  await t.sql`UPDATE users SET creation_time = ${time} WHERE id = ${id}`;
};

/** A word no other test uses, so that searches only meet this test's users. */
let counter = 0;
export const uniqueWord = (prefix: string) => {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}`;
};

/** get-user of a user the test knows exists (with its details). */
export const existingUser = async (t: TestServer, id: number) => {
  const user = await t.client.call('get-user', { user_id: id, extra: true });
  if (!user) throw new Error(`user ${id} not found`);
  return user;
};

/** The user's row as stored, every column (the password hash included), read straight from the database. */
export const storedUser = async (t: TestServer, id: number) => {
  const [row] = await t.sql<Record<string, string | null>[]>`SELECT * FROM users WHERE id = ${id}`;
  return row!;
};

/** A test server that posts its webhooks to a receiver of its own. */
export const startServerWithReceiver = async () => {
  const receiver = await startWebhookReceiver();
  const base = readConfig({});
  const t = await startTestServer({
    webhooks: { ...base.webhooks, url: receiver.url, key: 'users-key', retryBaseMs: 20 },
  });
  return {
    t,
    receiver,
    close: async () => {
      await t.close();
      await receiver.close();
    },
  };
};

/** The data of every webhook of this name queued so far (the outbox is written in the call's transaction). */
export const queuedWebhooks = async (t: TestServer, name: string) => {
  const rows = await t.sql<{ body: string }[]>`SELECT body FROM webhook_deliveries WHERE name = ${name} ORDER BY id`;
  return rows.map((row) => (JSON.parse(row.body) as { data: unknown }).data);
};

/** Waits until the receiver got the new-email-address webhook of this email. */
export const waitForEmailWebhook = (receiver: WebhookReceiver, email: string) =>
  waitForWebhook(receiver, 'new-email-address', (data) => (data as { email?: string }).email === email);

/** Waits until the receiver got a webhook of this name whose data passes `match`, and answers its body. */
export const waitForWebhook = async (
  receiver: WebhookReceiver,
  name: string,
  match: (data: unknown) => boolean,
  timeoutMs = 10_000,
) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = receiver.delivered().find((item) => item.json.function === name && match(item.json.data));
    if (found) return found.json;
    if (Date.now() > deadline) throw new Error(`no ${name} webhook arrived`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

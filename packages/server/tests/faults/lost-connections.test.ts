/**
 * The server through database restarts, outages and failovers, on a real PostgreSQL reached through
 * a proxy that breaks its connections: calls a fresh connection can answer never fail, a write that
 * may have committed is never repeated, and an outage is answered at once with `db-error`.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { routes, startBehindProxy } from '../helpers/behind-proxy.js';
import { testDatabaseKind } from '../helpers/database.js';
import { QUERY_WAIT_TIMEOUT_S, SERVER_LOGIN_RETRY_S } from '../helpers/pgbouncer.js';
import { startSmtpStandIn } from '../helpers/stand-ins/smtp.js';
import { startWebhookReceiver } from '../helpers/webhook-receiver.js';

const DB_ERROR = { status: 'error', response: 'db-error', message: 'The database could not complete the request.' };

// The embedded database runs inside the server process: no connection to it can be lost.
describe.skipIf(testDatabaseKind !== 'postgres')('lost database connections (PostgreSQL through a proxy)', () => {
  describe.each(routes())('$name', (route) => {
    let t: Awaited<ReturnType<typeof startBehindProxy>>;
    let smtp: Awaited<ReturnType<typeof startSmtpStandIn>>;
    let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
    let userId: number;

    beforeAll(async () => {
      smtp = await startSmtpStandIn();
      receiver = await startWebhookReceiver();
      t = await startBehindProxy({ SMTP_URL: smtp.url, WEBHOOK_URL: receiver.url }, route);
      userId = await t.client.call('add-user', { first_name: 'Ada', email: 'ada@example.com' });
    }, 60_000);
    afterAll(async () => {
      await t?.close();
      await smtp?.close();
      await receiver?.close();
    });

    const getUser = () => t.client.request('get-user', { user_id: userId });
    /** Enough calls at once for the server to open every connection of its pool. */
    const burst = () => Promise.all(Array.from({ length: 100 }, getUser));
    const messagesOf = async (conversationId: number) =>
      (await t.sql`SELECT message FROM messages WHERE conversation_id = ${conversationId}`).map((row) => row.message);
    /**
     * PgBouncer refuses every client for server_login_retry after a failed connection to PostgreSQL
     * (one made while it was down): only then does it try again. Straight to PostgreSQL: no wait.
     */
    const untilPgBouncerTriesAgain = () =>
      new Promise((resolve) => setTimeout(resolve, route.pgbouncer ? SERVER_LOGIN_RETRY_S * 1000 : 0));
    const newConversation = async () =>
      Number((await t.client.call('new-conversation', { user_id: userId })).details.id);

    test('after a failover left every pooled connection dead, no read fails, in bursts or one by one', async () => {
      await burst();
      t.proxy.strand();
      const answers = [...(await burst())];
      for (let i = 0; i < 20; i++) answers.push(await getUser());
      expect(answers.filter((answer) => !('success' in answer))).toEqual([]);
    });

    test('after a restart, reads answer at once and none fails', async () => {
      await burst();
      t.proxy.cut();
      // Down long enough for the server to see every pooled connection reset.
      await new Promise((resolve) => setTimeout(resolve, 300));
      t.proxy.restore();
      await untilPgBouncerTriesAgain();
      const calls = await Promise.all(Array.from({ length: 100 }, () => t.timed(getUser)));
      expect(calls.filter((call) => !('success' in (call.answer as object)))).toEqual([]);
      // Generous: a call takes milliseconds; with the driver's default backoff some waited 10 to 20 s.
      expect(Math.max(...calls.map((call) => call.ms))).toBeLessThan(5000);
    });

    /** send-message in a new conversation, its connection cut once the database completes `tag`. */
    const sendMessageCutAfter = async (tag: string, message: string) => {
      const conversationId = await newConversation();
      const cut = t.proxy.cutAfter(tag);
      const answer = await t.client.request('send-message', {
        user_id: userId,
        conversation_id: conversationId,
        message,
      });
      await cut;
      return { answer, stored: await messagesOf(conversationId) };
    };

    test('a transaction cut before its COMMIT was sent is tried again on a fresh connection and written once', async () => {
      const { answer, stored } = await sendMessageCutAfter('INSERT', 'Once');
      expect(answer).toMatchObject({ success: true, response: { status: 'success' } });
      expect(stored).toEqual(['Once']);
    });

    test('a write cut after its COMMIT was sent answers db-error and is not repeated', async () => {
      const { answer, stored } = await sendMessageCutAfter('COMMIT', 'Only once');
      expect(answer).toEqual(DB_ERROR);
      // The database committed it: the caller's db-error means "maybe", and the server did not add a second.
      expect(stored).toEqual(['Only once']);
    });

    test('an email sent before the connection was lost is not sent again: the call answers db-error', async () => {
      // The email goes out first; the row of its email-sent webhook is written after it.
      const cut = t.proxy.cutAfter('INSERT');
      const answer = await t.client.request('send-email', { recipient_id: userId, message: 'Your order shipped' });
      await cut;
      expect(answer).toEqual(DB_ERROR);
      expect(smtp.emails.map((email) => email.to)).toEqual([['ada@example.com']]);
    });

    test('sessions ended by an administrator command mid-transaction (as a fast shutdown ends them) are tried again once, and the server runs on', async () => {
      const conversationId = await newConversation();
      const texts = ['one', 'two', 'three', 'four', 'five'];
      let answers: Promise<unknown[]> | undefined;
      await t.sql.begin(async (tx) => {
        // Holding the conversation's row stops each send-message inside its transaction, after its
        // INSERT (the trigger that updates the conversation waits): its COMMIT is not sent yet.
        await tx`SELECT id FROM conversations WHERE id = ${conversationId} FOR UPDATE`;
        // Asked outside the transaction, which would see the first answer again.
        const waiting = async () =>
          Number(
            (
              await t.sql`SELECT count(*) AS n FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock'`
            )[0]!.n,
          );
        answers = Promise.all(
          texts.map((message) =>
            t.client.request('send-message', { user_id: userId, conversation_id: conversationId, message }),
          ),
        );
        await expect.poll(waiting, { timeout: 10_000 }).toBe(texts.length);
        await tx`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()`;
        // Tried again on fresh connections, they wait for the row again.
        await expect.poll(waiting, { timeout: 10_000 }).toBe(texts.length);
      });
      expect(await answers).toEqual(texts.map(() => expect.objectContaining({ success: true })));
      expect((await messagesOf(conversationId)).sort()).toEqual([...texts].sort());
      expect(await getUser()).toMatchObject({ success: true });
    });

    test('while the database is down every call answers db-error within a second (through PgBouncer, the first within its query_wait_timeout); once it is back, the next call succeeds', async () => {
      t.proxy.cut();
      // PgBouncer keeps the first call waiting for a server connection until its query_wait_timeout;
      // once a connection attempt has failed, it refuses the next ones at once (server_login_retry).
      const firstWithinMs = route.pgbouncer ? QUERY_WAIT_TIMEOUT_S * 1000 + 1000 : 1000;
      try {
        const calls = [getUser, () => t.client.request('count-users'), () => t.client.request('add-user', {})];
        for (const [i, call] of calls.entries()) {
          const { answer, ms } = await t.timed(call);
          expect(answer).toEqual(DB_ERROR);
          expect(ms).toBeLessThan(i === 0 ? firstWithinMs : 1000);
        }
      } finally {
        t.proxy.restore();
      }
      await untilPgBouncerTriesAgain();
      expect(await getUser()).toMatchObject({ success: true });
    });
  });
});

/**
 * The deployment of the server README's guide: two server processes behind one PgBouncer in
 * transaction mode, in front of PostgreSQL (reached through the test's proxy, which plays the
 * database going down). Both find the pooler on their own, pass the conformance suite's core level,
 * lose no write and deliver every webhook once, and tell a load balancer the truth when PgBouncer
 * answers but PostgreSQL does not.
 */
import { type Client, createClient } from '@support-board/contract/client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.js';
import { testDatabase, testDatabaseKind } from '../helpers/database.js';
import { type DatabaseProxy, startDatabaseProxy } from '../helpers/database-proxy.js';
import { type PgBouncer, pgbouncerMissing, startPgBouncer } from '../helpers/pgbouncer.js';
import { type ServerProcess, startProcess } from '../helpers/process.js';
import { startWebhookReceiver } from '../helpers/webhook-receiver.js';

const TOKEN = 'e'.repeat(40);

/** The conformance suite's public API, imported at run time (the suite depends on this package, not the reverse). */
interface ConformanceModule {
  runConformance(options: { target: string; token: string; level: 'core' }): Promise<{
    totals: { passed: number; failed: number; blocked: number };
    checks: { id: string; status: string }[];
  }>;
}
const CONFORMANCE = new URL('../../../conformance/src/index.ts', import.meta.url).href;

const skipped = testDatabaseKind !== 'postgres' || pgbouncerMissing !== undefined;
if (testDatabaseKind === 'postgres' && pgbouncerMissing)
  console.warn(`Skipped the PgBouncer tests: ${pgbouncerMissing}`);

describe.skipIf(skipped)('two server processes behind one PgBouncer (transaction mode)', () => {
  let database: Database & { url?: string };
  let proxy: DatabaseProxy;
  let pgbouncer: PgBouncer;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const processes: ServerProcess[] = [];
  let clients: Client[];

  beforeAll(async () => {
    database = await testDatabase();
    proxy = await startDatabaseProxy(database.url!);
    pgbouncer = await startPgBouncer(proxy.url);
    receiver = await startWebhookReceiver({ secret: 'shared-secret' });
    const env = {
      DATABASE_URL: pgbouncer.url,
      ADMIN_TOKEN: TOKEN,
      PORT: '0',
      SEED: 'false',
      WEBHOOK_URL: receiver.url,
      WEBHOOK_SECRET: 'shared-secret',
      WEBHOOK_RETRY_MS: '50',
    };
    // One after the other: the second finds the schema and the admin the first made.
    processes.push(await startProcess(env));
    processes.push(await startProcess(env));
    clients = processes.map((p) => createClient({ url: p.apiUrl, token: TOKEN }));
  }, 60_000);

  afterAll(async () => {
    for (const { child } of processes) child.kill('SIGTERM');
    await Promise.all(processes.map((p) => p.exited));
    await pgbouncer?.close();
    await proxy?.close();
    await receiver?.close();
    await database?.close();
  });

  test('each finds the pooler by itself and prepares no statement', async () => {
    for (const server of processes) expect(await server.logLine('listening')).toMatchObject({ pooler: 'transaction' });
  });

  test('a pooler is found by its cancel key: PgBouncer in front, none straight to PostgreSQL', async () => {
    const found = async (url: string, pooler?: 'session') => {
      const opened = await openDatabase({ url, dataDir: '', ...(pooler ? { pooler } : {}) });
      await opened.close();
      return opened.pooler;
    };
    expect(await found(pgbouncer.url)).toBe('transaction');
    expect(await found(database.url!)).toBe('none');
    expect(await found(pgbouncer.url, 'session')).toBe('session');
  });

  test('concurrent writes through both are all stored once, and every webhook is delivered once', async () => {
    const [a, b] = clients as [Client, Client];
    const userId = await a.call('add-user', { first_name: 'Ada' });
    const conversationId = Number((await b.call('new-conversation', { user_id: userId })).details.id);
    const texts = Array.from({ length: 60 }, (_, i) => `m${i}`);
    const answers = await Promise.all(
      texts.map((message, i) =>
        (i % 2 ? a : b).request('send-message', { user_id: userId, conversation_id: conversationId, message }),
      ),
    );
    expect(answers.filter((answer) => !('success' in answer))).toEqual([]);
    const stored = await database.sql`SELECT message FROM messages WHERE conversation_id = ${conversationId}`;
    expect(stored.map((row) => row.message).sort()).toEqual([...texts].sort());

    // new-email-address is not sent (no email); new-conversation-created + one message-sent a message
    const expected = 1 + texts.length;
    await receiver.waitForDeliveries(expected, 20_000);
    // Time for a second delivery of any of them, which must not come.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const sent = receiver.delivered().filter((d) => d.json.function === 'message-sent');
    expect(sent.map((d) => (d.json.data as { message: string }).message).sort()).toEqual([...texts].sort());
    const ids = receiver.delivered().map((d) => d.headers['webhook-id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(receiver.delivered().every((d) => d.verified)).toBe(true);
  });

  test("the conformance suite's core level passes through PgBouncer", async () => {
    const { runConformance } = (await import(/* @vite-ignore */ CONFORMANCE)) as ConformanceModule;
    const report = await runConformance({ target: processes[0]!.apiUrl, token: TOKEN, level: 'core' });
    const notPassed = report.checks.filter((check) => check.status === 'failed' || check.status === 'blocked');
    expect(notPassed.map((check) => check.id)).toEqual([]);
    expect(report.totals.passed).toBeGreaterThan(150);
  }, 120_000);

  test('/health answers 503 on both while PgBouncer answers but PostgreSQL does not, and 200 once it is back', async () => {
    const health = async (server: ServerProcess) => (await fetch(`${server.url}/health`)).status;
    const both = async () => Promise.all(processes.map(health));
    expect(await both()).toEqual([200, 200]);
    proxy.cut();
    try {
      await expect.poll(both, { timeout: 10_000, interval: 100 }).toEqual([503, 503]);
    } finally {
      proxy.restore();
    }
    await expect.poll(both, { timeout: 10_000, interval: 100 }).toEqual([200, 200]);
  });
});

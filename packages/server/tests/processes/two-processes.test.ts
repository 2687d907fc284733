/**
 * Several server processes behind a load balancer share one PostgreSQL: what one writes the other
 * reads, online status and typing agree, and each webhook is delivered exactly once.
 */
import { createClient } from '@support-board/contract/client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { testDatabase, testDatabaseKind } from '../helpers/database.js';
import { type ServerProcess, startProcess } from '../helpers/process.js';
import { startWebhookReceiver } from '../helpers/webhook-receiver.js';

const TOKEN = 'b'.repeat(40);

describe.skipIf(testDatabaseKind !== 'postgres')('two server processes on one PostgreSQL', () => {
  let database: Database & { url?: string };
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const processes: ServerProcess[] = [];

  beforeAll(async () => {
    database = await testDatabase();
    receiver = await startWebhookReceiver({ secret: 'shared-secret' });
    const env = {
      DATABASE_URL: database.url,
      ADMIN_TOKEN: TOKEN,
      PORT: '0',
      SEED: 'false',
      LOG_LEVEL: 'info',
      WEBHOOK_URL: receiver.url,
      WEBHOOK_SECRET: 'shared-secret',
      WEBHOOK_RETRY_MS: '50',
    };
    // One after the other: the second finds the schema and the admin the first made.
    processes.push(await startProcess(env));
    processes.push(await startProcess(env));
  }, 60_000);

  afterAll(async () => {
    for (const { child } of processes) child.kill('SIGTERM');
    await Promise.all(processes.map((p) => p.exited));
    await receiver?.close();
    await database?.close();
  });

  test('writes through one are read through the other, and every webhook arrives once', async () => {
    const [a, b] = processes.map((p) => createClient({ url: p.apiUrl, token: TOKEN }));
    const userId = await a!.call('add-user', { first_name: 'Ada', email: 'ada@example.com' });
    const created = await b!.call('new-conversation', { user_id: userId });
    const conversationId = Number(created.details.id);
    for (let i = 0; i < 10; i++) {
      await (i % 2 ? a! : b!).call('send-message', {
        user_id: userId,
        conversation_id: conversationId,
        message: `m${i}`,
      });
    }
    const conversation = await a!.call('get-conversation', { conversation_id: conversationId });
    expect(conversation.messages.map((m) => m.message)).toEqual(Array.from({ length: 10 }, (_, i) => `m${i}`));

    // new-email-address + new-conversation-created + 10 message-sent
    const deliveries = await receiver.waitForDeliveries(12, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(receiver.delivered()).toHaveLength(12);
    const ids = receiver.delivered().map((d) => d.headers['webhook-id']);
    expect(new Set(ids).size).toBe(12);
    expect(deliveries.every((d) => d.verified)).toBe(true);
  });

  test('online status and a typing agent are the same seen from either process', async () => {
    const [a, b] = processes.map((p) => createClient({ url: p.apiUrl, token: TOKEN }));
    const userId = await a!.call('add-user', { first_name: 'Bo' });
    expect(await b!.call('is-online', { user_id: userId })).toBe('online');
    const conversation = await a!.call('new-conversation', { user_id: userId });
    await database.sql`UPDATE users SET typing = ${Number(conversation.details.id)} WHERE user_type = 'admin'`;
    const typing = { conversation_id: Number(conversation.details.id) };
    expect(await a!.call('is-agent-typing', typing)).toEqual(await b!.call('is-agent-typing', typing));
    expect(await b!.call('is-agent-typing', typing)).toMatchObject({ first_name: 'Alex' });
  });

  test('both stop gracefully on SIGTERM', async () => {
    for (const { child } of processes) child.kill('SIGTERM');
    expect(await Promise.all(processes.map((p) => p.exited))).toEqual([0, 0]);
  });
});

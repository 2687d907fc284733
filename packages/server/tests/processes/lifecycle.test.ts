/**
 * The server process from start to stop, as `pnpm start` runs it: a restart on the same embedded
 * data folder loses nothing (data, the webhook secret, webhooks still owed to a receiver that was
 * down), SIGTERM lets a slow request finish with its full answer, a shutdown deadline ends a
 * process that something holds, stdout carries only JSON log lines, and a bad ADMIN_TOKEN stops
 * the start with a clear error.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@support-board/contract/client';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { testDatabase, testDatabaseKind } from '../helpers/database.js';
import { parseLines, type ServerProcess, startProcess } from '../helpers/process.js';
import { startSmtpStandIn } from '../helpers/stand-ins/smtp.js';
import { startWebhookReceiver } from '../helpers/webhook-receiver.js';

const TOKEN = 'c0ffee'.repeat(6).concat('abcd');

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});
const dataFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'support-board-data-'));
  folders.push(folder);
  return folder;
};

/** A process that is stopped (SIGTERM) after the test if it still runs. */
const started = async (env: NodeJS.ProcessEnv) => {
  const server = await startProcess(env);
  cleanup.push(async () => {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM');
    await server.exited;
  });
  return server;
};

const stop = async (server: ServerProcess) => {
  server.child.kill('SIGTERM');
  return server.exited;
};

const admin = (server: ServerProcess, path: string) =>
  fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });

/** A loopback port nothing listens on (yet). */
const freePort = async () => {
  const probe = await startWebhookReceiver();
  const port = Number(new URL(probe.url).port);
  await probe.close();
  return port;
};

describe('a restart on the same data folder (embedded PostgreSQL)', () => {
  test('keeps the data and the webhook secret, and delivers the webhooks owed to a receiver that was down', async () => {
    const port = await freePort();
    const env = {
      DATABASE_URL: '',
      DATA_DIR: dataFolder(),
      ADMIN_TOKEN: TOKEN,
      PORT: '0',
      SEED: 'false',
      WEBHOOK_URL: `http://127.0.0.1:${port}/webhook`,
      WEBHOOK_SECRET: '',
      WEBHOOK_RETRY_MS: '50',
    };
    const first = await started(env);
    const client = createClient({ url: first.apiUrl, token: TOKEN });
    const userId = await client.call('add-user', { first_name: 'Ada', email: 'ada@example.com' });
    const conversation = await client.call('new-conversation', { user_id: userId });
    const conversationId = Number(conversation.details.id);
    await client.call('send-message', { user_id: userId, conversation_id: conversationId, message: 'Still here?' });
    const secret = ((await (await admin(first, '/admin/webhook-secret')).json()) as { secret: string }).secret;
    expect(secret).toMatch(/^whsec_/);
    // new-email-address, new-conversation-created, message-sent: tried, and failed, while nobody listens.
    await expect
      .poll(async () => {
        const deliveries = (await (await admin(first, '/admin/webhooks')).json()) as { attempts: number }[];
        return deliveries.length === 3 && deliveries.every((delivery) => delivery.attempts >= 1);
      })
      .toBe(true);
    expect(await stop(first)).toBe(0);

    const second = await started(env);
    const again = createClient({ url: second.apiUrl, token: TOKEN });
    expect(await again.call('get-user', { user_id: userId })).toMatchObject({ first_name: 'Ada' });
    const ada = await again.call('get-user', { user_id: userId });
    const kept = await again.call('get-conversation', { conversation_id: conversationId });
    expect(kept.messages.map((message) => message.message)).toEqual(['Still here?']);
    expect(await (await admin(second, '/admin/webhook-secret')).json()).toEqual({ secret, source: 'generated' });

    // The receiver comes up on the configured URL and verifies every signature with the kept secret.
    const receiver = await startWebhookReceiver({ port, secret });
    cleanup.push(receiver.close);
    const delivered = await receiver.waitForDeliveries(3, 30_000);
    expect(delivered.map((delivery) => delivery.json.function).sort()).toEqual([
      'message-sent',
      'new-conversation-created',
      'new-email-address',
    ]);
    expect(delivered.every((delivery) => delivery.verified)).toBe(true);
    await expect
      .poll(async () => {
        const deliveries = (await (await admin(second, '/admin/webhooks')).json()) as { state: string }[];
        return deliveries.map((delivery) => delivery.state);
      })
      .toEqual(['delivered', 'delivered', 'delivered']);
    // Once each: every one is marked delivered, and the receiver saw each ID succeed once.
    expect(receiver.delivered()).toHaveLength(3);
    expect(await stop(second)).toBe(0);

    // Logs: stdout is JSON lines only; the banner (token, secret) is on stderr.
    for (const run of [first, second]) {
      const lines = parseLines(run.stdout.filter((line) => line !== ''));
      expect(lines.length).toBeGreaterThan(2);
      for (const line of lines) expect(line).toMatchObject({ time: expect.any(String), level: expect.any(String) });
      expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['listening', 'stopping', 'stopped']));
      expect(run.stdout.join('\n')).not.toContain(secret);
      expect(run.stderr()).toContain('Support Board reference server');
      expect(run.stderr()).toContain(`Admin token     ${TOKEN}`);
      expect(run.stderr()).toContain(`Webhook secret  ${secret} (kept in the database)`);
    }

    // ADMIN_TOKEN set to a token another user already has: a clear error, not the unique index's.
    const taken = await startProcess({ ...env, ADMIN_TOKEN: ada ? ada.token : '' }).then(
      (server) => stop(server).then(() => 'started'),
      (error: Error) => error.message,
    );
    expect(taken).toMatch(/ADMIN_TOKEN is already the token of another user \(ID \d+, \w+\): choose another one/);
  });
});

/** Where each process of the shutdown tests keeps its data: a fresh data folder, or a fresh PostgreSQL database. */
const databaseEnv = async (): Promise<NodeJS.ProcessEnv> => {
  if (testDatabaseKind === 'embedded') return { DATABASE_URL: '', DATA_DIR: dataFolder() };
  const database = await testDatabase();
  cleanup.push(() => database.close());
  return { DATABASE_URL: database.url };
};

describe('SIGTERM', () => {
  /** A server whose send-email waits on a mail server that holds its answer; the call under way. */
  const slowCall = async (env: NodeJS.ProcessEnv = {}) => {
    const smtp = await startSmtpStandIn({ hold: true });
    cleanup.push(smtp.close);
    cleanup.push(async () => smtp.release());
    const server = await started({
      ...(await databaseEnv()),
      ADMIN_TOKEN: TOKEN,
      PORT: '0',
      SEED: 'false',
      SMTP_URL: smtp.url,
      ...env,
    });
    const client = createClient({ url: server.apiUrl, token: TOKEN });
    const recipient = await client.call('add-user', { first_name: 'Bo', email: 'bo@example.com' });
    const answer = fetch(server.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        token: TOKEN,
        function: 'send-email',
        recipient_id: String(recipient),
        message: 'Your order shipped',
      }),
    }).then((response) => response.json());
    answer.catch(() => {});
    // The email has reached the mail server, which has not said yes yet: the request is under way.
    await smtp.waitForEmails(1);
    return { server, smtp, answer };
  };

  test('lets a slow request under way finish with its full answer, then exits with 0', async () => {
    const { server, smtp, answer } = await slowCall();
    server.child.kill('SIGTERM');
    expect(await server.logLine('stopping')).toMatchObject({ signal: 'SIGTERM', timeoutMs: 15_000 });
    smtp.release();
    expect(await answer).toEqual({ success: true, response: true });
    expect(smtp.emails.map((email) => email.to)).toEqual([['bo@example.com']]);
    expect(await server.exited).toBe(0);
    expect(parseLines(server.stdout.filter(Boolean)).at(-1)).toMatchObject({ msg: 'stopped' });
  });

  test('past SHUTDOWN_TIMEOUT, a request that never finishes no longer keeps the process: it exits with 1', async () => {
    const { server, answer } = await slowCall({ SHUTDOWN_TIMEOUT: '300' });
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(1);
    expect(server.stderr()).toContain('shutdown timed out');
    await expect(answer).rejects.toThrow();
  });
});

describe('ADMIN_TOKEN', () => {
  test('one that is not 40 lowercase hex characters stops the start with a clear error', async () => {
    for (const token of ['secret', TOKEN.toUpperCase(), `${TOKEN}0`]) {
      const server = startProcess({ DATABASE_URL: '', DATA_DIR: dataFolder(), ADMIN_TOKEN: token, PORT: '0' });
      const error = await server.then(
        (running) => stop(running).then(() => 'started'),
        (failure: Error) => failure.message,
      );
      expect(error).toContain('ADMIN_TOKEN must be 40 lowercase hexadecimal characters');
      expect(error).not.toContain(token);
    }
  });
});

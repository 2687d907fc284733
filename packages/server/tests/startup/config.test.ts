/**
 * The configuration refuses what cannot work, in one clear line; the shutdown always ends in
 * process.exit, whether closing succeeds, fails or never ends.
 */
import { describe, expect, test } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { shutDown } from '../../src/shutdown.js';

describe('readConfig', () => {
  test('ADMIN_TOKEN: 40 lowercase hex characters, or a ConfigError that does not repeat it', () => {
    const token = 'a1b2c3d4e5'.repeat(4);
    expect(readConfig({ ADMIN_TOKEN: token }).adminToken).toBe(token);
    expect(readConfig({ ADMIN_TOKEN: ` ${token}\n` }).adminToken).toBe(token);
    expect(readConfig({}).adminToken).toBeUndefined();
    for (const bad of ['secret', token.toUpperCase(), token.slice(1), `${token}0`, `${token.slice(1)}g`]) {
      const read = () => readConfig({ ADMIN_TOKEN: bad });
      expect(read).toThrow(ConfigError);
      expect(read).toThrow(/^ADMIN_TOKEN must be 40 lowercase hexadecimal characters/);
      try {
        read();
      } catch (error) {
        expect((error as Error).message).not.toContain(bad);
      }
    }
  });

  test('SHUTDOWN_TIMEOUT in ms, 15 s by default; numbers are checked and named', () => {
    expect(readConfig({}).shutdownTimeoutMs).toBe(15_000);
    expect(readConfig({ SHUTDOWN_TIMEOUT: '2500' }).shutdownTimeoutMs).toBe(2500);
    expect(() => readConfig({ SHUTDOWN_TIMEOUT: '2s' })).toThrow('SHUTDOWN_TIMEOUT: expected a non-negative integer');
    expect(() => readConfig({ PORT: '-1' })).toThrow('PORT: expected a non-negative integer, got "-1"');
  });

  test('DATABASE_POOLER: auto by default, or transaction, session or none; anything else is named', () => {
    expect(readConfig({}).databasePooler).toBe('auto');
    expect(readConfig({ DATABASE_POOLER: 'transaction' }).databasePooler).toBe('transaction');
    expect(() => readConfig({ DATABASE_POOLER: 'pgbouncer' })).toThrow(
      'DATABASE_POOLER: expected one of auto, transaction, session, none, got "pgbouncer"',
    );
  });

  test('no WEBHOOK_SECRET: none configured (the server makes one), whatever WEBHOOK_KEY is', () => {
    expect(readConfig({ WEBHOOK_KEY: 'k' }).webhooks).toMatchObject({ key: 'k', secret: undefined });
    expect(readConfig({ WEBHOOK_SECRET: 'whsec_abc=' }).webhooks.secret).toBe('whsec_abc=');
  });
});

describe('shutDown', () => {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger('info', (line) => lines.push(JSON.parse(line)) > 0);
  const run = (close: () => Promise<void>, timeoutMs = 60_000) =>
    new Promise<number>((resolve) => void shutDown({ close, log, timeoutMs, exit: resolve }));

  test('exits with 0 once closed', async () => {
    expect(await run(async () => {})).toBe(0);
    expect(lines.at(-1)).toMatchObject({ msg: 'stopped' });
  });

  test('exits with 1, and says why, when closing throws', async () => {
    expect(
      await run(async () => {
        throw new Error('the database went away');
      }),
    ).toBe(1);
    expect(lines.at(-1)).toMatchObject({ level: 'error', msg: 'shutdown failed' });
    expect(String(lines.at(-1)!.error)).toContain('the database went away');
  });

  test('exits with 1 at the deadline when closing never ends', async () => {
    expect(await run(() => new Promise<void>(() => {}), 10)).toBe(1);
    expect(lines.at(-1)).toMatchObject({ level: 'error', timeoutMs: 10 });
  });
});

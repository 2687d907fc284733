/**
 * The rule a retry follows (src/db/effects.ts), on a real database: an attempt may be tried again
 * only while nothing it did can have taken effect.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { watchEffects } from '../../src/db/effects.js';
import { createServices } from '../../src/integrations/create.js';
import { testDatabase } from '../helpers/database.js';
import { startSmtpStandIn } from '../helpers/stand-ins/smtp.js';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(() => database?.close());

describe('what a retry could repeat', () => {
  test('statements outside a transaction: every one in a method that writes, none in a method that only reads', async () => {
    const reads = watchEffects(false);
    await reads.sql(database.sql)`SELECT count(*) FROM users`;
    expect(reads.changed).toBe(false);

    const writes = watchEffects(true);
    const sql = writes.sql(database.sql);
    expect(writes.changed).toBe(false);
    await sql`SELECT count(*) FROM users`;
    expect(writes.changed).toBe(true);
    const unsafe = watchEffects(true);
    await unsafe.sql(database.sql).unsafe('SELECT 1');
    expect(unsafe.changed).toBe(true);
  });

  test('a transaction: from the moment its callback returns (COMMIT is sent next), never when it failed before', async () => {
    const effects = watchEffects(true);
    const sql = effects.sql(database.sql);
    const failed = sql.begin(async (tx) => {
      await tx`SELECT 1`;
      throw new Error('refused inside the transaction');
    });
    await expect(failed).rejects.toThrow('refused inside the transaction');
    expect(effects.changed).toBe(false);
    const answer = await sql.begin(async (tx) => {
      const [row] = await tx`SELECT 2 AS two`;
      expect(effects.changed).toBe(false);
      return row!.two;
    });
    expect(answer).toBe('2');
    expect(effects.changed).toBe(true);
  });

  test('an outside service: once it is called, not when its settings are read', async () => {
    const smtp = await startSmtpStandIn();
    try {
      const email = createServices(readConfig({ SMTP_URL: smtp.url })).email!;
      const effects = watchEffects(false);
      const services = effects.services({ email });
      expect(services.slack).toBeUndefined();
      expect(typeof services.email!.send).toBe('function');
      expect(effects.changed).toBe(false);
      await services.email!.send({ to: 'ada@example.com', subject: 'Hello', text: 'Hi', html: '<p>Hi</p>' });
      expect(effects.changed).toBe(true);
      expect(smtp.emails).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });
});

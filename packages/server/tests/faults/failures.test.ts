/**
 * Which errors are database failures (answered `db-error`) and which of them a fresh connection may
 * not meet (tried again), from real failures.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connectPostgres, type Database } from '../../src/db/database.js';
import { databaseFailure, lostConnection } from '../../src/db/failures.js';
import { ServiceError } from '../../src/integrations/errors.js';
import { testDatabase, testDatabaseKind } from '../helpers/database.js';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(() => database?.close());

/** A loopback port nothing listens on. */
const closedPort = async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
};

describe('database failures', () => {
  test('a refused connection is a lost connection', async () => {
    const refused = connectPostgres(`postgres://postgres@127.0.0.1:${await closedPort()}/postgres`);
    const error = await refused.sql`SELECT 1`.catch((caught: unknown) => caught);
    await refused.close();
    expect(error).toMatchObject({ code: 'ECONNREFUSED' });
    expect(lostConnection(error)).toBe(true);
    expect(databaseFailure(error)).toBe(true);
  });

  test.skipIf(testDatabaseKind !== 'postgres')(
    'a session an administrator terminated is a lost connection (PostgreSQL)',
    async () => {
      const error = await database.sql`SELECT pg_terminate_backend(pg_backend_pid())`.catch(
        (caught: unknown) => caught,
      );
      expect(error).toMatchObject({ code: '57P01' });
      expect(lostConnection(error)).toBe(true);
      expect(databaseFailure(error)).toBe(true);
    },
  );

  test('an error about the statement is a database failure, but a fresh connection would meet it too', async () => {
    const error = await database.sql`SELECT * FROM no_such_table`.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'PostgresError', code: '42P01' });
    expect(lostConnection(error)).toBe(false);
    expect(databaseFailure(error)).toBe(true);
  });

  test("other errors, an outside service's included, are not the database's", () => {
    for (const error of [new Error('boom'), new ServiceError('Email', 'could not be reached'), 'text', undefined]) {
      expect(databaseFailure(error)).toBe(false);
      expect(lostConnection(error)).toBe(false);
    }
  });
});

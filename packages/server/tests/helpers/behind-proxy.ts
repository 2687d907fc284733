/**
 * The server as operators run it (its own process, real HTTP) on a fresh PostgreSQL database that
 * it reaches only through a proxy the test breaks, or through PgBouncer in front of that proxy (the
 * proxy then stands where PostgreSQL does for PgBouncer). The test reads the database directly with `sql`.
 */
import { createClient } from '@support-board/contract/client';
import { testDatabase, testDatabaseKind } from './database.js';
import { startDatabaseProxy } from './database-proxy.js';
import { type PoolMode, pgbouncerMissing, startPgBouncer } from './pgbouncer.js';
import { startProcess } from './process.js';

const TOKEN = 'd'.repeat(40);

/** How the server reaches its database in a test: straight to it, or through PgBouncer. */
export type Route = { name: string; pgbouncer?: PoolMode };

/** The routes the fault tests run on: straight, and through PgBouncer in transaction mode when it is installed. */
export const routes = (): Route[] => {
  if (pgbouncerMissing && testDatabaseKind === 'postgres')
    console.warn(`Skipped the fault tests through PgBouncer: ${pgbouncerMissing}`);
  return [
    { name: 'straight to PostgreSQL' },
    ...(pgbouncerMissing ? [] : [{ name: 'through PgBouncer in transaction mode', pgbouncer: 'transaction' as const }]),
  ];
};

export const startBehindProxy = async (env: NodeJS.ProcessEnv = {}, route: Route = { name: 'straight' }) => {
  const database = await testDatabase();
  const proxy = await startDatabaseProxy(database.url!);
  const pgbouncer = route.pgbouncer ? await startPgBouncer(proxy.url, { poolMode: route.pgbouncer }) : undefined;
  const server = await startProcess({
    DATABASE_URL: pgbouncer?.url ?? proxy.url,
    ADMIN_TOKEN: TOKEN,
    PORT: '0',
    SEED: 'false',
    ...env,
  });
  const client = createClient({ url: server.apiUrl, token: TOKEN });
  return {
    sql: database.sql,
    proxy,
    server,
    client,
    /** A call's whole answer and how long it took in ms. */
    timed: async (call: () => Promise<unknown>) => {
      const started = performance.now();
      const answer = await call();
      return { answer, ms: performance.now() - started };
    },
    close: async () => {
      server.child.kill('SIGTERM');
      await server.exited;
      await pgbouncer?.close();
      await proxy.close();
      await database.close();
    },
  };
};

/**
 * The server as operators run it (its own process, real HTTP) on a fresh PostgreSQL database that
 * it reaches only through a proxy the test breaks. The test reads the database directly with `sql`.
 */
import { createClient } from '@support-board/contract/client';
import { testDatabase } from './database.js';
import { startDatabaseProxy } from './database-proxy.js';
import { startProcess } from './process.js';

const TOKEN = 'd'.repeat(40);

export const startBehindProxy = async (env: NodeJS.ProcessEnv = {}) => {
  const database = await testDatabase();
  const proxy = await startDatabaseProxy(database.url!);
  const server = await startProcess({ DATABASE_URL: proxy.url, ADMIN_TOKEN: TOKEN, PORT: '0', SEED: 'false', ...env });
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
      await proxy.close();
      await database.close();
    },
  };
};

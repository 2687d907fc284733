import { createClient } from '@support-board/contract/client';
import { type Config, readConfig } from '../../src/config.js';
import type { Services } from '../../src/integrations/index.js';
import { createLogger } from '../../src/log.js';
import { startServer } from '../../src/server.js';
import { testDatabase } from './database.js';

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/**
 * The reference server on a fresh database, over real HTTP on a free loopback port, with answers
 * checked against the contract (`validateResponses`). Only the admin exists unless `seed` is set.
 */
export const startTestServer = async (
  overrides: Partial<Config> = {},
  options: { services?: Services; env?: NodeJS.ProcessEnv } = {},
) => {
  const database = await testDatabase();
  const config: Config = {
    ...readConfig({ LOG_LEVEL: 'silent', ...options.env }),
    port: 0,
    seed: false,
    validateResponses: true,
    ...overrides,
  };
  const server = await startServer(config, {
    database,
    log: createLogger(process.env.TEST_LOG_LEVEL ? (process.env.TEST_LOG_LEVEL as Config['logLevel']) : 'silent'),
    ...(options.services ? { services: options.services } : {}),
  }).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  const client = createClient({ url: server.apiUrl, token: server.adminToken });
  /** Posts raw form fields (no client involved), returning the parsed JSON answer. */
  const post = async (fields: Record<string, string>, init: RequestInit = {}) => {
    const response = await fetch(server.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
      ...init,
    });
    return (await response.json()) as Record<string, unknown>;
  };
  return {
    server,
    client,
    post,
    sql: database.sql,
    database,
    config,
    token: server.adminToken,
    close: async () => {
      await server.close();
      await database.close();
    },
  };
};

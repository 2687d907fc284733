/**
 * The reference server (@support-board/server) on a fresh in-memory database, over real HTTP on a
 * loopback port. Imported by name at run time so that this package's typecheck does not depend on
 * the server's sources, which are written at the same time by others.
 */
import { startWebhookRelay } from './webhook-relay.js';

export interface Target {
  /** The full URL of include/api.php. */
  url: string;
  token: string;
  close(): Promise<void>;
}

interface ServerModule {
  readConfig(env?: Record<string, string>): Record<string, unknown>;
  openEmbedded(): Promise<{ close(): Promise<void> }>;
  createLogger(level: string): unknown;
  startServer(
    config: Record<string, unknown>,
    options: { database: unknown; log: unknown },
  ): Promise<{ apiUrl: string; adminToken: string; close(): Promise<void> }>;
}

const SERVER = '@support-board/server';

/** Starts the reference server; `env` takes the server's variables (WEBHOOK_URL, WEBHOOK_SECRET, ...). */
export const startReferenceServer = async (env: Record<string, string> = {}): Promise<Target> => {
  const server = (await import(/* @vite-ignore */ SERVER)) as ServerModule;
  const database = await server.openEmbedded();
  const config = { ...server.readConfig({ LOG_LEVEL: 'silent', SEED: 'false', ...env }), port: 0, host: '127.0.0.1' };
  const running = await server.startServer(config, {
    database,
    log: server.createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
  });
  return {
    url: running.apiUrl,
    token: running.adminToken,
    close: async () => {
      await running.close();
      await database.close();
    },
  };
};

/**
 * The reference server posting its webhooks to a relay on loopback, which a run points at its own
 * receiver; `env` adds the server's variables (WEBHOOK_KEY, WEBHOOK_SECRET, the services' ...).
 */
export const startReferenceWithRelay = async (env: Record<string, string> = {}) => {
  const relay = await startWebhookRelay();
  const reference = await startReferenceServer({ WEBHOOK_URL: relay.url, WEBHOOK_RETRY_MS: '200', ...env });
  return {
    reference,
    relay,
    close: async () => {
      await reference.close();
      await relay.close();
    },
  };
};

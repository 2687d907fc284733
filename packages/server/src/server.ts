import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { readFields } from '@support-board/contract';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/database.js';
import { databaseHealth } from './db/health.js';
import { migrate } from './db/migrate.js';
import { createRetry } from './db/retry.js';
import { createApp } from './http/app.js';
import { createServices } from './integrations/create.js';
import type { Services } from './integrations/index.js';
import { createLogger, type Logger } from './log.js';
import { ensureAdmin } from './seed/admin.js';
import { seedDemoData } from './seed/demo.js';
import { createOutbox } from './webhooks/outbox.js';
import { resolveWebhookSecret, type WebhookSecret } from './webhooks/secret.js';
import { startWebhookWorker, type WebhookWorker } from './webhooks/worker.js';

export interface RunningServer {
  /** The base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** The API endpoint: `${url}/include/api.php`. */
  apiUrl: string;
  port: number;
  adminToken: string;
  /** The Standard Webhooks secret every delivery is signed with, and where it comes from. */
  webhookSecret: WebhookSecret;
  /** Whether demo data was written on this start. */
  seeded: boolean;
  database: Database;
  /** Stops accepting, finishes requests and webhook attempts under way, closes the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  log?: Logger;
  /** Use this database instead of opening one from the config (tests). */
  database?: Database;
  /** Replace configured services (tests). */
  services?: Services;
}

/**
 * Node's HTTP server options from the configured limits: a client that sends slowly is dropped when
 * its headers or its request take too long, checked every tenth of the shorter timeout (Node checks
 * every 30 s by default, which would let slow clients hold their sockets that much longer).
 */
const serverLimits = ({ headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs }: Config['limits']) => {
  const timeouts = [headersTimeoutMs, requestTimeoutMs].filter((ms) => ms > 0);
  return {
    headersTimeout: headersTimeoutMs,
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.max(50, Math.min(30_000, ...timeouts) / 10),
  };
};

/** Opens the database, migrates, seeds, and serves. */
export const startServer = async (given: Config, options: StartOptions = {}): Promise<RunningServer> => {
  const database =
    options.database ??
    (await openDatabase({ url: given.databaseUrl, dataDir: given.dataDir, pooler: given.databasePooler }));
  try {
    return await serveOn(database, given, options);
  } catch (error) {
    // A start that fails (a configuration error, a port in use) leaves nothing open behind it.
    if (!options.database) await database.close().catch(() => {});
    throw error;
  }
};

const serveOn = async (database: Database, given: Config, options: StartOptions): Promise<RunningServer> => {
  const log = options.log ?? createLogger(given.logLevel);
  const { sql } = database;
  const applied = await migrate(sql);
  if (applied.length) log.info('migrated', { versions: applied });
  const webhookSecret = await resolveWebhookSecret(sql, given.webhooks.secret);
  const webhookConfig = { ...given.webhooks, secret: webhookSecret.secret };
  const config: Config = { ...given, webhooks: webhookConfig };
  const pictures = config.publicUrl ?? `http://localhost:${config.port}`;
  const admin = await ensureAdmin(sql, config.adminToken, pictures);
  const seeded = admin.created && config.seed ? await seedDemoData(sql, admin.id, pictures) : false;

  let ready = false;
  // The worker starts once the server listens (nothing to stop if listening fails).
  let worker: WebhookWorker | undefined;
  const webhooks = createOutbox(config.webhooks, () => worker?.wake());
  const services = options.services ?? createServices(config);
  const port = { value: config.port };
  const publicUrl = () => config.publicUrl ?? `http://localhost:${port.value}`;
  const retry = createRetry(database, log);
  const app = createApp({
    sql,
    config,
    log,
    readFields,
    ready: () => ready,
    retry,
    health: databaseHealth(sql, retry),
    databaseKind: database.kind,
    webhookSecret,
    context: {
      sql,
      config,
      services,
      webhooks,
      log,
      get publicUrl() {
        return publicUrl();
      },
    },
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      { fetch: app.fetch, port: config.port, hostname: config.host, serverOptions: serverLimits(config.limits) },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  if (config.limits.maxConnections > 0) server.maxConnections = config.limits.maxConnections;
  port.value = (server.address() as AddressInfo).port;
  worker = startWebhookWorker(sql, webhookConfig, log);
  ready = true;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port.value}`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      ready = false;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections would hold close() open; in-flight requests still finish.
        (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      });
      await worker?.stop();
      if (!options.database) await database.close();
    })());

  return {
    url,
    apiUrl: `${url}/include/api.php`,
    port: port.value,
    adminToken: admin.token,
    webhookSecret,
    seeded,
    database,
    close,
  };
};

#!/usr/bin/env node
/**
 * `sb-server` (and `pnpm start`): runs the reference server, or `sb-server send-webhook <name>` to
 * ask a running server to send a webhook on demand.
 */
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from './config.js';
import { createLogger } from './log.js';
import { startServer } from './server.js';
import { shutDown } from './shutdown.js';

const usage = `Usage:
  sb-server                         run the reference server (configured by environment variables)
  sb-server send-webhook <name>     ask a running server to send a webhook now
      --data '<json>'               the webhook's data (default: the documented example)
      --url http://localhost:8080   the running server
      --token <admin token>         an admin token (default: ADMIN_TOKEN)
  sb-server --help

Environment: PORT, HOST, PUBLIC_URL, DATABASE_URL (absent: embedded PostgreSQL in DATA_DIR), DATA_DIR,
ADMIN_TOKEN, SEED, SHUTDOWN_TIMEOUT, BODY_LIMIT, REQUEST_TIMEOUT_MS, MAX_CONNECTIONS, WEBHOOK_URL,
WEBHOOK_KEY, WEBHOOK_SECRET, SMTP_URL, SLACK_TOKEN, ... (see packages/server/README.md).`;

const serve = async () => {
  const config = readConfig();
  const log = createLogger(config.logLevel);
  const server = await startServer(config, { log });
  const { pooler } = server.database;
  const through = pooler === 'none' ? '' : `, through a pooler in ${pooler} mode`;
  const database = config.databaseUrl
    ? `PostgreSQL (DATABASE_URL${through})`
    : `embedded PostgreSQL in ${config.dataDir}`;
  const secret = server.webhookSecret;
  // stdout carries only JSON lines (the logs). This one is written whatever LOG_LEVEL says: scripts
  // and tests wait for it. For the embedded database, `socket` is a URL other processes (a
  // benchmark, psql) can connect with. Secrets stay out of the logs.
  const listening = {
    time: new Date().toISOString(),
    level: 'info',
    msg: 'listening',
    url: server.url,
    api: server.apiUrl,
    docs: `${server.url}/docs`,
    database: server.database.kind,
    socket: server.database.socketUrl,
    pooler,
    seeded: server.seeded,
    webhooks: config.webhooks.url ?? null,
  };
  process.stdout.write(`${JSON.stringify(listening)}\n`);
  // The banner, for the person who started the server, goes to stderr.
  process.stderr.write(
    [
      '',
      'Support Board reference server',
      `  API             POST ${server.apiUrl}`,
      `  Admin token     ${server.adminToken}`,
      `  Webhook secret  ${secret.source === 'generated' ? `${secret.secret} (kept in the database)` : 'from WEBHOOK_SECRET'}`,
      `  Docs            ${server.url}/docs`,
      `  OpenAPI         ${server.url}/openapi.json`,
      `  Database        ${database}${server.seeded ? ' (demo data seeded)' : ''}`,
      `  Webhooks        ${config.webhooks.url ?? 'off (set WEBHOOK_URL)'}`,
      '',
      `  Try: curl -s ${server.apiUrl} -d token=${server.adminToken} -d function=count-users`,
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      // A second signal: the person at the terminal does not want to wait.
      log.warn('stopped at once', { signal });
      process.exit(1);
    }
    stopping = true;
    log.info('stopping', { signal, timeoutMs: config.shutdownTimeoutMs });
    void shutDown({ close: server.close, log, timeoutMs: config.shutdownTimeoutMs });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
};

const sendWebhook = async (argv: string[]) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { data: { type: 'string' }, url: { type: 'string' }, token: { type: 'string' } },
  });
  const name = positionals[0];
  const token = values.token ?? process.env.ADMIN_TOKEN;
  if (!name || !token) throw new UsageError('send-webhook needs a webhook name and --token (or ADMIN_TOKEN).');
  const base = (values.url ?? `http://localhost:${process.env.PORT ?? 8080}`).replace(/\/+$/, '');
  const response = await fetch(`${base}/admin/webhooks/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: values.data === undefined ? '' : JSON.stringify({ data: JSON.parse(values.data) }),
  });
  const answer = await response.text();
  process.stdout.write(`${answer}\n`);
  if (!response.ok) process.exitCode = 1;
};

class UsageError extends Error {}

const [command, ...rest] = process.argv.slice(2);
const run = command === undefined ? serve : command === 'send-webhook' ? () => sendWebhook(rest) : undefined;
if (command === '--help' || command === '-h') {
  process.stdout.write(`${usage}\n`);
} else if (!run) {
  process.stderr.write(`Unknown command "${command}".\n${usage}\n`);
  process.exitCode = 2;
} else {
  run().catch((error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${usage}\n`);
      process.exitCode = 2;
      return;
    }
    // A configuration error is said in one line; anything else with its stack.
    const reason = error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error);
    createLogger('error').error('could not start', { error: reason });
    process.exit(1);
  });
}

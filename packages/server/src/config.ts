import { join } from 'node:path';
import { DATABASE_POOLERS, type DatabasePooler } from './db/pooler.js';

/**
 * The server's configuration, read once from the environment. Every variable is documented in the
 * package README; none is required.
 */
export interface Config {
  /** TCP port of the HTTP server (`PORT`, default 8080; 0 picks a free one). */
  port: number;
  /** Interface to listen on (`HOST`, default 127.0.0.1; 0.0.0.0 to serve other machines). */
  host: string;
  /** The URL clients reach the server at; used in CSV links (`PUBLIC_URL`, default http://localhost:PORT). */
  publicUrl?: string;
  /** A PostgreSQL URL (`DATABASE_URL`); absent: the embedded PostgreSQL in `dataDir`. */
  databaseUrl?: string;
  /**
   * What stands between the server and `databaseUrl` (`DATABASE_POOLER`: `auto`, the default, detects
   * a pooler and then prepares no statement; `transaction` for a pooler in transaction mode;
   * `session` or `none` to prepare statements). See db/pooler.ts.
   */
  databasePooler: DatabasePooler;
  /** Folder of the embedded database (`DATA_DIR`, default `.data` in the working directory). */
  dataDir: string;
  /** The seeded admin's token (`ADMIN_TOKEN`); absent: a random one, printed at start. */
  adminToken?: string;
  /** Seed demo data into an empty database (`SEED`, default true). */
  seed: boolean;
  /**
   * On SIGTERM/SIGINT, how long to wait in ms for requests and webhook attempts under way before
   * exiting anyway (`SHUTDOWN_TIMEOUT`, default 15000: more than one webhook attempt's timeout).
   */
  shutdownTimeoutMs: number;
  /** Largest accepted request body in bytes (`BODY_LIMIT`, default 1 MiB). */
  bodyLimit: number;
  /**
   * What one client may take of the server: a request must send its headers within
   * `headersTimeoutMs` (`HEADERS_TIMEOUT_MS`, default 10000) and its whole body within
   * `requestTimeoutMs` (`REQUEST_TIMEOUT_MS`, default 30000); an idle keep-alive connection is closed
   * after `keepAliveTimeoutMs` (`KEEP_ALIVE_TIMEOUT_MS`, default 5000); past `maxConnections` open
   * connections (`MAX_CONNECTIONS`, default 1000) new ones are closed at once. 0 turns a limit off.
   */
  limits: { headersTimeoutMs: number; requestTimeoutMs: number; keepAliveTimeoutMs: number; maxConnections: number };
  /** Origins allowed to call the API from a browser (`CORS_ORIGINS`, comma-separated, `*` for any; default none). */
  corsOrigins: string[];
  /** Check every answer against the contract before sending it (`VALIDATE_RESPONSES`, default off; on in tests). */
  validateResponses: boolean;
  /** `LOG_LEVEL`: debug, info (default), warn, error, silent. */
  logLevel: LogLevel;
  webhooks: {
    /** Where webhooks are posted (`WEBHOOK_URL`); absent: none are sent. */
    url?: string;
    /** The `key` put in every body, as the original's "Secret Key" setting (`WEBHOOK_KEY`). */
    key: string;
    /**
     * Secret for the Standard Webhooks signature headers (`WEBHOOK_SECRET`, `whsec_<base64>` or any
     * text). Absent or empty: one made on the first start and kept in the database (see webhooks/secret.ts).
     */
    secret?: string;
    /** First retry delay in ms, doubled on each attempt (`WEBHOOK_RETRY_MS`, default 5000). */
    retryBaseMs: number;
    /** Attempts before a delivery is given up and kept as failed (`WEBHOOK_MAX_ATTEMPTS`, default 15). */
    maxAttempts: number;
    /** Per-attempt timeout in ms (`WEBHOOK_TIMEOUT_MS`, default 10000). */
    timeoutMs: number;
  };
  smtp?: { url: string; from: string };
  slack?: { token: string; apiUrl: string; channel?: string };
  dialogflow?: { token: string; projectId: string; apiUrl: string; language: string };
  push?: { instanceId: string; secretKey: string; apiUrl: string };
  wordpress?: { url: string; user?: string; password?: string };
  licenseUrl?: string;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** A configuration that cannot work: the server does not start, and says why in one line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** What tokens are (the original's and this server's): 20 random bytes as 40 lowercase hex characters. */
export const TOKEN_PATTERN = /^[0-9a-f]{40}$/;

/** Throws a ConfigError unless `token` has the form of a token. */
export const checkAdminToken = (token: string) => {
  if (!TOKEN_PATTERN.test(token)) {
    throw new ConfigError(
      `ADMIN_TOKEN must be 40 lowercase hexadecimal characters, as every token is (e.g. \`openssl rand -hex 20\`); got ${token.length} characters${/[A-F]/.test(token) ? ' with capital letters' : ''}.`,
    );
  }
  return token;
};

const integer = (env: NodeJS.ProcessEnv, name: string, fallback: number) => {
  const value = env[name]?.trim();
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new ConfigError(`${name}: expected a non-negative integer, got "${value}"`);
  }
  return parsed;
};
const flag = (value: string | undefined, fallback: boolean) =>
  value === undefined || value === '' ? fallback : !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
const text = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());
const stripSlash = (url: string) => url.replace(/\/+$/, '');

export const readConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const port = integer(env, 'PORT', 8080);
  const webhookKey = text(env.WEBHOOK_KEY) ?? '';
  const logLevel = (text(env.LOG_LEVEL) ?? 'info') as LogLevel;
  const databasePooler = (text(env.DATABASE_POOLER) ?? 'auto') as DatabasePooler;
  if (!DATABASE_POOLERS.includes(databasePooler))
    throw new ConfigError(`DATABASE_POOLER: expected one of ${DATABASE_POOLERS.join(', ')}, got "${databasePooler}"`);
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(logLevel))
    throw new ConfigError(`LOG_LEVEL: unknown level "${logLevel}"`);
  const slackToken = text(env.SLACK_TOKEN);
  const dialogflowToken = text(env.DIALOGFLOW_TOKEN);
  const dialogflowProject = text(env.DIALOGFLOW_PROJECT_ID);
  const beamsInstance = text(env.PUSHER_BEAMS_INSTANCE_ID);
  const beamsKey = text(env.PUSHER_BEAMS_SECRET_KEY);
  const smtpUrl = text(env.SMTP_URL);
  const wordpressUrl = text(env.WORDPRESS_URL);
  const headersTimeoutMs = integer(env, 'HEADERS_TIMEOUT_MS', 10_000);
  const requestTimeoutMs = integer(env, 'REQUEST_TIMEOUT_MS', 30_000);
  if (requestTimeoutMs > 0 && (headersTimeoutMs === 0 || headersTimeoutMs > requestTimeoutMs)) {
    throw new ConfigError(
      'HEADERS_TIMEOUT_MS must be at most REQUEST_TIMEOUT_MS: the headers are part of the request.',
    );
  }
  return {
    port,
    host: text(env.HOST) ?? '127.0.0.1',
    publicUrl: text(env.PUBLIC_URL) && stripSlash(text(env.PUBLIC_URL)!),
    databaseUrl: text(env.DATABASE_URL),
    databasePooler,
    dataDir: text(env.DATA_DIR) ?? join(process.cwd(), '.data'),
    adminToken: text(env.ADMIN_TOKEN) && checkAdminToken(text(env.ADMIN_TOKEN)!),
    seed: flag(env.SEED, true),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT', 15_000),
    bodyLimit: integer(env, 'BODY_LIMIT', 1024 * 1024),
    limits: {
      headersTimeoutMs,
      requestTimeoutMs,
      keepAliveTimeoutMs: integer(env, 'KEEP_ALIVE_TIMEOUT_MS', 5000),
      maxConnections: integer(env, 'MAX_CONNECTIONS', 1000),
    },
    corsOrigins: (text(env.CORS_ORIGINS) ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    validateResponses: flag(env.VALIDATE_RESPONSES, false),
    logLevel,
    webhooks: {
      url: text(env.WEBHOOK_URL),
      key: webhookKey,
      secret: text(env.WEBHOOK_SECRET),
      retryBaseMs: integer(env, 'WEBHOOK_RETRY_MS', 5000),
      maxAttempts: integer(env, 'WEBHOOK_MAX_ATTEMPTS', 15),
      timeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 10_000),
    },
    smtp: smtpUrl ? { url: smtpUrl, from: text(env.EMAIL_FROM) ?? 'Support Board <support@localhost>' } : undefined,
    slack: slackToken
      ? {
          token: slackToken,
          apiUrl: stripSlash(text(env.SLACK_API_URL) ?? 'https://slack.com/api'),
          channel: text(env.SLACK_CHANNEL),
        }
      : undefined,
    dialogflow:
      dialogflowToken && dialogflowProject
        ? {
            token: dialogflowToken,
            projectId: dialogflowProject,
            apiUrl: stripSlash(text(env.DIALOGFLOW_API_URL) ?? 'https://dialogflow.googleapis.com'),
            language: text(env.DIALOGFLOW_LANGUAGE) ?? 'en',
          }
        : undefined,
    push:
      beamsInstance && beamsKey
        ? {
            instanceId: beamsInstance,
            secretKey: beamsKey,
            apiUrl: stripSlash(
              text(env.PUSHER_BEAMS_API_URL) ?? `https://${beamsInstance}.pushnotifications.pusher.com`,
            ),
          }
        : undefined,
    wordpress: wordpressUrl
      ? { url: stripSlash(wordpressUrl), user: text(env.WORDPRESS_USER), password: text(env.WORDPRESS_APP_PASSWORD) }
      : undefined,
    licenseUrl: text(env.LICENSE_URL),
  };
};

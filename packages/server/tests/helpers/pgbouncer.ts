/**
 * PgBouncer (Debian's package `pgbouncer`, which `npm test` installs as root on Debian) in front of
 * a PostgreSQL server: started on a free loopback port with a configuration of its own in a
 * temporary folder, stopped by `close()`. The settings are the deployment guide's (server README).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BINARY = '/usr/sbin/pgbouncer';

/** PgBouncer's `query_wait_timeout` here: how long a client waits for a server connection. */
export const QUERY_WAIT_TIMEOUT_S = 2;
/** PgBouncer's `server_login_retry` here: after a failed connection to PostgreSQL, how long it refuses clients. */
export const SERVER_LOGIN_RETRY_S = 1;

/** Why the tests through PgBouncer cannot run here, or undefined when they can. */
export const pgbouncerMissing = existsSync(BINARY)
  ? undefined
  : `PgBouncer is not installed (${BINARY}): \`npm test\` installs it as root on Debian (apt-get install pgbouncer)`;

export type PoolMode = 'transaction' | 'session';

export interface PgBouncer {
  /** `databaseUrl` with PgBouncer's host and port: the same database, through PgBouncer. */
  url: string;
  close(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const settings = (target: URL, port: number, folder: string, poolMode: PoolMode) => `
[databases]
; every database name, on the PostgreSQL server behind
* = host=${target.hostname} port=${target.port || 5432}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = trust
auth_file = ${join(folder, 'users.txt')}
pool_mode = ${poolMode}
; server connections per database and user, shared by every instance's client connections
default_pool_size = 20
max_client_conn = 500
; after PostgreSQL refused a connection, try again after 1 s (default 15 s: that long of errors once it is back)
server_login_retry = ${SERVER_LOGIN_RETRY_S}
; a client waits at most this long for a server connection (default 120 s)
query_wait_timeout = ${QUERY_WAIT_TIMEOUT_S}
`;

/** Resolves once PgBouncer logs that it listens; rejects if it exits first. */
const listening = (child: ChildProcess, log: () => string) =>
  new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (log().includes('listening on')) resolve();
    };
    child.stderr!.on('data', onData);
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`PgBouncer exited with ${code}:\n${log()}`)));
  });

/** Starts PgBouncer in front of `databaseUrl`'s server (user without a password, as the tests' PostgreSQL). */
export const startPgBouncer = async (databaseUrl: string, { poolMode = 'transaction' as PoolMode } = {}) => {
  const target = new URL(databaseUrl);
  const folder = mkdtempSync(join(tmpdir(), 'support-board-pgbouncer-'));
  // PgBouncer refuses to run as root: it then runs as `nobody`, who must read its files.
  chmodSync(folder, 0o755);
  const port = await freePort();
  writeFileSync(join(folder, 'pgbouncer.ini'), settings(target, port, folder, poolMode), { mode: 0o644 });
  writeFileSync(join(folder, 'users.txt'), `"${decodeURIComponent(target.username)}" ""\n`, { mode: 0o644 });
  const asRoot = process.getuid?.() === 0;
  const child = spawn(BINARY, [...(asRoot ? ['-u', 'nobody'] : []), join(folder, 'pgbouncer.ini')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const record = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout!.on('data', record);
  child.stderr!.on('data', record);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await listening(child, () => output);
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    /** What PgBouncer logged so far. */
    log: () => output,
    close: async () => {
      // SIGINT waits for clients to finish; SIGTERM stops at once.
      child.kill('SIGTERM');
      await exited;
      rmSync(folder, { recursive: true, force: true });
    },
  } satisfies PgBouncer & { log(): string };
};

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import postgres from 'postgres';
import { renewablePool } from './pool.js';
import { type DatabasePooler, type Pooler, resolvePooler } from './pooler.js';

export type Sql = postgres.Sql;
export type Tx = postgres.TransactionSql;
/** A pool or a transaction: what query modules take. */
export type Queryable = Sql | Tx;

export interface Database {
  sql: Sql;
  kind: 'embedded' | 'postgres';
  /**
   * What stands between the server and PostgreSQL (see pooler.ts). Behind one in transaction mode no
   * statement is prepared; behind any, a lost connection is tried again more than once.
   */
  pooler: Pooler;
  /** For the embedded database: a URL other processes can connect with while this one runs. */
  socketUrl?: string;
  /** For the embedded database: the PGlite instance itself. */
  pglite?: PGlite;
  /**
   * Replaces every connection with a fresh one, unless that was done at or after `since` (a
   * `performance.now()` time): after a lost connection, the others may be as dead. The embedded
   * database, in this process, has none to lose.
   */
  renew(since: number): void;
  close(): Promise<void>;
}

const POOL_SIZE = 10;

/**
 * The driver's options, the same for both databases. Every integer and timestamp column comes back
 * as text, as the original's mysqli does (`"id":"880"`): the wire format wants strings, and the few
 * numbers the API computes are converted where they are made.
 */
export const driverOptions = (extra: postgres.Options<{}> = {}): postgres.Options<{}> => ({
  max: POOL_SIZE,
  onnotice: () => {},
  types: {
    asText: { to: 25, from: [20, 21, 23, 1114, 1700], parse: (value: string) => value, serialize: String },
  } as never,
  connection: { TimeZone: 'UTC', application_name: 'support-board' },
  // Seconds before a closed connection is opened again for the statement that needs it, which waits
  // that long. The driver's default grows with every failure up to 20 s: after an outage of a
  // second, calls waited 10 to 20 s for a database that was back.
  backoff: (failures: number) => Math.min(0.01 * 2 ** failures, 0.1),
  ...extra,
});

/**
 * Opens drivers on `url`. A Unix socket folder can be given as in libpq,
 * `postgres://user@localhost/db?host=/path/to/folder` (the socket is `.s.PGSQL.<port>` in it): that
 * is how other processes reach a running embedded database (see `socketUrl`).
 */
const driverFor = (url: string) => {
  const parsed = new URL(url);
  const socketFolder = parsed.searchParams.get('host');
  parsed.searchParams.delete('host');
  const socket = socketFolder?.startsWith('/') ? { host: socketFolder } : {};
  return (extra: postgres.Options<{}> = {}) => postgres(parsed.toString(), driverOptions({ ...socket, ...extra }));
};

/** Connects to a PostgreSQL server, or to a pooler in front of one. */
export const connectPostgres = (url: string, extra: postgres.Options<{}> = {}, pooler: Pooler = 'none'): Database => {
  const connect = driverFor(url);
  const pool = renewablePool(() => connect({ prepare: pooler !== 'transaction', ...extra }));
  return {
    sql: pool.sql,
    kind: 'postgres',
    pooler,
    renew: pool.renew,
    close: pool.end,
  };
};

/**
 * The embedded PostgreSQL: PGlite (PostgreSQL compiled to WebAssembly) persisted in `dataDir`,
 * served on a private Unix socket so that the same `postgres` driver and the same SQL serve it.
 * `dataDir` undefined: in memory.
 */
export const openEmbedded = async (
  dataDir?: string,
  { loadDataDir }: { loadDataDir?: Blob } = {},
): Promise<Database> => {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    extensions: { pg_trgm },
  });
  await pglite.exec(`SET TIME ZONE 'UTC'`);
  // The socket is named as PostgreSQL names its own, so that clients find it from its folder.
  const socketFolder = mkdtempSync(join(tmpdir(), 'support-board-'));
  const socketPath = join(socketFolder, '.s.PGSQL.5432');
  // More connections are allowed for other processes (a benchmark's baseline, psql) that read.
  const server = new PGLiteSocketServer({ db: pglite, path: socketPath, maxConnections: POOL_SIZE * 4 });
  await server.start();
  // One connection: PGlite is a single session, and its socket server interleaves the extended-protocol
  // messages of concurrent connections, so a query on one connection during another's transaction can
  // lose its portal ("portal does not exist"). One connection pipelines the queries in order instead.
  const sql = postgres({ ...driverOptions(), max: 1, path: socketPath, username: 'postgres', database: 'postgres' });
  return {
    sql,
    kind: 'embedded',
    pooler: 'none',
    socketUrl: `postgres://postgres@localhost:5432/postgres?host=${socketFolder}`,
    pglite,
    renew: () => {},
    close: async () => {
      await sql.end({ timeout: 5 });
      await server.stop();
      await pglite.close();
      rmSync(socketFolder, { recursive: true, force: true });
    },
  };
};

/** `DATABASE_URL`'s PostgreSQL (through `pooler`: `auto` finds out); without a URL, the embedded one. */
export const openDatabase = async (options: {
  url?: string;
  dataDir: string;
  pooler?: DatabasePooler;
}): Promise<Database> => {
  if (!options.url) return openEmbedded(options.dataDir);
  return connectPostgres(options.url, {}, await resolvePooler(options.pooler ?? 'auto', driverFor(options.url)));
};

/** A `LIKE` pattern matching `text` anywhere, its own `%`, `_` and `\` taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * Runs `run` in a transaction where PostgreSQL does not scan whole tables. For the `ILIKE '%term%'`
 * searches: their trigram indexes always beat testing every row, but the planner's cost of ILIKE
 * does not know it and picks a full scan on tables of some thousands of rows, whose time then grows
 * with the table (measured: 15 ms for 10k users, ten times that for 100k).
 */
export const withIndexScans = <T>(sql: Sql, run: (tx: Tx) => Promise<T>): Promise<T> =>
  sql.begin(async (tx) => {
    await tx`SET LOCAL enable_seqscan = off`;
    return run(tx);
  }) as Promise<T>;

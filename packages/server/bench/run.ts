/**
 * `pnpm bench` (in packages/server): autocannon against the reference server and, in the same run,
 * against a bare Hono + `postgres` baseline doing one primary-key select on the same database
 * through the same connection pool. Prints req/s, p50/p99, errors and the ratio to the baseline.
 *
 *   pnpm bench                    small data set (1,000 users, 10,000 messages); baseline and get-user
 *                                 alternate five times and the median of each is reported
 *   pnpm bench --scale            10k users / 100k messages, then 100k users / 1M messages, with the
 *                                 searches (search-conversations, search-users, get-users with a
 *                                 search, one rare and one common) and get-new-messages at both sizes
 *   options: --duration 10 --connections 50; DATABASE_URL=... to use a PostgreSQL server
 *   (a fresh database is created on it and dropped afterwards); default: embedded PGlite.
 *
 * The servers run in this process; the load comes from autocannon in a process of its own, so that
 * generating requests does not take CPU from the server being measured.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { parseArgs, promisify } from 'node:util';
import { encodeCall, type MethodArgs, type MethodName, type Methods } from '@support-board/contract';
import postgres from 'postgres';
import { readConfig } from '../src/config.js';
import { connectPostgres, type Database, openEmbedded } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { createLogger } from '../src/log.js';
import { startServer } from '../src/server.js';
import { startBaseline } from './baseline.js';
import { seedBenchData } from './seed.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'boolean', default: false },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const autocannonCli = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
const TOKEN = randomBytes(20).toString('hex');
const ROUNDS = 5;

/** A fresh database: embedded in memory, or created on DATABASE_URL's server and dropped afterwards. */
const openBenchDatabase = async (): Promise<{ database: Database; drop(): Promise<void> }> => {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await openEmbedded();
    return { database, drop: () => database.close() };
  }
  const name = `sb_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = connectPostgres(url.toString());
  return {
    database,
    drop: async () => {
      await database.close();
      await admin.unsafe(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
};

interface Result {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

const autocannon = async (url: string, body: string, seconds: number) => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      autocannonCli,
      '--json',
      '-c',
      String(connections),
      '-d',
      String(seconds),
      '-m',
      'POST',
      '-H',
      'content-type=application/x-www-form-urlencoded',
      '-b',
      body,
      url,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
};

const load = async <N extends MethodName>(name: string, url: string, method: N, args: MethodArgs<Methods[N]>) => {
  const body = encodeCall(method, TOKEN, args as never);
  const check = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  const answer = (await check.json()) as { success?: boolean };
  if (answer.success !== true)
    throw new Error(`${name}: the call does not succeed: ${JSON.stringify(answer).slice(0, 200)}`);
  await autocannon(url, body, 2);
  const result = await autocannon(url, body, duration);
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  } satisfies Result;
};

const table = (title: string, results: Result[], baseline?: Result) => {
  const head = `${'call'.padEnd(34)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(8)}`;
  console.log(`\n${title}\n${head}${baseline ? 'vs baseline'.padStart(13) : ''}`);
  for (const r of results) {
    const ratio = baseline ? `${((r.rps / baseline.rps) * 100).toFixed(0)}%`.padStart(13) : '';
    const cells = [r.rps.toFixed(0), r.p50, r.p99].map((cell) => String(cell).padStart(9)).join('');
    console.log(`${r.name.padEnd(34)}${cells}${String(r.errors).padStart(8)}${ratio}`);
  }
};

const main = async () => {
  const { database, drop } = await openBenchDatabase();
  const config = { ...readConfig({ LOG_LEVEL: 'warn', ADMIN_TOKEN: TOKEN, SEED: 'false' }), port: 0 };
  await migrate(database.sql);
  const server = await startServer(config, { database, log: createLogger('warn') });
  const baseline = await startBaseline(database.sql);
  try {
    const small = values.scale ? { users: 10_000, messages: 100_000 } : { users: 1_000, messages: 10_000 };
    let ids = await seedBenchData(database.sql, small);
    const searchedEmail = ids.email;
    console.log(
      `${database.kind === 'embedded' ? 'embedded PGlite' : 'PostgreSQL'}; ${connections} connections, ${duration} s a call`,
    );

    const count = async () => Number((await database.sql<{ n: string }[]>`SELECT count(*) AS n FROM messages`)[0]!.n);
    /** Baseline and get-user alternate ROUNDS times; the median run of each is kept (this machine is noisy). */
    const sideBySide = async () => {
      const runs: { reference: Result; getUser: Result }[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const args = { user_id: ids.userId };
        const reference = await load('baseline: one primary-key select', baseline.api, 'get-user', args);
        runs.push({ reference, getUser: await load('get-user', server.apiUrl, 'get-user', args) });
      }
      const median = (pick: (run: (typeof runs)[number]) => Result) =>
        runs.map(pick).sort((a, b) => a.rps - b.rps)[Math.floor(ROUNDS / 2)]!;
      return { reference: median((run) => run.reference), getUser: median((run) => run.getUser) };
    };
    const core = async () => {
      const { reference, getUser } = await sideBySide();
      const before = await count();
      const results = [
        getUser,
        await load('get-conversations', server.apiUrl, 'get-conversations', {}),
        await load('send-message', server.apiUrl, 'send-message', {
          user_id: ids.customerId,
          conversation_id: ids.conversationId,
          message: 'Hello from the benchmark',
        }),
      ];
      // Every accepted send-message (the warm-up included) must have stored its message.
      console.log(
        `send-message: ${(await count()) - before} messages stored (${results[2]!.requests} calls measured + warm-up)`,
      );
      return { reference, results };
    };
    const searches = async () => [
      await load('search-conversations (a ticket code)', server.apiUrl, 'search-conversations', { search: ids.ticket }),
      await load('search-users (one email)', server.apiUrl, 'search-users', { search: searchedEmail }),
      await load('get-users (search: one email)', server.apiUrl, 'get-users', { search: searchedEmail }),
      await load('get-users (search: a common name)', server.apiUrl, 'get-users', { search: 'Tanaka' }),
      await load('get-new-messages (last hour)', server.apiUrl, 'get-new-messages', {
        user_id: ids.recent.userId,
        conversation_id: ids.recent.conversationId,
        datetime: new Date(Date.now() - 3_600_000).toISOString().slice(0, 19).replace('T', ' '),
      }),
    ];

    const first = await core();
    table(`${small.users} users, ${small.messages} messages`, [first.reference, ...first.results], first.reference);
    if (!values.scale) return;
    const firstSearches = await searches();
    table('searches', firstSearches);

    console.log('\nseeding up to 100,000 users and 1,000,000 messages...');
    ids = await seedBenchData(database.sql, { users: 90_000, messages: 900_000 });
    const second = await core();
    const secondSearches = await searches();
    table('100,000 users, 1,000,000 messages', [second.reference, ...second.results], second.reference);
    table('searches', secondSearches);
    console.log('\np99 latency at full size against 10k (aim: 2x or less)');
    [...first.results, ...firstSearches].forEach((r, i) => {
      const big = [...second.results, ...secondSearches][i]!;
      console.log(`${r.name.padEnd(34)}${(big.p99 / Math.max(r.p99, 1)).toFixed(2).padStart(8)}x`);
    });
  } finally {
    await baseline.close();
    await server.close();
    await drop();
  }
};

await main();

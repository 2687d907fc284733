/**
 * `pnpm bench` (in packages/server): autocannon against the reference server and, in the same run,
 * against bare Hono + `postgres` baselines on the same database through the same connection pool
 * (baseline.ts): one primary-key select for get-user, a bare transaction with the same writes for
 * send-message. Prints req/s, p50/p99, errors and each call's ratio to its baseline.
 *
 *   pnpm bench                    small data set (1,000 users, 10,000 messages); each baseline and its
 *                                 call alternate five times and the median of each is reported
 *   pnpm bench --scale            10k users / 100k messages, then 100k users / 1M messages, with the
 *                                 searches (search-conversations, search-users, get-users with a
 *                                 search, one rare and one common) and get-new-messages at both sizes
 *                                 (each three times, in turns, and the median run kept)
 *   pnpm bench --profile send-message   (or get-user, search-users) the server's CPU profile under that call, summed
 *                                 by part; for send-message, also what each part of its bare
 *                                 transaction costs (the outbox row, the trigger, the trigram index,
 *                                 the round trips), each variant against the whole, side by side
 *   pnpm bench --pgbouncer        (DATABASE_URL needed) the server straight to PostgreSQL and a second one
 *                                 through PgBouncer in transaction mode (started in front of it as the
 *                                 tests start it), side by side: what the pooler costs
 *   options: --duration 10 --connections 50; DATABASE_URL=... to use a PostgreSQL server
 *   (a fresh database is created on it and dropped afterwards); default: embedded PGlite.
 *
 * The servers run in this process; the load comes from autocannon in a process of its own, so that
 * generating requests does not take CPU from the server being measured.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { parseArgs, promisify } from 'node:util';
import { encodeCall, type MethodArgs, type MethodName, type Methods } from '@support-board/contract';
import { readConfig } from '../dist/config.js';
import { type Database, openDatabase } from '../dist/db/database.js';
import { migrate } from '../dist/db/migrate.js';
import { createLogger } from '../dist/log.js';
import { startServer } from '../dist/server.js';
import { startPgBouncer } from '../tests/helpers/pgbouncer.js';
import { type SendMessageVariant, startBaseline } from './baseline.js';
import { openBenchDatabase } from './database.js';
import { printShares, profiled } from './profile.js';
import { seedBenchData } from './seed.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'boolean', default: false },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    profile: { type: 'string' },
    pgbouncer: { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const autocannonCli = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
const TOKEN = randomBytes(20).toString('hex');
const ROUNDS = 5;
/** A single run of a search moved by up to a third between runs minutes apart: three, and their median. */
const SEARCH_ROUNDS = 3;

interface Result {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  /** µs of this process's CPU time per call. */
  cpuPerCall: number;
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
  // This process's CPU time (the server's or the baseline's; autocannon runs in its own): per call, a
  // figure the machine's other load moves much less than req/s.
  const cpu = process.cpuUsage();
  const result = await autocannon(url, body, duration);
  const { user, system } = process.cpuUsage(cpu);
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
    cpuPerCall: (user + system) / Math.max(result.requests.total, 1),
  } satisfies Result;
};

/** Rows of results; a row with a baseline shows its req/s as a ratio of the baseline's, measured alongside. */
const table = (title: string, rows: { result: Result; baseline?: Result }[]) => {
  const width = Math.max(38, ...rows.map((row) => row.result.name.length + 2));
  const head = `${'call'.padEnd(width)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(8)}${'CPU µs'.padStart(9)}`;
  const compared = rows.some((row) => row.baseline);
  console.log(`\n${title}\n${head}${compared ? `${'vs baseline'.padStart(13)}${'CPU vs'.padStart(8)}` : ''}`);
  for (const { result: r, baseline } of rows) {
    // req/s as a share of the baseline's; CPU per call as the baseline's CPU per call over this one's.
    const ratios = baseline
      ? `${(r.rps / baseline.rps).toFixed(2).padStart(13)}${(baseline.cpuPerCall / r.cpuPerCall).toFixed(2).padStart(8)}`
      : '';
    const cells = [r.rps.toFixed(0), r.p50, r.p99].map((cell) => String(cell).padStart(9)).join('');
    console.log(
      `${r.name.padEnd(width)}${cells}${String(r.errors).padStart(8)}${r.cpuPerCall.toFixed(0).padStart(9)}${ratios}`,
    );
  }
};

/** Where the server's webhooks go: a receiver in this process that reads each body and answers 204. */
const startReceiver = async () => {
  const receiver = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(204).end());
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhook`,
    close: () => new Promise<void>((resolve) => receiver.close(() => resolve())),
  };
};

/** The median run of `runs` by req/s. */
const median = (runs: Result[]) => runs.sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)]!;

/** Two servers (or a server and its baseline) under the same call, in turns, ROUNDS times; the median run of each. */
const alternate = async <N extends MethodName>(
  first: { name: string; url: string },
  second: { name: string; url: string },
  method: N,
  args: MethodArgs<Methods[N]>,
) => {
  const runs: { baseline: Result; result: Result }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const baseline = await load(first.name, first.url, method, args);
    runs.push({ baseline, result: await load(second.name, second.url, method, args) });
  }
  return { baseline: median(runs.map((run) => run.baseline)), result: median(runs.map((run) => run.result)) };
};

/**
 * What each part of send-message's bare transaction costs: the whole, then without one part at a
 * time, measured in turns (three rounds, medians), each as a ratio of the whole.
 */
const parts = async (database: Database, webhookUrl: string, args: MethodArgs<Methods['send-message']>) => {
  const { sql } = database;
  const variant = async (name: string, options: SendMessageVariant, around?: [string, string]) => {
    const server = await startBaseline(sql, webhookUrl, options);
    return { name, server, around };
  };
  const variants = [
    await variant('bare transaction: the whole', {}),
    await variant('  without the outbox row', { noOutbox: true }),
    await variant('  without the last-message trigger', {}, [
      'ALTER TABLE messages DISABLE TRIGGER messages_track_last_message',
      'ALTER TABLE messages ENABLE TRIGGER messages_track_last_message',
    ]),
    await variant('  without the trigram index on messages', {}, [
      'DROP INDEX messages_search',
      'CREATE INDEX messages_search ON messages USING gin (message gin_trgm_ops, attachments gin_trgm_ops)',
    ]),
    await variant('  its three writes in one round trip', { pipelined: true }),
  ];
  const runs = variants.map(() => [] as Result[]);
  for (let round = 0; round < 3; round++) {
    for (const [i, { name, server, around }] of variants.entries()) {
      if (around) await sql.unsafe(around[0]);
      runs[i]!.push(await load(name, server.api, 'send-message', args));
      if (around) await sql.unsafe(around[1]);
    }
  }
  const whole = median(runs[0]!);
  table('what each part of the bare send-message transaction costs', [
    { result: whole },
    ...runs.slice(1).map((variantRuns) => ({ result: median(variantRuns), baseline: whole })),
  ]);
  for (const { server } of variants) await server.close();
};

const main = async () => {
  const { database, url, drop } = await openBenchDatabase();
  const receiver = await startReceiver();
  const env = { LOG_LEVEL: 'warn', ADMIN_TOKEN: TOKEN, SEED: 'false', WEBHOOK_URL: receiver.url };
  const config = { ...readConfig(env), port: 0 };
  await migrate(database.sql);
  const server = await startServer(config, { database, log: createLogger('warn') });
  const baseline = await startBaseline(database.sql, receiver.url);
  try {
    const small = values.scale ? { users: 10_000, messages: 100_000 } : { users: 1_000, messages: 10_000 };
    let ids = await seedBenchData(database.sql, small);
    const searchedEmail = ids.email;
    console.log(
      `${database.kind === 'embedded' ? 'embedded PGlite' : 'PostgreSQL'}; ${connections} connections, ${duration} s a call; webhooks on`,
    );

    const count = async () => Number((await database.sql<{ n: string }[]>`SELECT count(*) AS n FROM messages`)[0]!.n);
    /** A call and its baseline alternate ROUNDS times; the median run of each is kept (this machine is noisy). */
    const sideBySide = <N extends MethodName>(name: string, method: N, args: MethodArgs<Methods[N]>) =>
      alternate({ name: `baseline: ${name}`, url: baseline.api }, { name: method, url: server.apiUrl }, method, args);
    const sendArgs = () => ({
      user_id: ids.customerId,
      conversation_id: ids.conversationId,
      message: 'Hello from the benchmark',
    });
    if (values.pgbouncer) {
      if (!url) throw new Error('--pgbouncer needs DATABASE_URL (a PostgreSQL server)');
      const pgbouncer = await startPgBouncer(url);
      const pooled = await openDatabase({ url: pgbouncer.url, dataDir: '' });
      const behind = await startServer(config, { database: pooled, log: createLogger('warn') });
      try {
        const straight = { name: 'straight to PostgreSQL', url: server.apiUrl };
        const through = { name: `through PgBouncer (${pooled.pooler} mode)`, url: behind.apiUrl };
        const rows = [];
        for (const [method, args] of [
          ['get-user', { user_id: ids.userId }],
          ['send-message', sendArgs()],
        ] as const) {
          const { baseline: direct, result } = await alternate(straight, through, method, args as never);
          rows.push({ result: { ...direct, name: `${method}: ${direct.name}` } });
          rows.push({ result: { ...result, name: `${method}: ${result.name}` }, baseline: direct });
        }
        table('the server straight to PostgreSQL and through PgBouncer, side by side', rows);
      } finally {
        await behind.close();
        await pooled.close();
        await pgbouncer.close();
      }
      return;
    }
    if (values.profile) {
      const profiledCalls = {
        'get-user': { user_id: ids.userId },
        'send-message': sendArgs(),
        'search-users': { search: searchedEmail },
      } as const;
      if (!(values.profile in profiledCalls)) {
        throw new Error(`--profile takes one of ${Object.keys(profiledCalls).join(', ')}`);
      }
      const method = values.profile as keyof typeof profiledCalls;
      const { shares } = await profiled(() => load(method, server.apiUrl, method, profiledCalls[method] as never));
      printShares(`${method} under load`, shares);
      if (method === 'send-message') await parts(database, receiver.url, sendArgs());
      return;
    }
    const core = async () => {
      const getUser = await sideBySide('one primary-key select', 'get-user', { user_id: ids.userId });
      const before = await count();
      const sendMessage = await sideBySide('a bare send-message transaction', 'send-message', sendArgs());
      // Every accepted send-message (warm-ups and baselines included) must have stored its message.
      const sent = await count();
      console.log(`send-message: ${sent - before} messages stored in ${ROUNDS * 2} runs (and their warm-ups)`);
      const getConversations = await load('get-conversations', server.apiUrl, 'get-conversations', {});
      return [
        { result: getUser.baseline },
        getUser,
        { result: sendMessage.baseline },
        sendMessage,
        { result: getConversations },
      ];
    };
    const searchCalls = [
      () => load('search-conversations (a ticket code)', server.apiUrl, 'search-conversations', { search: ids.ticket }),
      () => load('search-users (one email)', server.apiUrl, 'search-users', { search: searchedEmail }),
      () => load('get-users (search: one email)', server.apiUrl, 'get-users', { search: searchedEmail }),
      () => load('get-users (search: a common name)', server.apiUrl, 'get-users', { search: 'Tanaka' }),
      () =>
        load('get-new-messages (last hour)', server.apiUrl, 'get-new-messages', {
          user_id: ids.recent.userId,
          conversation_id: ids.recent.conversationId,
          datetime: new Date(Date.now() - 3_600_000).toISOString().slice(0, 19).replace('T', ' '),
        }),
    ];
    /** Each search runs SEARCH_ROUNDS times, in turns with the others; the median run of each is kept. */
    const searches = async () => {
      const runs = searchCalls.map(() => [] as Result[]);
      for (let round = 0; round < SEARCH_ROUNDS; round++) {
        for (const [i, call] of searchCalls.entries()) runs[i]!.push(await call());
      }
      return runs.map(median);
    };

    /** The server's rows (not the baselines'), to compare the two sizes. */
    const own = (rows: { result: Result; baseline?: Result }[]) =>
      rows.filter((row) => !row.result.name.startsWith('baseline')).map((row) => row.result);
    const first = await core();
    table(`${small.users} users, ${small.messages} messages`, first);
    if (!values.scale) return;
    const firstSearches = await searches();
    table(
      'searches',
      firstSearches.map((result) => ({ result })),
    );

    console.log('\nseeding up to 100,000 users and 1,000,000 messages...');
    ids = await seedBenchData(database.sql, { users: 90_000, messages: 900_000 });
    const second = await core();
    const secondSearches = await searches();
    table('100,000 users, 1,000,000 messages', second);
    table(
      'searches',
      secondSearches.map((result) => ({ result })),
    );
    // Each call's time at full size as a multiple of its time at 10k, three ways: throughput (the
    // steadiest on a shared machine: each run's 50 connections keep the server and PostgreSQL busy),
    // and the p50 and p99 latencies.
    console.log(
      `\nat full size against 10k (aim: 2x or less)\n${'call'.padEnd(38)}${'req/s'.padStart(8)}${'p50'.padStart(8)}${'p99'.padStart(8)}`,
    );
    [...own(first), ...firstSearches].forEach((r, i) => {
      const big = [...own(second), ...secondSearches][i]!;
      const times = [r.rps / big.rps, big.p50 / Math.max(r.p50, 1), big.p99 / Math.max(r.p99, 1)];
      console.log(`${r.name.padEnd(38)}${times.map((x) => `${x.toFixed(2)}x`.padStart(8)).join('')}`);
    });
  } finally {
    await baseline.close();
    await server.close();
    await receiver.close();
    await drop();
  }
};

await main();

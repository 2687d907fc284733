/**
 * Throughput of the mock (static mode, its request log on, as a user runs it) beside Stoplight
 * Prism 5 serving get-user from the contract's OpenAPI document and a bare Hono server answering the
 * same JSON (the ceiling: see bare-hono.mjs), under autocannon with the same request: get-user with a
 * form body. Prism routes by path and cannot dispatch on `function`, so it gets a document of that
 * one operation at a real path (`/include/api.php/get-user`), its best case; the others get the real
 * `POST /include/api.php`.
 * The mock runs from its build (`node dist/cli.js`), as `npx sb-mock` runs it: from the TypeScript
 * sources through tsx it serves a quarter less. Its log lines go to /dev/null: formatted and
 * written, as to a terminal, not kept.
 *
 * With --rounds N, the targets are loaded in turn N times and each one's median round is kept: on a
 * machine busy with other work, that spreads the noise over all three alike.
 *
 *   pnpm --filter @support-board/mock bench [--duration 10] [--connections 50] [--warmup 3] [--rounds 1]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openApiText } from '../src/node/built-files.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '1' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const warmup = Number(values.warmup);
const rounds = Number(values.rounds);

const body = 'token=YOUR-TOKEN&function=get-user&user_id=123456&extra=true';
const headers = { 'content-type': 'application/x-www-form-urlencoded' };

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Started detached, so that the whole process group (a shell shim and its node) can be stopped. */
const start = (command: string, args: string[]) =>
  spawn(command, args, { cwd: root, detached: true, stdio: ['ignore', 'ignore', 'inherit'] });

const stop = (child: ChildProcess) => {
  if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
};

const ready = async (url: string, timeoutMs = 120_000) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { method: 'POST', headers, body });
      if (response.ok) return await response.json();
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
};

const load = async (url: string, seconds: number) => {
  const result = await autocannon({ url, method: 'POST', headers, body, connections, duration: seconds });
  return { rps: result.requests.average, p99: result.latency.p99, failed: result.errors + result.non2xx };
};

const document = openApiText();
if (!document) throw new Error('The contract is not built: run pnpm --filter @support-board/contract build.');
const parsed = JSON.parse(document) as { paths: Record<string, unknown> };
// Prism's best case: the one operation called, get-user (its cost grows with the document's size).
parsed.paths = { '/include/api.php/get-user': parsed.paths['/include/api.php#get-user'] };
const documentFile = join(mkdtempSync(join(tmpdir(), 'sb-mock-bench-')), 'openapi.json');
writeFileSync(documentFile, JSON.stringify(parsed));

const [mockPort, prismPort, honoPort] = [await freePort(), await freePort(), await freePort()];
const mock = start(process.execPath, ['dist/cli.js', '--port', String(mockPort)]);
const prism = start(join(root, 'node_modules/.bin/prism'), [
  'mock',
  documentFile,
  '--port',
  String(prismPort),
  '--host',
  '127.0.0.1',
  '--verboseLevel',
  'silent',
]);
const mockUrl = `http://127.0.0.1:${mockPort}/include/api.php`;
let hono: ChildProcess | undefined;
const targets = [
  { name: 'sb-mock (static)', url: mockUrl },
  { name: 'Prism 5.14.2', url: `http://127.0.0.1:${prismPort}/include/api.php/get-user` },
  { name: 'bare Hono', url: `http://127.0.0.1:${honoPort}/include/api.php` },
];

try {
  // The baseline answers the mock's exact bytes.
  const answer = JSON.stringify(await ready(mockUrl));
  hono = start(process.execPath, ['bench/bare-hono.mjs', String(honoPort), answer]);
  const answers = await Promise.all(targets.map((target) => ready(target.url)));
  const same = answers.every((other) => JSON.stringify(other) === answer);
  console.log(`Request: POST get-user, form body "${body}"; all answer the same JSON: ${same}`);
  console.log(
    `autocannon: ${connections} connections, ${warmup} s warm-up, ${duration} s measured, one at a time, ${rounds} round(s)\n`,
  );
  for (const target of targets) await load(target.url, warmup);
  const measured = targets.map(() => [] as Awaited<ReturnType<typeof load>>[]);
  for (let round = 0; round < rounds; round++) {
    for (const [i, target] of targets.entries()) measured[i]!.push(await load(target.url, duration));
  }
  const median = (runs: Awaited<ReturnType<typeof load>>[]) =>
    [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)]!;
  const results = targets.map((target, i) => ({ ...target, ...median(measured[i]!) }));
  const row = (cells: (string | number)[]) =>
    console.log(cells.map((cell, i) => (i ? String(cell).padStart(10) : String(cell).padEnd(20))).join(''));
  row(['', 'req/s', 'p99 ms', 'errors']);
  for (const r of results) row([r.name, Math.round(r.rps).toLocaleString('en'), r.p99, r.failed]);
  const [ours, prismResult, bare] = results as [(typeof results)[0], (typeof results)[0], (typeof results)[0]];
  const throughput = (ours.rps / prismResult.rps).toFixed(1);
  const latency = (prismResult.p99 / Math.max(ours.p99, 1)).toFixed(1);
  console.log(`\nsb-mock / Prism: ${throughput}x the throughput, p99 ${latency}x lower`);
  console.log(`sb-mock / bare Hono: ${(ours.rps / bare.rps).toFixed(2)} of the throughput`);
} finally {
  stop(mock);
  stop(prism);
  if (hono) stop(hono);
}

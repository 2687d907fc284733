/**
 * Calibrates the suite on the original Support Board: runs it at level core judging as 3.3, as 3.0,
 * and as 3.3 without the checks tagged for the original, then at level full as 3.3, against a
 * running original through a recording proxy, and writes every request,
 * every answer and every verdict to calibration/original-3.3.6.json.gz, which tests/calibration.test.ts
 * replays in CI. Run it again whenever a change of the suite changes the requests it sends.
 *
 *   ../../../shared/tools/original.sh <git dir of github:hellob5code/mediagap-supportboard> 8999 a09d9e9
 *   pnpm calibrate --target http://127.0.0.1:8999/include/api.php --token <its admin token>
 */
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { runConformance } from '../src/index.js';
import {
  type Exchange,
  RECORDING_PATH,
  type RecordedRun,
  type Recording,
  redact,
  requestKey,
  restore,
} from './recording.js';

/** What a vendor leaves out to see whether a server answers as the original does. */
const TAGGED_FOR_THE_ORIGINAL = ['hardening', 'reference', 'fails-on-original'];

const ORIGINAL = 'Support Board 3.3.6 (github:hellob5code/mediagap-supportboard at a09d9e9), PHP 8.2, MariaDB';

/** A loopback proxy to the original that records each exchange; answers point back at the proxy. */
const startRecordingProxy = async (target: string, token: string) => {
  const upstream = new URL(target).origin;
  const exchanges: Exchange[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const method = request.method ?? 'GET';
    const answer = await fetch(method === 'POST' ? target : `${upstream}${request.url}`, {
      method,
      ...(method === 'POST' ? { body, headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {}),
    });
    const recorded = redact(await answer.text(), upstream, token);
    const contentType = answer.headers.get('content-type') ?? '';
    exchanges.push({
      request: requestKey(method, request.url ?? '/', body, token),
      status: answer.status,
      contentType,
      body: recorded,
    });
    response.writeHead(answer.status, { 'content-type': contentType }).end(restore(recorded, proxy, token));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxy = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${proxy}${new URL(target).pathname}`,
    exchanges,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

const record = async (
  target: string,
  token: string,
  { apiVersion, level = 'core', skipTags = [] }: Pick<RecordedRun, 'apiVersion'> & Partial<RecordedRun>,
): Promise<RecordedRun> => {
  const proxy = await startRecordingProxy(target, token);
  try {
    const report = await runConformance({ target: proxy.url, token, apiVersion, level, skipTags });
    const { passed, failed, blocked } = report.totals;
    const options = `${level === 'full' ? ' --level full' : ''}${skipTags.length ? ` --skip-tag ${skipTags.join(',')}` : ''}`;
    const { skipped } = report.totals;
    console.log(
      `API ${apiVersion}${options}: ${passed} passed, ${failed} failed, ${blocked} blocked, ${skipped} skipped, ${proxy.exchanges.length} requests`,
    );
    return {
      apiVersion,
      level,
      skipTags,
      marker: report.marker,
      verdicts: Object.fromEntries(report.checks.map((check) => [check.id, check.status])),
      exchanges: proxy.exchanges,
    };
  } finally {
    await proxy.close();
  }
};

const { values } = parseArgs({
  options: {
    target: { type: 'string' },
    token: { type: 'string' },
    out: { type: 'string', default: RECORDING_PATH },
  },
});
if (!values.target || !values.token) {
  console.error('usage: pnpm calibrate --target <URL of the original include/api.php> --token <its admin token>');
  process.exit(2);
}
const recording: Recording = {
  original: ORIGINAL,
  recordedAt: new Date().toISOString().slice(0, 10),
  runs: [
    await record(values.target, values.token, { apiVersion: '3.3' }),
    await record(values.target, values.token, { apiVersion: '3.0' }),
    await record(values.target, values.token, { apiVersion: '3.3', skipTags: TAGGED_FOR_THE_ORIGINAL }),
    // The integrations and reference checks too (no webhook receiver, no load: the original sends
    // no webhook from the API, and its speed is not the suite's to judge).
    await record(values.target, values.token, { apiVersion: '3.3', level: 'full' }),
  ],
};
// Gzipped: some 2.4 MB of JSON, mostly the conversation lists the suite reads, take 100 KB.
await writeFile(values.out, gzipSync(`${JSON.stringify(recording, null, 1)}\n`, { level: 9 }));
console.log(`Written: ${values.out}`);

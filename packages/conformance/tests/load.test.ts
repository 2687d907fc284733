/**
 * Load profiles never pass on nothing. Stand-ins on loopback (real sockets) sit in front of the
 * reference server and change how answers travel: with `Connection: close` and no Content-Length
 * (as PHP's built-in server answers), or, for the load's requests only, never or with a reset. Each
 * profile fails with a finding that says what was sent and read.
 */
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadFindings } from '../src/checks/load/judge-load.js';
import { LOAD_HEADERS } from '../src/checks/load/load-request.js';
import type { LoadResult, Report } from '../src/index.js';
import { startBrokenTarget, type Wire } from './support/broken-target.js';
import { startReferenceServer, type Target } from './support/reference.js';
import { failedIds, findingsOf, runAgainst } from './support/run.js';

const LOAD = { duration: 1, connections: 2, maxP99: 10_000, maxErrorRate: 0 };
// Short, so that a silent target is told in seconds; the checks' own calls take milliseconds.
const TIMEOUT_MS = 2000;
const PROFILES = ['load/read', 'load/write', 'load/mixed'];

const isLoad = (request: IncomingMessage) => request.headers['user-agent'] === LOAD_HEADERS['user-agent'];

let reference: Target;
beforeAll(async () => {
  reference = await startReferenceServer();
});
afterAll(() => reference?.close());

const runLoadAgainst = async (wire: (request: IncomingMessage) => Wire | undefined, only = ['load']) => {
  const standIn = await startBrokenTarget(reference, { wire });
  try {
    return await runAgainst(standIn, { only, load: LOAD, timeoutMs: TIMEOUT_MS });
  } finally {
    await standIn.close();
  }
};

const answersFinding = (report: Report) => findingsOf(report).filter((finding) => finding.path === 'answers');

describe('load against a target whose answers end when the connection closes', () => {
  test('autocannon reads none of its answers: every profile fails, saying what was sent and read', async () => {
    const report = await runLoadAgainst(() => 'close-delimited');
    expect(failedIds(report)).toEqual(PROFILES);
    expect(answersFinding(report)).toEqual(
      PROFILES.map(() =>
        expect.objectContaining({
          received: expect.stringMatching(/^\d+ requests sent, 0 answers read, 0 bytes read/),
        }),
      ),
    );
  }, 60_000);
});

describe('load against a target that does not answer the load', () => {
  test('a target that accepts the connections and never answers fails every profile: nothing was read', async () => {
    const report = await runLoadAgainst((request) => (isLoad(request) ? 'silent' : undefined));
    expect(failedIds(report)).toEqual(PROFILES);
    expect(answersFinding(report)).toEqual(
      PROFILES.map(() =>
        expect.objectContaining({
          received: expect.stringMatching(/^\d+ requests? sent, 0 answers read, 0 bytes read, 0 failed/),
          hint: expect.stringContaining('Try --connections 1'),
        }),
      ),
    );
    for (const result of report.load) expect(result).toMatchObject({ answers: 0, bytesRead: 0, errorRate: 0 });
  }, 60_000);

  test('a target that resets the connections fails every profile, with the reset as an example', async () => {
    const report = await runLoadAgainst((request) => (isLoad(request) ? 'reset' : undefined));
    expect(failedIds(report)).toEqual(PROFILES);
    for (const check of report.checks) {
      expect(check.findings.map((f) => f.path)).toEqual(['answers', 'error rate']);
      expect(check.findings[1]?.received).toMatch(/^100\.00%: \d+ of \d+, e\.g\. (read ECONNRESET|socket hang up)/);
    }
    for (const result of report.load) expect(result).toMatchObject({ answers: 0, errorRate: 1 });
  }, 60_000);
});

describe('load findings', () => {
  const measured = (figures: Partial<LoadResult>): LoadResult => ({
    profile: 'read',
    connections: 10,
    durationSeconds: 10,
    sent: 0,
    answers: 0,
    bytesRead: 0,
    requests: 0,
    requestsPerSecond: 0,
    p50: 0,
    p99: 0,
    errors: 0,
    errorRate: 0,
    samples: [],
    ...figures,
  });
  const paths = (result: LoadResult) =>
    loadFindings(result, { maxErrorRate: 0.01, maxP99: 1000 }, 'get-user').map((f) => f.path);

  test('nothing answered fails, though the error rate and the latency of no answer look perfect', () => {
    expect(paths(measured({ sent: 10 }))).toEqual(['answers']);
  });

  test('far fewer answers than requests sent fails: connections that stalled after a few answers', () => {
    expect(paths(measured({ sent: 15, answers: 5, requests: 5, bytesRead: 900, p50: 3, p99: 8 }))).toEqual(['answers']);
  });

  test('requests still open when the run ends, one per connection, are no finding', () => {
    expect(paths(measured({ sent: 1010, answers: 1000, requests: 1000, bytesRead: 180_000, p50: 3, p99: 8 }))).toEqual(
      [],
    );
  });
});

/**
 * Load profiles never pass on nothing. Stand-ins on loopback (real sockets) sit in front of the
 * reference server and change how answers travel: with `Connection: close` and no Content-Length
 * (as PHP's built-in server answers), or, for the load's requests only, never or with a reset. Each
 * profile either measures the target truly or fails with a finding that says what was sent and read.
 */
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadFindings } from '../src/checks/load/judge-load.js';
import { LOAD_HEADERS } from '../src/checks/load/load-request.js';
import { type LoadResult, paint, type Report, summary } from '../src/index.js';
import { startBrokenTarget, type Wire } from './support/broken-target.js';
import { startReferenceServer, type Target } from './support/reference.js';
import { describeFailures, failedIds, findingsOf, runAgainst } from './support/run.js';

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

const answersFindings = (report: Report) => findingsOf(report).filter((finding) => finding.path === 'answers');

describe('load against a target whose answers end when the connection closes', () => {
  test('every profile is measured on a new connection per request: real answers, bytes and latency', async () => {
    const report = await runLoadAgainst(() => 'close-delimited');
    expect(failedIds(report), describeFailures(report)).toEqual([]);
    expect(report.load.map((l) => l.profile)).toEqual(['read', 'write', 'mixed']);
    for (const result of report.load) {
      expect(result).toMatchObject({
        client: 'connection-per-request',
        probe: 'HTTP/1.1 200, Connection: close, no Content-Length',
        errors: 0,
      });
      expect(result.answers).toBeGreaterThan(0);
      // Requests open when the duration ends are awaited: every one sent is answered.
      expect(result.answers).toBe(result.sent);
      expect(result.bytesRead).toBeGreaterThan(result.answers * 100);
      expect(result.requestsPerSecond).toBeGreaterThan(0);
      expect(result.p99).toBeGreaterThanOrEqual(result.p50);
      expect(result.p99).toBeGreaterThan(0);
    }
    expect(summary(report, paint(false))).toContain(
      'read, write, mixed: a new connection per request; the request before the load saw ' +
        'HTTP/1.1 200, Connection: close, no Content-Length',
    );
  }, 60_000);
});

describe('load against a target that does not answer the load', () => {
  test('a target that accepts the connections and never answers fails every profile: nothing was read', async () => {
    const report = await runLoadAgainst((request) => (isLoad(request) ? 'silent' : undefined));
    expect(failedIds(report)).toEqual(PROFILES);
    expect(answersFindings(report)).toEqual(
      PROFILES.map(() =>
        expect.objectContaining({
          received: expect.stringMatching(
            /^\d+ requests? sent, 0 answers read, 0 bytes read, \d+ failed .*; the request before the load: no answer within 2000 ms$/,
          ),
          hint: expect.stringContaining('Try --connections 1'),
        }),
      ),
    );
    for (const result of report.load) expect(result).toMatchObject({ answers: 0, bytesRead: 0, errorRate: 1 });
  }, 90_000);

  test('a target that resets the connections fails every profile, with the reset as an example', async () => {
    const report = await runLoadAgainst((request) => (isLoad(request) ? 'reset' : undefined));
    expect(failedIds(report)).toEqual(PROFILES);
    expect(answersFindings(report)).toHaveLength(3);
    for (const check of report.checks) {
      expect(check.findings.map((f) => f.path)).toEqual(['answers', 'error rate']);
      expect(check.findings[1]?.received).toMatch(/^100\.00%: \d+ of \d+, e\.g\. (read ECONNRESET|socket hang up)/);
    }
    for (const result of report.load) expect(result).toMatchObject({ answers: 0, errorRate: 1 });
  }, 60_000);

  // The probe is answered on a kept-alive connection, so autocannon runs, and reads nothing.
  test.each([
    ['stops answering', 'silent'],
    ['resets every connection', 'reset'],
  ] as const)(
    'a target that answers the request before the load, then %s, fails with what autocannon sent and read',
    async (_, wire) => {
      let loadRequests = 0;
      const report = await runLoadAgainst(
        (request) => (isLoad(request) && ++loadRequests > 1 ? wire : undefined),
        ['load/read'],
      );
      expect(failedIds(report)).toEqual(['load/read']);
      expect(report.load).toEqual([expect.objectContaining({ client: 'keep-alive', answers: 0, bytesRead: 0 })]);
      expect(answersFindings(report)).toEqual([
        expect.objectContaining({
          received: expect.stringMatching(
            /^\d+ requests? sent, 0 answers read, 0 bytes read, .*, Connection: keep-alive, (Content-Length: \d+|chunked)$/,
          ),
        }),
      ]);
    },
    60_000,
  );
});

describe('load findings', () => {
  const measured = (figures: Partial<LoadResult>): LoadResult => ({
    profile: 'read',
    connections: 10,
    client: 'keep-alive',
    probe: 'HTTP/1.1 200, Connection: keep-alive, Content-Length: 75',
    durationSeconds: 10,
    sent: 0,
    answers: 0,
    bytesRead: 0,
    requests: 0,
    requestsPerSecond: 0,
    p50: 0,
    p90: 0,
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

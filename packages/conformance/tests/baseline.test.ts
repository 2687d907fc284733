/**
 * --baseline and --fail-on new, against two targets that differ by one behaviour: the reference
 * server, and the same server behind a wrapper whose add-user answers duplicate-email as a success.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';
import { compareWithBaseline } from '../src/report/baseline.js';
import type { Report } from '../src/report/report.js';
import { startBrokenTarget } from './support/broken-target.js';
import { startReferenceServer, type Target } from './support/reference.js';

const DUPLICATE = 'negative/error-code/add-user/duplicate-email';
const USER_TYPE = 'negative/error-code/add-user/invalid-user-type';

let reference: Target;
let broken: Target;

beforeAll(async () => {
  reference = await startReferenceServer();
  broken = await startBrokenTarget(reference, {
    answer: ({ fields, body }) =>
      fields.function === 'add-user' && body.response === 'duplicate-email'
        ? { success: true, response: 2_000_000_000 }
        : undefined,
  });
});
afterAll(async () => {
  await broken?.close();
  await reference?.close();
});

/** Runs the command line against a target with these checks; answers its exit status, output and report. */
const run = async (target: Target, checks: string[], ...flags: string[]) => {
  const dir = await mkdtemp(join(tmpdir(), 'sb-conformance-baseline-'));
  const out: string[] = [];
  const args = ['--target', target.url, '--token', target.token, '--only', checks.join(','), '--no-color'];
  const code = await main([...args, '--report', dir, ...flags], { out: (text) => out.push(text), err: () => {} }, {});
  const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as Report;
  return { code, out: out.join('\n'), report, baseline: join(dir, 'report.json') };
};

describe('--baseline: what changed since a previous run', () => {
  test('a check failing now that passed in the baseline is newly failing, and fails the run with --fail-on new', async () => {
    const before = await run(reference, [DUPLICATE, USER_TYPE]);
    expect(before.code).toBe(0);
    const now = await run(broken, [DUPLICATE, USER_TYPE], '--baseline', before.baseline, '--fail-on', 'new');
    expect(now.code).toBe(1);
    expect(now.out).toContain(`Since the baseline (${before.baseline}: `);
    expect(now.out).toContain('1 newly failing, 0 newly passing, 0 still failing');
    expect(now.out).toContain(`✗ new   ${DUPLICATE} (failed, was passed)`);
    expect(now.out).toContain('--fail-on new: 1 new failure, exit status 1');
    expect(now.report.baseline?.newlyFailing).toEqual([
      expect.objectContaining({ id: DUPLICATE, status: 'failed', was: 'passed' }),
    ]);
  });

  test('a check still failing since the baseline fails the run only without --fail-on new', async () => {
    const before = await run(broken, [DUPLICATE, USER_TYPE]);
    expect(before.code).toBe(1);
    const tolerant = await run(broken, [DUPLICATE, USER_TYPE], '--baseline', before.baseline, '--fail-on', 'new');
    expect(tolerant.code).toBe(0);
    expect(tolerant.out).toContain('0 newly failing, 0 newly passing, 1 still failing');
    expect(tolerant.out).toContain(`✗ still ${DUPLICATE} (failed, was failed)`);
    expect(tolerant.out).toContain('--fail-on new: 0 new failures, exit status 0');
    const strict = await run(broken, [DUPLICATE, USER_TYPE], '--baseline', before.baseline);
    expect(strict.code).toBe(1);
  });

  test('a check passing now that failed in the baseline is newly passing', async () => {
    const before = await run(broken, [DUPLICATE]);
    const now = await run(reference, [DUPLICATE], '--baseline', before.baseline, '--fail-on', 'new');
    expect(now.code).toBe(0);
    expect(now.out).toContain('0 newly failing, 1 newly passing, 0 still failing');
    expect(now.out).toContain(`✓ fixed ${DUPLICATE} (was failed)`);
  });

  test('a failing check the baseline did not run is a new failure', async () => {
    const before = await run(reference, [USER_TYPE]);
    const now = await run(broken, [DUPLICATE, USER_TYPE], '--baseline', before.baseline, '--fail-on', 'new');
    expect(now.code).toBe(1);
    expect(now.out).toContain(`✗ new   ${DUPLICATE} (failed, not in the baseline)`);
  });

  test('--fail-on new without --baseline, or a baseline that is not a report.json, is a usage error', async () => {
    const usage = async (...flags: string[]) => {
      const err: string[] = [];
      const args = ['--target', reference.url, '--token', reference.token, '--only', DUPLICATE, ...flags];
      const code = await main(args, { out: () => {}, err: (text) => err.push(text) }, {});
      return { code, err: err.join('\n') };
    };
    expect(await usage('--fail-on', 'new')).toMatchObject({
      code: 2,
      err: expect.stringContaining('needs --baseline'),
    });
    expect(await usage('--fail-on', 'some')).toMatchObject({ code: 2, err: expect.stringContaining('any or new') });
    const missing = join(tmpdir(), 'no-such-baseline.json');
    expect(await usage('--baseline', missing)).toMatchObject({ code: 2, err: expect.stringContaining('cannot read') });
    const foreign = join(await mkdtemp(join(tmpdir(), 'sb-conformance-baseline-')), 'other.json');
    await writeFile(foreign, '{"tests": []}');
    expect(await usage('--baseline', foreign)).toMatchObject({
      code: 2,
      err: expect.stringContaining('is not a report.json written by sb-conformance'),
    });
  });
});

describe('compareWithBaseline', () => {
  const report = (checks: [string, Report['checks'][number]['status']][]) =>
    ({ checks: checks.map(([id, status]) => ({ id, title: id, status })) }) as Report;
  const baseline = (checks: [string, Report['checks'][number]['status']][]) => ({
    file: 'report.json',
    target: 'http://x/include/api.php',
    apiVersion: '3.0' as const,
    startedAt: '2026-01-01T00:00:00.000Z',
    checks: checks.map(([id, status]) => ({ id, status })),
  });

  test('counts a blocked check as failing, and a check skipped in the baseline as not failing there', () => {
    const comparison = compareWithBaseline(
      baseline([
        ['was-blocked', 'blocked'],
        ['was-skipped', 'skipped'],
        ['was-failed', 'failed'],
      ]),
      report([
        ['was-blocked', 'failed'],
        ['was-skipped', 'blocked'],
        ['was-failed', 'passed'],
        ['new', 'blocked'],
      ]),
    );
    expect(comparison.stillFailing.map((c) => c.id)).toEqual(['was-blocked']);
    expect(comparison.newlyFailing.map((c) => c.id)).toEqual(['was-skipped', 'new']);
    expect(comparison.newlyPassing.map((c) => c.id)).toEqual(['was-failed']);
  });
});

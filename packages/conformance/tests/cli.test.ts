import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCli, UsageError } from '../src/cli/args.js';
import { main } from '../src/cli/main.js';
import { startMockTarget } from './support/mock.js';

const run = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (text) => out.push(text), err: (text) => err.push(text) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
};

/** A loopback port nothing listens on. */
const closedPort = async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
};

const FLAGS = [
  '--target',
  '--token',
  '--timeout',
  '--level',
  '--only',
  '--skip',
  '--tag',
  '--skip-tag',
  '--list',
  '--bail',
  '--webhooks',
  '--webhook-secret',
  '--webhook-key',
  '--webhook-timeout',
  '--load',
  '--connections',
  '--duration',
  '--max-error-rate',
  '--max-p99',
  '--report',
  '--baseline',
  '--fail-on',
  '--no-color',
  '--help',
];

describe('the command line', () => {
  test('--help explains every flag, with examples', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    for (const flag of FLAGS) expect(out, flag).toContain(flag);
    expect(out).toContain('Examples');
  });

  test('usage errors exit 2 and say what is wrong', async () => {
    expect(await run([])).toMatchObject({ code: 2, err: expect.stringContaining('--target is required') });
    expect(await run(['--target', 'http://x/include/api.php'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--token'),
    });
    expect(await run(['--target', 'not a url', '--token', 't'])).toMatchObject({ code: 2 });
    expect(await run(['--target', 'http://x/api.php', '--token', 't', '--frobnicate'])).toMatchObject({ code: 2 });
    expect(await run(['--target', 'http://x/api.php', '--token', 't', '--level', 'max'])).toMatchObject({ code: 2 });
    expect(await run(['--target', 'http://x/api.php', '--token', 't', '--only', 'get-usr'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('"get-usr"'),
    });
    expect(await run(['--target', 'http://x/api.php', '--token', 't', '--duration', '5'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('needs --load'),
    });
  });

  test('the token can come from SB_TOKEN, and thresholds take percentages', () => {
    const cli = parseCli(['--target', 'http://x/api.php', '--load', '--max-error-rate', '2%', '--max-p99', '250'], {
      SB_TOKEN: 'secret',
    });
    expect(cli.run).toMatchObject({ token: 'secret', load: { maxErrorRate: 0.02, maxP99: 250 } });
    expect(() => parseCli(['--target', 'http://x/api.php', '--token', 't', '--load', '--max-error-rate', '3'])).toThrow(
      UsageError,
    );
  });

  test('--list prints the selected checks with their level and tags', async () => {
    const { code, out } = await run(['--list', '--only', 'negative/dispatcher', '--no-color']);
    expect(code).toBe(0);
    expect(out).toContain('negative/dispatcher/unknown-function-without-token  [core]');
  });

  test('an unreachable target fails the run (exit 1) with the reason, and the report files are written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sb-conformance-'));
    const target = `http://127.0.0.1:${await closedPort()}/include/api.php`;
    const { code, out } = await run([
      '--target',
      target,
      '--token',
      't',
      '--only',
      'negative/dispatcher',
      '--report',
      dir,
      '--no-color',
    ]);
    expect(code).toBe(1);
    expect(out).toContain('✗ preflight');
    expect(out).toContain('Is --target the full URL of include/api.php');
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
    // Every check needs the target: each is blocked by the preflight call, which is the one failure.
    expect(report).toMatchObject({ ok: false, totals: { failed: 1, blocked: 6, skipped: 0 } });
    expect(report.checks[1]).toMatchObject({ status: 'blocked', blockedBy: { method: 'count-users', path: '$' } });
    expect(out).toContain('Blocked (6), by the call that failed');
    const junit = await readFile(join(dir, 'junit.xml'), 'utf8');
    expect(junit).toMatch(/<testsuites name="sb-conformance" tests="7" failures="1" errors="6" skipped="0"/);
    expect(junit).toContain('<error message="blocked by count-users $: expected an answer from');
  });

  test('--bail stops at the first failed check; the rest are reported as skipped, and the run fails', async () => {
    // The mock started without --token takes any token: negative/dispatcher/bad-token fails, and so would the
    // token checks after it, had --bail not stopped the run there.
    const mock = await startMockTarget({ mode: 'static', token: undefined });
    try {
      const args = ['--target', mock.url, '--token', 't', '--only', 'negative/dispatcher,negative/token', '--no-color'];
      const dir = await mkdtemp(join(tmpdir(), 'sb-conformance-'));
      const bailed = await run([...args, '--bail', '--report', dir]);
      expect(bailed.code).toBe(1);
      expect(bailed.out).toContain('✗ negative/dispatcher/bad-token');
      const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
      const statuses = report.checks.map((check: { id: string; status: string }) => `${check.status} ${check.id}`);
      expect(statuses).toEqual([
        'passed negative/dispatcher/missing-function',
        'passed negative/dispatcher/unknown-function-without-token',
        'passed negative/dispatcher/unknown-function',
        'passed negative/dispatcher/wp-sync',
        'passed negative/dispatcher/missing-token',
        'failed negative/dispatcher/bad-token',
        'skipped negative/token/agent-token',
        'skipped negative/token/user-token',
        'skipped negative/token/missing-on-write',
        'skipped negative/token/bad-on-write',
      ]);
      for (const check of report.checks.slice(6))
        expect(check).toMatchObject({ reason: 'not run: --bail stopped at the first failure', findings: [] });
      expect(bailed.out).toContain(
        '- negative/token/agent-token skipped: not run: --bail stopped at the first failure',
      );
      expect(report.totals).toMatchObject({ passed: 5, failed: 1, skipped: 4 });

      // Without --bail the same run goes on, and the checks after the failure run (and fail here too).
      const unbailed = await run(args);
      expect(unbailed.code).toBe(1);
      expect(unbailed.out).toContain('✗ negative/token/agent-token');
      expect(unbailed.out).not.toContain('--bail stopped');
    } finally {
      await mock.close();
    }
  });
});

#!/usr/bin/env node
/**
 * The README's commands. `npm start` / `npm test` (or `pnpm start` / `pnpm test`) land here, on a
 * machine that may have nothing but Node.js: this script gets pnpm through corepack, installs the
 * dependencies when they are missing or stale, then runs the task.
 *
 *   node scripts/run.mjs start   build the reference server and run it (embedded PostgreSQL)
 *   node scripts/run.mjs test    build, typecheck, lint and run every test; prints "N passed, N failed"
 *   node scripts/run.mjs mock [flags]          build and run the mock server (sb-mock)
 *   node scripts/run.mjs conformance [flags]   build and run the conformance suite (sb-conformance)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// corepack 0.34 (Node 20) cannot verify the signature of recent pnpm releases.
const env = { ...process.env, COREPACK_INTEGRITY_KEYS: '0', TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
const log = (message) => console.log(`\x1b[2m[setup]\x1b[0m ${message}`);

const works = (command, args) => spawnSync(command, args, { env, stdio: 'ignore', shell: false }).status === 0;

const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

/** pnpm on the PATH (turbo looks for it there): enabled globally, or into a folder of the project. */
const ensurePnpm = () => {
  if (works('pnpm', ['--version'])) return;
  log('enabling pnpm through corepack');
  if (works('corepack', ['enable', 'pnpm']) && works('pnpm', ['--version'])) return;
  const bin = join(root, 'node_modules', '.corepack-bin');
  mkdirSync(bin, { recursive: true });
  execFileSync('corepack', ['enable', 'pnpm', '--install-directory', bin], { env, stdio: 'inherit' });
  env.PATH = `${bin}:${env.PATH}`;
  if (!works('pnpm', ['--version'])) throw new Error('could not make pnpm available through corepack');
};

const ensureDependencies = () => {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  log('installing dependencies (pnpm install --frozen-lockfile)');
  run('pnpm', ['install', '--frozen-lockfile']);
};

/**
 * Debian packages some tests need: Chromium for the browser tests (the docs site, the conformance
 * report, the MSW mock), PgBouncer for the server's tests behind a pooler (run on PostgreSQL). As root
 * on Debian the missing ones are installed here; elsewhere those tests are skipped and say why.
 */
const DEBIAN_PACKAGES = [
  {
    name: 'chromium',
    present: () => existsSync('/usr/bin/chromium') || process.env.CHROMIUM_PATH,
    for: 'the browser tests',
  },
  { name: 'pgbouncer', present: () => existsSync('/usr/sbin/pgbouncer'), for: 'the server tests through PgBouncer' },
];

const ensureDebianPackages = () => {
  const missing = DEBIAN_PACKAGES.filter((pkg) => !pkg.present());
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    for (const pkg of missing) log(`${pkg.name} is missing and cannot be installed here: ${pkg.for} will be skipped`);
    return;
  }
  log(`installing ${missing.map((pkg) => `${pkg.name} (${pkg.for})`).join(' and ')} from Debian`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing.map((pkg) => pkg.name)], {
    env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
  });
};

/** Sums vitest's JSON report into the plain line CI reads. */
const printSummary = (file) => {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // CI sums several runs into its own line; it sets SB_NO_SUMMARY so that only its line is printed.
  if (!process.env.SB_NO_SUMMARY) console.log(`\n${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  return report.numFailedTests === 0 && report.numTotalTests > 0 && report.success;
};

/** Builds a package and what it depends on, then runs its command line with the flags given here. */
const buildAndRun = (pkg, bin) => {
  run('pnpm', ['exec', 'turbo', 'run', 'build', `--filter=${pkg}...`, '--output-logs=errors-only']);
  // `pnpm mock -- --mode stateful` and `pnpm mock --mode stateful` mean the same.
  const flags = process.argv.slice(3).filter((flag, i) => !(i === 0 && flag === '--'));
  const result = spawnSync(process.execPath, [join(root, bin), ...flags], { env, stdio: 'inherit' });
  process.exit(result.status ?? 1);
};

const tasks = {
  start: () => buildAndRun('@support-board/server', 'packages/server/dist/main.js'),
  mock: () => buildAndRun('@support-board/mock', 'packages/mock/dist/cli.js'),
  conformance: () => buildAndRun('@support-board/conformance', 'packages/conformance/dist/cli.js'),
  test() {
    ensureDebianPackages();
    run('pnpm', ['exec', 'turbo', 'run', 'build', 'typecheck', '--output-logs=errors-only']);
    run('pnpm', ['exec', 'biome', 'check', '.']);
    const report = join(root, 'reports', 'vitest.json');
    const extra = process.argv.slice(3);
    const result = spawnSync(
      'pnpm',
      ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
      { cwd: root, env: { ...env, NO_COLOR: '1' }, stdio: 'inherit' },
    );
    const passed = existsSync(report) && printSummary(report);
    process.exit(result.status === 0 && passed ? 0 : 1);
  },
};

const task = tasks[process.argv[2]];
if (!task) {
  console.error('usage: node scripts/run.mjs start|test|mock|conformance [flags]');
  process.exit(2);
}
ensurePnpm();
ensureDependencies();
task();

/**
 * The public packages as a user gets them: packed with `pnpm pack` (as `pnpm publish` packs them),
 * installed with plain npm into an empty folder with no workspace around it, and used there: the
 * sb-mock bin, sb-conformance against it, and a TypeScript program with the typed client and the
 * MSW handlers (app/). One pack and one install, shared by every test; each step's time is printed.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const PACKAGES = ['contract', 'mock', 'conformance'] as const;
/** What the user's program compiles and runs with: the repository's TypeScript, and MSW for the handlers. */
const TOOLS = ['typescript@6.0.3', '@types/node@20.19.43', 'msw@2.15.0'];
const TOKEN = 's3cret';

const root = fileURLToPath(new URL('../..', import.meta.url));
const packageDir = (name: string) => join(root, 'packages', name);
const run = promisify(execFile);

/** The environment without what pnpm and npm set for scripts (npm_config_*, ...): npm must see only the empty folder. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(npm_|pnpm_)|^NODE_OPTIONS$/i.test(name)),
);

const timed = async <T>(step: string, work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  console.log(`packaging: ${step} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
};

let folder: string;
let app: string;
let mock: ChildProcess | undefined;
let apiUrl: string;

/** Starts `npx sb-mock` in the app folder on a free port; resolves with its URL from the start banner. */
const startMock = (args: string[]) =>
  new Promise<string>((resolve, reject) => {
    // Its own process group, so that npx and the node it starts are stopped together.
    mock = spawn('npx', ['sb-mock', ...args, '--port', '0'], { cwd: app, env, detached: true });
    let output = '';
    mock.stdout?.on('data', (chunk) => {
      output += chunk;
      const url = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) resolve(url);
    });
    mock.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    mock.once('exit', (code) => reject(new Error(`sb-mock exited (${code}) before listening:\n${output}`)));
  });

beforeAll(async () => {
  const built = PACKAGES.every((name) => existsSync(join(packageDir(name), 'dist/index.js')));
  if (!built || !existsSync(join(packageDir('mock'), 'dist/docs.html'))) {
    await run('pnpm', [
      'exec',
      'turbo',
      'run',
      'build',
      '--filter=@support-board/mock...',
      '--filter=@support-board/conformance...',
    ]);
  }
  folder = mkdtempSync(join(tmpdir(), 'sb-packaging-'));
  app = join(folder, 'app');
  cpSync(fileURLToPath(new URL('app', import.meta.url)), app, { recursive: true });
  const tarballs = join(folder, 'tarballs');
  await timed('pnpm pack of 3 packages', () =>
    Promise.all(
      PACKAGES.map((name) => run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: packageDir(name) })),
    ),
  );
  const files = readdirSync(tarballs).map((file) => join(tarballs, file));
  await timed('npm install of the tarballs and the tools', () =>
    run(
      'npm',
      [
        'install',
        '--no-workspaces',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        ...files,
        ...TOOLS,
      ],
      { cwd: app, env },
    ),
  );
  apiUrl = `${await timed('npx sb-mock start', () => startMock(['--mode', 'stateful', '--token', TOKEN]))}/include/api.php`;
});

afterAll(() => {
  if (mock?.pid && mock.exitCode === null) process.kill(-mock.pid, 'SIGTERM');
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const installed = (name: string) =>
  JSON.parse(readFileSync(join(app, 'node_modules/@support-board', name, 'package.json'), 'utf8'));

describe('the packed packages, installed with npm in an empty folder', () => {
  test.each(PACKAGES)('%s: versions, no workspace range nor private package, every entry point present', (name) => {
    const manifest = installed(name);
    expect(manifest).toMatchObject({
      license: 'MIT',
      engines: { node: '>=20.19' },
      publishConfig: { access: 'public' },
    });
    const dependencies = { ...manifest.dependencies, ...manifest.peerDependencies };
    for (const [dependency, range] of Object.entries<string>(dependencies)) {
      expect(range, dependency).not.toMatch(/^workspace:/);
      if (dependency.startsWith('@support-board/'))
        expect(PACKAGES.map((p) => `@support-board/${p}`)).toContain(dependency);
    }
    const targets = Object.values<string | Record<string, string>>(manifest.exports).flatMap((target) =>
      typeof target === 'string' ? [target] : Object.values(target),
    );
    for (const target of [...targets, ...Object.values<string>(manifest.bin ?? {})]) {
      expect(existsSync(join(app, 'node_modules/@support-board', name, target)), `${name}: ${target}`).toBe(true);
    }
    // The workspace's `source` condition points into src/, which is not packed.
    expect(JSON.stringify(manifest.exports)).not.toContain('"source"');
    expect(readFileSync(join(app, 'node_modules/@support-board', name, 'README.md'), 'utf8')).toContain(`npm install`);
  });

  test('npx sb-mock serves the API, the docs page it carries and the OpenAPI document', async () => {
    const answer = await fetch(apiUrl, {
      method: 'POST',
      body: new URLSearchParams({ token: TOKEN, function: 'get-user', user_id: '1' }),
    });
    expect(answer.headers.get('x-mock-mode')).toBe('stateful');
    expect(await answer.json()).toMatchObject({ success: true, response: { id: '1', first_name: 'Alex' } });
    const docs = await fetch(apiUrl.replace('/include/api.php', '/docs'));
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('<title>Support Board Web API: reference and guides</title>');
    const document = await fetch(apiUrl.replace('/include/api.php', '/openapi.json'));
    expect((await document.json()).openapi).toBe('3.1.0');
  });

  test('npx sb-conformance passes against that mock (core level, stateful mode)', async () => {
    const { stdout } = await timed('npx sb-conformance', () =>
      run('npx', ['sb-conformance', '--target', apiUrl, '--token', TOKEN], { cwd: app, env }),
    );
    expect(stdout).toMatch(/PASSED\s+\d+ passed, 0 failed/);
  });

  test('a TypeScript program with the typed client and the MSW handlers type-checks and runs', async () => {
    await timed('tsc of the program', () => run('npx', ['tsc', '-p', '.'], { cwd: app, env }));
    const { stdout } = await run(process.execPath, ['dist/main.js', apiUrl, TOKEN], { cwd: app, env });
    expect(JSON.parse(stdout)).toEqual({
      server: { id: expect.any(Number), name: 'Ann Lee' },
      refused: 'invalid-argument',
      msw: { all: expect.stringMatching(/^\d+$/), lead: '2', user: '4', visitor: '141' },
    });
  });
});

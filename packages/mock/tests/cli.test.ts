import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCommand } from '../src/cli/args.js';
import { main } from '../src/cli/main.js';
import { startTestMock } from './helpers/mock.js';
import { startReceiver } from './helpers/receiver.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const capture = () => {
  const lines: string[] = [];
  return { lines, io: { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) } };
};

describe('the command line', () => {
  test('--help explains every flag with examples', async () => {
    const { lines, io } = capture();
    expect(await main(['--help'], io)).toBe(0);
    const help = lines.join('\n');
    const flags = [
      '--port',
      '--host',
      '--mode',
      '--seed',
      '--webhook-url',
      '--webhook-key',
      '--webhook-secret',
      '--token',
    ];
    for (const flag of flags) {
      expect(help).toContain(flag);
    }
    expect(help).toContain('--quiet');
    expect(help).toContain('send-webhook <name>');
    expect(help).toContain('Examples');
  });

  test('flags, PORT, and readable errors', async () => {
    expect(parseCommand(['--mode', 'stateful', '--seed', '3', '-q'], { PORT: '5000' })).toEqual({
      kind: 'serve',
      options: { mode: 'stateful', port: 5000, seed: 3, log: false },
    });
    expect(parseCommand(['send-webhook', 'login', '--data', '{}'], {})).toMatchObject({ name: 'login', data: '{}' });
    const { lines, io } = capture();
    expect(await main(['--mode', 'chaos'], io)).toBe(2);
    expect(lines.join('\n')).toContain('--mode must be one of static, dynamic, stateful');
    expect(await main(['--port', 'x'], io)).toBe(2);
  });

  test('--token, or MOCK_TOKEN: the admin token of the mock, and the one send-webhook sends', async () => {
    expect(parseCommand(['--token', 's3cret', '-q'], {})).toMatchObject({ options: { token: 's3cret' } });
    expect(parseCommand([], { MOCK_TOKEN: 'from-env' })).toMatchObject({ options: { token: 'from-env' } });
    expect(parseCommand([], { MOCK_TOKEN: '' })).not.toHaveProperty('options.token');
    expect(() => parseCommand(['--token', ''], {})).toThrow('--token must not be empty');
    expect(parseCommand(['send-webhook', 'login'], {})).toMatchObject({ token: 'mock' });
    expect(parseCommand(['send-webhook', 'login'], { MOCK_TOKEN: 'from-env' })).toMatchObject({ token: 'from-env' });
    expect(parseCommand(['send-webhook', 'login', '--token', 'given'], { MOCK_TOKEN: 'env' })).toMatchObject({
      token: 'given',
    });
  });

  test('send-webhook sends the token; a mock started with --token refuses another', async () => {
    const receiver = await startReceiver();
    const mock = await startTestMock({ webhookUrl: receiver.url, token: 's3cret' });
    const { lines, io } = capture();
    expect(await main(['send-webhook', 'login', '--url', mock.url], io)).toBe(1);
    expect(lines.join('\n')).toContain('HTTP 401');
    expect(lines.join('\n')).toContain('--token, or MOCK_TOKEN');
    expect(await main(['send-webhook', 'login', '--url', mock.url, '--token', 's3cret'], io)).toBe(0);
    expect((await receiver.waitFor(1)).map((delivery) => delivery.json.function)).toEqual(['login']);
    await mock.close();
    await receiver.close();
  });

  test('send-webhook asks a running mock to post a webhook', async () => {
    const receiver = await startReceiver();
    const mock = await startTestMock({ webhookUrl: receiver.url });
    const { lines, io } = capture();
    const data = '{"conversation_id":"5","status_code":"2"}';
    expect(await main(['send-webhook', 'conversation-status-updated', '--data', data, '--url', mock.url], io)).toBe(0);
    expect(lines[0]).toContain('conversation-status-updated queued');
    expect((await receiver.waitFor(1))[0]?.json.data).toEqual(JSON.parse(data));
    expect(await main(['send-webhook', 'nothing', '--url', mock.url], io)).toBe(1);
    await mock.close();
    await receiver.close();
  });
});

/** The URL of the banner a spawned sb-mock prints once it listens; `output()` is all it printed so far. */
const listening = (child: ChildProcess) => {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner: ${output}`)), 15_000);
    child.once('exit', (code) => reject(new Error(`sb-mock exited with ${code}: ${output}`)));
    child.stdout?.on('data', () => {
      const found = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
  });
  return { url, output: () => output };
};

describe('a spawned sb-mock process', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill('SIGTERM');
  });

  test('serves a real request and logs it', async () => {
    // The bin runs from source through tsx, so that the test needs no build.
    const child = spawn(join(root, 'node_modules/.bin/tsx'), ['--conditions=source', 'src/cli.ts', '--port', '0'], {
      cwd: root,
      env: { ...process.env, PORT: '', MOCK_TOKEN: '' },
    });
    children.push(child);
    const { url: started, output } = listening(child);
    const url = await started;
    const response = await fetch(`${url}/include/api.php`, {
      method: 'POST',
      body: new URLSearchParams({ token: 'x', function: 'get-user', user_id: '1' }),
      headers: { prefer: 'example=not-found' },
    });
    expect(await response.json()).toEqual({ success: true, response: false });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(output()).toMatch(/get-user\s+example=not-found/);
  }, 20_000);
});

/** Whether any file under `dir` changed after `time` (ms). */
const changedSince = (dir: string, time: number): boolean =>
  readdirSync(dir, { withFileTypes: true }).some((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? changedSince(path, time) : statSync(path).mtimeMs > time;
  });

describe('the built sb-mock bin (dist/cli.js), as pnpm mock and npx run it', () => {
  const bin = join(root, 'dist/cli.js');
  const children: ChildProcess[] = [];

  beforeAll(() => {
    // It runs on the built contract and carries the docs site, as an installed bin does: build what is missing or stale.
    if (!existsSync(join(root, '../contract/dist/index.js')) || !existsSync(join(root, '../../docs/dist/index.html'))) {
      execFileSync('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@support-board/docs...'], { stdio: 'inherit' });
    }
    const stale =
      !existsSync(bin) ||
      changedSince(join(root, 'src'), statSync(bin).mtimeMs) ||
      statSync(join(root, 'package.json')).mtimeMs > statSync(bin).mtimeMs;
    if (stale) execFileSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  }, 300_000);
  afterAll(() => {
    for (const child of children) child.kill('SIGTERM');
  });

  test('is an executable node script named in package.json', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ 'sb-mock': './dist/cli.js' });
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });

  test('node dist/cli.js --help', () => {
    const help = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(help).toContain('Usage');
    expect(help).toContain('--mode MODE');
    expect(help).toContain('Examples');
  });

  test('npx sb-mock --help, from the package, as the README says', () => {
    const help = execFileSync('npx', ['--no-install', 'sb-mock', '--help'], {
      cwd: root,
      encoding: 'utf8',
      // Without the settings pnpm passes to the scripts it runs, which npm does not know.
      env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name))),
    });
    expect(help).toContain('sb-mock: a mock of the Support Board Web API');
  }, 30_000);

  test('serves requests, logs them, and serves the docs', async () => {
    const child = spawn(process.execPath, [bin, '--port', '0', '--token', 's3cret'], {
      cwd: root,
      env: { ...process.env, PORT: '', MOCK_TOKEN: '' },
    });
    children.push(child);
    const { url: started, output } = listening(child);
    const url = await started;
    const call = (fields: Record<string, string>, prefer: string) =>
      fetch(`${url}/include/api.php`, { method: 'POST', body: new URLSearchParams(fields), headers: { prefer } });
    const duplicate = await call(
      { token: 's3cret', function: 'add-user', email: 'don@example.com' },
      'example=duplicate-email',
    );
    expect(await duplicate.json()).toEqual({ success: false, response: 'duplicate-email' });
    expect(duplicate.headers.get('x-mock-example')).toBe('duplicate-email');
    const refused = await call({ token: 'other', function: 'get-user', user_id: '1' }, 'example=nope');
    expect(await refused.json()).toMatchObject({ status: 'error', response: 'invalid-token' });
    const docs = await fetch(`${url}/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('<title>Support Board Web API: reference and guides</title>');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(output()).toMatch(/add-user\s+example=duplicate-email/);
    child.kill('SIGTERM');
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);
  }, 20_000);
});

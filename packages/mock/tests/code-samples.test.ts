/**
 * The code samples of the docs (each operation's `x-codeSamples` in the contract's OpenAPI document)
 * run as a reader would run them, pointed at the mock: curl, PHP, JavaScript's fetch and the typed
 * client on Node, Python's requests. Each must get the answer the contract's own encoder gets for the
 * method's documented example. A language whose runtime is missing here is skipped, with the reason.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type AnyMethod, type MethodName, methodList } from '@support-board/contract';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestMock, type TestMock, TOKEN } from './helpers/mock.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const EXAMPLE_URL = 'https://YOUR-WEBSITE.com/supportboard/include/api.php';
const EXAMPLE_TOKEN = 'YOUR-TOKEN';
/** Three methods whose examples hold every kind of field: IDs, booleans, text, JSON arrays and objects. */
const METHODS = ['get-user', 'get-users', 'add-user'] as const satisfies MethodName[];
/** Beside the mock's node_modules, so that the typed client's import resolves as in an app. */
const folder = fileURLToPath(new URL('../test-results/code-samples/', import.meta.url));

interface Sample {
  label: string;
  source: string;
}
const document = JSON.parse(readFileSync(require.resolve('@support-board/contract/openapi.json'), 'utf8')) as {
  paths: Record<string, { post: { 'x-codeSamples': Sample[] } }>;
};
const samplesOf = (name: string) => document.paths[`/include/api.php#${name}`]!.post['x-codeSamples'];

const has = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** How each language's sample runs: the file it is written to, the command, and what prints the answer. */
interface Language {
  file: string;
  command: string[];
  /** Appended to the sample: prints the answer. */
  print: string;
  /** Put before the sample (PHP's opening tag: the documentation's snippet is the inside of a script). */
  prefix?: string;
  /** Why it cannot run here, or undefined. */
  missing?: string;
  /** The typed client prints `response` alone, not the envelope. */
  unwrapped?: boolean;
}
const languages: Record<string, Language> = {
  curl: {
    file: 'sample.sh',
    command: ['sh'],
    print: '',
    missing: has('curl', ['--version']) ? undefined : 'curl is not installed',
  },
  PHP: {
    file: 'sample.php',
    command: ['php'],
    prefix: '<?php\n',
    print: '\necho $response;\n',
    missing: has('php', ['-v']) ? undefined : 'php is not installed',
  },
  JavaScript: { file: 'fetch.mjs', command: [process.execPath], print: '\nconsole.log(JSON.stringify(answer));\n' },
  'Typed client': {
    file: 'client.mjs',
    command: [process.execPath],
    print: '\nconsole.log(JSON.stringify(response));\n',
    unwrapped: true,
  },
  Python: {
    file: 'sample.py',
    command: ['python3'],
    print: '\nprint(response.text)\n',
    missing: !has('python3', ['--version'])
      ? 'python3 is not installed'
      : has('python3', ['-c', 'import requests'])
        ? undefined
        : "Python's requests is not installed (Debian: python3-requests)",
  },
};

const ran = Object.entries(languages).filter(([, language]) => !language.missing);
const skipped = Object.entries(languages).filter(([, language]) => language.missing);
console.info(
  `code samples: running ${ran.map(([name]) => name).join(', ')}${skipped
    .map(([name, language]) => `; skipping ${name}: ${language.missing}`)
    .join('')}`,
);

let mock: TestMock;
beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  mock = await startTestMock();
});
afterAll(() => mock?.close());

test('every method has a sample in each of the five languages', () => {
  for (const method of methodList as readonly AnyMethod[]) {
    expect(samplesOf(method.name).map((sample) => sample.label)).toEqual(Object.keys(languages));
  }
});

for (const [name, language] of skipped) test.skip(`${name}: ${language.missing}`, () => {});

describe.each(ran)('the %s samples, run against the mock', (label, language) => {
  test.each(METHODS)('%s gets the answer the contract’s encoder gets', async (name) => {
    const method = methodList.find((m) => m.name === name)!;
    const expected = await mock.call(name, method.request as Record<string, unknown>);
    expect(expected.body.success).toBe(true);

    const sample = samplesOf(name).find((s) => s.label === label)!;
    expect(sample.source).toContain(EXAMPLE_URL);
    const file = join(folder, `${name}-${language.file}`);
    const source = sample.source.replaceAll(EXAMPLE_URL, mock.apiUrl).replaceAll(EXAMPLE_TOKEN, TOKEN);
    writeFileSync(file, `${language.prefix ?? ''}${source}${language.print}`);
    const [command, ...args] = language.command;
    const { stdout } = await run(command!, [...args, file], { cwd: folder, timeout: 20_000 });
    expect(JSON.parse(stdout)).toEqual(language.unwrapped ? expected.body.response : expected.body);
  });
});

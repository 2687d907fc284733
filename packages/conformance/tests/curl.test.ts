/**
 * A finding's curl line, pasted into bash, sends what the suite sent: each test runs the line with
 * real bash and curl against a loopback receiver that reads the form body as PHP does.
 */
import { execFile, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Fields } from '../src/core/api.js';
import { toCurl } from '../src/core/curl.js';

const TOKEN = '0123456789abcdef0123456789abcdef01234567';
/** The lines are for bash and curl; a machine without them skips these tests, saying so. */
const shell = spawnSync('bash', ['-c', 'curl --version'], { stdio: 'ignore' }).status === 0;
if (!shell) console.warn('curl.test.ts: bash or curl is missing here, so the curl lines are not run');
let url: string;
let close: () => void;

beforeAll(async () => {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const fields = [...new URLSearchParams(Buffer.concat(chunks).toString('utf8'))];
      response.setHeader('content-type', 'application/json').end(JSON.stringify(fields));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/include/api.php`;
  close = () => server.close();
});
afterAll(() => close?.());

/** What the receiver read when bash ran the curl line of these fields. */
const sentBy = async (fields: Fields): Promise<Fields> => {
  const line = toCurl({ method: 'get-user', url, fields }, TOKEN);
  const { stdout } = await promisify(execFile)('bash', ['-c', line], {
    env: { ...process.env, TOKEN },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout);
};

test.runIf(shell)(
  'the token is written $TOKEN, and text with quotes, spaces, JSON and non-ASCII travels as sent',
  async () => {
    const fields: Fields = [
      ['token', TOKEN],
      ['function', 'get-user'],
      ['search', `it's "quoted" & spaced + more`],
      ['extra', '{"phone":["+123","Phone"]}'],
      ['first_name', 'Zoë 😀 <b>'],
    ];
    expect(toCurl({ url, fields }, TOKEN)).toContain(`-d "token=$TOKEN"`);
    expect(toCurl({ url, fields }, TOKEN)).not.toContain(TOKEN);
    expect(await sentBy(fields)).toEqual(fields);
  },
);

test.runIf(shell)(
  'a NUL and other control characters travel percent-encoded, the admin token still as $TOKEN',
  async () => {
    const fields: Fields = [
      ['token', `${TOKEN}\u0000`],
      ['function', 'search-users'],
      ['search', 'a\u0000b\nc\td'],
    ];
    expect(toCurl({ url, fields }, TOKEN)).not.toContain(TOKEN);
    expect(await sentBy(fields)).toEqual(fields);
  },
);

test.runIf(shell)(
  'megabytes of one character are made by the shell, past the 128 KiB limit of one argument',
  async () => {
    const fields: Fields = [
      ['function', 'add-user'],
      ['first_name', 'x'.repeat(3 * 1024 * 1024)],
    ];
    const line = toCurl({ url, fields }, TOKEN);
    expect(line.length).toBeLessThan(300);
    expect(await sentBy(fields)).toEqual(fields);
  },
);

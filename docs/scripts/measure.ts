/**
 * `pnpm --filter @support-board/docs measure`: how heavy and how fast /docs is, served by the mock and
 * by the reference server (their builds, started here on free ports; the server on a fresh embedded
 * database). Prints, for each, the bytes over the wire (as Chromium asks: brotli; as gzip-only
 * clients ask; uncompressed) and Chromium's first contentful paint and load event, the median of
 * RUNS fresh page loads (no cache), and the console opening.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunch, chromiumMissing, hasChromium } from '../../chromium.shared.js';
import { docsDir } from './redocly.js';

const RUNS = Number(process.env.RUNS ?? 7);
const root = join(docsDir, '..');

/** Starts a built program and resolves with the first `http://host:port` it prints. */
const start = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ url: string; child: ChildProcess }>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env } });
    let seen = '';
    const read = (chunk: Buffer) => {
      seen += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(seen)?.[0];
      if (url) resolve({ url, child });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}):\n${seen}`)));
  });

/** The bytes of /docs over the wire, asking with this Accept-Encoding. */
const wireBytes = (url: string, acceptEncoding: string) =>
  new Promise<{ bytes: number; encoding: string }>((resolve, reject) => {
    request(`${url}/docs`, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.byteLength;
      });
      response.on('end', () => resolve({ bytes, encoding: response.headers['content-encoding'] ?? 'none' }));
    })
      .on('error', reject)
      .end();
  });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** The median, and the range of the runs. */
const spread = (values: number[]) =>
  `${median(values).toFixed(0)} (${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)}) ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

const measure = async (name: string, url: string) => {
  const chromiumAsks = await wireBytes(url, 'gzip, deflate, br, zstd');
  const gzip = await wireBytes(url, 'gzip');
  const plain = await wireBytes(url, 'identity');
  const browser = await chromium.launch(chromiumLaunch);
  const paints: number[] = [];
  const loads: number[] = [];
  const consoles: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const page = await context.newPage();
      await page.goto(`${url}/docs#/users/get-user`, { waitUntil: 'load' });
      const timing = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
      }));
      const button = page.locator('[id="users/get-user"] .sb-try');
      await button.waitFor();
      const clicked = Date.now();
      await button.click();
      await page.locator('#sb-console:not([hidden])').waitFor();
      consoles.push(Date.now() - clicked);
      paints.push(timing.paint);
      loads.push(timing.load);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log(
    [
      `${name}: over the wire ${kb(chromiumAsks.bytes)} (${chromiumAsks.encoding}, as Chromium asks), ${kb(gzip.bytes)} (gzip only), ${kb(plain.bytes)} uncompressed`,
      `  first contentful paint ${spread(paints)}, load event ${spread(loads)}, Try it to the console shown ${spread(consoles)}`,
    ].join('\n'),
  );
};

if (!hasChromium) {
  console.error(`docs measure: ${chromiumMissing}`);
  process.exit(1);
}
const dataDir = mkdtempSync(join(tmpdir(), 'sb-docs-measure-'));
const mock = await start(['packages/mock/dist/cli.js', '--port', '0', '--quiet']);
const server = await start(['packages/server/dist/main.js'], { PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'error' });
try {
  console.log(`/docs, ${RUNS} fresh loads each in headless Chromium (median, and range):`);
  await measure('the mock', mock.url);
  await measure('the server', server.url);
} finally {
  mock.child.kill();
  server.child.kill();
  rmSync(dataDir, { recursive: true, force: true });
}

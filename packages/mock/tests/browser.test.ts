/**
 * The MSW handlers in a real browser: a page (browser/index.html and app.ts, bundled) registers MSW's
 * service worker (`mockServiceWorker.js`, written by `msw init`), and its typed client calls
 * https://example.com/supportboard/include/api.php. A loopback server serves the three files; every
 * other request leaving the browser is recorded and refused, so the answers can only come from the
 * worker. Saves test-results/msw-browser.png.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundle } from '../../../bundle.shared.js';
import { chromiumLaunch, chromiumMissing, hasChromium } from '../../../chromium.shared.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const screenshot = here('../test-results/msw-browser.png');
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

/** The page's folder: index.html, app.js (the bundle) and mockServiceWorker.js, as an app's public folder has them. */
const preparePage = async () => {
  const folder = mkdtempSync(join(tmpdir(), 'sb-msw-page-'));
  execFileSync(here('../node_modules/.bin/msw'), ['init', folder, '--no-save'], { stdio: 'ignore' });
  const app = await bundle(readFileSync(here('browser/app.ts'), 'utf8'), here('browser'));
  writeFileSync(join(folder, 'app.js'), app.code);
  copyFileSync(here('browser/index.html'), join(folder, 'index.html'));
  return folder;
};

const serve = (folder: string) =>
  new Promise<Server>((resolve) => {
    const server = createServer((request, response) => {
      const name = new URL(request.url ?? '/', 'http://x').pathname.slice(1) || 'index.html';
      const file = join(folder, name);
      if (name.includes('..') || !existsSync(file)) return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });

if (!hasChromium) test.skip(`the browser test: ${chromiumMissing}`, () => {});

describe.skipIf(!hasChromium)('the MSW handlers in Chromium, behind the typed client', () => {
  let folder: string;
  let server: Server;
  let browser: Browser;
  let page: Page;
  /** Requests that left the browser for anywhere but the page's own server. */
  const outside: string[] = [];

  beforeAll(async () => {
    folder = await preparePage();
    server = await serve(folder);
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch(chromiumLaunch);
    const context = await browser.newContext({ viewport: { width: 900, height: 700 } });
    // The context sees the service worker's own requests too: a passthrough would be caught here.
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith(`${origin}/`)) return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
    const failed = new Promise<never>((_, reject) => page.once('pageerror', reject));
    failed.catch(() => {}); // read by the race below only
    await page.goto(`${origin}/`);
    await Promise.race([page.waitForFunction(() => document.getElementById('refused')?.textContent), failed]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test('the stateful mock answers a write, then a read that sees it', async () => {
    const user = JSON.parse((await page.textContent('#user')) ?? '');
    expect(user).toMatchObject({ id: expect.stringMatching(/^\d+$/), first_name: 'Ann', email: 'ann@example.com' });
    mkdirSync(here('../test-results'), { recursive: true });
    await page.screenshot({ path: screenshot });
    expect(existsSync(screenshot)).toBe(true);
  });

  test('a bad argument is refused as the API refuses it', async () => {
    expect(JSON.parse((await page.textContent('#refused')) ?? '')).toMatchObject({
      status: 'error',
      response: 'invalid-argument',
      argument: 'user_id',
    });
  });

  test("the answers came from MSW's service worker: nothing left the browser", async () => {
    const worker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(worker).toMatch(/\/mockServiceWorker\.js$/);
    expect(outside).toEqual([]);
  });
});

/**
 * The docs' console in Chromium, on the page the mock serves at /docs: a reader fills get-user's
 * console, sends it and reads the mock's answer from the page; then sends add-user with an email the
 * contract refuses and reads the refusal; then asks the mock for an error through `Prefer`. Every
 * request the page makes goes to the mock. Saves test-results/docs-console.png (the page) and
 * docs-console-panel.png (the console alone, which the docs' guide shows as images/console.png).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumLaunch, chromiumMissing, hasChromium } from '../../../chromium.shared.js';
import { DOCS_BUILD } from '../src/http/pages.js';
import { startTestMock, type TestMock } from './helpers/mock.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(import.meta.url);
const screenshot = here('../test-results/docs-console.png');
/** The panel alone: docs/guides/images/console.png is a copy of it. */
const panelShot = here('../test-results/docs-console-panel.png');

/** The mock serves its build's copy of the docs page: make it the docs package's current page. */
const freshDocs = () => {
  const copy = here('../dist/docs.html');
  let built: string | undefined;
  try {
    built = require.resolve('@support-board/docs/index.html');
  } catch {}
  if (!built || !existsSync(built) || !existsSync(here('../dist'))) {
    execFileSync('sh', ['-c', DOCS_BUILD], { stdio: 'inherit' });
  } else if (!existsSync(copy) || !readFileSync(copy).equals(readFileSync(built))) {
    execFileSync(process.execPath, [here('../scripts/copy-docs.mjs')], { stdio: 'inherit' });
  }
};

if (!hasChromium) test.skip(`the docs console test: ${chromiumMissing}`, () => {});

describe.skipIf(!hasChromium)("the docs' console on the mock's /docs, in Chromium", { timeout: 60_000 }, () => {
  let mock: TestMock;
  let browser: Browser;
  let page: Page;
  const elsewhere: string[] = [];

  /** Opens a method's page (Redoc shows one at a time) from the sidebar, then its console. */
  const open = async (section: string) => {
    await page.locator(`[data-component-name="Menu/Menu"] a[href="#/${section}"]`).first().click();
    await page.locator(`[id="${section}"] .sb-try`).click();
    await page.locator('#sb-console:not([hidden])').waitFor();
  };
  const send = async () => {
    await page.locator('#sb-console .sb-send').click();
    await page.waitForFunction(() =>
      /^\d{3} /.test(document.querySelector('#sb-console .sb-status')?.textContent ?? ''),
    );
    const text = async (selector: string) => (await page.locator(`#sb-console ${selector}`).textContent()) ?? '';
    return {
      status: await text('.sb-status'),
      body: JSON.parse(await text('.sb-body')),
      headers: await text('.sb-headers'),
      curl: await text('.sb-curl'),
    };
  };

  beforeAll(async () => {
    freshDocs();
    mock = await startTestMock();
    browser = await chromium.launch(chromiumLaunch);
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${mock.url}/`)) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
    await page.goto(`${mock.url}/docs#/users/get-user`);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await mock?.close();
  });

  test("get-user's console sends the documented example to the mock and shows its answer", async () => {
    await open('users/get-user');
    // The target is the API the page is served with; the example is filled in.
    expect(await page.inputValue('#sb-target')).toBe(mock.apiUrl);
    expect(await page.inputValue('#sb-console [name="user_id"]')).toBe('123456');
    await page.fill('#sb-token', 'reader-token');
    const answer = await send();
    expect(answer.status).toMatch(/^200 OK · \d+ ms$/);
    expect(answer.body).toMatchObject({ success: true, response: { id: '123456', first_name: 'John' } });
    expect(answer.headers).toContain('x-mock-example: user');
    expect(answer.curl).toContain(`'${mock.apiUrl}'`);
    expect(answer.curl).toContain("--data-raw 'token=reader-token&function=get-user&user_id=123456&extra=true'");
    mkdirSync(here('../test-results'), { recursive: true });
    await page.screenshot({ path: screenshot });
    // The form and the head of the answer: the guide's picture, kept small (it is inlined into the page).
    const panel = (await page.locator('#sb-console').boundingBox())!;
    await page.screenshot({ path: panelShot, clip: { x: panel.x, y: 0, width: panel.width, height: 700 } });
  });

  test('add-user with an email longer than the contract allows gets the refusal, with the X-Mock headers', async () => {
    await open('users/add-user');
    // The token is remembered from the first console.
    expect(await page.inputValue('#sb-token')).toBe('reader-token');
    await page.fill('#sb-console [name="email"]', `${'x'.repeat(250)}@example.com`);
    const answer = await send();
    expect(answer.body).toMatchObject({ status: 'error', response: 'invalid-argument', argument: 'email' });
    expect(answer.headers).toContain('x-mock-code: invalid-argument');
    expect(answer.headers).toContain('x-mock-invalid-argument: email');
  });

  test("on the mock, the reader picks one of the method's documented answers through Prefer", async () => {
    await open('users/add-user');
    await page.selectOption('#sb-console [name="sb-example"]', 'duplicate-email');
    const answer = await send();
    expect(answer.body).toEqual({ success: false, response: 'duplicate-email' });
    expect(answer.curl).toContain("-H 'prefer: example=duplicate-email'");
  });

  test('a JSON argument that is not JSON is shown as such, and nothing is sent', async () => {
    await open('users/get-users');
    await page.fill('#sb-console [name="user_types"]', '["user",');
    await page.locator('#sb-console .sb-send').click();
    expect(await page.locator('#sb-console [data-problem="user_types"]').textContent()).toMatch(/^not JSON/);
    expect(await page.locator('#sb-console .sb-answer').isHidden()).toBe(true);
  });

  test('the page asked nothing of any other host', () => {
    expect(elsewhere).toEqual([]);
  });
});

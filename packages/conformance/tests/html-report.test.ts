/**
 * report.html in real Chromium: a run of the command line against a target broken on purpose (its
 * get-user answers markup for the user's ID), opened from disk. The page must show the headline
 * and the finding as the console does, show the server's markup as text, and load nothing: every
 * request the page makes is recorded, and only its own file may be among them. A run of the same
 * checks on the correct target is its baseline.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumLaunch, chromiumMissing, hasChromium } from '../../../chromium.shared.js';
import { main } from '../src/cli/main.js';
import { startBrokenTarget } from './support/broken-target.js';
import { startReferenceServer, type Target } from './support/reference.js';

/** Kept after the run, for a person to open: reports/ is not committed. */
const reportDir = fileURLToPath(new URL('../reports/html-report/', import.meta.url));
/** What the broken get-user answers for an ID: it would load an image from outside, if the page let it. */
const MARKUP = '<img src="https://example.invalid/sb.png" alt="injected">';
/** A check of each category (update-user-email-null fails on the original), and one a missing service skips. */
const ONLY = [
  'examples/get-user',
  'examples/get-user-extra',
  'negative/injection/get-user',
  'negative/wrong-type/get-user/user_id',
  'scenarios/update-user-email-null',
  'integrations/slack-users',
];
const SELECTION = ['--level', 'full', '--only', ONLY.join(','), '--no-color'];

const quietly = (args: string[]) => main(args, { out: () => {}, err: (text) => console.error(text) }, {});

if (!hasChromium) test.skip(`report.html in Chromium: ${chromiumMissing}`, () => {});

describe.skipIf(!hasChromium)('report.html in Chromium', () => {
  let reference: Target;
  let broken: Target;
  let browser: Browser;
  let page: Page;
  let pageUrl: string;
  /** Every request the page made, allowed or not. */
  const requests: string[] = [];

  beforeAll(async () => {
    reference = await startReferenceServer();
    broken = await startBrokenTarget(reference, {
      answer: ({ fields, body }) =>
        fields.function === 'get-user' && body.success
          ? { ...body, response: { ...body.response, id: MARKUP } }
          : undefined,
    });
    // The baseline: the same checks on the correct target, so that the report lists what is newly failing.
    const baselineDir = await mkdtemp(join(tmpdir(), 'sb-conformance-baseline-'));
    const correct = ['--target', reference.url, '--token', reference.token, ...SELECTION, '--report', baselineDir];
    expect(await quietly(correct)).toBe(0);
    await rm(reportDir, { recursive: true, force: true });
    const args = ['--target', broken.url, '--token', broken.token, ...SELECTION, '--report', reportDir];
    expect(await quietly([...args, '--baseline', join(baselineDir, 'report.json')])).toBe(1);

    browser = await chromium.launch(chromiumLaunch);
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    pageUrl = pathToFileURL(join(reportDir, 'report.html')).href;
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.request().url().startsWith(pathToFileURL(reportDir).href) ? route.continue() : route.abort();
    });
    await page.goto(pageUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await broken?.close();
    await reference?.close();
  });

  test('the headline shows each category, and the checks skipped for a service not set up', async () => {
    const rows = page.locator('#headline tr');
    const cells = async (n: number) => rows.locator(`:is(th, td):nth-child(${n})`).allTextContents();
    expect(await cells(1)).toEqual([
      'compatible',
      'hardening',
      'fails on the original',
      'differences by design',
      'skipped: service not configured',
    ]);
    expect(await cells(3)).toEqual([
      '1/2 passed, 1 failed',
      '0 findings in 1 check',
      '0/1 passed, 1 failed',
      '1/1 passed',
      '1 check',
    ]);
    expect(await rows.last().textContent()).toContain('not set up on the target: Slack');
  });

  test("a failed check shows its finding as the console does, the server's markup as text", async () => {
    const finding = page.locator('[id="c-examples/get-user"] dl.finding').first();
    const value = (label: string) => finding.locator(`dt:text-is("${label}") + dd`).textContent();
    expect(await value('method')).toBe('get-user');
    expect(await value('path')).toBe('$.response.id');
    expect(await value('expected')).toBe('text matching /^\\d+$/');
    expect(await value('received')).toBe(`${JSON.stringify(MARKUP)} (string)`);
    expect(await page.locator('img').count()).toBe(0);
  });

  test('a failed check tagged as failing on the original says why, with the note it tests', async () => {
    const check = await page.locator('[id="c-scenarios/update-user-email-null"]').textContent();
    expect(check).toContain('On the original (fails-on-original):');
    expect(check).toContain('Note update-user-email-null');
    // The note's Markdown code spans are code, not backticks.
    const note = page.locator('[id="c-scenarios/update-user-email-null"] .note');
    expect(await note.locator('code').allTextContents()).toContain('NULL');
    expect(await note.textContent()).not.toContain('`');
  });

  test('the matrix has a row for each of the 51 methods and 14 webhooks; a cell links to its checks', async () => {
    const rows = page.locator('#matrix tbody tr:has(td)');
    expect(await rows.count()).toBe(51 + 14 + 1);
    const cell = page.locator('#matrix tr:has(th code:text-is("get-user")) td').first();
    expect(await cell.textContent()).toBe('0/1');
    await cell.locator('a').click();
    expect(new URL(page.url()).hash).toBe('#m-get-user-examples');
    expect(await page.locator('#m-get-user-examples').textContent()).toContain('examples/get-user');
  });

  test('the checks failing since the baseline run are listed as newly failing, linked to their findings', async () => {
    const changes = page.locator('#changes');
    expect(await changes.textContent()).toContain('2 newly failing, 0 newly passing, 0 still failing');
    const item = changes.locator('li', { hasText: 'examples/get-user' });
    expect(await item.textContent()).toContain('failed, was passed');
    expect(await item.locator('a').getAttribute('href')).toBe('#c-examples/get-user');
  });

  test('badge.svg counts the compatible checks passed of those that ran, in the colour of the result', async () => {
    const badge = await readFile(join(reportDir, 'badge.svg'), 'utf8');
    expect(badge).toContain('aria-label="Support Board API 3.0: 1/2"');
    expect(badge).toContain('fill="#dd4343"'); // badge-maker's red
    await page.goto(pathToFileURL(join(reportDir, 'badge.svg')).href);
    expect(await page.locator('text').last().textContent()).toBe('1/2');
  });

  test('the page and the badge made no request beyond their own files', async () => {
    await page.goto(pageUrl);
    await page.screenshot({ path: join(reportDir, 'report.png') });
    const own = [pageUrl, pathToFileURL(join(reportDir, 'badge.svg')).href];
    expect(requests).toContain(pageUrl);
    expect(requests.filter((url) => !own.includes(url))).toEqual([]);
  });
});

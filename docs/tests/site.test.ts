/**
 * Opens the built site in headless Chromium, offline, and checks that it shows every method, every
 * webhook and every guide. Builds the site first when docs/dist/index.html is missing.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type AnyMethod, type AnyWebhook, groups, methodList, webhookList } from '@support-board/contract';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumLaunch, chromiumMissing, hasChromium } from '../../chromium.shared.js';
import { allNotes, methodHref, noteKinds, webhookHref } from '../scripts/content.js';
import { readGuides } from '../scripts/guides.js';
import { docsDir } from '../scripts/redocly.js';
import { buildSite, sitePage, WEBHOOKS_TAG_NAME } from '../scripts/site.js';

const methods = methodList as readonly AnyMethod[];
const hooks = webhookList as readonly AnyWebhook[];

if (!hasChromium) console.warn(`docs: the browser tests are skipped. ${chromiumMissing}.`);

const screenshot = join(docsDir, 'test-results', 'site.png');
/** Redoc's sidebar. */
const MENU = '[data-component-name="Menu/Menu"]';

// Shown as skipped, with the reason, when Chromium is missing.
if (!hasChromium) test.skip(`the browser tests: ${chromiumMissing}`, () => {});

describe.skipIf(!hasChromium)('the docs site in Chromium', () => {
  let browser: Browser;
  let page: Page;
  /** Every `#/...` link of the sidebar, once all its groups are open: href → text (name and HTTP method). */
  const sidebar = new Map<string, string>();
  let pageUrl: string;
  /** Every request the page made, from its opening to the last test. */
  const requests: string[] = [];

  beforeAll(async () => {
    if (!existsSync(sitePage)) buildSite();
    browser = await chromium.launch(chromiumLaunch);
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    pageUrl = pathToFileURL(sitePage).href;
    // Every request is recorded; only the page itself loads, so nothing can hang the test offline.
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.request().url() === pageUrl ? route.continue() : route.abort();
    });
    await page.goto(pageUrl);
    await page.waitForSelector('[data-testid="middle-panel"]');

    // Open each group of the sidebar in turn, and read its links once its last one is there.
    const openGroups = [
      ...Object.values(groups).map((group) => {
        const last = methods.filter((method) => groups[method.group] === group).at(-1)!;
        return [group.title, methodHref(last)] as const;
      }),
      [WEBHOOKS_TAG_NAME, webhookHref(hooks.at(-1)!)] as const,
    ];
    for (const [name, lastHref] of openGroups) {
      await page.getByRole('link', { name, exact: true }).first().click();
      await page.locator(`${MENU} a[href="${lastHref}"]`).waitFor();
      const links = await page.$$eval(`${MENU} a[href^="#/"]`, (anchors) =>
        anchors.map((a) => [a.getAttribute('href') ?? '', (a.textContent ?? '').trim()] as const),
      );
      for (const [href, text] of links) if (!sidebar.has(href)) sidebar.set(href, text);
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('is titled, and lists the guides first, then the methods, then the webhooks', async () => {
    expect(await page.title()).toBe('Support Board Web API: reference and guides');
    const headings = await page.getByText(/^(Guides|Methods|Webhooks)$/).allInnerTexts();
    expect(headings.slice(0, 3)).toEqual(['Guides', 'Methods', 'Webhooks']);
  });

  test('shows each of the 51 methods by its name', () => {
    expect(methods).toHaveLength(51);
    for (const method of methods) {
      expect(sidebar.get(methodHref(method))?.replace(/\s*POST$/i, ''), method.name).toBe(method.name);
    }
  });

  test('shows each of the 14 webhooks by its name', () => {
    expect(hooks).toHaveLength(14);
    for (const webhook of hooks) {
      expect(sidebar.get(webhookHref(webhook))?.replace(/\s*POST$/i, ''), webhook.name).toBe(webhook.name);
    }
  });

  test('has every guide', async () => {
    const guides = readGuides();
    expect(guides.map((guide) => guide.title)).toContain('Notes on the source documentation');
    for (const guide of guides) {
      expect(await page.getByRole('link', { name: guide.title, exact: true }).first().isVisible(), guide.title).toBe(
        true,
      );
    }
  });

  test('has the notes page, with notes of each kind', async () => {
    await page.getByRole('link', { name: 'Notes on the source documentation', exact: true }).first().click();
    const notes = allNotes();
    for (const [kind, heading] of Object.entries(noteKinds)) {
      const first = notes.find(({ note }) => note.kind === kind);
      expect(first, `a note of kind ${kind}`).toBeDefined();
      await page.getByRole('link', { name: heading, exact: true }).first().click();
      // The first note of the kind, by its ID (rendered as code), on screen once its section is open.
      await page
        .locator('code', { hasText: new RegExp(`^${first!.note.id}$`) })
        .first()
        .waitFor({ state: 'visible' });
    }
    // Then what version 3.3 answers differently, each fact with what was measured.
    await page
      .getByRole('link', { name: 'Version 3.3: where Support Board 3.3.6 answers differently', exact: true })
      .first()
      .click();
    await page
      .locator('code', { hasText: /^send-message-answer$/ })
      .first()
      .waitFor({ state: 'visible' });
  });

  test('shows the five code samples of a method: curl, PHP, fetch, the typed client and Python', async () => {
    await page
      .locator(`a[href="${methodHref(methods[0]!)}"]`)
      .first()
      .click();
    const section = page.locator(`[id="${methodHref(methods[0]!).slice(2)}"]`);
    const samples = section.locator('[data-testid="right-panel"]:has(button[aria-haspopup="menu"])').first();
    const expected = [
      ['curl', 'curl -X POST'],
      ['PHP', 'curl_init('],
      ['JavaScript', 'await fetch('],
      ['Typed client', "from '@support-board/contract/client'"],
      ['Python', 'requests.post('],
    ] as const;
    const labels = new RegExp(`^(${expected.map(([name]) => name).join('|')})$`);
    for (const [label, source] of expected) {
      await samples.locator('button[aria-haspopup="menu"]').filter({ hasText: labels }).click();
      expect(await page.getByRole('menuitem').allInnerTexts()).toEqual(expected.map(([name]) => name));
      await page.getByRole('menuitem', { name: label, exact: true }).click();
      await samples.locator('[data-component-name="CodeBlock/CodeBlock"]', { hasText: source }).first().waitFor();
    }
    mkdirSync(join(docsDir, 'test-results'), { recursive: true });
    await page.screenshot({ path: screenshot });
    expect(existsSync(screenshot)).toBe(true);
  });

  test("shows the conformance guide's screenshot of a report, from inside the page", async () => {
    await page.getByRole('link', { name: 'The conformance suite', exact: true }).first().click();
    // Its Reports section: Redoc renders a long guide's later sections as they come into view.
    await page.getByRole('link', { name: 'Reports', exact: true }).first().click();
    const image = page.locator('img[alt^="report.html of a run"]');
    await image.scrollIntoViewIfNeeded();
    expect(await image.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  });

  test("a method's Try it opens its console, the documented example filled in; from a file, no target", async () => {
    for (const method of [methods[0]!, methods.find((m) => m.name === 'get-users')!]) {
      const section = methodHref(method).slice(2);
      // A link to the method (Redoc shows one method at a time).
      await page.goto(`${pageUrl}${methodHref(method)}`);
      await page.locator(`[id="${section}"] .sb-try`).click();
      const panel = page.getByRole('dialog', { name: `Try ${method.name}` });
      await panel.waitFor();
      for (const [name, value] of Object.entries(method.request as Record<string, unknown>)) {
        const shown = await panel.locator(`[name="${name}"]`).inputValue();
        expect(shown, `${method.name} ${name}`).toBe(typeof value === 'object' ? JSON.stringify(value) : String(value));
      }
      // Opened from a file, the page has no API beside it: the reader types one.
      expect(await panel.locator('#sb-target').inputValue()).toBe('');
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'hidden' });
    }
  });

  // Last: after every click above, the page has still asked for nothing but itself (no logo, font or telemetry).
  test('makes no request outside the page', () => {
    expect(requests).toContain(pageUrl);
    expect(requests.filter((url) => url !== pageUrl)).toEqual([]);
  });
});

/**
 * Shared by the browser tests (the docs site, the conformance report): where Chromium is (Debian's,
 * or CHROMIUM_PATH) and how to start it. Without its own traffic (updates, sync, background
 * networking), every request a test records comes from the page under test.
 */
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
export const chromiumMissing = `Chromium is missing at ${chromiumPath}: install Debian's chromium package (npm test does, as root) or set CHROMIUM_PATH`;

/** playwright-core's launch options. */
export const chromiumLaunch = {
  executablePath: chromiumPath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};

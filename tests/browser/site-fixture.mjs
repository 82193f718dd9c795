// Shared setup for the browser tests: the built site served under a sub-path, as on
// GitHub Pages, and one Chromium for the whole file.
import { resolve } from 'node:path';
import { serveSite } from '../../scripts/static-server.mjs';
import { launchBrowser, openPage } from '../support/browser.mjs';

export const SITE_DIR = resolve(process.env.SAMENWIJS_SITE_DIR || new URL('../../build/site', import.meta.url).pathname);
export const BASE_PATH = '/pages/samenwijs/';

export async function startSite() {
  const site = await serveSite(SITE_DIR, { basePath: BASE_PATH });
  const browser = await launchBrowser();
  const origin = new URL(site.url).origin;
  return {
    site,
    browser,
    origin,
    open: (options) => openPage(browser, origin, options),
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

/** Asserts nothing went wrong on the page: no console or page errors, nothing foreign. */
export function assertClean(assert, problems, where) {
  assert.deepEqual(problems.consoleErrors, [], `console errors on ${where}`);
  assert.deepEqual(problems.pageErrors, [], `page errors on ${where}`);
  assert.deepEqual(problems.foreignRequests, [], `requests to other origins on ${where}`);
}

/**
 * Issue 15: a page drawn from the build's answers starts its module at the first
 * interaction, and a click meanwhile waits for it. Tests of what a page does (not of how
 * it loads) call this after drawing: it presses Shift (an interaction that changes
 * nothing) and waits until the module has its content, so their first click acts at once.
 */
export async function startModule(page) {
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => !self.SAMENWIJS_SHELL['loader.js'].loadStats().moduleStarting, null, { timeout: 20000 });
}

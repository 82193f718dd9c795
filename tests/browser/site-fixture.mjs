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

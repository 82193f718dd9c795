// The test browser itself: each new window of this Chromium loads its address-bar popup
// (a chrome:// page with about 1.5 s of CPU) unless CHROMIUM_ARGS turns it off. Beside a
// page under test, on two cores, it slowed every navigation figure by 90-120 ms and made
// timeouts flaky. A newer Chromium may bring such a page under another feature name: then
// this test names the page, and its feature goes into CHROMIUM_ARGS.
// Run from the repository root: node --test --test-concurrency=1 tests/browser/test-browser.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { browserUiPages, waitForPage } from '../support/browser.mjs';
import { assertClean, startSite } from './site-fixture.mjs';

let env;
before(async () => { env = await startSite(); });
after(async () => { await env?.close(); });

test('new windows of the test browser open none of its own pages beside the site', async () => {
  const seen = new Set();
  // Four windows, as four tests or visits open them: the popup came in 6 of 10 windows.
  for (let i = 0; i < 4; i += 1) {
    const { page, context, problems } = await env.open();
    await page.goto(`${env.site.url}#/zelfscan`);
    await waitForPage(page);
    await page.waitForTimeout(300); // the popup's page starts loading a few 100 ms after the window
    for (const url of await browserUiPages(env.browser)) seen.add(url);
    assertClean(assert, problems, `#/zelfscan, window ${i + 1}`);
    await context.close();
  }
  assert.deepEqual([...seen], [], 'pages of the browser itself ran beside the site');
});

#!/usr/bin/env node
// Issue 15: per route, the files a first visit requests until the page is rendered and
// usable (document.body.dataset.rendered), and their gzip -9 size. A helper beside
// size.mjs: node tests/bench/route-bytes.mjs [siteDir]
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveSite } from '../../scripts/static-server.mjs';
import { launchBrowser, openPage } from '../support/browser.mjs';

const site = resolve(process.argv[2] || new URL('../../build/site', import.meta.url).pathname);
const ROUTES = ['/', '/gespreksstarters', '/gespreksstarters/leraar', '/zelfscan', '/teamoverzicht', '/netwerkcheck',
  '/netwerkcheck/gereedheid', '/bronnen'];
const server = await serveSite(site, { basePath: '/' });
const browser = await launchBrowser();
const origin = new URL(server.url).origin;
const kb = (n) => (n / 1024).toFixed(1);
for (const route of ROUTES) {
  const { page, context } = await openPage(browser, origin, {});
  // The moment the page is rendered, and every request started before it, in the page's clock.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.body && document.body.dataset.rendered && !self.renderedAt) self.renderedAt = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-rendered'] });
  });
  await page.goto(`${server.url}#${route}`);
  await page.waitForFunction((p) => document.body.dataset.rendered === p, route, { timeout: 60000 });
  await page.waitForTimeout(1500); // later requests are listed apart
  const { before, after } = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource').filter((e) => new URL(e.name).origin === location.origin);
    const path = (e) => new URL(e.name).pathname;
    return {
      before: ['/index.html', ...entries.filter((e) => e.startTime <= self.renderedAt).map(path)],
      after: entries.filter((e) => e.startTime > self.renderedAt).map(path),
    };
  });
  const requested = before;
  const files = [...new Set(requested)].filter((p) => !p.endsWith('sw.js'));
  let total = 0;
  const parts = files.map((p) => {
    const file = join(site, p);
    const size = existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
    total += size;
    return `${p.slice(1)} ${kb(size)}`;
  });
  const moduleBytes = files.filter((p) => p.includes('samenwijs-core')).reduce((n, p) => n + gzipSync(readFileSync(join(site, p)), { level: 9 }).length, 0);
  console.log(`route ${route} gzip_to_render ${kb(total)} KB (module ${kb(moduleBytes)}, the rest ${kb(total - moduleBytes)})  (${parts.join(', ')})` +
    (after.length ? `; after rendering: ${after.map((p) => p.slice(1)).join(', ')}` : ''));
  await context.close();
}
await browser.close();
await server.close();

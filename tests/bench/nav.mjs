#!/usr/bin/env node
// Navigation to a drawn page, cold, as the median of many first visits: one visit swings
// by 100 ms or more on this machine, so a single figure says little.
//   node tests/bench/nav.mjs [SITE_DIR]          NAV_VISITS=11 (per route)
// Each visit is a fresh browser context (empty HTTP cache, no service worker) against the
// site served gzip-compressed under a sub-path, as GitHub Pages serves it. Routes are
// visited in turns (route 1, 2, ..., 1, 2, ...), so a busier moment on the machine
// touches every route alike. Prints lines `name value unit` per route:
//   nav_<name>_rendered_ms_median  navigation start to usable (body[data-rendered])
//   nav_<name>_painted_ms_median   navigation start to the largest paint before the first
//                                  interaction (Chromium's largest-contentful-paint)
//   nav_<name>_fcp_ms_median       navigation start to the first paint (the shell)
//   ..._p10 / _p90                 the spread
// nav_floor_*: a page holding one line of static HTML from the same server, in the same
// turns: what a navigation costs on this machine before any of the site's own work.
// nav_visits_beside_browser_pages: visits during which the browser ran one of its own
// pages (should be 0; see CHROMIUM_ARGS).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { serveSite } from '../../scripts/static-server.mjs';
import { browserUiPages, launchBrowser } from '../support/browser.mjs';

const source = process.argv[2] || new URL('../../build/site', import.meta.url).pathname;
const visits = Number(process.env.NAV_VISITS || 11);
const ROUTES = [['home', '#/'], ['gespreksstarters', '#/gespreksstarters'], ['zelfscan', '#/zelfscan'],
  ['teamoverzicht', '#/teamoverzicht'], ['netwerkcheck', '#/netwerkcheck'], ['gids_leraar', '#/gespreksstarters/leraar'],
  ['floor', 'nav-floor.html']];

// A copy of the site with the floor page beside it (the build output stays untouched).
const site = mkdtempSync(join(tmpdir(), 'samenwijs-nav-'));
cpSync(source, site, { recursive: true });
writeFileSync(join(site, 'nav-floor.html'),
  '<!doctype html><html lang="nl"><title>vloer</title><body data-rendered="floor"><main><h1>Vloer</h1><p class="lead">Eén regel tekst.</p></main></body></html>\n');

// Runs in the page before its own scripts: when it said it is usable, and its paints.
function observe() {
  window.navTimes = { lcp: 0, fcp: 0, rendered: 0 };
  const mark = () => {
    if (!window.navTimes.rendered && document.body && document.body.dataset.rendered !== undefined) {
      window.navTimes.rendered = performance.now();
    }
  };
  new MutationObserver(mark).observe(document, { attributes: true, childList: true, subtree: true, attributeFilter: ['data-rendered'] });
  document.addEventListener('DOMContentLoaded', mark);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.navTimes.lcp = Math.max(window.navTimes.lcp, e.startTime);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.navTimes.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
}

// Visits during which one of the browser's own pages was open (its address-bar popup,
// 1.5 s of CPU): CHROMIUM_ARGS turns them off; if a newer Chromium brings one back, the
// figures are not comparable, and the last line says so.
let visitsBesideBrowserPages = 0;

async function visit(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'nl-NL' });
  try {
    const page = await context.newPage();
    await page.addInitScript(observe);
    await page.goto(url);
    await page.waitForFunction(() => window.navTimes.rendered > 0 && window.navTimes.lcp > 0, null, { timeout: 20000 });
    // Paints after the draw still count (until the first interaction; there is none here).
    await page.waitForTimeout(1000);
    if ((await browserUiPages(browser)).length) visitsBesideBrowserPages += 1;
    return await page.evaluate(() => window.navTimes);
  } finally {
    await context.close();
  }
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

const server = await serveSite(site, { basePath: '/samenwijs/', cacheControl: 'max-age=600' });
const browser = await launchBrowser();
const results = new Map(ROUTES.map(([name]) => [name, []]));
try {
  await visit(browser, `${server.url}nav-floor.html`); // the browser's own first-start costs
  for (let round = 0; round < visits; round += 1) {
    for (const [name, target] of ROUTES) {
      results.get(name).push(await visit(browser, `${server.url}${target}`));
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(site, { recursive: true, force: true });
}

for (const [name, runs] of results) {
  for (const [key, label] of [['rendered', 'rendered_ms'], ['lcp', 'painted_ms'], ['fcp', 'fcp_ms']]) {
    const values = runs.map((r) => r[key]);
    console.log(`nav_${name}_${label}_median ${quantile(values, 0.5).toFixed(0)} ms`);
    console.log(`nav_${name}_${label}_p10 ${quantile(values, 0.1).toFixed(0)} ms`);
    console.log(`nav_${name}_${label}_p90 ${quantile(values, 0.9).toFixed(0)} ms`);
  }
}
console.log(`nav_visits ${visits} per route`);
console.log(`nav_visits_beside_browser_pages ${visitsBesideBrowserPages}`);
if (visitsBesideBrowserPages) console.error('warning: the browser ran its own pages beside some visits (tests/browser/test-browser.test.mjs names them)');

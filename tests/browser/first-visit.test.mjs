// A first visit, as on GitHub Pages (gzip, Cache-Control: max-age=600), with the service
// worker allowed, for home and each capability's first page, each in a fresh browser:
//  - no file goes over the network twice, page and worker together: per path (with or
//    without ?v=) at most one answer with a body; a versioned file is asked for once in
//    all (the worker takes it from the HTTP cache); an unversioned one (the page itself,
//    the manifest, the favicon) may be revalidated once (304, no body);
//  - before the page is usable (body[data-rendered] set by main.js), only files of the
//    route's own set are requested (declared below by file-name patterns), nothing by
//    the service worker, and not the worker's script itself;
//  - a route the build answered (web/js/static-answers.js) draws from its answer part:
//    neither the glue nor the wasm nor any content part is requested before it is usable
//    (a first draw that makes a call the table lacks would load the module first), and
//    the page asks for none of them before an interaction: the worker downloads them;
//  - the early start in <head> (web/js/early-start.js) starts exactly the files of the
//    route's first draw that are not in the HTML, under the URLs the page then uses, so
//    they download beside app.js: a route the build answered gets its page group and
//    answer parts as scripts at once, any other route preloads (page group, module and
//    content parts);
//  - afterwards the worker fills its cache with exactly the URLs the page asked for (with
//    their ?v=), so the next visit works offline.
// The server's own log is the ground truth of what went over the wire.
// Run from the repository root: node --test --test-concurrency=1 tests/browser/first-visit.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { serveSite } from '../../scripts/static-server.mjs';
import { launchBrowser, waitForPage } from '../support/browser.mjs';
import { firstVisit, fromWorker, recordRendered } from '../support/first-visit.mjs';
import { PRERENDERED } from '../../web/js/static-answers.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_PATH, SITE_DIR } from './site-fixture.mjs';

// What a page may load before it is usable, as paths relative to the site (no query).
// When the build splits files differently, extend these patterns; a file named after
// one capability must not be loaded by another capability's page (checked below).
const SHELL = [/^$/, /^index\.html$/, /^css\/[\w.-]+\.css$/, /^(app|main|shell|home)[\w.-]*\.js$/, /^icons\/favicon\.svg$/,
  /^manifest\.webmanifest$/];
// The module (glue and wasm, or one per capability), never the file://-only base64 copy.
const MODULE = [/^samenwijs(?![\w.-]*-wasm\.js$)[\w.-]*\.(js|wasm)$/];
// The content parts every page with the core starts from (web/js/route-parts.js).
const SHARED_CONTENT = [/^content\.js$/, /^(content|chunk|shared|common)[\w.-]*\.js$/, /^parts\/(base|guides-index)\.js$/];
// The self-assessment frameworks: the self-assessment's and the team overview's own part.
const FRAMEWORKS = /^parts\/frameworks\.js$/;
const CAPABILITY_WORDS = {
  gespreksstarters: /gespreks|guid|agenda/,
  zelfscan: /zelfscan|scan/,
  teamoverzicht: /team|ballot|round/,
  netwerkcheck: /netwerk|network/,
};
// The answers the build computed for a route's first draw (issue 15).
const ANSWERS = /^answers\/[\w.-]+\.js$/;
// Routes that draw from answers on a first visit: no module, no content part before usable.
const PRE_RENDERED = ['/gespreksstarters', '/zelfscan', '/teamoverzicht', '/gespreksstarters/leraar', '/netwerkcheck/gereedheid', '/bronnen'];
const ROUTES = [
  { path: '/', uses: [...SHELL] },
  ...Object.entries(CAPABILITY_WORDS).map(([name, words]) => ({
    path: `/${name}`, capability: name,
    uses: [...SHELL, ...MODULE, ...SHARED_CONTENT, words, ...(['zelfscan', 'teamoverzicht'].includes(name) ? [FRAMEWORKS] : [])],
  })),
  { path: '/gespreksstarters/leraar', capability: 'gespreksstarters', uses: [...SHELL, CAPABILITY_WORDS.gespreksstarters] },
  { path: '/netwerkcheck/gereedheid', capability: 'netwerkcheck', uses: [...SHELL, CAPABILITY_WORDS.netwerkcheck] },
  { path: '/bronnen', uses: [...SHELL, /^pages-info\.js$/] },
  // Not answered by the build: the module and the network part come before the first draw (preloaded).
  { path: '/netwerkcheck/plan', capability: 'netwerkcheck', uses: [...SHELL, ...MODULE, ...SHARED_CONTENT, CAPABILITY_WORDS.netwerkcheck] },
].map((route) => (PRE_RENDERED.includes(route.path)
  ? { ...route, preRendered: true, uses: [...route.uses.filter((p) => !MODULE.includes(p) && !SHARED_CONTENT.includes(p) && p !== FRAMEWORKS), ANSWERS] }
  : route));

function belongsToAnother(route, file) {
  if (SHARED_CONTENT.some((p) => p.test(file))) return false; // e.g. the guides' index, shared by all
  return Object.entries(CAPABILITY_WORDS).some(([name, words]) => name !== route.capability && words.test(file));
}

let site;
let browser;

before(async () => {
  site = await serveSite(SITE_DIR, { basePath: BASE_PATH, cacheControl: 'max-age=600' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const relativePath = (path) => path.slice(BASE_PATH.length);

for (const route of ROUTES) {
  test(`first visit to #${route.path}: every file once over the network, nothing foreign before it is usable`, async (t) => {
    const { renderedAt, log, early, cache, pageRequests, preloads } = await firstVisit(browser, site, route.path, waitForPage);
    assert.ok(renderedAt, 'the page said when it was usable');

    // The early start preloaded what the first draw loads beyond the HTML's own files.
    const inHtml = /^(|index\.html|css\/[\w.-]+\.css|app\.js|icons\/favicon\.svg|manifest\.webmanifest)$/;
    const drawFiles = early.filter((e) => !fromWorker(e) && !inHtml.test(relativePath(e.path)))
      .map((e) => `${relativePath(e.path)}${e.search}`).sort();
    const preloaded = preloads.map((url) => url.slice(site.url.length)).sort();
    assert.deepEqual(preloaded, drawFiles, 'the early start preloads exactly the files of the first draw (same ?v= URLs)');
    assert.ok(preloaded.every((f) => /\?v=\w+$/.test(f)), `versioned URLs: ${preloaded}`);
    if (route.path !== '/') assert.ok(preloaded.some((f) => f.startsWith('pages-')), `the page group is preloaded: ${preloaded}`);

    // Before the page is usable: only the route's own files, nothing from the worker.
    const foreign = early.filter((e) => {
      const file = relativePath(e.path);
      return fromWorker(e) || !route.uses.some((p) => p.test(file)) || belongsToAnother(route, file);
    }).map((e) => `${relativePath(e.path)}${e.search}${fromWorker(e) ? ' (service worker)' : ''}`);
    assert.deepEqual(foreign, [], 'requested before the page was usable, but not part of this page');
    if (route.preRendered) {
      const files = early.map((e) => relativePath(e.path));
      assert.ok(files.some((f) => ANSWERS.test(f)), `drew from an answer part: ${files.join(', ')}`);
      assert.deepEqual(files.filter((f) => MODULE.some((p) => p.test(f)) || f.startsWith('parts/')), [],
        'the module or content parts were requested before the page was usable');
      // The page itself asks for the module only at the first interaction (none here); the
      // worker downloads it once, off the main thread, so it is in the cache by then.
      const pageModule = pageRequests.filter((url) => /samenwijs-core|\/parts\//.test(url));
      assert.deepEqual(pageModule, [], 'the page asked for the module or a content part without an interaction');
      assert.ok(log.some((e) => /samenwijs-core\.wasm$/.test(e.path) && fromWorker(e)), 'the worker downloads the module after drawing');
    }

    // Over the whole visit: each path's body at most once; versioned files asked once.
    const perPath = new Map();
    for (const e of log) {
      const entry = perPath.get(e.path) || { bodies: 0, requests: 0, versioned: false };
      entry.requests += 1;
      if (e.status === 200) entry.bodies += 1;
      if (e.search.includes('v=')) entry.versioned = true;
      perPath.set(e.path, entry);
    }
    const twice = [...perPath].filter(([, e]) => e.bodies > 1 || (e.versioned && e.requests > 1) || e.requests > 2)
      .map(([path, e]) => `${relativePath(path) || './'}: ${e.requests} requests, ${e.bodies} downloads`);
    assert.deepEqual(twice, [], 'files that went over the network more than once');
    assert.ok(log.every((e) => e.status === 200 || e.status === 304), `all answers 200/304: ${log.map((e) => e.status)}`);

    // The worker keeps exactly the URLs this page asked for (same ?v=), plus the rest.
    assert.equal(cache.names.length, 1, `one cache: ${cache.names}`);
    const missing = pageRequests.filter((url) => !cache.urls.includes(url) && !url.endsWith('/sw.js'));
    assert.deepEqual(missing, [], 'URLs the page asked for that the worker did not keep');
    const wire = log.reduce((n, e) => n + e.bytes, 0);
    t.diagnostic(`${log.length} requests, ${(wire / 1024).toFixed(1)} KB on the wire, ${early.length} before usable, ${cache.urls.length} cached`);
  });
}

// Every route the build answered, with every guide: its first draw needs no module. A
// call its first draw makes that the table lacks loads the module before it is usable.
function preRenderedPaths() {
  const paths = [];
  for (const pattern of Object.keys(PRERENDERED)) {
    if (pattern.includes(':guide')) {
      const guides = readdirSync(join(SITE_DIR, 'parts')).filter((f) => f.startsWith('guide-')).map((f) => f.slice(6, -3));
      paths.push(...guides.map((id) => [`/gespreksstarters/${id}`, pattern]));
    } else {
      paths.push([pattern, pattern]);
    }
  }
  return paths;
}

test('every pre-rendered route draws before the module or any content part is requested', async () => {
  const late = [];
  for (const [path, pattern] of preRenderedPaths()) {
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'nl-NL' });
    const from = site.log.length;
    try {
      const page = await context.newPage();
      await page.addInitScript(recordRendered);
      await page.goto(`${site.url}#${path}`);
      await waitForPage(page);
      const renderedAt = await page.evaluate(() => window.samenwijsRenderedAt);
      const early = site.log.slice(from).filter((e) => e.at < renderedAt).map((e) => relativePath(e.path));
      const wrong = early.filter((f) => MODULE.some((p) => p.test(f)) || f.startsWith('parts/'));
      // A page whose first draw asks the core nothing (the board overview) needs no answer part.
      const answered = PRERENDERED[pattern].answers({ params: { guide: path.split('/')[2] }, query: new URLSearchParams() });
      if (wrong.length || (answered.length > 0 && !early.some((f) => ANSWERS.test(f)))) late.push(`#${path}: ${early.join(', ')}`);
    } finally {
      await context.close();
    }
  }
  assert.deepEqual(late, [], 'routes that needed the module (or content) before drawing');
});

// A first visit, as on GitHub Pages (gzip, Cache-Control: max-age=600), with the service
// worker allowed, for home and each capability's first page, each in a fresh browser:
//  - no file goes over the network twice, page and worker together: per path (with or
//    without ?v=) at most one answer with a body; a versioned file is asked for once in
//    all (the worker takes it from the HTTP cache); an unversioned one (the page itself,
//    the manifest, the favicon) may be revalidated once (304, no body);
//  - before the page is usable (body[data-rendered] set by main.js), only files of the
//    route's own set are requested (declared below by file-name patterns), nothing by
//    the service worker, and not the worker's script itself;
//  - afterwards the worker fills its cache with exactly the URLs the page asked for (with
//    their ?v=), so the next visit works offline.
// The server's own log is the ground truth of what went over the wire.
// Run from the repository root: node --test --test-concurrency=1 tests/browser/first-visit.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { serveSite } from '../../scripts/static-server.mjs';
import { launchBrowser, waitForPage } from '../support/browser.mjs';
import { firstVisit, fromWorker } from '../support/first-visit.mjs';
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
const ROUTES = [
  { path: '/', uses: [...SHELL] },
  ...Object.entries(CAPABILITY_WORDS).map(([name, words]) => ({
    path: `/${name}`, capability: name,
    uses: [...SHELL, ...MODULE, ...SHARED_CONTENT, words, ...(['zelfscan', 'teamoverzicht'].includes(name) ? [FRAMEWORKS] : [])],
  })),
];

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
    const { renderedAt, log, early, cache, pageRequests } = await firstVisit(browser, site, route.path, waitForPage);
    assert.ok(renderedAt, 'the page said when it was usable');

    // Before the page is usable: only the route's own files, nothing from the worker.
    const foreign = early.filter((e) => {
      const file = relativePath(e.path);
      return fromWorker(e) || !route.uses.some((p) => p.test(file)) || belongsToAnother(route, file);
    }).map((e) => `${relativePath(e.path)}${e.search}${fromWorker(e) ? ' (service worker)' : ''}`);
    assert.deepEqual(foreign, [], 'requested before the page was usable, but not part of this page');

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

#!/usr/bin/env node
// Compressed size of what a visit downloads, from the built site (gzip -9, as a static
// host would serve it). Prints lines `name value unit`.
//   node tests/bench/size.mjs [SITE_DIR]
// First the files' sizes; then, per route, a real first visit in headless Chromium
// (playwright-core, as the browser tests) against the site served gzip-compressed with
// Cache-Control: max-age=600, as GitHub Pages serves it, counted on the server's side:
//   route_<name>_render_gzip   the bytes of every file requested until the page is
//                              usable (body[data-rendered] set by main.js)
//   route_<name>_rendered_ms   navigation start to usable, cold (one visit: noisy on a
//                              loaded machine; repeat for a median)
//   route_<name>_wire          everything that went over the wire in that visit,
//                              including what the service worker fetched afterwards
//                              (counted once the worker is activated, its cache filled)
//   route_<name>_worker_before_usable  requests of the service worker (its script, its
//                              precaching) that competed with the page's own
// Bytes are response bodies as sent (gzip, the Content-Length), headers not included.
// SIZE_CACHE_CONTROL=no-store shows a server that forbids the HTTP cache (then the
// worker must download again what the page already has).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const site = process.argv[2] || new URL('../../build/site', import.meta.url).pathname;
const gz = (file) => gzipSync(readFileSync(join(site, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

// A first visit to the home page: the shell only (the module and content load when a
// page needs them).
const shell = ['index.html', 'css/site.css', 'app.js', 'icons/favicon.svg'];
const module = ['samenwijs-core.js', 'samenwijs-core.wasm'];
// Each page group's script and each content part; content.js (all content in one file)
// is written for tests and benchmarks only, and shown for comparison.
const pieces = readdirSync(site).filter((f) => /^pages-.*\.js$/.test(f))
  .concat(readdirSync(join(site, 'parts')).map((f) => `parts/${f}`), ['content.js']);

const sum = (files) => files.reduce((n, f) => n + gz(f), 0);
for (const f of [...shell, ...module, ...pieces]) console.log(`gzip_${f.replace(/[^a-z0-9]+/gi, '_')} ${kb(gz(f))} KB`);
console.log(`first_visit_home ${kb(sum(shell))} KB`);
console.log(`module ${kb(sum(module))} KB`);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [relative(site, p)];
  });
}
const all = walk(site).filter((f) => f !== 'samenwijs-core-wasm.js'); // only used from file://
console.log(`whole_site_http ${kb(sum(all))} KB`);
console.log(`wasm_raw ${kb(statSync(join(site, 'samenwijs-core.wasm')).size)} KB`);

// Per route: a first visit in a fresh browser, service worker included.
const ROUTES = [['home', '/'], ['gespreksstarters', '/gespreksstarters'], ['zelfscan', '/zelfscan'],
  ['teamoverzicht', '/teamoverzicht'], ['netwerkcheck', '/netwerkcheck'],
  // one level deeper: a guide, the network check's first step, the sources (every guide's reading tips)
  ['gids_leraar', '/gespreksstarters/leraar'], ['netwerkcheck_gereedheid', '/netwerkcheck/gereedheid'], ['bronnen', '/bronnen']];
let tools;
try {
  tools = {
    ...(await import('../../scripts/static-server.mjs')),
    ...(await import('../support/browser.mjs')),
    ...(await import('../support/first-visit.mjs')),
  };
} catch (error) {
  console.error(`size: no browser figures (${error.message}); npm install playwright-core and Debian's chromium give them`);
  process.exit(0);
}
const server = await tools.serveSite(site, { basePath: '/samenwijs/', cacheControl: process.env.SIZE_CACHE_CONTROL || 'max-age=600' });
const browser = await tools.launchBrowser();
try {
  for (const [name, route] of ROUTES) {
    const visit = await tools.firstVisit(browser, server, route, tools.waitForPage);
    const render = visit.early.filter((e) => !tools.fromWorker(e));
    const bytes = (entries) => entries.reduce((n, e) => n + e.bytes, 0);
    console.log(`route_${name}_render_gzip ${kb(bytes(render))} KB`);
    console.log(`route_${name}_render_files ${render.length} files`);
    console.log(`route_${name}_render_module ${render.some((e) => /samenwijs-core\.wasm/.test(e.path || e.url || '')) ? 'yes' : 'no'}`);
    console.log(`route_${name}_rendered_ms ${visit.renderedMs.toFixed(0)} ms`);
    console.log(`route_${name}_wire ${kb(bytes(visit.log))} KB`);
    console.log(`route_${name}_wire_requests ${visit.log.length} requests`);
    console.log(`route_${name}_worker_before_usable ${visit.early.filter(tools.fromWorker).length} requests`);
  }
} finally {
  await browser.close();
  await server.close();
}

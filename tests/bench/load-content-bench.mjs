#!/usr/bin/env node
// loadContent in the release wasm module: what the page does once per visit (parse and
// validate the bundle, answer the overview; the search index waits for the first search),
// on fresh module instances (cold: the first call of an instance) and again on one
// instance (warm), under Node and in headless Chromium on the built site. The same work
// natively: build/native/tests/bench/samenwijs-load-content-bench. search-bench.mjs prints
// the Chromium figure the README's table uses (load_content_wasm: median of 5 loads on one
// instance); this prints the same measure as load_content_wasm_chromium. SAMENWIJS_SITE_DIR
// measures another build of the site (e.g. one from before a change).
// load_content_wasm_chromium_first_call is what a visitor gets: the first call in a fresh
// page. Prints `name value unit` lines.
//   node tests/bench/load-content-bench.mjs [RUNS]
import { loadSamenwijs } from '../node/load-module.mjs';
import { startSite } from '../browser/site-fixture.mjs';
import { prepareModule } from './page-module.mjs';

const runs = Number(process.argv[2] || 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const check = (envelope) => {
  if (!JSON.parse(envelope).ok) throw new Error(`loadContent failed: ${envelope.slice(0, 200)}`);
};

const cold = [];
const coldCpu = [];
const warm = [];
for (let r = 0; r < runs; r += 1) {
  const { module, bundle } = await loadSamenwijs();
  let start = performance.now();
  const cpu = process.cpuUsage();
  const first = module.loadContent(bundle);
  cold.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  coldCpu.push((used.user + used.system) / 1000);
  check(first);
  start = performance.now();
  const second = module.loadContent(bundle);
  warm.push(performance.now() - start);
  check(second);
}
console.log(`load_content_wasm_node ${median(cold).toFixed(1)} ms`);
console.log(`load_content_wasm_node_cpu ${median(coldCpu).toFixed(1)} ms`);
console.log(`load_content_wasm_node_warm ${median(warm).toFixed(1)} ms`);
console.log(`load_content_wasm_node_best ${Math.min(...cold, ...warm).toFixed(1)} ms`);

// Chromium: `runs` fresh instances of the module the page loaded, each loading the whole
// bundle (content.js) once cold and then `runs` times (as search-bench.mjs measures it);
// and the first call in `runs` fresh pages (load_content_wasm_chromium_first_call).
const env = await startSite();
// In one page: `rounds` fresh instances of the module the page loaded (one compiled
// module, so from the second instance on the wasm code is compiled and partly optimised),
// each loading the whole bundle `rounds` times.
// After prepareModule (tests/bench/page-module.mjs): none of the module's code has run.
const inPage = async (n) => {
  const { compiled, bundle } = self.benchModule;
  const firsts = [];
  const loads = [];
  const lastLoads = [];
  for (let r = 0; r < n; r += 1) {
    const module = await self.createSamenwijsCore({
      instantiateWasm: (imports, receive) => {
        WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled));
        return {};
      },
    });
    for (let i = 0; i < n; i += 1) {
      const start = performance.now();
      const answer = module.loadContent(bundle);
      const ms = performance.now() - start;
      if (!JSON.parse(answer).ok) throw new Error(answer.slice(0, 200));
      if (i === 0) firsts.push(ms);
      if (r === 0) loads.push(ms);
      if (r === n - 1) lastLoads.push(ms);
    }
  }
  return { firsts, loads, lastLoads };
};
const openRoute = async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.site.url}#/gespreksstarters`);
  await page.waitForFunction(() => document.body.dataset.rendered === '/gespreksstarters');
  return { context, page };
};
let chromium;
const firstCalls = [];
try {
  const { context, page } = await openRoute();
  await page.evaluate(prepareModule);
  chromium = await page.evaluate(inPage, runs);
  await context.close();
  // What a visitor's page pays: the first call of the first instance in a fresh page,
  // before any of the module's code has run (wasm functions compile on their first call,
  // the glue's JS is not optimised yet, the memory is untouched). One page per figure.
  for (let r = 0; r < runs; r += 1) {
    const fresh = await openRoute();
    await fresh.page.evaluate(prepareModule);
    firstCalls.push((await fresh.page.evaluate(inPage, 1)).firsts[0]);
    await fresh.context.close();
  }
} finally {
  await env.close();
}
console.log(`load_content_wasm_chromium ${median(chromium.loads).toFixed(1)} ms`);
console.log(`load_content_wasm_chromium_cold ${median(chromium.firsts).toFixed(1)} ms`);
// The same repeated loads on the last instance: the module's code has been in use for a
// while (load_content_wasm_chromium is the first instance, while its code still tiers up).
console.log(`load_content_wasm_chromium_repeat_last_instance ${median(chromium.lastLoads).toFixed(1)} ms`);
// The fastest load: on a machine shared with other work, the least disturbed one.
console.log(`load_content_wasm_chromium_best ${Math.min(...chromium.loads, ...chromium.firsts).toFixed(1)} ms`);
console.log(`load_content_wasm_chromium_first_call ${median(firstCalls).toFixed(1)} ms`);

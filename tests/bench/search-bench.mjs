#!/usr/bin/env node
// The search in the release wasm module under Node and natively, with the same 200 queries
// typed letter by letter, in one run: index build time and the search call per keystroke
// (p95). Prints `name value unit` lines and the wasm/native ratio.
//   node tests/bench/search-bench.mjs [QUERIES_FILE]
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadSamenwijs, siteDir } from '../node/load-module.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const queriesFile = process.argv[2] || join(root, 'tests/bench/search-queries.txt');
const queries = readFileSync(queriesFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));

// Content as the site ships it: the bundle inside content.js.
const { core, bundle } = await loadSamenwijs({ withContent: false });
const loads = [];
let build = [];
for (let r = 0; r < 5; r += 1) {
  const start = performance.now();
  core.loadContent(bundle);
  loads.push(performance.now() - start);
  build.push(core.call('search', { query: '', stats: true }).index.buildMs);
}
loads.sort((a, b) => a - b);
build = build.sort((a, b) => a - b);

const times = [];
for (const q of queries) {
  const letters = Array.from(q);
  for (let i = 1; i <= letters.length; i += 1) {
    const typed = letters.slice(0, i).join('');
    const start = performance.now();
    core.search(typed, {}, 100);
    times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
const p95 = times[Math.floor(times.length * 0.95)];
const wasm = {
  build: build[2], p95, median: times[Math.floor(times.length / 2)], load: loads[2],
};

// The same queries natively (built by the native preset), in the same run.
const bundleFile = join(root, 'build/native/tests/content/real-content.bundle.json');
const native = spawnSync(join(root, 'build/native/tests/bench/samenwijs-search-bench'), [bundleFile, queriesFile], { encoding: 'utf8' });
if (native.status !== 0) throw new Error(`native benchmark failed: ${native.stderr}`);
process.stdout.write(native.stdout);
const figure = (name) => Number((native.stdout.match(new RegExp(`^${name} ([0-9.]+)`, 'm')) || [])[1]);

console.log(`search_index_build_wasm ${wasm.build.toFixed(2)} ms`);
console.log(`search_keystroke_p95_wasm ${wasm.p95.toFixed(3)} ms`);
console.log(`search_keystroke_median_wasm ${wasm.median.toFixed(3)} ms`);
console.log(`load_content_wasm ${wasm.load.toFixed(1)} ms`);
console.log(`search_index_build_ratio ${(wasm.build / figure('search_index_build_native')).toFixed(2)} x`);
console.log(`search_keystroke_p95_ratio ${(wasm.p95 / figure('search_keystroke_p95_native')).toFixed(2)} x`);
console.log(`search_site ${siteDir} path`);

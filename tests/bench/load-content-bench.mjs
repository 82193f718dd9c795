#!/usr/bin/env node
// loadContent in the release wasm module under Node: what the page does once per visit
// (parse and validate the bundle, build the search index, answer the overview), on fresh
// module instances (cold: the first call of an instance) and again on one instance (warm).
// The same work natively: build/native/tests/bench/samenwijs-load-content-bench. The
// figure in Chromium comes from tests/bench/search-bench.mjs (load_content_wasm).
// Prints `name value unit` lines.
//   node tests/bench/load-content-bench.mjs [RUNS]
import { loadSamenwijs } from '../node/load-module.mjs';

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

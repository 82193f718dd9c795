#!/usr/bin/env node
// The team overview in the wasm module under Node, on the codes the native benchmark
// wrote: the same call the site makes. Prints `name value unit` lines.
//   node tests/bench/team-bench.mjs CODES_FILE
import { readFileSync } from 'node:fs';
import { loadSamenwijs, heapBytes } from '../node/load-module.mjs';

const text = readFileSync(process.argv[2], 'utf8');
const count = text.split('\n').filter(Boolean).length;
const { core, module } = await loadSamenwijs({ withContent: true });
const runs = [];
for (let r = 0; r < 3; r += 1) {
  const start = performance.now();
  const team = core.team({ text });
  runs.push(performance.now() - start);
  if (!team.shown || team.accepted !== count) throw new Error(`unexpected team answer: ${team.accepted} of ${count}`);
}
runs.sort((a, b) => a - b);
console.log(`aggregate_${count}_wasm ${runs[1].toFixed(1)} ms`);
console.log(`decode_per_code_wasm ${((runs[1] * 1000) / count).toFixed(2)} us`);
// Linear memory only grows, so its size now is the peak.
console.log(`aggregate_${count}_wasm_peak_memory ${(heapBytes(module) / (1024 * 1024)).toFixed(1)} MB`);

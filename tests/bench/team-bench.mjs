#!/usr/bin/env node
// The team overview in the wasm module under Node, on the inputs the native benchmark
// wrote. `team_N_wasm` times the module's callWithText('team', {"round":…}, codes): the
// same call with the same input as `team_N_native` (Api::call in samenwijs-bench), plus
// the copies of the text into and of the answer out of the module that any page pays.
// `team_N_wasm_facade` is what the page waits for: the facade's call with the answer parsed.
// `team_N_wasm_first_call`: the first call of the fresh module, compiling included. Prints
// `name value unit` lines.
//   node tests/bench/team-bench.mjs CODES_FILE TEAMCODES_FILE
import { readFileSync } from 'node:fs';
import { loadSamenwijs, heapBytes } from '../node/load-module.mjs';

const [round, ...codeLines] = readFileSync(process.argv[2], 'utf8').split('\n');
const text = codeLines.join('\n');
const count = codeLines.filter(Boolean).length;
const teamCodes = readFileSync(process.argv[3], 'utf8');
const { core, module } = await loadSamenwijs({ withContent: true });

// Wall-clock and CPU time (user + system of this process) of the median of seven runs
// (seven as in the native benchmark, which says why):
// on a shared machine the CPU time shows what the work costs when the wall clock waits.
// One untimed run first, as the native benchmark does: here it also compiles the code the
// call uses (lazily, then optimised in the background), which took the second of three
// runs from 98 to 109 ms and made the median the warm-up, not the call. `first` keeps it.
const TIMED_RUNS = 7;
function median(run) {
  const start = performance.now();
  run();
  const first = performance.now() - start;
  const runs = [];
  for (let r = 0; r < TIMED_RUNS; r += 1) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    run();
    const used = process.cpuUsage(cpu);
    runs.push({ wall: performance.now() - start, cpu: (used.user + used.system) / 1000 });
  }
  return { ...runs.sort((a, b) => a.wall - b.wall)[TIMED_RUNS >> 1], first };
}

const args = JSON.stringify({ round });
const raw = median(() => {
  const envelope = module.callWithText('team', args, text);
  if (!envelope.startsWith('{"ok":true') || !envelope.includes('"shown":true')) throw new Error(`unexpected team answer: ${envelope.slice(0, 200)}`);
});
const team = median(() => {
  const answer = core.team({ round, text });
  if (!answer.shown || answer.accepted !== count) throw new Error(`unexpected team answer: ${answer.accepted} of ${count}`);
});
const board = median(() => {
  const answer = core.board({ text: teamCodes });
  if (!answer.shown || answer.schools.length !== 200) throw new Error('unexpected board answer');
});
console.log(`team_${count}_wasm ${raw.wall.toFixed(1)} ms`);
console.log(`team_${count}_wasm_cpu ${raw.cpu.toFixed(1)} ms`);
console.log(`team_${count}_wasm_first_call ${raw.first.toFixed(1)} ms`);
console.log(`team_${count}_wasm_facade ${team.wall.toFixed(1)} ms`);
console.log(`board_200_teamcodes_wasm ${board.wall.toFixed(1)} ms`);
console.log(`board_200_teamcodes_wasm_cpu ${board.cpu.toFixed(1)} ms`);
// Linear memory only grows, so its size now is the peak.
console.log(`team_${count}_wasm_peak_memory ${(heapBytes(module) / (1024 * 1024)).toFixed(1)} MB`);

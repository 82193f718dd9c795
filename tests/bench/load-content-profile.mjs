#!/usr/bin/env node
// Where a first loadContent spends its time in Chromium (issue 15): a names build of the
// module (the release link line of build/wasm plus `--profiling-funcs`, without closure so
// the glue's functions keep their names) in build/wasm-profile/, loaded in the built site's
// page as load-content-bench.mjs does (the page's own glue and wasm are left alone), then,
// for each of N fresh instances, one loadContent(bundle) under the DevTools CPU profiler.
// Prints the self time per function (summed over the runs), the split into wasm, JS glue,
// garbage collection and the rest, and per run the wall time and the wasm memory before and
// after. Options:
//   node tests/bench/load-content-profile.mjs [RUNS] [--top N] [--js-flags=...] [--no-build]
//   [--unprofiled]   only the timings (no profiler running: its sampling costs time too)
//   [--touch-memory] first touch every page of the fresh instance's memory (outside the call)
// --js-flags passes V8 flags to Chromium, e.g. --js-flags=--liftoff-only or
// --js-flags=--no-liftoff (TurboFan at once), to see what the baseline compiler costs.
// SAMENWIJS_SITE_DIR: the site whose page and content.js are used (default build/site).
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveSite } from '../../scripts/static-server.mjs';
import { CHROMIUM_ARGS } from '../support/browser.mjs';
import { prepareModule } from './page-module.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const flag = (name) => args.includes(`--${name}`);
const runs = Number(args.find((a) => /^\d+$/.test(a)) || 5);
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 25;
const jsFlags = option('js-flags');
const profiled = !flag('unprofiled');
const siteDir = resolve(process.env.SAMENWIJS_SITE_DIR || join(root, 'build/site'));
const wasmBuild = join(root, 'build/wasm');
const outDir = join(root, 'build/wasm-profile');

// 1. The names build: build/wasm's own link command (same objects, same flags), with
// --profiling-funcs, without --closure, written to build/wasm-profile/.
if (!flag('no-build') || !existsSync(join(outDir, 'samenwijs-core.wasm'))) {
  const commands = execFileSync('ninja', ['-C', wasmBuild, '-t', 'commands', 'wasm/samenwijs-core.js'], { encoding: 'utf8' })
    .trim().split('\n');
  let link = commands[commands.length - 1].replace(/^:\s*&&\s*/, '').replace(/\s*&&\s*:\s*$/, '');
  if (!link.includes('-o wasm/samenwijs-core.js')) throw new Error(`unexpected link command: ${link}`);
  mkdirSync(outDir, { recursive: true });
  link = link.replace('--closure 1', '').replace('-o wasm/samenwijs-core.js', `--profiling-funcs -o ${join(outDir, 'samenwijs-core.js')}`);
  execSync(link, { cwd: wasmBuild, stdio: 'inherit', env: { ...process.env, NODE_PATH: '/usr/share/nodejs' } });
}

// 2. The site with the names build beside its own module.
const served = join(outDir, 'site');
rmSync(served, { recursive: true, force: true });
cpSync(siteDir, served, { recursive: true });
cpSync(join(outDir, 'samenwijs-core.js'), join(served, 'samenwijs-core-profile.js'));
cpSync(join(outDir, 'samenwijs-core.wasm'), join(served, 'samenwijs-core-profile.wasm'));

const site = await serveSite(served, { basePath: '/pages/samenwijs/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: jsFlags ? [...CHROMIUM_ARGS, `--js-flags=${jsFlags}`] : CHROMIUM_ARGS,
});
// "kind name" -> ms, for the first instance's call (code not compiled yet: wasm functions are
// compiled lazily on their first call, and the glue's JS is not optimised yet) and for the
// later instances' first calls (the compiled module is shared, the memory is fresh).
// Pages of the instance's memory that hold a non-zero byte (a fresh memory is zero; freed
// memory stays dirty): a lower bound of the pages the kernel had to provide on first touch.
const writtenMB = () => {
  const words = new Uint32Array(self.profileInstance.HEAPU8.buffer);
  let dirty = 0;
  for (let p = 0; p < words.length; p += 1024) {
    for (let i = p; i < p + 1024; i += 1) {
      if (words[i] !== 0) {
        dirty += 1;
        break;
      }
    }
  }
  return (dirty * 4096) / 2 ** 20;
};
const selfTimes = { first: new Map(), later: new Map() };
const perRun = [];
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}#/gespreksstarters`);
  await page.waitForFunction(() => document.body.dataset.rendered === '/gespreksstarters');
  await page.evaluate(prepareModule, 'samenwijs-core-profile.js');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 }); // µs
  for (let r = 0; r < runs; r += 1) {
    await page.evaluate(async () => {
      self.profileInstance = await self.createSamenwijsCore({
        instantiateWasm: (imports, receive) => {
          WebAssembly.instantiate(self.benchModule.compiled, imports).then((instance) => receive(instance, self.benchModule.compiled));
          return {};
        },
      });
    });
    if (flag('touch-memory')) {
      // Writes every page of the fresh memory with the byte it holds (nothing changes), so
      // the call below finds it committed: what first touching the memory costs.
      await page.evaluate(() => {
        const heap = self.profileInstance.HEAPU8;
        for (let i = 0; i < heap.length; i += 4096) heap[i] = heap[i];
      });
    }
    const writtenBefore = await page.evaluate(writtenMB);
    if (profiled) await cdp.send('Profiler.start');
    const run = await page.evaluate(() => {
      const module = self.profileInstance;
      const before = module.HEAPU8.buffer.byteLength;
      const start = performance.now();
      const answer = module.loadContent(self.SAMENWIJS_CONTENT);
      const ms = performance.now() - start;
      if (!JSON.parse(answer).ok) throw new Error(answer.slice(0, 200));
      return { ms, before, after: module.HEAPU8.buffer.byteLength };
    });
    const profile = profiled ? (await cdp.send('Profiler.stop')).profile : null;
    run.dirtyMB = await page.evaluate(writtenMB);
    run.dirtyBeforeMB = writtenBefore;
    // The same instance again (not profiled): what is left once memory and code are warm.
    run.again = await page.evaluate(() => {
      const start = performance.now();
      self.profileInstance.loadContent(self.SAMENWIJS_CONTENT);
      return performance.now() - start;
    });
    perRun.push(run);
    if (!profiled) continue;
    const selfTime = selfTimes[r === 0 ? 'first' : 'later'];
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < profile.samples.length; i += 1) {
      const node = byId.get(profile.samples[i]);
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const { functionName, url } = node.callFrame;
      const kind = url.startsWith('wasm://') ? 'wasm'
        : functionName.startsWith('(') ? 'vm'
          : url.includes('samenwijs-core-profile.js') ? 'glue' : 'js';
      if (functionName === '(idle)') continue; // waiting, before and after the call
      const key = `${kind} ${functionName || '(anonymous)'}`;
      selfTime.set(key, (selfTime.get(key) || 0) + ms);
    }
  }
  await context.close();
} finally {
  await browser.close();
  await site.close();
}

const fmt = (x) => x.toFixed(1);
// C++ names without template arguments and std::__2::, so a line stays readable.
const short = (name) => {
  let out = '';
  let depth = 0;
  for (const c of name.replaceAll('std::__2::', '').replaceAll('nlohmann::json_abi_v3_11_2::', 'nlohmann::')) {
    if (c === '<') depth += 1;
    if (depth === 0) out += c;
    if (c === '>' && depth > 0) depth -= 1;
  }
  return out.length > 150 ? `${out.slice(0, 147)}...` : out;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [i, run] of perRun.entries()) {
  console.log(`run ${i + 1}: first load ${fmt(run.ms)} ms, again ${fmt(run.again)} ms; memory ${run.before / 2 ** 20} -> ${run.after / 2 ** 20} MB, pages written ${fmt(run.dirtyBeforeMB)} -> ${fmt(run.dirtyMB)} MB`);
}
console.log(`profile_first_load_median ${fmt(median(perRun.map((r) => r.ms)))} ms${profiled ? ' (profiler running)' : ''}${jsFlags ? ` js-flags=${jsFlags}` : ''}`);
console.log(`profile_second_load_median ${fmt(median(perRun.map((r) => r.again)))} ms`);
if (profiled) {
  for (const [which, selfTime] of Object.entries(selfTimes)) {
    if (selfTime.size === 0) continue;
    const kinds = new Map();
    for (const [key, ms] of selfTime) kinds.set(key.split(' ')[0], (kinds.get(key.split(' ')[0]) || 0) + ms);
    const total = [...kinds.values()].reduce((a, b) => a + b, 0);
    console.log(which === 'first'
      ? `\nthe first instance's call (nothing compiled or optimised yet), self time ${fmt(total)} ms:`
      : `\nthe first calls of the ${runs - 1} later fresh instances (compiled module shared), self time ${fmt(total)} ms in all:`);
    for (const [kind, ms] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(5)} ${fmt(ms).padStart(8)} ms  ${fmt((100 * ms) / total).padStart(5)}%`);
    console.log(`  top ${top} functions by self time:`);
    for (const [key, ms] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`  ${fmt(ms).padStart(8)} ms  ${fmt((100 * ms) / total).padStart(5)}%  ${short(key)}`);
    }
  }
}

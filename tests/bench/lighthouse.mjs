#!/usr/bin/env node
// Lighthouse's four category scores (0-100) for home and each capability's first page,
// with the built site served as GitHub Pages serves it (gzip, max-age=600, under a
// sub-path). Prints lines `name value unit`, and per route the audits that cost points.
//   node tests/bench/lighthouse.mjs [SITE_DIR]
// LIGHTHOUSE_JSON=<dir> also keeps each route's full report (long tasks, main-thread
// breakdown, LCP element) as <dir>/<route>.json.
// Lighthouse is not a project dependency (about 200 packages): install it outside the
// repository, e.g. `npm install --prefix /tmp/lh lighthouse@12`, and point LIGHTHOUSE at
// its binary (default /tmp/lh/node_modules/.bin/lighthouse). About 15 s a page.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

import { serveSite } from '../../scripts/static-server.mjs';
import { CHROMIUM_ARGS } from '../support/browser.mjs';

const site = process.argv[2] || new URL('../../build/site', import.meta.url).pathname;
const lighthouse = process.env.LIGHTHOUSE || '/tmp/lh/node_modules/.bin/lighthouse';
if (!existsSync(lighthouse)) {
  console.error(`lighthouse: not found at ${lighthouse}. Install it with: npm install --prefix /tmp/lh lighthouse@12`);
  process.exit(0);
}

const ROUTES = [['home', '/'], ['gespreksstarters', '/gespreksstarters'], ['zelfscan', '/zelfscan'],
  ['teamoverzicht', '/teamoverzicht'], ['netwerkcheck', '/netwerkcheck']];
// LIGHTHOUSE_ROUTES=home,zelfscan runs only those.
const only = (process.env.LIGHTHOUSE_ROUTES || '').split(',').filter(Boolean);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function runLighthouse(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const server = await serveSite(site, { basePath: '/samenwijs/', cacheControl: 'max-age=600' });
try {
  for (const [name, route] of ROUTES.filter(([n]) => !only.length || only.includes(n))) {
    // Asynchronously: the server answering Lighthouse's browser runs in this process.
    const run = await runLighthouse(lighthouse, [`${server.url}#${route}`, `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`],
    { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
    if (run.status !== 0) {
      console.error(`lighthouse ${route}: ${run.stderr.slice(-500)}`);
      continue;
    }
    const report = JSON.parse(run.stdout);
    for (const category of CATEGORIES) {
      console.log(`lighthouse_${name}_${category.replace('-', '_')} ${Math.round(report.categories[category].score * 100)} score`);
    }
    console.log(`lighthouse_${name}_cls ${report.audits['cumulative-layout-shift'].numericValue.toFixed(3)} score`);
    for (const [id, label] of [['total-blocking-time', 'tbt'], ['largest-contentful-paint', 'lcp'], ['first-contentful-paint', 'fcp'], ['speed-index', 'si']]) {
      console.log(`lighthouse_${name}_${label} ${Math.round(report.audits[id].numericValue)} ms`);
    }
    if (process.env.LIGHTHOUSE_JSON) {
      mkdirSync(process.env.LIGHTHOUSE_JSON, { recursive: true });
      writeFileSync(`${process.env.LIGHTHOUSE_JSON}/${name}.json`, run.stdout);
    }
    // What costs points: audits that count towards a category and did not pass.
    const counted = new Set(CATEGORIES.flatMap((c) => report.categories[c].auditRefs.filter((r) => r.weight > 0).map((r) => r.id)));
    const failing = [...counted].filter((id) => report.audits[id].score !== null && report.audits[id].score < 1)
      .map((id) => `${id}=${report.audits[id].score}${report.audits[id].displayValue ? ` (${report.audits[id].displayValue})` : ''}`);
    if (failing.length) console.error(`# ${name}: ${failing.join(', ')}`);
  }
} finally {
  await server.close();
}

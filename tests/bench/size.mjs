#!/usr/bin/env node
// Compressed size of what a visit downloads, from the built site (gzip -9, as a static
// host would serve it). Prints lines `name value unit`.
//   node tests/bench/size.mjs [SITE_DIR]
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
const content = ['content.js'];

const sum = (files) => files.reduce((n, f) => n + gz(f), 0);
for (const f of [...shell, ...module, ...content]) console.log(`gzip_${f.replace(/[^a-z0-9]+/gi, '_')} ${kb(gz(f))} KB`);
console.log(`first_visit_home ${kb(sum(shell))} KB`);
console.log(`first_visit_with_module_and_content ${kb(sum([...shell, ...module, ...content]))} KB`);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [relative(site, p)];
  });
}
const all = walk(site).filter((f) => f !== 'samenwijs-core-wasm.js'); // only used from file://
console.log(`whole_site_http ${kb(sum(all))} KB`);
console.log(`wasm_raw ${kb(statSync(join(site, 'samenwijs-core.wasm')).size)} KB`);

#!/usr/bin/env node
// Gathers the static site into one self-contained folder (relative URLs only):
//   index.html, css/, icons/      copied from web/
//   app.js                        web/js/*.js bundled by esbuild into one classic script
//   samenwijs-core.js/.wasm       the Emscripten module (glue + wasm)
//   samenwijs-core-wasm.js        the same wasm as base64, used only from file://
//   content.js                    the validated content bundle as a classic script
//   sw.js                         the service worker that keeps the site usable offline
// A version stamp (hash of all outputs) is written into every file and added to asset
// URLs, so a page never runs an old script with a new module or content.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

function args() {
  const out = { debug: false };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '') continue; // an empty generator expression from CMake
    if (a === '--debug') out.debug = true;
    else out[a.replace(/^--/, '')] = argv[++i];
  }
  for (const required of ['web', 'module', 'bundle', 'out']) {
    if (!out[required]) throw new Error(`build-site: --${required} is required`);
  }
  return out;
}

function copyStatic(webDir, outDir) {
  for (const name of readdirSync(webDir)) {
    if (name === 'js') continue; // bundled below
    const from = join(webDir, name);
    cpSync(from, join(outDir, name), { recursive: statSync(from).isDirectory() });
  }
}

function listFiles(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function leb128(n) {
  const bytes = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    bytes.push(byte);
  } while (n);
  return Buffer.from(bytes);
}

// Appends a custom section "samenwijs-version" holding the version: the page reads it
// with WebAssembly.Module.customSections and refuses a wasm of another build.
function withVersionSection(wasm, version) {
  const name = Buffer.from('samenwijs-version');
  const payload = Buffer.concat([leb128(name.length), name, Buffer.from(version)]);
  return Buffer.concat([wasm, Buffer.from([0]), leb128(payload.length), payload]);
}

async function main() {
  const opts = args();
  const outDir = resolve(opts.out);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  copyStatic(opts.web, outDir);

  await build({
    entryPoints: [join(opts.web, 'js', 'main.js')],
    bundle: true,
    format: 'iife',
    target: ['es2020'],
    minify: !opts.debug,
    sourcemap: opts.debug ? 'inline' : false,
    legalComments: 'none',
    outfile: join(outDir, 'app.js'),
    logLevel: 'warning',
  });

  const moduleJs = resolve(opts.module);
  const wasmPath = moduleJs.replace(/\.js$/, '.wasm');
  if (!existsSync(wasmPath)) throw new Error(`build-site: ${wasmPath} not found`);
  const wasm = readFileSync(wasmPath);
  const glue = readFileSync(moduleJs, 'utf8'); // already minified by emcc in release builds
  const bundle = readFileSync(opts.bundle, 'utf8');

  // The version: a hash of everything the build ships, before the version is written
  // into it. Every file a page loads carries it, and the page refuses a file of another
  // version (web/js/version.js); the service worker caches exactly one version.
  const hash = createHash('sha256');
  for (const part of [glue, wasm, bundle, ...listFiles(outDir).map((f) => readFileSync(f))]) {
    hash.update(part);
    hash.update('\0');
  }
  const version = hash.digest('hex').slice(0, 10);
  const stamp = (file, extra = {}) => {
    let text = readFileSync(file, 'utf8').replaceAll('__SAMENWIJS_VERSION__', version).replaceAll('__VERSION__', version);
    for (const [key, value] of Object.entries(extra)) text = text.replaceAll(key, value);
    writeFileSync(file, text);
  };

  stamp(join(outDir, 'app.js'));
  writeFileSync(join(outDir, 'samenwijs-core.js'), `${glue}\nglobalThis.SAMENWIJS_CORE_VERSION=${JSON.stringify(version)};\n`);
  const stampedWasm = withVersionSection(wasm, version);
  writeFileSync(join(outDir, 'samenwijs-core.wasm'), stampedWasm);
  writeFileSync(join(outDir, 'samenwijs-core-wasm.js'), `self.SAMENWIJS_WASM_BASE64=${JSON.stringify(stampedWasm.toString('base64'))};\n`);
  // A JSON string literal is a valid JS string literal: the core parses it as sent.
  writeFileSync(join(outDir, 'content.js'),
    `self.SAMENWIJS_CONTENT_VERSION=${JSON.stringify(version)};self.SAMENWIJS_CONTENT=${JSON.stringify(bundle)};\n`);
  stamp(join(outDir, 'index.html'));

  writeServiceWorker(outDir, version);
  console.log(`Site assembled in ${outDir} (version ${version})`);
}

// The service worker's file list, made from the files actually written to the out dir
// (so it stays right however the content and JS are split): every file a page over
// http(s) may ask for, each under exactly the URL the page uses. index.html is the page
// ('./'); files that index.html names without a version (the manifest, the favicon) are
// asked for bare; every other asset with ?v=<version>, as web/js/loader.js asks for it.
// Left out: the worker itself, what only file:// uses, and the PNG icons (only used when
// the site is installed). Stamped: the files that carry the version, which the worker
// checks before it keeps them.
const NOT_PRECACHED = [/^sw\.js$/, /^samenwijs-core-wasm\.js$/, /^icons\/.*\.png$/];
function writeServiceWorker(outDir, version) {
  const page = readFileSync(join(outDir, 'index.html'), 'utf8');
  const bare = new Set([...page.matchAll(/\b(?:href|src)="([^"?#:]+)"/g)].map((m) => m[1]));
  const files = listFiles(outDir).map((f) => relative(outDir, f).split(sep).join('/'))
    .filter((f) => !NOT_PRECACHED.some((pattern) => pattern.test(f)));
  const urlOf = (f) => (f === 'index.html' ? './' : bare.has(f) ? f : `${f}?v=${version}`);
  const cached = ['index.html', ...files.filter((f) => f !== 'index.html')].map(urlOf); // './' first: the offline page
  const stamped = files.filter((f) => readFileSync(join(outDir, f)).includes(version)).map(urlOf);
  const sw = join(outDir, 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8').replaceAll('__VERSION__', version)
    .replace('__FILES__', JSON.stringify(cached)).replace('__STAMPED__', JSON.stringify(stamped)));
}

const here = dirname(fileURLToPath(import.meta.url));
process.chdir(resolve(here, '..'));
main().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});

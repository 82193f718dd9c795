#!/usr/bin/env node
// Gathers the static site into one self-contained folder (relative URLs only):
//   index.html, css/, icons/      copied from web/
//   app.js                        web/js/*.js bundled by esbuild into one classic script
//   samenwijs-core.js/.wasm       the Emscripten module (glue + wasm)
//   samenwijs-core-wasm.js        the same wasm as base64, used only from file://
//   content.js                    the validated content bundle as a classic script
//   sw.js                         the service worker that keeps the site usable offline
// A version stamp (hash of all outputs) is added to asset URLs so browsers never mix
// an old script with a new module.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
  // The glue is already minified by emcc in release builds.
  cpSync(moduleJs, join(outDir, 'samenwijs-core.js'));
  writeFileSync(join(outDir, 'samenwijs-core.wasm'), wasm);
  writeFileSync(join(outDir, 'samenwijs-core-wasm.js'), `self.SAMENWIJS_WASM_BASE64=${JSON.stringify(wasm.toString('base64'))};\n`);

  const bundle = readFileSync(opts.bundle, 'utf8');
  // A JSON string literal is a valid JS string literal: the core parses it as sent.
  writeFileSync(join(outDir, 'content.js'), `self.SAMENWIJS_CONTENT=${JSON.stringify(bundle)};\n`);

  const hash = createHash('sha256');
  for (const file of ['app.js', 'samenwijs-core.js', 'samenwijs-core.wasm', 'content.js', 'css/site.css']) {
    hash.update(readFileSync(join(outDir, file)));
  }
  const version = hash.digest('hex').slice(0, 10);
  const indexPath = join(outDir, 'index.html');
  writeFileSync(indexPath, readFileSync(indexPath, 'utf8').replaceAll('__VERSION__', version));

  // The service worker caches everything a visit may need, relative to its own URL.
  const cached = ['./', 'index.html', 'app.js', 'samenwijs-core.js', 'samenwijs-core.wasm', 'content.js', 'css/site.css', 'icons/favicon.svg'];
  const swPath = join(outDir, 'sw.js');
  writeFileSync(swPath, readFileSync(swPath, 'utf8').replaceAll('__VERSION__', version).replaceAll('__FILES__', JSON.stringify(cached)));
  console.log(`Site assembled in ${outDir} (version ${version})`);
}

const here = dirname(fileURLToPath(import.meta.url));
process.chdir(resolve(here, '..'));
main().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});

// Shared helper for the Node tests of the built WebAssembly module.
//
// Loads the module the way the site does in a browser: the classic Emscripten glue
// (samenwijs-core.js, -sMODULARIZE=1 -sEXPORT_NAME=createSamenwijsCore) is evaluated as a
// script (node:vm runInThisContext), then createSamenwijsCore({ wasmBinary }) is called;
// content.js is evaluated as a script with `self` as its global object to get the bundle
// text. The package is "type": "module", so the glue cannot simply be require()d.
//
// Also re-exports the real JS facade (web/js/core.js), so the tests exercise exactly the
// SamenwijsCore/SamenwijsError classes the site uses.
//
// Site folder: env SAMENWIJS_SITE_DIR, default build/site of this checkout
// (/work/main/build/site). Build it first:
//   export NODE_PATH=/usr/share/nodejs; cmake --preset native && cmake --build --preset native \
//     && cmake --preset wasm && cmake --build --preset wasm
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

import { SamenwijsCore, SamenwijsError } from '../../web/js/core.js';

export { SamenwijsCore, SamenwijsError };

export const siteDir = resolve(
  process.env.SAMENWIJS_SITE_DIR || fileURLToPath(new URL('../../build/site/', import.meta.url)),
);

// The general error codes of the core and the bindings (core/include/samenwijs/api.hpp);
// capabilities may add their own codes (e.g. the zelfscan result codes).
export const ERROR_CODES = new Set([
  'bad_request', 'unknown_method', 'invalid_argument', 'not_found', 'content_invalid', 'internal',
  'content_not_loaded',
]);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// build-site.mjs removes and rewrites the whole folder, so a build running at the same
// time can make a file briefly disappear: retry for a few seconds before giving up.
async function readSiteFile(name, encoding) {
  const path = join(siteDir, name);
  for (let attempt = 0; ; attempt += 1) {
    try {
      return readFileSync(path, encoding);
    } catch (error) {
      if (error.code !== 'ENOENT' || attempt >= 40) {
        if (error.code === 'ENOENT') {
          error.message += ` (build the site first, or set SAMENWIJS_SITE_DIR; see tests/node/load-module.mjs)`;
        }
        throw error;
      }
      await sleep(250);
    }
  }
}

let gluePromise = null;

/** Evaluates the Emscripten glue once per process, as a classic script would run. */
function loadGlue() {
  if (!gluePromise) {
    gluePromise = (async () => {
      const file = join(siteDir, 'samenwijs-core.js');
      const text = await readSiteFile('samenwijs-core.js', 'utf8');
      // In Node the glue uses require('fs'/'path') and __dirname (scriptDirectory).
      globalThis.require ??= createRequire(file);
      globalThis.__dirname ??= siteDir;
      vm.runInThisContext(text, { filename: file });
      if (typeof globalThis.createSamenwijsCore !== 'function') {
        throw new Error(`${file} did not define createSamenwijsCore`);
      }
      return globalThis.createSamenwijsCore;
    })();
  }
  return gluePromise;
}

let bundlePromise = null;

/** The content bundle text, from content.js (`self.SAMENWIJS_CONTENT = "<json>"`). */
export function readBundle() {
  if (!bundlePromise) {
    bundlePromise = (async () => {
      const text = await readSiteFile('content.js', 'utf8');
      const sandbox = {};
      sandbox.self = sandbox; // in the page, self is the global object
      vm.runInNewContext(text, sandbox, { filename: join(siteDir, 'content.js') });
      if (typeof sandbox.SAMENWIJS_CONTENT !== 'string') throw new Error('content.js did not set SAMENWIJS_CONTENT');
      return sandbox.SAMENWIJS_CONTENT;
    })();
  }
  return bundlePromise;
}

/**
 * A new, independent module instance (its own wasm memory, no content loaded) and the
 * bundle text. Returns
 *   { module,    // the raw Embind module: module.call(method, argsJson), module.loadContent(text)
 *     bundle,    // the content bundle text
 *     core,      // new SamenwijsCore(module): the site's facade over this instance
 *     aborts,    // what the module passed to onAbort (must stay empty)
 *     printed }  // lines the module wrote with print/printErr
 * With { withContent: true } the bundle is already loaded through the facade.
 */
export async function loadSamenwijs({ withContent = false } = {}) {
  const [createSamenwijsCore, wasmBinary, bundle] = await Promise.all([
    loadGlue(), readSiteFile('samenwijs-core.wasm'), readBundle(),
  ]);
  const aborts = [];
  const printed = [];
  // In Node the glue adds process-wide 'uncaughtException'/'unhandledRejection' handlers
  // that rethrow (which would crash node:test instead of failing one test) and adds them
  // again for every instance. The tests detect aborts through onAbort instead, so those
  // handlers are removed again.
  const before = {
    uncaughtException: process.listeners('uncaughtException'),
    unhandledRejection: process.listeners('unhandledRejection'),
  };
  const ready = createSamenwijsCore({
    wasmBinary,
    onAbort: (what) => aborts.push(String(what)),
    print: (text) => printed.push(String(text)),
    printErr: (text) => printed.push(String(text)),
  });
  for (const [event, kept] of Object.entries(before)) {
    for (const listener of process.listeners(event)) {
      if (!kept.includes(listener)) process.removeListener(event, listener);
    }
  }
  const module = await ready;
  const core = new SamenwijsCore(module);
  if (withContent) core.loadContent(bundle);
  return { module, bundle, core, aborts, printed };
}

/** Parses an envelope string from the raw module and checks its general shape. */
export function parseEnvelope(text) {
  if (typeof text !== 'string') throw new Error(`the module returned ${typeof text}, not a string`);
  const envelope = JSON.parse(text);
  if (envelope === null || typeof envelope !== 'object' || typeof envelope.ok !== 'boolean') {
    throw new Error(`not an envelope: ${text.slice(0, 200)}`);
  }
  if (envelope.ok) {
    if (!('value' in envelope)) throw new Error(`ok envelope without value: ${text.slice(0, 200)}`);
  } else {
    const e = envelope.error;
    if (!e || typeof e.code !== 'string' || typeof e.message !== 'string' || e.message === '') {
      throw new Error(`error envelope without code/message: ${text.slice(0, 200)}`);
    }
    if (!/^[a-z][a-z0-9_]*$/.test(e.code)) throw new Error(`malformed error code '${e.code}'`);
  }
  return envelope;
}

/** Current size of the module's wasm memory in bytes (grows, never shrinks). */
export function heapBytes(module) {
  return module.HEAP8 ? module.HEAP8.length : NaN;
}

/** Every content part the build wrote (build/site/parts), as the page's scripts set them. */
export function readParts() {
  const sandbox = {};
  sandbox.self = sandbox;
  for (const file of readdirSync(join(siteDir, 'parts')).sort()) {
    vm.runInNewContext(readFileSync(join(siteDir, 'parts', file), 'utf8'), sandbox, { filename: file });
  }
  return sandbox.SAMENWIJS_PARTS;
}

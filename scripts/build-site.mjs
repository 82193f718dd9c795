#!/usr/bin/env node
// Gathers the static site into one self-contained folder (relative URLs only):
//   index.html, css/, icons/      copied from web/
//   app.js                        the shell: web/js/*.js and the home, about and not-found
//                                 pages, bundled by esbuild into one classic script
//   pages-<group>.js              one classic script per page group (guidance, info,
//                                 zelfscan, team, network), loaded when a route opens
//   samenwijs-core.js/.wasm       the Emscripten module (glue + wasm)
//   samenwijs-core-wasm.js        the same wasm as base64, used only from file://
//   parts/<part>.js               the validated content split by what a page needs
//                                 (see contentParts below), each a classic script
//   answers/<name>.js             the module's answers to the calls a page's first draw
//                                 makes (web/js/static-answers.js), computed here
//   content.js                    the whole bundle in one script (tests and benchmarks;
//                                 no page requests it)
//   sw.js                         the service worker that keeps the site usable offline
// A version stamp (hash of all outputs) is written into every file and added to asset
// URLs, so a page never runs an old script with a new module or content.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { build } from 'esbuild';
import { SamenwijsCore } from '../web/js/core.js';
import { answerKey } from '../web/js/answers-core.js';
import { answerCalls, answerFile } from '../web/js/static-answers.js';

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

// ---- JS: a shell and one script per page group (issue 15) ------------------------------
// Classic scripts (they work from file://). Every module outside pages/ and the home,
// about and not-found pages form the shell (app.js); it publishes its modules as
// self.SAMENWIJS_SHELL, and a group script takes them from there instead of bundling a
// second copy (the loader, storage and agenda keep one state per page).
const SHELL_PAGES = ['pages/home.js', 'pages/about.js', 'pages/not-found.js', 'pages/index.js'];
export const PAGE_GROUPS = {
  guidance: ['pages/guidance'],
  info: ['pages/sources.js', 'pages/glossary.js'],
  zelfscan: ['pages/zelfscan'],
  team: ['pages/team'],
  network: ['pages/network'],
};

// Inlined into index.html's <head> instead (see inlineEarlyStart).
const EARLY_START = 'early-start.js';

function shellModules(jsDir) {
  const top = readdirSync(jsDir).filter((f) => f.endsWith('.js') && f !== EARLY_START).sort();
  return [...top, ...SHELL_PAGES];
}

function groupModules(jsDir, entries) {
  return entries.flatMap((entry) => (entry.endsWith('.js') ? [entry]
    : readdirSync(join(jsDir, entry)).filter((f) => f.endsWith('.js')).sort().map((f) => `${entry}/${f}`)));
}

async function buildScripts(opts, outDir) {
  const jsDir = resolve(opts.web, 'js');
  const shell = shellModules(jsDir);
  const common = {
    bundle: true, format: 'iife', target: ['es2020'], minify: !opts.debug,
    sourcemap: opts.debug ? 'inline' : false, legalComments: 'none', logLevel: 'warning',
  };
  const imports = (list) => list.map((m, i) => `import * as m${i} from './${m}';`).join('\n');
  await build({
    ...common,
    stdin: {
      contents: `${imports(shell)}\nself.SAMENWIJS_SHELL = {${shell.map((m, i) => `${JSON.stringify(m)}: m${i}`).join(', ')}};\n`,
      resolveDir: jsDir, sourcefile: 'shell.js',
    },
    outfile: join(outDir, 'app.js'),
  });
  // In a group script, an import of a shell module becomes a read of self.SAMENWIJS_SHELL.
  const fromShell = {
    name: 'from-shell',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        const rel = resolve(args.resolveDir, args.path).slice(jsDir.length + 1).split('\\').join('/');
        if (args.importer && shell.includes(rel)) return { path: rel, namespace: 'shell' };
        return undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'shell' }, (args) => ({
        contents: `module.exports = self.SAMENWIJS_SHELL[${JSON.stringify(args.path)}];`, loader: 'js',
      }));
    },
  };
  // The early start: its own small script, inlined into index.html once stamped.
  await build({ ...common, entryPoints: [join(jsDir, EARLY_START)], outfile: join(outDir, EARLY_START) });
  const files = ['app.js', EARLY_START];
  for (const [group, entries] of Object.entries(PAGE_GROUPS)) {
    const modules = groupModules(jsDir, entries);
    await build({
      ...common,
      plugins: [fromShell],
      stdin: {
        contents: `${imports(modules)}\n(self.SAMENWIJS_PAGES = self.SAMENWIJS_PAGES || {})[${JSON.stringify(group)}] = ` +
          `{ version: '__SAMENWIJS_VERSION__', pages: Object.assign({}, ${modules.map((_, i) => `m${i}`).join(', ')}) };\n`,
        resolveDir: jsDir, sourcefile: `pages-${group}.js`,
      },
      outfile: join(outDir, `pages-${group}.js`),
    });
    waitForShell(join(outDir, `pages-${group}.js`));
    files.push(`pages-${group}.js`);
  }
  return files;
}

// A group script runs only once app.js has published the shell's modules: the early start
// (web/js/early-start.js) may put it into the page before app.js has run; it then waits
// in self.SAMENWIJS_WAITING_PAGES until main.js runs it (web/js/early-files.js).
function waitForShell(path) {
  const code = readFileSync(path, 'utf8');
  writeFileSync(path, '(function(run){if(self.SAMENWIJS_SHELL)run();else(self.SAMENWIJS_WAITING_PAGES=self.SAMENWIJS_WAITING_PAGES||[]).push(run);})' +
    `(function(){${code}\n});\n`);
}

// ---- content parts (issue 15) ----------------------------------------------------------
// The validated bundle split by what a page needs: `base` (what every capability uses),
// `guides-index` (what the guidance overview renders), one `guide/<id>` per guide,
// `frameworks` and `network`. Each part is a classic script that adds itself to
// self.SAMENWIJS_PARTS as [key, JSON text] entries; web/js/content-parts.js joins the
// parts a page has into one bundle marked "partial" for the core.
const PART_KEYS = { frameworks: ['frameworks'], network: ['network'] };

function guideIndexEntry(guide) {
  let topics = 0, questions = 0, readingTips = 0;
  for (const mq of guide.mainQuestions) {
    topics += mq.topics.length;
    readingTips += (mq.readingTips || []).length;
    for (const t of mq.topics) questions += t.questions.length;
  }
  const { id, kind, register, title, order, summary } = guide;
  return { id, kind, ...(register ? { register } : {}), title, order, summary, mainQuestions: guide.mainQuestions.length,
    topics, questions, readingTips };
}

export function contentParts(bundle) {
  const whole = JSON.parse(bundle);
  const parts = {};
  const special = new Set(['guides', ...Object.values(PART_KEYS).flat()]);
  parts.base = Object.keys(whole).filter((k) => !special.has(k)).sort().map((k) => [k, JSON.stringify(whole[k])]);
  parts['guides-index'] = [['guideIndex', JSON.stringify(whole.guides.map(guideIndexEntry))]];
  for (const guide of whole.guides) parts[`guide/${guide.id}`] = [['guides', JSON.stringify(guide)]];
  for (const [name, keys] of Object.entries(PART_KEYS)) parts[name] = keys.filter((k) => k in whole).map((k) => [k, JSON.stringify(whole[k])]);
  return parts;
}

export const partFile = (name) => `parts/${name.replace('/', '-')}.js`;

function writeContentParts(outDir, bundle, version) {
  mkdirSync(join(outDir, 'parts'), { recursive: true });
  const files = [];
  for (const [name, entries] of Object.entries(contentParts(bundle))) {
    const file = partFile(name);
    writeFileSync(join(outDir, file), `(self.SAMENWIJS_PARTS=self.SAMENWIJS_PARTS||{})[${JSON.stringify(name)}]=` +
      `{version:${JSON.stringify(version)},entries:${JSON.stringify(entries)}};\n`);
    files.push(file);
  }
  // The app learns the guide ids (to load "all guides") from this stamp.
  const guides = JSON.parse(bundle).guides.map((g) => g.id).join(',');
  for (const script of ['app.js', EARLY_START]) {
    const path = join(outDir, script);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('__SAMENWIJS_GUIDE_IDS__', guides));
  }
  return files;
}

// ---- answers the build computed (issue 15) ----------------------------------------------
// The calls declared in web/js/static-answers.js, run against the real module (the glue
// and wasm just built) with the full content. Each answer part is a classic script that
// adds itself to self.SAMENWIJS_ANSWERS as [key, answer JSON] entries, the key being the
// method and the exact arguments JSON the facade sends (web/js/answers-core.js).
async function loadModuleInNode(gluePath, glue, wasmBinary) {
  globalThis.require ??= createRequire(gluePath);
  globalThis.__dirname ??= dirname(gluePath);
  vm.runInThisContext(glue, { filename: gluePath });
  if (typeof globalThis.createSamenwijsCore !== 'function') throw new Error(`build-site: ${gluePath} did not define createSamenwijsCore`);
  // The glue adds process-wide handlers that rethrow; a build reports errors itself.
  const kept = { uncaughtException: process.listeners('uncaughtException'), unhandledRejection: process.listeners('unhandledRejection') };
  const module = await globalThis.createSamenwijsCore({ wasmBinary, print: () => {}, printErr: () => {} });
  for (const [event, listeners] of Object.entries(kept)) {
    for (const listener of process.listeners(event)) if (!listeners.includes(listener)) process.removeListener(event, listener);
  }
  return module;
}

// A facade that notes the key of the last call it sent.
class RecordingCore extends SamenwijsCore {
  call(method, args = {}) {
    this.lastKey = answerKey(method, args);
    return super.call(method, args);
  }
}

export async function computeAnswers(module, bundle) {
  const core = new RecordingCore(module);
  core.loadContent(bundle);
  const overview = core.overview();
  const ids = { guideIds: overview.guides.map((g) => g.id), frameworkIds: overview.frameworks.map((f) => f.id) };
  const parts = {};
  for (const [name, calls] of Object.entries(answerCalls(ids))) {
    parts[name] = calls.map(([method, args]) => {
      let value;
      try {
        value = core[method](...args);
      } catch (error) {
        throw new Error(`build-site: the answer to ${method}(${JSON.stringify(args).slice(1, -1)}) for answers/${name}.js failed: ${error.message}`);
      }
      return [core.lastKey, JSON.stringify(value)];
    });
  }
  return parts;
}

async function writeAnswers(outDir, gluePath, glue, wasm, bundle, version) {
  const parts = await computeAnswers(await loadModuleInNode(gluePath, glue, wasm), bundle);
  mkdirSync(join(outDir, 'answers'), { recursive: true });
  for (const [name, entries] of Object.entries(parts)) {
    writeFileSync(join(outDir, answerFile(name)), `(self.SAMENWIJS_ANSWERS=self.SAMENWIJS_ANSWERS||{})[${JSON.stringify(name)}]=` +
      `{version:${JSON.stringify(version)},entries:${JSON.stringify(entries)}};\n`);
  }
  // The app learns which answer parts exist from this stamp (web/js/static-answers.js).
  for (const script of ['app.js', EARLY_START]) {
    const path = join(outDir, script);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('__SAMENWIJS_ANSWER_PARTS__', Object.keys(parts).join(',')));
  }
}

async function main() {
  const opts = args();
  const outDir = resolve(opts.out);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  copyStatic(opts.web, outDir);

  const jsFiles = await buildScripts(opts, outDir);

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

  for (const file of jsFiles) stamp(join(outDir, file));
  writeFileSync(join(outDir, 'samenwijs-core.js'), `${glue}\nglobalThis.SAMENWIJS_CORE_VERSION=${JSON.stringify(version)};\n`);
  const stampedWasm = withVersionSection(wasm, version);
  writeFileSync(join(outDir, 'samenwijs-core.wasm'), stampedWasm);
  writeFileSync(join(outDir, 'samenwijs-core-wasm.js'), `self.SAMENWIJS_WASM_BASE64=${JSON.stringify(stampedWasm.toString('base64'))};\n`);
  // A JSON string literal is a valid JS string literal: the core parses it as sent.
  writeFileSync(join(outDir, 'content.js'),
    `self.SAMENWIJS_CONTENT_VERSION=${JSON.stringify(version)};self.SAMENWIJS_CONTENT=${JSON.stringify(bundle)};\n`);
  const partFiles = writeContentParts(outDir, bundle, version);
  await writeAnswers(outDir, moduleJs, glue, wasm, bundle, version);
  stamp(join(outDir, 'index.html'));
  inlineEarlyStart(outDir);

  writeServiceWorker(outDir, version);
  console.log(`Site assembled in ${outDir} (version ${version})`);
}

// The early start (web/js/early-start.js) goes into <head> as an inline script, where
// index.html marks its place, so the route's files start downloading beside app.js with
// no extra request. The page's CSP allows scripts from 'self' only: the build adds this
// script's sha256 to script-src (a changed script without its hash would not run).
export function inlineEarlyStart(outDir) {
  const scriptPath = join(outDir, EARLY_START);
  const code = readFileSync(scriptPath, 'utf8').trim();
  rmSync(scriptPath);
  if (code.includes('</')) throw new Error(`build-site: ${EARLY_START} cannot be inlined (it contains "</")`);
  const page = join(outDir, 'index.html');
  const html = readFileSync(page, 'utf8');
  const marker = '<!--samenwijs:early-start-->';
  if (!html.includes(marker) || !html.includes("script-src 'self'")) {
    throw new Error(`build-site: index.html needs ${marker} and a script-src 'self' in its CSP`);
  }
  const sha = createHash('sha256').update(code).digest('base64');
  writeFileSync(page, html.replace(marker, () => `<script>${code}</script>`).replace("script-src 'self'", `script-src 'self' 'sha256-${sha}'`));
}

// The service worker's file list, made from the files actually written to the out dir
// (so it stays right however the content and JS are split): every file a page over
// http(s) may ask for, each under exactly the URL the page uses. index.html is the page
// ('./'); files that index.html names without a version (the manifest, the favicon) are
// asked for bare; every other asset with ?v=<version>, as web/js/loader.js asks for it.
// Left out: the worker itself, what only file:// uses, and the PNG icons (only used when
// the site is installed). Stamped: the files that carry the version, which the worker
// checks before it keeps them.
// content.js (the whole bundle in one script) is kept for the node tests and benchmarks;
// no page asks for it since the content comes in parts.
const NOT_PRECACHED = [/^sw\.js$/, /^samenwijs-core-wasm\.js$/, /^icons\/.*\.png$/, /^content\.js$/];
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
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.chdir(resolve(here, '..'));
  main().catch((error) => {
    console.error(error.message || error);
    process.exit(1);
  });
}

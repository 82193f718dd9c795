// Starts the wasm module and loads the packaged content, in a way that works over
// http(s) under any sub-path and from an unzipped folder opened as file://.
// Every script is a classic <script> relative to the page: no fetch from file://, and
// never a request to another origin.
//
// Versions never mix: every file carries the build version (index.html, app.js, the
// glue, a custom section in the wasm, content.js), and a page refuses a file of another
// version; it then reloads once (a reload fetches the new index.html past every cache),
// and only if that did not help it shows a message.
import { SamenwijsCore, SamenwijsError } from './core.js';
import { APP_VERSION, refuseOtherVersion, noteVersion } from './version.js';
import { expandParts, joinParts, partFile } from './content-parts.js';
import { AnswersCore, STILL_LOADING } from './answers-core.js';
import { ANSWER_PARTS, answerFile, answerNamesFor } from './static-answers.js';
import { storedKeys } from './storage.js';

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const el = document.createElement('script');
    el.src = src;
    el.onload = () => resolve();
    el.onerror = () => {
      el.remove();
      reject(new SamenwijsError('load_failed', 'Een onderdeel van Samenwijs kon niet worden geladen.'));
    };
    document.head.appendChild(el);
  });
}

function base64ToBytes(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function webAssemblySupported() {
  try {
    return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function' &&
      WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
  } catch {
    return false;
  }
}

const asset = (name) => `${name}?v=${APP_VERSION}`;

// The build version written into the wasm as a custom section by scripts/build-site.mjs.
function wasmVersion(compiled) {
  const sections = WebAssembly.Module.customSections(compiled, 'samenwijs-version');
  return sections.length ? new TextDecoder().decode(sections[0]) : '';
}

// Compiles the wasm once per page; a rebuild after a trap reuses the compiled module.
let compiledPromise = null;
function compileWasm() {
  if (!compiledPromise) {
    compiledPromise = (async () => {
      let compiled;
      try {
        if (location.protocol === 'file:') {
          // fetch() cannot read files; the module is also shipped as a base64 script.
          if (typeof self.SAMENWIJS_WASM_BASE64 !== 'string') await loadScript(asset('samenwijs-core-wasm.js'));
          compiled = await WebAssembly.compile(base64ToBytes(self.SAMENWIJS_WASM_BASE64));
        } else {
          const response = await fetch(asset('samenwijs-core.wasm'), { credentials: 'same-origin' });
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          // Compiled while it downloads, off the main thread; a server that does not send
          // application/wasm gets the plain compile of the same bytes (no second download).
          const streamable = typeof WebAssembly.compileStreaming === 'function' &&
            /^application\/wasm\b/.test(response.headers.get('Content-Type') || '');
          compiled = streamable ? await WebAssembly.compileStreaming(response)
            : await WebAssembly.compile(await response.arrayBuffer());
        }
      } catch (error) {
        if (error instanceof SamenwijsError) throw error;
        throw new SamenwijsError('load_failed', 'De rekenkern van Samenwijs kon niet starten.');
      }
      refuseOtherVersion('wasm', wasmVersion(compiled));
      noteVersion('wasm', wasmVersion(compiled));
      return compiled;
    })();
    compiledPromise.catch(() => { compiledPromise = null; });
  }
  return compiledPromise;
}

// User timing entries (performance.measure) for the steps that run on the main thread,
// so a trace or Lighthouse's report names them.
function measure(name, start) {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    /* an old browser without measure options: no entry */
  }
}

// A new, independent instance of the module (its own memory).
async function instantiate() {
  const compiled = await compileWasm();
  const start = performance.now();
  try {
    return await self.createSamenwijsCore({
      onAbort: () => {},
      // The glue would fetch the wasm itself; it gets the checked, compiled module instead.
      instantiateWasm: (imports, receive) => {
        WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled));
        return {};
      },
    }).finally(() => measure('samenwijs:instantiate', start));
  } catch {
    throw new SamenwijsError('load_failed', 'De rekenkern van Samenwijs kon niet starten.');
  }
}

let corePromise = null;
let startedCore = null; // the module once started (with or without content), for synchronous use

/** Starts the module once; later calls share the same promise. */
export function startCore() {
  if (!corePromise) {
    corePromise = (async () => {
      if (!webAssemblySupported()) {
        throw new SamenwijsError('unsupported', 'Deze browser kan Samenwijs niet uitvoeren, omdat WebAssembly ontbreekt of is uitgeschakeld. ' +
          'Gebruik een recente versie van Edge, Chrome, Firefox of Safari, of vraag je ict-beheer om WebAssembly toe te staan.');
      }
      const startedAt = performance.now();
      // The glue and the wasm download at the same time (issue 15).
      const compiling = compileWasm();
      compiling.catch(() => {}); // awaited below, after the glue
      if (typeof self.createSamenwijsCore !== 'function') await loadScript(asset('samenwijs-core.js'));
      measure('samenwijs:glue', startedAt);
      refuseOtherVersion('glue', self.SAMENWIJS_CORE_VERSION);
      noteVersion('glue', self.SAMENWIJS_CORE_VERSION);
      await compiling;
      // After a trap the facade drops the instance and asks for a new one.
      const core = new SamenwijsCore(await instantiate(), { rebuild: instantiate });
      // A method that needs a part not loaded yet starts loading it (the next try works).
      core.onPartsMissing = (parts) => { coreWithContent(parts).catch(() => {}); };
      startedCore = core;
      return core;
    })();
    corePromise.catch(() => { corePromise = null; });
  }
  return corePromise;
}

// ---- content parts (issue 15) ----------------------------------------------------------
// Each part is a classic script (parts/<name>.js, works from file://) that adds itself to
// self.SAMENWIJS_PARTS. Parts load at most once, all at the same time; the core holds
// the union of the parts that have arrived, so it only ever gains content.
const partLoads = new Map(); // name -> promise of the part
const arrived = new Map(); // name -> part

function loadPart(name) {
  if (!partLoads.has(name)) {
    const loading = (async () => {
      const present = () => (self.SAMENWIJS_PARTS || {})[name];
      if (!present()) await loadScript(asset(partFile(name)));
      const part = present();
      if (!part || !Array.isArray(part.entries)) {
        throw new SamenwijsError('load_failed', 'Een deel van de inhoud van Samenwijs kon niet worden geladen.');
      }
      refuseOtherVersion('content', part.version);
      noteVersion('content', part.version);
      arrived.set(name, part);
      return part;
    })();
    loading.catch(() => partLoads.delete(name));
    partLoads.set(name, loading);
  }
  return partLoads.get(name);
}

/** Starts loading content parts (see content-parts.js for the names); resolves when all arrived. */
export function requestParts(names = []) {
  return Promise.all(expandParts(names).map(loadPart));
}

/**
 * The module with the base content and the named parts loaded (plus every part that
 * arrived before). The module and the parts load at the same time. Pages that need the
 * core call this; the home and about pages do not, so a first visit stays small.
 */
export async function coreWithContent(parts = []) {
  // While a page draws from the build's answers, it gets the stand-in (see below).
  if (answering > 0 && !withContentCore && !parts.length) return answersCore;
  const [started] = await Promise.all([startCore(), requestParts(parts)]);
  // A module being rebuilt after a trap is awaited, so the page gets a working one.
  return withArrivedContent(await started.ready());
}

// Gives the module every part that has arrived (once per new set of parts): one call
// into the core, on the main thread, so it runs when a page or an action needs it.
// Parts that arrive later are added as a step (issue 15): the core reads and checks only
// them (core.addContent loads everything at once when the core cannot add them so).
function withArrivedContent(core) {
  const names = [...arrived.keys()].sort();
  const key = names.join(' ');
  if (!core.contentLoaded || core.contentParts !== key) {
    const start = performance.now();
    const whole = joinParts(names.map((n) => arrived.get(n)));
    const had = core.contentLoaded && core.contentPartNames ? core.contentPartNames : null;
    const added = had ? names.filter((n) => !had.has(n)) : [];
    if (had && added.length && [...had].every((n) => arrived.has(n))) {
      core.addContent(joinParts(added.map((n) => arrived.get(n))), whole);
    } else {
      core.loadContent(whole);
    }
    core.contentParts = key;
    core.contentPartNames = new Set(names);
    measure('samenwijs:load-content', start);
  }
  withContentCore = core;
  moduleFailure = null;
  clearStillLoading();
  return core;
}

// ---- page groups (issue 15) -------------------------------------------------------------
// The pages of a capability are one classic script (pages-<group>.js), loaded when one of
// its routes opens; it adds its page functions to self.SAMENWIJS_PAGES.
const groupLoads = new Map();

export function loadPageGroup(group) {
  if (!groupLoads.has(group)) {
    const loading = (async () => {
      const present = () => (self.SAMENWIJS_PAGES || {})[group];
      if (!present()) await loadScript(asset(`pages-${group}.js`));
      const loaded = present();
      if (!loaded) throw new SamenwijsError('load_failed', 'Een onderdeel van Samenwijs kon niet worden geladen.');
      refuseOtherVersion('pages', loaded.version);
      noteVersion('pages', loaded.version);
      return loaded.pages;
    })();
    loading.catch(() => groupLoads.delete(group));
    groupLoads.set(group, loading);
  }
  return groupLoads.get(group);
}

// ---- answers the build computed (issue 15) ----------------------------------------------
// A route listed in static-answers.js draws its first view from answers/<name>.js (the
// module's own answers, computed at build time), so a first visit needs neither the glue
// nor the wasm before the page is usable; the module and the route's parts load right
// after. The stand-in (answers-core.js) answers what the table holds and hands every
// other call to the real core once it is there.

let withContentCore = null; // the real core, once it has loaded with content
let moduleFailure = null; // why the module could not start after a draw from answers
let answering = 0; // pages drawing from answers right now
let answeringParts = [];
const answersCore = new AnswersCore({
  real: () => {
    if (withContentCore) return withContentCore;
    if (moduleFailure) throw moduleFailure; // not "still loading": it will not come
    // The module is there but has no content yet (it gets it at the first interaction):
    // this call gives it the content now, so the action works at the first try.
    const needed = expandParts(answeringParts);
    if (startedCore && !startedCore.restarting && needed.every((n) => arrived.has(n))) return withArrivedContent(startedCore);
    // An action before any key or pointer went down (e.g. a click sent by assistive
    // technology): it gets "still loading" and starts the module, so the next try works.
    if (startPending) startPending();
    return null;
  },
  parts: () => answeringParts,
});
const answerLoads = new Map();

function loadAnswers(name) {
  if (!answerLoads.has(name)) {
    const loading = (async () => {
      const present = () => (self.SAMENWIJS_ANSWERS || {})[name];
      if (!present()) {
        try {
          await loadScript(asset(answerFile(name)));
        } catch (error) {
          error.answersMissing = true; // the page can still draw with the module
          throw error;
        }
      }
      const part = present();
      if (!part || !Array.isArray(part.entries)) {
        const error = new SamenwijsError('load_failed', 'Een deel van de inhoud van Samenwijs kon niet worden geladen.');
        error.answersMissing = true;
        throw error;
      }
      refuseOtherVersion('answers', part.version);
      noteVersion('answers', part.version);
      answersCore.add(part);
    })();
    loading.catch(() => answerLoads.delete(name));
    answerLoads.set(name, loading);
  }
  return answerLoads.get(name);
}

/**
 * The answer parts a route's first draw can use in this context, or null: the module is
 * already there, the route is not listed, this visit needs the module (a search, saved
 * data only the module can read), or the build wrote no such part.
 */
export function answersFor(pattern, context) {
  if (withContentCore) return null;
  return answerNamesFor(pattern, context, { available: ANSWER_PARTS, savedKeys: storedKeys });
}

/**
 * Draws a page from the answer parts `names` (pages get the stand-in from coreWithContent()).
 * `parts`: the content the route needs, named when a call is not in the table.
 */
export async function drawFromAnswers(names, parts, draw) {
  await Promise.all(names.map(loadAnswers));
  answering += 1;
  answeringParts = parts;
  try {
    return await draw();
  } finally {
    answering -= 1;
  }
}

/**
 * After a draw from answers (or a page drawn without the core): the module, the route's
 * parts and `later` (what the next actions will likely need, e.g. all guides) start at the
 * first sign of interaction (a key, a pointer or a touch going down), or at the first
 * call the answers cannot serve. Until then nothing of it runs on the main thread:
 * evaluating the glue and the parts, instantiating the module and loading the content are
 * long tasks at a slow CPU, and done during the page load they delayed the page's own
 * first paint and blocked the main thread while the user was still reading (issue 15).
 * Nor does the page download them: the service worker, registered once the page is
 * usable, downloads every file of the build off the main thread (web/js/updates.js), so
 * at the interaction they come from the HTTP cache. (Asking for a file from the page,
 * even a preload that runs nothing, costs main-thread time per request under Lighthouse's
 * tracing; 12 preloads in one idle callback were a 225 ms task.) When the module cannot
 * start (no WebAssembly, a file missing), the page stays readable and the status line
 * says why; an action that needs the module then gets that message too. Resolves once the module and parts have started.
 */
export function loadAfterAnswers(parts, { later = null } = {}) {
  let starting = null;
  const start = (byInteraction) => {
    if (!starting) {
      if (byInteraction) contentOnInteraction += 1;
      starting = startAfterAnswers(parts || [], later);
    }
    return starting;
  };
  // Without WebAssembly the status line says so at once (a cheap check, nothing loads).
  if (!webAssemblySupported()) return start(false);
  const pending = () => start(false);
  startPending = pending;
  // A click on a button with no key or pointer before it (assistive technology sends one
  // on its own) starts the module too, and waits for it like a click during the start,
  // so it also works at the first try. Only for this page's start (a newer page has its own).
  const clickFirst = (event) => {
    if (startPending === pending && !clickedButton(event)) return;
    window.removeEventListener('click', clickFirst, true);
    if (startPending !== pending) return;
    start(true);
    holdClick(event, contentReady);
  };
  if (typeof window !== 'undefined') window.addEventListener('click', clickFirst, true);
  return new Promise((resolve, reject) => {
    onFirstInteraction(() => { start(true).then(resolve, reject); });
    startWaiters.push(() => { if (starting) starting.then(resolve, reject); });
  });
}

// The start itself: the module and the parts load (from the HTTP cache once the worker
// has precached them), and the content goes into the module as soon as both are there.
function startAfterAnswers(parts, later) {
  moduleStarts += 1;
  startPending = null;
  moduleStarting = true;
  const starting = Promise.all([startCore(), requestParts(parts)]);
  starting.catch(reportModuleFailure);
  const withContent = coreWithContent(parts);
  withContent.catch(reportModuleFailure);
  withContent.then(() => { moduleStarting = false; }, () => { moduleStarting = false; });
  contentReady = withContent;
  holdClicksUntil(withContent);
  // Parts still on their way then go into the module as soon as they arrive.
  if (later) Promise.all([starting, requestParts(later)]).then(() => coreWithContent(later)).catch(() => {});
  for (const waiter of startWaiters.splice(0)) waiter();
  return starting;
}

// While the module starts (from the first pointer or key going down until it has its
// content, usually well under a second on a quiet machine), a click on a button of the page waits for it and
// then happens, so the first action works at the first try instead of saying "still
// loading". Only buttons in <main> (links and the menu go on at once), and at most
// HOLD_LIMIT_MS: after that the click happens anyway and the page says what it says.
const HOLD_LIMIT_MS = 3000;
let heldClicks = 0; // tests read it through loadStats()
let replayingHeldClick = false;
let contentReady = null; // the latest start's module with its content
const withinHoldLimit = (ready) => Promise.race([ready, new Promise((resolve) => { setTimeout(resolve, HOLD_LIMIT_MS); })]);
const clickedButton = (event) => (event.target instanceof Element ? event.target.closest('main button') : null);

// Stops a click on a button in <main> and clicks that button again once `ready` settles
// (or after HOLD_LIMIT_MS). False when the click was not on such a button.
function holdClick(event, ready) {
  const button = replayingHeldClick ? null : clickedButton(event);
  if (!button) return false;
  event.preventDefault();
  event.stopImmediatePropagation();
  heldClicks += 1;
  const replay = () => {
    if (!button.isConnected) return;
    replayingHeldClick = true;
    try { button.click(); } finally { replayingHeldClick = false; }
  };
  withinHoldLimit(ready).then(replay, replay);
  return true;
}

function holdClicksUntil(ready) {
  if (typeof window === 'undefined') return;
  const hold = (event) => { holdClick(event, ready); };
  window.addEventListener('click', hold, true);
  const done = () => { window.removeEventListener('click', hold, true); };
  withinHoldLimit(ready).then(done, done);
}

let startPending = null; // starts the module of the page drawn from answers (before an interaction)
const startWaiters = [];
let moduleStarts = 0;
let moduleStarting = false; // started, content not yet loaded (nor failed)

/** How often content was given to the module because the user started to interact (tests read it). */
let contentOnInteraction = 0;
export const loadStats = () => ({
  contentOnInteraction,
  // How often the module of a page drawn from answers was started (0 before an interaction).
  moduleStarts,
  heldClicks,
  // A start is waiting for the first interaction, or under way: the module is not there yet.
  moduleStarting: Boolean(startPending) || moduleStarting,
  contentLoaded: Boolean(withContentCore),
  // The module has started and the current page's parts have arrived: the next call can load the content.
  readyForContent: Boolean(startedCore) && expandParts(answeringParts).every((n) => arrived.has(n)),
});

function reportModuleFailure(error) {
  if (!error || !['load_failed', 'unsupported', 'content_not_loaded', 'content_invalid'].includes(error.code)) return;
  moduleFailure = error;
  const el = statusLine();
  if (!el) return;
  el.className = 'status status--error';
  el.textContent = error.code === 'unsupported' ? error.message
    : `${error.message} Laad de pagina opnieuw. Lukt het dan nog niet, vraag dan je ict-beheer of alle bestanden van de site aanwezig zijn.`;
}

// A pointer moving or a wheel turning over the page comes well before the click it leads
// to (a mouse user points first), so the module is usually there by the time of the click.
const INTERACTION_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'pointermove', 'wheel'];
let interactionWaiters = null;

// Runs each fn once, at the first key, pointer or touch going down, or the first pointer
// move or wheel turn (before the click or key press it belongs to reaches the page).
// Programmatic focus does not count.
let interacted = false;
export function onFirstInteraction(fn) {
  if (typeof window === 'undefined') return;
  if (interacted) {
    fn();
    return;
  }
  if (!interactionWaiters) {
    interactionWaiters = [];
    const fire = () => {
      interacted = true;
      for (const type of INTERACTION_EVENTS) window.removeEventListener(type, fire, true);
      const waiting = interactionWaiters;
      interactionWaiters = null;
      for (const run of waiting) run();
    };
    for (const type of INTERACTION_EVENTS) window.addEventListener(type, fire, { capture: true, passive: true });
  }
  interactionWaiters.push(fn);
}

export function whenIdle(run) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 500);
}

// A handler that ran before the module arrived and did not show the error itself: the
// status line says so (in Dutch); nothing was saved or cleared by the failed call.
function statusLine() {
  return typeof document === 'undefined' ? null : document.getElementById('status');
}
function showStillLoading(error) {
  const el = statusLine();
  if (!el || !error || !error.stillLoading) return;
  el.className = 'status status--loading';
  el.textContent = STILL_LOADING;
}
function clearStillLoading() {
  const el = statusLine();
  if (el && el.textContent === STILL_LOADING) {
    el.className = 'status status--ready';
    el.textContent = '';
  }
}
if (typeof window !== 'undefined') {
  window.addEventListener('error', (event) => showStillLoading(event.error));
  window.addEventListener('unhandledrejection', (event) => showStillLoading(event.reason));
}

// The JS facade over the wasm module: idiomatic names, plain objects in and out, and
// SamenwijsError for every failure. All domain rules live in the C++ core; this file
// only moves JSON across the boundary.

export class SamenwijsError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'SamenwijsError';
    this.code = code;
  }
}

function unwrap(envelopeText) {
  let envelope;
  try {
    envelope = JSON.parse(envelopeText);
  } catch {
    envelope = null;
  }
  if (!envelope || typeof envelope !== 'object' || (!envelope.ok && !envelope.error)) {
    throw new SamenwijsError('internal', 'Onverwacht antwoord van de rekenkern.');
  }
  if (!envelope.ok) {
    const error = new SamenwijsError(envelope.error.code, envelope.error.message);
    // content_part_missing: the content parts the method needs (issue 15).
    if (Array.isArray(envelope.error.parts)) error.parts = envelope.error.parts;
    throw error;
  }
  return envelope.value;
}

// Arguments JSON cannot encode (a function, a BigInt, a cycle, a getter that throws,
// nesting deeper than the JS stack) become the same typed error as everything else.
function encode(args) {
  let text;
  try {
    text = args === undefined ? '{}' : JSON.stringify(args);
  } catch {
    text = undefined;
  }
  // undefined: a function or a symbol, which JSON cannot carry either.
  if (typeof text !== 'string') throw new SamenwijsError('bad_request', 'Deze gegevens kunnen niet aan de rekenkern worden doorgegeven.');
  return text;
}

function text(value) {
  try {
    return String(value);
  } catch {
    throw new SamenwijsError('bad_request', 'Deze gegevens kunnen niet aan de rekenkern worden doorgegeven.');
  }
}

// A plain object of arguments, or a SamenwijsError (never a TypeError from destructuring).
function requestObject(value, what) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SamenwijsError('invalid_argument', `De gegevens voor ${what} moeten een object zijn.`);
  }
  return value;
}

// A trap inside the module (a RangeError from a stack overflow, a WebAssembly.RuntimeError
// such as "unreachable" or "out of bounds") may leave its memory and stack in a broken
// state, so the facade drops that instance and builds a new one: one bad file never
// breaks the tab.
function isTrap(error) {
  return error instanceof RangeError ||
    (typeof WebAssembly === 'object' && WebAssembly.RuntimeError && error instanceof WebAssembly.RuntimeError) ||
    (error && error.name === 'RuntimeError');
}

// Issue 15: a method that needs a content part not loaded yet starts loading it
// (core.onPartsMissing, set by the loader) and throws content_part_missing with the parts.
function answer(core, envelopeText) {
  try {
    return unwrap(envelopeText);
  } catch (error) {
    if (error.code === 'content_part_missing' && error.parts && core.onPartsMissing) core.onPartsMissing(error.parts);
    throw error;
  }
}

export class SamenwijsCore {
  /**
   * module: the Emscripten module. rebuild (optional): async () => a fresh module; the
   * facade calls it after a trap and loads the same content into the new instance.
   */
  constructor(module, { rebuild = null } = {}) {
    this.module = module;
    this.rebuildModule = rebuild;
    this.contentLoaded = false;
    this.bundleText = null;
    this.restarting = null;
    this.restarts = 0;
  }

  /** Resolves once the module is usable again after a restart (at once otherwise). */
  ready() {
    return this.restarting || Promise.resolve(this);
  }

  // Runs one call into the module; a trap starts a rebuild and becomes a SamenwijsError.
  invoke(send) {
    if (!this.module) {
      throw new SamenwijsError('restarting', 'De rekenkern wordt opnieuw gestart. Probeer het over een ogenblik nog eens.');
    }
    try {
      return send(this.module);
    } catch (error) {
      if (error instanceof SamenwijsError) throw error;
      if (isTrap(error)) {
        this.restart();
        throw new SamenwijsError('internal', 'Deze gegevens waren te zwaar voor de rekenkern. Samenwijs is opnieuw gestart; wat je eerder invulde, is bewaard.');
      }
      throw new SamenwijsError('bad_request', 'Deze gegevens kunnen niet aan de rekenkern worden doorgegeven.');
    }
  }

  restart() {
    this.restarts += 1;
    if (!this.rebuildModule) return; // nothing to rebuild with: keep the instance
    this.module = null;
    this.restarting = (async () => {
      try {
        const fresh = await this.rebuildModule();
        if (this.bundleText !== null) unwrap(fresh.loadContent(this.bundleText));
        this.module = fresh;
      } finally {
        this.restarting = null;
      }
      return this;
    })();
    this.restarting.catch(() => {}); // a failed rebuild shows up as 'restarting' errors
  }

  /** Low-level call: method name and an arguments object; returns the value or throws. */
  call(method, args = {}) {
    const name = text(method);
    const json = encode(args);
    return answer(this, this.invoke((m) => m.call(name, json)));
  }

  /** Like call(), with a large text passed beside the arguments instead of inside the JSON. */
  callWithText(method, args, attachment) {
    const name = text(method);
    const json = encode(args);
    const bulk = text(attachment);
    return answer(this, this.invoke((m) => m.callWithText(name, json, bulk)));
  }

  loadContent(bundleText) {
    const bundle = text(bundleText);
    const overview = unwrap(this.invoke((m) => m.loadContent(bundle)));
    this.contentLoaded = true;
    this.bundleText = bundle;
    return overview;
  }

  overview() { return this.call('overview'); }
  frameworks() { return this.call('frameworks'); }
  guide(id) { return this.call('guide', { id }); }
  lookup(id) { return this.call('lookup', { id }); }
  browse(filter = {}) { return this.call('browse', filter); }
  search(query, filter = {}, limit = 50) { return this.call('search', { query, ...filter, limit }); }
  sources() { return this.call('sources'); }
  agendaResolve(agenda) { return this.call('agendaResolve', { agenda }); }
  agendaExport(agenda, format) { return this.call('agendaExport', { agenda, format }); }
  guidedStart() { return this.call('guidedStart'); }
  suggest(role, concerns, maxQuestions) { return this.call('suggest', maxQuestions ? { role, concerns, maxQuestions } : { role, concerns }); }
  framework(id) { return this.call('framework', { id }); }
  profile(framework, answers) { return this.call('profile', { framework, answers }); }
  decodeResult(code, framework) { return this.call('decodeResult', { code, framework }); }
  resultFile(framework, answers, date) { return this.call('resultFile', { framework, answers, date }); }
  readResultFile(text, framework) { return this.call('readResultFile', { text, framework }); }
  compare(earlier, later) { return this.call('compare', { earlier, later }); }
  team(request) { const { text: codes = '', ...rest } = requestObject(request, 'het teamoverzicht'); return this.callWithText('team', rest, codes); }
  teamCompare(earlier, later) { return this.call('teamCompare', { earlier, later }); }
  teamCsv(code) { return this.call('teamCsv', { code }); }
  roundStart(args) { return this.call('roundStart', args); }
  roundInfo(round) { return this.call('roundInfo', { round }); }
  handin(round, answers, salt) { return this.call('handin', { round, answers, salt }); }
  ballotAdd(args) { return this.call('ballotAdd', args); }
  ballotClose(args) { return this.call('ballotClose', args); }
  collectorSum(request) { const { text: codes = '', ...rest } = requestObject(request, 'de verzamelaar'); return this.callWithText('collectorSum', rest, codes); }
  collectorCombine(args) { return this.call('collectorCombine', args); }
  teamPicture(code) { return this.call('teamPicture', { code }); }
  board(request) { const { text: codes = '', ...rest } = requestObject(request, 'het bestuursoverzicht'); return this.callWithText('board', rest, codes); }
  boardCsv(request) { const { text: codes = '', ...rest } = requestObject(request, 'het bestuursoverzicht'); return this.callWithText('boardCsv', rest, codes); }
  network() { return this.call('network'); }
  readiness(phase, answers) { return this.call('readiness', { phase, answers }); }
  networkAdvice(goals, participants) { return this.call('networkAdvice', { goals, participants }); }
  planCheck(plan) { return this.call('planCheck', { plan }); }
  planExport(plan, format) { return this.call('planExport', { plan, format }); }
  planImport(text) { return this.call('planImport', { text }); }
  networkMap(map) { return this.call('networkMap', { map }); }
  mapExport(map, format) { return this.call('mapExport', { map, format }); }
  mapImport(text) { return this.call('mapImport', { text }); }
  glossary() { return this.call('glossary'); }
  glossaryLinks(guide) { return this.call('glossaryLinks', { guide }); }
  mapRemove(map, index) { return this.call('mapRemove', { map, index }); }
  // Issue 11: saved progress, measurement history and the development plan (POP).
  zelfscanState(framework, text) { return this.call('zelfscanState', { framework, text }); }
  historyRead(text) { return this.call('historyRead', { text }); }
  historyText(measurements) { return this.call('historyText', { measurements }); }
  historyImport(measurements, text) { return this.call('historyImport', { measurements, text }); }
  historyExport(measurements, today) { return this.call('historyExport', { measurements, today }); }
  historyTrend(measurements, framework) { return this.call('historyTrend', { measurements, framework }); }
  popCheck(framework, pop) { return this.call('popCheck', { framework, pop }); }
  popExport(measurement) { return this.call('popExport', { measurement }); }

  /**
   * Issue 15: adds content parts to the loaded content. addedText: a bundle of only the new
   * parts; wholeText: every part (what loadContent would take). The core reads and checks
   * only the new parts (the checks across parts run on the union). When it cannot add
   * them as a step (nothing loaded yet, a part already there, any problem), wholeText is
   * loaded at once: the same answer and the same errors as loadContent, and on an error
   * the content loaded before stays.
   */
  addContent(addedText, wholeText) {
    const whole = text(wholeText);
    if (!this.contentLoaded || !this.module || typeof this.module.addContent !== 'function') return this.loadContent(whole);
    const added = text(addedText);
    let value;
    try {
      value = unwrap(this.invoke((m) => m.addContent(added)));
    } catch (error) {
      if (!(error instanceof SamenwijsError) || error.code !== 'content_not_added') throw error;
      return this.loadContent(whole);
    }
    this.bundleText = whole; // what a rebuild after a trap loads
    return value;
  }
}

// Every facade method (also ones added later): whatever goes wrong while its arguments
// are put together (a getter or a Proxy that throws, a value that cannot be spread)
// becomes a SamenwijsError too, never a TypeError.
for (const name of Object.getOwnPropertyNames(SamenwijsCore.prototype)) {
  const method = SamenwijsCore.prototype[name];
  if (['constructor', 'ready', 'restart'].includes(name) || typeof method !== 'function') continue;
  SamenwijsCore.prototype[name] = function guardedFacadeMethod(...args) {
    try {
      return method.apply(this, args);
    } catch (error) {
      if (error instanceof SamenwijsError) throw error;
      throw new SamenwijsError('bad_request', 'Deze gegevens kunnen niet aan de rekenkern worden doorgegeven.');
    }
  };
}

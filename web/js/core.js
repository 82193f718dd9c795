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
    throw new SamenwijsError('internal', 'Onverwacht antwoord van de rekenkern.');
  }
  if (!envelope.ok) throw new SamenwijsError(envelope.error.code, envelope.error.message);
  return envelope.value;
}

// Arguments JSON cannot encode (a function, a BigInt, a cycle) or the bindings refuse
// become the same typed error as everything else.
function guard(send) {
  try {
    return send();
  } catch (error) {
    throw new SamenwijsError('bad_request', 'Deze gegevens kunnen niet aan de rekenkern worden doorgegeven.');
  }
}

export class SamenwijsCore {
  constructor(module) {
    this.module = module;
    this.contentLoaded = false;
  }

  /** Low-level call: method name and an arguments object; returns the value or throws. */
  call(method, args = {}) {
    return unwrap(guard(() => this.module.call(String(method), JSON.stringify(args))));
  }

  /** Like call(), with a large text passed beside the arguments instead of inside the JSON. */
  callWithText(method, args, text) {
    return unwrap(guard(() => this.module.callWithText(String(method), JSON.stringify(args), String(text))));
  }

  loadContent(bundleText) {
    const overview = unwrap(guard(() => this.module.loadContent(String(bundleText))));
    this.contentLoaded = true;
    return overview;
  }

  overview() { return this.call('overview'); }
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
  resultFile(framework, answers) { return this.call('resultFile', { framework, answers }); }
  readResultFile(text, framework) { return this.call('readResultFile', { text, framework }); }
  compare(earlier, later) { return this.call('compare', { earlier, later }); }
  team({ text = '', ...rest }) { return this.callWithText('team', rest, text); }
  teamCompare(earlier, later) { return this.call('teamCompare', { earlier, later }); }
  teamCsv({ text = '', ...rest }) { return this.callWithText('teamCsv', rest, text); }
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
}

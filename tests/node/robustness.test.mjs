// Robustness of the built WebAssembly module: malformed input must never abort it (the
// module is built without exceptions, so a failed C++ check or nlohmann throw would be an
// abort and leave the module unusable). Thousands of deterministic pseudo-random inputs
// per method, plus hand-picked hostile ones (1 MB strings, 10 000+ levels of nesting, NUL
// characters, lone UTF-16 surrogates, invalid UTF-8 bytes, random method names, broken
// content bundles); afterwards a normal call must still give exactly the same answers.
//
// Seed: env SAMENWIJS_FUZZ_SEED (default fixed). Iterations: env SAMENWIJS_FUZZ_SCALE
// (default 1; 2 doubles them).
// (The oversized-argument test sends 17 MB and 33 MB: refused before parsing.)
// Run from the repository root: node --test tests/node/
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

import { SamenwijsError, heapBytes, loadSamenwijs, parseEnvelope } from './load-module.mjs';

const SEED = Number(process.env.SAMENWIJS_FUZZ_SEED ?? 20261123) >>> 0;
const SCALE = Math.max(0.1, Number(process.env.SAMENWIJS_FUZZ_SCALE ?? 1));
const MB = 1 << 20;

// The six methods of the guidance, with an exact oracle below.
const GUIDANCE = ['overview', 'guide', 'lookup', 'browse', 'search', 'sources'];

// Methods of other capabilities (registered in core/src/api_*.cpp) are fuzzed too, with a
// looser oracle (any well-formed envelope except 'internal'); the names are read from the
// sources, so a new method is covered without editing this file, and kept only when the
// built module knows them (the build may be older than the sources).
function candidateMethods() {
  const names = new Set();
  try {
    const dir = new URL('../../core/src/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => /^api_.*\.cpp$/.test(f))) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      for (const block of text.matchAll(/std::map<std::string, Api(?:Text)?Method> methods = \{([^;]*)\};/g)) {
        for (const m of block[1].matchAll(/\{"([A-Za-z0-9_]+)",/g)) names.add(m[1]);
      }
    }
  } catch {
    // No sources next to the tests: the guidance methods only.
  }
  for (const name of GUIDANCE) names.delete(name);
  return [...names].sort();
}
const EXPENSIVE = new Set(['browse', 'sources']);

// ---- deterministic pseudo-random generator ---------------------------------------------

function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRandom(seed) {
  const next = mulberry32(seed);
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)], chance: (p) => next() < p };
}

const CHARS = [
  ...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789', ' ', ' ', '-', '_', '.', ',', '?', '!', '/', '\\', '"', "'",
  '{', '}', '[', ']', ':', '\t', '\n', '\r',
  'é', 'ë', 'ï', 'ö', 'ß', 'ĳ', 'Œ', 'ſ', 'ǅ', '–', '’', '“', '€', '中', 'π', 'Ж', '\u0301', '\u00a0',
  '🙂', '𝒳', '\u0000', '\u0001', '\u001f', '\u007f', '\u2028', '\u2029', '\ufffd', '\uffff', '\ufeff',
  '\ud800', '\udbff', '\udc00', '\udfff',
];
const NUMBERS = [0, 1, -1, 2, 49, 50, 51, 499, 500, 501, 1000, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 32,
  2 ** 53, 2 ** 53 + 2, 2 ** 63, -(2 ** 63), 2 ** 64, 1e21, -1e21, 1e308, Number.MAX_VALUE, Number.MIN_VALUE,
  1.5, 0.1, -0, 1e-7, NaN, Infinity, -Infinity];
const KEYS = ['id', 'query', 'guide', 'theme', 'policyTheme', 'limit', 'role', 'agenda', 'items', 'format',
  'text', 'topics', 'answers', 'framework', '', '__proto__', 'constructor', 'ID', 'id ', 'query\u0000'];

function makeGenerators(random, vocabulary) {
  const { int, pick, chance } = random;

  function randomChars(length) {
    let s = '';
    for (let i = 0; i < length; i += 1) s += pick(CHARS);
    return s;
  }

  function randomString() {
    const r = int(20);
    if (r < 6) return pick(vocabulary.all); // a real id or word
    if (r < 8) return pick(vocabulary.words) + ' ' + pick(vocabulary.words);
    if (r < 9) return '';
    if (r < 10) return pick(vocabulary.all) + pick(CHARS); // a near miss
    if (r < 11) return pick(['x'.repeat(200), 'x'.repeat(201), 'ë'.repeat(100), 'ë'.repeat(101), 'x'.repeat(10000),
      'x'.repeat(10001), '🙂'.repeat(2501), ' '.repeat(300), 'de '.repeat(66)]);
    return randomChars(int(24));
  }

  function randomValue(depth = 0) {
    const r = int(depth > 3 ? 6 : 10);
    switch (r) {
      case 0: return null;
      case 1: return chance(0.5);
      case 2: return pick(NUMBERS);
      case 3: return int(1000) - 100;
      case 4: case 5: return randomString();
      case 6: case 7: {
        const list = [];
        for (let i = int(5); i > 0; i -= 1) list.push(randomValue(depth + 1));
        return list;
      }
      default: {
        const object = Object.create(null); // so '__proto__' is an ordinary key
        for (let i = int(5); i > 0; i -= 1) object[chance(0.7) ? pick(KEYS) : randomString()] = randomValue(depth + 1);
        return object;
      }
    }
  }

  const PLAUSIBLE = new Map([
    ['id', () => pick(chance(0.3) ? vocabulary.guides : vocabulary.ids)], ['guide', () => pick(vocabulary.guides)],
    ['theme', () => pick(vocabulary.themes)], ['policyTheme', () => pick(vocabulary.policyThemes)],
    ['query', () => pick(vocabulary.words)], ['limit', () => int(600) - 50],
  ]);

  /** Arguments aimed at a method: mostly objects with its own keys and plausible values. */
  function randomArgs() {
    if (chance(0.15)) return randomValue();
    const object = Object.create(null);
    for (let i = int(5); i > 0; i -= 1) {
      const key = chance(0.8) ? pick(KEYS.slice(0, 6)) : pick(KEYS);
      let value;
      if (chance(0.5) && PLAUSIBLE.has(key)) {
        value = PLAUSIBLE.get(key)();
      } else {
        value = randomValue(1);
      }
      object[key] = value;
    }
    return object;
  }

  /** Text that is (usually) not JSON: damaged JSON, or junk. */
  function randomText() {
    const r = int(6);
    if (r === 0) return randomChars(int(40));
    if (r === 1) {
      return pick(['undefined', 'NaN', 'Infinity', "{'id':'x'}", '{id:"x"}', '{"a":1,}', '{"a" 1}', '// x\n{}',
        '/* x */{}', '{}{}', '{} x', '{"a":01}', '{"a":1e400}', '{"a":"\\x41"}', '{"a":"\\ud800"}',
        '{"a":"\\udc00\\ud800"}', '{"a":"\u0001"}', '{"a":"\t"}', '\ufeff{}', '{"a":-}', '{"a":.5}', '[', ']',
        '{', '}', '""', '"', '\u0000', '{"id":"x"}\u0000', ' {} ', '\n{\n}\n', '{"":""}', '{"a":true,"a":false}']);
    }
    let text = JSON.stringify(randomArgs()) ?? '';
    const edits = 1 + int(3);
    for (let i = 0; i < edits && text.length > 0; i += 1) {
      const at = int(text.length + 1);
      const kind = int(4);
      if (kind === 0) text = text.slice(0, at); // truncated
      else if (kind === 1) text = text.slice(0, at) + pick(CHARS) + text.slice(at); // inserted
      else if (kind === 2) text = text.slice(0, at) + text.slice(at + 1); // deleted
      else text = text.slice(0, at) + pick(CHARS) + text.slice(at + 1); // replaced
    }
    return text;
  }

  function randomBytes(length) {
    const bytes = new Uint8Array(length);
    for (let i = 0; i < length; i += 1) bytes[i] = chance(0.6) ? int(256) : 32 + int(95);
    return bytes;
  }

  function randomMethodName() {
    const r = int(6);
    if (r === 0) return pick(GUIDANCE) + pick(CHARS);
    if (r === 1) return pick(GUIDANCE).toUpperCase();
    if (r === 2) return pick(['', ' ', 'call', 'loadContent', 'constructor', '__proto__', 'toString', 'hasOwnProperty',
      'overview\u0000', '\u0000overview', 'guide\u0000x', 'over view', 'ovérview', '\ud800', '🙂', 'x'.repeat(10000)]);
    return randomChars(int(30));
  }

  return { randomValue, randomArgs, randomText, randomBytes, randomMethodName, randomString };
}

// ---- the oracle: what the core must answer, from the arguments as the core parses them -

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const utf8Length = (s) => Buffer.byteLength(s, 'utf8');
const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function hasLoneSurrogate(value) {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (isPlainObject(value)) return Object.entries(value).some(([k, v]) => LONE_SURROGATE.test(k) || hasLoneSurrogate(v));
  return false;
}

/** stringArg of core/src/api_args.cpp: undefined when the argument is invalid. */
function stringArg(args, name) {
  if (!Object.hasOwn(args, name) || args[name] === null) return '';
  const v = args[name];
  if (typeof v !== 'string' || utf8Length(v) > 10000) return undefined;
  return v;
}

/**
 * The expected outcome ('ok' or an error code) of call(method, JSON.stringify(value)),
 * for a value as JSON.parse returns it (so NaN is already null), or null when only a
 * well-formed envelope can be required.
 */
function expectedOutcome(method, value, vocabulary) {
  if (!KNOWN.has(method)) return 'unknown_method';
  // JSON.stringify writes lone surrogates as \udXXX escapes; nlohmann rejects those.
  if (hasLoneSurrogate(value)) return 'bad_request';
  if (!isPlainObject(value)) return 'bad_request';
  switch (method) {
    case 'overview':
    case 'sources':
      return 'ok';
    case 'guide':
    case 'lookup': {
      const id = stringArg(value, 'id');
      if (id === undefined || id === '') return 'invalid_argument';
      return (method === 'guide' ? vocabulary.guideSet : vocabulary.idSet).has(id) ? 'ok' : 'not_found';
    }
    case 'browse':
    case 'search': {
      if (method === 'search') {
        const query = stringArg(value, 'query');
        if (query === undefined || utf8Length(query) > 200) return 'invalid_argument';
      }
      for (const [key, known] of [['guide', vocabulary.guideSet], ['theme', vocabulary.themeSet],
        ['policyTheme', vocabulary.policySet]]) {
        const v = stringArg(value, key);
        if (v === undefined || (v !== '' && !known.has(v))) return 'invalid_argument';
      }
      if (method === 'search' && Object.hasOwn(value, 'limit') && value.limit !== null) {
        const limit = value.limit;
        if (!Number.isInteger(limit) || limit < 1 || limit > 500) return 'invalid_argument';
      }
      return 'ok';
    }
    default:
      return null; // another capability: no exact oracle
  }
}

// Without an exact oracle (other capabilities, damaged text, raw bytes) any error but
// these is fine: 'internal' means a method failed without saying why.
const NEVER_FOR_A_KNOWN_METHOD = new Set(['internal', 'unknown_method', 'content_not_loaded', 'content_invalid']);

/** Checks an answer of the raw module against the expectation; returns the envelope. */
function checkAnswer(method, answer, expected, describeInput) {
  let envelope;
  try {
    envelope = parseEnvelope(answer);
  } catch (error) {
    assert.fail(`${method}(${describeInput()}): ${error.message}`);
  }
  const outcome = envelope.ok ? 'ok' : envelope.error.code;
  if (expected !== null) {
    if (outcome !== expected) {
      assert.fail(`${method}(${describeInput()}): expected ${expected}, got ${outcome}` +
        (envelope.ok ? '' : ` (${envelope.error.message.slice(0, 200)})`));
    }
  } else if (!envelope.ok) {
    if (KNOWN.has(method) ? NEVER_FOR_A_KNOWN_METHOD.has(outcome) : outcome !== 'unknown_method') {
      assert.fail(`${method}(${describeInput()}): unexpected ${outcome}: ${envelope.error.message.slice(0, 200)}`);
    }
  }
  return envelope;
}

/** Extra checks on successful answers of the guidance methods. */
function checkValue(method, args, value) {
  if (method === 'guide' || method === 'lookup') assert.equal(value.id, args.id);
  if (method === 'browse') assert.ok(Number.isInteger(value.topicCount) && Array.isArray(value.groups));
  if (method === 'search') {
    assert.ok(Array.isArray(value.hits));
    for (const hit of value.hits) {
      for (const m of hit.matches) {
        for (const [start, length] of m.ranges) assert.ok(start + length <= m.text.length && length > 0, hit.id);
      }
    }
  }
}

const describe = (x) => {
  const text = typeof x === 'string' ? x : x instanceof Uint8Array ? `bytes[${x.length}]` : String(x);
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…(${text.length})` : text);
};

// ---- shared state ----------------------------------------------------------------------

const { module, bundle, core, aborts } = await loadSamenwijs();
core.loadContent(bundle);
const OTHERS = candidateMethods().filter((name) => {
  const envelope = parseEnvelope(module.call(name, '{}'));
  return envelope.ok || envelope.error.code !== 'unknown_method';
});
const KNOWN = new Set([...GUIDANCE, ...OTHERS]);

function vocabularyOf(c) {
  const overview = c.overview();
  const ids = [];
  const words = new Set(['digitale', 'geletterdheid', 'ict', 'avg', 'school', 'leerlingen', 'ideeën', 'de', 'een']);
  for (const g of overview.guides) {
    const guide = c.guide(g.id);
    ids.push(guide.id);
    for (const mq of guide.mainQuestions) {
      ids.push(mq.id);
      for (const w of mq.title.split(/\s+/)) words.add(w);
      for (const t of mq.topics) ids.push(t.id, ...t.questions.map((q) => q.id));
      for (const tip of mq.readingTips ?? []) ids.push(tip.id);
    }
  }
  const guides = overview.guides.map((g) => g.id);
  const themes = overview.themes.map((t) => t.id);
  const policyThemes = overview.policyThemes.map((t) => t.id);
  return {
    ids, guides, themes, policyThemes, words: [...words],
    all: [...ids, ...themes, ...policyThemes, ...words],
    idSet: new Set(ids), guideSet: new Set(guides), themeSet: new Set(themes), policySet: new Set(policyThemes),
  };
}
const vocabulary = vocabularyOf(core);

// Reference answers, compared byte for byte at the end.
const REFERENCE_CALLS = [
  ['overview', '{}'], ['sources', '{}'], ['guide', '{"id":"bestuurder"}'], ['lookup', '{"id":"bestuurder-1a"}'],
  ['browse', '{"policyTheme":"avg"}'], ['search', '{"query":"digitale geletterdheid"}'],
  ['search', '{"query":"ict","guide":"leraar","limit":500}'],
];
const reference = REFERENCE_CALLS.map(([m, a]) => module.call(m, a));
const heapAtStart = heapBytes(module);

function assertStillHealthy(label, { quick = false } = {}) {
  assert.deepEqual(aborts, [], `no abort (${label})`);
  REFERENCE_CALLS.forEach(([m, a], i) => {
    if (quick && i % 3 !== 0) return;
    assert.equal(module.call(m, a), reference[i], `${m}(${a}) answers as before (${label})`);
  });
}

// ---- tests -----------------------------------------------------------------------------

test(`random arguments for every method never abort the module (seed ${SEED})`, (t) => {
  const random = makeRandom(SEED);
  const gen = makeGenerators(random, vocabulary);
  const perMethod = Math.round(2000 * SCALE);
  const counts = { calls: 0, ok: 0, errors: {} };
  let okHere = 0;
  let sampledOut = 0;
  const tally = (envelope) => {
    counts.calls += 1;
    if (envelope.ok) {
      counts.ok += 1;
      okHere += 1;
    } else {
      counts.errors[envelope.error.code] = (counts.errors[envelope.error.code] ?? 0) + 1;
    }
  };
  // A successful browse or sources answer is 60-200 KB of JSON and takes 6-24 ms (most of
  // it in the core), against well under 1 ms for a rejected call. For those two methods
  // only one in ten inputs that will (likely) succeed is sent, so the loop keeps its
  // time budget while every input that exercises validation is still sent.
  const skipLikelyOk = (method) => EXPENSIVE.has(method) && random.next() < 0.9;
  const started = performance.now();
  const timing = {};

  for (const method of [...GUIDANCE, ...OTHERS]) {
    const methodStart = performance.now();
    let skippedHere = 0;
    for (let i = 0; i < perMethod; i += 1) {
      const kind = random.next();
      if (kind < 0.6) {
        // A JSON value, exact oracle.
        const text = JSON.stringify(gen.randomArgs());
        const expected = expectedOutcome(method, JSON.parse(text), vocabulary);
        if (expected === 'ok' && skipLikelyOk(method)) {
          skippedHere += 1;
          continue;
        }
        const envelope = checkAnswer(method, module.call(method, text), expected, () => describe(text));
        if (envelope.ok) checkValue(method, JSON.parse(text), envelope.value);
        tally(envelope);
      } else if (kind < 0.9) {
        // Text that may not be JSON at all. If JSON.parse rejects it the core must answer
        // bad_request, unless the text has a lone surrogate (Embind's UTF-8 encoder merges
        // it with the next code unit), a BOM (nlohmann skips it) or a NUL (nlohmann stops
        // reading there). Damaged text that is still JSON gets the loose check only
        // (nlohmann reads 1e2 as a float and 1e400 as an error; JSON.parse gives 100 and
        // Infinity).
        const text = gen.randomText();
        const comparable = !LONE_SURROGATE.test(text) && !text.startsWith('\ufeff') && !text.includes('\u0000');
        let parsed;
        let jsonParseFails = false;
        try {
          parsed = JSON.parse(text === '' ? '{}' : text);
        } catch {
          jsonParseFails = true;
        }
        if (isPlainObject(parsed) && skipLikelyOk(method)) {
          skippedHere += 1;
          continue;
        }
        let expected = null;
        if (!KNOWN.has(method)) expected = 'unknown_method';
        else if (jsonParseFails && comparable) expected = 'bad_request';
        tally(checkAnswer(method, module.call(method, text), expected, () => describe(text)));
      } else {
        // Raw bytes, invalid UTF-8 included (Embind passes a Uint8Array through as is).
        const bytes = gen.randomBytes(random.int(64));
        tally(checkAnswer(method, module.call(method, bytes), KNOWN.has(method) ? null : 'unknown_method',
          () => describe(bytes)));
      }
    }
    timing[method] = `${Math.round(performance.now() - methodStart)} ms, ${okHere} ok` +
      (skippedHere ? `, ${skippedHere} likely-ok inputs not sent` : '');
    sampledOut += skippedHere;
    okHere = 0;
  }

  // Random method names, with any arguments: always unknown_method.
  const namesStart = performance.now();
  for (let i = 0; i < perMethod; i += 1) {
    const name = random.chance(0.1) ? gen.randomBytes(random.int(20)) : gen.randomMethodName();
    if (typeof name === 'string' && KNOWN.has(name)) continue;
    const args = random.chance(0.5) ? JSON.stringify(gen.randomValue()) : gen.randomText();
    const envelope = checkAnswer(describe(name), module.call(name, args), 'unknown_method', () => describe(args));
    // The name is echoed folded to ASCII letters, digits and spaces.
    assert.match(envelope.error.message, /^Onbekende opdracht: '[a-z0-9 ]*'\.$/);
    tally(envelope);
  }
  timing['random names'] = Math.round(performance.now() - namesStart);

  const elapsed = performance.now() - started;
  t.diagnostic(`${counts.calls} calls in ${(elapsed / 1000).toFixed(2)} s (${(elapsed * 1000 / counts.calls).toFixed(0)} µs/call); ` +
    `ok ${counts.ok}, errors ${JSON.stringify(counts.errors)}; ${sampledOut} generated inputs not sent`);
  t.diagnostic(`per method: ${JSON.stringify(timing)}; other capabilities fuzzed: ${OTHERS.join(', ') || 'none'}`);
  assert.ok(counts.ok > 1000, 'a good share of the calls succeed (the generator reaches the real paths)');
  for (const code of ['bad_request', 'invalid_argument', 'not_found', 'unknown_method']) {
    assert.ok(counts.errors[code] > 100, `the generator produces ${code}`);
  }
  assertStillHealthy('after the random loop');
});

test('random JSON values through the facade: a value or a SamenwijsError with the expected code', (t) => {
  const random = makeRandom(SEED ^ 0x5a5a5a5a);
  const gen = makeGenerators(random, vocabulary);
  const started = performance.now();
  let calls = 0;
  for (const method of [...GUIDANCE, ...OTHERS, 'bestaat-niet']) {
    for (let i = 0; i < Math.round((EXPENSIVE.has(method) ? 100 : 300) * SCALE); i += 1) {
      const value = random.chance(0.7) ? gen.randomArgs() : gen.randomValue();
      // What the core sees: NaN and Infinity become null, and so on.
      const seen = JSON.parse(JSON.stringify(value));
      const expected = expectedOutcome(method, seen, vocabulary);
      let outcome;
      try {
        const result = core.call(method, value);
        outcome = 'ok';
        if (GUIDANCE.includes(method)) checkValue(method, seen, result);
      } catch (error) {
        assert.ok(error instanceof SamenwijsError, `${method}(${describe(JSON.stringify(value))}): ${error}`);
        outcome = error.code;
      }
      if (expected !== null) {
        assert.equal(outcome, expected, `${method}(${describe(JSON.stringify(value))})`);
      } else {
        assert.ok(!NEVER_FOR_A_KNOWN_METHOD.has(outcome), `${method}(${describe(JSON.stringify(value))}): ${outcome}`);
      }
      calls += 1;
    }
  }
  t.diagnostic(`${calls} facade calls in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  assertStillHealthy('after the facade loop');
});

test('deep nesting (10 000 to 1 000 000 levels) is rejected without overflowing the wasm stack', (t) => {
  const times = [];
  for (const depth of [10_000, 100_000, 1_000_000]) {
    const open = '['.repeat(depth);
    const nested = open + ']'.repeat(depth);
    // Anything nested deeper than 64 levels is refused before it is parsed
    // (core/include/samenwijs/json_depth.hpp; tests/node/depth.test.mjs for every method).
    const cases = [
      ['guide', open, 'invalid_argument'],
      ['search', nested, 'invalid_argument'],
      ['guide', `{"id":${nested}}`, 'invalid_argument'],
      ['browse', `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`, 'invalid_argument'],
      ['search', `{"query":"ict","x":${nested}}`, 'invalid_argument'],
      ['lookup', `{"id":"bestuurder","x":${open}}`, 'invalid_argument'],
    ];
    for (const [method, text, expected] of depth === 1_000_000 ? cases.slice(0, 2) : cases) {
      const started = performance.now();
      const envelope = parseEnvelope(module.call(method, text));
      times.push(`${method}@${depth}: ${Math.round(performance.now() - started)} ms`);
      assert.equal(envelope.ok ? 'ok' : envelope.error.code, expected, `${method} ${describe(text)}`);
    }
  }
  // The facade: 1 000 nested arrays as a JS value (JSON.stringify itself overflows the
  // JS stack at about 10 000 levels, before the module is reached).
  let deep = [];
  for (let i = 0; i < 1000; i += 1) deep = [deep];
  assert.throws(() => core.guide(deep), (e) => e instanceof SamenwijsError && e.code === 'invalid_argument');
  assert.throws(() => core.browse({ x: deep }), (e) => e instanceof SamenwijsError && e.code === 'invalid_argument');
  let shallow = [];
  for (let i = 0; i < 62; i += 1) shallow = [shallow];
  assert.equal(core.browse({ x: shallow }).topicCount, core.browse().topicCount, '64 levels are still read');
  t.diagnostic(times.join('; '));
  assertStillHealthy('after deep nesting');
});

test('1 MB strings in every argument, as method name and as junk', (t) => {
  const big = 'x'.repeat(MB);
  const bigAccents = 'ë'.repeat(MB / 2); // 1 MB of UTF-8
  const started = performance.now();
  const cases = [
    ['guide', { id: big }, 'invalid_argument'],
    ['lookup', { id: bigAccents }, 'invalid_argument'],
    ['search', { query: big }, 'invalid_argument'],
    ['search', { query: 'ict', guide: big }, 'invalid_argument'],
    ['browse', { theme: bigAccents }, 'invalid_argument'],
    ['browse', { policyTheme: big }, 'invalid_argument'],
    ['overview', { unused: big }, 'ok'],
    ['sources', { [big]: 1 }, 'ok'],
    ...OTHERS.map((m, i) => [m, { [['id', 'query', 'role', 'agenda', 'text', 'code'][i % 6]]: big }, null]),
  ];
  for (const [method, args, expected] of cases) {
    const envelope = checkAnswer(method, module.call(method, JSON.stringify(args)), expected, () => method);
    if (expected === 'invalid_argument') assert.match(envelope.error.message, /te lang/);
  }
  assert.equal(parseEnvelope(module.call('guide', big)).error.code, 'bad_request');
  assert.equal(parseEnvelope(module.call('guide', `{"id":"${big}`)).error.code, 'bad_request');
  const name = parseEnvelope(module.call(big, '{}'));
  assert.equal(name.error.code, 'unknown_method');
  t.diagnostic(`${cases.length + 3} calls with 1 MB strings in ${Math.round(performance.now() - started)} ms; ` +
    `an unknown 1 MB method name is echoed whole: error message of ${name.error.message.length} characters`);
  t.diagnostic(`wasm memory: ${(heapAtStart / MB).toFixed(0)} MB at start, ${(heapBytes(module) / MB).toFixed(0)} MB now`);
  assertStillHealthy('after 1 MB strings');
});

test('NUL characters and lone UTF-16 surrogates', () => {
  // NUL is data, not a terminator.
  assert.equal(parseEnvelope(module.call('overview\u0000', '{}')).error.code, 'unknown_method');
  assert.equal(parseEnvelope(module.call('guide', '{"id":"bestuurder\\u0000"}')).error.code, 'not_found');
  // Current behaviour (reported): nlohmann's lexer takes a NUL byte for the end of the
  // input, so whatever follows a complete JSON text and a NUL is ignored, for arguments
  // and for content bundles alike.
  assert.equal(parseEnvelope(module.call('guide', '{"id":"bestuurder"}\u0000')).ok, true);
  assert.equal(parseEnvelope(module.call('guide', '{"id":"bestuurder"}\u0000 rommel {')).ok, true);
  assert.equal(parseEnvelope(module.loadContent(`${bundle}\u0000 rommel {`)).ok, true);
  assert.equal(parseEnvelope(module.call('guide', '{"id":"bestuurder"\u0000}')).error.code, 'bad_request');
  assert.equal(parseEnvelope(module.call('guide', '{"id":"best\u0000uurder"}')).error.code, 'bad_request');
  assert.throws(() => core.guide('bestuurder\u0000'), (e) => e.code === 'not_found');
  assert.equal(core.search('ict\u0000').query, 'ict\u0000');

  // Through the facade a lone surrogate becomes a \udXXX escape, which nlohmann rejects:
  // the whole request is bad_request (even in a key the method does not read).
  for (const s of ['\ud800', '\udfff', 'ict\ud83d', '\ude42ict']) {
    assert.throws(() => core.search(s), (e) => e instanceof SamenwijsError && e.code === 'bad_request', describe(s));
    assert.throws(() => core.call('overview', { [s]: 1 }), (e) => e.code === 'bad_request');
  }
  // A well-formed pair is fine.
  assert.equal(core.search('🙂 ict').query, '🙂 ict');
  // Raw (not escaped) lone surrogates: Embind's UTF-8 encoder joins a high surrogate with
  // whatever follows it, so here the closing quote is swallowed: bad_request, no abort.
  assert.equal(parseEnvelope(module.call('guide', '{"id":"x\ud800"}')).error.code, 'bad_request');
  const lone = parseEnvelope(module.call('guide', '{"id":"\udc00x"}'));
  assert.ok(!lone.ok && ['not_found', 'bad_request'].includes(lone.error.code));
  assert.equal(parseEnvelope(module.call('\ud800', '{}')).error.code, 'unknown_method');
  // A byte order mark before the JSON is skipped by nlohmann (JSON.parse would not).
  assert.equal(parseEnvelope(module.call('overview', '\ufeff{}')).ok, true);
  assertStillHealthy('after NUL and surrogates');
});

test('invalid UTF-8 bytes (Uint8Array) as method and arguments', () => {
  const bytes = (...parts) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p)] : p)));
  const cases = [
    [bytes([0xff, 0xfe, 0x80]), '{}', 'unknown_method'],
    [bytes('guide', [0xc0]), '{}', 'unknown_method'],
    [bytes('guide'), bytes('{"id":"', [0xff, 0xc0, 0xaf], '"}'), 'bad_request'], // nlohmann checks UTF-8
    [bytes('search'), bytes('{"query":"', [0xed, 0xa0, 0x80], '"}'), 'bad_request'], // CESU surrogate
    [bytes('search'), bytes('{"query":"', [0xf4, 0x90, 0x80, 0x80], '"}'), 'bad_request'], // > U+10FFFF
    [bytes('search'), bytes('{"query":"ict"}'), 'ok'],
    [bytes('guide'), bytes('{"id":"bestuurder"}'), 'ok'],
  ];
  for (const [method, args, expected] of cases) {
    const envelope = parseEnvelope(module.call(method, args));
    assert.equal(envelope.ok ? 'ok' : envelope.error.code, expected);
  }
  assertStillHealthy('after invalid UTF-8');
});

test('non-string arguments to the raw Embind functions throw a JS error and leave the module intact', () => {
  const cases = [
    () => module.call(undefined, '{}'), () => module.call('guide', 42), () => module.call('guide', {}),
    () => module.call('guide', null), () => module.call(Symbol('x'), '{}'), () => module.call('overview'),
    () => module.loadContent(undefined), () => module.loadContent(12), () => module.call('a', 'b', 'c'),
  ];
  for (const fn of cases) {
    assert.throws(fn, (e) => e instanceof Error && !(e instanceof WebAssembly.RuntimeError), String(fn));
  }
  assertStillHealthy('after non-string arguments');
});

test('loadContent with garbage, empty, truncated and wrongly typed bundles: content_invalid, earlier content kept', (t) => {
  const random = makeRandom(SEED ^ 0x1234567);
  const gen = makeGenerators(random, vocabulary);
  const valid = JSON.parse(bundle);
  const edit = (fn) => {
    const copy = structuredClone(valid);
    fn(copy);
    return JSON.stringify(copy);
  };
  let deep = '[]';
  for (let i = 0; i < 100; i += 1) deep = `[${deep}]`;
  const deepText = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const broken = {
    'empty string': '',
    'whitespace': ' \n\t',
    'null': 'null',
    'array': '[]',
    'empty object': '{}',
    'garbage': gen.randomText() + '\u0000\ud800' + 'x'.repeat(100),
    'random junk (64 KB)': Array.from({ length: 4096 }, () => gen.randomString()).join('').slice(0, 65536),
    'garbage (1 MB)': 'x{'.repeat(MB / 2),
    'NUL inside': bundle.slice(0, 1000) + '\u0000' + bundle.slice(1000),
    'lone surrogate escape in a string': bundle.replace('"Bestuurder"', '"Bestuur\\ud800der"'),
    'truncated by one character': bundle.slice(0, -1),
    'truncated at 99%': bundle.slice(0, Math.floor(bundle.length * 0.99)),
    'truncated in half': bundle.slice(0, bundle.length / 2),
    'truncated to 10 characters': bundle.slice(0, 10),
    'trailing junk': bundle + ',',
    'guide title is a number': edit((b) => { b.guides[0].title = 12; }),
    'guide order is a string': edit((b) => { b.guides[3].order = '4'; }),
    'guides is an object': edit((b) => { b.guides = { leraar: b.guides[0] }; }),
    'questions is a string': edit((b) => { b.guides[1].mainQuestions[0].topics[0].questions = 'vraag?'; }),
    'question text is null': edit((b) => { b.guides[2].mainQuestions[0].topics[0].questions[0].text = null; }),
    'policyThemes is a number': edit((b) => { b.guides[0].mainQuestions[0].topics[0].policyThemes = 1; }),
    'scale level value is a string': edit((b) => { b.frameworks[0].scale.levels[0].value = '1'; }),
    'framework version is a float': edit((b) => { b.frameworks[1].version = 1.5; }),
    'tag id is an array': edit((b) => { b.tags[0].id = ['x']; }),
    'source is true': edit((b) => { b.sources[0] = true; }),
    'unknown policy theme': edit((b) => { b.guides[0].mainQuestions[0].topics[0].policyThemes = ['bestaat-niet']; }),
    'duplicate id': edit((b) => { b.guides[1].id = b.guides[0].id; }),
    'unknown field': edit((b) => { b.guides[0].extra = deep; }),
    'deeply nested field': edit((b) => { b.guides[0].role = '@DEEP@'; }).replace('"@DEEP@"', deepText),
    'no guides': edit((b) => { delete b.guides; }),
  };
  const overviewBefore = core.overview();
  const started = performance.now();
  for (const [name, text] of Object.entries(broken)) {
    assert.notEqual(text, bundle, name);
    const envelope = parseEnvelope(module.loadContent(text));
    assert.equal(envelope.ok, false, `${name} is rejected`);
    assert.equal(envelope.error.code, 'content_invalid', name);
    assert.match(envelope.error.message, /^De inhoud van de site is beschadigd: /, name);
    assert.throws(() => core.loadContent(text), (e) => e instanceof SamenwijsError && e.code === 'content_invalid', name);
    assert.equal(core.contentLoaded, true);
    assert.deepEqual(core.overview(), overviewBefore, `earlier content still loaded after: ${name}`);
    assertStillHealthy(name, { quick: true });
  }
  // The message names what is wrong (file and JSON pointer) for a single broken field.
  assert.match(parseEnvelope(module.loadContent(broken['guide title is a number'])).error.message, /\/guides\/0\/title/);
  // The real bundle loads again, and gives the same answers.
  assert.equal(parseEnvelope(module.loadContent(bundle)).ok, true);
  t.diagnostic(`${Object.keys(broken).length} broken bundles in ${Math.round(performance.now() - started)} ms`);
  assertStillHealthy('after reloading the bundle');
});

test('the module never aborted and its memory stayed bounded', (t) => {
  assert.deepEqual(aborts, []);
  const heap = heapBytes(module);
  t.diagnostic(`wasm memory: ${(heapAtStart / MB).toFixed(0)} MB at start, ${(heap / MB).toFixed(0)} MB at the end`);
  assert.ok(heap <= 256 * MB, `memory stays modest (${(heap / MB).toFixed(0)} MB)`);
  assertStillHealthy('at the end');
});

test('repeated calls and reloads do not grow the memory (fresh instance)', async (t) => {
  // Wasm memory only grows, in steps, when malloc runs out: a leak shows up as growth
  // once it exceeds the free space of the initial memory (about a kilobyte per call over
  // the 40 000 cheap calls below, a few hundred KB per call for the big answers).
  const fresh = await loadSamenwijs({ withContent: true });
  const m = fresh.module;
  const truncated = fresh.bundle.slice(0, fresh.bundle.length - 10);
  const round = (n) => {
    for (let i = 0; i < n; i += 1) {
      m.call('lookup', '{"id":"bestuurder-1-1-v1"}');
      m.call('guide', '{"id":"bestaat-niet"}');
      m.call('search', '{"query":7}');
      m.call('browse', '[1,2,3');
      m.call('bestaat-niet', '{}');
    }
    for (let i = 0; i < n / 200; i += 1) { // 40 each
      m.call('guide', '{"id":"leraar"}');
      m.call('search', '{"query":"digitale geletterdheid"}');
      m.call('browse', '{"policyTheme":"avg"}');
    }
    for (let i = 0; i < n / 2000; i += 1) {
      m.loadContent(fresh.bundle);
      m.loadContent(truncated);
    }
  };
  // Warm-up until the heap has its working size: a load builds the new content and search
  // index while the old ones still live, and the allocator's free lists settle only after a
  // few loads (the memory then grows once, about 3 MB, and never again). A leak keeps growing.
  // When that one growth comes depends on the allocation pattern (it moved from the first to
  // the second round when the parse and the answers stopped building extra DOMs), so the
  // warm-up is two rounds.
  round(8000);
  round(8000);
  const before = heapBytes(m);
  const started = performance.now();
  round(8000);
  t.diagnostic(`40 120 calls and 8 loads in ${Math.round(performance.now() - started)} ms; ` +
    `memory ${(before / MB).toFixed(0)} MB before, ${(heapBytes(m) / MB).toFixed(0)} MB after`);
  assert.equal(heapBytes(m), before, 'no growth');
  assert.deepEqual(fresh.aborts, []);
});

// An oversized argument is refused before parsing: parsing takes several times the input
// in wasm memory, and without this limit about 200 MB of text exhausted the module.
test('an oversized argument is refused with an error, not an abort', async () => {
  const fresh = await loadSamenwijs({ withContent: true });
  const text = `{"id":"${'x'.repeat(17 * MB)}"}`;
  const answer = parseEnvelope(fresh.module.call('guide', text));
  assert.equal(answer.ok, false);
  assert.equal(answer.error.code, 'invalid_argument');
  const attached = parseEnvelope(fresh.module.callWithText('team', '{}', 'x'.repeat(33 * MB)));
  assert.equal(attached.ok, false);
  assert.equal(attached.error.code, 'invalid_argument');
  assert.deepEqual(fresh.aborts, []);
  assert.equal(fresh.core.guide('bestuurder').id, 'bestuurder', 'the module still works');
});

test('every facade method with arguments of every wrong type: a value or a SamenwijsError, never a TypeError', () => {
  const cyclic = {};
  cyclic.self = cyclic;
  const throwing = { get id() { throw new Error('getter'); }, toJSON() { throw new TypeError('toJSON'); } };
  const wrong = [undefined, null, 0, -1, NaN, true, '', 'x', [], [1, 'x'], {}, { text: 5 }, { text: {} },
    Symbol('s'), 10n, () => 1, cyclic, throwing, new Date(0), new Map([[1, 2]]), Object.create(null),
    { toString() { throw new Error('toString'); } }];
  const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(core))
    .filter((name) => typeof core[name] === 'function' && !['constructor', 'loadContent', 'ready', 'invoke', 'restart'].includes(name));
  assert.ok(methods.includes('team') && methods.includes('mapImport') && methods.includes('call'), methods.join(','));
  let calls = 0;
  for (const name of methods) {
    for (const a of wrong) {
      for (const args of [[a], [a, a], [a, a, a], ['leraar', a], [a, 'json']]) {
        try {
          core[name](...args);
        } catch (error) {
          assert.ok(error instanceof SamenwijsError, `core.${name}(${args.map((x) => typeof x).join(', ')}): ${error && error.name}: ${error && error.message}`);
          assert.notEqual(error.code, 'internal', `core.${name}`);
        }
        calls += 1;
      }
    }
  }
  assert.throws(() => core.team(undefined), (e) => e instanceof SamenwijsError);
  assert.throws(() => core.teamCsv(null), (e) => e instanceof SamenwijsError);
  assert.equal(core.restarts, 0);
  assertStillHealthy(`after ${calls} calls with wrong types`);
});

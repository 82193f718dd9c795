// Depth limits at the JS/wasm boundary, against the release wasm (build/site): input
// nested 100,000 levels deep, as arguments and inside imported files, for every method
// the module knows, 1,000 times in a row. The wasm stack is far smaller than a native
// one: without the limit (core/include/samenwijs/json_depth.hpp) a recursive copy of such
// input overflows it, each overflow leaks stack, and after a few the module is unusable
// for the rest of the tab. Afterwards every method must still answer exactly as before.
// The facade's own safety net (a new module instance after a trap) is tested too.
// Run from the repository root: node --test tests/node/depth.test.mjs
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

import { SamenwijsCore, SamenwijsError, loadSamenwijs, parseEnvelope } from './load-module.mjs';

const DEPTH = 100_000;
// 1,000 calls in a row, cycling through every method (about 36 each; each call sends
// 200 KB through Embind, about 6 ms). SAMENWIJS_DEPTH_TIMES=28000 gives 1,000 per method.
const TIMES = Number(process.env.SAMENWIJS_DEPTH_TIMES ?? 1000);
const LIMIT = 64; // kMaxJsonDepth

const deepArray = (n) => `${'['.repeat(n)}${']'.repeat(n)}`;
const deepObject = (n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;

// Every method registered in core/src/api_*.cpp (a new one is covered without editing).
function registeredMethods() {
  const names = new Set();
  const dir = new URL('../../core/src/', import.meta.url);
  for (const file of readdirSync(dir).filter((f) => /^api_.*\.cpp$/.test(f))) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    for (const block of text.matchAll(/std::map<std::string, Api(?:Text)?Method> methods = \{([^;]*)\};/g)) {
      for (const m of block[1].matchAll(/\{"([A-Za-z0-9_]+)",/g)) names.add(m[1]);
    }
  }
  return [...names].sort();
}

// Every argument name the methods read, so each method meets deep input where it looks.
const KEYS = ['id', 'query', 'guide', 'theme', 'policyTheme', 'limit', 'agenda', 'format', 'role', 'concerns',
  'framework', 'answers', 'code', 'text', 'earlier', 'later', 'files', 'minGroupSize', 'perGroup', 'phase', 'goals',
  'participants', 'plan', 'map'];

// Files a user can import, each valid on the outside and 100,000 levels deep inside.
function deepFiles(deep) {
  return {
    planImport: { text: `{"format":"samenwijs-netwerkplan","formatVersion":1,"plan":${deep}}` },
    mapImport: { text: `{"format":"samenwijs-netwerkkaart","ties":${deep}}` },
    readResultFile: { text: `{"format":"samenwijs-zelfscan","formatVersion":1,"code":"x","answers":${deep}}` },
    team: { files: [{ name: 'diep.json', text: `{"format":"samenwijs-zelfscan","code":${deep}}` }] },
    teamCsv: { files: [{ name: 'diep.json', text: `{"format":"samenwijs-zelfscan","answers":${deep}}` }] },
  };
}

const { module, core, bundle, aborts } = await loadSamenwijs({ withContent: true });
const methods = registeredMethods().filter((m) => parseEnvelope(module.call(m, '{}')).error?.code !== 'unknown_method');

// What every method answers to ordinary input, before and after the deep input.
function snapshot() {
  const answers = {};
  for (const method of methods) {
    answers[method] = module.call(method, '{}');
    answers[`${method}+id`] = module.call(method, '{"id":"leraar","query":"ict","framework":"leraar"}');
  }
  answers.search = JSON.stringify(core.search('digitale geletterdheid'));
  answers.network = JSON.stringify(core.networkMap({ ties: [] }));
  return answers;
}
const before = snapshot();

function assertRefused(envelope, what) {
  assert.equal(envelope.ok, false, `${what} is refused`);
  assert.notEqual(envelope.error.code, 'internal', `${what}: ${envelope.error.message}`);
  assert.doesNotMatch(envelope.error.message, /\/[a-z]+\/\d|pointer/i, `${what}: no JSON pointer in the message`);
}

test('the methods under test are all the registered ones', () => {
  assert.ok(methods.length >= 28, `${methods.length} methods`);
  for (const m of ['planCheck', 'planExport', 'networkMap', 'mapExport', 'mapImport', 'profile', 'team']) assert.ok(methods.includes(m), m);
});

test(`arguments nested ${DEPTH.toLocaleString('en')} levels deep, for every method and every argument name: refused with a clear message`, (t) => {
  let calls = 0;
  for (const [deep, keys] of [[deepArray(DEPTH), KEYS], [deepObject(DEPTH), ['plan', 'map', 'answers', 'agenda', 'earlier']]]) {
    for (const method of methods) {
      for (const key of keys) {
        const envelope = parseEnvelope(module.call(method, `{"${key}":${deep}}`));
        assertRefused(envelope, `${method}.${key}`);
        assert.equal(envelope.error.code, 'invalid_argument', `${method}.${key}`);
        assert.match(envelope.error.message, /te diep genest/, `${method}.${key}`);
        calls += 1;
      }
      assertRefused(parseEnvelope(module.call(method, deep)), `${method} with a deep top level`);
      calls += 1;
    }
  }
  t.diagnostic(`${calls} calls`);
  assert.deepEqual(aborts, []);
});

test('the limit is exactly 64 levels: 64 are read, 65 are refused', () => {
  const at = (n) => parseEnvelope(module.call('search', `{"query":"ict","x":${deepArray(n - 1)}}`));
  assert.equal(at(LIMIT).ok, true);
  assert.equal(at(LIMIT + 1).error.code, 'invalid_argument');
  // Brackets inside strings are text, not nesting.
  const text = parseEnvelope(module.call('mapImport', JSON.stringify({ text: `"${'['.repeat(5000)}"` })));
  assert.equal(text.error.code, 'file_invalid', 'read as a (wrong) file, not refused as too deep');
});

test(`imported files nested ${DEPTH.toLocaleString('en')} levels deep inside: refused, the earlier data kept`, () => {
  for (const deep of [deepArray(DEPTH), deepObject(DEPTH)]) {
    for (const [method, args] of Object.entries(deepFiles(deep))) {
      const envelope = parseEnvelope(module.call(method, JSON.stringify(args)));
      if (method === 'team' || method === 'teamCsv') {
        // The team overview reports a refused file as one of the files it could not use.
        assert.notEqual(envelope.ok ? '' : envelope.error.code, 'internal', method);
      } else {
        assertRefused(envelope, method);
      }
    }
  }
  // Through the facade, as the pages call it: a SamenwijsError, never a RangeError.
  assert.throws(() => core.mapImport(deepFiles(deepArray(DEPTH)).mapImport.text),
    (e) => e instanceof SamenwijsError && e.code === 'file_invalid' && /netwerkkaart/.test(e.message));
  assert.throws(() => core.planImport(deepFiles(deepObject(DEPTH)).planImport.text),
    (e) => e instanceof SamenwijsError && e.code === 'file_invalid');
  assert.deepEqual(aborts, []);
});

test(`${TIMES} deep calls in a row, through every method: the module stays usable and answers exactly as before`, (t) => {
  const started = performance.now();
  const deep = deepArray(DEPTH);
  const files = deepFiles(deepObject(DEPTH));
  const inputs = methods.flatMap((method) => [
    [method, `{"plan":${deep}}`], [method, `{"map":${deep}}`], [method, `{"answers":${deep}}`],
    ...(files[method] ? [[method, JSON.stringify(files[method])]] : []),
  ]);
  for (let i = 0; i < TIMES; i += 1) {
    const [method, args] = inputs[i % inputs.length];
    const envelope = parseEnvelope(module.call(method, args));
    if (!envelope.ok) assert.notEqual(envelope.error.code, 'internal', method);
  }
  t.diagnostic(`${TIMES} calls of about ${Math.round(deep.length / 1024)} KB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  assert.deepEqual(aborts, []);
  assert.deepEqual(snapshot(), before);
});

test(`a JS value nested ${DEPTH.toLocaleString('en')} levels deep: a SamenwijsError from the facade, the module untouched`, () => {
  let deep = [];
  for (let i = 0; i < DEPTH; i += 1) deep = [deep];
  for (const call of [() => core.planCheck(deep), () => core.networkMap({ ties: deep }), () => core.profile('leraar', deep),
    () => core.team({ files: deep }), () => core.call('search', { query: 'ict', x: deep })]) {
    assert.throws(call, (e) => e instanceof SamenwijsError && ['bad_request', 'invalid_argument'].includes(e.code));
  }
  assert.equal(core.restarts, 0, 'a JS-side error is not a trap: no new module');
  assert.deepEqual(snapshot(), before);
});

test('after a trap in the module (RangeError, RuntimeError) the facade builds a new instance with the same content', async () => {
  const fresh = [];
  const rebuild = async () => {
    const next = await loadSamenwijs();
    fresh.push(next);
    return next.module;
  };
  for (const trap of [new RangeError('Maximum call stack size exceeded'), new WebAssembly.RuntimeError('unreachable')]) {
    const first = await loadSamenwijs();
    let armed = false;
    // The real module, with one call that traps as an overflowing wasm stack does.
    const trapping = new Proxy(first.module, {
      get(target, name) {
        if (name === 'call') {
          return (...args) => {
            if (armed) {
              armed = false;
              throw trap;
            }
            return target.call(...args);
          };
        }
        const value = target[name];
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const facade = new SamenwijsCore(trapping, { rebuild });
    facade.loadContent(bundle);
    const search = JSON.stringify(facade.search('ict'));
    armed = true;
    assert.throws(() => facade.guide('leraar'), (e) => e instanceof SamenwijsError && e.code === 'internal' && /opnieuw gestart/.test(e.message));
    assert.equal(facade.restarts, 1);
    // While the new instance starts, calls get a clear, typed error; then it works.
    assert.throws(() => facade.overview(), (e) => e instanceof SamenwijsError && e.code === 'restarting');
    await facade.ready();
    assert.notEqual(facade.module, trapping, 'a new instance');
    assert.equal(facade.contentLoaded, true);
    assert.equal(JSON.stringify(facade.search('ict')), search, 'the same content in the new instance');
    assert.equal(facade.guide('leraar').id, 'leraar');
  }
  assert.equal(fresh.length, 2);
  for (const f of fresh) assert.deepEqual(f.aborts, []);
});

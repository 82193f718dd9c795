// Issue 15: answers the build computed. Every answer in answers/*.js must be exactly what
// the module with the full content answers for that call now (deep-equal), every key must
// parse back to the call it stands for, the files must hold exactly the calls declared in
// web/js/static-answers.js (no stale, missing or extra entries), and each must carry the
// version of the rest of the site. A stand-in (web/js/answers-core.js) over these tables
// answers a known call with a fresh copy and refuses an unknown one while the module loads.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import vm from 'node:vm';

import { SamenwijsCore, SamenwijsError, loadSamenwijs, siteDir } from './load-module.mjs';
import { AnswersCore, STILL_LOADING, answerKey, parseAnswerKey } from '../../web/js/answers-core.js';
import { PRERENDERED, answerCalls, answerFile } from '../../web/js/static-answers.js';
import { LAZY_ROUTES } from '../../web/js/route-parts.js';

function runScripts(dir, global) {
  const sandbox = {};
  sandbox.self = sandbox;
  for (const file of readdirSync(join(siteDir, dir)).sort()) {
    vm.runInNewContext(readFileSync(join(siteDir, dir, file), 'utf8'), sandbox, { filename: file });
  }
  return sandbox[global];
}

function siteVersion() {
  const sandbox = {};
  sandbox.self = sandbox;
  vm.runInNewContext(readFileSync(join(siteDir, 'content.js'), 'utf8'), sandbox);
  return sandbox.SAMENWIJS_CONTENT_VERSION;
}

// The keys the facade sends for the declared calls (the same facade the pages use).
class KeyRecorder extends SamenwijsCore {
  call(method, args = {}) {
    this.keys.push(answerKey(method, args));
    return null;
  }
}

function declaredKeys(ids) {
  const recorder = new KeyRecorder(null);
  const out = {};
  for (const [name, calls] of Object.entries(answerCalls(ids))) {
    out[name] = calls.map(([method, args]) => {
      recorder.keys = [];
      recorder[method](...args);
      assert.equal(recorder.keys.length, 1, `${method} sends one call`);
      return recorder.keys[0];
    });
  }
  return out;
}

/** What differs between the answer tables and the module (one line per problem). */
function mismatches(core, tables, ids) {
  const problems = [];
  const declared = declaredKeys(ids);
  const names = new Set([...Object.keys(declared), ...Object.keys(tables)]);
  for (const name of names) {
    const table = tables[name];
    if (!table) { problems.push(`${answerFile(name)} is missing`); continue; }
    if (!declared[name]) { problems.push(`${answerFile(name)} is not declared in static-answers.js`); continue; }
    const keys = table.entries.map(([key]) => key);
    if (JSON.stringify(keys) !== JSON.stringify(declared[name])) problems.push(`${answerFile(name)} holds ${keys.join(' | ')}, declared ${declared[name].join(' | ')}`);
    for (const [key, json] of table.entries) {
      let call;
      try {
        call = parseAnswerKey(key);
      } catch {
        problems.push(`${name}: key does not parse: ${key}`);
        continue;
      }
      if (answerKey(call.method, call.args) !== key) problems.push(`${name}: key ${key} does not round-trip`);
      if (typeof SamenwijsCore.prototype[call.method] !== 'function') problems.push(`${name}: ${call.method} is not a facade method`);
      let now;
      try {
        now = core.call(call.method, call.args);
      } catch (error) {
        problems.push(`${name}: ${key} now fails: ${error.code}`);
        continue;
      }
      try {
        assert.deepEqual(JSON.parse(json), now);
      } catch {
        problems.push(`${name}: ${key} differs from the module's answer now`);
      }
    }
  }
  return problems;
}

let core;
let tables;
let ids;

before(async () => {
  ({ core } = await loadSamenwijs({ withContent: true }));
  tables = runScripts('answers', 'SAMENWIJS_ANSWERS');
  const overview = core.overview();
  ids = { guideIds: overview.guides.map((g) => g.id), frameworkIds: overview.frameworks.map((f) => f.id) };
});

test('every precomputed answer is the module\'s answer now, under a key that parses back to its call', () => {
  assert.ok(Object.keys(tables).length >= 8, `answer parts: ${Object.keys(tables)}`);
  assert.deepEqual(mismatches(core, tables, ids), []);
  const entries = Object.values(tables).reduce((n, t) => n + t.entries.length, 0);
  assert.ok(entries >= 20, `${entries} answers checked`);
});

test('a stale, incomplete or foreign table is caught', () => {
  const copy = structuredClone(tables);
  // A stale answer: the guide's title as an older content version had it.
  const guideEntry = copy['guide-leraar'].entries.find(([key]) => key.startsWith('guide '));
  const stale = JSON.parse(guideEntry[1]);
  stale.title = `${stale.title} (oud)`;
  guideEntry[1] = JSON.stringify(stale);
  // A call the declarations no longer make, and a declared part that is gone.
  copy.overview.entries.push([answerKey('guide', { id: 'leraar' }), '{}']);
  delete copy.sources;
  const found = mismatches(core, copy, ids);
  assert.ok(found.some((p) => p.includes('guide-leraar') && p.includes('differs')), found.join('\n'));
  assert.ok(found.some((p) => p.startsWith('answers/overview.js holds')), found.join('\n'));
  assert.ok(found.some((p) => p === 'answers/sources.js is missing'), found.join('\n'));
  // An answer to other arguments than the page sends is never used for that call.
  assert.notEqual(answerKey('zelfscanState', { framework: ids.frameworkIds[0], text: '' }),
    answerKey('zelfscanState', { text: '', framework: ids.frameworkIds[0] }));
});

test('every answer part carries the version of the site, and every pre-rendered route exists', () => {
  const version = siteVersion();
  for (const [name, table] of Object.entries(tables)) assert.equal(table.version, version, `${answerFile(name)} version`);
  const patterns = new Set(LAZY_ROUTES.map(([pattern]) => pattern));
  const names = new Set(Object.keys(tables));
  for (const [pattern, entry] of Object.entries(PRERENDERED)) {
    assert.ok(patterns.has(pattern), `${pattern} is a route`);
    const params = { guide: ids.guideIds[0], item: '' };
    const wanted = entry.answers({ params, query: new URLSearchParams() });
    assert.ok(Array.isArray(wanted) && wanted.every((n) => names.has(n)), `${pattern} draws from ${wanted}, which the build wrote`);
    // A search or an opened item needs the module: no answers then.
    if (pattern.startsWith('/gespreksstarters')) assert.equal(entry.answers({ params, query: new URLSearchParams('q=ouders') }), null);
  }
});

test('the stand-in answers a known call with a fresh copy each time and refuses others while the module loads', () => {
  let real = null;
  const standIn = new AnswersCore({ real: () => real, parts: () => ['guides-index'] });
  for (const table of Object.values(tables)) standIn.add(table);
  const first = standIn.overview();
  assert.deepEqual(first, core.overview());
  first.guides.length = 0;
  assert.deepEqual(standIn.overview(), core.overview(), 'a caller changing its copy changes no later answer');
  assert.deepEqual(standIn.zelfscanState(ids.frameworkIds[0], ''), core.zelfscanState(ids.frameworkIds[0], ''));
  let thrown;
  try {
    standIn.search('ouders');
  } catch (error) {
    thrown = error;
  }
  assert.ok(thrown instanceof SamenwijsError, 'a SamenwijsError');
  assert.equal(thrown.code, 'content_part_missing');
  assert.deepEqual(thrown.parts, ['guides-index']);
  assert.equal(thrown.message, STILL_LOADING);
  assert.throws(() => standIn.team({ text: 'x' }), (e) => e.code === 'content_part_missing');
  // Once the module is there, every other call goes to it.
  real = core;
  assert.deepEqual(standIn.search('ouders'), core.search('ouders'));
  assert.throws(() => standIn.decodeResult('SW2-XYZ'), (e) => e instanceof SamenwijsError && e.code !== 'content_part_missing',
    'the module\'s own answer (a bad code), not "still loading"');
});

// Issue 15, the first draw: the self-assessment's start page draws its cards from the
// overview (id and version are all its progress store needs), so its answer part holds
// the empty saved state and history of a first visit, not every full framework.
test('the self-assessment start page\'s answer part holds no full framework', () => {
  const calls = answerCalls(ids).zelfscan.map(([method]) => method);
  assert.ok(!calls.includes('framework'), `calls: ${calls.join(', ')}`);
  const bytes = readFileSync(join(siteDir, answerFile('zelfscan'))).length;
  assert.ok(bytes < 4096, `answers/zelfscan.js is ${bytes} bytes`);
  for (const fw of core.overview().frameworks) {
    assert.equal(fw.version, core.framework(fw.id).version, `the overview carries ${fw.id}'s version`);
  }
});

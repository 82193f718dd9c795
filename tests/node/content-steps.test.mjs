// Issue 15: content parts added step by step (SamenwijsCore.addContent, the core's
// ContentSession::add). The self-assessment and team pages load their parts and, at the
// first interaction, all guides; the guides are now added as a step instead of the whole
// content being parsed and validated again. Step-wise content must answer every call the
// pages make exactly as the same parts loaded at once, and give the same errors.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { SamenwijsError, loadSamenwijs, readParts } from './load-module.mjs';
import { expandParts, joinParts } from '../../web/js/content-parts.js';

let parts;
let guideIds;
before(() => {
  parts = readParts();
  guideIds = Object.keys(parts).filter((n) => n.startsWith('guide/')).map((n) => n.slice('guide/'.length));
});

// As web/js/loader.js joins them: sorted names.
const bundleOf = (names) => joinParts([...names].sort().map((n) => parts[n]));

// Every method the pages call (tests/node/content-parts.test.mjs lists them per route),
// with arguments that reach the content where the method uses it.
function probes() {
  const out = [
    ['overview', {}], ['sources', {}], ['glossary', {}], ['guidedStart', {}], ['browse', { theme: '' }],
    ['search', { query: 'ouders', limit: 25 }], ['search', { query: 'digitale geletterdheid' }],
    ['suggest', { role: 'leraar', concerns: [] }], ['agendaResolve', { agenda: [] }],
    ['agendaExport', { agenda: [], format: 'text' }], ['framework', { id: 'leraar' }], ['framework', { id: 'leidinggevende' }],
    ['profile', { framework: 'leraar', answers: {} }], ['decodeResult', { code: 'X', framework: 'leraar' }],
    ['zelfscanState', { framework: 'leraar', text: '' }], ['historyRead', { text: '' }], ['historyTrend', { measurements: [], framework: 'leraar' }],
    ['resultFile', { framework: 'leraar', answers: {}, date: '2026-12-02' }], ['readResultFile', { text: '', framework: 'leraar' }],
    ['compare', {}], ['popCheck', { framework: 'leraar', pop: {} }], ['roundStart', { framework: 'leraar' }],
    ['roundInfo', { round: 'X' }], ['teamCompare', {}], ['teamPicture', { code: 'x' }], ['teamCsv', { code: 'x' }],
    ['handin', {}], ['ballotAdd', {}], ['ballotClose', {}], ['collectorCombine', {}],
    ['network', {}], ['readiness', { phase: 'start', answers: {} }], ['networkAdvice', { goals: [], participants: [] }],
    ['planCheck', { plan: {} }], ['networkMap', { map: {} }], ['guide', { id: 'bestaat-niet' }],
  ];
  for (const id of guideIds) out.push(['guide', { id }], ['glossaryLinks', { guide: id }], ['lookup', { id }]);
  return out;
}

// The answer of every probe: the value, or the error's code, message and parts.
function answersOf(core) {
  return probes().map(([method, args]) => {
    try {
      return [method, JSON.stringify(core.call(method, args))];
    } catch (error) {
      assert.ok(error instanceof SamenwijsError, `${method}: ${error}`);
      return [method, `${error.code}: ${error.message} ${JSON.stringify(error.parts || null)}`];
    }
  });
}

async function loadedAtOnce(names) {
  const { core } = await loadSamenwijs();
  core.loadContent(bundleOf(names));
  return core;
}

function errorOf(run) {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof SamenwijsError, String(error));
    return { code: error.code, message: error.message };
  }
  assert.fail('expected an error');
}

describe('content parts added step by step', () => {
  for (const [route, first] of [['zelfscan', ['guides-index', 'frameworks']], ['teamoverzicht', ['guides-index', 'frameworks']]]) {
    test(`#/${route}: its parts, then all guides as a step, answer like everything at once`, async () => {
      const now = expandParts(first, guideIds);
      const all = expandParts([...first, 'guides'], guideIds);
      const { core, module } = await loadSamenwijs();
      core.loadContent(bundleOf(now));
      const added = all.filter((n) => !now.includes(n));
      assert.ok(added.length >= 5, added.join(' '));
      // The core adds them as a step (it does not fall back to a load of everything).
      const raw = JSON.parse(module.addContent(bundleOf(added)));
      assert.deepEqual(raw, { ok: true, value: { partial: true } });
      assert.deepEqual(answersOf(core), answersOf(await loadedAtOnce(all)));
    });
  }

  test('one part at a time, through the facade, answers like at once after every step', async () => {
    const order = ['base', 'guides-index', ...guideIds.map((id) => `guide/${id}`).reverse(), 'network', 'frameworks'];
    const { core } = await loadSamenwijs();
    const loaded = [];
    for (const name of order) {
      loaded.push(name);
      if (loaded.length === 1) core.loadContent(bundleOf(loaded));
      else assert.deepEqual(core.addContent(bundleOf([name]), bundleOf(loaded)), { partial: true });
      assert.deepEqual(answersOf(core), answersOf(await loadedAtOnce(loaded)), `after ${name}`);
    }
    assert.equal(core.bundleText, bundleOf(loaded)); // what a rebuild after a trap loads
  });

  test('a bad part gives the at-once error and keeps what was loaded before', async () => {
    const [id] = guideIds;
    const first = ['base', 'guides-index', 'frameworks', `guide/${id}`];
    const { core } = await loadSamenwijs();
    core.loadContent(bundleOf(first));
    const earlier = answersOf(core);
    // A guide whose topic names a tag the base does not define, and a copy of the loaded
    // guide under another id (every id inside it twice).
    const guide = JSON.parse(parts[`guide/${id}`].entries[0][1]);
    const badTag = structuredClone(guide);
    badTag.mainQuestions[0].topics[0].tags[0] = 'geen-tag';
    const copy = { ...structuredClone(guide), id: `kopie-${id}` };
    for (const bad of [badTag, copy]) {
      const part = { version: 'x', entries: [['guides', JSON.stringify(bad)]] };
      const whole = joinParts([...first.map((n) => parts[n]), part]);
      const stepwise = errorOf(() => core.addContent(joinParts([part]), whole));
      const fresh = (await loadSamenwijs()).core;
      const atOnce = errorOf(() => fresh.loadContent(whole));
      assert.deepEqual(stepwise, atOnce);
      assert.equal(stepwise.code, 'content_invalid');
      assert.match(stepwise.message, /^De inhoud van de site is beschadigd: /);
      assert.deepEqual(answersOf(core), earlier);
    }
    // Good parts still go in afterwards.
    assert.deepEqual(core.addContent(bundleOf(['network']), bundleOf([...first, 'network'])), { partial: true });
    assert.deepEqual(answersOf(core), answersOf(await loadedAtOnce([...first, 'network'])));
  });

  test('a part loaded before is loaded at once, and addContent before any content loads it', async () => {
    const { core, module } = await loadSamenwijs();
    assert.equal(JSON.parse(module.addContent(bundleOf(['base']))).error.code, 'content_not_added');
    assert.deepEqual(core.addContent(bundleOf(['base']), bundleOf(['base', 'frameworks'])), { partial: true });
    assert.equal(JSON.parse(module.addContent(bundleOf(['frameworks']))).error.code, 'content_not_added');
    assert.deepEqual(core.addContent(bundleOf(['frameworks']), bundleOf(['base', 'frameworks'])), { partial: true });
    assert.deepEqual(answersOf(core), answersOf(await loadedAtOnce(['base', 'frameworks'])));
  });
});

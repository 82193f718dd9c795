// Issue 15: the content split by what a page needs. Each route names its content parts
// (web/js/route-parts.js); loading exactly those parts (joined by web/js/content-parts.js,
// as the page does) must be enough for every call its page makes, and a call that needs
// more must answer content_part_missing naming the part, never crash or answer wrongly.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { SamenwijsError, loadSamenwijs, readParts } from './load-module.mjs';
import { expandParts, joinParts, partFile } from '../../web/js/content-parts.js';
import { LAZY_ROUTES, partsFor } from '../../web/js/route-parts.js';

// The methods each route's page calls (for the routes with parts: before and while it is
// used; "later" methods need the parts the route loads after drawing).
const CALLS = {
  '/bronnen': { now: ['sources'] },
  '/begrippen': { now: ['glossary', 'overview'] },
  '/gespreksstarters': { now: ['overview'] },
  '/gespreksstarters?q=ouders': { now: ['overview', 'search'] },
  '/gespreksstarters?thema=x': { now: ['overview', 'browse'] },
  '/gespreksstarters/leraar': { now: ['overview', 'guide', 'glossaryLinks'] },
  '/gespreksstarters/leraar/item': { now: ['overview', 'guide', 'glossaryLinks', 'lookup'] },
  '/gesprek': { now: ['overview', 'agendaResolve', 'agendaExport', 'lookup'] },
  '/waar-begin-ik': { now: ['guidedStart', 'overview', 'suggest', 'guide'] },
  '/zelfscan': { now: ['frameworks', 'zelfscanState', 'historyRead'], later: ['decodeResult'] },
  '/zelfscan/code': { now: ['decodeResult', 'profile', 'framework'] },
  '/zelfscan/metingen': { now: ['historyRead', 'historyTrend', 'compare', 'historyImport', 'historyExport', 'profile'] },
  '/zelfscan/metingen/:id/pop': { now: ['popCheck', 'popExport', 'historyRead'] },
  '/zelfscan/:framework/stap/:step': { now: ['framework', 'zelfscanState', 'historyRead', 'historyText'], later: ['profile'] },
  '/zelfscan/:framework/uitslag': { now: ['profile', 'resultFile', 'readResultFile', 'compare', 'decodeResult'] },
  '/teamoverzicht': { now: ['frameworks', 'roundStart', 'roundInfo', 'teamCompare'], later: ['teamPicture'] },
  '/teamoverzicht/ronde': { now: ['roundInfo', 'team', 'teamCsv', 'handin'] },
  '/teamoverzicht/stembus': { now: ['ballotAdd', 'ballotClose'] },
  '/teamoverzicht/verzamelaar': { now: ['collectorSum', 'collectorCombine'] },
  '/teamoverzicht/combineren': { now: ['collectorCombine', 'teamPicture'] },
  '/bestuursoverzicht': { now: ['board', 'boardCsv'] },
  '/netwerkcheck': { now: [], later: ['network'] },
  '/netwerkcheck/gereedheid': { now: ['network', 'readiness'] },
  '/netwerkcheck/soort': { now: ['network', 'networkAdvice'] },
  '/netwerkcheck/plan': { now: ['network', 'planCheck', 'planExport', 'planImport'] },
  '/netwerkcheck/kaart': { now: ['network', 'networkMap', 'mapExport', 'mapImport', 'mapRemove'] },
};

// The context a route's parts function sees, for each entry of CALLS.
function contextOf(key) {
  const [path, query = ''] = key.split('?');
  const guide = /^\/gespreksstarters\/([^/]+)(?:\/(.+))?$/.exec(path);
  return { params: guide ? { guide: guide[1], item: guide[2] || '' } : {}, query: new URLSearchParams(query) };
}

function patternOf(key) {
  const [path] = key.split('?');
  return /^\/gespreksstarters\/[^/]+/.test(path) ? '/gespreksstarters/:guide/:item?' : path;
}

let parts;
let guideIds;
let samenwijs;

before(async () => {
  parts = readParts();
  guideIds = Object.keys(parts).filter((n) => n.startsWith('guide/')).map((n) => n.slice('guide/'.length));
  samenwijs = await loadSamenwijs();
});

// A facade over a fresh load of exactly these parts.
function loadOnly(names) {
  const expanded = expandParts(names, guideIds);
  for (const name of expanded) assert.ok(parts[name], `the build wrote part ${name} (${partFile(name)})`);
  samenwijs.core.loadContent(joinParts(expanded.map((n) => parts[n])));
  return samenwijs.core;
}

// The error of a call, or null when it succeeded.
function failure(core, method, args) {
  try {
    core.call(method, args);
    return null;
  } catch (error) {
    assert.ok(error instanceof SamenwijsError, `${method}: ${error}`);
    return error;
  }
}

function argsFor(method) {
  if (method === 'guide') return { id: 'leraar' };
  if (method === 'glossaryLinks') return { guide: 'leraar' };
  return {};
}

describe('content parts per route', () => {
  test('the build writes a base, the guidance index, one part per guide, the frameworks and the network', () => {
    assert.ok(guideIds.length >= 5, guideIds.join(', '));
    for (const name of ['base', 'guides-index', 'frameworks', 'network']) assert.ok(parts[name], name);
    // Each part carries the build's version (the page refuses another).
    const versions = new Set(Object.values(parts).map((p) => p.version));
    assert.equal(versions.size, 1);
    // Together they are the whole bundle.
    const whole = JSON.parse(joinParts(expandParts(['guides', 'frameworks', 'network'], guideIds).map((n) => parts[n])));
    assert.equal(whole.guides.length, guideIds.length);
    assert.ok(whole.frameworks.length >= 2 && whole.network && whole.sources.length > 10);
  });

  test('every route with a page of its own is listed here', () => {
    const patterns = new Set(Object.keys(CALLS).map(patternOf));
    for (const [pattern] of LAZY_ROUTES) assert.ok(patterns.has(pattern), `no calls listed for ${pattern}`);
  });

  for (const [key, calls] of Object.entries(CALLS)) {
    test(`${key}: its parts serve the calls its page makes`, () => {
      const route = LAZY_ROUTES.find(([pattern]) => pattern === patternOf(key));
      assert.ok(route, key);
      const [, , , partsSpec, later] = route;
      const now = partsFor(partsSpec, contextOf(key)) || [];
      let core = loadOnly(now);
      for (const method of calls.now) {
        const error = failure(core, method, argsFor(method));
        assert.ok(!error || error.code !== 'content_part_missing', `${key} ${method} needs ${error?.parts} beyond ${now}`);
      }
      if (!calls.later) return;
      core = loadOnly([...now, ...(later || [])]);
      for (const method of calls.later) {
        const error = failure(core, method, argsFor(method));
        assert.ok(!error || error.code !== 'content_part_missing', `${key} ${method} needs ${error?.parts} beyond ${now} + ${later}`);
      }
    });
  }

  test('base and network alone: the network check works, the rest says which part it needs', () => {
    const core = loadOnly(['network']);
    const net = core.network();
    assert.ok(Array.isArray(net.readiness?.groups) || typeof net === 'object');
    const advice = failure(core, 'networkAdvice', { goals: [], participants: [] });
    assert.ok(!advice || advice.code !== 'content_part_missing');
    const fw = failure(core, 'framework', { id: 'leraar' });
    assert.equal(fw.code, 'content_part_missing');
    assert.deepEqual(fw.parts, ['frameworks']);
    const search = failure(core, 'search', { query: 'ouders' });
    assert.equal(search.code, 'content_part_missing');
    assert.deepEqual(search.parts, ['guides-index', 'guides', 'frameworks']);
  });

  test('the guidance index renders the same overview as the whole content', () => {
    const whole = loadOnly(['guides', 'frameworks', 'network']).overview();
    const core = loadOnly(['guides-index']);
    const partial = core.overview();
    assert.deepEqual(partial.guides, whole.guides);
    assert.deepEqual(partial.counts, whole.counts);
    const error = failure(core, 'guide', { id: 'leraar' });
    assert.deepEqual([error.code, error.parts], ['content_part_missing', ['guide/leraar']]);
  });

  test('all parts together answer a search like the whole bundle', async () => {
    const core = loadOnly(['guides', 'frameworks', 'network']);
    const partial = core.search('digitale geletterdheid');
    const { core: wholeCore } = await loadSamenwijs({ withContent: true });
    assert.deepEqual(partial, wholeCore.search('digitale geletterdheid'));
    assert.ok(partial.total > 0);
  });

  test('a guide id the site does not have loads no part (the page says it does not exist)', () => {
    assert.deepEqual(expandParts(['guide/bestaat-niet'], guideIds), ['base', 'guides-index']);
  });
});

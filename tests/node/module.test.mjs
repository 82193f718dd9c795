// Functional tests of the built WebAssembly module (build/site), through the raw Embind
// functions and through the site's JS facade (web/js/core.js).
// Run from the repository root: node --test tests/node/
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { SamenwijsError, loadSamenwijs, parseEnvelope } from './load-module.mjs';

const METHODS = ['overview', 'frameworks', 'guide', 'lookup', 'browse', 'search', 'sources'];

/** Runs fn, expects a SamenwijsError with `code`; returns it. */
function expectError(fn, code) {
  let caught;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught, `expected a SamenwijsError '${code}', but the call succeeded`);
  assert.ok(caught instanceof SamenwijsError, `expected SamenwijsError, got ${caught?.constructor?.name}: ${caught}`);
  assert.ok(caught instanceof Error);
  assert.equal(caught.name, 'SamenwijsError');
  assert.equal(caught.code, code, `code (message: ${caught.message})`);
  assert.equal(typeof caught.message, 'string');
  assert.ok(caught.message.length > 0);
  return caught;
}

const nonEmptyString = (v, what) => assert.ok(typeof v === 'string' && v.trim() !== '', `${what}: ${JSON.stringify(v)}`);

/** Letters and digits as the core's folding sees them, for word-boundary checks. */
const isWordChar = (ch) => /[\p{L}\p{N}]/u.test(ch);
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/ĳ/g, 'ij');

/** Checks every highlight range of a search answer against its text (UTF-16 offsets). */
function checkRanges(result) {
  const slices = [];
  for (const hit of result.hits) {
    for (const m of hit.matches) {
      assert.equal(typeof m.text, 'string');
      assert.ok(Array.isArray(m.ranges) && m.ranges.length > 0, `hit ${hit.id} field ${m.field} without ranges`);
      let previousEnd = 0;
      for (const range of m.ranges) {
        assert.ok(Array.isArray(range) && range.length === 2, `range ${JSON.stringify(range)}`);
        const [start, length] = range;
        assert.ok(Number.isInteger(start) && Number.isInteger(length) && length > 0, `range ${range}`);
        assert.ok(start >= previousEnd, `ranges of ${hit.id}/${m.field} are ordered and do not overlap`);
        assert.ok(start + length <= m.text.length, `range ${range} inside text of length ${m.text.length}`);
        const word = m.text.slice(start, start + length);
        // A whole word: starts and ends on a letter/digit, not in the middle of a word.
        assert.ok(isWordChar(word[0]) && isWordChar(word.at(-1)), `'${word}' in ${hit.id}/${m.field}`);
        assert.ok(start === 0 || !isWordChar(m.text[start - 1]), `'${word}' starts mid-word in ${hit.id}`);
        assert.ok(start + length === m.text.length || !isWordChar(m.text[start + length]),
          `'${word}' ends mid-word in ${hit.id}/${m.field}: ${JSON.stringify(m.text.slice(start, start + length + 3))}`);
        previousEnd = start + length;
        slices.push({ hit, field: m.field, word, start, text: m.text });
      }
    }
  }
  return slices;
}

let module;
let bundle;
let core;
let aborts;

before(async () => {
  ({ module, bundle, core, aborts } = await loadSamenwijs());
});

test('the built module loads and exposes the two Embind functions', () => {
  assert.equal(typeof module.call, 'function');
  assert.equal(typeof module.loadContent, 'function');
  assert.equal(typeof bundle, 'string');
  assert.ok(bundle.length > 1000);
  assert.doesNotThrow(() => JSON.parse(bundle), 'content.js holds the JSON bundle');
  assert.equal(core.contentLoaded, false);
});

test('before loadContent every call answers content_not_loaded (fresh instance)', async () => {
  const fresh = await loadSamenwijs();
  for (const method of [...METHODS, 'bestaat-niet', '']) {
    const envelope = parseEnvelope(fresh.module.call(method, '{}'));
    assert.equal(envelope.ok, false);
    assert.equal(envelope.error.code, 'content_not_loaded', method);
  }
  expectError(() => fresh.core.overview(), 'content_not_loaded');
  expectError(() => fresh.core.guide('bestuurder'), 'content_not_loaded');
  expectError(() => fresh.core.search('digitale geletterdheid'), 'content_not_loaded');
  // A broken bundle on a fresh instance: content_invalid, and still nothing loaded.
  expectError(() => fresh.core.loadContent('{}'), 'content_invalid');
  expectError(() => fresh.core.sources(), 'content_not_loaded');
  assert.equal(fresh.core.contentLoaded, false);
  // Then the real bundle works.
  assert.equal(fresh.core.loadContent(fresh.bundle).counts.guides, 7);
  assert.deepEqual(fresh.aborts, []);
});

test('loadContent(bundle) answers ok with the overview: 7 guides (four key figures, three subjects), 2 frameworks', () => {
  const envelope = parseEnvelope(module.loadContent(bundle));
  assert.equal(envelope.ok, true);
  assert.equal(envelope.value.counts.guides, 7);
  assert.equal(envelope.value.guides.length, 7);
  assert.equal(envelope.value.frameworks.length, 2);
  // The facade gives the same overview, and overview() agrees.
  const overview = core.loadContent(bundle);
  assert.equal(core.contentLoaded, true);
  assert.deepEqual(overview, envelope.value);
  assert.deepEqual(core.overview(), overview);
});

describe('with the content loaded', () => {
  let overview;
  before(() => {
    overview = core.loadContent(bundle);
  });

  test('overview: shape and consistent counts', () => {
    for (const key of ['counts', 'frameworks', 'guides', 'policyThemes', 'tags', 'themes']) {
      assert.ok(key in overview, `overview.${key}`);
    }
    const { counts } = overview;
    for (const key of ['guides', 'topics', 'questions', 'readingTips', 'sources']) {
      assert.ok(Number.isInteger(counts[key]) && counts[key] > 0, `counts.${key}`);
    }
    const sum = (key) => overview.guides.reduce((n, g) => n + g[key], 0);
    assert.equal(sum('topics'), counts.topics);
    assert.equal(sum('questions'), counts.questions);
    assert.equal(sum('readingTips'), counts.readingTips);
    const ids = overview.guides.map((g) => g.id);
    assert.equal(new Set(ids).size, ids.length, 'guide ids are unique');
    assert.deepEqual(ids.slice(0, 4), ['leraar', 'icoach', 'schoolleider', 'bestuurder'], 'guides in their order');
    for (const g of overview.guides) {
      assert.match(g.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(['figure', 'subject'].includes(g.kind), g.kind);
      nonEmptyString(g.title, 'guide title');
      nonEmptyString(g.summary, 'guide summary');
      assert.ok(g.mainQuestions > 0 && g.topics >= g.mainQuestions && g.questions >= 2 * g.topics, g.id);
    }
    assert.deepEqual(overview.frameworks.map((f) => f.id), ['leidinggevende', 'leraar'], 'frameworks sorted by id');
    for (const fw of overview.frameworks) {
      nonEmptyString(fw.title, 'framework title');
      nonEmptyString(fw.audience, 'framework audience');
      assert.ok(fw.competences > 0 && fw.items >= fw.competences, fw.id);
      assert.ok(Number.isInteger(fw.version) && fw.version >= 1);
      assert.ok(fw.estimatedMinutes >= 1 && fw.estimatedMinutes <= 180);
    }
    for (const list of ['themes', 'policyThemes', 'tags']) {
      assert.ok(overview[list].length > 0, list);
      for (const t of overview[list]) {
        assert.match(t.id, /^[a-z0-9-]+$/);
        nonEmptyString(t.title, `${list} title`);
      }
    }
    assert.ok(overview.policyThemes.some((t) => t.id === 'avg'), 'policy theme avg exists');
  });

  test("guide('bestuurder'): main questions numbered 1a, 1b, 2a, 2b, 3, 4 (the handreiking), then 5 (generative AI)", () => {
    const guide = core.guide('bestuurder');
    assert.equal(guide.id, 'bestuurder');
    assert.equal(guide.kind, 'figure');
    nonEmptyString(guide.title, 'title');
    assert.ok(Array.isArray(guide.role) && guide.role.length > 0);
    assert.ok(Array.isArray(guide.sources) && guide.sources.length > 0);
    assert.deepEqual(guide.mainQuestions.map((mq) => mq.number), ['1a', '1b', '2a', '2b', '3', '4', '5']);
    assert.equal(guide.register, 'u', 'the board is addressed with u');
    const themes = new Set(overview.themes.map((t) => t.id));
    for (const mq of guide.mainQuestions) {
      assert.ok(mq.id.startsWith('bestuurder-'), mq.id);
      assert.ok(themes.has(mq.theme), `theme ${mq.theme}`);
      assert.ok(mq.question.trim().endsWith('?'), mq.question);
      assert.ok(mq.topics.length > 0);
      for (const topic of mq.topics) {
        // Topics are numbered within their main question: 1a/1b -> 1.x, 3 -> 3.x.
        assert.equal(topic.number.split('.')[0], mq.number.replace(/[a-z]$/, ''), `${topic.id} ${topic.number}`);
        assert.ok(topic.questions.length >= 2 && topic.questions.length <= 5, topic.id);
        for (const q of topic.questions) assert.ok(q.text.trim().endsWith('?'), q.text);
      }
    }
  });

  test('every guide in the overview opens, with the same counts', () => {
    const seen = new Set();
    for (const entry of overview.guides) {
      const guide = core.guide(entry.id);
      assert.equal(guide.id, entry.id);
      assert.equal(guide.title, entry.title);
      const topics = guide.mainQuestions.flatMap((mq) => mq.topics);
      assert.equal(guide.mainQuestions.length, entry.mainQuestions);
      assert.equal(topics.length, entry.topics);
      assert.equal(topics.reduce((n, t) => n + t.questions.length, 0), entry.questions);
      assert.equal(guide.mainQuestions.reduce((n, mq) => n + (mq.readingTips?.length ?? 0), 0), entry.readingTips);
      const ids = [guide.id, ...guide.mainQuestions.map((m) => m.id), ...topics.map((t) => t.id),
        ...topics.flatMap((t) => t.questions.map((q) => q.id))];
      for (const id of ids) {
        assert.ok(!seen.has(id), `id ${id} is unique`);
        seen.add(id);
      }
    }
  });

  test('lookup: every kind of id, and every question id returns its own topic', () => {
    const guide = core.guide('bestuurder');
    const mq = guide.mainQuestions[2];
    const topic = mq.topics[1];
    const question = topic.questions[0];

    assert.deepEqual(core.lookup('bestuurder'), { id: 'bestuurder', kind: 'guide', guide: 'bestuurder', guideTitle: guide.title });

    const mqAt = core.lookup(mq.id);
    assert.equal(mqAt.kind, 'mainQuestion');
    assert.equal(mqAt.mainQuestion, mq.id);
    assert.equal(mqAt.mainQuestionTitle, mq.title);
    assert.equal(mqAt.theme, mq.theme);
    assert.equal(mqAt.topic, undefined);

    const topicAt = core.lookup(topic.id);
    assert.equal(topicAt.kind, 'topic');
    assert.equal(topicAt.topic, topic.id);
    assert.equal(topicAt.topicNumber, topic.number);

    assert.deepEqual(core.lookup(question.id), {
      id: question.id, kind: 'question', guide: 'bestuurder', guideTitle: guide.title,
      mainQuestion: mq.id, mainQuestionTitle: mq.title, theme: mq.theme,
      topic: topic.id, topicTitle: topic.title, topicNumber: topic.number, text: question.text,
    });

    const tipMq = guide.mainQuestions.find((m) => m.readingTips?.length);
    const tip = tipMq.readingTips[0];
    const tipAt = core.lookup(tip.id);
    assert.equal(tipAt.kind, 'readingTip');
    assert.equal(tipAt.mainQuestion, tipMq.id);
    assert.equal(tipAt.text, tip.title);

    // Every question of every guide.
    let checked = 0;
    for (const entry of overview.guides) {
      for (const m of core.guide(entry.id).mainQuestions) {
        for (const t of m.topics) {
          for (const q of t.questions) {
            const at = core.lookup(q.id);
            assert.equal(at.kind, 'question');
            assert.equal(at.topic, t.id, q.id);
            assert.equal(at.mainQuestion, m.id, q.id);
            assert.equal(at.guide, entry.id, q.id);
            checked += 1;
          }
        }
      }
    }
    assert.equal(checked, overview.counts.questions);
  });

  test("browse: no filter, {policyTheme:'avg'}, guide and theme filters", () => {
    const all = core.browse();
    assert.equal(all.topicCount, overview.counts.topics);
    assert.equal(all.groups.reduce((n, g) => n + g.mainQuestion.topics.length, 0), all.topicCount);
    for (const group of all.groups) {
      assert.deepEqual(Object.keys(group).sort(), ['guide', 'guideTitle', 'mainQuestion']);
      assert.ok(group.mainQuestion.topics.length > 0);
    }
    // Empty strings and null mean "no filter".
    assert.deepEqual(core.browse({ guide: '', theme: null, policyTheme: '' }), all);

    const avg = core.browse({ policyTheme: 'avg' });
    assert.ok(avg.topicCount > 0);
    let expected = 0;
    for (const entry of overview.guides) {
      for (const m of core.guide(entry.id).mainQuestions) {
        expected += m.topics.filter((t) => t.policyThemes?.includes('avg')).length;
      }
    }
    assert.equal(avg.topicCount, expected);
    let counted = 0;
    for (const group of avg.groups) {
      for (const t of group.mainQuestion.topics) {
        assert.ok(t.policyThemes.includes('avg'), `${t.id} is tagged avg`);
        counted += 1;
      }
    }
    assert.equal(counted, avg.topicCount);

    const leraar = core.browse({ guide: 'leraar' });
    assert.ok(leraar.groups.length > 0 && leraar.groups.every((g) => g.guide === 'leraar'));
    assert.equal(leraar.topicCount, overview.guides.find((g) => g.id === 'leraar').topics);

    const theme = overview.themes[0].id;
    const byTheme = core.browse({ theme });
    assert.ok(byTheme.groups.length > 0 && byTheme.groups.every((g) => g.mainQuestion.theme === theme));

    const combined = core.browse({ guide: 'bestuurder', theme: 'onderwijsleerproces', policyTheme: 'avg' });
    for (const g of combined.groups) {
      assert.equal(g.guide, 'bestuurder');
      assert.equal(g.mainQuestion.theme, 'onderwijsleerproces');
      assert.ok(g.mainQuestion.topics.every((t) => t.policyThemes.includes('avg')));
    }
  });

  test("search('digitale geletterdheid'): hits whose highlight ranges point at the matched words", () => {
    const result = core.search('digitale geletterdheid');
    assert.equal(result.query, 'digitale geletterdheid');
    assert.ok(result.hits.length > 0);
    const guideKinds = new Set(['guide', 'mainQuestion', 'topic', 'question', 'readingTip']);
    const places = new Set(['gespreksstarters', 'zelfscan', 'netwerkcheck', 'bronnen', 'begrippen']);
    for (let i = 0; i < result.hits.length; i += 1) {
      const hit = result.hits[i];
      assert.ok(places.has(hit.place), hit.place);
      nonEmptyString(hit.title, 'hit title');
      nonEmptyString(hit.route, 'hit route');
      assert.ok(typeof hit.score === 'number' && hit.score > 0);
      if (i > 0) assert.ok(result.hits[i - 1].score >= hit.score, 'ranked best first');
      if (guideKinds.has(hit.kind)) {
        // Guidance hits say where they are, as lookup does, and open the guide at the item.
        const at = core.lookup(hit.id);
        assert.equal(hit.guide, at.guide);
        assert.equal(hit.mainQuestion, at.mainQuestion);
        assert.equal(hit.route, hit.kind === 'guide' ? `/gespreksstarters/${hit.id}` : `/gespreksstarters/${hit.guide}/${hit.id}`);
      }
      assert.ok(hit.matches.length > 0);
    }
    assert.ok(result.total >= result.hits.length && result.totalAllWords <= result.total);
    const slices = checkRanges(result);
    // Every highlighted word is a form of one of the two query words, or a compound that ends
    // with one (expertisepuntdigitalegeletterdheid).
    for (const { word, hit } of slices) {
      const f = fold(word);
      assert.ok(f.startsWith('digita') || f.startsWith('geletterd') || /(digitaal|digitale|geletterdheid)$/.test(f),
        `'${word}' highlighted in ${hit.id}`);
    }
    // The best hit has both words in its title, highlighted exactly.
    const top = result.hits[0];
    const title = top.matches.find((m) => m.field === 'title');
    assert.ok(title, 'top hit matches in its title');
    assert.deepEqual(title.ranges.map(([s, n]) => title.text.slice(s, s + n).toLowerCase()), ['digitale', 'geletterdheid']);
  });

  test('search: highlight ranges are UTF-16 offsets (accented letters before and inside the words)', () => {
    const queries = ['ideeen', 'leerlingen privacy', 'prive', 'hierarchie', 'continuiteit', 'ict', 'school'];
    // Synonyms of privacy from content/synonyms.json are highlighted too.
    const privacySynonyms = ['avg', 'gegevensbescherming', 'gdpr'];
    let afterNonAscii = 0;
    for (const query of queries) {
      const result = core.search(query, {}, 500);
      assert.ok(result.hits.length > 0, `hits for '${query}'`);
      for (const { word, start, text } of checkRanges(result)) {
        const f = fold(word);
        // The same stem: ideeën/idee for 'ideeen', leerling for 'leerlingen'.
        // Compounds count too: 'school' also lights up 'basisschool'.
        assert.ok(query.split(' ').some((q) => f.includes(q.slice(0, 4))) || privacySynonyms.includes(f), `'${word}' for '${query}'`);
        if (/[^\x00-\x7f]/.test(text.slice(0, start))) afterNonAscii += 1;
      }
    }
    // Byte offsets would be off by one per accented letter before the match.
    assert.ok(afterNonAscii > 0, 'some matches come after non-ASCII text');
    const ideeen = checkRanges(core.search('ideeen')).map((s) => s.word.toLowerCase());
    assert.ok(ideeen.some((w) => w === 'ideeën' || w === 'lesideeën'), `ideeën highlighted: ${ideeen.join(', ')}`);
  });

  test('search: ranges after characters outside the BMP (surrogate pairs), on an edited bundle', async () => {
    const edited = JSON.parse(bundle);
    const topic = edited.guides[0].mainQuestions[0].topics[0];
    topic.title = 'Straße 🙂 Ĳsselmeer';
    topic.text = '🙂🙂 één kwarkvlaai, 𝒳 (kwarkvlaaien) en 🙂kwarkvlaai🙂.';
    const other = await loadSamenwijs();
    other.core.loadContent(JSON.stringify(edited));
    const result = other.core.search('kwarkvlaai');
    assert.equal(result.hits.length, 1);
    assert.equal(result.hits[0].id, topic.id);
    const text = result.hits[0].matches.find((m) => m.field === 'text');
    assert.deepEqual(text.ranges.map(([s, n]) => text.text.slice(s, s + n)), ['kwarkvlaai', 'kwarkvlaaien', 'kwarkvlaai']);
    checkRanges(result);
    const title = other.core.search('strasse ijsselmeer').hits.find((h) => h.id === topic.id);
    assert.ok(title, 'ß folds to ss and Ĳ to ij');
    const m = title.matches.find((x) => x.field === 'title');
    assert.deepEqual(m.ranges.map(([s, n]) => m.text.slice(s, s + n)), ['Straße', 'Ĳsselmeer']);
    assert.deepEqual(other.aborts, []);
  });

  test('search: limit, filters, prefix while typing, empty queries', () => {
    assert.equal(core.search('digitale geletterdheid', {}, 1).hits.length, 1);
    const many = core.search('ict', {}, 500).hits;
    assert.ok(many.length > 50, 'limit 500 gives more than the default 50');
    assert.equal(core.search('ict').hits.length, 50, 'default limit 50');
    for (const hit of core.search('ict', { guide: 'leraar' }, 500).hits) assert.equal(hit.guide, 'leraar');
    for (const hit of core.search('ict', { theme: 'omgeving' }, 500).hits) assert.equal(hit.theme, 'omgeving');
    const avgHits = core.search('ict', { policyTheme: 'avg' }, 500).hits;
    assert.ok(avgHits.length > 0);
    for (const hit of avgHits.filter((h) => h.kind === 'topic' || h.kind === 'question')) {
      const guide = core.guide(hit.guide);
      const topic = guide.mainQuestions.flatMap((m) => m.topics).find((t) => t.id === hit.topic);
      assert.ok(topic.policyThemes.includes('avg'), `${hit.id} is in an avg topic`);
    }
    // The last word counts as a prefix while typing, not after a space.
    assert.ok(core.search('geletter').hits.length > 0);
    // A finished word the site does not know is corrected (two edits from 8 letters).
    const corrected = core.search('geletterdhe ');
    assert.ok(corrected.hits.length > 0 && corrected.hits.every((h) => h.typo));
    assert.equal(corrected.suggestion, 'geletterdheid');
    assert.equal(core.search('zzzqqqxxx').total, 0);
    assert.deepEqual(core.search('').hits, []);
    assert.deepEqual(core.search(' ,.;!? ').hits, []);
    assert.deepEqual(core.search('zzzqqqxxx').hits, []);
  });

  test('sources: source documents and reading tips with where they are used', () => {
    const { sources, readingTips } = core.sources();
    assert.equal(sources.length, overview.counts.sources);
    for (const s of sources) {
      nonEmptyString(s.id, 'source id');
      assert.ok(['document', 'framework'].includes(s.kind), s.kind);
      nonEmptyString(s.title, 'source title');
      nonEmptyString(s.publisher, 'source publisher');
      nonEmptyString(s.description, 'source description');
      if (s.url) assert.match(s.url, /^https:\/\//);
    }
    assert.equal(new Set(sources.map((s) => s.id)).size, sources.length);
    let places = 0;
    for (const tip of readingTips) {
      nonEmptyString(tip.title, 'tip title');
      if (tip.url) assert.match(tip.url, /^https:\/\/\S+$/);
      assert.ok(Array.isArray(tip.usedIn) && tip.usedIn.length > 0);
      for (const used of tip.usedIn) {
        const at = core.lookup(used.tip);
        assert.equal(at.kind, 'readingTip');
        assert.equal(at.guide, used.guide);
        assert.equal(at.mainQuestion, used.mainQuestion);
        places += 1;
      }
    }
    // Every reading tip of every guide is listed exactly once (duplicates merged).
    assert.equal(places, overview.counts.readingTips);
    assert.ok(readingTips.length <= places);
  });

  test('raw envelopes: {"ok":true,"value":...} and {"ok":false,"error":{code,message}}', () => {
    const ok = parseEnvelope(module.call('overview', '{}'));
    assert.deepEqual(Object.keys(ok).sort(), ['ok', 'value']);
    // An empty argument string counts as {}.
    assert.deepEqual(parseEnvelope(module.call('overview', '')), ok);
    const error = parseEnvelope(module.call('guide', '{"id":"bestaat-niet"}'));
    assert.deepEqual(Object.keys(error).sort(), ['error', 'ok']);
    assert.deepEqual(Object.keys(error.error).sort(), ['code', 'message']);
    assert.equal(error.error.code, 'not_found');
  });

  describe('errors come out as SamenwijsError with the right code', () => {
    test('unknown_method', () => {
      for (const name of ['bestaat-niet', 'Overview', 'overview ', '', 'call', 'loadContent', 'constructor', '__proto__']) {
        expectError(() => core.call(name), 'unknown_method');
      }
      // The method is checked before the arguments.
      expectError(() => core.call('bestaat-niet', [1, 2]), 'unknown_method');
      assert.equal(parseEnvelope(module.call('bestaat-niet', '{kapot')).error.code, 'unknown_method');
    });

    test('bad_request: arguments that are not a JSON object', () => {
      for (const args of [[], [1], null, 'tekst', 42, true, false]) {
        expectError(() => core.call('guide', args), 'bad_request');
        expectError(() => core.call('overview', args), 'bad_request');
      }
      for (const text of ['{', '{"id":', '[]', 'null', '"x"', '{"id":"bestuurder"} x', '{id:"bestuurder"}', "{'id':'x'}", '{"a":1,}']) {
        assert.equal(parseEnvelope(module.call('guide', text)).error.code, 'bad_request', text);
      }
    });

    test('invalid_argument', () => {
      expectError(() => core.guide(''), 'invalid_argument');
      expectError(() => core.guide(), 'invalid_argument');
      expectError(() => core.guide(null), 'invalid_argument');
      expectError(() => core.guide(42), 'invalid_argument');
      expectError(() => core.guide(['bestuurder']), 'invalid_argument');
      expectError(() => core.lookup({ id: 'bestuurder' }), 'invalid_argument');
      expectError(() => core.guide('x'.repeat(10001)), 'invalid_argument');
      expectError(() => core.search('x'.repeat(201)), 'invalid_argument');
      expectError(() => core.search(7), 'invalid_argument');
      for (const limit of [0, -1, 501, 1.5, '10', true, 1e21]) {
        expectError(() => core.search('ict', {}, limit), 'invalid_argument');
      }
      assert.equal(core.search('ict', {}, 500).query, 'ict');
      assert.equal(core.search('ict', {}, null).hits.length, 50, 'limit null = default');
      expectError(() => core.browse({ guide: 'bestaat-niet' }), 'invalid_argument');
      expectError(() => core.browse({ theme: 'bestaat-niet' }), 'invalid_argument');
      expectError(() => core.browse({ policyTheme: 'bestaat-niet' }), 'invalid_argument');
      expectError(() => core.browse({ policyTheme: 7 }), 'invalid_argument');
      expectError(() => core.browse({ guide: 'bestuurder-1a' }), 'invalid_argument');
      expectError(() => core.search('ict', { theme: 'avg' }), 'invalid_argument');
      const e = expectError(() => core.browse({ theme: 'bestaat-niet' }), 'invalid_argument');
      assert.match(e.message, /bestaat-niet/);
    });

    test('not_found', () => {
      expectError(() => core.guide('bestaat-niet'), 'not_found');
      expectError(() => core.guide('bestuurder-1a'), 'not_found'); // exists, but is not a guide
      expectError(() => core.guide('bestuurder\u0000'), 'not_found'); // NUL is not a terminator
      expectError(() => core.lookup('bestaat-niet'), 'not_found');
      expectError(() => core.lookup('leidinggevende'), 'not_found'); // a framework, not guidance
    });

    test('content_invalid for a broken bundle; the loaded content keeps working', () => {
      const before = core.overview();
      const search = core.search('digitale geletterdheid');
      const broken = JSON.parse(bundle);
      broken.guides[0].title = 12;
      for (const text of [JSON.stringify(broken), bundle.slice(0, bundle.length / 2), '', 'geen json', '{}']) {
        const e = expectError(() => core.loadContent(text), 'content_invalid');
        assert.match(e.message, /beschadigd/);
        assert.equal(core.contentLoaded, true);
        assert.deepEqual(core.overview(), before);
        assert.deepEqual(core.search('digitale geletterdheid'), search);
      }
      const e = expectError(() => core.loadContent(JSON.stringify(broken)), 'content_invalid');
      assert.match(e.message, /title/, 'the message names the broken field');
    });
  });

  test('no call aborted the module', () => {
    assert.deepEqual(aborts, []);
  });
});

// The facade promises "SamenwijsError for every failure", also for values JSON.stringify
// cannot serialise and for non-string method names or bundles.
test('the facade turns arguments it cannot send into SamenwijsError', () => {
  const cases = [
    () => core.call('overview', () => 1), // JSON.stringify(fn) === undefined
    () => core.call('guide', { id: 1n }), // BigInt: TypeError
    () => core.call(42),
    () => core.loadContent(undefined),
  ];
  const wrong = [];
  for (const fn of cases) {
    try {
      fn();
      wrong.push(`${fn}: no error`);
    } catch (error) {
      if (!(error instanceof SamenwijsError)) wrong.push(`${fn}: ${error?.name}: ${error?.message}`);
    }
  }
  // The module itself is unharmed by these.
  assert.equal(core.guide('bestuurder').id, 'bestuurder');
  assert.deepEqual(wrong, []);
});

// The query limit counts characters, as its message ("hoogstens 200 tekens") says.
test('search accepts 200 characters with accents and refuses 201', () => {
  const query = 'ë'.repeat(150); // 150 characters, 300 UTF-8 bytes
  assert.equal(core.search(query).query, query);
  assert.equal(core.search('é'.repeat(200)).query.length, 200);
  assert.throws(() => core.search('a'.repeat(201)), (e) => e instanceof SamenwijsError && e.code === 'invalid_argument');
});

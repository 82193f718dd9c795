// Gespreksstarters: browse the guides, deep links to every item, filters and search as
// you type, composing a meeting agenda (keyboard reorder, notes, kept on this device),
// Markdown/text export, printing on A4, a damaged saved agenda, "Waar begin ik?", and
// axe-core on every page of the capability. One Chromium for the file, a new context
// (fresh localStorage) per test; every test ends with no console errors, no page errors
// and no request to another origin.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { axeViolations, waitForPage } from '../support/browser.mjs';
import { assertClean, startModule, startSite } from './site-fixture.mjs';

const PHONE = { width: 360, height: 740 };
const WIDE = { width: 1366, height: 900 };
const AGENDA_KEY = 'samenwijs:agenda';

// The content the site is built from: the expected answers come from here, not from the page.
const GUIDES_DIR = new URL('../../content/guides/', import.meta.url);
const GUIDES = Object.fromEntries(readdirSync(GUIDES_DIR).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, GUIDES_DIR), 'utf8'))).map((g) => [g.id, g]));
const TOPICS = Object.values(GUIDES).flatMap((g) => g.mainQuestions.flatMap((mq) =>
  mq.topics.map((t) => ({ ...t, guide: g.id, theme: mq.theme, mainQuestion: mq.id }))));
const QUESTION_TEXT = new Map(TOPICS.flatMap((t) => t.questions.map((q) => [q.id, q.text])));
const THEMES = JSON.parse(readFileSync(new URL('../../content/themes.json', import.meta.url), 'utf8'));

/** Lower case without diacritics, as a reader would compare words. */
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
// Issue 12: the search also finds what a word means by the synonym list; privacy lights up
// its synonyms (AVG, gegevensbescherming, ...) too.
const SYNONYMS = JSON.parse(readFileSync(new URL('../../content/synonyms.json', import.meta.url), 'utf8'));
const synonymsOf = (word) => SYNONYMS.groups.filter((g) => g.terms.some((t) => fold(t) === word))
  .flatMap((g) => g.terms.map(fold));
const PRIVACY_WORDS = synonymsOf('privacy');
const isPrivacyWord = (m) => fold(m).startsWith('privacy') || PRIVACY_WORDS.includes(fold(m));
const sorted = (a) => [...a].sort();

let env;
before(async () => { env = await startSite(); });
after(async () => { await env.close(); });

async function open(viewport) {
  return env.open({ viewport });
}

async function go(page, route) {
  await page.goto(`${env.site.url}#${route}`);
  await waitForPage(page);
  await startModule(page);
}

/** Puts `raw` in localStorage once per tab, before the site's scripts run. */
async function seedAgenda(context, raw) {
  await context.addInitScript(([key, value]) => {
    try {
      if (!location.protocol.startsWith('http') || sessionStorage.getItem('test:seeded')) return;
      localStorage.setItem(key, value);
      sessionStorage.setItem('test:seeded', '1');
    } catch { /* about:blank has no storage */ }
  }, [AGENDA_KEY, raw]);
}

const savedRaw = (page) => page.evaluate((key) => localStorage.getItem(key), AGENDA_KEY);
const savedAgenda = async (page) => JSON.parse(await savedRaw(page));

/** Waits until the saved agenda satisfies `check` (the page saves after a short debounce). */
async function waitForSaved(page, check, what) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const raw = await savedRaw(page);
    let value = null;
    try { value = JSON.parse(raw); } catch { /* not yet */ }
    if (value && check(value)) return value;
    if (Date.now() > deadline) assert.fail(`saved agenda never got ${what}; it is ${raw}`);
    await page.waitForTimeout(50);
  }
}

const agendaCountText = (page, scope = 'main') => page.textContent(`${scope} a[href="#/gesprek"] .count`);
const agendaOrder = (page) => page.$$eval('.agenda-item', (items) => items.map((i) => i.dataset.id));

async function inViewport(page, selector) {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight && r.top >= -1;
  });
}

async function focused(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    return { tag: a.tagName, id: a.id, label: a.getAttribute('aria-label'), className: a.className,
      item: a.closest('.agenda-item')?.dataset.id || null, action: a.dataset.action || null };
  });
}

async function noSidewaysScroll(page, where) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${where} scrolls sideways (${overflow}px)`);
}

// A filled agenda used by the export, print and axe tests.
const FILLED = {
  version: 1,
  title: 'Teamoverleg ict, november',
  date: '2026-11-24',
  notes: 'Doel: afspraken maken over lesbezoek.\nAanwezig: team bovenbouw',
  items: [
    { id: 'leraar-2-1-v3', note: 'Eerst ervaringen delen' },
    { id: 'bestuurder-2-2-v1', note: '' },
    { id: 'leraar-1-1-v1', note: 'Voorbeelden meenemen' },
  ],
};
const FILLED_TEXTS = FILLED.items.map((i) => QUESTION_TEXT.get(i.id));

describe('browsing the conversation starters', () => {
  it('lists the four key figures (leraar first) and the three subjects, and opens the leraar guide in full', async () => {
    const { page, problems, context } = await open(PHONE);
    await go(page, '/gespreksstarters');
    assert.equal((await page.textContent('main h1')).trim(), 'Gespreksstarters');
    const groups = await page.$$eval('#results h2', (hs) => hs.map((h) => h.textContent.trim()));
    assert.deepEqual(groups, ['Per sleutelfiguur', 'Per onderwerp']);
    const lists = await page.$$eval('#results ul.cards', (uls) => uls.map((ul) =>
      [...ul.querySelectorAll('.card__title a')].map((a) => [a.textContent.trim(), a.getAttribute('href')])));
    assert.deepEqual(lists[0], [
      ['Leraar', '#/gespreksstarters/leraar'], ['I-coach', '#/gespreksstarters/icoach'],
      ['Schoolleider', '#/gespreksstarters/schoolleider'], ['Bestuurder', '#/gespreksstarters/bestuurder']]);
    assert.deepEqual(lists[1], [
      ['Lerende organisatie', '#/gespreksstarters/lerende-organisatie'], ['Leernetwerken', '#/gespreksstarters/leernetwerken'],
      ['Generatieve AI', '#/gespreksstarters/generatieve-ai']]);
    // The counts on a card match the content.
    const leraar = GUIDES.leraar;
    const topics = leraar.mainQuestions.flatMap((mq) => mq.topics);
    const questions = topics.flatMap((t) => t.questions);
    const tips = leraar.mainQuestions.flatMap((mq) => mq.readingTips || []);
    assert.equal((await page.textContent('#results .card:first-child .card__meta')).trim(),
      `${leraar.mainQuestions.length} hoofdvragen · ${topics.length} onderwerpen · ${questions.length} gespreksvragen`);
    await noSidewaysScroll(page, '#/gespreksstarters on a phone');

    await page.click('#results .card__title a:text-is("Leraar")');
    await waitForPage(page);
    assert.equal(new URL(page.url()).hash, '#/gespreksstarters/leraar');
    assert.equal((await page.textContent('main h1')).trim(), 'Gespreksstarters voor de leraar');
    assert.match(await page.textContent('main .callout'), /vragen van leraren zijn altijd het startpunt/);
    // Every main question, topic, discussion question and reading tip of the content is on the page.
    const mqTitles = await page.$$eval('main section.main-question > h2', (hs) => hs.map((h) => h.textContent.replace(/\s+/g, ' ').trim()));
    assert.deepEqual(mqTitles, leraar.mainQuestions.map((mq) => `Hoofdvraag ${mq.number} ${mq.title}`), 'main questions');
    assert.deepEqual(await page.$$eval('main .main-question__question strong', (s) => s.map((e) => e.textContent)),
      leraar.mainQuestions.map((mq) => mq.question));
    assert.deepEqual(await page.$$eval('main section.topic', (s) => s.map((e) => e.id)), topics.map((t) => `item-${t.id}`), 'topics');
    assert.deepEqual(await page.$$eval('main li.question .question__text', (s) => s.map((e) => e.textContent)),
      questions.map((q) => q.text), 'discussion questions');
    assert.equal(await page.locator('main li.question .agenda-toggle[aria-pressed="false"]').count(), questions.length);
    assert.equal(await page.locator('main .reading-tips li').count(), tips.length, 'reading tips');
    // External links: only opened on click, in a new tab, and say so to screen readers.
    const external = await page.$$eval('main .reading-tips a.external', (as) => as.map((a) => {
      const hidden = a.querySelector('.visually-hidden');
      const box = hidden?.getBoundingClientRect();
      return { href: a.href, target: a.target, rel: a.rel, hidden: hidden?.textContent.trim(), hiddenSize: box ? box.width * box.height : null };
    }));
    assert.equal(external.length, tips.filter((t) => t.url).length, 'every tip with a url is an external link');
    assert.ok(external.length > 0);
    for (const a of external) {
      assert.equal(a.target, '_blank', a.href);
      assert.ok(a.rel.split(/\s+/).includes('noopener'), `${a.href} has rel=${a.rel}`);
      assert.equal(a.hidden, '(externe website, opent in nieuw tabblad)', a.href);
      assert.ok(a.hiddenSize <= 1, `the hint on ${a.href} is visually hidden`);
      assert.notEqual(new URL(a.href).origin, env.origin);
    }
    await noSidewaysScroll(page, '#/gespreksstarters/leraar on a phone');
    // Nothing was fetched from another origin while browsing (checked by assertClean too).
    assertClean(assert, problems, 'browsing the guides');
    await context.close();
  });
});

describe('deep links', () => {
  const cases = [
    ['a topic', 'bestuurder-2-2', 'topic'],
    ['a discussion question', 'bestuurder-2-2-v3', 'question'],
    ['a main question', 'bestuurder-3', 'main-question'],
  ];
  it('open the guide at a topic, a question and a main question, focused and in view, also after a reload', async () => {
    const { page, problems, context } = await open(PHONE);
    for (const [what, id, kind] of cases) {
      await go(page, `/gespreksstarters/bestuurder/${id}`);
      for (const moment of ['opened', 'reloaded']) {
        if (moment === 'reloaded') {
          await page.reload();
          await waitForPage(page);
        }
        assert.equal((await page.textContent('main h1')).trim(), 'Gespreksstarters voor de bestuurder', `${what} ${moment}`);
        const target = `#item-${id}`;
        assert.equal(await page.locator(target).count(), 1, `${what} (${id}) is on the page (${moment})`);
        const state = await page.$eval(target, (el) => ({ focused: document.activeElement === el, classes: [...el.classList] }));
        assert.ok(state.focused, `${what} ${id} has the focus (${moment})`);
        assert.ok(state.classes.includes('is-target'), `${what} ${id} is marked is-target (${moment})`);
        assert.ok(state.classes.includes(kind), `${id} is a ${kind}`);
        assert.ok(await inViewport(page, target), `${what} ${id} is scrolled into view (${moment})`);
        assert.equal(await page.locator('.is-target').count(), 1, 'only the target is marked');
      }
    }
    // Following a link in the table of contents goes to the main question in the same way.
    await go(page, '/gespreksstarters/bestuurder');
    await page.click('main nav.toc a[href="#/gespreksstarters/bestuurder/bestuurder-4"]');
    await waitForPage(page);
    assert.ok(await page.$eval('#item-bestuurder-4', (el) => document.activeElement === el && el.classList.contains('is-target')));
    assert.ok(await inViewport(page, '#item-bestuurder-4'));
    assertClean(assert, problems, 'deep links');
    await context.close();
  });

  it('explain an unknown item or guide in Dutch instead of crashing', async () => {
    const { page, problems, context } = await open(PHONE);
    for (const [route, message] of [
      ['/gespreksstarters/bestuurder/bestuurder-9-9', /Dit onderdeel bestaat niet \(meer\)/],
      ['/gespreksstarters/bestaat-niet', /Deze gespreksstarters bestaan niet \(meer\)/],
      ['/gespreksstarters/leraar/bestuurder-2-2', /hoort bij andere gespreksstarters/],
    ]) {
      await go(page, route);
      // A broken deep link: the not-found page, saying why, with a way back (issue 9).
      assert.equal((await page.textContent('main h1')).trim(), 'Pagina niet gevonden', route);
      assert.match(await page.textContent('main .not-found__reason'), message, route);
      assert.ok(await page.locator('main a[href="#/gespreksstarters"]').count() >= 1, route);
    }
    // The site still works afterwards.
    await go(page, '/gespreksstarters/bestuurder/bestuurder-2-2');
    assert.equal((await page.textContent('main h1')).trim(), 'Gespreksstarters voor de bestuurder');
    assertClean(assert, problems, 'unknown deep links');
    await context.close();
  });
});

describe('filters', () => {
  const shownTopicIds = (page) => page.$$eval('#results section.topic', (ts) => ts.map((t) => t.id.replace(/^item-/, '')));
  const summaryCount = async (page) => Number((await page.textContent('#results-summary')).match(/^(\d+) onderwerpen gevonden$/)?.[1]);

  it('narrow by policy theme, theme and key figure, keep the choice through a reload, and can be cleared', async () => {
    const { page, problems, context } = await open(WIDE);
    await go(page, '/gespreksstarters');
    const avgTitle = THEMES.policyThemes.find((p) => p.id === 'avg').title;
    assert.equal(avgTitle, 'AVG en informatiebeveiliging');
    await page.selectOption('#beleid', { label: avgTitle });
    await page.waitForFunction(() => /onderwerpen gevonden/.test(document.getElementById('results-summary').textContent));
    const expectedAvg = TOPICS.filter((t) => t.policyThemes.includes('avg')).map((t) => t.id);
    const check = async (moment) => {
      const shown = await shownTopicIds(page);
      assert.deepEqual(sorted(shown), sorted(expectedAvg), `the AVG topics (${moment})`);
      assert.equal(await summaryCount(page), expectedAvg.length, `summary (${moment})`);
      const badges = await page.$$eval('#results section.topic', (ts) => ts.map((t) =>
        [...t.querySelectorAll('.badges .badge')].map((b) => [b.className, b.textContent.trim()])));
      for (const b of badges) assert.ok(b.some(([cls, text]) => cls.includes('badge--avg') && text === 'AVG en informatiebeveiliging'), `every shown topic has the AVG badge (${moment})`);
      assert.equal(await page.inputValue('#beleid'), 'avg');
    };
    await check('chosen');
    assert.equal(new URL(page.url()).hash, '#/gespreksstarters?beleid=avg');
    await page.reload();
    await waitForPage(page);
    await check('after a reload');

    // Thema: exactly the topics under main questions of that theme (and the policy filter still on).
    await page.selectOption('#beleid', '');
    await page.selectOption('#thema', 'omgeving');
    const omgeving = TOPICS.filter((t) => t.theme === 'omgeving').map((t) => t.id);
    assert.ok(omgeving.length > 0 && omgeving.length < TOPICS.length);
    assert.deepEqual(sorted(await shownTopicIds(page)), sorted(omgeving), 'theme omgeving');
    assert.equal(await summaryCount(page), omgeving.length);
    assert.equal(new URL(page.url()).hash, '#/gespreksstarters?thema=omgeving');

    // Sleutelfiguur, combined with a policy theme: the intersection.
    await page.selectOption('#thema', '');
    await page.selectOption('#figuur', { label: 'I-coach' });
    const icoach = TOPICS.filter((t) => t.guide === 'icoach').map((t) => t.id);
    assert.deepEqual(sorted(await shownTopicIds(page)), sorted(icoach), 'key figure i-coach');
    assert.ok(await page.$$eval('#results .main-question h2 .number', (ns) => ns.every((n) => n.textContent.startsWith('I-coach · hoofdvraag'))));
    await page.selectOption('#beleid', 'avg');
    const icoachAvg = icoach.filter((id) => expectedAvg.includes(id));
    assert.ok(icoachAvg.length > 0 && icoachAvg.length < icoach.length);
    assert.deepEqual(sorted(await shownTopicIds(page)), sorted(icoachAvg), 'i-coach and AVG');
    assert.equal(new URL(page.url()).hash, '#/gespreksstarters?figuur=icoach&beleid=avg');
    await page.reload();
    await waitForPage(page);
    assert.deepEqual(sorted(await shownTopicIds(page)), sorted(icoachAvg), 'i-coach and AVG after a reload');

    // Clearing restores the overview of cards.
    await page.click('button:text-is("Wis zoekopdracht en filters")');
    assert.equal(await page.locator('#results .card').count(), 7, 'four key figures and three subjects (incl. generatieve AI)');
    assert.equal(await page.locator('#results section.topic').count(), 0);
    assert.equal((await page.textContent('#results-summary')).trim(), '');
    for (const id of ['figuur', 'thema', 'beleid']) assert.equal(await page.inputValue(`#${id}`), '', id);
    assert.equal(new URL(page.url()).hash, '#/gespreksstarters');
    assertClean(assert, problems, 'filters');
    await context.close();
  });
});

describe('search as you type', () => {
  const summary = (page) => page.textContent('#results-summary');
  const marks = (page) => page.$$eval('#results mark', (ms) => ms.map((m) => m.textContent));
  async function typeQuery(page, text) {
    await page.fill('#zoek', '');
    await page.locator('#zoek').pressSequentially(text, { delay: 15 });
    await page.waitForFunction((q) => {
      const s = document.getElementById('results-summary').textContent;
      return s.includes(`“${q}”`);
    }, text, { timeout: 5000 });
  }
  const hitCount = async (page) => page.locator('#results li.hit').count();

  it('highlights hits, forgives diacritics and plurals, says so when nothing is found, and combines with a filter', async () => {
    const { page, problems, context } = await open(WIDE);
    await go(page, '/gespreksstarters');
    assert.equal(await page.getAttribute('#results-summary', 'role'), 'status');
    assert.equal(await page.getAttribute('#zoek', 'aria-describedby'), 'zoek-hint');

    await typeQuery(page, 'privacy');
    const privacyHits = await hitCount(page);
    assert.ok(privacyHits > 0);
    // The summary says the true number; the page shows the best 25 of them first.
    const privacyTotal = Number((await summary(page)).match(/^(\d+) resultaten voor “privacy”/)?.[1]);
    assert.equal(privacyHits, Math.min(privacyTotal, 25));
    const privacyMarks = await marks(page);
    assert.ok(privacyMarks.length >= privacyHits, 'every hit has a highlight');
    for (const m of privacyMarks) assert.ok(isPrivacyWord(m), `highlight "${m}" matches privacy or a synonym of it`);
    assert.ok(privacyMarks.includes('Privacy') && privacyMarks.includes('privacy'), 'case-insensitive');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'zoek', 'typing keeps the focus in the search field');
    assert.equal(new URL(page.url()).hash, '#/gespreksstarters?q=privacy');
    // Upper case finds the same.
    await typeQuery(page, 'PRIVACY');
    assert.equal(await hitCount(page), privacyHits);

    // Diacritics: "ideeen" finds "ideeën" (the content writes it with a trema).
    assert.ok(TOPICS.some((t) => t.text.includes('ideeën') || t.questions.some((q) => q.text.includes('ideeën'))));
    await typeQuery(page, 'ideeen');
    const ideeenHits = await hitCount(page);
    assert.ok(ideeenHits > 0);
    const ideeMarks = await marks(page);
    assert.ok(ideeMarks.some((m) => m.toLowerCase() === 'ideeën'), `"ideeën" is highlighted: ${ideeMarks.join(', ')}`);
    // Compounds count too: lesideeën.
    for (const m of ideeMarks) assert.ok(fold(m).includes('idee'), `highlight "${m}" matches ideeen`);
    await typeQuery(page, 'ideeën');
    assert.equal(await hitCount(page), ideeenHits, 'with or without the trema, the same hits');

    // Plurals: "leerling" also finds "leerlingen".
    await typeQuery(page, 'leerling');
    assert.ok(await hitCount(page) > 0);
    const leerlingMarks = (await marks(page)).map((m) => m.toLowerCase());
    assert.ok(leerlingMarks.includes('leerlingen'), 'the plural is highlighted');
    // Compounds count too: medeleerling, basisschoolleerlingen.
    for (const m of leerlingMarks) assert.ok(fold(m).includes('leerling'), `highlight "${m}" matches leerling`);

    // Nothing found: a Dutch message, no hits.
    await typeQuery(page, 'xqzwvbnk');
    assert.equal((await summary(page)).trim(), 'Geen resultaten voor “xqzwvbnk”. Probeer een ander of korter woord.');
    assert.equal(await hitCount(page), 0);

    // Combined with a filter: fewer hits, all from the chosen guide.
    await typeQuery(page, 'privacy');
    await page.selectOption('#figuur', 'leraar');
    await page.waitForFunction((n) => document.querySelectorAll('#results li.hit').length !== n, privacyHits);
    const leraarHits = await hitCount(page);
    assert.ok(leraarHits > 0 && leraarHits < privacyTotal, `${leraarHits} of ${privacyTotal}`);
    assert.equal((await summary(page)).trim(), `${leraarHits} resultaten voor “privacy”`);
    const contexts = await page.$$eval('#results .hit__context', (cs) => cs.map((c) => c.textContent));
    for (const c of contexts) assert.ok(c.startsWith('Leraar'), `hit from ${c}`);
    for (const m of await marks(page)) assert.ok(isPrivacyWord(m), m);
    assert.equal(new URL(page.url()).hash, '#/gespreksstarters?q=privacy&figuur=leraar');
    // The search is kept through a reload.
    await page.reload();
    await waitForPage(page);
    assert.equal(await page.inputValue('#zoek'), 'privacy');
    assert.equal(await hitCount(page), leraarHits);
    assertClean(assert, problems, 'search');
    await context.close();
  });
});

describe('composing a conversation (#/gesprek)', () => {
  const [A, B, C] = ['leraar-1-1-v1', 'leraar-1-2-v2', 'leraar-2-1-v3'];

  it('collects questions with "Op agenda", reorders them by keyboard, removes one, and keeps it all through a reload', async () => {
    const { page, problems, context } = await open(PHONE);
    await go(page, '/gespreksstarters?figuur=leraar');
    assert.equal((await agendaCountText(page)).trim(), '0');
    let n = 0;
    for (const id of [A, B, C]) {
      const toggle = page.locator(`button.agenda-toggle[data-agenda-id="${id}"]`);
      assert.equal(await toggle.getAttribute('aria-pressed'), 'false', id);
      await toggle.click();
      n += 1;
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true', id);
      assert.equal((await agendaCountText(page)).trim(), String(n));
    }
    // A toggle takes a question off again.
    const extra = page.locator('button.agenda-toggle[data-agenda-id="leraar-1-3-v1"]');
    await extra.click();
    assert.equal((await agendaCountText(page)).trim(), '4');
    await extra.click();
    assert.equal(await extra.getAttribute('aria-pressed'), 'false');
    assert.equal((await agendaCountText(page)).trim(), '3');
    assert.deepEqual((await savedAgenda(page)).items.map((i) => i.id), [A, B, C]);

    await page.click('main a[href="#/gesprek"]');
    await waitForPage(page);
    assert.equal((await page.textContent('main h1')).trim(), 'Gesprek voorbereiden');
    assert.deepEqual(await agendaOrder(page), [A, B, C]);
    assert.deepEqual(await page.$$eval('.agenda-item__text', (ps) => ps.map((p) => p.textContent)), [A, B, C].map((id) => QUESTION_TEXT.get(id)));

    await page.fill('#agenda-title', 'Teamoverleg ict, november');
    await page.fill('#agenda-date', '2026-11-24');
    await page.fill('#agenda-notes', 'Doel: afspraken maken.\nAanwezig: bovenbouw');
    await page.fill(`#note-${A}`, 'Eerst ervaringen delen');
    await waitForSaved(page, (a) => a.title === 'Teamoverleg ict, november' && a.date === '2026-11-24'
      && a.notes === 'Doel: afspraken maken.\nAanwezig: bovenbouw' && a.items[0].note === 'Eerst ervaringen delen', 'title, date, notes and note');

    // Point 3 (C) up, by keyboard: C moves to place 2 and the focus stays on its "up" button.
    await page.focus('button[aria-label="Punt 3 omhoog"]');
    await page.keyboard.press('Enter');
    assert.deepEqual(await agendaOrder(page), [A, C, B]);
    let f = await focused(page);
    assert.deepEqual([f.item, f.action, f.label], [C, 'up', 'Punt 2 omhoog'], 'focus follows the moved point');
    await page.waitForFunction(() => document.getElementById('announcer').textContent === 'Punt 3 staat nu op plek 2.');
    // Enter again: C reaches the top; its "up" button is now disabled, so the focus stays in C's point.
    await page.keyboard.press('Enter');
    assert.deepEqual(await agendaOrder(page), [C, A, B]);
    f = await focused(page);
    assert.equal(f.item, C, `focus stays with the moved point, not on ${f.tag}`);
    assert.ok(['BUTTON', 'TEXTAREA'].includes(f.tag));
    assert.equal(await page.evaluate(() => document.activeElement.disabled), false);
    // Point 2 (A) down, to the end.
    await page.focus('button[aria-label="Punt 2 omlaag"]');
    await page.keyboard.press('Enter');
    assert.deepEqual(await agendaOrder(page), [C, B, A]);
    f = await focused(page);
    assert.equal(f.item, A, 'focus stays with the moved point');
    assert.deepEqual((await savedAgenda(page)).items.map((i) => i.id), [C, B, A]);
    // The first point cannot go up, the last cannot go down.
    assert.equal(await page.isDisabled('button[aria-label="Punt 1 omhoog"]'), true);
    assert.equal(await page.isDisabled('button[aria-label="Punt 3 omlaag"]'), true);

    // Remove point 2 (B) by keyboard: the focus goes to the "remove" button of the point now there.
    await page.focus('button[aria-label="Punt 2 verwijderen"]');
    await page.keyboard.press('Enter');
    assert.deepEqual(await agendaOrder(page), [C, A]);
    f = await focused(page);
    assert.deepEqual([f.item, f.action], [A, 'remove']);
    await noSidewaysScroll(page, '#/gesprek on a phone');

    await page.reload();
    await waitForPage(page);
    assert.deepEqual(await agendaOrder(page), [C, A], 'order after a reload');
    assert.equal(await page.inputValue('#agenda-title'), 'Teamoverleg ict, november');
    assert.equal(await page.inputValue('#agenda-date'), '2026-11-24');
    assert.equal(await page.inputValue('#agenda-notes'), 'Doel: afspraken maken.\nAanwezig: bovenbouw');
    assert.equal(await page.inputValue(`#note-${A}`), 'Eerst ervaringen delen', 'the note moved with its point');
    assert.equal(await page.inputValue(`#note-${C}`), '');
    assert.equal(await page.textContent('label[for="note-' + A + '"]'), 'Aantekening bij punt 2');
    // The toggles elsewhere know what is on the agenda.
    await go(page, '/gespreksstarters?figuur=leraar');
    assert.equal((await agendaCountText(page)).trim(), '2');
    assert.equal(await page.getAttribute(`button.agenda-toggle[data-agenda-id="${A}"]`, 'aria-pressed'), 'true');
    assert.equal(await page.getAttribute(`button.agenda-toggle[data-agenda-id="${B}"]`, 'aria-pressed'), 'false');
    assertClean(assert, problems, 'composing');
    await context.close();
  });
});

describe('export', () => {
  it('downloads Markdown and plain text with title, Dutch date, questions in order, notes and sources', async () => {
    const { page, problems, context } = await open(WIDE);
    await seedAgenda(context, JSON.stringify(FILLED));
    await go(page, '/gesprek');
    assert.deepEqual(await agendaOrder(page), FILLED.items.map((i) => i.id));
    for (const [label, ext] of [['Download als Markdown', '.md'], ['Download als tekst (.txt)', '.txt']]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
      assert.equal(download.suggestedFilename(), `gesprek-2026-11-24${ext}`);
      const text = await readFile(await download.path(), 'utf8');
      const md = ext === '.md';
      assert.ok(text.startsWith(md ? `# ${FILLED.title}\n` : `${FILLED.title}\n====`), `${ext} starts with the title`);
      assert.match(text, /dinsdag 24 november 2026/, `${ext} has the Dutch long date`);
      assert.ok(text.includes(FILLED.notes), `${ext} has the notes`);
      let at = -1;
      FILLED_TEXTS.forEach((q, i) => {
        const pos = text.indexOf(`${i + 1}. ${q}`);
        assert.ok(pos > at, `${ext}: question ${i + 1} "${q}" in its place`);
        at = pos;
      });
      assert.ok(text.includes('Eerst ervaringen delen') && text.includes('Voorbeelden meenemen'), `${ext} has the notes per point`);
      const bronnen = text.indexOf(md ? '\n## Bronnen\n' : '\nBronnen\n-------');
      assert.ok(bronnen > at, `${ext} has a Bronnen section after the questions`);
      assert.match(text.slice(bronnen), /\n- Handreiking professionalisering ict-bekwaamheid: deel bestuurder/, `${ext} lists the sources`);
    }
    await page.waitForFunction(() => /gedownload als gesprek-2026-11-24\.txt/.test(document.getElementById('announcer').textContent));
    assertClean(assert, problems, 'export');
    await context.close();
  });
});

describe('printing the agenda', () => {
  it('shows only the print view, on A4 pages that break between the sections', async () => {
    const { page, problems, context } = await open(WIDE);
    await seedAgenda(context, JSON.stringify(FILLED));
    await go(page, '/gesprek');
    assert.equal(await page.isVisible('.agenda-print'), false, 'the print view is hidden on screen');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-nav', '.site-footer', '.agenda-form', '#agenda-title', '.agenda-items', 'main h1']) {
      assert.equal(await page.isVisible(hidden), false, `${hidden} is hidden in print`);
    }
    assert.equal(await page.locator('button:visible').count(), 0, 'no buttons in print');
    assert.equal(await page.isVisible('.agenda-print'), true);
    assert.equal((await page.textContent('.agenda-print .print-title')).trim(), FILLED.title);
    assert.match(await page.textContent('.agenda-print'), /Datum: dinsdag 24 november 2026/);
    assert.deepEqual(await page.$$eval('.agenda-print .print-section:first-child ol > li', (ls) => ls.map((l) => l.textContent)), FILLED_TEXTS);
    assert.deepEqual(await page.$$eval('.agenda-print .print-point h4', (hs) => hs.map((h) => h.textContent)),
      FILLED_TEXTS.map((q, i) => `${i + 1}. ${q}`));
    assert.match(await page.textContent('.agenda-print'), /Aantekening: Eerst ervaringen delen/);
    assert.equal(await page.locator('.agenda-print .print-section--break').count(), 2, 'points and sources each start a page');

    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
    // The agenda, the points and the sources each begin on a new page.
    assert.ok(pages >= 3, `expected at least 3 A4 pages, got ${pages}`);
    assertClean(assert, problems, 'print');
    await context.close();
  });

  it('prints an empty agenda with the default title and no stray text', async () => {
    const { page, problems, context } = await open(WIDE);
    await go(page, '/gesprek');
    assert.match(await page.textContent('.agenda-items .empty'), /Je hebt nog geen vragen gekozen/);
    await page.emulateMedia({ media: 'print' });
    assert.equal((await page.textContent('.agenda-print .print-title')).trim(), 'Gesprek over ict-bekwaamheid');
    const stray = await page.$eval('.agenda-print', (el) => [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()).map((n) => n.textContent));
    assert.deepEqual(stray, [], 'the print view holds only its sections');
    assert.doesNotMatch(await page.textContent('.agenda-print'), /\bnull\b|undefined|\[object/);
    assertClean(assert, problems, 'empty print');
    await context.close();
  });
});

describe('a damaged saved agenda', () => {
  for (const [what, raw, message] of [
    ['invalid JSON', '{"title": "Teamoverleg", "items": [', /De opgeslagen agenda is beschadigd en kan niet worden gelezen\./],
    ['JSON of the wrong shape', '{"items":"x"}', /De agenda is niet leesbaar: verwacht een lijst.*\/items/],
  ]) {
    it(`(${what}) is explained in Dutch, kept until the user starts over, then cleared`, async () => {
      const { page, problems, context } = await open(PHONE);
      await seedAgenda(context, raw);
      await go(page, '/gesprek');
      const alert = page.locator('main [role="alert"]');
      assert.equal(await alert.count(), 1);
      assert.equal((await alert.locator('h2').textContent()).trim(), 'Je opgeslagen agenda kon niet worden gelezen');
      const text = await alert.textContent();
      assert.match(text, message);
      assert.match(text, /Er is niets gewist/);
      assert.equal(await savedRaw(page), raw, 'the damaged value is still there');
      // Working with the agenda meanwhile does not overwrite it.
      await go(page, '/gespreksstarters?figuur=leraar');
      await page.click('button.agenda-toggle[data-agenda-id="leraar-1-1-v1"]');
      assert.equal((await agendaCountText(page)).trim(), '1');
      assert.equal(await savedRaw(page), raw, 'nothing lost after adding a question');
      await go(page, '/gesprek');
      assert.equal(await savedRaw(page), raw);
      // The old data can be kept as a file.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:text-is("Bewaar de oude gegevens als bestand")')]);
      assert.equal(download.suggestedFilename(), 'samenwijs-oude-agenda.json');
      assert.equal(await readFile(await download.path(), 'utf8'), raw);
      // Starting over clears it.
      await Promise.all([page.waitForEvent('load'), page.click('button:text-is("Opnieuw beginnen")')]);
      await waitForPage(page);
      assert.equal(await page.locator('main [role="alert"]').count(), 0, 'no alert after starting over');
      const after = await savedRaw(page);
      assert.notEqual(after, raw);
      if (after !== null) assert.deepEqual(JSON.parse(after).items, [], 'an empty agenda is saved');
      assert.match(await page.textContent('.agenda-items'), /Je hebt nog geen vragen gekozen/);
      assertClean(assert, problems, `damaged agenda (${what})`);
      await context.close();
    });
  }
});

describe('"Waar begin ik?"', () => {
  it('asks for a role, suggests topics for role and concerns by keyboard, keeps the choice in the URL, and puts the most relevant questions on the agenda', async () => {
    const { page, problems, context } = await open(PHONE);
    await go(page, '/waar-begin-ik');
    assert.equal((await page.textContent('main h1')).trim(), 'Waar begin ik?');
    // Submitting without a role.
    await page.focus('button[type="submit"]:text-is("Laat gespreksstarters zien")');
    await page.keyboard.press('Enter');
    assert.equal((await page.textContent('#start-error')).trim(), 'Kies eerst je rol.');
    assert.equal(await page.getAttribute('#start-error', 'role'), 'alert');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'rol-leraar', 'the first radio has the focus');
    assert.equal(await page.locator('#start-results *').count(), 0);

    // Role with the arrow keys, concerns with Tab and Space, submit with Enter.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'rol-schoolleider');
    assert.equal(await page.isChecked('#rol-schoolleider'), true);
    const tabTo = async (id) => {
      for (let i = 0; i < 20; i += 1) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((want) => document.activeElement.id === want, id)) return;
      }
      assert.fail(`Tab never reached #${id}`);
    };
    await tabTo('zorg-start-samen-leren');
    await page.keyboard.press('Space');
    await tabTo('zorg-start-privacy');
    await page.keyboard.press('Space');
    assert.equal(await page.isChecked('#zorg-start-samen-leren'), true);
    assert.equal(await page.isChecked('#zorg-start-privacy'), true);
    for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement.type === 'submit')); i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#start-results-title');
    assert.equal((await page.textContent('#start-error')).trim(), '');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'start-results-title', 'focus moves to the results');
    assert.equal(new URL(page.url()).hash, '#/waar-begin-ik?rol=schoolleider&zorg=start-samen-leren,start-privacy');

    const checkResults = async (moment) => {
      assert.doesNotMatch(await page.textContent('#start-results'), /\[object \w+\]/, `the suggestions are drawn as elements, not as text (${moment})`);
      const groups = await page.$$eval('#start-results .suggestion-group', (gs) => gs.map((g) => ({
        title: g.querySelector('h3').textContent.trim(),
        guides: [...g.querySelectorAll('.suggestion .hit__context a')].map((a) => a.getAttribute('href').split('/')[2]),
      })));
      assert.ok(groups.length >= 2, `groups of suggestions (${moment}): ${JSON.stringify(groups)}`);
      assert.equal(groups[0].title, 'Voor jou als schoolleider', `the role's own guide comes first (${moment})`);
      assert.ok(groups[0].guides.length > 0 && groups[0].guides.every((g) => g === 'schoolleider'), `first group is from the schoolleider guide (${moment})`);
      assert.ok(groups.some((g) => g.title === 'Vanuit de vragen van leraren' && g.guides.every((id) => id === 'leraar')), `the teachers' questions are included (${moment})`);
      const topicCount = await page.locator('#start-results .suggestion section.topic').count();
      assert.equal((await page.textContent('#start-results-title')).trim(), `Een eerste set gespreksstarters (${topicCount} onderwerpen)`);
      // The privacy concern brings topics with the AVG policy theme.
      assert.ok(await page.locator('#start-results .suggestion .badge--avg').count() > 0, `AVG topics suggested (${moment})`);
    };
    await checkResults('submitted');
    await noSidewaysScroll(page, '#/waar-begin-ik with results on a phone');

    await page.reload();
    await waitForPage(page);
    assert.equal(await page.isChecked('#rol-schoolleider'), true);
    assert.equal(await page.isChecked('#zorg-start-samen-leren'), true);
    assert.equal(await page.isChecked('#zorg-start-privacy'), true);
    assert.equal(await page.isChecked('#zorg-start-lessen'), false);
    await checkResults('after a reload');

    // The most relevant questions on the agenda at once: at most the chosen number (default 8), with teachers' questions.
    assert.equal((await agendaCountText(page, '#start-results')).trim(), '0');
    const questionIds = await page.$$eval('#start-results .suggestion li.question', (ls) => ls.map((l) => l.id.replace(/^item-/, '')));
    assert.ok(questionIds.length > 8, `more questions shown (${questionIds.length}) than the button adds`);
    await page.click('#start-results button:text-is("Zet de 8 belangrijkste vragen op mijn agenda")');
    assert.equal((await agendaCountText(page, '#start-results')).trim(), '8');
    const saved = (await savedAgenda(page)).items.map((i) => i.id);
    assert.equal(saved.length, 8);
    for (const id of saved) assert.ok(questionIds.includes(id), `${id} is one of the suggested questions`);
    assert.ok(saved.some((id) => id.startsWith('leraar-')), `teachers' questions are always included: ${saved}`);
    assert.equal(await page.locator('#start-results .agenda-toggle[aria-pressed="true"]').count(),
      await page.$$eval('#start-results .agenda-toggle', (bs, ids) => bs.filter((b) => ids.includes(b.dataset.agendaId)).length, saved));
    await page.click('#start-results a[href="#/gesprek"]');
    await waitForPage(page);
    assert.equal(await page.locator('.agenda-item').count(), 8);
    assertClean(assert, problems, 'waar begin ik');
    await context.close();
  });
});

describe('"Waar begin ik?" for the board and for networks', () => {
  it('speaks to the board with "u", always adds teachers\' questions, takes a chosen number, and points the network concern to Leernetwerken and the network check', async () => {
    const { page, problems, context } = await open(WIDE);
    await go(page, '/waar-begin-ik?rol=bestuurder');
    await page.waitForSelector('#start-results-title');
    const titles = await page.$$eval('#start-results .suggestion-group h3', (hs) => hs.map((x) => x.textContent.trim()));
    assert.equal(titles[0], 'Voor u als bestuurder');
    assert.ok(titles.includes('Vanuit de vragen van leraren'), `a board without a concern still gets teachers' questions: ${titles}`);
    assert.equal(await page.locator('.suggestion-pointers').count(), 0, 'no pointers without the network concern');

    await go(page, '/waar-begin-ik?rol=schoolleider&zorg=start-netwerken&aantal=3');
    await page.waitForSelector('#start-results-title');
    assert.equal(await page.inputValue('#start-aantal'), '3');
    const pointers = await page.$$eval('.suggestion-pointers a', (as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(pointers, ['#/gespreksstarters/leernetwerken', '#/netwerkcheck']);
    assert.ok(await page.locator('#start-results .suggestion .hit__context a[href^="#/gespreksstarters/leernetwerken/"]').count() > 0,
      'topics from the Leernetwerken guide are suggested');
    await page.click('#start-add-picked');
    const saved = (await savedAgenda(page)).items.map((i) => i.id);
    assert.equal(saved.length, 3);
    assert.ok(saved.some((id) => id.startsWith('leraar-')), `teachers' questions included: ${saved}`);
    await page.click('.suggestion-pointers a[href="#/netwerkcheck"]');
    await waitForPage(page);
    assert.equal(new URL(page.url()).hash, '#/netwerkcheck');
    assertClean(assert, problems, 'waar begin ik for the board and networks');
    await context.close();
  });
});

describe('Begrippen and reading tips', () => {
  it('links jargon in a topic to the glossary, which explains it, and has no WCAG violations', async () => {
    const { page, problems, context } = await open(WIDE);
    await go(page, '/gespreksstarters/icoach/icoach-1-1');
    const termLink = page.locator('#item-icoach-1-1 .topic-terms a').first();
    assert.equal((await termLink.textContent()).replace(' (uitleg)', '').trim(), 'TPACK');
    await termLink.click();
    await waitForPage(page);
    assert.equal((await page.textContent('main h1')).trim(), 'Begrippen');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'begrip-tpack', 'the term has the focus');
    const terms = await page.$$eval('main dl.glossary dt', (dts) => dts.map((d) => d.textContent));
    for (const word of ['Evidence-informed', 'Lesson study', 'Coherente organisatie', 'Niveaus in de zelfscan', 'Transformatief leren']) {
      assert.ok(terms.some((t) => t.includes(word)), `${word} is explained`);
    }
    assert.match(await page.textContent('main dl.glossary'), /Nieuwkomer.*Ontdekker.*Integreerder.*Expert.*Leider.*Pionier/s, 'the level names are explained');
    assert.deepEqual(await axeViolations(page), [], 'axe violations on #/begrippen');
    assertClean(assert, problems, 'begrippen');
    await context.close();
  });

  it('prints the links of reading tips as text, and a tip without a link says where to find it', async () => {
    const { page, problems, context } = await open(WIDE);
    await go(page, '/gespreksstarters/bestuurder');
    const withoutLink = page.locator('.reading-tips li:has(cite)').first();
    assert.match(await withoutLink.textContent(), /Waar te vinden: /);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.$$eval('.reading-tips a.external', (as) => as.map((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content]));
    assert.ok(printed.length > 0);
    for (const [href, after] of printed) assert.ok(after.includes(href), `the printed tip shows ${href}: ${after}`);
    await page.emulateMedia({ media: 'screen' });
    const onScreen = await page.$eval('.reading-tips a.external', (a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content]);
    assert.ok(!onScreen[1].includes(onScreen[0]), `the address is not repeated on screen: ${onScreen[1]}`);
    assertClean(assert, problems, 'printed reading tips');
    await context.close();
  });
});

describe('accessibility', () => {
  it('has no WCAG 2.1 A/AA violations on the pages of the conversation starters', async () => {
    const { page, problems, context } = await open(WIDE);
    const check = async (where) => assert.deepEqual(await axeViolations(page), [], `axe violations on ${where}`);
    await go(page, '/gespreksstarters');
    await check('#/gespreksstarters');
    await page.locator('#zoek').pressSequentially('privacy', { delay: 10 });
    await page.waitForSelector('#results li.hit mark');
    await check('#/gespreksstarters with a search');
    await page.selectOption('#beleid', 'avg');
    await check('#/gespreksstarters with a search and a filter');
    await go(page, '/gespreksstarters?beleid=avg');
    await check('#/gespreksstarters?beleid=avg');
    await go(page, '/gespreksstarters/leraar');
    await check('#/gespreksstarters/leraar');
    await go(page, '/gespreksstarters/bestuurder/bestuurder-2-2');
    await check('#/gespreksstarters/bestuurder/bestuurder-2-2');
    await go(page, '/gesprek');
    await check('#/gesprek (empty)');
    await go(page, '/waar-begin-ik');
    await check('#/waar-begin-ik');
    await page.click('button[type="submit"]');
    await check('#/waar-begin-ik with the error');
    await page.check('#rol-leraar');
    await page.check('#zorg-start-lessen');
    await page.click('button[type="submit"]');
    await page.waitForSelector('#start-results-title');
    await check('#/waar-begin-ik after submitting');
    await page.click('#start-add-picked');
    await go(page, '/gesprek');
    assert.ok(await page.locator('.agenda-item').count() > 0);
    await page.fill('#agenda-title', 'Teamoverleg');
    await check('#/gesprek (filled)');
    assertClean(assert, problems, 'accessibility run');
    await context.close();
  });

  it('has no violations with a damaged saved agenda', async () => {
    const { page, problems, context } = await open(WIDE);
    await seedAgenda(context, '{"items":"x"}');
    await go(page, '/gesprek');
    assert.equal(await page.locator('main [role="alert"]').count(), 1);
    assert.deepEqual(await axeViolations(page), [], 'axe violations on #/gesprek with a damaged agenda');
    assertClean(assert, problems, 'damaged agenda');
    await context.close();
  });
});

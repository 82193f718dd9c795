// Nothing lost, ever: the six ways answers and measurements used to get lost, each tried
// the way a user would meet it. After each, everything the user entered is still there
// (on the device, or in this tab with a visible notice where saving was impossible), and
// the notices speak Dutch with competence titles, never ids or "undefined".
// 1 junk saved state; 2 nearly full storage (the quota filled first); 3 two tabs answering
// at once (scan and agenda); 4 wipe, then edit; 5 interim results are not measurements, a
// finished scan is one without opening its result page; 6 old-version saved state.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { waitForPage } from '../support/browser.mjs';
import { assertClean } from './site-fixture.mjs';
import { FRAMEWORKS, PHONE, WIDE, competencesOf, text, useSite } from './scan-fixture.mjs';
import { loadSamenwijs } from '../node/load-module.mjs';

const site = useSite();
const { open, go } = site;
let core;
before(async () => { ({ core } = await loadSamenwijs({ withContent: true })); });

const KEY = 'samenwijs:zelfscan:leraar';
const HISTORY_KEY = 'samenwijs:zelfscan-history';
const LERAAR = competencesOf(FRAMEWORKS.leraar);
const ITEMS = LERAAR.flatMap((c) => c.items.map((i) => i.id));

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);
const storedAnswers = async (page) => JSON.parse(await stored(page, KEY)).answers;
const asideKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenwijs:zelfscan-apart:')));
const history = async (page) => {
  const raw = await stored(page, HISTORY_KEY);
  return raw ? JSON.parse(raw).measurements : [];
};

async function arrive(page, hash) {
  await page.waitForFunction((want) => location.hash === want, hash, { timeout: 10000 });
  await waitForPage(page);
}

/** Moves to a route inside the same page (no reload: what the tab holds in memory stays). */
async function hashGo(page, route) {
  await page.evaluate((r) => { location.hash = `#${r}`; }, route);
  await arrive(page, `#${route}`);
}

/** Puts values in localStorage once per context, before the site's scripts run. */
async function seed(context, entries) {
  await context.addInitScript((pairs) => {
    try {
      if (!location.protocol.startsWith('http') || localStorage.getItem('test:seeded')) return;
      for (const [key, value] of pairs) localStorage.setItem(key, value);
      localStorage.setItem('test:seeded', '1');
    } catch { /* about:blank has no storage */ }
  }, Object.entries(entries));
}

/** Asserts a notice says nothing technical. */
function plainDutch(message) {
  assert.doesNotMatch(message, /undefined|null|leraar-[a-z]|\{|\}/, `no ids or internals in: ${message}`);
}

async function checkedOn(page, itemId) {
  for (const v of [1, 2, 3, 4, 5, 6, 0]) if (await page.isChecked(`#a-${itemId}-${v}`)) return v;
  return undefined;
}

describe('1. junk in the saved answers', () => {
  it('keeps every valid answer, names the damaged competence by title, saves new answers and keeps the original aside', async () => {
    const { page, problems, context } = await open(PHONE);
    // Cut off halfway, with one impossible value among valid ones.
    const raw = `{"version":1,"framework":"leraar","frameworkVersion":1,"answers":{"${ITEMS[0]}":3,"${ITEMS[1]}":0,"${ITEMS[2]}":9,"${ITEMS[3]}":5,"${ITEMS[4]}`;
    await seed(context, { [KEY]: raw });
    await go(page, '/zelfscan/leraar/stap/1');
    const alert = page.locator('main .aside-notice');
    assert.equal(await alert.count(), 1);
    const message = await text(alert);
    plainDutch(message);
    assert.match(message, /3 antwoorden konden we redden/);
    assert.match(message, new RegExp(`1 antwoord kon niet worden gelezen, bij: ${LERAAR[0].title}\\.`));
    // The salvaged answers are ticked and saved; the original is kept aside, unchanged.
    assert.equal(await checkedOn(page, ITEMS[0]), 3);
    assert.equal(await checkedOn(page, ITEMS[1]), 0);
    assert.deepEqual(await storedAnswers(page), { [ITEMS[0]]: 3, [ITEMS[1]]: 0, [ITEMS[3]]: 5 });
    const aside = await asideKeys(page);
    assert.equal(aside.length, 1);
    assert.equal(await stored(page, aside[0]), raw);
    // Answering goes on and is saved; going forward and back keeps the ticks.
    await page.check(`#a-${ITEMS[2]}-4`);
    assert.equal((await storedAnswers(page))[ITEMS[2]], 4);
    await page.click('main .step-nav a:text-is("Volgende →")');
    await arrive(page, '#/zelfscan/leraar/stap/2');
    await page.check(`#a-${ITEMS[4]}-2`);
    await page.click('main .step-nav a:text-is("← Vorige")');
    await arrive(page, '#/zelfscan/leraar/stap/1');
    assert.equal(await checkedOn(page, ITEMS[2]), 4);
    assert.equal(await text(page.locator('#answered-count')), `5 van ${ITEMS.length} uitspraken beantwoord`);
    // "Naar je uitslag tot nu toe" shows the result, not step 1.
    await page.click('main .step-nav a:text-is("Naar je uitslag tot nu toe")');
    await arrive(page, '#/zelfscan/leraar/uitslag');
    assert.match(await text(page.locator('main p.lead')), new RegExp(`^5 van ${ITEMS.length} uitspraken beantwoord, waarvan 1 keer “niet van toepassing”\\.`));
    // The original can be downloaded, then thrown away; the salvaged answers stay.
    await go(page, '/zelfscan/leraar/stap/1');
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Bewaar de oude gegevens als bestand' }).click()]);
    assert.equal(await readFile(await download.path(), 'utf8'), raw);
    page.once('dialog', (d) => d.accept());
    await alert.getByRole('button', { name: 'Gooi de oude gegevens weg' }).click();
    assert.equal(await alert.count(), 0);
    assert.deepEqual(await asideKeys(page), []);
    assert.equal(Object.keys(await storedAnswers(page)).length, 5);
    assertClean(assert, problems, 'junk state');
    await context.close();
  });
});

describe('2. nearly full storage', () => {
  it('says at once that answers are not kept, loses none of them in the tab, never lets a stale copy win, and saves all once there is room', async () => {
    const { page, problems, context } = await open(WIDE);
    await go(page, '/zelfscan/leraar/stap/1');
    // Fill the quota, then free only a few hundred characters: the one-byte probe passes.
    const free = await page.evaluate(() => {
      localStorage.setItem('test-gap', 'g'.repeat(150));
      let n = 0;
      for (let size = 1 << 20; size >= 16; size = Math.floor(size / 4)) {
        for (;;) {
          try { localStorage.setItem(`test-fill-${n}`, 'x'.repeat(size)); n += 1; } catch { break; }
        }
      }
      localStorage.removeItem('test-gap');
      localStorage.setItem('test-probe', '1');
      localStorage.removeItem('test-probe');
      return n;
    });
    assert.ok(free > 0);
    await page.reload();
    await waitForPage(page);
    assert.equal(await page.locator('.save-problem').count(), 0, 'no notice before anything failed');
    const given = {};
    // The first three statements of the first three steps (some steps have a fourth).
    for (const [i, item] of LERAAR.slice(0, 3).flatMap((c) => c.items.slice(0, 3)).entries()) {
      if (i && i % 3 === 0) {
        await page.click('main .step-nav a:text-is("Volgende →")');
        await arrive(page, `#/zelfscan/leraar/stap/${i / 3 + 1}`);
      }
      const value = (i % 6) + 1;
      await page.check(`#a-${item.id}-${value}`);
      given[item.id] = value;
    }
    // The notice: visible, once, in Dutch, with the way out.
    const notice = page.locator('.save-problem');
    assert.equal(await notice.count(), 1);
    assert.match(await text(notice), /^Opslaan lukt niet: de opslag van deze browser is vol\. Je antwoorden in de zelfscan worden nu niet op dit apparaat bewaard\./);
    assert.equal(await notice.getByRole('link', { name: 'naar je uitslag' }).getAttribute('href'), '#/zelfscan/leraar/uitslag');
    assert.equal(await text(page.locator('#answered-count')), `9 van ${ITEMS.length} uitspraken beantwoord`);
    const onDevice = Object.keys(JSON.parse(await stored(page, KEY) || '{"answers":{}}').answers).length;
    assert.ok(onDevice < 9, `the device is full: ${onDevice} answers stored`);
    // Back and forth in the tab: every answer is still there.
    await page.click('main .step-nav a:text-is("← Vorige")');
    await arrive(page, '#/zelfscan/leraar/stap/2');
    for (const item of LERAAR[1].items) assert.equal(await checkedOn(page, item.id), given[item.id]);
    // The way out: the result code holds all nine answers.
    await notice.getByRole('link', { name: 'naar je uitslag' }).click();
    await arrive(page, '#/zelfscan/leraar/uitslag');
    const code = await page.inputValue('#result-code');
    assert.equal(code, core.profile('leraar', given).code);
    // Another tab makes room and answers something: that newer stored answer wins over nothing
    // of ours, and ours are laid over it.
    const other = await context.newPage();
    await other.goto(`${site.env.site.url}#/zelfscan/leraar/stap/17`);
    await waitForPage(other);
    await other.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('test-fill-')) localStorage.removeItem(k); });
    const last = LERAAR[16].items[0].id;
    await other.check(`#a-${last}-6`);
    await hashGo(page, '/zelfscan/leraar/stap/4');
    await page.check(`#a-${LERAAR[3].items[0].id}-2`);
    const all = { ...given, [last]: 6, [LERAAR[3].items[0].id]: 2 };
    // Tabs see each other's writes a moment later; whichever wrote last, both tabs' answers
    // end up on the device.
    await page.waitForFunction(([k, want]) => {
      const saved = JSON.parse(localStorage.getItem(k)).answers;
      return Object.keys(want).every((id) => saved[id] === want[id]) && Object.keys(saved).length === Object.keys(want).length;
    }, [KEY, all]);
    assert.deepEqual(await storedAnswers(page), all, 'everything from both tabs is on the device now');
    await page.reload();
    await waitForPage(page);
    assert.equal(await text(page.locator('#answered-count')), `11 van ${ITEMS.length} uitspraken beantwoord`);
    assertClean(assert, problems, 'full storage');
    await context.close();
  });
});

describe('3. two tabs at once', () => {
  it('adds up the answers of two tabs and shows each tab the other one\'s answers', async () => {
    const { page: a, problems, context } = await open(WIDE);
    const b = await context.newPage();
    await go(a, '/zelfscan/leraar/stap/1');
    await b.goto(`${site.env.site.url}#/zelfscan/leraar/stap/1`);
    await waitForPage(b);
    const first = LERAAR[0].items;
    const second = LERAAR[1].items;
    // Both tabs answer at the same time, several rounds.
    await Promise.all([a.check(`#a-${first[0].id}-3`), b.check(`#a-${first[1].id}-4`)]);
    await Promise.all([a.check(`#a-${first[2].id}-5`), b.goto(`${site.env.site.url}#/zelfscan/leraar/stap/2`)]);
    await waitForPage(b);
    await Promise.all([a.click('main .step-nav a:text-is("Volgende →")'), b.check(`#a-${second[0].id}-2`)]);
    await arrive(a, '#/zelfscan/leraar/stap/2');
    await Promise.all([a.check(`#a-${second[1].id}-6`), b.check(`#a-${second[2].id}-1`)]);
    const want = { [first[0].id]: 3, [first[1].id]: 4, [first[2].id]: 5, [second[0].id]: 2, [second[1].id]: 6, [second[2].id]: 1 };
    assert.deepEqual(await storedAnswers(a), want);
    // Each tab shows the other's answers without a reload.
    await b.waitForFunction((id) => document.querySelector(`#a-${id}-6`).checked, second[1].id);
    await a.waitForFunction((id) => document.querySelector(`#a-${id}-1`).checked, second[2].id);
    assert.equal(await text(a.locator('#answered-count')), `6 van ${ITEMS.length} uitspraken beantwoord`);
    assert.equal(await text(b.locator('#answered-count')), `6 van ${ITEMS.length} uitspraken beantwoord`);
    assertClean(assert, problems, 'two tabs (scan)');
    await context.close();
  });

  it('keeps the notes both tabs write in the agenda', async () => {
    const { page: a, problems, context } = await open(WIDE);
    await seed(context, { 'samenwijs:agenda': JSON.stringify({ version: 1, title: 'Overleg', date: '', notes: '',
      items: [{ id: 'leraar-1-1-v1', note: '' }, { id: 'leraar-1-2-v2', note: '' }] }) });
    const b = await context.newPage();
    await go(a, '/gesprek');
    await b.goto(`${site.env.site.url}#/gesprek`);
    await waitForPage(b);
    // Both type within a moment of each other; each saves shortly after typing.
    await a.fill('#note-leraar-1-1-v1', 'Notitie uit tab A');
    await b.waitForTimeout(150);
    await b.fill('#note-leraar-1-2-v2', 'Notitie uit tab B');
    await a.waitForFunction(() => {
      const saved = JSON.parse(localStorage.getItem('samenwijs:agenda'));
      return saved.items[0].note && saved.items[1].note;
    });
    await a.waitForTimeout(500); // both debounced saves are done
    const saved = JSON.parse(await stored(a, 'samenwijs:agenda'));
    assert.deepEqual(saved.items.map((i) => i.note), ['Notitie uit tab A', 'Notitie uit tab B']);
    await a.waitForFunction(() => document.querySelector('#note-leraar-1-2-v2').value === 'Notitie uit tab B');
    await b.waitForFunction(() => document.querySelector('#note-leraar-1-1-v1').value === 'Notitie uit tab A');
    assertClean(assert, problems, 'two tabs (agenda)');
    await context.close();
  });
});

describe('4. wipe, then edit', () => {
  it('forgets the agenda in memory too, so the next edit does not write the old notes back', async () => {
    const { page, problems, context } = await open(WIDE);
    await seed(context, { 'samenwijs:agenda': JSON.stringify({ version: 1, title: 'Geheim overleg', date: '', notes: 'Oude notitie',
      items: [{ id: 'leraar-1-1-v1', note: 'Oude aantekening' }] }) });
    await go(page, '/gesprek');
    assert.equal(await page.inputValue('#agenda-title'), 'Geheim overleg');
    await page.click('a[href="#/over"]');
    await arrive(page, '#/over');
    page.once('dialog', (d) => d.accept());
    await page.click('button:text-is("Wis mijn gegevens van Samenwijs")');
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenwijs:'))), []);
    await page.goBack();
    await arrive(page, '#/gesprek');
    assert.equal(await page.inputValue('#agenda-title'), '');
    assert.equal(await page.locator('.agenda-item').count(), 0);
    await page.fill('#agenda-title', 'Nieuw');
    await page.waitForFunction(() => localStorage.getItem('samenwijs:agenda'));
    const saved = JSON.parse(await stored(page, 'samenwijs:agenda'));
    assert.equal(saved.title, 'Nieuw');
    assert.deepEqual(saved.items, []);
    assert.equal(saved.notes, '');
    assertClean(assert, problems, 'wipe then edit');
    await context.close();
  });
});

describe('5. interim results and finished measurements', () => {
  it('never stores an interim look as a measurement; stores a finished scan without its result page; "Nieuwe meting beginnen" stores first', async () => {
    const { page, problems, context } = await open(WIDE);
    await go(page, '/zelfscan/leraar/stap/1');
    for (const item of LERAAR[0].items) await page.check(`#a-${item.id}-3`);
    for (let i = 0; i < 3; i += 1) {
      await page.click('main .step-nav a:text-is("Naar je uitslag tot nu toe")');
      await arrive(page, '#/zelfscan/leraar/uitslag');
      assert.deepEqual(await history(page), [], `no measurement stored by interim look ${i + 1}`);
      assert.match(await text(page.locator('main .measurement-status')), /Dit is je uitslag tot nu toe\./);
      await page.click('main a:text-is("Antwoorden aanpassen")');
      await arrive(page, '#/zelfscan/leraar/stap/1');
    }
    assert.deepEqual(await history(page), [], 'no measurement from three interim looks');
    // Fill in everything else (all but one answer seeded through the page's own steps).
    for (const [k, c] of LERAAR.entries()) {
      if (k === 0) continue;
      await go(page, `/zelfscan/leraar/stap/${k + 1}`);
      for (const item of c.items) await page.check(`#a-${item.id}-${k % 2 ? 4 : 0}`);
    }
    // Finished, result page never opened: it is a measurement.
    await go(page, '/zelfscan');
    const list = await history(page);
    assert.equal(list.length, 1);
    assert.equal(list[0].endedEarly, false);
    assert.match(list[0].finishedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    const card = page.locator('main li.card').filter({ hasText: FRAMEWORKS.leraar.title });
    assert.match(await text(card.locator('.card__actions')), /^Je zelfscan is af\. Bekijk je uitslag/);
    assert.equal(await card.getByRole('link', { name: 'Verder waar je was' }).count(), 0);
    // A new measurement: the finished one stays, no double.
    page.once('dialog', (d) => d.accept());
    await card.getByRole('button', { name: /Nieuwe meting beginnen/ }).click();
    await arrive(page, '#/zelfscan/leraar/stap/1');
    assert.equal((await history(page)).length, 1);
    await page.check(`#a-${ITEMS[0]}-5`);
    await go(page, '/zelfscan/leraar/uitslag');
    page.once('dialog', (d) => d.accept());
    await page.click('main button:text-is("Nieuwe meting beginnen")');
    await arrive(page, '#/zelfscan/leraar/stap/1');
    const after = await history(page);
    assert.equal(after.length, 2, '"Nieuwe meting beginnen" stored the current one first');
    assert.equal(after[1].endedEarly, true);
    assert.equal(after[1].code, core.profile('leraar', { [ITEMS[0]]: 5 }).code);
    assert.equal(await text(page.locator('#answered-count')), `0 van ${ITEMS.length} uitspraken beantwoord`);
    assertClean(assert, problems, 'interim results');
    await context.close();
  });
});

describe('6. saved answers of an older version', () => {
  it('explains it plainly, keeps the answers that still fit, saves new ones and keeps the old data aside', async () => {
    const { page, problems, context } = await open(PHONE);
    const raw = JSON.stringify({ version: 1, framework: 'leraar', answers: { [ITEMS[0]]: 2, 'leraar-oud-1': 4, [ITEMS[5]]: 6 }, step: 2 });
    await seed(context, { [KEY]: raw });
    await go(page, '/zelfscan/leraar/stap/1');
    const message = await text(page.locator('main .aside-notice'));
    plainDutch(message);
    assert.match(message, /horen bij een andere versie van deze zelfscan \(een onbekende versie, nu versie 2\)\. 2 antwoorden op uitspraken die nog bestaan, staan weer ingevuld\./);
    assert.match(message, /1 antwoord hoort niet bij deze versie van de zelfscan\./);
    assert.equal(await checkedOn(page, ITEMS[0]), 2);
    await page.check(`#a-${ITEMS[1]}-3`);
    await page.click('main .step-nav a:text-is("Volgende →")');
    await arrive(page, '#/zelfscan/leraar/stap/2');
    assert.equal(await checkedOn(page, ITEMS[5]), 6);
    await page.click('main .step-nav a:text-is("← Vorige")');
    await arrive(page, '#/zelfscan/leraar/stap/1');
    assert.equal(await checkedOn(page, ITEMS[1]), 3, 'the new answer survived "Volgende"');
    const saved = JSON.parse(await stored(page, KEY));
    assert.equal(saved.frameworkVersion, FRAMEWORKS.leraar.version);
    assert.deepEqual(saved.answers, { [ITEMS[0]]: 2, [ITEMS[1]]: 3, [ITEMS[5]]: 6 });
    const aside = await asideKeys(page);
    assert.equal(aside.length, 1);
    assert.equal(await stored(page, aside[0]), raw, 'the old data is kept aside until the user chooses');
    assertClean(assert, problems, 'old version');
    await context.close();
  });
});

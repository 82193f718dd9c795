// Zelfscan: a whole teacher scan and a whole leader scan by keyboard only (fieldsets with
// legends and native radios, the progress per step), the results (SVG chart, table, domain
// summary, strengths, growth areas with a next step and links to the conversation
// starters), stopping and resuming, wiping only the zelfscan data, a browser without
// storage, damaged saved progress, the result code and file (export, re-import, a
// corrupted code, a code of the other scan), comparing with an earlier measurement (this
// device, a pasted code, a file), printing, and axe-core. The expected figures are
// computed here from the chosen answers and the framework JSON, not taken from the page
// or the core. One Chromium for the file, a new context (fresh localStorage) per test;
// every test ends with no console errors, no page errors and no request to another origin.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axeViolations, waitForPage } from '../support/browser.mjs';
import { assertClean } from './site-fixture.mjs';
import {
  FRAMEWORKS, GUIDES, PHONE, WIDE, competencesOf, levelOf, rows, text, useSite,
} from './scan-fixture.mjs';
import { loadSamenwijs } from '../node/load-module.mjs';

const NVT = 'Niet van toepassing / weet ik niet';
const HISTORY_KEY = 'samenwijs:zelfscan-history';
const progressKey = (fw) => `samenwijs:zelfscan:${fw}`;

// ---------------------------------------------------------------------------------------
// The content the site is built from (FRAMEWORKS and GUIDES come from scan-fixture.mjs).
const TOPICS = new Map(Object.values(GUIDES).flatMap((g) => g.mainQuestions.flatMap((mq) =>
  mq.topics.map((t) => [`${g.id}/${t.id}`, { ...t, guide: g.id }]))));

// The answers of each scan, per competence in framework order; 0 = "niet van toepassing".
// Chosen so that the three highest and three lowest scores differ (no ties decide), with
// competences that have too few answers for a score.
// The fourth statements (version 2, on generative AI) are "niet van toepassing", which
// changes no score.
const LERAAR_PLAN = [
  [4, 5, 4, 0], [2, 3, 2], [0, 0, 3, 0], [1, 1, 2], // D: ict 4,33; informatie 2,33; media te weinig; ct 1,33
  [6, 6, 5, 0], [3, 0, 4], [5, 5, 6, 0], [1, 1, 1], [3, 3, 4], // A
  [4, 4, 4], [0, 0, 0], [2, 2, 1, 0], [3, 2, 4], // B: communicatie has no answer at all
  [5, 4, 5], [6, 4, 5], [2, 3, 3], [4, 3, 0], // C
];
const LEIDER_PLAN = [[3, 4, 0, 5], [2, 2, 1, 0], [0, 0, 0, 4], [6, 5, 6, 6], [1, 2, 1, 1], [4, 5, 4, 5], [3, 3, 2, 0]];
// A later leader measurement: two competences raised, one that now has a score, one lower.
const LEIDER_PLAN_2 = [[3, 4, 0, 5], [4, 4, 3, 0], [4, 4, 0, 4], [6, 5, 6, 6], [3, 3, 3, 3], [4, 4, 4, 4], [3, 3, 2, 0]];

function answersFrom(fw, plan) {
  const answers = {};
  competencesOf(fw).forEach((c, k) => c.items.forEach((item, i) => { answers[item.id] = plan[k][i]; }));
  return answers;
}
const LERAAR = answersFrom(FRAMEWORKS.leraar, LERAAR_PLAN);
const LEIDER = answersFrom(FRAMEWORKS.leidinggevende, LEIDER_PLAN);
const LEIDER_2 = answersFrom(FRAMEWORKS.leidinggevende, LEIDER_PLAN_2);

// ---------------------------------------------------------------------------------------
// The expected profile, computed from the answers.
const round1 = (x) => Math.round(x * 10) / 10;
const fmt = (x) => (x === null ? '–' : String(round1(x)).replace('.', ','));
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

function expectedProfile(fw, answers) {
  const label = (value) => fw.scale.levels.find((l) => l.value === value).label;
  const competences = competencesOf(fw).map((c) => {
    const given = c.items.map((i) => answers[i.id]).filter((v) => v !== undefined);
    const scored = given.filter((v) => v >= 1);
    const notApplicable = given.filter((v) => v === 0).length;
    const score = scored.length >= fw.minimumAnswered ? mean(scored) : null;
    return { ...c, answered: scored.length, notApplicable, score, levelLabel: score === null ? null : label(levelOf(score)) };
  });
  const domains = fw.domains.map((d) => {
    const scores = competences.filter((c) => c.domain.id === d.id && c.score !== null).map((c) => c.score);
    const score = scores.length ? mean(scores) : null;
    return { ...d, score, scored: scores.length, levelLabel: score === null ? null : label(levelOf(score)) };
  });
  const byScore = competences.filter((c) => c.score !== null).sort((a, b) => b.score - a.score);
  const strengths = byScore.filter((c) => c.score >= 3.5).slice(0, 3);
  const growth = [...byScore].reverse().filter((c) => !strengths.includes(c) && c.score < 4.5).slice(0, 3);
  const values = Object.values(answers);
  return {
    fw, answers, label, competences, domains, strengths, growth,
    answered: values.filter((v) => v >= 1).length,
    notApplicable: values.filter((v) => v === 0).length,
    total: competences.reduce((n, c) => n + c.items.length, 0),
  };
}

/** What a row of the results table must say. */
const expectedTableRows = (p) => p.competences.map((c) => [
  c.title, `${c.domain.code}. ${c.domain.title}`, c.score === null ? 'te weinig antwoorden' : fmt(c.score),
  c.levelLabel || '–', `${c.answered} van ${c.items.length}${c.notApplicable ? ` (${c.notApplicable}× n.v.t.)` : ''}`]);

/** The item and descriptor of the suggested next step: the first lowest answered item below 6. */
function expectedNextStep(p, competence) {
  let best = null;
  for (const item of competence.items) {
    const a = p.answers[item.id];
    if (a >= 1 && a < 6 && (!best || a < best.level)) best = { item, level: a };
  }
  return best && `Een volgende stap bij “${best.item.text}”: ${best.item.levels[best.level]} (niveau ${best.level + 1}, ${p.label(best.level + 1).toLowerCase()})`;
}

// ---------------------------------------------------------------------------------------
const site = useSite();
const { open, go } = site;
let core; // the site's own module under Node, for codes the test needs from elsewhere
before(async () => {
  ({ core } = await loadSamenwijs({ withContent: true }));
});

/** Draws the current route again (goto to the same URL would not). */
async function redraw(page) {
  await page.reload();
  await waitForPage(page);
}

/** Waits for the route in `hash` to be drawn after a click or a key press. */
async function arrive(page, hash) {
  await page.waitForFunction((want) => location.hash === want, hash, { timeout: 10000 });
  await waitForPage(page);
}

/** Puts values in localStorage once per tab, before the site's scripts run. */
async function seed(context, entries) {
  await context.addInitScript((pairs) => {
    try {
      if (!location.protocol.startsWith('http') || sessionStorage.getItem('test:seeded')) return;
      for (const [key, value] of pairs) localStorage.setItem(key, value);
      sessionStorage.setItem('test:seeded', '1');
    } catch { /* about:blank has no storage */ }
  }, Object.entries(entries));
}

// Statements in the teacher scan now (version 2 has 56).
const ITEMS_LERAAR = competencesOf(FRAMEWORKS.leraar).reduce((n, c) => n + c.items.length, 0);
const progressJson = (fw, answers, step = 1, version = FRAMEWORKS[fw].version) =>
  JSON.stringify({ version: 1, framework: fw, frameworkVersion: version, answers, step });

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);
const activeId = (page) => page.evaluate(() => document.activeElement && document.activeElement.id);
const RESULT_TABLE = 'section[aria-labelledby="competences-title"] table';

/** Presses Tab until `selector` has the focus; fails after `max` presses. */
async function tabTo(page, selector, max = 40) {
  for (let i = 1; i <= max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return i;
  }
  return assert.fail(`Tab never reached ${selector}`);
}

/**
 * Chooses `level` (0 = n.v.t.) in the radio group of an unanswered item with the keyboard:
 * Tab lands on the first radio; Space checks it, the arrow keys move and check (ArrowUp
 * from the first wraps round to "niet van toepassing").
 */
async function chooseByKeyboard(page, itemId, level) {
  const presses = await tabTo(page, `#a-${itemId}-1`, 3);
  assert.equal(presses, 1, `one Tab reaches the next item (${itemId})`);
  const target = level === 0 ? 6 : level - 1; // position among the seven radios
  if (target === 0) await page.keyboard.press('Space');
  else if (target <= 3) for (let i = 0; i < target; i += 1) await page.keyboard.press('ArrowDown');
  else for (let i = 0; i < 7 - target; i += 1) await page.keyboard.press('ArrowUp');
  assert.equal(await activeId(page), `a-${itemId}-${level}`, `focus on the chosen level of ${itemId}`);
  assert.equal(await page.isChecked(`#a-${itemId}-${level}`), true, `${itemId} = ${level}`);
}

/** The fieldsets of the step: legends and native radios with the level descriptors, in the DOM and in the accessibility tree. */
async function checkStepStructure(page, fw, competence, firstNumber) {
  const fieldsets = page.locator('main form fieldset');
  assert.equal(await fieldsets.count(), competence.items.length, 'one fieldset per item');
  const labels = fw.scale.levels.map((l) => `${l.value}. ${l.label}`);
  for (const [i, item] of competence.items.entries()) {
    const legend = `${firstNumber + i}. ${item.text}`;
    const fs = fieldsets.nth(i);
    assert.equal(await fs.locator('legend').count(), 1);
    assert.equal(await text(fs.locator('legend')), legend, 'the legend is the numbered statement');
    const radios = await fs.locator('input').evaluateAll((inputs) => inputs.map((r) => ({
      type: r.type, name: r.name, value: r.value, label: r.labels.length === 1 ? r.labels[0].textContent : null })));
    assert.deepEqual(radios.map((r) => r.type), Array(7).fill('radio'), 'seven native radios');
    assert.equal(new Set(radios.map((r) => r.name)).size, 1, 'one name per group');
    assert.deepEqual(radios.map((r) => r.value), ['1', '2', '3', '4', '5', '6', '0']);
    assert.deepEqual(radios.map((r) => r.label), [...labels.map((l, k) => `${l}: ${item.levels[k]}`), NVT]);
    // The accessibility tree: a group named by the legend, holding the seven radios by name.
    const group = page.getByRole('group', { name: legend, exact: true });
    assert.equal(await group.count(), 1, `a group named "${legend}"`);
    for (const [k, name] of [...labels.map((l, k) => `${l}: ${item.levels[k]}`), NVT].entries()) {
      assert.equal(await group.getByRole('radio', { name, exact: true }).count(), 1, `radio ${k + 1} of "${legend}" is named by its descriptor`);
    }
    const snapshot = await fs.ariaSnapshot();
    const top = snapshot.split('\n')[0];
    assert.ok(/^- '?group /.test(top) && top.includes(item.text.slice(0, 40)), `aria snapshot of the fieldset: ${top}`);
    assert.equal((snapshot.match(/^\s*- 'radio |^\s*- radio /gm) || []).length, 7, 'seven radios in the tree');
  }
}

/** A whole scan with the keyboard only, from #/zelfscan to the results page. */
async function keyboardScan(page, fwId, answers) {
  const fw = FRAMEWORKS[fwId];
  const competences = competencesOf(fw);
  const total = competences.length;
  const items = competences.reduce((n, c) => n + c.items.length, 0);
  await go(page, '/zelfscan');
  await tabTo(page, `main a[href="#/zelfscan/${fwId}/stap/1"]`);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), `Begin ${fw.title}`);
  await page.keyboard.press('Enter');
  let answered = 0;
  let number = 1;
  for (const [k, competence] of competences.entries()) {
    const step = k + 1;
    await arrive(page, `#/zelfscan/${fwId}/stap/${step}`);
    assert.equal(await activeId(page), '', 'the heading has the focus after a step is drawn');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
    // Progress: the label, the native progress element, and the count of answers.
    const label = `Onderdeel ${step} van ${total}`;
    assert.equal(await text(page.locator('label[for="scan-progress"]')), label);
    const bar = page.getByRole('progressbar', { name: label, exact: true });
    assert.equal(await bar.count(), 1, `progressbar named "${label}"`);
    assert.equal(await bar.evaluate((p) => p.tagName), 'PROGRESS');
    assert.equal(await bar.getAttribute('value'), String(step));
    assert.equal(await bar.getAttribute('max'), String(total));
    assert.equal(await text(page.locator('#answered-count')), `${answered} van ${items} uitspraken beantwoord`);
    assert.equal(await text(page.locator('main form h2')), competence.title);
    assert.equal(await text(page.locator('main .domain-label')), `Domein ${competence.domain.code}: ${competence.domain.title}`);
    if (step === 1) await checkStepStructure(page, fw, competence, number);
    for (const item of competence.items) {
      await chooseByKeyboard(page, item.id, answers[item.id]);
      answered += 1;
      number += 1;
    }
    assert.equal(await text(page.locator('#answered-count')), `${answered} van ${items} uitspraken beantwoord`);
    const last = step === total;
    const next = last ? `#/zelfscan/${fwId}/uitslag` : `#/zelfscan/${fwId}/stap/${step + 1}`;
    await tabTo(page, `main .step-nav a.button[href="${next}"]`, 4);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), last ? 'Bekijk je uitslag →' : 'Volgende →');
    await page.keyboard.press('Enter');
  }
  await arrive(page, `#/zelfscan/${fwId}/uitslag`);
  // Everything was kept on this device, with nothing but answers, the step and versions.
  const saved = JSON.parse(await stored(page, progressKey(fwId)));
  assert.deepEqual(saved.answers, answers, 'the saved answers are the ones chosen');
  assert.deepEqual(Object.keys(saved).sort(), ['answers', 'completedAt', 'framework', 'frameworkVersion', 'measurementId', 'startedAt', 'step', 'version']);
  assert.match(saved.measurementId, /^m[a-z0-9]+-[a-z0-9]+$/, 'a random id, nothing personal');
}

/** Every part of the results page, against the profile computed from the answers. */
async function checkResults(page, fwId, answers, { fromCode = false } = {}) {
  const p = expectedProfile(FRAMEWORKS[fwId], answers);
  assert.equal(await text(page.locator('main h1')), `Uitslag: ${p.fw.title}`);
  assert.equal(await text(page.locator('main p.lead')),
    `${p.answered + p.notApplicable} van ${p.total} uitspraken beantwoord${p.notApplicable ? `, waarvan ${p.notApplicable} keer “niet van toepassing”` : ''}.`);
  assert.match(await text(page.locator('main .privacy-line')), fromCode ? /komt uit een resultaatcode/ : /staat alleen op dit apparaat\. Er staat geen naam in\./);

  // Domain summary.
  const domains = await page.$$eval('.domain-summary li', (lis) => lis.map((li) => [...li.querySelectorAll('p')].map((q) => q.textContent.trim())));
  assert.deepEqual(domains, p.domains.map((d) => [`${d.code}. ${d.title}`,
    d.score === null ? 'Nog geen score' : `${fmt(d.score)} · ${d.levelLabel}`,
    `${d.scored} van ${d.competences.length} competenties met een score`]));

  // The chart: an image with a title and a description, one bar per scored competence.
  const scored = p.competences.filter((c) => c.score !== null);
  const chart = page.getByRole('img', { name: 'Je niveau per competentie' });
  assert.equal(await chart.count(), 1, 'one chart named by its title');
  assert.equal(await chart.evaluate((svg) => svg.tagName.toLowerCase()), 'svg');
  const labelled = await chart.evaluate((svg) => svg.getAttribute('aria-labelledby').split(/\s+/)
    .map((id) => { const el = document.getElementById(id); return el && `${el.tagName.toLowerCase()}:${el.textContent}`; }));
  assert.equal(labelled[0], 'title:Je niveau per competentie');
  assert.match(labelled[1], /^desc:Staafdiagram met een staaf per competentie op de schaal van 1 tot en met 6\./);
  assert.equal(await chart.locator('rect.chart__bar').count(), scored.length, 'one bar per scored competence');
  assert.deepEqual(await chart.locator('text.chart__value').allTextContents(), scored.map((c) => fmt(c.score)));
  assert.deepEqual(await chart.locator('text.chart__label').allTextContents(), p.competences.map((c) => c.title));
  assert.equal(await chart.locator('text.chart__none').count(), p.competences.length - scored.length);
  // Longer bars for higher scores.
  const widths = await chart.locator('rect.chart__bar').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
  scored.forEach((a, i) => scored.forEach((b, j) => {
    if (a.score > b.score) assert.ok(widths[i] > widths[j], `bar of ${a.title} longer than ${b.title}`);
  }));

  // The table: one row per competence.
  assert.equal(await text(page.locator(`${RESULT_TABLE} caption`)), 'Je uitslag per competentie');
  assert.deepEqual(await rows(page, RESULT_TABLE), expectedTableRows(p));

  // Strengths and growth areas.
  assert.equal(await text(page.locator('#strengths-title')), 'Je sterke punten');
  assert.deepEqual(await page.locator('section[aria-labelledby="strengths-title"] li').allTextContents(), p.strengths.map((c) => c.title));
  assert.equal(await text(page.locator('#growth-title')), 'Waar je kunt groeien');
  const areas = page.locator('.growth-areas > li.growth-area');
  assert.equal(await areas.count(), p.growth.length);
  assert.ok(p.growth.length > 0);
  for (const [i, c] of p.growth.entries()) {
    const area = areas.nth(i);
    assert.equal(await text(area.locator('h3')), `${c.title} ${fmt(c.score)} · ${c.levelLabel}`);
    assert.equal(await text(area.locator('p').filter({ hasText: 'Een volgende stap' })), expectedNextStep(p, c));
    // Links to conversation starters whose tags match the competence, own guide first.
    const links = await area.locator('a[href^="#/gespreksstarters/"]').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    assert.ok(links.length >= 1 && links.length <= 4, `${c.title}: 1 to 4 conversation starters (${links.length})`);
    let previous = Infinity;
    for (const [href, linkText] of links) {
      const m = /^#\/gespreksstarters\/([^/]+)\/([^/]+)$/.exec(href);
      assert.ok(m, `link ${href}`);
      const topic = TOPICS.get(`${m[1]}/${m[2]}`);
      assert.ok(topic, `${href} is a topic of the guide`);
      assert.equal(linkText, `${topic.number} ${topic.title}`);
      const overlap = c.tags.filter((t) => topic.tags.includes(t)).length;
      assert.ok(overlap > 0, `${href} shares a tag with ${c.id}`);
      const rank = overlap * 10 + (topic.guide === p.fw.audience ? 5 : 0);
      assert.ok(rank <= previous, `${href} in order of relevance`);
      previous = rank;
    }
  }
  return p;
}

/** Opens the first conversation starter of the first growth area and checks it is that topic. */
async function followFirstTopicLink(page) {
  const link = page.locator('.growth-areas > li.growth-area').first().locator('a[href^="#/gespreksstarters/"]').first();
  const href = await link.getAttribute('href');
  const [, guide, topicId] = /^#\/gespreksstarters\/([^/]+)\/([^/]+)$/.exec(href);
  const topic = TOPICS.get(`${guide}/${topicId}`);
  await link.click();
  await arrive(page, href);
  assert.equal(await activeId(page), `item-${topicId}`, 'the topic has the focus');
  assert.equal(await text(page.locator(`#item-${topicId} .topic__title`)), `${topic.number} ${topic.title}`);
  assert.equal(await page.locator(`#item-${topicId} li.question`).count(), topic.questions.length);
}

// =======================================================================================
describe('a whole scan by keyboard only', () => {
  it('leraar: Begin, every fieldset by Tab/arrows/Space, "Volgende →" by Enter, then the results', async () => {
    const { page, problems, context } = await open(WIDE);
    await keyboardScan(page, 'leraar', LERAAR);
    const p = await checkResults(page, 'leraar', LERAAR);
    // The chosen answers make three strengths, three growth areas and two competences without a score.
    assert.deepEqual(p.strengths.map((c) => c.id), ['leraar-a-didactiek', 'leraar-a-toetsen', 'leraar-c-samen-leren']);
    assert.deepEqual(p.growth.map((c) => c.id), ['leraar-a-differentiatie', 'leraar-basis-ct', 'leraar-b-privacy']);
    assert.deepEqual(p.competences.filter((c) => c.score === null).map((c) => c.id), ['leraar-basis-media', 'leraar-b-communicatie']);
    const media = (await rows(page, RESULT_TABLE)).find((r) => r[0] === 'Mediawijsheid');
    assert.deepEqual(media.slice(2), ['te weinig antwoorden', '–', '1 van 4 (3× n.v.t.)']);
    // The finished measurement is remembered for a later comparison.
    const history = JSON.parse(await stored(page, HISTORY_KEY)).measurements;
    assert.equal(history.length, 1);
    assert.equal(history[0].framework, 'leraar');
    assert.equal(history[0].code, await page.inputValue('#result-code'));
    assert.equal(history[0].code, core.profile('leraar', LERAAR).code, 'the code is the one the module makes for these answers');
    await followFirstTopicLink(page);
    assertClean(assert, problems, 'keyboard scan leraar');
    await context.close();
  });

  it('leidinggevende: the whole scan by keyboard, then the results', async () => {
    const { page, problems, context } = await open(PHONE);
    await keyboardScan(page, 'leidinggevende', LEIDER);
    const p = await checkResults(page, 'leidinggevende', LEIDER);
    assert.deepEqual(p.strengths.map((c) => c.id),
      ['leidinggevende-integratie-organisatie', 'leidinggevende-innoveren-onderzoeken', 'leidinggevende-geletterd-ict-geletterdheid']);
    assert.deepEqual(p.growth.map((c) => c.id),
      ['leidinggevende-integratie-samen-leren', 'leidinggevende-integratie-visie', 'leidinggevende-innoveren-innoveren']);
    // 1,25 and 5,75 are rounded half up.
    const byTitle = Object.fromEntries((await rows(page, RESULT_TABLE)).map((r) => [r[0], r]));
    assert.deepEqual(byTitle['Bevorderen van samenwerking, leren en onderzoeken'].slice(2), ['1,3', 'Nieuwkomer', '4 van 4']);
    assert.deepEqual(byTitle['Realiseren van een coherente organisatie'].slice(2), ['5,8', 'Pionier', '4 van 4']);
    assert.deepEqual(byTitle['Strategisch omgaan met de omgeving'].slice(2), ['te weinig antwoorden', '–', '1 van 4 (3× n.v.t.)']);
    await followFirstTopicLink(page);
    assertClean(assert, problems, 'keyboard scan leidinggevende');
    await context.close();
  });
});

describe('stopping and resuming', () => {
  it('resumes at the saved step with the answers still selected, after a reload and from #/zelfscan', async () => {
    const { page, problems, context } = await open(WIDE);
    const competences = competencesOf(FRAMEWORKS.leraar);
    const partial = {};
    await go(page, '/zelfscan/leraar/stap/1');
    for (const [k, competence] of competences.slice(0, 3).entries()) {
      const items = k < 2 ? competence.items : competence.items.slice(0, 1); // step 3 only half done
      for (const item of items) {
        await page.check(`#a-${item.id}-${LERAAR[item.id]}`);
        partial[item.id] = LERAAR[item.id];
      }
      if (k < 2) {
        await page.click('main .step-nav a:text-is("Volgende →")');
        await arrive(page, `#/zelfscan/leraar/stap/${k + 2}`);
      }
    }
    const saved = JSON.parse(await stored(page, progressKey('leraar')));
    assert.deepEqual(saved.answers, partial);
    assert.equal(saved.step, 3);
    // Stop: reload, then come back through #/zelfscan.
    await page.reload();
    await waitForPage(page);
    await go(page, '/zelfscan');
    const card = page.locator('main li.card').filter({ hasText: FRAMEWORKS.leraar.title });
    const resume = card.getByRole('link', { name: 'Verder waar je was' });
    assert.equal(await resume.getAttribute('href'), '#/zelfscan/leraar/stap/3');
    assert.match(await text(card.locator('.card__actions')), new RegExp(`${Object.keys(partial).length} van ${ITEMS_LERAAR} beantwoord`));
    assert.equal(await card.getByRole('link', { name: 'Bekijk je uitslag tot nu toe' }).getAttribute('href'), '#/zelfscan/leraar/uitslag');
    // The other scan was not started.
    const other = page.locator('main li.card').filter({ hasText: FRAMEWORKS.leidinggevende.title });
    assert.equal(await other.getByRole('link', { name: /^Begin/ }).count(), 1);
    await resume.click();
    await arrive(page, '#/zelfscan/leraar/stap/3');
    assert.equal(await text(page.locator('label[for="scan-progress"]')), 'Onderdeel 3 van 17');
    for (const item of competences[2].items) {
      const want = partial[item.id];
      for (const value of [1, 2, 3, 4, 5, 6, 0]) {
        assert.equal(await page.isChecked(`#a-${item.id}-${value}`), want === value, `${item.id} = ${value}?`);
      }
    }
    assert.equal(await text(page.locator('#answered-count')), `${Object.keys(partial).length} van ${ITEMS_LERAAR} uitspraken beantwoord`);
    // Earlier steps kept their answers too.
    await page.click('main .step-nav a:text-is("← Vorige")');
    await arrive(page, '#/zelfscan/leraar/stap/2');
    for (const item of competences[1].items) assert.equal(await page.isChecked(`#a-${item.id}-${LERAAR[item.id]}`), true);
    // Going on from where we were: the rest of step 3 by keyboard.
    await go(page, '/zelfscan/leraar/stap/3');
    await tabTo(page, `#a-${competences[2].items[0].id}-${LERAAR[competences[2].items[0].id]}`, 2); // the checked radio of the answered group
    for (const item of competences[2].items.slice(1)) await chooseByKeyboard(page, item.id, LERAAR[item.id]);
    assert.equal(JSON.parse(await stored(page, progressKey('leraar'))).answers[competences[2].items[2].id], LERAAR[competences[2].items[2].id]);
    assertClean(assert, problems, 'resume');
    await context.close();
  });

  it('"Wis mijn gegevens" asks first, then clears only the zelfscan data', async () => {
    const { page, problems, context } = await open(WIDE);
    const agenda = JSON.stringify({ version: 1, title: 'Overleg', items: [] });
    await seed(context, {
      'other-app': 'blijft staan',
      'samenwijs:agenda': agenda,
      [progressKey('leraar')]: progressJson('leraar', { 'leraar-basis-ict-1': 4, 'leraar-basis-ict-2': 0 }, 17),
      [progressKey('leidinggevende')]: progressJson('leidinggevende', { 'leidinggevende-integratie-visie-1': 3 }, 2),
      [HISTORY_KEY]: JSON.stringify([{ framework: 'leraar', code: core.profile('leraar', LERAAR).code, month: '2026-01' }]),
    });
    await go(page, '/zelfscan');
    assert.equal(await page.getByRole('link', { name: 'Verder waar je was' }).count(), 2);
    const dialogs = [];
    // First "Annuleren": nothing is removed.
    page.once('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    await page.click('button:text-is("Wis mijn gegevens")');
    assert.equal(dialogs.length, 1);
    assert.equal(dialogs[0], 'Alle antwoorden en eerdere uitslagen van de zelfscan op dit apparaat wissen?');
    assert.notEqual(await stored(page, progressKey('leraar')), null, 'nothing removed after cancelling');
    assert.notEqual(await stored(page, HISTORY_KEY), null);
    // Then "OK".
    page.once('dialog', (d) => { dialogs.push(d.type()); d.accept(); });
    await page.click('button:text-is("Wis mijn gegevens")');
    assert.equal(dialogs[1], 'confirm');
    await page.waitForFunction(() => document.querySelectorAll('main a.button').length === 2
      && [...document.querySelectorAll('main a.button')].every((a) => a.textContent.startsWith('Begin')));
    await waitForPage(page);
    const keys = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
    assert.deepEqual(keys, { 'other-app': 'blijft staan', 'samenwijs:agenda': agenda }, 'only the zelfscan keys are gone');
    await page.waitForFunction(() => /gegevens van de zelfscan zijn gewist/.test(document.getElementById('announcer').textContent));
    assertClean(assert, problems, 'wipe');
    await context.close();
  });
});

describe('a browser without storage', () => {
  const VARIANTS = [
    ['localStorage itself throws', () => {
      Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });
    }],
    ['setItem throws', () => {
      Storage.prototype.setItem = function setItem() { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    }],
  ];
  for (const [what, breakStorage] of VARIANTS) {
    it(`(${what}) still runs the whole scan and says progress will not be kept`, async () => {
      const { page, problems, context } = await open(WIDE);
      await context.addInitScript(breakStorage);
      await go(page, '/zelfscan');
      assert.match(await text(page.locator('main .privacy-line')),
        /Let op: deze browser staat geen opslag toe\. De zelfscan werkt, maar je voortgang wordt niet bewaard als je de pagina sluit\./);
      await page.click('main a.button[href="#/zelfscan/leidinggevende/stap/1"]');
      const competences = competencesOf(FRAMEWORKS.leidinggevende);
      let answered = 0;
      for (const [k, competence] of competences.entries()) {
        await arrive(page, `#/zelfscan/leidinggevende/stap/${k + 1}`);
        assert.equal(await text(page.locator('main p.notice')),
          'Deze browser staat geen opslag toe: de zelfscan werkt, maar je antwoorden worden niet bewaard als je de pagina sluit.');
        assert.equal(await text(page.locator('#answered-count')), `${answered} van 28 uitspraken beantwoord`,
          `step ${k + 1}: the answers given in this tab on earlier steps are still counted`);
        for (const item of competence.items) await page.check(`#a-${item.id}-${LEIDER[item.id]}`);
        answered += competence.items.length;
        await page.click(`main .step-nav a.button:text-is("${k + 1 < competences.length ? 'Volgende →' : 'Bekijk je uitslag →'}")`);
      }
      await arrive(page, '#/zelfscan/leidinggevende/uitslag');
      // The answers given in this tab are the results, though nothing could be saved.
      // "Antwoorden aanpassen" returns to the step the user came from (the last one).
      await page.click('main a:text-is("Antwoorden aanpassen")');
      await arrive(page, '#/zelfscan/leidinggevende/stap/7');
      for (const item of competences[6].items) {
        assert.equal(await page.isChecked(`#a-${item.id}-${LEIDER[item.id]}`), true, `${item.id} is still selected when going back`);
      }
      await page.goBack();
      await arrive(page, '#/zelfscan/leidinggevende/uitslag');
      await checkResults(page, 'leidinggevende', LEIDER);
      assertClean(assert, problems, `no storage (${what})`);
      await context.close();
    });
  }
});

describe('damaged saved progress', () => {
  // (The six ways data used to get lost are attacked in storage.test.mjs; here the three
  // kinds of damage of the first version of this file.)
  const CASES = [
    ['invalid JSON', '{"version":1,"framework":"leraar","answers":{"leraar-basis-ict-1":3', { 'leraar-basis-ict-1': 3 },
      /Je opgeslagen antwoorden waren beschadigd\. 1 antwoord konden we redden: dat staat weer ingevuld\./],
    ['an unknown item id', progressJson('leraar', { 'leraar-basis-ict-1': 3, 'bestaat-niet-99': 2 }, 2), { 'leraar-basis-ict-1': 3 },
      /1 antwoord hoort niet bij deze versie van de zelfscan\./],
    ['frameworkVersion 99', progressJson('leraar', { 'leraar-basis-ict-1': 3 }, 1, 99), { 'leraar-basis-ict-1': 3 },
      /Je opgeslagen antwoorden horen bij een andere versie van deze zelfscan \(versie 99, nu versie 2\)\./],
  ];
  for (const [what, raw, kept, message] of CASES) {
    it(`(${what}) is explained in Dutch, the valid answers are kept and saved, the original is kept aside until the user chooses`, async () => {
      const { page, problems, context } = await open(PHONE);
      await seed(context, { [progressKey('leraar')]: raw });
      await go(page, '/zelfscan');
      await page.locator('main li.card').filter({ hasText: FRAMEWORKS.leraar.title }).locator('a.button').click();
      await page.waitForFunction(() => /^#\/zelfscan\/leraar\/stap\/\d+$/.test(location.hash));
      await waitForPage(page);
      const alert = page.locator('main [role="alert"]');
      assert.equal(await alert.count(), 1);
      assert.equal(await text(alert.locator('h2')), 'Je eerdere antwoorden waren niet helemaal te lezen');
      assert.match(await text(alert), message);
      assert.doesNotMatch(await text(alert), /bestaat|undefined/);
      assert.deepEqual(JSON.parse(await stored(page, progressKey('leraar'))).answers, kept, 'the valid answers are saved');
      if (new URL(page.url()).hash !== '#/zelfscan/leraar/stap/1') await go(page, '/zelfscan/leraar/stap/1');
      await page.check('#a-leraar-basis-ict-2-5');
      assert.deepEqual(JSON.parse(await stored(page, progressKey('leraar'))).answers, { ...kept, 'leraar-basis-ict-2': 5 }, 'new answers are saved');
      const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Bewaar de oude gegevens als bestand' }).click()]);
      assert.equal(download.suggestedFilename(), 'samenwijs-oude-zelfscan-leraar.json');
      assert.equal(await readFile(await download.path(), 'utf8'), raw);
      page.once('dialog', (d) => d.accept());
      await alert.getByRole('button', { name: 'Gooi de oude gegevens weg' }).click();
      assert.equal(await alert.count(), 0);
      assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('apart'))), []);
      assertClean(assert, problems, `damaged progress (${what})`);
      await context.close();
    });
  }
});

describe('the result code and file', () => {
  it('exports the code and a file without personal data, re-imports the code, and explains bad codes in Dutch', async () => {
    const { page, problems, context } = await open(WIDE);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.env.origin });
    await seed(context, { [progressKey('leraar')]: progressJson('leraar', LERAAR, 17) });
    await go(page, '/zelfscan/leraar/uitslag');
    const code = await page.inputValue('#result-code');
    assert.match(code, /^SW2-[0-9A-HJKMNP-TV-Z]+$/, 'an SW2 code: Crockford base32, no letters that look alike');
    assert.equal(await page.getAttribute('#result-code', 'readonly'), '');
    assert.equal(await text(page.locator('label[for="result-code"]')), 'Je resultaatcode');
    assert.equal(code, core.profile('leraar', LERAAR).code);
    await page.click('button:text-is("Kopieer code")');
    await page.waitForFunction(() => /De code is gekopieerd\./.test(document.getElementById('announcer').textContent));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
    const table = await rows(page, RESULT_TABLE);
    assert.deepEqual(table, expectedTableRows(expectedProfile(FRAMEWORKS.leraar, LERAAR)));

    // The file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:text-is("Download als bestand")')]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(file.format, 'samenwijs-zelfscan');
    assert.equal(file.framework, 'leraar');
    assert.equal(file.code, code);
    assert.deepEqual(file.answers, LERAAR);
    assert.deepEqual(Object.keys(file).sort(), ['answers', 'code', 'date', 'format', 'formatVersion', 'framework', 'frameworkVersion']);
    const today = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; });
    assert.equal(file.date, today, 'the file is dated (the day of the measurement)');
    assert.equal(download.suggestedFilename(), `zelfscan-leraar-${today}.json`);
    const allKeys = JSON.stringify(file, (k, v) => v).match(/"[^"]+":/g).map((k) => k.slice(1, -2));
    assert.ok(!allKeys.some((k) => /naam|name|mail|school|tijd|time|user|gebruiker|ip|device|apparaat/i.test(k)), `no personal keys: ${allKeys}`);
    await page.waitForFunction(() => /gedownload als zelfscan-leraar-\d{4}-\d\d-\d\d\.json/.test(document.getElementById('announcer').textContent));

    // Re-import on #/zelfscan.
    await go(page, '/zelfscan');
    await page.getByLabel('Resultaatcode', { exact: true }).fill(code);
    await page.click('button:text-is("Bekijk uitslag")');
    await arrive(page, `#/zelfscan/code?c=${code}`);
    assert.deepEqual(await rows(page, RESULT_TABLE), table, 'the same table from the code');
    await checkResults(page, 'leraar', LERAAR, { fromCode: true });
    assert.equal(await page.getByRole('button', { name: 'Nieuwe meting beginnen' }).count(), 0);
    assert.equal(await page.inputValue('#result-code'), code);
    // A deep link to the code page survives a reload.
    await page.reload();
    await waitForPage(page);
    assert.deepEqual(await rows(page, RESULT_TABLE), table);
    // Typed in lower case, with spaces, a non-breaking and a zero-width space: the same result.
    await go(page, '/zelfscan');
    const typed = `${code.slice(0, 10).toLowerCase()} ${code.slice(10, 20).toLowerCase()}\u00a0${code.slice(20, 30)}\u200b${code.slice(30).toLowerCase()}`;
    await page.getByLabel('Resultaatcode', { exact: true }).fill(typed);
    await page.click('button:text-is("Bekijk uitslag")');
    await arrive(page, `#/zelfscan/code?c=${code}`);
    assert.deepEqual(await rows(page, RESULT_TABLE), table, 'the same table from the typed code');
    // A 1 MB paste: the one Dutch message for a code that is too long.
    await go(page, '/zelfscan');
    await page.fill('#code', `${code}${'A'.repeat(1 << 20)}`);
    await page.press('#code', 'Enter');
    await page.waitForFunction(() => document.getElementById('code-error').textContent !== '');
    assert.equal(await text(page.locator('#code-error')), 'De code is te lang: er staat iets achter, of er zijn twee codes aan elkaar geplakt.');

    // A corrupted code: one character changed.
    await go(page, '/zelfscan');
    const at = 12;
    const corrupted = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    await page.fill('#code', corrupted);
    await page.press('#code', 'Enter');
    await page.waitForFunction(() => document.getElementById('code-error').textContent !== '');
    assert.equal(await text(page.locator('#code-error')), 'De code klopt niet: een of meer tekens zijn veranderd of weggevallen. Kopieer de code opnieuw.');
    assert.equal(await page.getAttribute('#code-error', 'role'), 'alert');
    assert.equal(await page.getAttribute('#code', 'aria-invalid'), 'true');
    assert.equal(await activeId(page), 'code');
    assert.equal(new URL(page.url()).hash, '#/zelfscan', 'stays on the start page');
    await page.fill('#code', 'hallo');
    await page.press('#code', 'Enter');
    await page.waitForFunction(() => /begint met SW2-/.test(document.getElementById('code-error').textContent));

    // A code of the other scan, in the comparison of this result.
    await go(page, `/zelfscan/code?c=${code}`);
    const leaderCode = core.profile('leidinggevende', LEIDER).code;
    await page.fill('#compare-code', leaderCode);
    await page.click('main form button:text-is("Vergelijk")');
    await page.waitForFunction(() => document.getElementById('compare-error').textContent !== '');
    assert.equal(await text(page.locator('#compare-error')),
      `Deze code hoort bij “${FRAMEWORKS.leidinggevende.title}”, niet bij “${FRAMEWORKS.leraar.title}”.`);
    assert.equal(await page.locator('.comparison').count(), 0);
    assertClean(assert, problems, 'code and file');
    await context.close();
  });
});

describe('comparing with an earlier measurement', () => {
  it('shows what grew after a new measurement: from this device, from a pasted code and from the saved file', async () => {
    const { page, problems, context } = await open(WIDE);
    const fw = FRAMEWORKS.leidinggevende;
    const competences = competencesOf(fw);
    await seed(context, { [progressKey('leidinggevende')]: progressJson('leidinggevende', LEIDER, 7) });
    // The first measurement, finished on this device.
    await go(page, '/zelfscan/leidinggevende/stap/7');
    await page.click('main a.button:text-is("Bekijk je uitslag →")');
    await arrive(page, '#/zelfscan/leidinggevende/uitslag');
    const firstCode = await page.inputValue('#result-code');
    assert.equal(await page.locator('main button:has-text("Vergelijk met")').count(), 0, 'nothing earlier to compare with yet');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:text-is("Download als bestand")')]);
    const firstFile = await download.path();

    // A new measurement: first cancelled, then confirmed.
    const dialogs = [];
    page.once('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    await page.click('button:text-is("Nieuwe meting beginnen")');
    assert.match(dialogs[0], /^Een nieuwe meting beginnen\? Je huidige meting wordt eerst bewaard bij Mijn metingen/);
    assert.equal(new URL(page.url()).hash, '#/zelfscan/leidinggevende/uitslag');
    assert.deepEqual(JSON.parse(await stored(page, progressKey('leidinggevende'))).answers, LEIDER);
    page.once('dialog', (d) => d.accept());
    await page.click('button:text-is("Nieuwe meting beginnen")');
    await arrive(page, '#/zelfscan/leidinggevende/stap/1');
    assert.equal(await text(page.locator('#answered-count')), '0 van 28 uitspraken beantwoord');
    assert.equal(await page.locator('main input[type="radio"]:checked').count(), 0);
    for (const [k, competence] of competences.entries()) {
      if (k > 0) await arrive(page, `#/zelfscan/leidinggevende/stap/${k + 1}`);
      for (const item of competence.items) await page.check(`#a-${item.id}-${LEIDER_2[item.id]}`);
      await page.click(`main .step-nav a.button:text-is("${k + 1 < competences.length ? 'Volgende →' : 'Bekijk je uitslag →'}")`);
    }
    await arrive(page, '#/zelfscan/leidinggevende/uitslag');
    await checkResults(page, 'leidinggevende', LEIDER_2);
    assert.notEqual(await page.inputValue('#result-code'), firstCode);

    // The expected comparison.
    const before = expectedProfile(fw, LEIDER).competences;
    const now = expectedProfile(fw, LEIDER_2).competences;
    const expected = now.map((c, i) => {
      const e = before[i].score;
      const l = c.score;
      if (e === null || l === null) return [c.title, fmt(e), fmt(l), '–', 'niet te vergelijken'];
      const delta = l - e;
      const change = round1(delta);
      const direction = delta >= 0.5 ? 'gegroeid' : delta <= -0.5 ? 'gedaald' : 'ongeveer gelijk';
      return [c.title, fmt(e), fmt(l), `${change > 0 ? '+' : ''}${fmt(change)}`, direction];
    });
    const grew = expected.filter((r) => r[4] === 'gegroeid').map((r) => r[0]);
    assert.deepEqual(grew, ['Visie en richting op het gebruik van ict', 'Bevorderen van samenwerking, leren en onderzoeken'], 'the raised competences grew');
    const checkComparison = async (how) => {
      await page.waitForSelector('.comparison');
      assert.equal(await text(page.locator('#compare-error')), '', `no error (${how})`);
      assert.equal(await activeId(page), 'comparison-title', `focus on the comparison (${how})`);
      const table = '.comparison table';
      assert.deepEqual(await page.$$eval(`${table} thead th`, (ths) => ths.map((t) => t.textContent)),
        ['Competentie', 'Eerder', 'Nu', 'Verschil', 'Beoordeling']);
      assert.deepEqual(await rows(page, table), expected, `comparison table (${how})`);
      assert.equal(await text(page.locator('.comparison > p').first()),
        `Gegroeid: ${grew.join(', ')}. Gedaald: Onderzoeken, analyseren en problemen oplossen met ict.`);
      assert.deepEqual(await page.$$eval(`${table} tr.change--grew th`, (ths) => ths.map((t) => t.textContent)), grew);
    };

    // 1. The earlier measurement on this device.
    const deviceButton = page.getByRole('button', { name: /^Vergelijk met \d{1,2} [a-z]+ \d{4}, \d\d:\d\d$/ });
    assert.equal(await deviceButton.count(), 1);
    await deviceButton.click();
    await checkComparison('this device');
    const history = JSON.parse(await stored(page, HISTORY_KEY)).measurements;
    assert.deepEqual(history.map((e) => e.code), [firstCode, await page.inputValue('#result-code')]);

    // 2. A pasted code.
    await redraw(page);
    assert.equal(await page.locator('.comparison').count(), 0);
    await page.getByLabel('Resultaatcode van een eerdere meting').fill(firstCode);
    await page.click('main form button:text-is("Vergelijk")');
    await checkComparison('pasted code');

    // 3. The saved file.
    await redraw(page);
    await page.setInputFiles('#compare-file', firstFile);
    await checkComparison('file');
    // An edited file is refused.
    const edited = JSON.parse(await readFile(firstFile, 'utf8'));
    edited.answers['leidinggevende-integratie-visie-1'] = 6;
    await redraw(page);
    await page.setInputFiles('#compare-file', { name: 'aangepast.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) });
    await page.waitForFunction(() => document.getElementById('compare-error').textContent !== '');
    assert.match(await text(page.locator('#compare-error')), /het bestand is aangepast/);
    assertClean(assert, problems, 'compare');
    await context.close();
  });
});

describe('printing the results', () => {
  it('makes an A4 PDF of at least two pages; print hides the navigation and the comparison, keeps chart and table', async () => {
    const { page, problems, context } = await open(WIDE);
    await seed(context, { [progressKey('leraar')]: progressJson('leraar', LERAAR, 17) });
    await go(page, '/zelfscan/leraar/uitslag');
    assert.equal(await page.isVisible('#compare-code'), true, 'the comparison is on screen');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-nav', '.site-footer', '.breadcrumbs', '#compare-title', '#compare-code', '#compare-file']) {
      assert.equal(await page.isVisible(hidden), false, `${hidden} is hidden in print`);
    }
    assert.equal(await page.locator('main button:visible').count(), 0, 'no buttons in print');
    assert.equal(await page.isVisible('svg.chart'), true, 'the chart is printed');
    assert.equal(await page.isVisible(RESULT_TABLE), true, 'the table is printed');
    assert.equal(await page.isVisible('main h1'), true);
    assert.equal(await page.isVisible('#result-code'), true, 'the code is printed');
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
    assert.ok(pages >= 2, `expected at least 2 A4 pages, got ${pages}`);
    // The print is dated and prints the web address of every reading tip.
    assert.match(await text(page.locator('.print-date')), /^Afgedrukt op \d{1,2} [a-z]+ \d{4}/);
    const tipAfter = await page.$eval('.growth-area a[href^="http"]', (a) => [getComputedStyle(a, '::after').content, a.href]);
    assert.ok(tipAfter[0].includes(tipAfter[1]), `the address is printed after the tip: ${tipAfter[0]}`);
    // An open comparison is printed too, without its controls.
    await page.emulateMedia({ media: 'screen' });
    await page.fill('#compare-code', core.profile('leraar', { 'leraar-basis-ict-1': 2, 'leraar-basis-ict-2': 2 }).code);
    await page.click('main form button:text-is("Vergelijk")');
    await page.waitForSelector('.comparison table');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('.comparison table'), true, 'the open comparison is printed');
    assert.equal(await page.isVisible('#compare-code'), false, 'its controls are not');
    assertClean(assert, problems, 'print');
    await context.close();
  });
});

describe('accessibility', () => {
  it('has no WCAG 2.1 A/AA violations on #/zelfscan, a step (phone and wide), the results and the code page', async () => {
    const { page, problems, context } = await open(PHONE);
    const check = async (where) => assert.deepEqual(await axeViolations(page), [], `axe violations on ${where}`);
    const noSidewaysScroll = async (where) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${where} scrolls sideways (${overflow}px)`);
    };
    await go(page, '/zelfscan');
    await check('#/zelfscan (phone)');
    await page.click('button:text-is("Bekijk uitslag")');
    await page.waitForFunction(() => document.getElementById('code-error').textContent !== '');
    await check('#/zelfscan with a code error (phone)');
    await go(page, '/zelfscan/leraar/stap/5');
    await page.check('#a-leraar-a-didactiek-1-4');
    await check('a step (phone 360)');
    await noSidewaysScroll('a step on a phone');
    await page.setViewportSize(WIDE);
    await go(page, '/zelfscan/leidinggevende/stap/1');
    await check('a step (wide 1366)');
    await page.setViewportSize(PHONE);
    await go(page, '/zelfscan/leraar/uitslag');
    await check('the results (phone, few answers)');
    await page.setViewportSize(WIDE);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [progressKey('leraar'), progressJson('leraar', LERAAR, 17)]);
    await go(page, '/zelfscan/leraar/uitslag');
    await page.reload();
    await waitForPage(page);
    assert.equal(await page.locator('.growth-areas > li').count(), 3);
    await check('the results (wide)');
    await page.fill('#compare-code', core.profile('leraar', { ...LERAAR, 'leraar-a-differentiatie-1': 4 }).code);
    await page.click('main form button:text-is("Vergelijk")');
    await page.waitForSelector('.comparison');
    await check('the results with a comparison');
    await go(page, `/zelfscan/code?c=${core.profile('leraar', LERAAR).code}`);
    await check('the code page');
    await page.setViewportSize(PHONE);
    await check('the code page (phone)');
    await go(page, `/zelfscan/leraar/stap/1`);
    await page.evaluate(([key]) => localStorage.setItem(key, '{kapot'), [progressKey('leraar')]);
    await page.reload();
    await waitForPage(page);
    assert.equal(await page.locator('main [role="alert"]').count(), 1);
    await check('a step with damaged progress');
    assertClean(assert, problems, 'accessibility run');
    await context.close();
  });
});

// Netwerkcheck: the overview with its four parts, a whole readiness scan by keyboard
// (checked against the rules computed here from the content), the advice on the kind of
// network (scored here too), the network plan (fill, reload, Markdown/JSON download,
// import, refusals, print on A4), the personal network map (added by keyboard, table, SVG,
// summary, remove, reload, JSON/CSV download, import, refusal) and damaged saved state.
// One Chromium for the file, a new context (fresh localStorage) per test; every test ends
// with no console errors, no page errors and no request to another origin.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { axeViolations, waitForPage } from '../support/browser.mjs';
import { assertClean, startModule, startSite } from './site-fixture.mjs';

const PHONE = { width: 360, height: 740 };
const WIDE = { width: 1366, height: 900 };
const PLAN_KEY = 'samenwijs:netwerk:plan';
const MAP_KEY = 'samenwijs:netwerk:kaart';
const READINESS_KEY = 'samenwijs:netwerk:gereedheid';

// The content the site is built from: the expected answers come from here, not from the page.
const load = (name) => JSON.parse(readFileSync(new URL(`../../content/network/${name}`, import.meta.url), 'utf8'));
const READINESS = load('readiness.json');
const KINDS = load('kinds.json');
const PLAN_HELP = load('plan.json');

let env;
before(async () => { env = await startSite(); });
after(async () => { await env.close(); });

async function go(page, route) {
  await page.goto(`${env.site.url}#${route}`);
  await waitForPage(page);
  await startModule(page);
}

const clean = (s) => s.replace(/\s+/g, ' ').trim();
const textOf = async (page, selector) => clean(await page.textContent(selector));
const texts = (page, selector) => page.$$eval(selector, (els) => els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);
const active = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return { tag: a.tagName, id: a.id, type: a.type || null, name: a.name || null, text: a.textContent.trim() };
});

/** Puts `raw` in localStorage under `key` once per tab, before the site's scripts run. */
async function seed(context, key, raw) {
  await context.addInitScript(([k, value]) => {
    try {
      if (!location.protocol.startsWith('http') || sessionStorage.getItem(`test:seeded:${k}`)) return;
      localStorage.setItem(k, value);
      sessionStorage.setItem(`test:seeded:${k}`, '1');
    } catch { /* about:blank has no storage */ }
  }, [key, raw]);
}

/** Presses Tab until `check(activeElement)` holds; returns the number of presses. */
async function tabUntil(page, selector, max, what) {
  for (let i = 1; i <= max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return i;
  }
  return assert.fail(`Tab never reached ${what || selector} within ${max} presses (at ${JSON.stringify(await active(page))})`);
}

async function expectAxeClean(page, where) {
  assert.deepEqual(await axeViolations(page), [], `axe violations on ${where}`);
}

async function downloadOf(page, buttonName) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName, exact: true }).click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8'), path: await download.path() };
}

// A PNG file (signature and IHDR chunk start): certainly not a plan or a map.
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

// ---- the readiness rules, computed here from the content ---------------------------------

const LEVEL_LABEL = { 2: 'Ja', 1: 'Deels', 0: 'Nee' };
const BADGE = { inPlace: 'Op orde', attention: 'Aandacht nodig', missing: 'Ontbreekt', unknown: 'Nog niet beantwoord' };

function conditionsFor(phase) {
  // In the order the page shows them: per group, in content order.
  return READINESS.groups.flatMap((g) => READINESS.conditions.filter((c) => c.group === g.id && c.phases.includes(phase)));
}

function statusOf(condition, answers) {
  const given = condition.statements.map((s) => answers[s.id]).filter((v) => v !== undefined);
  if (!given.length) return 'unknown';
  if (given.every((v) => v === 2)) return 'inPlace'; // "deels" is partial, never met
  const average = given.reduce((a, b) => a + b, 0) / given.length;
  return average < 0.75 ? 'missing' : 'attention';
}

// The rule of core/src/readiness.cpp, from the weights and blocking flags in the content.
function expectedReadiness(phase, answers) {
  const conditions = READINESS.conditions.filter((c) => c.phases.includes(phase)).map((c) => ({ ...c, status: statusOf(c, answers) }));
  const totals = { inPlace: 0, attention: 0, missing: 0, unknown: 0 };
  let earned = 0;
  let possible = 0;
  for (const c of conditions) {
    totals[c.status] += 1;
    if (c.status === 'unknown') continue;
    possible += c.weight;
    earned += c.status === 'inPlace' ? c.weight : c.status === 'attention' ? c.weight / 2 : 0;
  }
  const score = possible ? Math.round((100 * earned) / possible) : 0;
  const blockingMissing = conditions.filter((c) => c.blocking && c.status === 'missing');
  const blockingPartial = conditions.filter((c) => c.blocking && c.status === 'attention');
  const verdict = totals.unknown === conditions.length ? 'empty'
    : blockingMissing.length ? 'blocked'
      : score < 60 ? 'notYet'
        : blockingPartial.length ? 'almostBlocking'
          : totals.missing > 0 || score < 85 ? 'almost'
            : totals.unknown > 0 ? 'incomplete'
              : totals.attention > 0 ? 'readyWithAttention' : 'ready';
  const heavierFirst = (list) => list.map((c, i) => [c, i]).sort((a, b) => b[0].weight - a[0].weight || a[1] - b[1]).map(([c]) => c);
  const blocking = [...blockingMissing, ...blockingPartial];
  const priorities = [...blocking, ...heavierFirst(conditions.filter((c) => !c.blocking && c.status === 'missing')),
    ...heavierFirst(conditions.filter((c) => !c.blocking && c.status === 'attention'))].slice(0, Math.max(3, blocking.length));
  return { conditions, totals, verdict, priorities, blocking, score };
}

/** A deterministic mix of answers: per condition a pattern, per statement a step in it. */
function answerFor(conditionIndex, statementIndex) {
  const patterns = [[2, 2, 2, 2], [2, 1, 2, 1], [1, 0, 2, 1], [0, 0, 1, 0], [2, 2, 1, 2], [1, 1, 1, 1]];
  return patterns[conditionIndex % patterns.length][statementIndex];
}

/**
 * Answers the radio group of `statementId` with the keyboard: Tab (past the "Waarom"
 * summary) lands on its first radio, Space checks "Ja", the arrow keys move and check.
 */
async function answerByKeyboard(page, statementId, value) {
  const presses = await tabUntil(page, `input[name="s-${statementId}"]`, 2, statementId);
  assert.ok(presses <= 2);
  const first = await active(page);
  assert.equal(first.id, `s-${statementId}-2`, `Tab lands on "Ja" of ${statementId}`);
  if (value === 2) await page.keyboard.press('Space');
  else for (let i = 0; i < 2 - value; i += 1) await page.keyboard.press('ArrowDown');
  assert.equal((await active(page)).id, `s-${statementId}-${value}`);
  assert.equal(await page.isChecked(`#s-${statementId}-${value}`), true, `${statementId} = ${LEVEL_LABEL[value]}`);
}

async function checkReadinessResult(page, phase, answers) {
  const expected = expectedReadiness(phase, answers);
  assert.equal(await page.locator('.readiness-result .verdict').getAttribute('class'), `verdict verdict--${expected.verdict}`);
  const totals = await texts(page, '.readiness-result ul.totals li');
  assert.deepEqual(totals.slice(0, 3), [`${expected.totals.inPlace} op orde`, `${expected.totals.attention} met aandacht nodig`,
    `${expected.totals.missing} ontbreken`]);
  if (expected.totals.unknown) assert.equal(totals[3], `${expected.totals.unknown} nog niet beantwoord`);
  else assert.equal(totals.length, 3);
  // One badge per condition of the phase, each as the rules say.
  const rows = await page.$$eval('.readiness-result .condition-result', (lis) => lis.map((li) => ({
    badge: li.querySelector('.status-badge').textContent.trim(), title: li.querySelector('strong').textContent.trim() })));
  assert.equal(rows.length, expected.conditions.length, 'one result per condition of the phase');
  const badges = Object.fromEntries(rows.map((r) => [r.title, r.badge]));
  assert.equal(Object.keys(badges).length, rows.length, 'condition titles are unique');
  for (const c of expected.conditions) assert.equal(badges[c.title], BADGE[c.status], `status of ${c.id}`);
  // The priorities: next steps, missing ones first.
  const priorities = await texts(page, '.readiness-result h3:text-is("Begin hiermee") + ol > li');
  assert.deepEqual(priorities, expected.priorities.map((c) => clean(`${c.title}: ${c.status === 'missing' ? c.nextSteps.missing : c.nextSteps.attention}`)));
  return expected;
}

// ---- kind advice, scored here ------------------------------------------------------------

function expectedAdvice(goals, people) {
  const scored = KINDS.kinds.map((k, i) => ({ ...k, i,
    score: 3 * k.goals.filter((g) => goals.includes(g)).length + 2 * k.participants.filter((p) => people.includes(p)).length }));
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.map((k) => ({ ...k, fit: k.score >= 5 ? 'good' : k.score >= 2 ? 'possible' : 'weak' }));
}

function focusOf(goals) {
  const focuses = new Set(KINDS.goals.filter((g) => goals.includes(g.id)).map((g) => g.focus));
  return focuses.size === 2 ? 'both' : focuses.size ? [...focuses][0] : '';
}

// ---- the network plan ---------------------------------------------------------------------

const FULL_PLAN = {
  title: 'Formatief handelen met ict, regio Oost',
  kind: 'soort-plg',
  goal: 'Leerlingen in groep 6 tot en met 8 krijgen vaker feedback op hun werk.\nDaarvoor zetten leraren digitale werkvormen in.',
  form: 'Een regionaal netwerk rond het thema formatief handelen.',
  owner: 'De vier directeuren zijn samen eigenaar.\nZij beslissen over budget en looptijd.',
  sizeMin: 8,
  sizeIdeal: 12,
  sizeMax: 14,
  duration: 'Twee schooljaren, zes bijeenkomsten per jaar.',
  participants: 'Per school twee leraren en de i-coach.',
  expectations: 'Van deelnemers: één werkvorm uitproberen in de eigen klas.\nVan het netwerk: voorbeelden en feedback.',
  funding: 'Het bestuur betaalt de begeleiding en de catering.',
  facilitator: 'Een i-coach bewaakt het proces.',
  workingForms: 'Lesvoorbeelden bespreken in duo\'s; één gastspreker per jaar.',
  betweenMeetings: 'Een besloten Teams-groep voor vragen en materiaal.',
  sharing: 'Een workshop op de studiedag in het tweede jaar.',
  evaluation: {
    reaction: 'Na elke bijeenkomst een cijfer en één tip.',
    learning: 'Dezelfde korte opdracht aan het begin en na een jaar.',
    behaviour: 'Duo\'s bezoeken elkaars les en houden een logboek bij.',
    results: 'Korte gesprekken met leerlingen over feedback.',
  },
};
const TEXT_FIELDS = ['goal', 'form', 'owner', 'duration', 'participants', 'expectations', 'funding', 'facilitator', 'workingForms', 'betweenMeetings', 'sharing'];
const EVAL_KEYS = ['reaction', 'learning', 'behaviour', 'results'];
const KIND_TITLE = Object.fromEntries(KINDS.kinds.map((k) => [k.id, k.title]));
const SECTION_TITLE = Object.fromEntries(PLAN_HELP.sections.map((s) => [s.field, s.title]));

async function planFieldValues(page) {
  const v = { title: await page.inputValue('#plan-title'), kind: await page.inputValue('#plan-kind') };
  for (const f of TEXT_FIELDS) v[f] = await page.inputValue(`#plan-${f}`);
  const num = async (id) => { const s = await page.inputValue(id); return s === '' ? null : Number(s); };
  v.sizeMin = await num('#plan-size-min');
  v.sizeIdeal = await num('#plan-size-ideal');
  v.sizeMax = await num('#plan-size-max');
  v.evaluation = {};
  for (const k of EVAL_KEYS) v.evaluation[k] = await page.inputValue(`#plan-eval-${k}`);
  return v;
}

// ---- the network map ----------------------------------------------------------------------

// Nine contacts; "Eva" is removed again in the test.
const TIES = [
  { name: 'Anna', kind: 'person', inside: true, circle: 'eigen team', frequency: 5, involvement: 5 },
  { name: 'Bram', kind: 'person', inside: true, circle: 'eigen team', frequency: 2, involvement: 3 },
  { name: 'Collega groep 5', kind: 'person', inside: true, circle: 'Eigen team', frequency: 4, involvement: 3 },
  { name: 'i-coach', kind: 'person', inside: true, circle: 'ict-werkgroep', frequency: 1, involvement: 5 },
  { name: 'PABO; stage', kind: 'organisation', inside: false, circle: 'opleiding', frequency: 2, involvement: 3 },
  { name: 'Stichting "Leren"', kind: 'organisation', inside: false, circle: 'bestuur', frequency: 5, involvement: 4 },
  { name: 'Hans', kind: 'person', inside: false, circle: 'bestuur', frequency: 1, involvement: 5 },
  { name: 'Dewi', kind: 'person', inside: false, circle: 'netwerk ict', frequency: 3, involvement: 4 },
  { name: 'Eva', kind: 'person', inside: true, circle: 'ict-werkgroep', frequency: 1, involvement: 1 },
];
const SCALE = ['zelden', 'soms', 'regelmatig', 'vaak', 'heel vaak'];
const INVOLVEMENT = ['nauwelijks', 'een beetje', 'redelijk', 'sterk', 'heel sterk'];
const CLASS_NL = { strong: 'sterk', medium: 'middel', weak: 'zwak' };
const CHARACTER_START = { closed: 'Vooral gesloten.', open: 'Vooral open.', mixed: 'Gemengd.' };
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const strengthOf = (t) => t.frequency * t.involvement;
const classOf = (s) => (s >= 12 ? 'strong' : s >= 6 ? 'medium' : 'weak');

// The rule of core/src/network_metrics.cpp: open or closed by where the strength lies.
function expectedMap(ties) {
  const circles = new Set(ties.map((t) => `${t.inside ? 'in' : 'uit'}:${fold(t.circle)}`));
  const inside = ties.filter((t) => t.inside).length;
  const count = (c) => ties.filter((t) => classOf(strengthOf(t)) === c).length;
  const sum = (list) => list.reduce((n, t) => n + strengthOf(t), 0);
  const share = Math.round((100 * sum(ties.filter((t) => t.inside))) / sum(ties));
  return {
    reach: ties.length, circles: circles.size, inside, outside: ties.length - inside,
    strong: count('strong'), medium: count('medium'), weak: count('weak'),
    crossers: ties.filter((t) => !t.inside && strengthOf(t) >= 6).length, share,
    character: share >= 70 ? 'closed' : share <= 40 ? 'open' : 'mixed',
  };
}

function expectedCsv(ties) {
  const field = (s) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return '\uFEFF' + ['naam;soort;kring;binnen of buiten de school;hoe vaak (1-5);hoe betrokken (1-5);sterkte (1-25);sterkte;kent ook',
    ...ties.map((t) => [field(t.name), t.kind === 'organisation' ? 'organisatie' : 'persoon', field(t.circle), t.inside ? 'binnen' : 'buiten',
      t.frequency, t.involvement, strengthOf(t), CLASS_NL[classOf(strengthOf(t))], ''].join(';'))].join('\n') + '\n';
}

/** Adds a contact with the keyboard only, starting with the focus in the name field. */
async function addTieByKeyboard(page, tie) {
  assert.equal((await active(page)).id, 'tie-name', 'the focus is in the name field');
  await page.keyboard.type(tie.name);
  const chooseRadio = async (name, value) => {
    await page.keyboard.press('Tab');
    const now = await active(page);
    assert.equal(now.name, name, `Tab reaches the ${name} radios`);
    if (now.id !== `${name}-${value}`) await page.keyboard.press('ArrowRight');
    assert.equal((await active(page)).id, `${name}-${value}`);
    assert.ok(await page.isChecked(`#${name}-${value}`));
  };
  await chooseRadio('soort', tie.kind);
  await chooseRadio('waar', tie.inside ? 'binnen' : 'buiten');
  await page.keyboard.press('Tab');
  assert.equal((await active(page)).id, 'tie-circle');
  await page.keyboard.press('ControlOrMeta+A');
  if (tie.circle) await page.keyboard.type(tie.circle);
  else await page.keyboard.press('Delete');
  for (const [id, value] of [['tie-frequency', tie.frequency], ['tie-involvement', tie.involvement]]) {
    await page.keyboard.press('Tab');
    assert.equal((await active(page)).id, id);
    await page.keyboard.type(String(value)); // type-ahead on the option "3: regelmatig"
    assert.equal(await page.inputValue(`#${id}`), String(value), `${id} of ${tie.name}`);
  }
  await page.keyboard.press('Tab');
  // Past the optional "who knows this person?" list, closed by default.
  if ((await active(page)).tag === 'SUMMARY') await page.keyboard.press('Tab');
  assert.equal((await active(page)).text, 'Voeg toe aan mijn kaart');
  await page.keyboard.press('Enter');
}

async function checkMapShown(page, ties) {
  const rows = await page.$$eval('main table.data-table tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  assert.deepEqual(rows, ties.map((t) => {
    const s = strengthOf(t);
    return [t.name, t.kind === 'organisation' ? 'organisatie' : 'persoon', t.circle || '–', t.inside ? 'binnen de school' : 'buiten de school',
      SCALE[t.frequency - 1], INVOLVEMENT[t.involvement - 1], `${s} (${CLASS_NL[classOf(s)]})${!t.inside && s >= 6 ? ', over de grens' : ''}`, '–', 'Verwijderen'];
  }), 'the table lists every contact with its strength');
  assert.equal(await textOf(page, 'main table.data-table caption'), `Je contacten (${ties.length})`);
  // The drawing: one node per contact (squares for organisations) plus "ik" in the middle.
  assert.equal(await page.locator('svg.network-map .map-node').count(), ties.length);
  assert.equal(await page.locator('svg.network-map rect.map-node').count(), ties.filter((t) => t.kind === 'organisation').length);
  assert.equal(await page.locator('svg.network-map .map-me').count(), 1);
  assert.equal(await page.locator('svg.network-map line.map-tie').count(), ties.length);
  for (const c of ['strong', 'medium', 'weak']) {
    assert.equal(await page.locator(`svg.network-map line.map-tie--${c}`).count(), ties.filter((t) => classOf(strengthOf(t)) === c).length, `${c} lines`);
  }
  const e = expectedMap(ties);
  // Each conclusion with the numbers it rests on.
  const conclusions = await textOf(page, 'main dl.map-conclusions');
  assert.ok(conclusions.includes(`Je kaart telt ${e.reach} contact${e.reach === 1 ? '' : 'en'}`), conclusions);
  assert.ok(conclusions.includes(`${e.inside} binnen en ${e.outside} buiten je school`), conclusions);
  assert.ok(conclusions.includes(`${e.strong} sterk, ${e.medium} middelsterk en ${e.weak} zwak`), conclusions);
  assert.ok(conclusions.includes(`${e.share}% van de kracht van je banden ligt binnen je school`), conclusions);
  assert.ok(conclusions.includes(`in ${e.circles} kring${e.circles === 1 ? '' : 'en'}`), conclusions);
  assert.ok((await textOf(page, 'main p.callout')).startsWith(CHARACTER_START[e.character]), `the ${e.character} character sentence`);
  return e;
}

// ---- tests ----------------------------------------------------------------------------

describe('the network check overview', () => {
  it('shows the four parts and is axe-clean on a phone and wide', async () => {
    for (const viewport of [PHONE, WIDE]) {
      const { page, problems, context } = await env.open({ viewport });
      await go(page, '/netwerkcheck');
      assert.equal(await textOf(page, 'main h1'), 'Netwerkcheck');
      const cards = await page.$$eval('main ul.cards .card__title a', (as) => as.map((a) => [a.textContent.trim(), a.getAttribute('href')]));
      assert.deepEqual(cards, [
        ['Is het netwerk klaar?', '#/netwerkcheck/gereedheid'], ['Welk netwerk past?', '#/netwerkcheck/soort'],
        ['Netwerkplan', '#/netwerkcheck/plan'], ['Jouw netwerkkaart', '#/netwerkcheck/kaart']]);
      // Every part opens.
      for (const [title, href] of cards) {
        await go(page, href.slice(1));
        assert.equal(await textOf(page, 'main h1'), title);
      }
      await go(page, '/netwerkcheck');
      await expectAxeClean(page, `#/netwerkcheck at ${viewport.width}px`);
      assertClean(assert, problems, `overview at ${viewport.width}px`);
      await context.close();
    }
  });
});

describe('is the network ready?', () => {
  it('takes a whole scan for "start" by keyboard, shows the picture the rules give, switches phase and keeps the answers', async () => {
    const { page, problems, context } = await env.open({ viewport: WIDE });
    await go(page, '/netwerkcheck/gereedheid');
    const start = conditionsFor('start');
    assert.deepEqual(await texts(page, 'main .readiness-form .condition h3'), start.map((c) => c.title), 'the conditions for the start');
    assert.equal(await page.locator('main .readiness-form fieldset.statement').count(), start.reduce((n, c) => n + c.statements.length, 0));
    assert.ok(await page.isChecked('#fase-start'), '"start" is the default phase');

    await page.focus('#fase-start');
    const answers = {};
    for (const [ci, c] of start.entries()) {
      for (const [si, s] of c.statements.entries()) {
        const value = answerFor(ci, si);
        await answerByKeyboard(page, s.id, value);
        answers[s.id] = value;
      }
    }
    assert.deepEqual(JSON.parse(await stored(page, READINESS_KEY)), { phase: 'start', answers }, 'the answers are kept on this device');
    await tabUntil(page, 'button[type="submit"]', 3, '"Bekijk het beeld"');
    assert.equal((await active(page)).text, 'Bekijk het beeld');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.readiness-result .verdict');
    assert.equal((await active(page)).id, 'readiness-result-title', 'the focus moves to the result');
    const result = await checkReadinessResult(page, 'start', answers);
    // The mix of answers reaches every status, and the verdict texts fit the start.
    for (const s of ['inPlace', 'attention', 'missing']) assert.ok(result.totals[s] > 0, `some conditions are ${s}`);
    // The blocking conditions come first, named in the verdict and listed under "Eerst nodig".
    assert.ok(result.blocking.length > 0, 'the mix leaves a blocking condition open');
    assert.deepEqual(await texts(page, '.readiness-result .blockers li strong'), result.blocking.map((c) => `${c.title}:`));
    assert.equal(await page.locator('.readiness-result h3:text-is("Begin hiermee") + ol > li').count(), result.priorities.length);
    await expectAxeClean(page, 'the readiness result');

    // "Ons netwerk loopt al", by keyboard: other conditions, the answers stay.
    await page.focus('#fase-start');
    await page.keyboard.press('ArrowDown');
    assert.ok(await page.isChecked('#fase-running'));
    const running = conditionsFor('running');
    assert.deepEqual(await texts(page, 'main .readiness-form .condition h3'), running.map((c) => c.title), 'the conditions while running');
    assert.notDeepEqual(running.map((c) => c.id), start.map((c) => c.id));
    for (const c of running) {
      for (const s of c.statements) {
        if (s.id in answers) assert.ok(await page.isChecked(`#s-${s.id}-${answers[s.id]}`), `${s.id} still answered`);
        else assert.equal(await page.locator(`input[name="s-${s.id}"]:checked`).count(), 0, `${s.id} not answered yet`);
      }
    }

    // A reload keeps the phase and the answers.
    await page.reload();
    await waitForPage(page);
    assert.ok(await page.isChecked('#fase-running'));
    for (const c of running) {
      for (const s of c.statements) if (s.id in answers) assert.ok(await page.isChecked(`#s-${s.id}-${answers[s.id]}`), `${s.id} after reload`);
    }
    await page.getByRole('button', { name: 'Bekijk het beeld' }).click();
    await page.waitForSelector('.readiness-result .verdict');
    const runningResult = await checkReadinessResult(page, 'running', answers);
    assert.ok(runningResult.totals.unknown > 0, 'the conditions only for a running network are not answered yet');
    // Back to "start": the same picture as before.
    await page.check('#fase-start');
    await page.getByRole('button', { name: 'Bekijk het beeld' }).click();
    await page.waitForSelector(`.readiness-result .verdict--${result.verdict}`);
    await checkReadinessResult(page, 'start', answers);
    assertClean(assert, problems, 'readiness scan');
    await context.close();
  });
});

describe('which network fits?', () => {
  it('orders the kinds as the scores predict, explains the focus and links to a plan for the kind', async () => {
    const { page, problems, context } = await env.open({ viewport: PHONE });
    await go(page, '/netwerkcheck/soort');
    assert.deepEqual(await texts(page, 'main fieldset:first-of-type label'), KINDS.goals.map((g) => g.label));
    const cases = [
      { goals: ['doel-didactiek', 'doel-praktijkvraag'], people: ['deelnemers-leraren', 'deelnemers-eigen-school'], focus: 'school' },
      { goals: ['doel-werkvragen', 'doel-werkplezier'], people: ['deelnemers-leidinggevenden'], focus: 'individual' },
      { goals: ['doel-kijkje-keuken', 'doel-innovatie'], people: ['deelnemers-andere-sectoren', 'deelnemers-gemengd'], focus: 'both' },
    ];
    const FOCUS = { school: /vooral over de ontwikkeling van de school/, individual: /vooral over de ontwikkeling van de deelnemers zelf/,
      both: /zowel over de ontwikkeling van de deelnemers als over die van de school/ };
    for (const c of cases) {
      assert.equal(focusOf(c.goals), c.focus);
      for (const box of await page.$$('main input[type="checkbox"]:checked')) await box.uncheck();
      for (const g of c.goals) await page.check(`#doel-${g}`);
      for (const p of c.people) await page.check(`#deelnemers-${p}`);
      await page.getByRole('button', { name: 'Laat zien welk netwerk past' }).click();
      await page.waitForSelector('#kind-result');
      const expected = expectedAdvice(c.goals, c.people);
      const shown = await page.$$eval('main ol.advice-list > li', (lis) => lis.map((li) => ({
        cls: li.className, title: li.querySelector('h3').firstChild.textContent.trim(), tag: li.querySelector('.level-tag').textContent.trim(),
        reasons: [...li.querySelectorAll('ul li')].map((r) => r.textContent), link: li.querySelector('a')?.getAttribute('href') || null })));
      assert.deepEqual(shown.map((s) => s.title), expected.map((k) => k.title), `order for ${c.goals.join(', ')}`);
      const FIT = { good: 'Past goed', possible: 'Past misschien', weak: 'Past minder' };
      shown.forEach((s, i) => {
        const k = expected[i];
        assert.equal(s.cls, `advice advice--${k.fit}`, `fit of ${k.id} (score ${k.score})`);
        assert.equal(s.tag, FIT[k.fit]);
        for (const g of k.goals.filter((x) => c.goals.includes(x))) {
          assert.ok(s.reasons.includes(`Past bij het doel: ${KINDS.goals.find((x) => x.id === g).label}.`), `${k.id} names ${g}`);
        }
        for (const p of k.participants.filter((x) => c.people.includes(x))) {
          assert.ok(s.reasons.includes(`Past bij wie meedoen: ${KINDS.participants.find((x) => x.id === p).label}.`), `${k.id} names ${p}`);
        }
        const mismatch = c.focus !== 'both' && k.focus !== 'both' && k.focus !== c.focus;
        assert.equal(s.reasons.some((r) => r.startsWith('Let op:')), mismatch, `focus note on ${k.id}`);
        assert.equal(s.link, k.fit === 'weak' ? null : `#/netwerkcheck/plan?soort=${k.id}`, `plan link of ${k.id}`);
      });
      assert.match(await textOf(page, '#kind-result + p.callout'), FOCUS[c.focus]);
    }
    // The first advice's link opens the plan with that kind chosen.
    const top = expectedAdvice(cases[2].goals, cases[2].people)[0];
    await page.click(`main ol.advice-list a[href="#/netwerkcheck/plan?soort=${top.id}"]`);
    await waitForPage(page);
    assert.equal(new URL(page.url()).hash, `#/netwerkcheck/plan?soort=${top.id}`);
    assert.equal(await page.inputValue('#plan-kind'), top.id);
    assert.equal(await page.$eval('#plan-kind', (s) => s.selectedOptions[0].textContent), top.title);
    // The choice on the advice page is kept.
    await go(page, '/netwerkcheck/soort');
    assert.equal(await page.locator('main ol.advice-list > li').count(), KINDS.kinds.length, 'the advice is shown again');
    for (const g of cases[2].goals) assert.ok(await page.isChecked(`#doel-${g}`));
    await expectAxeClean(page, 'the kind advice on a phone');
    assertClean(assert, problems, 'kind advice');
    await context.close();
  });
});

describe('the network plan', () => {
  it('is filled in completely, survives a reload, downloads as Markdown and JSON, reads its Markdown back, refuses other files and prints on A4', async () => {
    const { page, problems, context } = await env.open({ viewport: WIDE });
    await go(page, '/netwerkcheck/plan');
    assert.match(await textOf(page, '.plan-status'), /^Nog in te vullen: /);
    assert.deepEqual(await texts(page, 'main .plan-section > h2'), PLAN_HELP.sections.map((s) => s.title));
    await page.fill('#plan-title', FULL_PLAN.title);
    await page.selectOption('#plan-kind', FULL_PLAN.kind);
    for (const f of TEXT_FIELDS) await page.fill(`#plan-${f}`, FULL_PLAN[f]);
    for (const k of EVAL_KEYS) await page.fill(`#plan-eval-${k}`, FULL_PLAN.evaluation[k]);
    await page.fill('#plan-size-min', String(FULL_PLAN.sizeMin));
    await page.fill('#plan-size-ideal', String(FULL_PLAN.sizeIdeal));
    // A very large group gets a warning, until it is made smaller.
    await page.fill('#plan-size-max', '25');
    assert.match(await textOf(page, '.plan-status ul.warnings'), /Meer dan 20 deelnemers/);
    await page.fill('#plan-size-max', String(FULL_PLAN.sizeMax));
    assert.equal(await textOf(page, '.plan-status'), 'Het plan is compleet.');
    assert.deepEqual(JSON.parse(await stored(page, PLAN_KEY)), FULL_PLAN, 'the plan is kept on this device');

    await page.reload();
    await waitForPage(page);
    assert.deepEqual(await planFieldValues(page), FULL_PLAN, 'every field after a reload');
    assert.equal(await textOf(page, '.plan-status'), 'Het plan is compleet.');

    // Markdown and JSON downloads.
    const md = await downloadOf(page, 'Download als Markdown');
    assert.equal(md.name, 'netwerkplan.md');
    assert.ok(md.text.startsWith(`# Netwerkplan: ${FULL_PLAN.title}\n`), 'the title heads the Markdown');
    assert.ok(md.text.includes(`**Soort netwerk:** ${KIND_TITLE[FULL_PLAN.kind]}\n`));
    for (const f of TEXT_FIELDS) assert.ok(md.text.includes(`## ${SECTION_TITLE[f]}\n\n${FULL_PLAN[f]}\n`), `Markdown section ${f}`);
    assert.ok(md.text.includes(`## ${SECTION_TITLE.size}\n\nminimaal 8 deelnemers, ideaal 12 deelnemers, maximaal 14 deelnemers\n`));
    assert.ok(md.text.includes(`## ${SECTION_TITLE.evaluation} (Kirkpatrick)\n`));
    ['1. Tevredenheid', '2. Kennis', '3. Gedrag', '4. Impact'].forEach((level, i) => {
      assert.ok(md.text.includes(`### ${level}\n\n${FULL_PLAN.evaluation[EVAL_KEYS[i]]}\n`), `Kirkpatrick ${level}`);
    });
    assert.ok(!md.text.includes('nog niet ingevuld'));
    const json = await downloadOf(page, 'Download als JSON');
    assert.equal(json.name, 'netwerkplan.json');
    assert.deepEqual(JSON.parse(json.text), { format: 'samenwijs-netwerkplan', formatVersion: 1, plan: FULL_PLAN });

    // An empty device, then the Markdown read back: every field as before.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await waitForPage(page);
    assert.equal(await page.inputValue('#plan-goal'), '');
    await page.setInputFiles('#plan-file', { name: 'netwerkplan.md', mimeType: 'text/markdown', buffer: Buffer.from(md.text) });
    await page.waitForFunction(() => document.getElementById('plan-goal').value !== '');
    assert.deepEqual(await planFieldValues(page), FULL_PLAN, 'every field read back from the Markdown');
    assert.deepEqual(JSON.parse(await stored(page, PLAN_KEY)), FULL_PLAN);
    assert.equal(await textOf(page, '.plan-status'), 'Het plan is compleet.');

    // Files that are no plan are refused in Dutch; the plan stays as it is.
    const before = await stored(page, PLAN_KEY);
    for (const [name, mimeType, buffer] of [['foto.png', 'image/png', PNG], ['notities.txt', 'text/plain', Buffer.from('Zomaar wat aantekeningen.\nNiets bijzonders.')],
      ['kaart.json', 'application/json', Buffer.from(JSON.stringify({ format: 'samenwijs-netwerkkaart', version: 1, ties: [] }))]]) {
      await page.setInputFiles('#plan-file', { name, mimeType, buffer });
      await page.waitForFunction(() => document.querySelector('#plan-file ~ .field-error[role="alert"]').textContent !== '');
      assert.match(await textOf(page, '#plan-file ~ .field-error[role="alert"]'), /^Dit bestand is geen netwerkplan van Samenwijs.*Je huidige plan is niet veranderd\.$/, name);
      assert.equal(await stored(page, PLAN_KEY), before, `${name} changed nothing saved`);
      assert.deepEqual(await planFieldValues(page), FULL_PLAN, `${name} changed no field`);
      await page.evaluate(() => { document.querySelector('#plan-file ~ .field-error[role="alert"]').textContent = ''; });
    }
    // A JSON plan with a bad field too.
    await page.setInputFiles('#plan-file', { name: 'fout.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'samenwijs-netwerkplan', formatVersion: 1, plan: { ...FULL_PLAN, sizeMin: 0 } })) });
    await page.waitForFunction(() => document.querySelector('#plan-file ~ .field-error[role="alert"]').textContent !== '');
    assert.match(await textOf(page, '#plan-file ~ .field-error[role="alert"]'), /Minimaal aantal deelnemers.*Je huidige plan is niet veranderd\./);
    assert.equal(await stored(page, PLAN_KEY), before);
    await expectAxeClean(page, 'the complete plan');

    // Print: only the print view, with every section, on at least two A4 pages.
    assert.equal(await page.isVisible('.plan-print'), false, 'the print view is hidden on screen');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.plan-form', 'main h1', '.site-header', '.site-footer', '#plan-file']) {
      assert.equal(await page.isVisible(hidden), false, `${hidden} is hidden in print`);
    }
    assert.equal(await page.locator('button:visible').count(), 0, 'no buttons in print');
    assert.equal(await page.isVisible('.plan-print'), true);
    assert.equal(await textOf(page, '.plan-print .print-title'), `Netwerkplan: ${FULL_PLAN.title}`);
    assert.deepEqual(await texts(page, '.plan-print .print-point h3'), PLAN_HELP.sections.map((s) => s.title));
    const printed = await textOf(page, '.plan-print');
    for (const f of TEXT_FIELDS) for (const line of FULL_PLAN[f].split('\n')) assert.ok(printed.includes(clean(line)), `print has ${f}`);
    for (const k of EVAL_KEYS) assert.ok(printed.includes(FULL_PLAN.evaluation[k]), `print has Kirkpatrick ${k}`);
    assert.ok(printed.includes('Minimaal 8, ideaal 12, maximaal 14 deelnemers'));
    assert.ok(printed.includes(`Soort netwerk: ${KIND_TITLE[FULL_PLAN.kind]}`));
    assert.deepEqual(await texts(page, '.plan-print ol > li strong'), PLAN_HELP.kirkpatrick.map((k) => `${k.title}:`));
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
    assert.ok(pages >= 2, `expected at least 2 A4 pages, got ${pages}`);
    assertClean(assert, problems, 'network plan');
    await context.close();
  });
});

describe('the network map', () => {
  it('adds contacts by keyboard, shows table, drawing and summary as computed, removes one, keeps it, exports and imports', async () => {
    const { page, problems, context } = await env.open({ viewport: WIDE });
    await go(page, '/netwerkcheck/kaart');
    assert.match(await textOf(page, 'main'), /Nog geen contacten/);
    await page.focus('#tie-name');
    for (const [i, tie] of TIES.entries()) {
      await addTieByKeyboard(page, tie);
      await page.waitForFunction((n) => document.querySelectorAll('main table.data-table tbody tr').length === n, i + 1);
      assert.equal(await page.inputValue('#tie-name'), '', 'the name field is empty again');
    }
    assert.equal(await textOf(page, 'main .tie-form .field-error'), '', 'no form error');
    const nine = await checkMapShown(page, TIES);
    assert.equal(nine.character, 'mixed');
    assert.deepEqual(JSON.parse(await stored(page, MAP_KEY)), { version: 2, ties: TIES, links: [] });

    // Remove "Eva" with her own button (by keyboard): 48 of 91 strength inside -> still mixed.
    await page.getByRole('button', { name: 'Eva verwijderen', exact: true }).focus();
    await page.keyboard.press('Enter');
    const eight = TIES.slice(0, 8);
    await page.waitForFunction(() => document.querySelectorAll('main table.data-table tbody tr').length === 8);
    const summary = await checkMapShown(page, eight);
    assert.deepEqual(summary, { reach: 8, circles: 5, inside: 4, outside: 4, strong: 4, medium: 2, weak: 2, crossers: 3, share: 53, character: 'mixed' });
    assert.match(await textOf(page, 'main'), /Geen kant-en-klare oplossingen/, 'a mixed network: the risks of an open one');
    assert.match(await textOf(page, 'main'), /Groepsdenken/, 'and of a closed one');

    await page.reload();
    await waitForPage(page);
    await checkMapShown(page, eight);

    // Downloads.
    const json = await downloadOf(page, 'Download als JSON');
    assert.equal(json.name, 'netwerkkaart.json');
    assert.deepEqual(JSON.parse(json.text), { format: 'samenwijs-netwerkkaart', version: 2, ties: eight, links: [] });
    const csv = await downloadOf(page, 'Download als CSV');
    assert.equal(csv.name, 'netwerkkaart.csv');
    assert.equal(csv.text, expectedCsv(eight));
    assert.ok(csv.text.includes('"PABO; stage";organisatie;opleiding;buiten;2;3;6;middel;\n'));
    assert.ok(csv.text.includes('"Stichting ""Leren""";organisatie;bestuur;buiten;5;4;20;sterk;\n'));

    await expectAxeClean(page, 'the network map, wide');
    await page.setViewportSize(PHONE);
    await expectAxeClean(page, 'the network map on a phone');
    await page.setViewportSize(WIDE);

    // An empty map, then the JSON read back.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await waitForPage(page);
    assert.equal(await page.locator('main table.data-table').count(), 0);
    await page.setInputFiles('#map-file', json.path);
    await page.waitForFunction(() => document.querySelectorAll('main table.data-table tbody tr').length === 8);
    await checkMapShown(page, eight);
    assert.deepEqual(JSON.parse(await stored(page, MAP_KEY)), { version: 2, ties: eight, links: [] });

    // An invalid JSON file is refused; the map stays as it is.
    const before = await stored(page, MAP_KEY);
    for (const [name, text] of [['kapot.json', '{"format": "samenwijs-netwerkkaart", "ties": ['],
      ['plan.json', JSON.stringify({ format: 'samenwijs-netwerkplan', formatVersion: 1, plan: {} })]]) {
      await page.setInputFiles('#map-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.waitForFunction(() => document.querySelector('main .field.no-print .field-error').textContent !== '');
      assert.equal(await textOf(page, 'main .field.no-print .field-error'), 'Dit bestand is geen netwerkkaart van Samenwijs. Je huidige kaart is niet veranderd.');
      assert.equal(await stored(page, MAP_KEY), before, `${name} changed nothing saved`);
      await checkMapShown(page, eight);
      await page.evaluate(() => { document.querySelector('main .field.no-print .field-error').textContent = ''; });
    }
    const badTie = { format: 'samenwijs-netwerkkaart', version: 1, ties: [{ ...eight[0], frequency: 9 }] };
    await page.setInputFiles('#map-file', { name: 'fout.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(badTie)) });
    await page.waitForFunction(() => document.querySelector('main .field.no-print .field-error').textContent !== '');
    assert.match(await textOf(page, 'main .field.no-print .field-error'), /bij contact 1 \(Anna\), Hoe vaak heb je contact\?: .*Je huidige kaart is niet veranderd\./);
    assert.equal(await stored(page, MAP_KEY), before);
    assertClean(assert, problems, 'network map');
    await context.close();
  });

  it('accepts a contact without a circle (the circle is optional)', async () => {
    const { page, problems, context } = await env.open({ viewport: WIDE });
    await go(page, '/netwerkcheck/kaart');
    await page.focus('#tie-name');
    const tie = { name: 'Buurvrouw', kind: 'person', inside: false, circle: '', frequency: 2, involvement: 2 };
    await addTieByKeyboard(page, tie);
    assert.equal(await textOf(page, 'main .tie-form .field-error'), '', 'no error for an empty circle');
    await page.waitForFunction(() => document.querySelectorAll('main table.data-table tbody tr').length === 1, null, { timeout: 2000 });
    await checkMapShown(page, [tie]);
    assertClean(assert, problems, 'contact without a circle');
    await context.close();
  });
});

describe('damaged saved state', () => {
  const cases = [
    ['plan', PLAN_KEY, '/netwerkcheck/plan', '{"title": "Netwerk", "goal": ', /Je eerder opgeslagen plan kon niet worden gelezen/],
    ['plan', PLAN_KEY, '/netwerkcheck/plan', '{"sizeMin": 0, "goal": "Leerlingen"}', /Je eerder opgeslagen plan kon niet worden gelezen/],
    ['kaart', MAP_KEY, '/netwerkcheck/kaart', '{"version": 1, "ties": [{"name": "An"', /Je eerder opgeslagen kaart kon niet worden gelezen/],
    ['kaart', MAP_KEY, '/netwerkcheck/kaart', '{"ties": [{"name": "An", "kind": "robot"}]}', /Je eerder opgeslagen kaart kon niet worden gelezen/],
  ];
  for (const [part, key, route, raw, message] of cases) {
    it(`(${part}: ${raw.slice(0, 24)}…) is explained in Dutch and kept until "Opnieuw beginnen"`, async () => {
      const { page, problems, context } = await env.open({ viewport: PHONE });
      await seed(context, key, raw);
      await go(page, route);
      const alert = page.locator('main [role="alert"].notice');
      assert.equal(await alert.count(), 1);
      assert.match(clean(await alert.textContent()), message);
      assert.equal(await stored(page, key), raw, 'the damaged value is still there');
      // Working meanwhile does not overwrite it.
      if (part === 'plan') {
        await page.fill('#plan-goal', 'Leerlingen lezen meer.');
      } else {
        await page.fill('#tie-name', 'Bo');
        await page.fill('#tie-circle', 'team');
        await page.getByRole('button', { name: 'Voeg toe aan mijn kaart' }).click();
        await page.waitForSelector('main table.data-table');
      }
      assert.equal(await stored(page, key), raw, 'still there after working on the page');
      await page.reload();
      await waitForPage(page);
      assert.equal(await stored(page, key), raw, 'still there after a reload');
      assert.equal(await alert.count(), 1);
      await expectAxeClean(page, `damaged ${part}`);
      await Promise.all([page.waitForEvent('load'), alert.getByRole('button', { name: 'Opnieuw beginnen' }).click()]);
      await waitForPage(page);
      assert.equal(await page.locator('main [role="alert"].notice').count(), 0, 'no alert after starting over');
      assert.equal(await stored(page, key), null, 'the damaged value is gone');
      assertClean(assert, problems, `damaged ${part}`);
      await context.close();
    });
  }
});

describe('the form of the network', () => {
  it('recommends a form per dimension from the goals and participants', async () => {
    const env = await startSite();
    try {
      const { page, problems, context } = await env.open({ viewport: { width: 1366, height: 900 } });
      await page.goto(`${env.site.url}#/netwerkcheck/soort`);
      await waitForPage(page);
      assert.equal(await page.locator('#forms-title ~ .form-dimension .status-badge').count(), 0, 'no recommendation before choosing');
      await page.check('#doel-doel-werkvragen');
      await page.check('#deelnemers-deelnemers-leraren');
      await page.click('text=Laat zien welk netwerk past');
      const recommended = await page.locator('.form-dimension li:has(> .status-badge)').allTextContents();
      assert.ok(recommended.some((t) => t.startsWith('Dezelfde functie')), recommended.join(' | '));
      assert.ok(recommended.some((t) => t.startsWith('Een open einde')));
      assert.ok(recommended.some((t) => t.startsWith('In dezelfde regio')));
      assert.deepEqual(await axeViolations(page), []);
      assertClean(assert, problems, 'forms');
      await context.close();
    } finally {
      await env.close();
    }
  });
});

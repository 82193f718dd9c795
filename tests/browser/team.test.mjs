// Teamoverzicht: pasted codes with bad lines (counted used, duplicate and rejected, each
// rejected line listed with its reason), the heatmap, domain cards, strengths and shared
// growth areas, the privacy note, the minimum group size, result files chosen and dropped,
// the CSV of aggregated figures, a team set saved on this device, the comparison of two
// team sets, and axe-core. The codes are made by the site's own module under Node from
// deterministic random answers; the expected figures are computed here from those answers.
// One Chromium for the file, a new context (fresh localStorage) per test; every test ends
// with no console errors, no page errors and no request to another origin.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axeViolations, waitForPage } from '../support/browser.mjs';
import { assertClean } from './site-fixture.mjs';
import {
  FRAMEWORKS, GUIDES, PHONE, WIDE, competencesOf, levelOf, rows, text, useSite,
} from './scan-fixture.mjs';
import { loadSamenwijs } from '../node/load-module.mjs';

const TEAM_KEY = 'samenwijs:team';

const LERAAR = FRAMEWORKS.leraar;
const TOPICS = new Map(Object.values(GUIDES)
  .flatMap((g) => g.mainQuestions.flatMap((mq) => mq.topics.map((t) => [`${g.id}/${t.id}`, t]))));
const COMPETENCES = competencesOf(LERAAR);

// ---------------------------------------------------------------------------------------
// Deterministic answers: a typical level per competence (in no particular order), noise per
// person, and some "niet van toepassing" (much of it for one competence, so that some
// people have too few answers there).
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const BASE = [3.2, 2.4, 4.0, 1.6, 4.8, 3.0, 5.2, 2.0, 3.6, 4.4, 2.8, 1.8, 3.4, 4.6, 5.0, 2.2, 3.8];
function answerSets(count, seed, shift = 0) {
  const r = random(seed);
  return Array.from({ length: count }, () => {
    const answers = {};
    COMPETENCES.forEach((c, k) => c.items.forEach((item) => {
      const nvt = k === 2 ? 0.55 : 0.08;
      answers[item.id] = r() < nvt ? 0 : Math.min(6, Math.max(1, Math.round(BASE[k] + shift + (r() - 0.5) * 2.6)));
    }));
    return answers;
  });
}

// ---------------------------------------------------------------------------------------
// The expected team picture, computed from the answers.
const roundAway = (x) => Math.sign(x) * Math.round(Math.abs(x));
const round1 = (x) => roundAway(x * 10) / 10;
const fmt = (x) => (x === null ? '–' : String(round1(x)).replace('.', ','));
const csvNumber = (x) => (x === null ? '' : (() => { const t = roundAway(x * 10); return `${Math.trunc(t / 10)},${Math.abs(t % 10)}`; })());

function distribution(scores, tooFew) {
  const counts = [0, 0, 0, 0, 0, 0];
  let sum = 0;
  for (const s of scores) { counts[levelOf(s) - 1] += 1; sum += s; }
  // The median on the 1/600 grid the core keeps scores on (exact for item means).
  const grid = scores.map((s) => Math.round(s * 600)).sort((a, b) => a - b);
  const n = scores.length;
  const median = n ? (grid[Math.floor((n - 1) / 2)] / 600 + grid[Math.floor(n / 2)] / 600) / 2 : null;
  return { counts, tooFew, n, mean: n ? sum / n : null, median };
}

function expectedTeam(sets) {
  const perCompetence = COMPETENCES.map(() => ({ scores: [], tooFew: 0 }));
  const perDomain = LERAAR.domains.map(() => ({ scores: [], tooFew: 0 }));
  for (const answers of sets) {
    let k = 0;
    LERAAR.domains.forEach((d, di) => {
      let domainSum = 0;
      let scored = 0;
      for (const c of d.competences) {
        let answered = 0;
        let sum = 0;
        for (const item of c.items) if (answers[item.id] >= 1) { answered += 1; sum += answers[item.id]; }
        if (answered >= LERAAR.minimumAnswered) {
          const score = sum / answered;
          perCompetence[k].scores.push(score);
          domainSum += score;
          scored += 1;
        } else perCompetence[k].tooFew += 1;
        k += 1;
      }
      if (scored) perDomain[di].scores.push(domainSum / scored);
      else perDomain[di].tooFew += 1;
    });
  }
  const competences = COMPETENCES.map((c, k) => ({ ...c, ...distribution(perCompetence[k].scores, perCompetence[k].tooFew) }));
  const domains = LERAAR.domains.map((d, i) => ({ ...d, ...distribution(perDomain[i].scores, perDomain[i].tooFew) }));
  const byMean = competences.filter((c) => c.mean !== null).sort((a, b) => b.mean - a.mean);
  const strengths = byMean.filter((c) => c.mean >= 3.5).slice(0, 3);
  const growth = [...byMean].reverse().filter((c) => !strengths.includes(c) && c.mean < 4.5).slice(0, 3)
    .map((c) => ({ ...c, share: (c.counts[0] + c.counts[1] + c.counts[2]) / c.n }));
  return { competences, domains, strengths, growth, people: sets.length };
}

const heatmapRows = (team) => team.competences.map((c) => [c.title, ...c.counts.map(String), String(c.tooFew), fmt(c.mean), fmt(c.median)]);

// ---------------------------------------------------------------------------------------
const { open, go } = useSite();
const DATA = {};
before(async () => {
  const { core } = await loadSamenwijs({ withContent: true });
  const code = (answers, fw = 'leraar') => core.profile(fw, answers).code;
  DATA.team = answerSets(12, 20261123);
  DATA.codes = DATA.team.map((a) => code(a));
  DATA.earlier = answerSets(8, 777, -0.9);
  DATA.earlierCodes = DATA.earlier.map((a) => code(a));
  DATA.files = answerSets(7, 4242);
  DATA.fileTexts = DATA.files.map((a) => core.resultFile('leraar', a).text);
  DATA.fileCodes = DATA.files.map((a) => code(a));
  const leader = Object.fromEntries(competencesOf(FRAMEWORKS.leidinggevende).flatMap((c) => c.items.map((i) => [i.id, 3])));
  DATA.leaderCode = code(leader, 'leidinggevende');
  DATA.leaderFile = core.resultFile('leidinggevende', leader).text;
  assert.equal(new Set([...DATA.codes, ...DATA.earlierCodes, ...DATA.fileCodes]).size, 27, 'all generated codes differ');
});

const samenwijsKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenwijs:')).sort());
const announced = (page, pattern) => page.waitForFunction((source) => new RegExp(source).test(document.getElementById('announcer').textContent), pattern.source);

/** Presses "Maak teambeeld" and waits until the report is drawn anew. */
async function makePicture(page) {
  await page.evaluate(() => {
    const report = document.querySelector('.team-report');
    const marker = document.createElement('span');
    marker.className = 'test-stale';
    report.append(marker);
  });
  await page.click('button:text-is("Maak teambeeld")');
  await page.waitForFunction(() => !document.querySelector('.team-report .test-stale') || document.querySelector('.team-form .field-error').textContent !== '');
}

/** Which of the actions for a picture can be seen. */
const actionsVisible = async (page) => ({
  print: await page.isVisible('main button:text-is("Afdrukken")'),
  csv: await page.isVisible('main button:text-is("Download cijfers (CSV)")'),
  save: await page.isVisible('main button:text-is("Bewaar deze teamset op dit apparaat")'),
});

const MIXED_LINES = () => [
  DATA.codes[0],
  DATA.codes[1],
  'dit is geen code', // regel 3
  DATA.codes[2],
  '',
  `  ${DATA.codes[3]}  `, // spaces around a code are fine
  DATA.codes[1], // regel 7: a duplicate
  DATA.codes[4],
  DATA.leaderCode, // regel 9: the other scan
  DATA.codes[5],
  DATA.codes[6].slice(0, -8), // regel 11: truncated
  ...DATA.codes.slice(6),
];
const OTHER_FRAMEWORK = `Deze code hoort bij “${FRAMEWORKS.leidinggevende.title}”, niet bij “${LERAAR.title}”.`;

/** The picture on the page against the expected team. */
async function checkPicture(page, team) {
  assert.equal(await text(page.locator('#team-picture-title')), `Teambeeld: ${LERAAR.title}`);
  assert.equal(await text(page.locator('.team-picture > p').first()),
    `Gebaseerd op ${team.people} resultaatcodes. Je ziet alleen aantallen per niveau, nooit de uitslag van één persoon.`);
  // Domains.
  const cards = await page.$$eval('.team-picture .domain-summary li', (lis) => lis.map((li) => [...li.querySelectorAll('p')].map((p) => p.textContent)));
  assert.deepEqual(cards, team.domains.map((d) => [`${d.code}. ${d.title}`, `gemiddeld ${fmt(d.mean)}`, `mediaan ${fmt(d.median)} · per niveau: ${d.counts.join(' / ')}`]));
  // The heatmap.
  const table = '.team-picture table.heatmap';
  assert.equal(await text(page.locator(`${table} caption`)), 'Aantal collega\'s per niveau, per competentie');
  assert.deepEqual(await page.$$eval(`${table} thead th`, (ths) => ths.map((t) => t.textContent)),
    ['Competentie', ...LERAAR.scale.levels.map((l) => `${l.value}. ${l.label}`), 'Te weinig antwoorden', 'Gemiddelde', 'Mediaan']);
  const got = await rows(page, table);
  assert.deepEqual(got, heatmapRows(team));
  for (const [k, row] of got.entries()) {
    const counts = row.slice(1, 7).map(Number);
    const withScore = counts.reduce((a, b) => a + b, 0);
    assert.equal(withScore, team.competences[k].n, `${row[0]}: the counts add up to the people with a score`);
    assert.equal(withScore + Number(row[7]), team.people, `${row[0]}: with a score or too few answers, everyone once`);
  }
  assert.ok(team.competences.some((c) => c.tooFew > 0), 'the data has people with too few answers');
  // Shading follows the share of the team per level.
  const classes = await page.$$eval(`${table} tbody tr`, (trs) => trs.map((tr) => [...tr.querySelectorAll('td.heat')].map((td) => td.className.match(/heat-(\d)/)[1])));
  team.competences.forEach((c, k) => assert.deepEqual(classes[k], c.counts.map((n) => String(n ? Math.min(5, Math.ceil((n / c.n) * 5)) : 0)), `shading of ${c.title}`));
  // Strengths and shared growth areas.
  assert.ok(team.strengths.length > 0 && team.growth.length > 0, 'the data has strengths and growth areas');
  assert.deepEqual(await page.locator('.team-picture h3:text-is("Sterk in het team") + ul > li').allTextContents(),
    team.strengths.map((c) => `${c.title} (gemiddeld ${fmt(c.mean)}). Collega's die hier sterk in zijn, kunnen anderen op weg helpen.`));
  const growth = page.locator('.team-picture h3:text-is("Samen groeien: voorstellen voor teamleren") + ul.growth-areas > li');
  assert.equal(await growth.count(), team.growth.length);
  for (const [i, c] of team.growth.entries()) {
    const li = growth.nth(i);
    assert.equal(await text(li.locator('h4')), `${c.title} (gemiddeld ${fmt(c.mean)})`);
    assert.equal(await text(li.locator('p').first()), `${Math.round(c.share * 100)}% van het team zit op niveau 3 of lager.`);
    const links = await li.locator('a[href^="#/gespreksstarters/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.length >= 1 && links.length <= 3, `${c.title}: conversation starters for a team meeting`);
    for (const href of links) {
      const [, guide, topic] = /^#\/gespreksstarters\/([^/]+)\/([^/]+)$/.exec(href);
      const t = TOPICS.get(`${guide}/${topic}`);
      assert.ok(t && t.tags.some((tag) => c.tags.includes(tag)), `${href} fits ${c.id}`);
    }
    assert.equal(await li.locator('a[href="#/netwerkcheck"]').count(), c.share >= 0.5 ? 1 : 0, `network suggestion for ${c.title}`);
  }
  assert.ok(team.growth.some((c) => c.share >= 0.5), 'the data suggests a learning network somewhere');
}

// =======================================================================================
describe('pasting codes', () => {
  it('counts used, duplicate and rejected lines, lists each rejected line, and draws the team picture', async () => {
    const { page, problems, context } = await open(WIDE);
    await go(page, '/teamoverzicht');
    assert.match(await text(page.locator('main .privacy-line')),
      /^Anoniem en alleen in deze browser\. Codes bevatten geen namen\. Een teambeeld verschijnt pas vanaf 5 codes, en je ziet alleen aantallen per niveau, nooit de uitslag van één persoon\. Er wordt niets bewaard, tenzij je de teamset zelf bewaart\.$/);
    const actionsBefore = await actionsVisible(page);
    await page.getByLabel('Resultaatcodes, één per regel').fill(MIXED_LINES().join('\n'));
    await makePicture(page);
    assert.equal(await text(page.locator('.team-report [role="status"]')), '12 codes gebruikt, 1 dubbel (één keer geteld), 3 afgewezen.');
    const details = page.locator('.team-report details');
    assert.equal(await details.getAttribute('open'), '', 'a short list of rejections is open');
    assert.equal(await text(details.locator('summary')), 'Afgewezen (3)');
    assert.deepEqual(await details.locator('li').allTextContents(), [
      'regel 3: Dit is geen resultaatcode van Samenwijs: een code begint met SW1-.',
      `regel 9: ${OTHER_FRAMEWORK}`,
      'regel 11: De code is te kort: er ontbreekt een deel. Kopieer de hele code.',
    ]);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'team-picture-title', 'focus moves to the picture');
    await checkPicture(page, expectedTeam(DATA.team));
    assert.deepEqual(await actionsVisible(page), { print: true, csv: true, save: true }, 'the actions for the picture');
    // Nothing is kept on this device unless asked.
    assert.deepEqual(await samenwijsKeys(page), []);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), TEAM_KEY), null);
    assert.deepEqual(actionsBefore, { print: false, csv: false, save: false }, 'no print/CSV/save buttons before there is a picture');
    assertClean(assert, problems, 'pasted codes');
    await context.close();
  });

  it('takes the scan most codes belong to, and rejects the codes of the other scan', async () => {
    const { page, problems, context } = await open(WIDE);
    await go(page, '/teamoverzicht');
    await page.fill('#team-codes', [DATA.leaderCode, ...DATA.codes.slice(0, 5)].join('\n'));
    await makePicture(page);
    // One stray leader code first: the five teacher codes still make the picture.
    assert.match(await text(page.locator('.team-report [role="status"]')), /^5 codes gebruikt, 1 afgewezen\.$/);
    assert.match(await text(page.locator('.team-report details')), /regel 1: .*hoort bij/);
    assert.equal(await page.locator('table.heatmap').count(), 1);
    assertClean(assert, problems, 'framework of most codes');
    await context.close();
  });
});

describe('the minimum group size', () => {
  it('shows no picture with 4 codes, nor with 12 codes and a minimum of 15', async () => {
    const { page, problems, context } = await open(PHONE);
    await go(page, '/teamoverzicht');
    assert.equal(await page.inputValue('#team-min'), '5');
    await page.fill('#team-codes', DATA.codes.slice(0, 4).join('\n'));
    await makePicture(page);
    assert.equal(await text(page.locator('.team-report [role="status"]')), '4 codes gebruikt.');
    const notice = page.locator('.team-picture .notice');
    assert.equal(await text(notice.locator('h2')), 'Nog geen teambeeld');
    assert.equal(await text(notice.locator('p')), 'Er zijn 4 geldige codes. Een teambeeld verschijnt pas vanaf 5 codes, zodat niemand herkenbaar is.');
    assert.equal(await page.locator('table.heatmap').count(), 0, 'no heatmap');
    assert.equal(await page.locator('.team-picture .domain-summary').count(), 0);
    const actionsBelow = await actionsVisible(page);
    await announced(page, /Een teambeeld verschijnt pas vanaf 5 codes/);
    // Exactly five is enough.
    await page.fill('#team-codes', DATA.codes.slice(0, 5).join('\n'));
    await makePicture(page);
    assert.equal(await page.locator('table.heatmap').count(), 1);
    // Twelve codes, a minimum of fifteen.
    await page.fill('#team-codes', DATA.codes.join('\n'));
    await page.fill('#team-min', '15');
    await makePicture(page);
    assert.equal(await text(page.locator('.team-report [role="status"]')), '12 codes gebruikt.');
    assert.equal(await text(notice.locator('p')), 'Er zijn 12 geldige codes. Een teambeeld verschijnt pas vanaf 15 codes, zodat niemand herkenbaar is.');
    assert.equal(await page.locator('table.heatmap').count(), 0, 'no heatmap under the raised minimum');
    assert.deepEqual(await actionsVisible(page), { print: false, csv: false, save: false }, 'no print/CSV/save buttons under the raised minimum');
    assert.deepEqual(actionsBelow, { print: false, csv: false, save: false }, 'no print/CSV/save buttons without a picture');
    assertClean(assert, problems, 'minimum group size');
    await context.close();
  });

  it('says in Dutch that the minimum cannot go below 3', async () => {
    const { page, problems, context } = await open(WIDE);
    await go(page, '/teamoverzicht');
    await page.fill('#team-codes', DATA.codes.join('\n'));
    await page.fill('#team-min', '2');
    await page.click('button:text-is("Maak teambeeld")');
    const error = page.locator('.team-form .field-error[role="alert"]');
    await page.waitForFunction(() => document.querySelector('.team-form .field-error').textContent !== '', null, { timeout: 3000 })
      .catch(() => { /* asserted below */ });
    const native = await page.$eval('#team-min', (input) => input.validationMessage);
    assert.match(await text(error), /minimale groepsgrootte is minstens 3/,
      `a Dutch message in the page's alert (the browser's own validation said: "${native}")`);
    assert.equal(await page.locator('table.heatmap').count(), 0, 'no picture under 3');
    assertClean(assert, problems, 'minimum below 3');
    await context.close();
  });
});

describe('result files', () => {
  it('uses several files chosen at once and files dropped on the drop zone; rejects a bad file by name with a reason', async () => {
    const { page, problems, context } = await open(WIDE);
    await go(page, '/teamoverzicht');
    const json = (name, body) => ({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await page.setInputFiles('#team-files', [
      json('anna.json', DATA.fileTexts[0]),
      json('bram.json', DATA.fileTexts[1]),
      json('cato.json', DATA.fileTexts[2]),
      json('kapot.json', '{"format":"iets-anders","code":"SW1-x"}'),
      json('zonder-code.json', '{"format":"samenwijs-zelfscan","formatVersion":1}'),
      json('leider.json', DATA.leaderFile),
      { name: 'lijst.txt', mimeType: 'text/plain', buffer: Buffer.from(`${DATA.fileCodes[3]}\n${DATA.fileCodes[4]}\n`) },
    ]);
    await page.waitForFunction(() => document.querySelectorAll('.file-list li').length === 6);
    assert.deepEqual(await page.locator('.file-list li').allTextContents(),
      ['anna.json', 'bram.json', 'cato.json', 'kapot.json', 'zonder-code.json', 'leider.json']);
    assert.equal((await page.inputValue('#team-codes')).trim(), `${DATA.fileCodes[3]}\n${DATA.fileCodes[4]}`, 'a .txt list goes into the codes field');

    // Drop two more files.
    const dataTransfer = await page.evaluateHandle((files) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
      return dt;
    }, [{ name: 'dirk.json', text: DATA.fileTexts[5] }, { name: 'eva.json', text: DATA.fileTexts[6] }]);
    await page.dispatchEvent('#drop-zone', 'dragover', { dataTransfer });
    assert.equal(await page.$eval('#drop-zone', (el) => el.classList.contains('is-over')), true, 'the drop zone shows where to drop');
    await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer });
    await page.waitForFunction(() => document.querySelectorAll('.file-list li').length === 8);
    assert.equal(await page.$eval('#drop-zone', (el) => el.classList.contains('is-over')), false);
    assert.deepEqual((await page.locator('.file-list li').allTextContents()).slice(6), ['dirk.json', 'eva.json']);
    await announced(page, /8 bestand\(en\) klaar om samen te voegen/);

    await makePicture(page);
    assert.equal(await text(page.locator('.team-report [role="status"]')), '7 codes gebruikt, 3 afgewezen.');
    assert.deepEqual(await page.locator('.team-report details li').allTextContents(), [
      'kapot.json: Dit bestand is geen resultaatbestand van een Samenwijs-zelfscan.',
      'zonder-code.json: In dit resultaatbestand ontbreekt de resultaatcode.',
      `leider.json: ${OTHER_FRAMEWORK}`,
    ]);
    const team = expectedTeam([DATA.files[3], DATA.files[4], DATA.files[0], DATA.files[1], DATA.files[2], DATA.files[5], DATA.files[6]]);
    assert.deepEqual(await rows(page, '.team-picture table.heatmap'), heatmapRows(team), 'the seven files make the picture');
    assertClean(assert, problems, 'files');
    await context.close();
  });
});

describe('the CSV', () => {
  it('has a header, semicolons, decimal commas, only domain and competence rows, and no result code', async () => {
    const { page, problems, context } = await open(WIDE);
    await go(page, '/teamoverzicht');
    await page.fill('#team-codes', MIXED_LINES().join('\n'));
    await makePicture(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:text-is("Download cijfers (CSV)")')]);
    assert.equal(download.suggestedFilename(), 'teamoverzicht-leraar.csv');
    const withBom = await readFile(await download.path(), 'utf8');
    assert.ok(withBom.startsWith('\uFEFF'), 'a byte order mark, so that Excel shows accents');
    const csv = withBom.slice(1);
    assert.ok(csv.endsWith('\n'));
    const lines = csv.slice(0, -1).split('\n');
    assert.equal(lines[0], ['soort', 'id', 'titel', 'aantal', 'te weinig antwoorden',
      ...LERAAR.scale.levels.map((l) => `niveau ${l.value} ${l.label}`), 'gemiddelde', 'mediaan'].join(';'));
    const team = expectedTeam(DATA.team);
    const field = (s) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const row = (kind, d) => [kind, d.id, field(d.title), d.n, d.tooFew, ...d.counts, csvNumber(d.mean), csvNumber(d.median)].join(';');
    const expected = LERAAR.domains.flatMap((d, i) => [row('domein', team.domains[i]),
      ...team.competences.filter((c) => c.domain.id === d.id).map((c) => row('competentie', c))]);
    assert.deepEqual(lines.slice(1), expected);
    assert.equal(lines.length, 1 + LERAAR.domains.length + COMPETENCES.length, 'only aggregated rows');
    for (const line of lines.slice(1)) {
      const cells = line.split(';');
      assert.equal(cells.length, 13, `13 fields: ${line}`);
      assert.ok(['domein', 'competentie'].includes(cells[0]));
      assert.match(cells[11], /^\d,\d$/, `mean with a decimal comma: ${line}`);
      assert.match(cells[12], /^\d,\d$/, `median with a decimal comma: ${line}`);
    }
    assert.doesNotMatch(csv, /SW1-/, 'no result code in the CSV');
    for (const code of [...DATA.codes, DATA.leaderCode]) assert.ok(!csv.includes(code.slice(4, 20)));
    await announced(page, /gedownload als teamoverzicht-leraar\.csv/);
    assertClean(assert, problems, 'csv');
    await context.close();
  });
});

describe('a team set saved on this device', () => {
  it('is kept only when saved, reopens after a reload, and can be wiped', async () => {
    const { page, problems, context } = await open(WIDE);
    await go(page, '/teamoverzicht');
    await page.fill('#team-codes', DATA.codes.join('\n'));
    await page.fill('#team-min', '6');
    await makePicture(page);
    const picture = await rows(page, '.team-picture table.heatmap');
    assert.deepEqual(picture, heatmapRows(expectedTeam(DATA.team)));
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), TEAM_KEY), null, 'nothing stored before saving');
    assert.deepEqual(await samenwijsKeys(page), []);
    await page.click('button:text-is("Bewaar deze teamset op dit apparaat")');
    await announced(page, /De teamset is op dit apparaat bewaard\./);
    const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), TEAM_KEY));
    assert.equal(saved.text, DATA.codes.join('\n'));
    assert.equal(saved.minGroupSize, 6);
    assert.deepEqual(await samenwijsKeys(page), [TEAM_KEY]);

    await page.reload();
    await waitForPage(page);
    assert.equal(await page.inputValue('#team-codes'), '', 'the form starts empty');
    assert.equal(await page.locator('table.heatmap').count(), 0);
    const notice = page.locator('main p.notice');
    assert.match(await text(notice), /^Er is een bewaarde teamset op dit apparaat\./);
    await notice.getByRole('button', { name: 'Open de bewaarde teamset' }).click();
    await page.waitForSelector('table.heatmap');
    assert.deepEqual(await rows(page, '.team-picture table.heatmap'), picture, 'the same picture');
    assert.equal(await page.inputValue('#team-codes'), DATA.codes.join('\n'));
    assert.equal(await page.inputValue('#team-min'), '6');
    assert.equal(await text(page.locator('.team-report [role="status"]')), '12 codes gebruikt.');

    await notice.getByRole('button', { name: 'Wis de bewaarde teamset' }).click();
    await announced(page, /De bewaarde teamset is gewist\./);
    assert.equal(await page.locator('main p.notice').count(), 0, 'the notice is gone');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), TEAM_KEY), null);
    await page.reload();
    await waitForPage(page);
    assert.equal(await page.getByRole('button', { name: 'Open de bewaarde teamset' }).count(), 0);
    assertClean(assert, problems, 'saved team set');
    await context.close();
  });
});

describe('comparing two team sets', () => {
  it('shows earlier, now and the difference per competence', async () => {
    const { page, problems, context } = await open(WIDE);
    await go(page, '/teamoverzicht');
    await page.fill('#team-codes', DATA.codes.join('\n'));
    await page.getByLabel('Codes van de eerdere teamset').fill(DATA.earlierCodes.join('\n'));
    await page.click('section[aria-labelledby="team-compare-title"] button:text-is("Vergelijk")');
    const table = 'section[aria-labelledby="team-compare-title"] table';
    await page.waitForSelector(table);
    assert.equal(await text(page.locator(`${table} caption`)), 'Eerder (8 codes) en nu (12 codes)');
    assert.deepEqual(await page.$$eval(`${table} thead th`, (ths) => ths.map((t) => t.textContent)), ['Competentie', 'Eerder', 'Nu', 'Verschil']);
    const earlier = expectedTeam(DATA.earlier).competences;
    const now = expectedTeam(DATA.team).competences;
    const expected = now.map((c, k) => {
      const e = earlier[k].mean;
      const l = c.mean;
      if (e === null || l === null) return [c.title, fmt(e), fmt(l), '–'];
      const change = round1(l - e);
      return [c.title, fmt(e), fmt(l), `${change > 0 ? '+' : ''}${fmt(change)}`];
    });
    assert.deepEqual(await rows(page, table), expected);
    assert.ok(expected.filter((r) => r[3].startsWith('+')).length >= 10, 'the later team scores higher on most competences');
    await announced(page, /De vergelijking staat hieronder\./);
    // Too few earlier codes.
    await page.fill('#team-earlier', DATA.earlierCodes.slice(0, 3).join('\n'));
    await page.click('section[aria-labelledby="team-compare-title"] button:text-is("Vergelijk")');
    await page.waitForSelector('section[aria-labelledby="team-compare-title"] [role="alert"]');
    assert.equal(await text(page.locator('section[aria-labelledby="team-compare-title"] [role="alert"]')),
      'Beide teamsets hebben minstens 5 geldige codes van dezelfde zelfscan nodig om te vergelijken (nu 3 en 12).');
    assert.equal(await page.locator(table).count(), 0);
    assertClean(assert, problems, 'team comparison');
    await context.close();
  });
});

describe('accessibility', () => {
  for (const [name, viewport] of [['phone', PHONE], ['wide', WIDE]]) {
    it(`has no WCAG 2.1 A/AA violations before and after the picture (${name})`, async () => {
      const { page, problems, context } = await open(viewport);
      const check = async (where) => assert.deepEqual(await axeViolations(page), [], `axe violations on ${where} (${name})`);
      await go(page, '/teamoverzicht');
      await check('#/teamoverzicht');
      await page.fill('#team-codes', DATA.codes.slice(0, 3).join('\n'));
      await makePicture(page);
      await check('too few codes');
      await page.setInputFiles('#team-files', [{ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{}') }]);
      await page.waitForSelector('.file-list li');
      await page.fill('#team-codes', MIXED_LINES().join('\n'));
      await makePicture(page);
      assert.equal(await page.locator('table.heatmap').count(), 1);
      await check('the team picture with rejected lines');
      if (name === 'phone') {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the team picture scrolls sideways on a phone (${overflow}px)`);
      }
      await page.fill('#team-earlier', DATA.earlierCodes.join('\n'));
      await page.click('section[aria-labelledby="team-compare-title"] button:text-is("Vergelijk")');
      await page.waitForSelector('section[aria-labelledby="team-compare-title"] table');
      await check('the comparison');
      await page.click('button:text-is("Bewaar deze teamset op dit apparaat")');
      await page.reload();
      await waitForPage(page);
      await check('the saved-set notice');
      assertClean(assert, problems, `accessibility (${name})`);
      await context.close();
    });
  }
});

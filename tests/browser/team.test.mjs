// Teamoverzicht, the whole flow in the built site: a hand-in code from a finished scan, a
// collection round with pasted codes (picture, the differencing refusal, a personal code
// refused, team code, CSV, saved picture, print to A4 PDF), the ballot box with six
// colleagues and a reload in the middle, a two-collector round with six colleagues, the
// board overview with three schools (one under the minimum), the page details (minimum
// field messages, files removed and not added twice, a binary file, no sideways scrolling
// at 1440 px) and axe-core on every page. The colleagues' codes are made by the site's own
// module under Node, each with its own device salt, as on their own devices.
// Every test ends with no console errors, no page errors and no request to another origin.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, waitForPage } from '../support/browser.mjs';
import { assertClean, startModule } from './site-fixture.mjs';
import { FRAMEWORKS, PHONE, WIDE, competencesOf, rows, text, textOnceShown, useSite } from './scan-fixture.mjs';
import { loadSamenwijs } from '../node/load-module.mjs';

const LERAAR = FRAMEWORKS.leraar;
const COMPETENCES = competencesOf(LERAAR);
const WIDE_1440 = { width: 1440, height: 900 };
const { open, go } = useSite();
let core;
before(async () => { ({ core } = await loadSamenwijs({ withContent: true })); });

// Colleague p answers every item of competence k at LEVELS[p][k % 3].
const LEVELS = [[3, 4, 2], [5, 2, 4], [2, 2, 3], [4, 6, 1], [1, 3, 5], [6, 6, 6], [2, 5, 3], [3, 3, 3]];
const answersOf = (p) => Object.fromEntries(COMPETENCES.flatMap((c, k) => c.items.map((item) => [item.id, LEVELS[p][k % 3]])));
const salt = (p, extra = 0) => (p * 7919 + extra * 104729 + 1).toString(16).padStart(32, '0');
/** The hand-in code(s) of colleague p (their own device) for a round. */
const handIn = (round, p, extra = 0) => core.handin(round, answersOf(p), salt(p, extra)).codes.map((c) => c.code);
/** Expected heatmap counts of competence k for colleagues `people`. */
const expectedCounts = (people, k) => [1, 2, 3, 4, 5, 6].map((l) => people.filter((p) => LEVELS[p][k % 3] === l).length);

async function heatmapCounts(page) {
  return (await rows(page, 'table.heatmap')).map((r) => r.slice(1, 7).map(Number));
}
async function samenwijsStorage(page) {
  return page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('samenwijs:')));
}
function assertNoHandInCodesStored(entries, where) {
  for (const [key, value] of entries) assert.ok(!/IN1-/i.test(value), `${key} holds a hand-in code (${where})`);
}

/** Starts a round on the hub page; returns its code. */
async function startRound(page, { name = 'Teamscan najaar 2026', collectors = 1, min = '5' } = {}) {
  await go(page, '/teamoverzicht');
  await page.fill('#round-name', name);
  await page.selectOption('#round-framework', 'leraar');
  await page.fill('#round-min', min);
  await page.check(`input[name="round-collectors"][value="${collectors}"]`);
  await page.click('button:text-is("Start de ronde")');
  return text(page.locator('#new-round-code'));
}

async function pdfText(page, name) {
  const dir = process.env.TEAM_PDF_DIR || mkdtempSync(join(tmpdir(), 'team-pdf-'));
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '1', file, join(dir, name)]);
  // White space folded away: a header may wrap onto two lines in print.
  return { text: execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ''), file, dir };
}

// =======================================================================================
describe('a hand-in code from a finished scan', () => {
  it('is made with the round code, is the same twice on one device, and does not open as a result', async () => {
    const coach = await open(WIDE);
    const round = await startRound(coach.page);
    assert.match(round, /^RN1-[0-9A-Z]+$/);
    // The teacher's own device: a finished scan on it.
    const teacher = await open(WIDE);
    await teacher.page.addInitScript((progress) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem('samenwijs:zelfscan:leraar', progress);
      sessionStorage.setItem('seeded', '1');
    }, JSON.stringify({ version: 1, framework: 'leraar', frameworkVersion: LERAAR.version, answers: answersOf(0), step: 17 }));
    await go(teacher.page, '/zelfscan/leraar/uitslag');
    await teacher.page.fill('#handin-round', round.toLowerCase());
    await teacher.page.click('button:text-is("Maak inlevercode")');
    const code = await teacher.page.inputValue('#handin-code');
    assert.match(code, /^IN1-[0-9A-Z]+$/);
    assert.notEqual(code, await teacher.page.inputValue('#result-code'), 'not the personal code');
    await teacher.page.click('button:text-is("Maak inlevercode")');
    assert.equal(await teacher.page.inputValue('#handin-code'), code, 'same device and round: the same code');
    await teacher.page.click('.handin-code button:text-is("Kopieer code")');
    assert.match(await textOnceShown(teacher.page.locator('.handin-code .confirmation')), /gekopieerd|Kopiëren lukte niet vanzelf/);
    assert.deepEqual(await axeViolations(teacher.page), [], 'axe on the result page with a hand-in code');
    // Another device with the same answers makes another code.
    assert.notEqual(handIn(round, 0, 1)[0], code);
    // The code does not open as one person's result.
    await go(teacher.page, `/zelfscan/code?c=${encodeURIComponent(code)}`);
    assert.equal(await teacher.page.locator('#competences-title').count(), 0, 'no profile from a hand-in code');
    assertClean(assert, teacher.problems, 'hand-in code');
    assertClean(assert, coach.problems, 'start round');
    await teacher.context.close();
    await coach.context.close();
  });
});

describe('a round with pasted codes', () => {
  it('shows the picture from 5, refuses 5 + 1, refuses a personal code, and gives a team code, CSV, saved set and A4 print', async () => {
    const { page, problems, context } = await open(WIDE_1440);
    const round = await startRound(page);
    const codes = [0, 1, 2, 3, 4, 5].map((p) => handIn(round, p)[0]);
    const personal = core.profile('leraar', answersOf(6)).code;
    await go(page, `/teamoverzicht/ronde?r=${encodeURIComponent(round)}`);
    // Five codes, separated in several ways, one in lower case with a space inside.
    const loose = `${codes[4].slice(0, 12).toLowerCase()} ${codes[4].slice(12).toLowerCase()}`;
    await page.fill('#team-codes', `${codes[0]}, ${codes[1]}\t${codes[2]}\n${codes[3]} ${loose}\n${personal}`);
    await page.click('button:text-is("Maak teambeeld")');
    assert.equal(await text(page.locator('.team-report [role="status"]')), '5 inlevercodes gebruikt, 1 afgewezen.');
    assert.match(await text(page.locator('.team-report details li')), /persoonlijke resultaatcode.*inlevercode/);
    assert.equal(await text(page.locator('#team-picture-title')), 'Teambeeld: Teamscan najaar 2026');
    assert.deepEqual(await heatmapCounts(page), COMPETENCES.map((c, k) => expectedCounts([0, 1, 2, 3, 4], k)));
    // Mean and median are visible without sideways scrolling at 1440 px.
    const scroll = await page.$eval('table.heatmap', (t) => { const box = t.closest('.table-scroll'); return [box.scrollWidth, box.clientWidth]; });
    assert.ok(scroll[0] <= scroll[1], `no sideways scrolling: ${scroll}`);
    const teamCode = await page.inputValue('#team-code');
    assert.match(teamCode, /^TM1-/);
    // The CSV: a BOM, aggregates only.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:text-is("Download cijfers (CSV)")')]);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\ufeff'), 'UTF-8 BOM');
    assert.ok(!/IN1-|SW1-/i.test(csv), 'no codes in the CSV');
    // Save (visible confirmation); storage holds aggregates, no codes.
    await page.fill('#set-name', 'Najaar');
    await page.click('button:text-is("Bewaar op dit apparaat")');
    assert.match(await text(page.locator('.team-actions .confirmation').last()), /^Bewaard op dit apparaat als “Najaar”/);
    await page.click('button:text-is("Kopieer teamcode")');
    assert.match(await textOnceShown(page.locator('.team-actions .confirmation').first()), /gekopieerd|Kopiëren lukte niet vanzelf/);
    assertNoHandInCodesStored(await samenwijsStorage(page), 'after saving');
    // Print on A4 with all columns and the date.
    const pdf = await pdfText(page, 'round');
    // All columns of the heatmap: six level headers, too few answers, mean and median.
    assert.ok((pdf.text.match(/Niveau(?!s)/g) || []).length >= 6, 'six level columns in the PDF');
    for (const column of ['antwoorden', 'Gemiddelde', 'Mediaan']) assert.ok(pdf.text.includes(column), `${column} in the PDF`);
    for (const c of COMPETENCES) assert.ok(pdf.text.includes(c.title.split(' ')[0]), `${c.title} in the PDF`);
    assert.match(pdf.text, /gemaaktop\d+\w+20\d\d/);
    // The same five plus one: refused, no picture.
    await page.fill('#team-codes', codes.join('\n'));
    await page.click('button:text-is("Maak teambeeld")');
    assert.equal(await page.locator('#team-picture-title').count(), 0);
    assert.match(await text(page.locator('.notice')), /verschilt maar 1 inlevercode/);
    assert.deepEqual(await axeViolations(page), []);
    assertClean(assert, problems, 'round');
    await context.close();
  });

  it('counts codes pasted as whole e-mails and lists the words around them apart, not as rejected', async () => {
    const { page, problems, context } = await open(PHONE);
    const round = await startRound(page);
    const codes = [0, 1, 2, 3, 4].map((p) => handIn(round, p)[0]);
    await go(page, `/teamoverzicht/ronde?r=${encodeURIComponent(round)}`);
    // One code wrapped across two lines with a word after it, as a mail program may do;
    // words like "ict-coach" are text, not wrong codes.
    const shown = codes.map((c, i) => (i === 1 ? `${c.slice(0, 30)}\n${c.slice(30)} groetjes` : c));
    await page.fill('#team-codes', shown.map((c) => `Hoi Anne,\n\nHier is mijn inlevercode:\n${c}\n\nGroetjes,\nPiet, ict-coach po-school\n`).join('\n'));
    await page.click('button:text-is("Maak teambeeld")');
    assert.equal(await text(page.locator('.team-report [role="status"]')),
      '5 inlevercodes gebruikt, tekst zonder code overgeslagen op 6 plekken.');
    // The greetings are listed apart, closed, and not as rejected codes.
    assert.equal(await page.locator('.team-report details').count(), 1);
    await page.click('.team-report details.skipped-text summary');
    const listed = await page.locator('.team-report details.skipped-text li').allTextContents();
    // Eight lines a mail (nine for the wrapped one): the greeting on line 1, then each
    // signature; the wrapped code's second line (13) has "groetjes" after it.
    assert.deepEqual(listed, ['regel 1', 'regel 6', 'regel 13', 'regel 23', 'regel 31', 'regel 39']);
    assert.deepEqual(await axeViolations(page), [], 'axe on the report with skipped text');
    assert.deepEqual(await heatmapCounts(page), COMPETENCES.map((c, k) => expectedCounts([0, 1, 2, 3, 4], k)));
    assertClean(assert, problems, 'pasted e-mails');
    await context.close();
  });

  it('compares two rounds on the hub, never two sets of one round', async () => {
    const { page, problems, context } = await open(WIDE);
    const autumn = await startRound(page, { name: 'Najaar' });
    // With fewer than two saved pictures there is nothing to choose: the page says how to get them.
    const compareHidden = () => page.$eval('#compare-earlier', (select) => select.closest('[hidden]') !== null);
    const hintHidden = () => page.$eval('section[aria-labelledby="compare-title"] p.hint', (hint) => hint.hidden);
    assert.equal(await compareHidden(), true, 'no empty choices before two pictures are saved');
    assert.equal(await hintHidden(), false);
    assert.match(await text(page.locator('section[aria-labelledby="compare-title"] p.hint')), /Bewaar eerst van twee verschillende rondes het teambeeld/);
    const spring = await startRound(page, { name: 'Voorjaar' });
    const codeOf = (round, people, name) => core.team({ round, name, text: people.map((p) => handIn(round, p)[0]).join('\n') }).teamCode;
    const sets = [{ code: codeOf(autumn, [0, 1, 2, 3, 4], 'Najaar'), name: 'Najaar', date: '2026-10-01' },
      { code: codeOf(spring, [0, 1, 2, 3, 4, 5, 6], 'Voorjaar'), name: 'Voorjaar', date: '2027-04-01' }];
    await page.evaluate((s) => localStorage.setItem('samenwijs:team:sets', s), JSON.stringify(sets));
    await page.reload();
    await waitForPage(page);
    await startModule(page);
    assert.equal(await hintHidden(), true, 'the hint goes once two pictures are saved');
    assert.equal(await compareHidden(), false);
    await page.selectOption('#compare-earlier', sets[0].code);
    await page.selectOption('#compare-later', sets[1].code);
    await page.click('button:text-is("Vergelijk")');
    const table = await rows(page, 'table.compare-table');
    assert.equal(table.length, COMPETENCES.length);
    for (const [, earlier, later, change] of table) {
      const num = (s) => Number(s.replace(',', '.'));
      if (change !== '–') assert.equal(num(change).toFixed(1), (num(later) - num(earlier)).toFixed(1), 'the difference agrees with the rounded numbers');
    }
    // A saved set opens; and can be deleted.
    await page.click('.set-list li:first-child button:text-is("Open")');
    assert.equal(await text(page.locator('#team-picture-title')), 'Teambeeld: Najaar');
    await page.click('.set-list li:first-child button:text-is("Verwijder")');
    assert.equal(await page.locator('.set-list li').count(), 1);
    assert.deepEqual(await axeViolations(page), []);
    assertClean(assert, problems, 'compare');
    await context.close();
  });
});

describe('the ballot box in a team meeting', () => {
  it('takes six colleagues one by one (codes and short scans), keeps only totals over a reload, and opens the picture when closed', async () => {
    const { page, problems, context } = await open(WIDE);
    const round = await startRound(page, { name: 'Teamvergadering' });
    const codes = [0, 1, 2, 3, 4, 5].map((p) => handIn(round, p)[0]);
    await go(page, `/teamoverzicht/stembus?r=${encodeURIComponent(round)}`);
    const assertOnlyTotalsStored = async (where) => {
      const entries = await samenwijsStorage(page);
      assertNoHandInCodesStored(entries, where);
      for (const [key, value] of entries) {
        assert.ok(!COMPETENCES.some((c) => value.includes(c.id)), `${key} holds short scan answers (${where})`);
      }
    };
    const handInOne = async (code, n) => {
      await page.fill('#ballot-code', code);
      await page.click('button:text-is("Lever in")');
      assert.equal(await text(page.locator('#ballot-count')), `${n} ingeleverd`);
      await assertOnlyTotalsStored(`after ${n}`);
    };
    // Colleague p answers the short scan on this device: one level per competence.
    const shortScanOne = async (p, n) => {
      if (!(await page.locator('#short-scan').evaluate((d) => d.open))) await page.click('#short-scan summary');
      for (const [k, c] of COMPETENCES.entries()) await page.check(`#short-${c.id}-${LEVELS[p][k % 3]}`);
      await page.click('button:text-is("Lever de korte scan in")');
      assert.equal(await text(page.locator('#ballot-count')), `${n} ingeleverd`);
      assert.equal(await page.locator('#short-scan input:checked').count(), 0, 'the form is empty for the next colleague');
      assert.equal(await page.locator('#short-scan').evaluate((d) => d.open), false);
      await assertOnlyTotalsStored(`after short scan ${n}`);
    };
    await handInOne(codes[0], 1);
    await shortScanOne(1, 2);
    // An unfinished short scan says what is still open and counts nothing.
    await page.click('#short-scan summary');
    await page.check(`#short-${COMPETENCES[0].id}-3`);
    await page.click('button:text-is("Lever de korte scan in")');
    assert.match(await text(page.locator('#short-scan-error')), new RegExp(`Nog open: ${COMPETENCES[1].title}`));
    assert.equal(await text(page.locator('#ballot-count')), '2 ingeleverd');
    assert.deepEqual(await axeViolations(page), [], 'axe with the short scan open');
    await handInOne(codes[2], 3);
    await page.reload();
    await waitForPage(page);
    assert.equal(await text(page.locator('#ballot-count')), '3 ingeleverd', 'the totals survive a reload');
    assert.equal(await page.locator('#short-scan input:checked').count(), 0, 'no answers come back after a reload');
    await shortScanOne(3, 4);
    await page.click('button:text-is("Sluit de ronde en toon het teambeeld")');
    assert.match(await text(page.locator('#ballot-error')), /4 ingeleverd.*vanaf 5/);
    await handInOne(codes[4], 5);
    await shortScanOne(5, 6);
    assert.deepEqual(await axeViolations(page), []);
    await page.click('button:text-is("Sluit de ronde en toon het teambeeld")');
    assert.equal(await text(page.locator('#team-picture-title')), 'Teambeeld: Teamvergadering');
    assert.deepEqual(await heatmapCounts(page), COMPETENCES.map((c, k) => expectedCounts([0, 1, 2, 3, 4, 5], k)));
    assertClean(assert, problems, 'ballot box');
    await context.close();
  });
});

describe('a round with two collectors', () => {
  it('six colleagues, two partial team codes, combined to the picture', async () => {
    const { page, problems, context } = await open(WIDE);
    const round = await startRound(page, { name: 'Teamscan met mr', collectors: 2 });
    const shares = [0, 1, 2, 3, 4, 5].map((p) => handIn(round, p));
    assert.ok(shares.every((s) => s.length === 2));
    const parts = [];
    for (const v of [1, 2]) {
      await go(page, `/teamoverzicht/verzamelaar?r=${encodeURIComponent(round)}&v=${v}`);
      await page.fill('#share-codes', shares.map((s) => s[v - 1]).join('\n'));
      await page.click('button:text-is("Tel de deelcodes op")');
      parts.push(await page.inputValue('#part-code'));
      assert.deepEqual(await axeViolations(page), [], `axe on collector ${v}`);
    }
    await go(page, `/teamoverzicht/combineren?r=${encodeURIComponent(round)}`);
    await page.fill('#part-1', parts[0]);
    await page.fill('#part-2', parts[1]);
    await page.click('button:text-is("Combineer en toon het teambeeld")');
    assert.deepEqual(await heatmapCounts(page), COMPETENCES.map((c, k) => expectedCounts([0, 1, 2, 3, 4, 5], k)));
    assert.deepEqual(await axeViolations(page), []);
    assertClean(assert, problems, 'two collectors');
    await context.close();
  });
});

describe('the board overview', () => {
  it('three schools, one under the minimum, beside the board total; CSV and A4 print', async () => {
    const { page, problems, context } = await open(WIDE_1440);
    const schools = [['De Regenboog', [0, 1, 2, 3, 4, 5, 6]], ['Het Baken', [0, 1, 2, 3, 4, 5]], ['De Klimop', [1, 2, 3, 4, 5]]];
    const codes = schools.map(([name, people], i) => {
      const round = core.roundStart({ framework: 'leraar', random: `0${i}0a0b0c0d` }).code;
      return core.team({ round, school: name, name: 'Najaar 2026', text: people.map((p) => handIn(round, p)[0]).join('\n') }).teamCode;
    });
    await go(page, '/bestuursoverzicht');
    await page.fill('#board-codes', codes.join('\n'));
    await page.fill('#board-min', '6');
    await page.click('button:text-is("Maak bestuursoverzicht")');
    const list = await page.locator('.school-list li').allTextContents();
    assert.equal(list.length, 3);
    assert.match(list[2], /De Klimop.*Minder dan 6 deelnemers/);
    const headers = await page.$$eval('table.board-table thead th', (ths) => ths.map((t) => t.textContent));
    assert.deepEqual(headers, ['Competentie', 'Bestuur (13)', 'De Regenboog (7)', 'Het Baken (6)']);
    assert.deepEqual(await heatmapCounts(page), COMPETENCES.map((c, k) => expectedCounts([0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5], k)));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:text-is("Download cijfers (CSV)")')]);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\ufeff') && csv.includes('Het Baken') && !csv.includes('De Klimop'));
    const pdf = await pdfText(page, 'board');
    for (const column of ['Bestuur(13)', 'HetBaken(6)', 'DeRegenboog(7)', 'Gemiddelde', 'Mediaan']) assert.ok(pdf.text.includes(column), `${column} in the PDF`);
    assert.deepEqual(await axeViolations(page), []);
    // A team code of another framework: refused with the reason.
    const leaderRound = core.roundStart({ framework: 'leidinggevende', random: '0f0e0d0c0b' }).code;
    const leaderAnswers = Object.fromEntries(competencesOf(FRAMEWORKS.leidinggevende).flatMap((c) => c.items.map((it) => [it.id, 3])));
    const leaderCode = core.team({ round: leaderRound, text: [1, 2, 3, 4, 5].map((p) => core.handin(leaderRound, leaderAnswers, salt(p)).codes[0].code).join('\n') }).teamCode;
    await page.fill('#board-codes', `${codes.join('\n')}\n${leaderCode}`);
    await page.click('button:text-is("Maak bestuursoverzicht")');
    assert.match(await text(page.locator('details li')), /hoort bij “.*”, de eerste bij “.*”/);
    assertClean(assert, problems, 'board');
    await context.close();
  });
});

describe('page details', () => {
  it('a board member finds the board overview from the home page and the menu; a round starts with the teachers\' scan', async () => {
    const { page, problems, context } = await open(WIDE);
    await go(page, '/');
    await page.click('.roles a:text-is("bestuursoverzicht")');
    await waitForPage(page);
    assert.equal(await text(page.locator('main h1')), 'Bestuursoverzicht');
    await go(page, '/');
    await page.click('.site-nav a:text-is("Bestuursoverzicht")');
    await waitForPage(page);
    assert.equal(await text(page.locator('main h1')), 'Bestuursoverzicht');
    assert.equal(await page.getAttribute('.site-nav a[href="#/bestuursoverzicht"]', 'aria-current'), 'page');
    // The i-coach's round form: the teachers' scan is chosen unless another is picked.
    await go(page, '/teamoverzicht');
    assert.equal(await page.inputValue('#round-framework'), 'leraar');
    assert.equal(await page.inputValue('#round-min'), '5');
    // On a phone the menu holds it too.
    await page.setViewportSize(PHONE);
    await page.click('#menu-toggle');
    assert.equal(await page.isVisible('.site-nav a[href="#/bestuursoverzicht"]'), true);
    assertClean(assert, problems, 'finding the board overview');
    await context.close();
  });

  it('says what is wrong with a minimum of 4.5 or 200000', async () => {
    const { page, problems, context } = await open(WIDE);
    await go(page, '/teamoverzicht');
    for (const [value, message] of [['4.5', '“4.5” is geen heel getal'], ['200000', '200000 is te groot'], ['4', '4 is te klein']]) {
      await page.fill('#round-min', value);
      await page.click('button:text-is("Start de ronde")');
      assert.match(await text(page.locator('#round-error')), new RegExp(message));
    }
    assertClean(assert, problems, 'minimum field');
    await context.close();
  });

  it('removes a file, does not add the same file twice, and gives one message for a binary file', async () => {
    const { page, problems, context } = await open(WIDE);
    const round = await startRound(page);
    const codes = [0, 1, 2, 3, 4].map((p) => handIn(round, p)[0]);
    await go(page, `/teamoverzicht/ronde?r=${encodeURIComponent(round)}`);
    const file = { name: 'codes.txt', mimeType: 'text/plain', buffer: Buffer.from(codes.join('\r\n')) };
    const binary = { name: 'foto.png', mimeType: 'image/png', buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), Buffer.alloc(500, 7)]) };
    await page.setInputFiles('#team-codes-files', [file, binary]);
    await page.setInputFiles('#team-codes-files', [file]);
    // Files are read asynchronously: wait for the message before reading it.
    await page.locator('.drop-zone .field-error').filter({ hasText: /\S/ }).waitFor({ timeout: 10000 });
    assert.match(await text(page.locator('.drop-zone .field-error')), /codes\.txt staat al in de lijst/);
    assert.equal(await page.locator('.file-list li').count(), 2);
    await page.click('button:text-is("Maak teambeeld")');
    assert.equal(await text(page.locator('.team-report [role="status"]')), '5 inlevercodes gebruikt, 1 afgewezen.');
    assert.match(await text(page.locator('.team-report details li')), /^foto\.png: /);
    await page.click('button[aria-label="Verwijder foto.png"]');
    assert.deepEqual(await page.locator('.file-list li').allTextContents(), ['codes.txt Verwijder']);
    assertClean(assert, problems, 'files');
    await context.close();
  });

  for (const [name, viewport] of [['phone', PHONE], ['wide', WIDE]]) {
    it(`the hub and the board overview have no WCAG 2.1 A/AA violations (${name})`, async () => {
      const { page, problems, context } = await open(viewport);
      await startRound(page);
      assert.deepEqual(await axeViolations(page), [], `hub (${name})`);
      await go(page, '/bestuursoverzicht');
      assert.deepEqual(await axeViolations(page), [], `board (${name})`);
      await go(page, '/over');
      assert.deepEqual(await axeViolations(page), [], `over (${name})`);
      assertClean(assert, problems, `accessibility (${name})`);
      await context.close();
    });
  }
});

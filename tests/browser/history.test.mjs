// "Mijn metingen" and the development plan (POP): three measurements finished at injected
// dates (the page's clock is set), the list, the chart and its table over time, comparing
// the first and the third, naming and deleting, export and re-import of the whole history;
// then a POP from the growth areas: refused when incomplete, saved with its measurement,
// printed on A4 (the PDF is kept in build/test-logs for a look) and exported as Markdown;
// the next measurement's results show how the POP's competences moved. The expected
// figures come from the answers given here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { waitForPage, axeViolations } from '../support/browser.mjs';
import { assertClean } from './site-fixture.mjs';
import { FRAMEWORKS, PHONE, WIDE, competencesOf, rows, text, useSite } from './scan-fixture.mjs';

const site = useSite();
const { open, go } = site;

const KEY = 'samenwijs:zelfscan:leraar';
const HISTORY_KEY = 'samenwijs:zelfscan-history';
const LERAAR = competencesOf(FRAMEWORKS.leraar);
const ITEMS = LERAAR.flatMap((c) => c.items.map((i) => i.id));
const LOGS = new URL('../../build/test-logs/', import.meta.url);

// Three measurements: every statement at level 2, then 3, then 5.
const MEASUREMENTS = [
  { at: '2026-01-15T09:30:00', level: 2, dateText: '15 januari 2026, 09:30', short: '15-01-2026' },
  { at: '2026-06-01T10:00:00', level: 3, dateText: '1 juni 2026, 10:00', short: '01-06-2026' },
  { at: '2026-11-20T14:05:00', level: 5, dateText: '20 november 2026, 14:05', short: '20-11-2026' },
];

async function arrive(page, hash) {
  await page.waitForFunction((want) => location.hash === want, hash, { timeout: 10000 });
  await waitForPage(page);
}

const history = async (page) => JSON.parse(await page.evaluate((k) => localStorage.getItem(k), HISTORY_KEY)).measurements;

/**
 * One measurement at the page's clock: all but the last statement are stored as progress
 * of a new measurement, then the last one is answered on the last step, which finishes it.
 */
async function measure(page, { at, level }) {
  await page.clock.setFixedTime(new Date(at));
  await page.evaluate(({ key, items, value }) => {
    const answers = Object.fromEntries(items.slice(0, -1).map((id) => [id, value]));
    localStorage.setItem(key, JSON.stringify({ version: 1, framework: 'leraar', frameworkVersion: 1, answers, step: 17 }));
  }, { key: KEY, items: ITEMS, value: level });
  await go(page, '/zelfscan/leraar/stap/17');
  await page.check(`#a-${ITEMS[ITEMS.length - 1]}-${level}`);
}

async function threeMeasurements(page) {
  await go(page, '/zelfscan');
  for (const m of MEASUREMENTS) await measure(page, m);
  const list = await history(page);
  assert.equal(list.length, 3);
  return list;
}

describe('Mijn metingen', () => {
  it('lists three measurements by date, charts and tabulates them over time, compares the first and the third, names, deletes, exports and re-imports', async () => {
    const { page, problems, context } = await open(WIDE);
    const stored = await threeMeasurements(page);
    assert.deepEqual(stored.map((m) => m.finishedAt), MEASUREMENTS.map((m) => m.at.slice(0, 16)));
    await go(page, '/zelfscan/metingen');
    assert.deepEqual((await rows(page, 'table.measurement-list')).map((r) => [r[0], r[2]]),
      MEASUREMENTS.map((m) => [m.dateText, `${ITEMS.length} van ${ITEMS.length}`]));
    // The chart: one line per domain, one point per measurement, dates on the axis.
    const domains = FRAMEWORKS.leraar.domains;
    assert.equal(await page.locator('svg.trend-chart path.trend-line').count(), domains.length);
    assert.equal(await page.locator('svg.trend-chart .trend-mark').count(), domains.length * 3);
    const ticks = await page.$$eval('svg.trend-chart text', (ts) => ts.map((t) => t.textContent));
    for (const m of MEASUREMENTS) assert.ok(ticks.includes(m.short), `the axis shows ${m.short}`);
    assert.deepEqual(await page.$$eval('.trend-legend li', (lis) => lis.map((li) => li.textContent.trim())), domains.map((d) => `${d.code}. ${d.title}`));
    // The table: the same numbers, per domain and per competence.
    const table = await rows(page, 'table.trend-table');
    assert.equal(table.length, domains.length + LERAAR.length);
    assert.deepEqual(table[0], [`${domains[0].code}. ${domains[0].title}`, '2', '3', '5']);
    assert.deepEqual(table[1], [LERAAR[0].title, '2', '3', '5']);
    // The chart for one domain's competences.
    await page.selectOption(`#trend-leraar`, domains[1].id);
    assert.equal(await page.locator('svg.trend-chart path.trend-line').count(), domains[1].competences.length);
    // Compare the first and the third (the defaults: oldest and newest).
    assert.equal(await page.inputValue('#cmp-a-leraar'), stored[0].id);
    assert.equal(await page.inputValue('#cmp-b-leraar'), stored[2].id);
    await page.click('form.compare-two button:text-is("Vergelijk")');
    assert.equal(await text(page.locator('#comparison-title')), `Vergelijking: ${MEASUREMENTS[0].dateText} en ${MEASUREMENTS[2].dateText}`);
    const cmp = await rows(page, '.comparison-output table');
    assert.equal(cmp.length, LERAAR.length);
    for (const [i, r] of cmp.entries()) assert.deepEqual(r, [LERAAR[i].title, '2', '5', '+3', 'gegroeid']);
    // Name the second.
    await page.fill(`#name-${stored[1].id}`, 'Na de studiedag');
    await page.click(`tr[data-id="${stored[1].id}"] button:has-text("Bewaar naam")`);
    await page.waitForFunction(([k, id]) => JSON.parse(localStorage.getItem(k)).measurements.find((m) => m.id === id).name === 'Na de studiedag', [HISTORY_KEY, stored[1].id]);
    // Export: one dated file with all three.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:text-is("Download al je metingen")')]);
    assert.equal(download.suggestedFilename(), 'samenwijs-metingen-2026-11-20.json');
    const exported = await readFile(await download.path(), 'utf8');
    const file = JSON.parse(exported);
    assert.equal(file.format, 'samenwijs-metingen');
    assert.deepEqual(file.measurements.map((m) => m.name), ['', 'Na de studiedag', '']);
    // Delete the first (after a confirmation).
    page.once('dialog', (d) => { assert.match(d.message(), /De meting van 15 januari 2026, 09:30 verwijderen\?/); d.accept(); });
    await page.click(`tr[data-id="${stored[0].id}"] button:has-text("Verwijderen")`);
    await page.waitForFunction(() => document.querySelectorAll('table.measurement-list tbody tr').length === 2);
    // Re-import: the deleted one comes back, nothing doubles.
    await page.setInputFiles('#history-file', { name: 'samenwijs-metingen-2026-11-20.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.waitForFunction(() => document.querySelectorAll('table.measurement-list tbody tr').length === 3);
    assert.equal(await text(page.locator('.import-status')), '1 meting toegevoegd, 2 stonden er al.');
    // On a wiped device the file brings back everything, names included.
    await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('samenwijs:')) localStorage.removeItem(k); });
    await page.reload();
    await waitForPage(page);
    assert.equal(await page.locator('table.measurement-list').count(), 0);
    await page.setInputFiles('#history-file', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.waitForFunction(() => document.querySelectorAll('table.measurement-list tbody tr').length === 3);
    assert.deepEqual((await history(page)).map((m) => [m.finishedAt, m.name]), MEASUREMENTS.map((m, i) => [m.at.slice(0, 16), i === 1 ? 'Na de studiedag' : '']));
    // A file that is not a history is refused in Dutch; nothing changes.
    await page.setInputFiles('#history-file', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"iets"}') });
    await page.waitForFunction(() => /geen overzicht van metingen/.test(document.querySelector('.import-status').textContent));
    assert.equal((await history(page)).length, 3);
    assert.deepEqual(await axeViolations(page), []);
    assertClean(assert, problems, 'history');
    await context.close();
  });
});

describe('the development plan (POP)', () => {
  it('is made from the growth areas, checked, stored with its measurement, printed on A4 and exported as Markdown; the next measurement shows how it moved', async () => {
    const { page, problems, context } = await open(WIDE);
    await go(page, '/zelfscan');
    await measure(page, MEASUREMENTS[0]);
    const [first] = await history(page);
    await go(page, '/zelfscan/leraar/uitslag');
    await page.click('main .measurement-status a:text-is("Maak je ontwikkelplan (POP)")');
    await arrive(page, `#/zelfscan/metingen/${first.id}/pop`);
    const legends = await page.$$eval('fieldset.pop-goal > legend', (ls) => ls.map((l) => l.textContent));
    assert.equal(legends.length, 3, 'three growth areas to choose from');
    const titles = legends.map((l) => l.replace(/ \(nu .*$/, ''));
    // Nothing chosen: refused, in Dutch.
    await page.click('button:text-is("Bewaar je ontwikkelplan")');
    assert.match(await text(page.locator('.pop-errors')), /Kies minstens één doel\./);
    // Goal 1 complete, goal 2 without a date: refused, naming the competence.
    await page.check('#pop-0-chosen');
    await page.fill('#pop-0-action', 'Twee lessen met *formatief* toetsen voorbereiden');
    await page.check('#pop-0-with-collega');
    await page.check('#pop-0-with-i-coach');
    await page.fill('#pop-0-withWho', 'Sanne');
    await page.fill('#pop-0-by', '2027-03-01');
    await page.fill('#pop-0-evidence', 'Mijn leerlingen zeggen wat ze al kunnen');
    const topic = page.locator('#pop-goal-0 .pop-topics input').first();
    const topicLabel = await text(page.locator(`label[for="${await topic.getAttribute('id')}"]`));
    await topic.check();
    await page.check('#pop-1-chosen');
    await page.fill('#pop-1-action', 'Een netwerkbijeenkomst bezoeken');
    await page.check('#pop-1-with-netwerk');
    await page.fill('#pop-1-evidence', 'Ik heb een idee uitgeprobeerd');
    await page.click('button:text-is("Bewaar je ontwikkelplan")');
    assert.equal(await text(page.locator('.pop-errors li')), `Doel 2: kies een datum waarop het klaar is bij “${titles[1]}”.`);
    await page.fill('#pop-1-by', '2027-06-30');
    await page.click('button:text-is("Bewaar je ontwikkelplan")');
    await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).measurements[0].pop, HISTORY_KEY);
    const pop = (await history(page))[0].pop;
    assert.equal(pop.goals.length, 2);
    assert.deepEqual(pop.goals[0].with, ['collega', 'i-coach']);
    assert.equal(pop.goals[0].by, '2027-03-01');
    // Markdown.
    const [md] = await Promise.all([page.waitForEvent('download'), page.click('button:text-is("Download als Markdown")')]);
    assert.equal(md.suggestedFilename(), 'ontwikkelplan-2026-01-15.md');
    const markdown = await readFile(await md.path(), 'utf8');
    assert.ok(markdown.startsWith('# Mijn ontwikkelplan (POP)\n'), markdown.slice(0, 80));
    assert.ok(markdown.includes('meting van 15 januari 2026, 09:30'));
    assert.ok(markdown.includes(`## Doel 1: ${titles[0]}\n`));
    assert.ok(markdown.includes('- **Score bij deze meting:** 2,0 (') || markdown.includes('- **Score bij deze meting:** 2 ('), markdown);
    assert.ok(markdown.includes('- **Wat ik ga doen:** Twee lessen met \\*formatief\\* toetsen voorbereiden\n'));
    assert.ok(markdown.includes('- **Met wie:** een collega, de i-coach; Sanne\n'));
    assert.ok(markdown.includes('- **Klaar op:** 1 maart 2027\n'));
    assert.ok(markdown.includes(`  - ${topicLabel.replace(/ \(.*\)$/, '')}`), `the topic ${topicLabel}`);
    assert.ok(markdown.includes(`## Doel 2: ${titles[1]}\n`));
    assert.ok(markdown.includes('- **Met wie:** een leernetwerk\n'));
    // Print on A4: only the plan, no form, no buttons.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('.pop-print'), true);
    assert.equal(await page.isVisible('form.pop-form'), false);
    assert.equal(await page.locator('main button:visible').count(), 0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await mkdir(LOGS, { recursive: true });
    await writeFile(new URL('pop.pdf', LOGS), pdf);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
    assert.ok(pages >= 1 && pages <= 2, `one or two A4 pages, got ${pages}`);
    await page.emulateMedia({ media: 'screen' });
    // The next measurement: its results show how the POP's competences moved.
    await page.evaluate((k) => localStorage.removeItem(k), KEY);
    await measure(page, MEASUREMENTS[2]);
    await go(page, '/zelfscan/leraar/uitslag');
    assert.equal(await text(page.locator('#pop-progress-title')), 'Je doelen uit je vorige ontwikkelplan');
    assert.deepEqual(await rows(page, 'section[aria-labelledby="pop-progress-title"] table'),
      titles.slice(0, 2).map((t) => [t, '2', '5', 'gegroeid']).sort((a, b) => LERAAR.findIndex((c) => c.title === a[0]) - LERAAR.findIndex((c) => c.title === b[0])));
    assert.deepEqual(await axeViolations(page), []);
    assertClean(assert, problems, 'POP');
    await context.close();
  });

  it('has no WCAG 2.1 A/AA violations on the POP form at phone width', async () => {
    const { page, problems, context } = await open(PHONE);
    await go(page, '/zelfscan');
    await measure(page, MEASUREMENTS[0]);
    const [first] = await history(page);
    await go(page, `/zelfscan/metingen/${first.id}/pop`);
    assert.deepEqual(await axeViolations(page), []);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no sideways scrolling');
    assertClean(assert, problems, 'POP phone');
    await context.close();
  });
});

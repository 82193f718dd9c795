// Netwerkcheck, issue 13: readiness with a missing goal (blocked, named first, start over
// and undo), the map of 30 contacts with ties between them at 1440 px (labels measured in
// the browser: no overlaps, nothing clipped, the SVG fills the width) and at 360 px (a list
// per circle, no sideways scrolling), the map printed alone on one A4 page, delete with
// undo, the CSV opened and checked for BOM and formula injection, and a map saved before
// "who knows whom" existed still loading with every contact.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { axeViolations, waitForPage } from '../support/browser.mjs';
import { assertClean, startModule, startSite } from './site-fixture.mjs';
import { bigMap } from './network-map-fixture.mjs';

const MAP_KEY = 'samenwijs:netwerk:kaart';
const READINESS_KEY = 'samenwijs:netwerk:gereedheid';
const READINESS = JSON.parse(readFileSync(new URL('../../content/network/readiness.json', import.meta.url), 'utf8'));
const SHOTS = process.env.SAMENWIJS_SHOTS_DIR || '/tmp';

let env;
before(async () => { env = await startSite(); });
after(async () => { await env.close(); });

async function seed(context, key, value) {
  await context.addInitScript(([k, v]) => {
    try {
      if (!location.protocol.startsWith('http') || sessionStorage.getItem(`test:seeded:${k}`)) return;
      localStorage.setItem(k, v);
      sessionStorage.setItem(`test:seeded:${k}`, '1');
    } catch { /* about:blank has no storage */ }
  }, [key, value]);
}

async function open(viewport, seeds = {}) {
  const opened = await env.open({ viewport });
  for (const [k, v] of Object.entries(seeds)) await seed(opened.context, k, v);
  return opened;
}

async function go(page, route) {
  await page.goto(`${env.site.url}#${route}`);
  await waitForPage(page);
  await startModule(page);
}

const stored = (page, key) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), key);
const rows = (page) => page.locator('main table.data-table tbody tr').count();

/** The rendered boxes of every label on the map, and the SVG's own box. */
const labelBoxes = (page) => page.evaluate(() => {
  const svg = document.querySelector('svg.network-map').getBoundingClientRect();
  const boxes = [...document.querySelectorAll('svg.network-map .map-label, svg.network-map .map-group-label')].map((t) => {
    const r = t.getBoundingClientRect();
    return { text: t.textContent, x: r.x, y: r.y, w: r.width, h: r.height };
  });
  return { svg: { x: svg.x, y: svg.y, w: svg.width, h: svg.height }, boxes };
});

describe('readiness with a missing goal', () => {
  it('is blocked, names the goal first, and "Opnieuw beginnen" can be undone', async () => {
    const answers = {};
    for (const c of READINESS.conditions.filter((x) => x.phases.includes('start'))) {
      for (const s of c.statements) answers[s.id] = c.id === 'netwerk-doel' ? 0 : 2;
    }
    const { page, problems, context } = await open({ width: 1366, height: 900 }, { [READINESS_KEY]: JSON.stringify({ phase: 'start', answers }) });
    await go(page, '/netwerkcheck/gereedheid');
    await page.getByRole('button', { name: 'Bekijk het beeld' }).click();
    await page.waitForSelector('.readiness-result .verdict');
    assert.equal(await page.locator('.readiness-result .verdict').getAttribute('class'), 'verdict verdict--blocked');
    const verdict = await page.textContent('.readiness-result .verdict');
    assert.match(verdict, /^Nog niet starten\. Eerst nodig: Doel\./);
    assert.doesNotMatch(verdict, /Bijna/);
    assert.deepEqual(await page.locator('.readiness-result .blockers li strong').allTextContents(), ['Doel: ']);
    assert.match(await page.textContent('.readiness-result h3:text-is("Begin hiermee") + ol > li'), /^Doel: /);
    assert.deepEqual(await axeViolations(page), [], 'axe on the blocked verdict');

    // Start over, then undo: every answer is back, on the page and on the device.
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), READINESS_KEY), null);
    assert.equal(await page.locator('main input[type="radio"][name^="s-"]:checked').count(), 0);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    assert.deepEqual(await stored(page, READINESS_KEY), { phase: 'start', answers });
    assert.equal(await page.locator('main input[type="radio"][name^="s-"]:checked').count(), Object.keys(answers).length);
    assertClean(assert, problems, 'readiness with a missing goal');
    await context.close();
  });
});

describe('the map of 30 contacts', () => {
  it('at 1440 px: the SVG fills the width, 30 labels and the circles without overlap or clipping, ties between contacts drawn', async () => {
    const map = bigMap(30);
    const { page, problems, context } = await open({ width: 1440, height: 900 }, { [MAP_KEY]: JSON.stringify(map) });
    await go(page, '/netwerkcheck/kaart');
    assert.equal(await rows(page), 30);
    const figure = page.locator('.map-figure');
    assert.equal(await figure.isVisible(), true);
    assert.equal(await page.locator('.map-groups').isVisible(), false);
    const mainWidth = await page.evaluate(() => document.querySelector('.network-map-page').getBoundingClientRect().width);
    const { svg, boxes } = await labelBoxes(page);
    assert.ok(svg.w >= mainWidth - 1, `the SVG (${svg.w}px) fills the page width (${mainWidth}px)`);
    assert.equal(await page.locator('svg.network-map line.map-link').count(), map.links.length, 'one line per pair who know each other');
    assert.equal(await page.locator('svg.network-map .map-label').count(), 30, 'every contact has a label');
    assert.equal(await page.locator('svg.network-map .map-group-label').count(), 6, 'every circle is named');
    for (const b of boxes) {
      assert.ok(b.h >= 14, `"${b.text}" is legible (${b.h.toFixed(1)}px high)`);
      assert.ok(b.x >= svg.x && b.y >= svg.y && b.x + b.w <= svg.x + svg.w && b.y + b.h <= svg.y + svg.h, `"${b.text}" is not clipped`);
    }
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i];
        const b = boxes[j];
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        assert.ok(!overlap, `"${a.text}" and "${b.text}" overlap`);
      }
    }
    await figure.screenshot({ path: `${SHOTS}/netwerkkaart-30-1440.png` });
    assert.deepEqual(await axeViolations(page), [], 'axe at 1440 px');
    assertClean(assert, problems, 'map at 1440 px');
    await context.close();
  });

  it('at 360 px: a list per circle instead of the drawing, the table as the equivalent, no sideways scrolling', async () => {
    const map = bigMap(30);
    const { page, problems, context } = await open({ width: 360, height: 740 }, { [MAP_KEY]: JSON.stringify(map) });
    await go(page, '/netwerkcheck/kaart');
    assert.equal(await page.locator('.map-figure').isVisible(), false);
    assert.equal(await page.locator('.map-groups').isVisible(), true);
    assert.equal(await page.locator('.map-groups section.map-group').count(), 6);
    assert.equal(await page.locator('.map-groups li').count(), 30);
    for (const t of map.ties) assert.equal(await page.locator('.map-groups li strong', { hasText: new RegExp(`^${t.name}$`) }).count(), 1, t.name);
    assert.equal(await rows(page), 30);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling');
    const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.map-groups li')).fontSize));
    assert.ok(fontSize >= 14, `list text ${fontSize}px`);
    await page.locator('.map-groups').screenshot({ path: `${SHOTS}/netwerkkaart-30-360.png` });
    assert.deepEqual(await axeViolations(page), [], 'axe at 360 px');
    assertClean(assert, problems, 'map at 360 px');
    await context.close();
  });

  it('prints the map alone, without the form, on one A4 page', async () => {
    const { page, problems, context } = await open({ width: 1280, height: 900 }, { [MAP_KEY]: JSON.stringify(bigMap(30)) });
    await go(page, '/netwerkcheck/kaart');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.tie-form', '.map-table', '.map-reflections', '.toolbar', '.map-groups']) {
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is hidden in print`);
    }
    assert.equal(await page.locator('.map-figure').isVisible(), true);
    assert.equal(await page.locator('button:visible').count(), 0, 'no buttons in print');
    const pdf = await page.pdf({ format: 'A4', path: `${SHOTS}/netwerkkaart-30.pdf` });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
    assert.equal(pages, 1, 'one A4 page');
    assertClean(assert, problems, 'map print');
    await context.close();
  });
});

describe('delete with undo, a fresh form, and the CSV', () => {
  it('deletes a contact with its ties and undoes it; the next contact starts from a fresh form', async () => {
    const map = bigMap(30);
    const { page, problems, context } = await open({ width: 1366, height: 900 }, { [MAP_KEY]: JSON.stringify(map) });
    await go(page, '/netwerkcheck/kaart');
    const victim = map.ties[6].name; // knows contact 0 and 12
    await page.getByRole('button', { name: `${victim} verwijderen`, exact: true }).click();
    assert.equal(await rows(page), 29);
    const after = await stored(page, MAP_KEY);
    assert.equal(after.ties.length, 29);
    assert.equal(after.links.length, map.links.length - 2, 'its two ties are gone');
    assert.ok(after.links.every(([a, b]) => a < 29 && b < 29));
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Ongedaan maken', 'the focus is on undo');
    await page.keyboard.press('Enter');
    assert.equal(await rows(page), 30);
    assert.deepEqual(await stored(page, MAP_KEY), map, 'the map is exactly as before');

    // A new contact, then the form is fresh: no kind, place or frequency carried over.
    await page.fill('#tie-name', 'Gastdocent');
    await page.check('#soort-organisation');
    await page.check('#waar-buiten');
    await page.selectOption('#tie-frequency', '4');
    await page.selectOption('#tie-involvement', '5');
    await page.click('.knows summary');
    await page.check('#kent-0');
    await page.getByRole('button', { name: 'Voeg toe aan mijn kaart' }).click();
    assert.equal(await rows(page), 31);
    assert.deepEqual((await stored(page, MAP_KEY)).links.at(-1), [0, 30]);
    assert.equal(await page.inputValue('#tie-name'), '');
    assert.equal(await page.isChecked('#soort-person'), true);
    assert.equal(await page.isChecked('#waar-binnen'), true);
    assert.equal(await page.inputValue('#tie-frequency'), '1');
    assert.equal(await page.inputValue('#tie-involvement'), '1');
    assertClean(assert, problems, 'delete and undo');
    await context.close();
  });

  it('writes a CSV with a BOM, neutralised formulas and escaped quotes and line breaks', async () => {
    const evil = ['=HYPERLINK("http://example.org","klik")', '+31 6 1234', '-2+3', '@SOM(A1)', 'Naam; "met" quotes'];
    const map = { version: 2, ties: evil.map((name, i) => ({ name, kind: 'person', circle: i ? 'team' : '=1+1', inside: true, frequency: 2, involvement: 3 })), links: [[0, 1]] };
    const { page, problems, context } = await open({ width: 1366, height: 900 }, { [MAP_KEY]: JSON.stringify(map) });
    await go(page, '/netwerkcheck/kaart');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als CSV' }).click()]);
    assert.equal(download.suggestedFilename(), 'netwerkkaart.csv');
    const bytes = await readFile(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark for Excel');
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.trimEnd().split('\n');
    assert.equal(lines.length, 1 + evil.length);
    // Split on ; outside quotes, unquote, and look at every cell.
    const cells = lines.slice(1).flatMap((line) => (line.match(/("([^"]|"")*"|[^;]*)(;|$)/g) || []).map((c) => c.replace(/;$/, '')))
      .map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c)).filter((c) => c !== '');
    for (const c of cells) assert.doesNotMatch(c, /^[=+\-@]/, `cell "${c}" could run as a formula`);
    assert.ok(cells.includes(`'${evil[0]}`), 'the formula is kept as text');
    assert.ok(cells.includes("'=1+1"), 'a circle name is neutralised too');
    assert.ok(cells.includes(evil[4]), 'quotes and separators survive the escaping');
    assert.ok(lines[1].endsWith(`;'${evil[1]}`) || lines[1].includes(`'${evil[1]}`), 'who knows whom is in the CSV, neutralised');
    assertClean(assert, problems, 'csv');
    await context.close();
  });
});

describe('a map saved before "who knows whom"', () => {
  it('loads with every contact and is saved in the new form after a change', async () => {
    const old = { version: 1, ties: bigMap(12).ties };
    const { page, problems, context } = await open({ width: 1366, height: 900 }, { [MAP_KEY]: JSON.stringify(old) });
    await go(page, '/netwerkcheck/kaart');
    assert.equal(await page.locator('main [role="alert"].notice').count(), 0, 'no damage reported');
    assert.equal(await rows(page), 12);
    await page.fill('#tie-name', 'Nieuw');
    await page.getByRole('button', { name: 'Voeg toe aan mijn kaart' }).click();
    const saved = await stored(page, MAP_KEY);
    assert.equal(saved.version, 2);
    assert.deepEqual(saved.ties.slice(0, 12), old.ties, 'no contact lost');
    assert.deepEqual(saved.links, []);
    assertClean(assert, problems, 'old map');
    await context.close();
  });
});

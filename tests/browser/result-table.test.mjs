// The zelfscan result table on a phone (360 px): the score, level and "Beantwoord" columns
// fit without sideways scrolling of the table or the page, also with the widest cells
// ("te weinig antwoorden", "1 van 3 (2× n.v.t.)", long competence titles). Measured on
// the result page and on the code page; a screenshot is written for a person to look at
// (RESULT_TABLE_SHOT=path).
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from '../support/browser.mjs';
import { assertClean } from './site-fixture.mjs';
import { FRAMEWORKS, PHONE, competencesOf, useSite } from './scan-fixture.mjs';
import { loadSamenwijs } from '../node/load-module.mjs';

const { open, go } = useSite();
let core;
before(async () => { ({ core } = await loadSamenwijs({ withContent: true })); });

const TABLE = 'section[aria-labelledby="competences-title"] table';
// Every kind of row: too few answers (all n.v.t.), answered with n.v.t., fully answered.
const PATTERNS = [[0, 0, 0, 0], [3, 0, 0, 4], [4, 5, 6, 5], [1, 0, 2, 6]];
const answersOf = (fw) => Object.fromEntries(competencesOf(fw).flatMap((c, k) => c.items.map((item, i) => [item.id, PATTERNS[k % 4][i % 4]])));

async function assertFits(page, where) {
  const sizes = await page.$eval(TABLE, (table) => {
    const box = table.closest('.table-scroll');
    const headers = [...table.querySelectorAll('thead th')].filter((th) => th.getBoundingClientRect().width > 1);
    const right = Math.max(...[...table.querySelectorAll('th, td')].map((cell) => cell.getBoundingClientRect().right));
    return { scroll: box.scrollWidth, client: box.clientWidth, page: document.documentElement.scrollWidth, viewport: window.innerWidth,
      headers: headers.map((th) => th.textContent), right, boxRight: box.getBoundingClientRect().right };
  });
  assert.ok(sizes.scroll <= sizes.client, `${where}: the table scrolls sideways (${sizes.scroll} > ${sizes.client})`);
  assert.ok(sizes.page <= sizes.viewport, `${where}: the page scrolls sideways (${sizes.page} > ${sizes.viewport})`);
  assert.ok(sizes.right <= sizes.boxRight + 0.5, `${where}: a cell sticks out (${sizes.right} > ${sizes.boxRight})`);
  for (const column of ['Score (1–6)', 'Niveau', 'Beantwoord']) assert.ok(sizes.headers.includes(column), `${where}: ${column} is visible`);
  return sizes;
}

describe('the result table at 360 px', () => {
  for (const id of ['leraar', 'leidinggevende']) {
    it(`fits without sideways scrolling (${id})`, async () => {
      const fw = FRAMEWORKS[id];
      const answers = answersOf(fw);
      const { page, problems, context } = await open(PHONE);
      await context.addInitScript((seed) => {
        try {
          if (location.protocol.startsWith('http')) localStorage.setItem(seed[0], seed[1]);
        } catch { /* about:blank */ }
      }, [`samenwijs:zelfscan:${id}`, JSON.stringify({ version: 1, framework: id, frameworkVersion: fw.version, answers, step: competencesOf(fw).length })]);
      await go(page, `/zelfscan/${id}/uitslag`);
      const cells = await page.$$eval(`${TABLE} tbody td`, (tds) => tds.map((td) => td.textContent));
      assert.ok(cells.includes('te weinig antwoorden'), 'the widest score cell is there');
      assert.ok(cells.some((c) => /\(\d× n\.v\.t\.\)/.test(c)), 'the widest answered cell is there');
      await assertFits(page, `result page (${id})`);
      await page.locator(TABLE).screenshot({ path: process.env.RESULT_TABLE_SHOT || join(tmpdir(), `result-table-${id}-360.png`) });
      await go(page, `/zelfscan/code?c=${encodeURIComponent(core.profile(id, answers).code)}`);
      await assertFits(page, `code page (${id})`);
      assert.deepEqual(await axeViolations(page), []);
      assertClean(assert, problems, `result table at 360 px (${id})`);
      await context.close();
    });
  }
});

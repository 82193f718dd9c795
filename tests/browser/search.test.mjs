// Search over everything the site holds (issue 12), as a user types it on
// #/gespreksstarters: a typo with "Bedoelde je …?", a synonym, a hit in the network check
// that opens the network check at the right place, the true number of hits, the filter by
// place, and axe-core on the results. Expected answers come from content/, not the page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axeViolations, waitForPage } from '../support/browser.mjs';
import { assertClean, startModule, startSite } from './site-fixture.mjs';

const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 360, height: 740 };
const readJson = (path) => JSON.parse(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8'));
const READINESS = readJson('network/readiness.json');
const SYNONYMS = readJson('synonyms.json');
const GLOSSARY = readJson('glossary.json');
const AI_GUIDE = readJson('guides/generatieve-ai.json');
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

let env;
before(async () => { env = await startSite(); });
after(async () => { await env.close(); });

async function go(page, route) {
  await page.goto(`${env.site.url}#${route}`);
  await waitForPage(page);
  await startModule(page);
}

async function typeQuery(page, text) {
  await page.fill('#zoek', '');
  await page.locator('#zoek').pressSequentially(text, { delay: 10 });
  await page.waitForFunction((q) => document.getElementById('results-summary').textContent.includes(`“${q}”`), text,
    { timeout: 5000 });
}

const hits = (page) => page.$$eval('#results li.hit', (ls) => ls.map((l) => ({
  place: l.dataset.place,
  title: l.querySelector('.hit__title').textContent,
  href: l.querySelector('.hit__title a').getAttribute('href'),
  marks: [...l.querySelectorAll('mark')].map((m) => m.textContent),
  context: l.querySelector('.hit__context').textContent,
})));
const summaryCount = async (page) => Number((await page.textContent('#results-summary')).match(/^(\d+) resulta(?:at|ten) voor/)?.[1]);

describe('search over everything', () => {
  it('forgives a typo and offers "Bedoelde je …?", which searches the corrected words', async () => {
    const { page, problems, context } = await env.open({ viewport: PHONE });
    await go(page, '/gespreksstarters');
    await typeQuery(page, 'privasy');
    const found = await hits(page);
    assert.ok(found.length > 0, 'a typo still finds the privacy texts');
    // Each hit shows the corrected word: highlighted, or in where it is (a statement of the
    // self-assessment's privacy competence).
    for (const h of found) {
      assert.ok(h.marks.some((m) => fold(m).includes('privacy')) || fold(h.context).includes('privacy'),
        `${h.title}: privacy highlighted or in its place`);
    }
    const suggestion = page.locator('.did-you-mean a');
    assert.equal(await suggestion.textContent(), 'privacy');
    assert.match(await page.textContent('.did-you-mean'), /^Bedoelde je privacy\?$/);
    await suggestion.click();
    await page.waitForFunction(() => document.getElementById('results-summary').textContent.includes('“privacy”'));
    assert.equal(await page.inputValue('#zoek'), 'privacy');
    assert.equal(await page.locator('.did-you-mean').count(), 0, 'a known word needs no suggestion');
    assert.ok((await hits(page)).length >= found.length);
    // The first letter is never corrected: nothing, and a clear message.
    await typeQuery(page, 'orivacy');
    assert.equal((await hits(page)).length, 0);
    assert.match(await page.textContent('#results-summary'), /^Geen resultaten voor “orivacy”/);
    assertClean(assert, problems, 'typo');
    await context.close();
  });

  it('finds what a synonym means: leerkracht finds the teacher, programmeren finds computational thinking', async () => {
    const group = SYNONYMS.groups.find((g) => g.terms.includes('leerkracht'));
    assert.ok(group.terms.includes('leraar') && group.reason.length > 20, 'the list says leerkracht is leraar, and why');
    const { page, problems, context } = await env.open({ viewport: WIDE });
    await go(page, '/gespreksstarters');
    await typeQuery(page, 'leerkracht');
    const found = await hits(page);
    assert.ok(found.some((h) => h.href === '#/gespreksstarters/leraar'), 'the teacher guide is among the hits');
    assert.ok(found.some((h) => h.marks.some((m) => fold(m) === 'leraar')), 'leraar is highlighted');
    await typeQuery(page, 'programmeren');
    const [first] = await hits(page);
    assert.equal(first.title, 'Computational thinking');
    assert.equal(first.place, 'zelfscan');
    assert.match(first.href, /^#\/zelfscan\/leraar\/stap\/\d+$/);
    assertClean(assert, problems, 'synonym');
    await context.close();
  });

  it('a hit in the network check opens the network check at its part', async () => {
    const { page, problems, context } = await env.open({ viewport: WIDE });
    await go(page, '/gespreksstarters');
    await typeQuery(page, 'procesbewaker');
    const condition = READINESS.conditions.find((c) => c.statements.some((s) => s.text.includes('procesbewaker')));
    assert.ok(condition, 'the readiness check mentions the procesbewaker');
    const found = await hits(page);
    const hit = found.find((h) => h.title === condition.title);
    assert.ok(hit, `the condition "${condition.title}" is a hit`);
    assert.equal(hit.place, 'netwerkcheck');
    assert.equal(hit.href, `#/netwerkcheck/gereedheid?focus=g-${condition.group}`);
    await page.click(`#results li.hit a[href="${hit.href}"]`);
    await page.waitForFunction(() => document.body.dataset.rendered === '/netwerkcheck/gereedheid');
    assert.equal(await page.evaluate(() => document.activeElement.id), `g-${condition.group}`, 'the group of the condition has the focus');
    assertClean(assert, problems, 'network hit');
    await context.close();
  });

  it('a jargon word finds its explanation in Begrippen, and the hit opens Begrippen at that term', async () => {
    const term = GLOSSARY.terms.find((t) => t.term.startsWith('TPACK'));
    assert.ok(term, 'the glossary explains TPACK');
    const { page, problems, context } = await env.open({ viewport: WIDE });
    await go(page, '/gespreksstarters');
    await typeQuery(page, 'tpack');
    const found = await hits(page);
    const hit = found.find((h) => h.place === 'begrippen');
    assert.ok(hit && found.indexOf(hit) < 3, `the Begrippen entry is in the top 3: ${found.slice(0, 3).map((h) => h.title)}`);
    assert.equal(hit.href, `#/begrippen?begrip=${term.id}`);
    await page.click(`#results li.hit a[href="${hit.href}"]`);
    await page.waitForFunction(() => document.body.dataset.rendered === '/begrippen');
    assert.equal(await page.evaluate(() => document.activeElement.id), term.id, 'the term has the focus');
    assertClean(assert, problems, 'glossary hit');
    await context.close();
  });

  it('AI, ChatGPT and kunstmatige intelligentie open the AI guide first', async () => {
    const { page, problems, context } = await env.open({ viewport: PHONE });
    await go(page, '/gespreksstarters');
    for (const q of ['AI', 'ChatGPT', 'kunstmatige intelligentie']) {
      await typeQuery(page, q);
      const [first] = await hits(page);
      assert.equal(first.title, AI_GUIDE.title, q);
      assert.equal(first.href, `#/gespreksstarters/${AI_GUIDE.id}`, q);
    }
    assertClean(assert, problems, 'AI');
    await context.close();
  });

  it('says the true number of hits, and filters by place with the count per place', async () => {
    const { page, problems, context } = await env.open({ viewport: WIDE });
    await go(page, '/gespreksstarters');
    await typeQuery(page, 'ict');
    const total = await summaryCount(page);
    assert.ok(total > 100, `more than 100 hits for ict: ${total}`);
    assert.equal((await hits(page)).length, 25, 'the best 25 are shown first');
    assert.match(await page.textContent('#results-summary'), new RegExp(`^${total} resultaten voor “ict”; de beste 25 staan hieronder$`));
    // "Toon meer" shows the next 25 and puts the focus on the first of them.
    const firstPage = await hits(page);
    const more = page.locator('.more-hits button');
    assert.equal(await more.textContent(), `Toon meer resultaten (nog ${total - 25})`);
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('#results li.hit').length === 50);
    assert.deepEqual((await hits(page)).slice(0, 25), firstPage, 'the first 25 stay where they were');
    assert.match(await page.textContent('#results-summary'), new RegExp(`^${total} resultaten voor “ict”; de beste 50 staan hieronder$`));
    assert.equal(await page.evaluate(() => document.activeElement === document.querySelectorAll('#results li.hit .hit__title a')[25]), true,
      'the focus is on the first hit that was added');
    // The place options show how many hits each place has; together they are the total.
    const options = await page.$$eval('#waar option', (os) => os.map((o) => [o.value, o.textContent]));
    let sum = 0;
    for (const [value, label] of options.filter(([v]) => v)) {
      const n = Number(label.match(/\((\d+)\)$/)?.[1]);
      assert.ok(Number.isInteger(n), `${value}: ${label}`);
      sum += n;
    }
    assert.equal(sum, total);
    const networkCount = Number(options.find(([v]) => v === 'netwerkcheck')[1].match(/\((\d+)\)$/)[1]);
    await page.selectOption('#waar', 'netwerkcheck');
    await page.waitForFunction((n) => document.querySelectorAll('#results li.hit').length === Math.min(n, 25), networkCount);
    assert.equal(await summaryCount(page), networkCount);
    for (const h of await hits(page)) {
      assert.equal(h.place, 'netwerkcheck');
      assert.match(h.href, /^#\/netwerkcheck\//);
    }
    assert.equal(new URL(page.url()).hash, '#/gespreksstarters?q=ict&waar=netwerkcheck');
    // Two words: the hits with both come first, and the summary says how many there are.
    await page.selectOption('#waar', '');
    await typeQuery(page, 'avg beleid');
    assert.match(await page.textContent('#results-summary'), /^\d+ resultaten voor “avg beleid” \(\d+ met alle woorden\)/);
    assertClean(assert, problems, 'count');
    await context.close();
  });

  it('has no WCAG 2.1 A/AA violations with a suggestion, hits from every place and related themes', async () => {
    const { page, problems, context } = await env.open({ viewport: WIDE });
    await go(page, '/gespreksstarters');
    await typeQuery(page, 'leernetwerkn');
    await page.waitForSelector('.did-you-mean');
    assert.deepEqual(await axeViolations(page), [], 'axe on the search results');
    assertClean(assert, problems, 'axe');
    await context.close();
  });
});

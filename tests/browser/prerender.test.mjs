// Issue 15: pages drawn from the answers the build computed, used before the module is
// there. The module's wasm is held back by the test until it says so, so "right after the
// page is drawn" is certain, not a race: an action that needs the module then shows the
// Dutch "still loading" message (in its own error line, or in the status line when the
// page does not catch it), loses nothing the user typed or saved, and works once the
// module has arrived. A returning user with saved data waits for the module instead.
// Run from the repository root: node --test --test-concurrency=1 tests/browser/prerender.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { waitForPage } from '../support/browser.mjs';
import { assertClean, startSite } from './site-fixture.mjs';

const STILL_LOADING = 'Samenwijs is nog aan het laden; probeer het zo opnieuw.';
let env;
const loadStats = (page) => page.evaluate(() => self.SAMENWIJS_SHELL['loader.js'].loadStats());

before(async () => { env = await startSite(); });
after(async () => { await env?.close(); });

/** A page whose wasm download waits for release(); wasmRequested tells whether it was asked for. */
async function openHeld() {
  const { page, context, problems } = await env.open();
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  const held = { requested: false };
  await page.route(/samenwijs-core\.wasm/, async (route) => {
    held.requested = true;
    await released;
    await route.continue();
  });
  return { page, context, problems, release, held };
}

async function go(page, path) {
  await page.goto(`${env.site.url}#${path}`);
  await waitForPage(page);
}

// Clicks until `done` holds (the module is compiling, then loading content).
async function retryUntil(page, click, done, what) {
  for (let i = 0; i < 100; i += 1) {
    await click();
    if (await done()) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`${what} never worked after the module arrived`);
}

test('team overview: starting a round before the module is there says so, keeps the form, saves nothing; then it works', async () => {
  const { page, context, problems, release, held } = await openHeld();
  try {
    await go(page, '/teamoverzicht');
    assert.equal(await page.locator('#round-framework option').count() > 0, true, 'the frameworks came from the answers');
    await page.fill('#round-name', 'Najaarsronde');
    await page.fill('#round-min', '7');
    await page.click('button:text-is("Start de ronde")');
    // The click waits for the module it started (at most a few seconds), then says so.
    await page.waitForFunction((t) => document.getElementById('round-error').textContent.trim() === t, STILL_LOADING, { timeout: 10000 });
    assert.equal((await loadStats(page)).heldClicks, 1, 'the click waited for the module');
    assert.equal(await page.inputValue('#round-name'), 'Najaarsronde', 'the typed name is kept');
    assert.equal(await page.inputValue('#round-min'), '7');
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenwijs:team')));
    assert.deepEqual(stored, [], 'nothing saved by the failed start');
    // The click (its pointer going down) started the module.
    for (let i = 0; i < 100 && !held.requested; i += 1) await page.waitForTimeout(20);
    assert.ok(held.requested, 'the module was asked for at the first interaction');

    release();
    await retryUntil(page, () => page.click('button:text-is("Start de ronde")'),
      () => page.locator('#new-round-code').count().then((n) => n > 0), 'starting a round');
    assert.match((await page.textContent('#new-round-code')).trim(), /^RN1-/);
    assert.match(await page.textContent('.round-list'), /Najaarsronde/);
    assert.match(await page.textContent('.round-list'), /minimaal 7/);
    assert.equal((await page.textContent('#round-error')).trim(), '');
    assertClean(assert, problems, '#/teamoverzicht');
  } finally {
    await context.close();
  }
});

test('network readiness: an answer is kept, "Bekijk het beeld" before the module shows the status message; then the verdict', async () => {
  const { page, context, problems, release } = await openHeld();
  try {
    await go(page, '/netwerkcheck/gereedheid');
    const first = page.locator('.statement input[type="radio"]').first();
    await first.check();
    await page.click('button:text-is("Bekijk het beeld")');
    await page.waitForFunction((t) => document.getElementById('status').textContent === t, STILL_LOADING);
    assert.ok(await first.isChecked(), 'the answer stays chosen');
    const saved = await page.evaluate(() => localStorage.getItem('samenwijs:netwerk:gereedheid'));
    assert.ok(saved && Object.keys(JSON.parse(saved).answers).length === 1, `the answer is saved: ${saved}`);

    release();
    await page.waitForFunction((t) => document.getElementById('status').textContent !== t, STILL_LOADING);
    await retryUntil(page, () => page.click('button:text-is("Bekijk het beeld")'),
      () => page.locator('#readiness-result-title').count().then((n) => n > 0), 'the readiness verdict');
    assert.match(await page.textContent('.readiness-result'), /op orde|ontbreken|aandacht/);
    // The page error from the uncaught click is the stand-in's Dutch message, nothing else.
    assert.ok(problems.pageErrors.every((e) => e.includes(STILL_LOADING)), problems.pageErrors.join('\n'));
    problems.pageErrors.length = 0;
    assertClean(assert, problems, '#/netwerkcheck/gereedheid');
  } finally {
    await context.close();
  }
});

test('a search typed before the module is there shows the results once it has arrived', async () => {
  const { page, context, problems, release } = await openHeld();
  try {
    await go(page, '/gespreksstarters');
    await page.fill('#zoek', 'ouders');
    await page.press('#zoek', 'Enter');
    await page.waitForFunction(() => /geladen/.test(document.getElementById('results-summary')?.textContent), null, { timeout: 10000 });
    release();
    await page.waitForFunction(() => /resultat/.test(document.getElementById('results-summary').textContent), null, { timeout: 20000 });
    assert.ok(await page.locator('li.hit').count() > 0);
    assertClean(assert, problems, '#/gespreksstarters');
  } finally {
    await context.close();
  }
});

test('a returning user with saved progress waits for the module (the saved answers are read, not replaced)', async () => {
  const { page, context, problems, release, held } = await openHeld();
  try {
    await go(page, '/zelfscan');
    assert.ok(await page.locator('a.button:has-text("Begin")').count() > 0, 'a first visit draws from the answers');
    const saved = '{"version":1,"framework":"leraar","frameworkVersion":2,"answers":{},"step":2,"measurementId":"m1","startedAt":"2026-11-01T10:00"}';
    await page.evaluate((text) => localStorage.setItem('samenwijs:zelfscan:leraar', text), saved);
    await page.evaluate(() => { location.hash = '#/over'; });
    await waitForPage(page);
    // Back to the start page: saved data under zelfscan means the module draws it.
    const drawn = page.evaluate(() => { location.hash = '#/zelfscan'; });
    await drawn;
    await page.waitForTimeout(300);
    assert.notEqual(await page.evaluate(() => document.body.dataset.rendered), '/zelfscan', 'the page waits for the module');
    release();
    await waitForPage(page);
    assert.ok(held.requested);
    assert.equal(await page.evaluate(() => localStorage.getItem('samenwijs:zelfscan:leraar')), saved, 'the saved progress is untouched');
    assertClean(assert, problems, '#/zelfscan');
  } finally {
    await context.close();
  }
});

test('when the module cannot start, a pre-rendered page stays readable and says why, also to an action', async () => {
  const { page, context } = await env.open();
  try {
    await page.route(/samenwijs-core\.wasm/, (route) => route.abort());
    await go(page, '/teamoverzicht');
    // The module starts at the first interaction (here: a click on the form's button).
    await page.click('button:text-is("Start de ronde")');
    await page.waitForSelector('#status.status--error');
    assert.match(await page.textContent('#status'), /rekenkern van Samenwijs kon niet starten.*Laad de pagina opnieuw/);
    assert.ok(await page.locator('#round-framework option').count() > 0, 'the page itself is there');
    await page.click('button:text-is("Start de ronde")');
    assert.match(await page.textContent('#round-error'), /rekenkern van Samenwijs kon niet starten/);
  } finally {
    await context.close();
  }
});

test('without WebAssembly, a pre-rendered page stays readable and the status line says why', async () => {
  const { page, context } = await env.open();
  try {
    await page.addInitScript(() => { delete window.WebAssembly; });
    await go(page, '/bronnen');
    assert.ok(await page.locator('main li.source').count() > 50, 'the sources are shown');
    await page.waitForSelector('#status.status--error');
    assert.match(await page.textContent('#status'), /WebAssembly ontbreekt of is uitgeschakeld/);
  } finally {
    await context.close();
  }
});

test('an answer part that does not load: the page draws with the module instead', async () => {
  const { page, context, problems } = await env.open();
  try {
    await page.route(/answers\/frameworks\.js/, (route) => route.fulfill({ status: 404, body: '' }));
    await go(page, '/teamoverzicht');
    assert.ok(await page.locator('#round-framework option').count() > 0, 'the page is drawn');
    assert.ok(await page.evaluate(() => Boolean(document.documentElement.dataset.wasmVersion)), 'by the module');
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
  }
});

// Issue 15, the module's main-thread work out of the page load: after a draw from answers
// nothing of the module runs (no glue, no wasm, no content part evaluated or even asked for
// by the page) until the user starts to interact (a key, a pointer or a touch going down)
// or an action needs it; then the module starts and gets its content at once.
const moduleReady = (page) => page.waitForFunction(() => self.SAMENWIJS_SHELL['loader.js'].loadStats().readyForContent, null, { timeout: 20000 });
const contentLoaded = (page) => page.waitForFunction(() => self.SAMENWIJS_SHELL['loader.js'].loadStats().contentLoaded, null, { timeout: 20000 });
// Lets the page load, go idle and run its timers (what would start the module if anything did).
const settle = (page) => page.evaluate(() => new Promise((resolve) => {
  const idle = () => requestIdleCallback(() => setTimeout(resolve, 500), { timeout: 2000 });
  if (document.readyState === 'complete') idle(); else addEventListener('load', idle, { once: true });
}));
// What of the module the page has run: the glue, the wasm (instantiated), content parts.
const moduleWork = (page) => page.evaluate(() => ({
  glue: typeof self.createSamenwijsCore === 'function',
  instantiated: performance.getEntriesByName('samenwijs:instantiate').length,
  parts: Object.keys(self.SAMENWIJS_PARTS || {}),
  loadContent: performance.getEntriesByName('samenwijs:load-content').length,
}));
const NOTHING_RUN = { glue: false, instantiated: 0, parts: [], loadContent: 0 };

for (const path of ['/teamoverzicht', '/zelfscan', '/gespreksstarters']) {
  test(`after a draw from answers (#${path}) no glue, wasm or content part runs or is asked for before the first interaction`, async () => {
    const { page, context, problems } = await env.open();
    const requested = [];
    page.on('request', (r) => { if (/samenwijs-core|parts\//.test(r.url())) requested.push(r.url()); });
    try {
      await go(page, path);
      await settle(page);
      assert.deepEqual(await moduleWork(page), NOTHING_RUN, 'module work before any interaction');
      assert.deepEqual(requested, [], 'module or content requested by the page before any interaction');
      assert.deepEqual(await loadStats(page), { contentOnInteraction: 0, moduleStarts: 0, heldClicks: 0, moduleStarting: true, contentLoaded: false, readyForContent: false });
      await page.keyboard.press('Tab');
      await contentLoaded(page);
      const after = await moduleWork(page);
      assert.ok(after.glue && after.instantiated === 1 && after.loadContent >= 1, JSON.stringify(after));
      assert.deepEqual(await loadStats(page), { contentOnInteraction: 1, moduleStarts: 1, heldClicks: 0, moduleStarting: false, contentLoaded: true, readyForContent: true });
      await page.mouse.click(5, 300);
      assert.equal((await loadStats(page)).moduleStarts, 1, 'started once');
      assertClean(assert, problems, `#${path}`);
    } finally {
      await context.close();
    }
  });
}

test('a mouse moving over the page starts the module before any click (a pointer user points first)', async () => {
  const { page, context, problems } = await env.open();
  try {
    await go(page, '/teamoverzicht');
    await settle(page);
    assert.equal((await loadStats(page)).moduleStarts, 0, 'nothing started before the move');
    await page.mouse.move(200, 300);
    await page.mouse.move(220, 320);
    await contentLoaded(page);
    assert.deepEqual(await loadStats(page), { contentOnInteraction: 1, moduleStarts: 1, heldClicks: 0, moduleStarting: false, contentLoaded: true, readyForContent: true });
    assertClean(assert, problems, '#/teamoverzicht');
  } finally {
    await context.close();
  }
});

test('the parts for later actions (all guides) load only after the first interaction', async () => {
  const { page, context, problems } = await env.open();
  try {
    await go(page, '/teamoverzicht');
    await settle(page);
    assert.equal(await page.evaluate(() => Boolean((self.SAMENWIJS_PARTS || {})['guide/leraar'])), false, 'a guide part did not run yet');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => Boolean((self.SAMENWIJS_PARTS || {})['guide/leraar']), null, { timeout: 20000 });
    assertClean(assert, problems, '#/teamoverzicht');
  } finally {
    await context.close();
  }
});

test('an action sent without a key or pointer first (assistive technology) starts the module and works at the first try', async () => {
  const { page, context, problems } = await env.open();
  try {
    await go(page, '/teamoverzicht');
    await settle(page);
    await page.fill('#round-name', 'Voorjaarsronde'); // fill() sends no key events
    assert.equal((await loadStats(page)).moduleStarts, 0);
    // A click event on its own, as a screen reader's virtual cursor sends it.
    await page.$eval('button:text-is("Start de ronde")', (button) => button.click());
    await page.waitForSelector('#new-round-code', { timeout: 10000 });
    assert.match((await page.textContent('#new-round-code')).trim(), /^RN1-/);
    assert.equal((await page.textContent('#round-error')).trim(), '', 'no "still loading" on the way');
    assert.notEqual((await page.textContent('#status')).trim(), STILL_LOADING);
    const stats = await loadStats(page);
    assert.equal(stats.moduleStarts, 1, 'the click started the module once');
    assert.equal(stats.heldClicks, 1, 'and waited for it');
    assert.match(await page.textContent('.round-list'), /Voorjaarsronde/);
    assertClean(assert, problems, '#/teamoverzicht');
  } finally {
    await context.close();
  }
});

test('a click elsewhere first (not on a button) neither starts the module nor is held; a button click after it still works at the first try', async () => {
  const { page, context, problems } = await env.open();
  try {
    await go(page, '/teamoverzicht');
    await settle(page);
    await page.$eval('main h1', (heading) => heading.click());
    assert.equal((await loadStats(page)).moduleStarts, 0, 'a click on text starts nothing');
    await page.fill('#round-name', 'Zomerronde');
    await page.$eval('button:text-is("Start de ronde")', (button) => button.click());
    await page.waitForSelector('#new-round-code', { timeout: 10000 });
    assert.equal((await page.textContent('#round-error')).trim(), '');
    assert.equal((await loadStats(page)).heldClicks, 1);
    assertClean(assert, problems, '#/teamoverzicht');
  } finally {
    await context.close();
  }
});

test('a real click right after the draw works at the first try: it waits for the module its pointer started', async () => {
  const { page, context, problems } = await env.open();
  try {
    await go(page, '/teamoverzicht');
    await page.fill('#round-name', 'Herfstronde');
    await page.click('button:text-is("Start de ronde")');
    await page.waitForSelector('#new-round-code', { timeout: 10000 });
    assert.match((await page.textContent('#new-round-code')).trim(), /^RN1-/);
    assert.equal((await page.textContent('#round-error')).trim(), '', 'no "still loading" on the way');
    const stats = await loadStats(page);
    assert.equal(stats.moduleStarts, 1);
    assert.ok(stats.heldClicks <= 1, `held at most once: ${stats.heldClicks}`);
    assertClean(assert, problems, '#/teamoverzicht');
  } finally {
    await context.close();
  }
});

test('once the first key went down, the first action works at the first try', async () => {
  const { page, context, problems } = await env.open();
  try {
    await go(page, '/teamoverzicht');
    await page.focus('#round-name');
    await page.keyboard.type('Voorjaarsronde'); // its first key starts the module
    await contentLoaded(page);
    await page.$eval('button:text-is("Start de ronde")', (button) => button.click());
    assert.equal(await page.locator('#new-round-code').count(), 1, 'the round started at the first try');
    assert.match(await page.textContent('.round-list'), /Voorjaarsronde/);
    assert.notEqual((await page.textContent('#status')).trim(), STILL_LOADING);
    assertClean(assert, problems, '#/teamoverzicht');
  } finally {
    await context.close();
  }
});

test('the network start page starts the module only when the user starts to interact', async () => {
  const { page, context, problems } = await env.open();
  const requested = [];
  page.on('request', (r) => { if (/samenwijs-core|parts\//.test(r.url())) requested.push(r.url()); });
  try {
    await go(page, '/netwerkcheck');
    // Deterministic: nothing but an interaction starts it (not a timer, not idle time).
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300), { timeout: 2000 })));
    assert.deepEqual(requested, [], 'no module or content before an interaction');
    await page.keyboard.press('Tab');
    await moduleReady(page);
    assert.ok(requested.some((u) => /samenwijs-core\.wasm/.test(u)) && requested.some((u) => /parts\/network\.js/.test(u)), requested.join(', '));
    assertClean(assert, problems, '#/netwerkcheck');
  } finally {
    await context.close();
  }
});

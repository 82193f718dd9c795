// Issue 15, the first draw of the capability pages. On a first visit to a route the build
// answered (web/js/static-answers.js):
//  - the early start in <head> puts the page group and exactly the answer parts the route
//    uses into the page as scripts, each once; the loader adds no second script for them,
//    and the server sees each file asked for once (no answer part the page does not use);
//  - the page is drawn, then the focus is on its heading (as before), and axe finds
//    nothing;
//  - a route whose first draw shows nothing saved reads no storage before it is drawn
//    (the early start and the loader read it only for a route that depends on it);
//  - blocks below the first screen (class "later", content-visibility: auto) are drawn
//    when reached: a field in one can be focused and typed into, and for print every
//    block is shown.
// Run from the repository root: node --test --test-concurrency=1 tests/browser/first-draw.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { axeViolations, waitForPage } from '../support/browser.mjs';
import { assertClean, startSite } from './site-fixture.mjs';
import { PRERENDERED } from '../../web/js/static-answers.js';

let env;
before(async () => { env = await startSite(); });
after(async () => { await env?.close(); });

const ROUTES = [
  { path: '/zelfscan', group: 'zelfscan', pattern: '/zelfscan' },
  { path: '/teamoverzicht', group: 'team', pattern: '/teamoverzicht' },
  { path: '/gespreksstarters', group: 'guidance', pattern: '/gespreksstarters' },
  { path: '/gespreksstarters/leraar', group: 'guidance', pattern: '/gespreksstarters/:guide/:item?', params: { guide: 'leraar' } },
];

const fileOf = (url) => new URL(url).pathname.replace(/^.*\/samenwijs\//, '');

for (const route of ROUTES) {
  test(`first visit to #${route.path}: the early start runs the page group and the route's answer parts, each once; focus on the heading`, async () => {
    const { page, context, problems } = await env.open();
    const from = env.site.log.length;
    try {
      await page.goto(`${env.site.url}#${route.path}`);
      await waitForPage(page);
      const expected = [`pages-${route.group}.js`,
        ...PRERENDERED[route.pattern].answers({ params: route.params || {}, query: new URLSearchParams() }).map((n) => `answers/${n}.js`)].sort();
      const early = (await page.$$eval('script[data-early]', (els) => els.map((el) => el.src))).map(fileOf).sort();
      assert.deepEqual(early, expected, 'the early start ran exactly the first draw\'s page group and answer parts');
      const scripts = (await page.$$eval('script[src]', (els) => els.map((el) => el.src))).map(fileOf);
      const twice = scripts.filter((s, i) => scripts.indexOf(s) !== i);
      assert.deepEqual(twice, [], 'a script put into the page twice');
      const asked = env.site.log.slice(from).map((e) => e.path.replace(/^.*\/samenwijs\//, ''));
      assert.deepEqual(asked.filter((f) => f.startsWith('answers/')).sort(), expected.filter((f) => f.startsWith('answers/')),
        'the answer parts asked for: exactly the ones this page uses, each once');
      assert.equal(asked.filter((f) => f === `pages-${route.group}.js`).length, 1, 'the page group is asked for once');
      assert.equal(await page.evaluate(() => document.activeElement === document.querySelector('main h1')), true, 'the focus is on the page heading');
      assert.deepEqual(await axeViolations(page), []);
      assertClean(assert, problems, route.path);
    } finally {
      await context.close();
    }
  });
}

test('blocks below the first screen are drawn when reached: a field in one takes focus and text; print shows every block', async () => {
  const { page, context, problems } = await env.open({ viewport: { width: 375, height: 640 } });
  try {
    await page.goto(`${env.site.url}#/zelfscan`);
    await waitForPage(page);
    assert.ok(await page.locator('main .later').count() >= 3, 'the lower blocks of the start page are marked');
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('main .later')).contentVisibility), 'auto');
    await page.focus('#code');
    await page.keyboard.type('SW2-TEST');
    assert.equal(await page.inputValue('#code'), 'SW2-TEST');
    const box = await page.locator('#code').boundingBox();
    assert.ok(box && box.height > 0 && box.y >= 0 && box.y < 640, `the focused field is on screen: ${JSON.stringify(box)}`);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.$$eval('main .later', (els) => els.map((el) => getComputedStyle(el).contentVisibility));
    assert.ok(shown.every((v) => v === 'visible'), `print: ${shown}`);
    assertClean(assert, problems, '/zelfscan');
  } finally {
    await context.close();
  }
});

test('a page group that arrives before app.js waits for it, and the page draws from it', async () => {
  const { page, context, problems } = await env.open();
  try {
    let groupRan = null;
    await page.route(/\/app\.js\?/, async (r) => {
      // Held until the early start's page group has run (it then waits for the shell).
      for (let i = 0; i < 100 && !groupRan; i += 1) {
        groupRan = await page.evaluate(() => (self.SAMENWIJS_WAITING_PAGES || []).length > 0).catch(() => false);
        if (!groupRan) await new Promise((resolve) => { setTimeout(resolve, 20); });
      }
      await r.continue();
    });
    await page.goto(`${env.site.url}#/teamoverzicht`);
    await waitForPage(page);
    assert.equal(groupRan, true, 'the page group ran before app.js and waited');
    assert.equal(await page.evaluate(() => Boolean(self.SAMENWIJS_PAGES && self.SAMENWIJS_PAGES.team)), true, 'the group registered its pages');
    assert.ok(await page.locator('#round-framework option').count() > 0, 'the page was drawn from the answers');
    assertClean(assert, problems, '/teamoverzicht');
  } finally {
    await context.close();
  }
});

// Counts each use of localStorage before the page says it is drawn. The first use in a
// fresh page waits for the browser process (3-38 ms measured), on the first draw's path:
// only a route whose first draw depends on saved data may pay it.
function countStorageReads() {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  window.storageReadsBeforeDrawn = 0;
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      if (!(document.body && document.body.dataset.rendered !== undefined)) window.storageReadsBeforeDrawn += 1;
      return own.get.call(window);
    },
  });
}

// The guidance, team and /over pages show what is saved (the agenda, rounds, the stored
// items), so their own draw reads it; these four draw nothing saved.
for (const [path, reads] of [['/', false], ['/netwerkcheck', false], ['/bronnen', false], ['/begrippen', false], ['/zelfscan', true]]) {
  test(`first visit to #${path}: storage is ${reads ? 'read (saved answers decide how it is drawn)' : 'not read before the page is drawn'}`, async () => {
    const { page, context, problems } = await env.open();
    try {
      await page.addInitScript(countStorageReads);
      await page.goto(`${env.site.url}#${path}`);
      await waitForPage(page);
      const beforeDrawn = await page.evaluate(() => window.storageReadsBeforeDrawn);
      if (reads) assert.ok(beforeDrawn > 0, 'the saved answers were looked for before the first draw');
      else assert.equal(beforeDrawn, 0, 'storage read before the first draw');
      assert.equal(await page.locator('main h1').count(), 1, 'the page was drawn');
      assertClean(assert, problems, path);
    } finally {
      await context.close();
    }
  });
}

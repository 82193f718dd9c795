// The site shell: every page renders under a sub-path, without console errors, without
// requests to other origins, accessible (axe, WCAG 2.1 A/AA), on a phone and a wide
// screen; deep links survive reload; the module loads; failures give a Dutch message.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { axeViolations, waitForPage } from '../support/browser.mjs';
import { SITE_DIR, assertClean, startModule, startSite } from './site-fixture.mjs';

const PAGES = [
  ['/', 'Samen werken aan ict-bekwaamheid'],
  ['/over', 'Over Samenwijs'],
  ['/bronnen', 'Bronnen en leestips'],
  ['/gespreksstarters', 'Gespreksstarters'],
  ['/zelfscan', 'Zelfscan'],
  ['/teamoverzicht', 'Teamoverzicht'],
  ['/netwerkcheck', 'Netwerkcheck'],
  ['/bestaat-niet', 'Pagina niet gevonden'],
];
const VIEWPORTS = { phone: { width: 360, height: 740 }, wide: { width: 1366, height: 900 } };

let env;
before(async () => { env = await startSite(); });
after(async () => { await env.close(); });

describe('every page', () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`renders cleanly and passes axe on a ${name} screen`, async () => {
      const { page, problems, context } = await env.open({ viewport });
      for (const [route, heading] of PAGES) {
        await page.goto(`${env.site.url}#${route}`);
        await waitForPage(page);
        assert.equal((await page.textContent('main h1')).trim(), heading, `h1 of ${route}`);
        assert.deepEqual(await axeViolations(page), [], `axe violations on ${route} (${name})`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${route} scrolls sideways on a ${name} screen (${overflow}px)`);
      }
      assertClean(assert, problems, `all pages (${name})`);
      await context.close();
    });
  }
});

describe('the shell', () => {
  it('is Dutch, named Samenwijs, with a favicon and a strict Content-Security-Policy', async () => {
    const { page, problems, context } = await env.open();
    const response = await page.goto(env.site.url);
    assert.equal(response.status(), 200);
    await waitForPage(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    assert.match(await page.title(), /Samenwijs/);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    // Scripts: the site's own files, plus exactly one inline script (the early start in
    // <head>, web/js/early-start.js) allowed by its sha256, which the build computed.
    const scriptSrc = /script-src 'self' 'sha256-([A-Za-z0-9+/=]+)' 'wasm-unsafe-eval';/.exec(csp);
    assert.ok(scriptSrc, `script-src: 'self', one hash, wasm: ${csp}`);
    const inline = await page.$$eval('script:not([src])', (els) => els.map((el) => el.textContent));
    assert.equal(inline.length, 1, 'one inline script');
    assert.equal(createHash('sha256').update(inline[0]).digest('base64'), scriptSrc[1], 'the CSP hash is the inline script\'s');
    assert.ok(await page.evaluate(() => document.querySelectorAll('link[rel=preload]').length === 0), 'the home page preloads nothing');
    // An inline script after a stylesheet waits until the CSS has arrived: the early start
    // must come first, or the route's files start one download later.
    const headOrder = await page.$$eval('head > script:not([src]), head > link[rel=stylesheet]', (els) => els.map((el) => el.tagName));
    assert.deepEqual(headOrder, ['SCRIPT', 'LINK'], 'the early start precedes the stylesheet');
    assert.match(csp, /worker-src 'self'/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
    const icon = await page.getAttribute('link[rel="icon"]', 'href');
    assert.ok(!/^(https?:)?\/\//.test(icon), 'favicon is relative');
    const iconResponse = await page.request.get(new URL(icon, env.site.url).href);
    assert.equal(iconResponse.status(), 200);
    assertClean(assert, problems, 'home');
    await context.close();
  });

  it('keeps the first visit small: the home page loads neither the module nor the content', async () => {
    const { page, context } = await env.open();
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(env.site.url);
    await waitForPage(page);
    await page.waitForTimeout(300);
    assert.ok(!requested.some((p) => p.endsWith('.wasm') || p.includes('/parts/') || p.includes('/pages-')), requested.join(', '));
    assert.ok(requested.every((p) => p.startsWith('/pages/samenwijs/')), 'all requests stay under the sub-path');
    await context.close();
  });

  it('loads the module and the content under the sub-path when a page needs them', async () => {
    const { page, problems, context } = await env.open();
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${env.site.url}#/bronnen`);
    await waitForPage(page);
    // Drawn from the build's answers: the module starts at the first interaction (issue 15).
    await startModule(page);
    assert.ok(requested.includes('/pages/samenwijs/samenwijs-core.wasm'), requested.join(', '));
    // Only what the page needs (issue 15): its page script, the base and the guides (their
    // reading tips), not the frameworks or the network check.
    assert.ok(requested.includes('/pages/samenwijs/pages-info.js'), requested.join(', '));
    assert.ok(requested.includes('/pages/samenwijs/parts/base.js'), requested.join(', '));
    assert.ok(requested.includes('/pages/samenwijs/parts/guide-leraar.js'), requested.join(', '));
    assert.ok(!requested.some((p) => p.includes('/parts/frameworks') || p.includes('/parts/network')), requested.join(', '));
    const tips = await page.locator('main li.source').count();
    assert.ok(tips > 50, `expected the reading tips to be listed, found ${tips}`);
    assertClean(assert, problems, 'bronnen');
    await context.close();
  });

  it('keeps a deep link through a reload', async () => {
    const { page, context } = await env.open();
    await page.goto(`${env.site.url}#/over`);
    await waitForPage(page);
    await page.reload();
    await waitForPage(page);
    assert.equal((await page.textContent('main h1')).trim(), 'Over Samenwijs');
    assert.equal(await page.getAttribute('.site-nav a[href="#/over"]', 'aria-current'), 'page');
    await context.close();
  });

  it('opens the menu on a phone with the keyboard', async () => {
    const { page, context } = await env.open({ viewport: VIEWPORTS.phone });
    await page.goto(env.site.url);
    await waitForPage(page);
    assert.equal(await page.isVisible('.site-nav a[href="#/zelfscan"]'), false);
    await page.focus('#menu-toggle');
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('#menu-toggle', 'aria-expanded'), 'true');
    assert.equal(await page.isVisible('.site-nav a[href="#/zelfscan"]'), true);
    await page.click('.site-nav a[href="#/over"]');
    await waitForPage(page);
    assert.equal((await page.textContent('main h1')).trim(), 'Over Samenwijs');
    assert.equal(await page.getAttribute('#menu-toggle', 'aria-expanded'), 'false');
    await context.close();
  });

  // #/gesprek: its first draw needs the module (#/bronnen draws from the build's answers
  // first; tests/browser/prerender.test.mjs covers the module failing there).
  it('says so in Dutch when the module cannot be loaded', async () => {
    const { page, context } = await env.open();
    await page.route('**/*.wasm*', (route) => route.abort());
    await page.goto(`${env.site.url}#/gesprek`);
    await waitForPage(page);
    const alert = await page.textContent('main [role="alert"]');
    assert.match(alert, /rekenkern van Samenwijs kon niet starten/);
    assert.match(alert, /Laad de pagina opnieuw/);
    await context.close();
  });

  it('says so in Dutch when the browser has no WebAssembly', async () => {
    const { page, context } = await env.open();
    await page.addInitScript(() => { delete window.WebAssembly; });
    await page.goto(`${env.site.url}#/gesprek`);
    await waitForPage(page);
    assert.match(await page.textContent('main [role="alert"]'), /WebAssembly ontbreekt of is uitgeschakeld/);
    await context.close();
  });

  it('shows a loading state while the module starts', async () => {
    const { page, context } = await env.open();
    let release;
    const held = new Promise((ok) => { release = ok; });
    await page.route('**/samenwijs-core.wasm*', async (route) => { await held; await route.continue(); });
    await page.goto(`${env.site.url}#/gesprek`);
    await page.waitForSelector('#status.status--loading');
    assert.match(await page.textContent('#status'), /wordt geladen/);
    release();
    await waitForPage(page);
    assert.equal((await page.textContent('#status')).trim(), '');
    await context.close();
  });

  it('works from an unzipped folder opened as file://', async () => {
    const { page, problems, context } = await env.open();
    const url = pathToFileURL(join(SITE_DIR, 'index.html')).href;
    await page.goto(`${url}#/bronnen`);
    await waitForPage(page);
    assert.equal((await page.textContent('main h1')).trim(), 'Bronnen en leestips');
    assert.ok((await page.locator('main li.source').count()) > 50);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  });

  it('keeps working offline after a first visit (service worker)', { timeout: 60000 }, async () => {
    const { page, problems, context } = await env.open({ serviceWorkers: 'allow' });
    await page.goto(`${env.site.url}#/bronnen`);
    await waitForPage(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    await page.goto(`${env.site.url}#/zelfscan`);
    await page.reload();
    await waitForPage(page);
    assert.equal((await page.textContent('main h1')).trim(), 'Zelfscan');
    assert.ok((await page.locator('main .card').count()) >= 2, 'the self-assessments are listed offline');
    assert.deepEqual(problems.foreignRequests, []);
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  });

  it('prints without navigation', async () => {
    const { page, context } = await env.open();
    await page.goto(`${env.site.url}#/over`);
    await waitForPage(page);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('.site-header'), false);
    assert.equal(await page.isVisible('.site-footer'), false);
    assert.equal(await page.isVisible('main h1'), true);
    await context.close();
  });
});

describe('broken deep links', () => {
  // Links that name something that does not exist: each shows the not-found page with a
  // way back, never "Er ging iets mis".
  const BROKEN = [
    ['/gespreksstarters/bestuurder/bestaat-niet', '#/gespreksstarters'],
    ['/gespreksstarters/bestaat-niet', '#/gespreksstarters'],
    ['/gespreksstarters/bestaat-niet/bestuurder-1a', '#/gespreksstarters'],
    ['/gespreksstarters/%E0%A4%A', '#/gespreksstarters'],
    ['/gespreksstarters/leraar/bestuurder-2-2', '#/gespreksstarters'],
    ['/zelfscan/bestaat-niet/stap/1', '#/zelfscan'],
    ['/zelfscan/bestaat-niet/uitslag', '#/zelfscan'],
    ['/netwerkcheck/bestaat-niet', '#/netwerkcheck'],
    ['/bestaat-niet/ook-niet', '#/'],
  ];
  it('show a not-found page with a way back, accessible, without errors', async () => {
    const { page, problems, context } = await env.open();
    for (const [route, back] of BROKEN) {
      await page.goto(`${env.site.url}#${route}`);
      await waitForPage(page);
      assert.equal((await page.textContent('main h1')).trim(), 'Pagina niet gevonden', route);
      assert.ok(await page.locator(`main a[href="${back}"]`).count() >= 1, `${route}: a link back to ${back}`);
      assert.ok(await page.locator('main a[href="#/"]').count() >= 1, `${route}: a link to the start page`);
      assert.doesNotMatch(await page.textContent('main'), /Er ging iets mis|\/[a-z]+\/\d+\b/, route);
      assert.deepEqual(await axeViolations(page), [], `axe on ${route}`);
    }
    assertClean(assert, problems, 'broken deep links');
    await context.close();
  });

  // A code in a link is something the user can correct: the code page stays, with the
  // reason and the field to try again (issue 11), never "Er ging iets mis".
  const BAD_CODES = ['SW1-AAAAAAAAAAAA', '', 'kapot%20en%20%E2%80%8B'];
  it('with a bad result code show the code page with the reason', async () => {
    const { page, problems, context } = await env.open();
    for (const code of BAD_CODES) {
      await page.goto(`${env.site.url}#/zelfscan/code?c=${code}`);
      await waitForPage(page);
      assert.equal((await page.textContent('main h1')).trim(), 'Uitslag bekijken met een resultaatcode', code);
      assert.doesNotMatch(await page.textContent('main'), /Er ging iets mis/, code);
      assert.ok(await page.locator('main textarea, main input').count() >= 1, `${code}: a field to try again`);
      assert.deepEqual(await axeViolations(page), [], `axe on the code page with '${code}'`);
    }
    assertClean(assert, problems, 'bad codes in a link');
    await context.close();
  });
});

describe('the development server (scripts/static-server.mjs)', () => {
  it('serves only its own folder, also after decoding', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync, symlinkSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { serveSite } = await import('../../scripts/static-server.mjs');
    const base = mkdtempSync(join(tmpdir(), 'samenwijs-serve-'));
    mkdirSync(join(base, 'site', 'css'), { recursive: true });
    mkdirSync(join(base, 'siteSecret'));
    writeFileSync(join(base, 'site', 'index.html'), 'home');
    writeFileSync(join(base, 'site', 'css', 'a.css'), 'css');
    writeFileSync(join(base, 'siteSecret', 'x.txt'), 'secret');
    writeFileSync(join(base, 'secret.txt'), 'secret');
    symlinkSync(join(base, 'secret.txt'), join(base, 'site', 'link.txt'));
    const server = await serveSite(join(base, 'site'), { basePath: '/sub/' });
    try {
      const get = async (path) => {
        const response = await fetch(`${new URL(server.url).origin}${path}`);
        return { status: response.status, text: await response.text() };
      };
      assert.deepEqual(await get('/sub/'), { status: 200, text: 'home' });
      assert.deepEqual(await get('/sub/css/a.css'), { status: 200, text: 'css' });
      assert.deepEqual(await get('/sub/css/..%2Fcss%2Fa.css'), { status: 200, text: 'css' }, 'inside after decoding: fine');
      for (const path of ['/sub/..%2FsiteSecret%2Fx.txt', '/sub/%2e%2e%2FsiteSecret/x.txt', '/sub/..%2F..%2Fsecret.txt',
        '/sub/css/..%2F..%2Fsecret.txt', '/sub/%2E%2E/secret.txt', '/sub/..%5Csecret.txt', '/sub/%00', '/sub/%E0%A4%A',
        '/sub/link.txt', '/sub/..%2Fsite%2F..%2FsiteSecret%2Fx.txt']) {
        const answer = await get(path);
        assert.ok([403, 404].includes(answer.status), `${path}: ${answer.status}`);
        assert.doesNotMatch(answer.text, /secret/, path);
      }
    } finally {
      await server.close();
      rmSync(base, { recursive: true, force: true });
    }
  });
});

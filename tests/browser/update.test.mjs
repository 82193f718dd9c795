// Versioned, atomic updates. The test's own loopback server serves build A, a tab visits
// it, then build B is "deployed" (the server switches folders) and tabs old and new go
// on. Checked, with the service worker and without, under Cache-Control no-store and
// max-age=600 (GitHub Pages' default): no page ever runs parts of two builds (the page,
// app.js, the module's glue and wasm and content.js each report their build), and B runs
// after at most one reload. Also: the first visit downloads no file twice, and Chromium
// sees the site as installable from its sub-path (web app manifest).
// Run from the repository root: node --test --test-concurrency=1 tests/browser/update.test.mjs
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { serveSite } from '../../scripts/static-server.mjs';
import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, launchBrowser, waitForPage } from '../support/browser.mjs';
import { BASE_PATH, SITE_DIR } from './site-fixture.mjs';

const work = mkdtempSync(join(tmpdir(), 'samenwijs-update-'));
let browser;
let builds;

// Build B: build A with another version written into every file (as a new build would
// have) and a visibly different content text.
function makeBuilds() {
  const dirA = join(work, 'a');
  const dirB = join(work, 'b');
  cpSync(SITE_DIR, dirA, { recursive: true });
  cpSync(SITE_DIR, dirB, { recursive: true });
  const versionA = /data-version="([0-9a-f]+)"/.exec(readFileSync(join(dirA, 'index.html'), 'utf8'))[1];
  const versionB = createHash('sha256').update(`${versionA}-B`).digest('hex').slice(0, versionA.length);
  const scripts = readdirSync(dirB).filter((f) => /^pages-.*\.js$/.test(f));
  const parts = readdirSync(join(dirB, 'parts')).map((f) => `parts/${f}`);
  // The answers the build computed for first draws (issue 15) are content too.
  const answers = readdirSync(join(dirB, 'answers')).map((f) => `answers/${f}`);
  for (const name of ['index.html', 'app.js', 'sw.js', 'samenwijs-core.js', 'content.js', ...scripts, ...parts, ...answers]) {
    const path = join(dirB, name);
    const text = readFileSync(path, 'utf8');
    assert.ok(text.includes(versionA), `${name} of build A carries its version`);
    writeFileSync(path, text.replaceAll(versionA, versionB));
  }
  const wasm = readFileSync(join(dirB, 'samenwijs-core.wasm'));
  const at = wasm.lastIndexOf(Buffer.from(versionA));
  assert.ok(at > 0, 'the wasm carries its version');
  Buffer.from(versionB).copy(wasm, at);
  writeFileSync(join(dirB, 'samenwijs-core.wasm'), wasm);
  writeFileSync(join(dirB, 'samenwijs-core-wasm.js'), `self.SAMENWIJS_WASM_BASE64=${JSON.stringify(wasm.toString('base64'))};\n`);
  for (const name of ['content.js', ...parts, ...answers]) {
    const content = join(dirB, name);
    writeFileSync(content, readFileSync(content, 'utf8').replace('Gespreksstarters voor', 'Gespreksstarters (versie B) voor'));
  }
  return { dirA, dirB, versionA, versionB };
}

before(async () => {
  builds = makeBuilds();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

// What each part of the page reported when it was accepted (web/js/version.js).
function versionsOf(page) {
  return page.evaluate(() => {
    const d = document.documentElement.dataset;
    return { page: d.pageVersion, app: d.appVersion, glue: d.glueVersion, wasm: d.wasmVersion, content: d.contentVersion, answers: d.answersVersion };
  });
}

async function assertOneVersion(page, expected, where) {
  const v = await versionsOf(page);
  const seen = new Set(Object.values(v).filter(Boolean));
  assert.equal(seen.size, 1, `${where}: one build only, got ${JSON.stringify(v)}`);
  if (expected) assert.deepEqual([...seen], [expected], `${where}: runs ${expected === builds.versionA ? 'A' : 'B'}`);
  return [...seen][0];
}

// Loads a route that needs the module and the content, and waits until it is drawn.
async function openCapability(page) {
  await page.evaluate(() => { location.hash = '#/gespreksstarters'; });
  await waitForPage(page);
  // A first draw from the build's answers comes before the module and content, which
  // start at the first interaction (issue 15): a key press. When a file of the module is
  // refused (another build), the page reloads once, draws again and waits for a key again.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await page.bringToFront();
    await page.keyboard.press('Shift');
    try {
      await page.waitForFunction(() => document.documentElement.dataset.contentVersion, null, { timeout: 10000 });
      return;
    } catch {
      await waitForPage(page);
    }
  }
  assert.fail('the module and content never loaded');
}

// Page loads (a hash change is not one; a reload is).
function countNavigations(page) {
  const counter = { n: 0 };
  page.on('load', () => { counter.n += 1; });
  return counter;
}

async function workerActivated(page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker.state !== 'activated') {
      await new Promise((ok) => worker.addEventListener('statechange', () => worker.state === 'activated' && ok()));
    }
  });
}

for (const cacheControl of ['no-store', 'max-age=600']) {
  test(`deploy A then B with the service worker, Cache-Control: ${cacheControl}: never mixed, B after at most one reload`, async (t) => {
    const server = await serveSite(builds.dirA, { basePath: BASE_PATH, cacheControl });
    const context = await browser.newContext({ serviceWorkers: 'allow', locale: 'nl-NL' });
    const errors = [];
    context.on('weberror', (e) => errors.push(String(e.error())));
    try {
      // A first visit to the home page of A; the worker installs and caches A.
      const tab1 = await context.newPage();
      await tab1.goto(`${server.url}#/`);
      await waitForPage(tab1);
      await workerActivated(tab1);
      if (cacheControl === 'max-age=600') {
        // The worker takes what the page already has from the HTTP cache instead of downloading it again.
        const bodies = {};
        for (const entry of server.log) if (entry.status === 200) bodies[entry.path + entry.search] = (bodies[entry.path + entry.search] || 0) + 1;
        const twice = Object.entries(bodies).filter(([, n]) => n > 1);
        assert.deepEqual(twice, [], 'no file downloaded twice on the first visit');
        t.diagnostic(`first visit: ${Object.keys(bodies).length} files, ${server.log.filter((e) => e.status === 304).length} revalidated (304)`);
      }
      // A returning visit: the tab is now controlled by worker A, on the home page
      // (the module not loaded yet).
      await tab1.reload();
      await waitForPage(tab1);
      assert.ok(await tab1.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'controlled by the worker');
      await assertOneVersion(tab1, builds.versionA, 'tab 1 before the deploy');

      server.setRoot(builds.dirB); // deploy B

      // A new tab opened after the deploy runs B at once (navigations go to the network).
      const tab2 = await context.newPage();
      const tab2Navigations = countNavigations(tab2);
      await tab2.goto(`${server.url}#/gespreksstarters`);
      await waitForPage(tab2);
      await assertOneVersion(tab2, builds.versionB, 'a new tab after the deploy');
      assert.match(await tab2.locator('main').innerText(), /versie B/, 'B\'s content is shown');
      assert.ok(tab2Navigations.n <= 2, `at most one reload (${tab2Navigations.n} navigations)`);

      // Worker B has installed (the new tab's visit found it) and waits; the old tab says
      // that a new version is ready, and keeps running A until it is reloaded.
      await tab1.waitForSelector('#new-version', { timeout: 20000 });
      assert.match(await tab1.textContent('#new-version'), /nieuwe versie/);

      // The tab left open on A now needs the module and content: all of A (from the
      // worker's cache), or B after one automatic reload; never A's app with B's files.
      const tab1Navigations = countNavigations(tab1);
      await openCapability(tab1);
      const ran = await assertOneVersion(tab1, null, 'the old tab loading the module after the deploy');
      assert.ok(tab1Navigations.n <= 1, `at most one reload (${tab1Navigations.n})`);
      t.diagnostic(`the open tab ran ${ran === builds.versionA ? 'A (from the worker\'s cache)' : 'B after one reload'}`);
      if (ran === builds.versionA) assert.doesNotMatch(await tab1.locator('main').innerText(), /versie B/);

      // One reload of the old tab: B.
      await tab1.reload();
      await waitForPage(tab1);
      await openCapability(tab1);
      await assertOneVersion(tab1, builds.versionB, 'the old tab after one reload');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
}

test('without a service worker (max-age=600): an open tab of A refuses B\'s files and reloads once into B', async (t) => {
  const server = await serveSite(builds.dirA, { basePath: BASE_PATH, cacheControl: 'max-age=600' });
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'nl-NL' });
  try {
    const tab = await context.newPage();
    await tab.goto(`${server.url}#/`);
    await waitForPage(tab);
    await assertOneVersion(tab, builds.versionA, 'before the deploy');
    server.setRoot(builds.dirB);
    const navigations = countNavigations(tab);
    // content.js?v=A is not in the HTTP cache yet: the server answers with B's files.
    await tab.evaluate(() => { location.hash = '#/gespreksstarters'; });
    // B's answer part is refused: one reload into B, which draws from B's answers; the
    // module and content follow at the first interaction (a key press).
    await tab.waitForFunction(() => document.documentElement.dataset.answersVersion, null, { timeout: 20000 });
    await waitForPage(tab);
    await tab.keyboard.press('Tab');
    await tab.waitForFunction(() => document.documentElement.dataset.contentVersion, null, { timeout: 20000 });
    assert.equal(navigations.n, 1, 'exactly one automatic reload');
    assert.match(await tab.locator('main').innerText(), /versie B/);
    await assertOneVersion(tab, builds.versionB, 'after the automatic reload');
    t.diagnostic('the page refused a file of another build and reloaded once');
  } finally {
    await context.close();
    await server.close();
  }
});

test('the web app manifest: installable from a sub-path (Chromium), Dutch name, relative start URL and scope', async () => {
  const server = await serveSite(builds.dirA, { basePath: BASE_PATH, cacheControl: 'no-store' });
  // Chromium never offers to install from an incognito-like context: a real profile.
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS, locale: 'nl-NL',
  });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}#/`);
    await waitForPage(page);
    await workerActivated(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.equal(manifest.url, `${server.url}manifest.webmanifest`);
    assert.deepEqual(manifest.errors, []);
    const data = JSON.parse(manifest.data);
    assert.equal(data.start_url, './');
    assert.equal(data.scope, './');
    assert.equal(data.lang, 'nl');
    assert.match(data.name, /Samenwijs/);
    let errors = [];
    for (let attempt = 0; attempt < 20; attempt += 1) {
      ({ installabilityErrors: errors } = await cdp.send('Page.getInstallabilityErrors'));
      if (errors.length === 0) break;
      await new Promise((ok) => setTimeout(ok, 250));
    }
    assert.deepEqual(errors, [], 'Chromium reports no installability errors');
  } finally {
    await context.close();
    await server.close();
  }
});

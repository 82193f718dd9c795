// Headless Chromium (Debian's /usr/bin/chromium) for the browser tests, launched so that
// nothing leaves the machine, plus page helpers that record console errors and every
// request to another origin.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// The omnibox features: with them, each new window (each test's or visit's context) makes
// this Chromium (156) load its address-bar popup, a chrome:// page, in a separate renderer
// about 1.5 s of CPU, in 6 of 10 windows. On two cores that ran beside the page under test
// and made every navigation figure 90-120 ms slower and noisier (docs/performance.md, "Navigation
// figures"). A user's window has its popup before they open the site; we do not load it.
const NOT_OUR_PAGE = ['PreloadTopChromeWebUI', 'WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  `--disable-features=AutofillServerCommunication,NetworkTimeServiceQuerying,${NOT_OUR_PAGE.join(',')}`,
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export async function launchBrowser() {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  // On a machine set up by ./run.sh alone (its bootstrap leaves the browser out), say how
  // to get it instead of Playwright's long launch error.
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: run scripts/bootstrap.sh --browser (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * The browser's own pages (address bar popup and the like, CDP type "browser_ui") open
 * now: none may run beside the page under test, or its figures and timeouts include them.
 */
export async function browserUiPages(browser) {
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    return targetInfos.filter((t) => t.type === 'browser_ui').map((t) => t.url);
  } finally {
    await session.detach();
  }
}

/**
 * A new page that records problems: console errors, page errors, CSP violations and any
 * request whose origin differs from `siteOrigin`.
 */
export async function openPage(browser, siteOrigin, { viewport = { width: 1280, height: 900 }, serviceWorkers = 'block' } = {}) {
  // Service workers are blocked unless a test is about them, so that page.route() sees
  // every request and each test starts from the network.
  const context = await browser.newContext({ viewport, locale: 'nl-NL', acceptDownloads: true, serviceWorkers });
  const page = await context.newPage();
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (msg) => { if (msg.type() === 'error') problems.consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== siteOrigin) problems.foreignRequests.push(url);
  });
  return { page, context, problems };
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core for WCAG 2.0/2.1 A and AA; returns the violations (empty when clean). */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol, which the page's CSP (no inline scripts, no
  // eval) does not apply to; the site itself stays under its real policy.
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

/** Waits until the app has finished drawing the route in the page's current URL. */
export async function waitForPage(page) {
  await page.waitForFunction(() => {
    const path = (location.hash.replace(/^#/, '').split('?')[0]) || '/';
    return document.body.dataset.rendered === path && document.querySelector('main h1');
  }, null, { timeout: 20000 });
}

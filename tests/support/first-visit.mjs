// One first visit in a fresh browser context with the service worker allowed, observed
// from the server's side (scripts/static-server.mjs logs every answer with its bytes as
// sent, the time it arrived and who asked). Used by tests/browser/first-visit.test.mjs
// and tests/bench/size.mjs.

// The moment the page first says it is usable (main.js sets body[data-rendered]), on the
// same clock as the server's log. Runs in the page before its own scripts.
export function recordRendered() {
  const observer = new MutationObserver(() => {
    if (document.body && document.body.dataset.rendered !== undefined && !window.samenwijsRenderedAt) {
      window.samenwijsRenderedAt = Date.now();
      window.samenwijsRenderedMs = performance.now(); // since the navigation started
    }
  });
  observer.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-rendered'] });
}

// Waits until the worker is activated (its install filled the cache), then lists what it keeps.
function workerCache(page) {
  return page.evaluate(async () => {
    const registration = await Promise.race([
      navigator.serviceWorker.ready,
      new Promise((_, fail) => setTimeout(() => fail(new Error('no service worker within 20 s')), 20000)),
    ]);
    const worker = registration.active;
    if (worker.state !== 'activated') {
      await new Promise((ok) => worker.addEventListener('statechange', () => worker.state === 'activated' && ok()));
    }
    const names = (await caches.keys()).filter((k) => k.startsWith('samenwijs-'));
    const urls = [];
    for (const name of names) urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    return { names, urls };
  });
}

/** A request the service worker made (its script, or a fetch from inside it). */
export const fromWorker = (entry) => /\/sw\.js(\?|$)/.test(entry.referer) || entry.dest === 'serviceworker';

/**
 * Visits `site.url#route` in a new context of `browser` and waits until the page is
 * usable and the worker has filled its cache. Resolves to
 *   { renderedAt, renderedMs, log, early, cache: { names, urls }, pageRequests, preloads }
 * where `log` is the server's log of this visit, `early` the part that arrived before
 * the page was usable, and `renderedMs` the time from navigation start to usable.
 */
export async function firstVisit(browser, site, route, waitForPage, { viewport } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'allow', locale: 'nl-NL', ...(viewport ? { viewport } : {}) });
  const from = site.log.length;
  try {
    const page = await context.newPage();
    await page.addInitScript(recordRendered);
    const pageRequests = [];
    page.on('request', (r) => { if (r.url().startsWith(site.url) && !r.isNavigationRequest()) pageRequests.push(r.url()); });
    await page.goto(`${site.url}#${route}`);
    await waitForPage(page);
    const { renderedAt, renderedMs, preloads } = await page.evaluate(() => ({
      renderedAt: window.samenwijsRenderedAt, renderedMs: window.samenwijsRenderedMs,
      // What the early start in <head> asked the browser to download beside app.js: preloads,
      // or, for a route the build answered, the page group and answer parts as scripts.
      preloads: [...document.querySelectorAll('link[rel=preload][data-early], script[data-early]')].map((l) => l.href || l.src),
    }));
    const cache = await workerCache(page);
    const log = site.log.slice(from);
    return { renderedAt, renderedMs, log, early: log.filter((e) => e.at < renderedAt), cache, pageRequests, preloads };
  } finally {
    await context.close();
  }
}

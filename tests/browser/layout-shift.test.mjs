// No layout shift while a page appears: the shell in index.html reserves the space of
// what app.js draws into it, so the header, the navigation and the footer stay where
// they first showed. Measured with a PerformanceObserver for 'layout-shift' (the same
// entries Lighthouse and the Core Web Vitals use) from before the first paint until the
// page is usable and has settled, on home and each capability's first page, in a narrow
// (phone) and a wide window. The sum of all shifts (CLS) must stay below 0.01.
// Run from the repository root: node --test --test-concurrency=1 tests/browser/layout-shift.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { waitForPage } from '../support/browser.mjs';
import { startSite } from './site-fixture.mjs';

const ROUTES = ['/', '/gespreksstarters', '/zelfscan', '/teamoverzicht', '/netwerkcheck'];
const WINDOWS = { narrow: { width: 375, height: 740 }, wide: { width: 1280, height: 900 } };
const LIMIT = 0.01;

let env;
before(async () => { env = await startSite(); });
after(async () => { await env?.close(); });

// Runs in the page before its own scripts: records every shift and what moved.
function recordShifts() {
  window.samenwijsShifts = [];
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return node ? node.nodeName : '?';
    return `${node.localName}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.samenwijsShifts.push({
        value: entry.value,
        at: Math.round(entry.startTime),
        moved: (entry.sources || []).map((s) => `${describe(s.node)} ${s.previousRect.y}→${s.currentRect.y}`),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

for (const [name, viewport] of Object.entries(WINDOWS)) {
  for (const route of ROUTES) {
    test(`no layout shift on #${route}, ${name} window`, async (t) => {
      const { page, context, problems } = await env.open({ viewport });
      try {
        await page.addInitScript(recordShifts);
        await page.goto(`${env.site.url}#${route}`);
        await waitForPage(page);
        // Settle: two frames and a moment for late layout (images, fonts, the status line).
        await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 300)))));
        const shifts = await page.evaluate(() => window.samenwijsShifts);
        const cls = shifts.reduce((n, s) => n + s.value, 0);
        t.diagnostic(`CLS ${cls.toFixed(4)} (${shifts.length} shifts)`);
        assert.ok(cls < LIMIT, `CLS ${cls.toFixed(4)} ≥ ${LIMIT}: ${JSON.stringify(shifts)}`);
        assert.deepEqual(problems.pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }
}

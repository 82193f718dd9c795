// Shared by the zelfscan and team overview tests: the content the site is built from,
// viewports, the site for the whole file with a page helper per test, and text helpers.
import { readFileSync, readdirSync } from 'node:fs';
import { after, before } from 'node:test';
import { waitForPage } from '../support/browser.mjs';
import { startModule, startSite } from './site-fixture.mjs';

export const PHONE = { width: 360, height: 740 };
export const WIDE = { width: 1366, height: 900 };

// ---------------------------------------------------------------------------------------
// The content the site is built from.
export const FRAMEWORKS = Object.fromEntries(['leraar', 'leidinggevende'].map((id) =>
  [id, JSON.parse(readFileSync(new URL(`../../content/frameworks/${id}.json`, import.meta.url), 'utf8'))]));
const GUIDES_DIR = new URL('../../content/guides/', import.meta.url);
/** The guides by id, in file name order. */
export const GUIDES = Object.fromEntries(readdirSync(GUIDES_DIR).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, GUIDES_DIR), 'utf8'))).map((g) => [g.id, g]));

/** A framework's competences in order, each with its domain. */
export const competencesOf = (fw) => fw.domains.flatMap((d) => d.competences.map((c) => ({ ...c, domain: d })));
/** The level (1-6) a score rounds to. */
export const levelOf = (score) => Math.min(6, Math.max(1, Math.floor(score + 0.5)));

// ---------------------------------------------------------------------------------------
/**
 * Starts the site (one Chromium) before the file's tests and closes it after them. Call it
 * at the top level, before the file's own `before`. `open(viewport)` gives a page in a new
 * context (fresh localStorage) with a 10 s default timeout; `go(page, route)` loads a route
 * and waits until it is drawn; `env` is startSite's result.
 */
export function useSite() {
  const site = {
    env: undefined,
    open: async (viewport = WIDE) => {
      const opened = await site.env.open({ viewport });
      opened.context.setDefaultTimeout(10000);
      return opened;
    },
    go: async (page, route) => {
      await page.goto(`${site.env.site.url}#${route}`);
      await waitForPage(page);
      await startModule(page);
    },
  };
  before(async () => { site.env = await startSite(); });
  after(async () => { await site.env.close(); });
  return site;
}

/** A locator's text with white space folded. */
export const text = async (locator) => (await locator.textContent()).replace(/\s+/g, ' ').trim();
/**
 * The text of an element that a page fills in after an async step (the answer of a
 * clipboard write), once it has any; '' after `timeout` ms, so the caller's assertion fails.
 */
export async function textOnceShown(locator, timeout = 5000) {
  const element = await locator.elementHandle();
  await locator.page().waitForFunction((el) => el.textContent.trim() !== '', element, { timeout }).catch(() => {});
  return text(locator);
}
/** The cells of each body row of a table, white space folded. */
export const rows = (page, tableSelector) => page.$$eval(`${tableSelector} tbody tr`, (trs) =>
  trs.map((tr) => [...tr.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim())));

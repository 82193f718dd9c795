// Dev tool: screenshot of one route of the built site, plus console problems and axe results.
// node scripts/screenshot.mjs ROUTE OUT.png [WIDTH HEIGHT FULLPAGE(1|0)]
import { serveSite } from './static-server.mjs';
import { launchBrowser, openPage, waitForPage, axeViolations } from '../tests/support/browser.mjs';
const [,, route = '/', out = '/tmp/shot.png', width = '1280', height='900', full='1'] = process.argv;
const site = await serveSite(new URL('../build/site', import.meta.url).pathname, { basePath: '/samenwijs/' });
const browser = await launchBrowser();
const { page, problems } = await openPage(browser, new URL(site.url).origin, { viewport: { width: +width, height: +height } });
await page.goto(site.url + '#' + route);
await waitForPage(page);
// Blocks below the first screen are drawn when scrolled near (content-visibility: auto,
// class "later"); a full-page shot does not scroll, so they are drawn first. Through the
// CSSOM: the site's Content-Security-Policy refuses an added <style> element.
if (full === '1') await page.evaluate(() => document.querySelectorAll('.later').forEach((block) => { block.style.contentVisibility = 'visible'; }));
await page.screenshot({ path: out, fullPage: full === '1' });
console.log(JSON.stringify({ problems, axe: await axeViolations(page), title: await page.title() }, null, 1));
await browser.close(); await site.close();

// The meeting agenda open in two tabs of one browser: notes typed at the same time are
// merged per point (the last change of each note wins), never agenda against agenda.
// 1 notes on different points, while one tab still works from a copy read a moment before
//   the other tab's save (as tabs in different processes do): both notes survive a reload;
// 2 the same point in both tabs: the newest note wins, and the other tab shows it;
// 3 a point removed in one tab while the other is typing a note: the note being typed
//   keeps its text, caret and focus, and every keystroke is saved.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { waitForPage } from '../support/browser.mjs';
import { assertClean } from './site-fixture.mjs';
import { WIDE, useSite } from './scan-fixture.mjs';

const site = useSite();
const { open, go } = site;
const KEY = 'samenwijs:agenda';
const [X, Y, Z] = ['leraar-1-1-v1', 'leraar-1-2-v2', 'leraar-1-1-v3'];
const SEEDED = JSON.stringify({ version: 1, title: 'Overleg', date: '', notes: '', items: [X, Y, Z].map((id) => ({ id, note: '' })) });

const stored = async (page) => JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
const notesOf = (agenda) => Object.fromEntries(agenda.items.map((i) => [i.id, i.note]));
const field = (page, id) => page.inputValue(`#note-${id}`);

/** Two tabs on the agenda page, the agenda seeded once. */
async function twoTabs() {
  const { page: a, problems, context } = await open(WIDE);
  await go(a, '/gesprek');
  await a.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, SEEDED]);
  await a.reload();
  await waitForPage(a);
  const b = await context.newPage();
  await b.goto(`${site.env.site.url}#/gesprek`);
  await waitForPage(b);
  return { a, b, problems, context };
}

async function reloadBoth(a, b) {
  await Promise.all([a.reload(), b.reload()]);
  await Promise.all([waitForPage(a), waitForPage(b)]);
}

describe('the agenda in two tabs', () => {
  it('keeps notes on different points, also when one tab saved from a stale copy', async () => {
    const { a, b, problems, context } = await twoTabs();
    // Tab B reads the agenda as it was before A's save, until B itself saves.
    await b.evaluate(([key, stale]) => {
      const get = Storage.prototype.getItem;
      const set = Storage.prototype.setItem;
      let staleReads = true;
      Storage.prototype.getItem = function getItem(k) { return k === key && staleReads ? stale : get.call(this, k); };
      Storage.prototype.setItem = function setItem(k, v) { set.call(this, k, v); if (k === key) staleReads = false; };
    }, [KEY, SEEDED]);
    await a.fill(`#note-${X}`, 'Notitie uit tab A');
    await a.waitForFunction(([key, id]) => JSON.parse(localStorage.getItem(key)).items.find((i) => i.id === id).note, [KEY, X]);
    await b.fill(`#note-${Y}`, 'Notitie uit tab B');
    // Tab A merges B's stale save with its own note and saves the result.
    await a.waitForFunction((key) => {
      const notes = JSON.parse(localStorage.getItem(key)).items.map((i) => i.note);
      return notes[0] === 'Notitie uit tab A' && notes[1] === 'Notitie uit tab B';
    }, KEY);
    await b.waitForFunction((id) => document.getElementById(`note-${id}`).value === 'Notitie uit tab A', X);
    await reloadBoth(a, b);
    for (const page of [a, b]) {
      assert.equal(await field(page, X), 'Notitie uit tab A');
      assert.equal(await field(page, Y), 'Notitie uit tab B');
    }
    assert.deepEqual(notesOf(await stored(a)), { [X]: 'Notitie uit tab A', [Y]: 'Notitie uit tab B', [Z]: '' });
    assertClean(assert, problems, 'two tabs, different points');
    await context.close();
  });

  it('the newest note on the same point wins, and the other tab shows it', async () => {
    const { a, b, problems, context } = await twoTabs();
    await a.fill(`#note-${X}`, 'Eerst uit tab A');
    await a.waitForFunction(([key, id]) => JSON.parse(localStorage.getItem(key)).items.find((i) => i.id === id).note, [KEY, X]);
    await b.fill(`#note-${X}`, 'Later uit tab B');
    await b.waitForFunction(([key, id]) => JSON.parse(localStorage.getItem(key)).items.find((i) => i.id === id).note === 'Later uit tab B', [KEY, X]);
    // Tab A is still in the field it typed in: its text is not pulled away while it is
    // there; once it leaves the field, it shows the newer note.
    assert.equal(await field(a, X), 'Eerst uit tab A');
    await a.keyboard.press('Tab');
    await a.waitForFunction((id) => document.getElementById(`note-${id}`).value === 'Later uit tab B', X);
    await reloadBoth(a, b);
    for (const page of [a, b]) assert.equal(await field(page, X), 'Later uit tab B');
    assert.equal(notesOf(await stored(a))[X], 'Later uit tab B');
    assertClean(assert, problems, 'two tabs, same point');
    await context.close();
  });

  it('a point removed in the other tab does not take away the note being typed', async () => {
    const { a, b, problems, context } = await twoTabs();
    await a.click(`#note-${X}`);
    await a.keyboard.type('Eerste deel');
    await b.click(`.agenda-item[data-id="${Z}"] [data-action="remove"]`);
    await a.waitForFunction((id) => !document.querySelector(`.agenda-item[data-id="${id}"]`), Z);
    await a.keyboard.type(' en de rest');
    assert.equal(await a.evaluate(() => document.activeElement.id), `note-${X}`);
    await a.keyboard.press('Tab'); // leaving the field saves at once
    await a.waitForFunction(([key, id]) => JSON.parse(localStorage.getItem(key)).items.find((i) => i.id === id)?.note === 'Eerste deel en de rest', [KEY, X]);
    await reloadBoth(a, b);
    for (const page of [a, b]) {
      assert.equal(await field(page, X), 'Eerste deel en de rest');
      assert.equal(await page.locator(`.agenda-item[data-id="${Z}"]`).count(), 0, 'the removed point stays removed');
    }
    assertClean(assert, problems, 'two tabs, point removed while typing');
    await context.close();
  });
});

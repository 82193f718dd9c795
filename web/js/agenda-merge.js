// Merging two versions of the meeting agenda (two tabs, or a tab that read a stale copy):
// per field and per point, the last change wins, never the whole agenda of the last
// writer. Every change carries a time stamp in `agenda.sync` (milliseconds):
//   title, date, notes, order   when that field or the order of the points last changed
//   note[id], added[id]         when a point's note last changed, when it was added
//   removed[id]                 when a point was removed (kept so a stale copy cannot bring it back)
// The core checks the shape of `sync` (readAgenda); the merge is pure and has no rules of
// content, so it lives with the store.

const FIELDS = ['title', 'date', 'notes'];
const MAX_REMOVED = 200;

let last = 0;
/** A time stamp that never goes back and never repeats in this tab. */
export function stamp() {
  last = Math.max(Date.now(), last + 1);
  return last;
}

/** The agenda with a complete `sync` (an agenda saved before stamps counts as time 0). */
export function withSync(agenda) {
  const s = agenda.sync && typeof agenda.sync === 'object' ? agenda.sync : {};
  const map = (m) => (m && typeof m === 'object' && !Array.isArray(m) ? { ...m } : {});
  return {
    ...agenda,
    items: (agenda.items || []).map((i) => ({ id: i.id, note: i.note || '' })),
    sync: { title: s.title || 0, date: s.date || 0, notes: s.notes || 0, order: s.order || 0, note: map(s.note), added: map(s.added), removed: map(s.removed) },
  };
}

const at = (map, id) => map[id] || 0;
const present = (added, removed) => removed === 0 || added > removed;

/**
 * mine: this tab's agenda; theirs: what is stored now. On equal stamps the stored one
 * wins, so two tabs that merge agree on the result.
 */
export function mergeAgendas(mineIn, theirsIn) {
  const mine = withSync(mineIn);
  const theirs = withSync(theirsIn);
  const out = { ...theirs, sync: { note: {}, added: {}, removed: {} } };
  for (const f of [...FIELDS, 'order']) {
    const mineNewer = mine.sync[f] > theirs.sync[f];
    if (f !== 'order') out[f] = mineNewer ? mine[f] : theirs[f];
    out.sync[f] = Math.max(mine.sync[f], theirs.sync[f]);
  }
  const removed = { ...theirs.sync.removed };
  for (const [id, t] of Object.entries(mine.sync.removed)) removed[id] = Math.max(t, removed[id] || 0);
  const byId = (list) => new Map(list.map((i) => [i.id, i]));
  const mineItems = byId(mine.items);
  const theirItems = byId(theirs.items);
  const [first, second] = mine.sync.order > theirs.sync.order ? [mine.items, theirs.items] : [theirs.items, mine.items];
  const items = [];
  const seen = new Set();
  for (const { id } of [...first, ...second]) {
    if (seen.has(id)) continue;
    seen.add(id);
    const added = Math.max(at(mine.sync.added, id), at(theirs.sync.added, id));
    if (!present(added, removed[id] || 0)) continue;
    const a = mineItems.get(id);
    const b = theirItems.get(id);
    const noteA = a ? at(mine.sync.note, id) : -1;
    const noteB = b ? at(theirs.sync.note, id) : -1;
    const note = noteA > noteB ? a.note : b.note;
    items.push({ id, note });
    if (added) out.sync.added[id] = added;
    if (Math.max(noteA, noteB) > 0) out.sync.note[id] = Math.max(noteA, noteB);
    delete removed[id];
  }
  out.items = items;
  // Keep the newest removals only: enough to outlive any tab that is still open.
  out.sync.removed = Object.fromEntries(Object.entries(removed).sort((x, y) => y[1] - x[1]).slice(0, MAX_REMOVED));
  return out;
}

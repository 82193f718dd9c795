// The meeting agenda the user composes: kept in memory and, when possible, on this device.
// The core validates what was saved (agendaResolve); a saved agenda that cannot be read is
// never overwritten without the user's say-so. Every change is stamped and merged with
// what is stored now, per field and per point (agenda-merge.js): two tabs typing at once,
// or a tab that read a stale copy, never lose each other's notes. A wipe empties memory
// too, and changes from another tab arrive through the storage event.
import { loadText, onStoredChange, onWipe, remove, saveText, storageAvailable } from './storage.js';
import { mergeAgendas, stamp, withSync } from './agenda-merge.js';

const KEY = 'agenda';
const listeners = new Set();

const state = {
  agenda: emptyAgenda(),
  loaded: false,
  damaged: null, // { message, raw } when the saved agenda could not be read
  // Probed when first asked, not while app.js starts: the probe writes to localStorage,
  // which costs a few ms in a fresh profile on every page's first draw (issue 15).
  probed: null,
  get persistent() {
    if (this.probed === null) this.probed = storageAvailable();
    return this.probed;
  },
  set persistent(value) { this.probed = value; },
  core: null,
  lastText: null, // the stored text this tab's agenda was read from or wrote
};

function emptyAgenda() {
  return withSync({ version: 1, title: '', date: '', notes: '', items: [] });
}

function notify(source = 'local') {
  for (const fn of listeners) fn(state.agenda, source);
}

function persist() {
  if (state.damaged) return;
  const text = JSON.stringify(state.agenda);
  state.persistent = saveText(KEY, text);
  if (state.persistent) state.lastText = text;
}

// Merges the stored agenda into this tab's when it differs from what this tab last saw.
// Returns whether anything changed; `writeBack`: when this tab holds newer changes than
// the stored copy (a stale write from another tab), the merge is saved.
function refresh(writeBack = false) {
  const raw = loadText(KEY);
  if (raw === state.lastText) return false;
  const hadStored = state.lastText !== null;
  state.lastText = raw;
  state.damaged = null;
  if (!raw) {
    // Removed on the device (a wipe or "opnieuw beginnen", maybe in another tab): start empty.
    if (hadStored) state.agenda = emptyAgenda();
    return true;
  }
  try {
    const parsed = JSON.parse(raw);
    if (state.core) state.core.agendaResolve(parsed); // throws SamenwijsError with a Dutch reason when invalid
    state.agenda = { ...mergeAgendas(state.agenda, { ...emptyAgenda(), ...parsed }), version: 1 };
  } catch (error) {
    if (error && error.code === 'content_part_missing') {
      // Not damaged: the guides are still loading (issue 15). Read it again next time.
      state.lastText = null;
      state.loaded = false;
      throw error;
    }
    state.damaged = {
      message: error && error.code ? error.message : 'De opgeslagen agenda is beschadigd en kan niet worden gelezen.',
      raw,
    };
    return true;
  }
  if (writeBack && JSON.stringify(state.agenda) !== raw) persist();
  return true;
}

/** Loads the saved agenda once, validated by the core. */
export function loadAgenda(core) {
  if (state.loaded) return state;
  state.loaded = true;
  state.core = core;
  refresh();
  return state;
}

onWipe(() => {
  state.agenda = emptyAgenda();
  state.damaged = null;
  state.lastText = null;
  notify('external');
});
onStoredChange((key) => {
  if (!state.loaded || (key !== null && key !== KEY)) return;
  if (refresh(true)) notify('external');
});

export function agendaState() { return state; }
export function agenda() { return state.agenda; }
export function agendaCount() { return state.agenda.items.length; }
export function onAgendaChange(fn) { listeners.add(fn); return () => listeners.delete(fn); }
export function hasItem(id) { return state.agenda.items.some((i) => i.id === id); }

function update(change) {
  if (state.loaded) refresh();
  change(state.agenda);
  persist();
  notify();
}

export function addItem(id) {
  if (!hasItem(id)) update((a) => { a.items.push({ id, note: '' }); a.sync.added[id] = stamp(); });
}
export function removeItem(id) {
  update((a) => { a.items = a.items.filter((i) => i.id !== id); a.sync.removed[id] = stamp(); });
}
export function toggleItem(id) {
  if (hasItem(id)) removeItem(id); else addItem(id);
  return hasItem(id);
}
export function moveItem(index, delta) {
  const to = index + delta;
  update((a) => {
    if (to < 0 || to >= a.items.length) return;
    const [item] = a.items.splice(index, 1);
    a.items.splice(to, 0, item);
    a.sync.order = stamp();
  });
  return Math.max(0, Math.min(state.agenda.items.length - 1, to));
}
export function setField(field, value) {
  update((a) => { a[field] = value; a.sync[field] = stamp(); });
}
export function setNote(id, note) {
  update((a) => { const item = a.items.find((i) => i.id === id); if (item) { item.note = note; a.sync.note[id] = stamp(); } });
}
export function clearAgenda() {
  update((a) => {
    const t = stamp();
    for (const item of a.items) a.sync.removed[item.id] = t;
    Object.assign(a, { title: '', date: '', notes: '', items: [] });
    for (const f of ['title', 'date', 'notes', 'order']) a.sync[f] = t;
    a.sync.note = {};
    a.sync.added = {};
  });
}

/** After a damaged save: start again (the damaged data is replaced only now). */
export function startOver() {
  state.damaged = null;
  remove(KEY);
  state.lastText = null;
  state.agenda = emptyAgenda();
  persist();
  notify();
}

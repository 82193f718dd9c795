// Saved state on this device only (localStorage), under one prefix, so "wis mijn
// gegevens" removes exactly what Samenwijs stored and nothing else. This is the one place
// that writes: every write is checked (read back), a failed write is reported once to the
// user (storage-notice.js), changes made in another tab are passed on (the storage
// event), and a wipe clears memory and storage together. Whether a value is valid is
// decided by the core, never here.

import './storage-notice.js';

const PREFIX = 'samenwijs:';

// A value that could not be written, kept while the page is open. It is only used while
// the device still holds what it held when the write failed (`over`): newer stored data,
// from another tab or a later successful write, always wins over this copy.
const memory = new Map(); // key -> { text, over }
const problemListeners = new Set();
const changeListeners = new Set();
const wipeListeners = new Set();

/** What Samenwijs may keep on this device, for the privacy page. */
export const STORED_ITEMS = [
  { key: 'agenda', what: 'Je gespreksagenda: gekozen vragen, titel, datum en notities, met het tijdstip van elke wijziging (zodat twee tabbladen elkaars notities niet overschrijven).' },
  { key: 'zelfscan', what: 'Je antwoorden in een zelfscan, per zelfscan. Zonder naam of ander kenmerk.' },
  { key: 'zelfscan-history', what: 'Je eerdere metingen van de zelfscan (resultaatcodes met datum, een naam als je die gaf) en je ontwikkelplannen.' },
  { key: 'zelfscan-apart', what: 'Oude of beschadigde gegevens van de zelfscan, apart gezet tot jij kiest wat ermee gebeurt.' },
  { key: 'team', what: 'Voor het teamoverzicht: de rondes die je startte of waaraan je meedeed, een geheim getal waarmee dit apparaat inlevercodes maakt, welke teambeelden al getoond zijn (zonder niveaus), de tussenstand van een open stembus en teambeelden die je zelf bewaarde (alleen aantallen, nooit codes van collega\'s).' },
  { key: 'netwerk', what: 'Je netwerkcheck, netwerkplan en netwerkkaart.' },
];

function rawGet(key) {
  try {
    return { ok: true, text: localStorage.getItem(PREFIX + key) };
  } catch {
    return { ok: false, text: null };
  }
}

export function storageAvailable() {
  try {
    const probe = `${PREFIX}probe`;
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/** The raw saved text, or null when absent. */
export function loadText(key) {
  const stored = rawGet(key);
  const kept = memory.get(key);
  if (kept && (!stored.ok || stored.text === kept.over)) return kept.text;
  if (kept) memory.delete(key); // the device has newer data: the copy is stale
  return stored.text;
}

/**
 * Writes and reads back. Returns { ok, reason } with reason 'quota' (the storage is full),
 * 'unavailable' (the browser refuses storage) or 'mismatch' (what was read back differs).
 * A failure keeps the value in memory for this page and tells the user once.
 */
export function writeText(key, text) {
  const before = rawGet(key);
  let reason = null;
  try {
    localStorage.setItem(PREFIX + key, text);
    if (localStorage.getItem(PREFIX + key) !== text) reason = 'mismatch';
  } catch (error) {
    reason = error && (error.name === 'QuotaExceededError' || error.code === 22) ? 'quota' : 'unavailable';
  }
  if (!reason) {
    memory.delete(key);
    return { ok: true, reason: null };
  }
  const now = rawGet(key);
  memory.set(key, { text, over: now.ok ? now.text : before.text });
  for (const fn of problemListeners) fn({ key, reason });
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent('samenwijs:save-problem', { detail: { key, reason } }));
  return { ok: false, reason };
}

/** Returns true when saved on the device (false: kept in memory only, and reported). */
export function saveText(key, text) {
  return writeText(key, text).ok;
}

/** Whether `key` has a value that is not on the device (a write failed). */
export function unsaved(key) {
  return memory.has(key);
}

export function remove(key) {
  memory.delete(key);
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    /* nothing stored on the device */
  }
}

/** Keys (without prefix) Samenwijs currently has stored. */
export function storedKeys() {
  const keys = new Set(memory.keys());
  try {
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key && key.startsWith(PREFIX)) keys.add(key.slice(PREFIX.length));
    }
  } catch {
    /* only the memory copies */
  }
  return [...keys];
}

/** Removes everything Samenwijs keeps, in memory and on the device, and tells every store. */
export function wipeAll() {
  for (const key of storedKeys()) remove(key);
  memory.clear();
  for (const fn of wipeListeners) fn();
}

/** fn({ key, reason }) after every failed write. */
export function onSaveProblem(fn) { problemListeners.add(fn); return () => problemListeners.delete(fn); }
/** fn() after wipeAll() in this tab (another tab's wipe arrives as onStoredChange(null)). */
export function onWipe(fn) { wipeListeners.add(fn); return () => wipeListeners.delete(fn); }
/** fn(key or null) when another tab changed a Samenwijs value (null: everything cleared). */
export function onStoredChange(fn) { changeListeners.add(fn); return () => changeListeners.delete(fn); }

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== null && !event.key.startsWith(PREFIX)) return;
    const key = event.key === null ? null : event.key.slice(PREFIX.length);
    if (key === null) memory.clear(); else memory.delete(key); // the other tab's data is newer
    for (const fn of changeListeners) fn(key);
  });
}

// Saved state on this device only (localStorage), under one prefix, so "wis mijn
// gegevens" removes exactly what Samenwijs stored and nothing else. Every read is
// validated by the caller; a damaged value never breaks a page.

const PREFIX = 'samenwijs:';

// When the browser refuses storage, values live in memory for as long as the page is
// open: a scan still works across its steps, it is just not kept after closing.
const memory = new Map();

/** What Samenwijs may keep on this device, for the privacy page. */
export const STORED_ITEMS = [
  { key: 'agenda', what: 'Je gespreksagenda: gekozen vragen, titel, datum en notities.' },
  { key: 'zelfscan', what: 'Je antwoorden in een zelfscan, per zelfscan. Zonder naam of ander kenmerk.' },
  { key: 'zelfscan-history', what: 'De resultaatcodes van je eerdere zelfscans, om te kunnen vergelijken.' },
  { key: 'team', what: 'Een teamset met resultaatcodes, alleen als je die zelf bewaart.' },
  { key: 'netwerk', what: 'Je netwerkcheck, netwerkplan en netwerkkaart.' },
];

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

/** The raw saved text, or null when absent or storage is unavailable. */
export function loadText(key) {
  if (memory.has(key)) return memory.get(key);
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

/** Returns true when saved on the device (false: kept in memory only). */
export function saveText(key, text) {
  try {
    localStorage.setItem(PREFIX + key, text);
    return true;
  } catch {
    memory.set(key, text);
    return false;
  }
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
  const keys = [];
  try {
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key && key.startsWith(PREFIX)) keys.push(key.slice(PREFIX.length));
    }
  } catch {
    keys.push(...memory.keys());
  }
  return keys;
}

export function wipeAll() {
  for (const key of storedKeys()) remove(key);
}

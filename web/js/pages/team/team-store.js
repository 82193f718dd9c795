// What the team overview keeps on this device, all under storage.js's 'samenwijs:' prefix
// in the 'team' group: the rounds this device started, saved team pictures (team codes:
// aggregates only), the device's secret for hand-in codes, per round the record of shown
// pictures (the differencing guard) and an open ballot box's running totals. Never a
// colleague's code. Every read is checked; a damaged value is treated as absent.
import { loadText, remove, saveText } from '../../storage.js';

const ROUNDS = 'team:rounds';
const SETS = 'team:sets';
const SALT = 'team:salt';

function readList(key) {
  try {
    const value = JSON.parse(loadText(key) || '[]');
    return Array.isArray(value) ? value.filter((x) => x && typeof x === 'object') : [];
  } catch {
    return [];
  }
}

export function randomHex(bytes) {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  return [...values].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** This device's secret for hand-in codes: made once, never shown or exported. */
export function deviceSalt() {
  const saved = loadText(SALT);
  if (saved && /^[0-9a-f]{32}$/.test(saved)) return saved;
  const salt = randomHex(16);
  saveText(SALT, salt);
  return salt;
}

export const rounds = () => readList(ROUNDS).filter((r) => typeof r.code === 'string' && typeof r.name === 'string');
export function addRound(round) {
  return saveText(ROUNDS, JSON.stringify([...rounds().filter((r) => r.code !== round.code), round]));
}
export function removeRound(code) {
  saveText(ROUNDS, JSON.stringify(rounds().filter((r) => r.code !== code)));
  remove(`team:ballot:${code}`);
}
export const roundByCode = (code) => rounds().find((r) => r.code === code);

export const savedSets = () => readList(SETS).filter((s) => typeof s.code === 'string' && typeof s.name === 'string');
export function saveSet(set) {
  return saveText(SETS, JSON.stringify([...savedSets().filter((s) => s.code !== set.code), set]));
}
export function removeSet(code) {
  saveText(SETS, JSON.stringify(savedSets().filter((s) => s.code !== code)));
}

export const shownHistory = (round) => loadText(`team:shown:${round}`) || '';
export const saveShownHistory = (round, history) => saveText(`team:shown:${round}`, history);

export const ballotTotals = (round) => loadText(`team:ballot:${round}`) || '';
export const saveBallotTotals = (round, totals) => saveText(`team:ballot:${round}`, totals);
export const clearBallot = (round) => remove(`team:ballot:${round}`);

// Self-assessment progress, earlier measurements and development plans, on this device
// only. Nothing here identifies the person. The core decides what is valid (zelfscanState,
// historyRead, historyText); this file only stores, never loses an answer:
// - every change is read-modify-write on the stored state, so two tabs add up;
// - answers that could not be written stay pending in memory and are laid over whatever
//   is stored, until a write succeeds;
// - damaged or old-version data is put aside (zelfscan-apart:...) before the valid answers
//   in it are saved again, and stays there until the user decides.
import { loadText, onWipe, remove, storageAvailable, storedKeys, writeText } from './storage.js';

const progressKey = (framework) => `zelfscan:${framework}`;
const HISTORY_KEY = 'zelfscan-history';
const ASIDE = 'zelfscan-apart:';

const pending = new Map(); // framework -> { answers: {item: value}, step }
// What this tab last wrote per framework. Answers are never removed within a measurement,
// so a stored state of the same measurement that lacks some of them was written by another
// tab that had not yet seen ours (tabs see each other's writes a moment later): ours are
// added back.
const lastWritten = new Map(); // framework -> { id, answers }
onWipe(() => { pending.clear(); lastWritten.clear(); });

export const canKeepProgress = storageAvailable;

/** Local date and time as "YYYY-MM-DDTHH:MM", the form the core stores. */
export function nowLocal() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}
export const todayLocal = () => nowLocal().slice(0, 10);
const newId = () => `m${Date.now().toString(36)}-${Math.floor(Math.random() * 1e8).toString(36)}`;

function putAside(name, raw) {
  return writeText(`${ASIDE}${name}:${Date.now()}`, raw).ok;
}

/** Data put aside for `name` (a framework id, or "metingen"): [{ key, raw }]. */
export function asides(name) {
  return storedKeys().filter((k) => k.startsWith(`${ASIDE}${name}:`)).sort()
    .map((key) => ({ key, raw: loadText(key) })).filter((a) => a.raw !== null);
}
export function dropAside(key) { remove(key); }

function stateText(framework, s) {
  return JSON.stringify({
    version: 1, framework: framework.id, frameworkVersion: framework.version, answers: s.answers, step: s.step,
    measurementId: s.measurementId, startedAt: s.startedAt, completedAt: s.completedAt || undefined,
  });
}

function writeState(core, framework, s) {
  if (!s.measurementId) { s.measurementId = newId(); s.startedAt = s.startedAt || nowLocal(); }
  const text = stateText(framework, s);
  const { ok } = writeText(progressKey(framework.id), text);
  if (ok) {
    pending.delete(framework.id);
    lastWritten.set(framework.id, { id: s.measurementId, answers: { ...s.answers } });
  }
  const checked = core.zelfscanState(framework.id, text);
  s.progress = checked.progress;
  s.saved = ok;
  return s;
}

/**
 * The current progress: stored answers (salvaged by the core when damaged, the original
 * put aside first) with this tab's unsaved answers on top. { answers, step, measurementId,
 * startedAt, completedAt, progress, saved, problem }; `problem` is the core's Dutch text
 * when data had to be salvaged just now.
 */
export function readState(core, framework) {
  const raw = loadText(progressKey(framework.id));
  const read = core.zelfscanState(framework.id, raw || '');
  const s = {
    answers: { ...read.answers }, step: read.step, measurementId: read.measurementId, startedAt: read.startedAt,
    completedAt: read.completedAt, progress: read.progress, saved: true, problem: null,
  };
  if (read.status === 'damaged' || read.status === 'other_version') {
    s.problem = read.problem;
    // Keep the original; only when that worked is the salvaged state written over it.
    if (putAside(framework.id, raw)) writeState(core, framework, s);
    else { s.saved = false; pending.set(framework.id, { answers: { ...s.answers }, step: s.step }); }
  }
  const mine = lastWritten.get(framework.id);
  if (read.status === 'ok' && mine && mine.id === s.measurementId) {
    const missing = Object.keys(mine.answers).filter((id) => !(id in s.answers));
    if (missing.length) {
      for (const id of missing) s.answers[id] = mine.answers[id];
      writeState(core, framework, s);
    }
  }
  // A finished measurement that was never stored as one (saved by an older Samenwijs, or
  // finished in a tab that closed before): it is stored now.
  if (read.status === 'ok' && read.progress.complete && !read.completedAt) recordMeasurement(core, framework, s, { endedEarly: false });
  const unsaved = pending.get(framework.id);
  if (unsaved) {
    Object.assign(s.answers, unsaved.answers);
    if (unsaved.step) s.step = unsaved.step;
    s.progress = core.zelfscanState(framework.id, stateText(framework, s)).progress;
    s.saved = false;
  }
  return s;
}

/** Records one answer (value 0 = n.v.t.) on top of what is stored now. Returns the new state. */
export function setAnswer(core, framework, itemId, value, step) {
  const s = readState(core, framework);
  s.answers[itemId] = value;
  if (step) s.step = step;
  const mine = pending.get(framework.id) || { answers: {} };
  mine.answers[itemId] = value;
  if (step) mine.step = step;
  pending.set(framework.id, mine);
  writeState(core, framework, s);
  if (!s.saved) pending.set(framework.id, mine);
  if (s.progress.complete) recordMeasurement(core, framework, s, { endedEarly: false });
  return s;
}

/** Remembers the step the user is on (for "Verder waar je was" and "Antwoorden aanpassen"). */
export function setStep(core, framework, step) {
  const s = readState(core, framework);
  if (s.step === step && s.measurementId) return s;
  s.step = step;
  const mine = pending.get(framework.id);
  if (mine) mine.step = step;
  return writeState(core, framework, s);
}

// ---- history ---------------------------------------------------------------------------

/** The measurements on this device (valid ones; unreadable ones are put aside). */
export function readHistory(core) {
  const raw = loadText(HISTORY_KEY);
  const read = core.historyRead(raw || '');
  if (read.dropped && raw) {
    if (putAside('metingen', raw)) writeText(HISTORY_KEY, read.text);
  }
  return read;
}

export function saveHistory(core, measurements) {
  const checked = core.historyText(measurements);
  const { ok } = writeText(HISTORY_KEY, checked.text);
  return { ...checked, saved: ok };
}

const plain = (m) => ({ id: m.id, framework: m.framework, code: m.code, finishedAt: m.finishedAt, name: m.name, endedEarly: m.endedEarly, pop: m.pop });

/**
 * Stores the current measurement in the history (or updates it: same id). Only a finished
 * measurement, or one the user ends early, comes here; never an interim look.
 */
export function recordMeasurement(core, framework, s, { endedEarly }) {
  if (!s.measurementId) writeState(core, framework, s);
  const list = readHistory(core).measurements.map(plain);
  const code = core.profile(framework.id, s.answers).code;
  const existing = list.find((m) => m.id === s.measurementId);
  if (existing) {
    existing.code = code;
    existing.endedEarly = endedEarly;
  } else {
    list.push({ id: s.measurementId, framework: framework.id, code, finishedAt: s.completedAt || nowLocal(), name: '', endedEarly, pop: null });
  }
  if (!s.completedAt) {
    s.completedAt = existing ? existing.finishedAt : list[list.length - 1].finishedAt;
    writeState(core, framework, s);
  }
  return saveHistory(core, list);
}

/** Changes one measurement ({ name } or { pop }) on top of the stored history. */
export function updateMeasurement(core, id, change) {
  const list = readHistory(core).measurements.map(plain);
  const m = list.find((e) => e.id === id);
  if (!m) return null;
  Object.assign(m, change);
  return saveHistory(core, list);
}

export function deleteMeasurement(core, id) {
  return saveHistory(core, readHistory(core).measurements.map(plain).filter((m) => m.id !== id));
}

export function importHistory(core, text) {
  const merged = core.historyImport(readHistory(core).measurements.map(plain), text);
  const { ok } = writeText(HISTORY_KEY, merged.text);
  return { ...merged, saved: ok };
}

export function exportHistory(core) {
  return core.historyExport(readHistory(core).measurements.map(plain), todayLocal());
}

/** Stores the current measurement first (ended early when not complete), then starts a fresh one. */
export function startNewMeasurement(core, framework) {
  const s = readState(core, framework);
  if (Object.keys(s.answers).length) recordMeasurement(core, framework, s, { endedEarly: !s.progress.complete });
  pending.delete(framework.id);
  lastWritten.delete(framework.id);
  return writeState(core, framework, { answers: {}, step: 1 });
}

/** Ends the current measurement early: it is stored in the history as it is. */
export function endMeasurementEarly(core, framework) {
  const s = readState(core, framework);
  return recordMeasurement(core, framework, s, { endedEarly: !s.progress.complete });
}

export function clearProgress(framework) {
  pending.delete(framework);
  lastWritten.delete(framework);
  remove(progressKey(framework));
}

export function clearZelfscanData(frameworks) {
  for (const id of frameworks) clearProgress(id);
  remove(HISTORY_KEY);
  for (const key of storedKeys()) if (key.startsWith(ASIDE)) remove(key);
}

export { progressKey, HISTORY_KEY };

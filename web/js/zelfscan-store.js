// Self-assessment progress and earlier results, on this device only. Nothing here
// identifies the person: answers per item, the step, and result codes.
import { loadText, remove, saveText, storageAvailable } from './storage.js';

const progressKey = (framework) => `zelfscan:${framework}`;
const HISTORY_KEY = 'zelfscan-history';
const HISTORY_MAX = 10;

export const canKeepProgress = storageAvailable;

/** The saved progress, as stored (the core validates the answers), or null. */
export function readProgress(framework) {
  const raw = loadText(progressKey(framework));
  if (!raw) return null;
  try {
    const value = JSON.parse(raw);
    if (!value || typeof value !== 'object' || value.framework !== framework) throw new Error('shape');
    return { raw, value };
  } catch {
    return { raw, value: null };
  }
}

export function saveProgress(framework, frameworkVersion, answers, step) {
  return saveText(progressKey(framework), JSON.stringify({ version: 1, framework, frameworkVersion, answers, step }));
}

export function clearProgress(framework) {
  remove(progressKey(framework));
}

/** Earlier completed measurements: [{ framework, code, month }], newest first. */
export function history() {
  try {
    const list = JSON.parse(loadText(HISTORY_KEY) || '[]');
    return Array.isArray(list) ? list.filter((e) => e && typeof e.code === 'string' && typeof e.framework === 'string') : [];
  } catch {
    return [];
  }
}

export function addToHistory(framework, code) {
  const month = new Date().toISOString().slice(0, 7);
  const list = history().filter((e) => e.code !== code);
  list.unshift({ framework, code, month });
  saveText(HISTORY_KEY, JSON.stringify(list.slice(0, HISTORY_MAX)));
}

export function clearZelfscanData(frameworks) {
  for (const id of frameworks) clearProgress(id);
  remove(HISTORY_KEY);
}

// The network check's state on this device: one JSON value per part. A value that cannot
// be read is reported and left in place until the user starts again.
import { loadText, remove, saveText } from '../../storage.js';

export function loadState(part) {
  const raw = loadText(`netwerk:${part}`);
  if (raw === null) return { value: null, damaged: false };
  try {
    return { value: JSON.parse(raw), damaged: false };
  } catch {
    return { value: null, damaged: true };
  }
}

export function saveState(part, value) {
  return saveText(`netwerk:${part}`, JSON.stringify(value));
}

export function clearState(part) {
  remove(`netwerk:${part}`);
}

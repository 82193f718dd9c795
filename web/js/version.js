// The build version this app.js belongs to, and the check every other file of a page
// must pass: index.html, the module's glue and wasm, and content.js each carry the
// version of their build (scripts/build-site.mjs writes it), and a page never runs a
// file of another build. A mismatch means a deploy happened while this tab was open or
// a cache held an old file: the page reloads once (the service worker fetches a
// navigation past every cache), and shows a message only if that did not help.
import { SamenwijsError } from './core.js';

export const APP_VERSION = '__SAMENWIJS_VERSION__';

const RELOAD_KEY = 'samenwijs:version-reload';

/** Records what a part of the page reported (for tests and anyone curious). */
export function noteVersion(part, version) {
  document.documentElement.dataset[`${part}Version`] = String(version);
}

function reloadOnce(found) {
  let tried = null;
  try {
    tried = sessionStorage.getItem(RELOAD_KEY);
    sessionStorage.setItem(RELOAD_KEY, `${APP_VERSION}>${found}`);
  } catch {
    tried = `${APP_VERSION}>${found}`; // no storage: never risk a reload loop
  }
  if (tried === `${APP_VERSION}>${found}`) return false;
  location.reload();
  return true;
}

/** Throws (and reloads the page once) when `found` is not this build's version. */
export function refuseOtherVersion(part, found) {
  if (found === APP_VERSION) return;
  document.documentElement.dataset.versionRefused = part;
  if (reloadOnce(found)) {
    throw new SamenwijsError('new_version', 'Er is een nieuwe versie van Samenwijs. De pagina wordt opnieuw geladen.');
  }
  throw new SamenwijsError('load_failed', 'Deze pagina en een onderdeel van Samenwijs komen uit verschillende versies.');
}

/** The page itself (index.html) must belong to this app.js. */
export function checkPageVersion() {
  const page = document.documentElement.dataset.version;
  noteVersion('app', APP_VERSION);
  refuseOtherVersion('page', page);
  noteVersion('page', page);
}

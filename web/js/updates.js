// Updates after a deploy: the page checks that it belongs to its own app.js (and reloads
// once if not), registers the service worker once the page is usable, and when a new version has been installed
// while this tab is open, says so. The tab itself keeps running its own version until
// it is reloaded: a page never runs two builds at once (web/js/version.js).
import { checkPageVersion } from './version.js';

function announceNewVersion() {
  const status = document.getElementById('status');
  if (!status || document.getElementById('new-version')) return;
  const note = document.createElement('p');
  note.id = 'new-version';
  note.className = 'new-version';
  note.append('Er is een nieuwe versie van Samenwijs. ');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Nu laden';
  button.addEventListener('click', () => location.reload());
  note.append(button);
  status.after(note);
}

function watch(registration) {
  const waiting = () => {
    // Only an update: on a first visit there is no controller yet.
    if (registration.waiting && navigator.serviceWorker.controller) announceNewVersion();
  };
  waiting();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    if (installing) installing.addEventListener('statechange', waiting);
  });
}

// Runs `callback` once the page has loaded and main.js has drawn the first route
// (body[data-rendered]), so the worker's precaching never slows the first view down and
// finds the page's own files in the HTTP cache.
function whenUsable(callback) {
  const usable = () => document.readyState === 'complete' && document.body.dataset.rendered !== undefined;
  if (usable()) {
    setTimeout(callback, 0);
    return;
  }
  const check = () => {
    if (!usable()) return;
    observer.disconnect();
    window.removeEventListener('load', check);
    setTimeout(callback, 0);
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { attributes: true, attributeFilter: ['data-rendered'] });
  window.addEventListener('load', check);
}

/** Call once at start. */
export function startUpdates() {
  try {
    checkPageVersion();
  } catch {
    return; // reloading, or the message shows when a page needs the module
  }
  // Offline use after a first visit over http(s); a folder opened as file:// needs none.
  if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
  whenUsable(() => {
    navigator.serviceWorker.register('sw.js').then(watch).catch(() => { /* the site works without it */ });
  });
}

// Service worker: keeps the site usable offline once it has been opened (GitHub Pages,
// an intranet server), and never mixes two builds. Everything is same-origin.
// The version and the file list are filled in by scripts/build-site.mjs from the files
// it wrote: every asset a page asks for with ?v=<version> is listed with it, so one cache
// holds exactly one build; the page itself, the manifest and the favicon are asked for
// without a version. The page registers the worker only once it is usable
// (web/js/updates.js), so precaching never competes with the page's own downloads.
//  - install: fetches each URL once. A versioned URL names one build's file for good
//    (immutable), so it is taken from the HTTP cache when the page has just downloaded
//    it (no second download, not even a 304); an unversioned one is revalidated
//    (no-cache). Each stamped file must be of this version. Then it waits: no
//    skipWaiting, so a tab never gets a worker of another build in the middle of its
//    life. The new worker takes over once every tab of the old one is closed.
//  - navigations: network first, past the HTTP cache (a deploy shows after one reload,
//    even with max-age=600); offline, this build's own index.html.
//  - everything else: this build's cache by exact URL, otherwise the network.
const VERSION = '__VERSION__';
const CACHE = `samenwijs-${VERSION}`;
const FILES = __FILES__;
const STAMPED = __STAMPED__; // files that must contain the version
const PAGE = FILES[0]; // './': the page, for offline navigations

async function fill() {
  const cache = await caches.open(CACHE);
  for (const url of FILES) {
    const versioned = url.includes(`?v=${VERSION}`);
    const response = await fetch(new Request(url, { cache: versioned ? 'default' : 'no-cache', credentials: 'same-origin' }));
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    if (STAMPED.includes(url) && !(await response.clone().text()).includes(VERSION)) {
      // The server still (or already) has another build: try again at the next visit.
      throw new Error(`${url} is not of version ${VERSION}`);
    }
    await cache.put(url, response);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(fill().catch(async (error) => {
    await caches.delete(CACHE);
    throw error;
  }));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) =>
    Promise.all(keys.filter((k) => k.startsWith('samenwijs-') && k !== CACHE).map((k) => caches.delete(k)))));
});

async function navigation(request) {
  try {
    return await fetch(request.url, { cache: 'no-cache', credentials: 'same-origin' });
  } catch (error) {
    const page = await caches.match(new URL(PAGE, self.registration.scope).href, { cacheName: CACHE });
    if (page) return page;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigation(request));
    return;
  }
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request).then((hit) => hit || fetch(request))));
});

// The early start (issue 15): a few lines the build inlines into <head> of index.html
// (with their sha256 in the page's Content-Security-Policy). Before app.js has even
// arrived, it reads the link's route and starts what that route's first draw needs,
// beside app.js instead of after it. It decides with the same tables the loader uses
// (route-parts.js, static-answers.js, content-parts.js), under the same ?v= URLs, so
// each file downloads once.
//  - A route the build answered (no module before the first draw): the page group and
//    the answer parts go into the page as scripts at once, so each runs as soon as it
//    arrives; main.js draws the page once they have run (web/js/early-files.js), and the
//    loader finds them present: no script-load hop per file after app.js. A page group
//    that arrives before app.js waits for it (scripts/build-site.mjs wraps each group).
//    (Not render-blocking: with blocking="render", Chromium painted 200-400 ms late.)
//  - Otherwise (the module draws the page): the files are preloaded; the loader's own
//    <script> or fetch then gets the preloaded copy.
// Not part of app.js (scripts/build-site.mjs leaves it out of the shell).
import { LAZY_ROUTES, partsFor } from './route-parts.js';
import { ANSWER_PARTS, answerFile, answerNamesFor } from './static-answers.js';
import { expandParts, partFile } from './content-parts.js';
import { compilePattern, matchPattern, parseHash } from './route-match.js';

const STORAGE_PREFIX = 'samenwijs:'; // as in storage.js (not imported: it would bring the whole module)

function savedKeys() {
  try {
    return Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_PREFIX)).map((k) => k.slice(STORAGE_PREFIX.length));
  } catch {
    return [];
  }
}

/**
 * The files (relative URLs without ?v=) a route's first draw loads, with how to preload each.
 * `keys`: reads the saved keys; only routes whose first draw depends on them call it.
 */
export function firstDrawFiles(hash, { available = ANSWER_PARTS, keys = () => [], fileUrl = false } = {}) {
  const { path, query } = parseHash(hash);
  for (const [pattern, group, , parts] of LAZY_ROUTES) {
    const params = matchPattern(compilePattern(pattern), path);
    if (!params) continue;
    const context = { params, query };
    const files = [{ file: `pages-${group}.js`, as: 'script' }];
    const answers = answerNamesFor(pattern, context, { available, savedKeys: keys });
    const wanted = partsFor(parts, context);
    if (answers) {
      files[0].run = true;
      files.push(...answers.map((name) => ({ file: answerFile(name), as: 'script', run: true })));
    } else if (wanted) {
      files.push({ file: 'samenwijs-core.js', as: 'script' });
      // From file:// the wasm comes as a base64 script; over http(s) the loader fetches it.
      files.push(fileUrl ? { file: 'samenwijs-core-wasm.js', as: 'script' } : { file: 'samenwijs-core.wasm', as: 'fetch' });
      files.push(...expandParts(wanted).map((name) => ({ file: partFile(name), as: 'script' })));
    }
    return files;
  }
  return []; // the home, about and not-found pages are part of app.js
}

if (typeof document !== 'undefined') {
  const version = document.documentElement.dataset.version;
  const running = [];
  for (const { file, as, run } of firstDrawFiles(location.hash, { keys: savedKeys, fileUrl: location.protocol === 'file:' })) {
    const href = `${file}?v=${version}`;
    if (run) {
      const script = document.createElement('script');
      script.src = href;
      script.dataset.early = ''; // tests tell these from the loader's own scripts
      // Settles either way: a file that did not load is loaded again (and reported) by the loader.
      running.push(new Promise((resolve) => { script.onload = resolve; script.onerror = resolve; }));
      document.head.appendChild(script);
      continue;
    }
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = as;
    if (as === 'fetch') link.crossOrigin = 'anonymous'; // as the loader's fetch (cors, same-origin credentials)
    link.href = href;
    link.dataset.early = ''; // tests tell these from the loader's own preloads
    document.head.appendChild(link);
  }
  // main.js draws the first page once these have run (web/js/early-files.js).
  if (running.length) self.SAMENWIJS_EARLY = Promise.all(running);
}

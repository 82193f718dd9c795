// The early start (issue 15): a few lines the build inlines into <head> of index.html
// (with their sha256 in the page's Content-Security-Policy). Before app.js has even
// arrived, it reads the link's route and asks the browser to download what that route's
// first draw needs, beside app.js instead of after it: the page group, and either the
// build's answer parts or the module and the content parts. It decides with the same
// tables the loader uses (route-parts.js, static-answers.js, content-parts.js), so a
// file is preloaded only when the page will ask for it (under the same ?v= URL); the
// browser then hands the preloaded copy to the loader's <script> or fetch: one download.
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

/** The files (relative URLs without ?v=) a route's first draw loads, with how to preload each. */
export function firstDrawFiles(hash, { available = ANSWER_PARTS, keys = [], fileUrl = false } = {}) {
  const { path, query } = parseHash(hash);
  for (const [pattern, group, , parts] of LAZY_ROUTES) {
    const params = matchPattern(compilePattern(pattern), path);
    if (!params) continue;
    const context = { params, query };
    const files = [{ file: `pages-${group}.js`, as: 'script' }];
    const answers = answerNamesFor(pattern, context, { available, savedKeys: keys });
    const wanted = partsFor(parts, context);
    if (answers) {
      files.push(...answers.map((name) => ({ file: answerFile(name), as: 'script' })));
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
  for (const { file, as } of firstDrawFiles(location.hash, { keys: savedKeys(), fileUrl: location.protocol === 'file:' })) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = as;
    if (as === 'fetch') link.crossOrigin = 'anonymous'; // as the loader's fetch (cors, same-origin credentials)
    link.href = `${file}?v=${version}`;
    link.dataset.early = ''; // tests tell these from the loader's own preloads
    document.head.appendChild(link);
  }
}

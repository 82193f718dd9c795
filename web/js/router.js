// Hash routes (#/pad/...): they work under any sub-path, from file:// and on GitHub
// Pages without server rules, and survive a reload.

import { notFoundPage } from './pages/not-found.js';
import { coreWithContent } from './loader.js';
import { compilePattern, matchPattern, parseHash } from './route-match.js';

const routes = [];

// Failures of the site itself (a file did not load, the module restarts): shown as an
// error with "reload". Every other SamenwijsError while drawing a page means the link
// names something that does not exist (an id, a result code): a not-found page that
// says why, with a way back.
const SITE_FAILURES = new Set(['load_failed', 'unsupported', 'content_not_loaded', 'content_invalid', 'internal',
  'restarting', 'new_version', 'bad_request', 'unknown_method', 'content_part_missing']);

function brokenLink(error) {
  if (!error) return false;
  if (error.name === 'SamenwijsError') return !SITE_FAILURES.has(error.code);
  // A plain Error is a page saying in Dutch why this link shows nothing (an item of
  // another guide); a TypeError and the like stay "Er ging iets mis".
  return Object.getPrototypeOf(error) === Error.prototype && typeof error.message === 'string' && error.message !== '';
}

function withNotFound(render) {
  return async (context) => {
    try {
      // A page that needs content it did not ask for (issue 15): load it and draw again.
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await render(context);
        } catch (error) {
          if (!(error && error.code === 'content_part_missing' && Array.isArray(error.parts) && attempt < 3)) throw error;
          await coreWithContent(error.parts);
        }
      }
    } catch (error) {
      if (!brokenLink(error)) throw error;
      return notFoundPage({ path: currentPath().path, reason: error.message });
    }
  };
}

/** pattern like '/gespreksstarters/:guide/:item?' */
export function route(pattern, render) {
  routes.push({ compiled: compilePattern(pattern), render: withNotFound(render) });
}

export function currentPath() {
  return parseHash(location.hash);
}

export function match(path) {
  for (const r of routes) {
    if (!r.compiled.regex.test(path)) continue;
    const params = matchPattern(r.compiled, path);
    return params ? { render: r.render, params } : null;
  }
  return null;
}

export function link(path) {
  return `#${path}`;
}

export function navigate(path) {
  if (location.hash !== `#${path}`) location.hash = path;
}

// Hash routes (#/pad/...): they work under any sub-path, from file:// and on GitHub
// Pages without server rules, and survive a reload.

import { notFoundPage } from './pages/not-found.js';
import { coreWithContent } from './loader.js';

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
  const names = [];
  const source = pattern
    .split('/')
    .map((part) => {
      if (!part.startsWith(':')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const optional = part.endsWith('?');
      names.push(part.slice(1, optional ? -1 : undefined));
      return optional ? '?([^/]*)' : '([^/]+)';
    })
    .join('/');
  routes.push({ regex: new RegExp(`^${source}/?$`), names, render: withNotFound(render) });
}

export function currentPath() {
  const hash = location.hash.replace(/^#/, '');
  const [path, query = ''] = hash.split('?');
  return { path: path || '/', query: new URLSearchParams(query) };
}

export function match(path) {
  for (const r of routes) {
    const m = r.regex.exec(path);
    if (m) {
      const params = {};
      let decoded = true;
      r.names.forEach((name, i) => {
        try {
          params[name] = m[i + 1] ? decodeURIComponent(m[i + 1]) : '';
        } catch {
          decoded = false; // a broken escape such as %E0%A4%A: a link that leads nowhere
        }
      });
      if (!decoded) return null;
      return { render: r.render, params };
    }
  }
  return null;
}

export function link(path) {
  return `#${path}`;
}

export function navigate(path) {
  if (location.hash !== `#${path}`) location.hash = path;
}

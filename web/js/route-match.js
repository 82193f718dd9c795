// Matching a hash path against the route patterns ('/gespreksstarters/:guide/:item?').
// Shared by the router (web/js/router.js) and the early start in <head>
// (web/js/early-start.js), so both read a link the same way.

/** { regex, names } for a pattern. */
export function compilePattern(pattern) {
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
  return { regex: new RegExp(`^${source}/?$`), names };
}

/** The params of `path` for a compiled pattern, or null when it does not match (or has a broken escape). */
export function matchPattern({ regex, names }, path) {
  const m = regex.exec(path);
  if (!m) return null;
  const params = {};
  let decoded = true;
  names.forEach((name, i) => {
    try {
      params[name] = m[i + 1] ? decodeURIComponent(m[i + 1]) : '';
    } catch {
      decoded = false; // a broken escape such as %E0%A4%A: a link that leads nowhere
    }
  });
  return decoded ? params : null;
}

/** { path, query } of a location hash ('#/pad?x=1'). */
export function parseHash(hash) {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  return { path: path || '/', query: new URLSearchParams(query) };
}

// Hash routes (#/pad/...): they work under any sub-path, from file:// and on GitHub
// Pages without server rules, and survive a reload.

const routes = [];

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
  routes.push({ regex: new RegExp(`^${source}/?$`), names, render });
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
      r.names.forEach((name, i) => { params[name] = m[i + 1] ? decodeURIComponent(m[i + 1]) : ''; });
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

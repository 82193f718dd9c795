// A tiny static server for tests, benchmarks and local use: serves a built site under a
// sub-path (as GitHub Pages does for a project site), loopback only, with the right MIME
// types, ETags (so a browser can revalidate instead of downloading again), a chosen
// Cache-Control, and gzip for text and wasm when the client accepts it (as GitHub Pages
// serves them, so sizes measured through it are what a visitor downloads). A request
// never leaves the served folder, after decoding.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, relative, resolve, sep, isAbsolute } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

// Sent gzip-compressed to a client that accepts it (images such as PNG are already
// compressed; SVG is text).
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.webmanifest', '.txt']);

function acceptsGzip(header = '') {
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && !(q && Number(q.slice(2)) === 0);
  });
}

// Compressed once per file version (keyed by the body's hash), not per request.
const gzipped = new Map();
function gzipOf(etag, body) {
  if (!gzipped.has(etag)) {
    if (gzipped.size > 200) gzipped.clear();
    gzipped.set(etag, gzipSync(body, { level: 9 }));
  }
  return gzipped.get(etag);
}

function isInside(dir, path) {
  const r = relative(dir, path);
  return r !== '' && r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r);
}

/**
 * The file under `rootDir` that URL path `rel` names, or null when it would lie outside
 * (after percent-decoding: '..%2F' is '../'), or the path cannot be decoded.
 */
export async function confinedPath(rootDir, rel) {
  let decoded;
  try {
    decoded = decodeURIComponent(rel);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  if (decoded === '' || decoded.endsWith('/')) decoded += 'index.html';
  const file = resolve(rootDir, `.${sep}${decoded}`);
  if (!isInside(rootDir, file)) return null;
  // A symbolic link inside the folder must not lead out of it either.
  try {
    if (!isInside(await realpath(rootDir), await realpath(file))) return null;
  } catch {
    // Missing: the caller answers 404.
  }
  return file;
}

/**
 * Serves `root` under `basePath` (e.g. '/samenwijs/'). Resolves to
 *   { url, requests, log, setRoot(dir), close }
 * `requests` records every path asked for, so tests can see what the site loaded; `log`
 * has { path, search, status, bytes, encoding, at } per answer (bytes: the body as sent,
 * compressed or not; at: Date.now() when the request arrived; referer and dest (the
 * Sec-Fetch-Dest header) tell the page's requests from its service worker's). `setRoot` switches to another build
 * (a deploy). `cacheControl` is sent with every file (default no-store).
 */
export async function serveSite(root, { basePath = '/', port = 0, cacheControl = 'no-store' } = {}) {
  let rootDir = resolve(root);
  const requests = [];
  const log = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    const at = Date.now();
    const answer = (status, headers, body = '') => {
      res.writeHead(status, headers).end(body);
      log.push({
        path: url.pathname, search: url.search, status, bytes: body.length, encoding: headers['content-encoding'] || '', at,
        referer: req.headers.referer || '', dest: req.headers['sec-fetch-dest'] || '',
      });
    };
    if (!url.pathname.startsWith(basePath)) {
      answer(404, {}, 'not found');
      return;
    }
    const dir = rootDir;
    const file = await confinedPath(dir, url.pathname.slice(basePath.length));
    if (!file) {
      answer(403, {}, 'forbidden');
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const hash = createHash('sha1').update(body).digest('hex').slice(0, 16);
      const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': cacheControl };
      let etag = `"${hash}"`;
      if (COMPRESSIBLE.has(extname(file))) {
        headers.vary = 'Accept-Encoding';
        if (acceptsGzip(req.headers['accept-encoding'])) {
          body = gzipOf(hash, body);
          etag = `"${hash}-gzip"`; // another representation, another tag
          headers['content-encoding'] = 'gzip';
        }
      }
      headers.etag = etag;
      if (req.headers['if-none-match'] === etag) answer(304, headers);
      else answer(200, { ...headers, 'content-length': body.length }, body);
    } catch {
      answer(404, {}, 'not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}${basePath}`,
    requests,
    log,
    setRoot: (dir) => { rootDir = resolve(dir); },
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

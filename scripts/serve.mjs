#!/usr/bin/env node
// Serves the built site on loopback: node scripts/serve.mjs [DIR] [PORT] [BASE_PATH]
// As GitHub Pages serves it: gzip, Cache-Control max-age=600 (CACHE_CONTROL=... to
// change). A rebuild still shows after a reload: every asset URL carries the version.
import { serveSite } from './static-server.mjs';

const [dir = 'build/site', port = process.env.PORT || '8000', basePath = '/'] = process.argv.slice(2);
const site = await serveSite(dir, { port: Number(port), basePath, cacheControl: process.env.CACHE_CONTROL || 'max-age=600' });
console.log(`Samenwijs draait op ${site.url}  (stoppen: Ctrl+C)`);

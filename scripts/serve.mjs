#!/usr/bin/env node
// Serves the built site on loopback: node scripts/serve.mjs [DIR] [PORT] [BASE_PATH]
import { serveSite } from './static-server.mjs';

const [dir = 'build/site', port = process.env.PORT || '8000', basePath = '/'] = process.argv.slice(2);
const site = await serveSite(dir, { port: Number(port), basePath });
console.log(`Samenwijs draait op ${site.url}  (stoppen: Ctrl+C)`);

// The test and local server (scripts/static-server.mjs) serves as GitHub Pages does: gzip
// for text and wasm when the client accepts it, the plain file otherwise, an ETag per
// representation (a revalidation answers 304 without a body), and a log of the bytes
// really sent, which the size benchmark and the first-visit test count.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';

import { serveSite } from '../../scripts/static-server.mjs';

const dir = mkdtempSync(join(tmpdir(), 'samenwijs-server-'));
const text = 'const x = 1;\n'.repeat(500);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, ...Array(200).fill(7)]);
let site;

before(async () => {
  writeFileSync(join(dir, 'app.js'), text);
  writeFileSync(join(dir, 'icon.png'), png);
  site = await serveSite(dir, { basePath: '/s/', cacheControl: 'max-age=600' });
});
after(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

function get(path, headers = {}) {
  return new Promise((ok, fail) => {
    request(new URL(path, site.url), { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail).end();
  });
}

test('text is sent gzip-compressed to a client that accepts it, and logged as sent', async () => {
  const answer = await get('app.js?v=1', { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(answer.status, 200);
  assert.equal(answer.headers['content-encoding'], 'gzip');
  assert.equal(answer.headers.vary, 'Accept-Encoding');
  assert.equal(Number(answer.headers['content-length']), answer.body.length);
  assert.ok(answer.body.length < text.length / 10, `compressed: ${answer.body.length}`);
  assert.equal(gunzipSync(answer.body).toString(), text);
  const entry = site.log.at(-1);
  assert.deepEqual([entry.path, entry.search, entry.status, entry.bytes, entry.encoding], ['/s/app.js', '?v=1', 200, answer.body.length, 'gzip']);
});

test('the plain file without Accept-Encoding, or when gzip is refused (q=0)', async () => {
  for (const headers of [{}, { 'accept-encoding': 'gzip;q=0, identity' }]) {
    const answer = await get('app.js', headers);
    assert.equal(answer.headers['content-encoding'], undefined, JSON.stringify(headers));
    assert.equal(answer.body.toString(), text);
  }
});

test('each representation has its own ETag; revalidating answers 304 without a body', async () => {
  const gz = await get('app.js', { 'accept-encoding': 'gzip' });
  const plain = await get('app.js');
  assert.notEqual(gz.headers.etag, plain.headers.etag);
  const again = await get('app.js', { 'accept-encoding': 'gzip', 'if-none-match': gz.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  const mixed = await get('app.js', { 'if-none-match': gz.headers.etag });
  assert.equal(mixed.status, 200, 'the gzip tag does not validate the plain file');
});

test('already compressed images are sent as they are', async () => {
  const answer = await get('icon.png', { 'accept-encoding': 'gzip' });
  assert.equal(answer.headers['content-encoding'], undefined);
  assert.deepEqual(answer.body, png);
});

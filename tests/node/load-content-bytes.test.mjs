// Module.loadContent hands the bundle over as UTF-8 bytes (wasm/load-content.js, issue 15)
// instead of Embind's std::string: the answers must be exactly those of the old path
// (loadContentText, still bound), on the real bundle and on texts that are broken in ways
// an encoder could treat differently. Run from the repository root: node --test tests/node/
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { loadSamenwijs, parseEnvelope } from './load-module.mjs';

let bytes;
let text;
let bundle;
before(async () => {
  ({ module: bytes, bundle } = await loadSamenwijs());
  ({ module: text } = await loadSamenwijs());
});

/** Both paths on their own instance, after the same earlier load: the same answer. */
function expectSame(input, what) {
  const viaBytes = bytes.loadContent(input);
  const viaText = text.loadContentText(input);
  assert.equal(viaBytes, viaText, what);
  return parseEnvelope(viaBytes);
}

test('the real bundle loads the same through bytes and through the old string path', () => {
  const envelope = expectSame(bundle, 'bundle');
  assert.equal(envelope.ok, true);
  assert.equal(envelope.value.counts.guides, 7);
  // And the loaded content answers alike.
  assert.equal(bytes.call('guide', '{"id":"leraar"}'), text.call('guide', '{"id":"leraar"}'));
});

test('broken, non-ASCII and odd texts give the same answers and messages on both paths', () => {
  const valid = JSON.parse(bundle);
  const cases = {
    empty: '',
    blank: ' \n\t ',
    'not json': 'niet eens json',
    'NUL after the bundle': `${bundle}\u0000 rommel {`,
    'NUL inside': `{"sources":[\u0000]}`,
    'accents and emoji in a title': JSON.stringify({ ...valid, guides: valid.guides.map((g, i) => (i === 0 ? { ...g, title: 'Café 😀 ĳs – “ok”' } : g)) }),
    'lone high surrogate': `{"a":"\uD800"}`,
    'lone low surrogate inside the bundle': bundle.replace('"guides":[', '"x\uDC00":1,"guides":['),
    'escaped lone surrogate': '{"a":"\\ud800"}',
    'a number as title': JSON.stringify({ ...valid, guides: [{ ...valid.guides[0], title: 12 }] }),
    'cut short': bundle.slice(0, bundle.length / 2),
  };
  for (const [what, input] of Object.entries(cases)) {
    const envelope = expectSame(input, what);
    // Loads: the accents, and the bundle followed by NUL (the parser stops at NUL, as nlohmann).
    const loads = what === 'accents and emoji in a title' || what === 'NUL after the bundle';
    assert.equal(envelope.ok, loads, what);
  }
  // A failed load keeps the earlier content on both.
  assert.equal(bytes.call('guide', '{"id":"leraar"}'), text.call('guide', '{"id":"leraar"}'));
});

test('non-strings still throw a JS error, as Embind did', () => {
  for (const args of [[], [undefined], [12], [null], [{}], [bundle, 'extra']]) {
    assert.throws(() => bytes.loadContent(...args), (e) => e instanceof Error && !(e instanceof WebAssembly.RuntimeError), String(args));
  }
  assert.equal(parseEnvelope(bytes.call('overview', '{}')).ok, true);
});

// loadContentUtf8 answers with the address of the answer's address and size (wasm/bindings.cpp,
// keepAnswer); loadContent decodes it this way (wasm/load-content.js).
const answerAt = (module, where) => {
  const words = new DataView(module.HEAPU8.buffer);
  const at = words.getUint32(where, true);
  return new TextDecoder().decode(module.HEAPU8.subarray(at, at + words.getUint32(where + 4, true)));
};

test('loadContentUtf8 refuses a range outside the memory instead of trapping', () => {
  const size = bytes.HEAPU8.length;
  for (const [pointer, length] of [[size + 1, 0], [size - 4, 5], [0, 2 ** 32 - 1], [2 ** 32 - 1, 2]]) {
    const envelope = parseEnvelope(answerAt(bytes, bytes.loadContentUtf8(pointer, length)));
    assert.equal(envelope.ok, false);
    assert.equal(envelope.error.code, 'bad_request');
  }
  assert.equal(parseEnvelope(bytes.call('overview', '{}')).ok, true);
});

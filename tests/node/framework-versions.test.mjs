// The built module (as the site runs it) reads the real version-1 result codes, saved
// progress and history of tests/core/fixtures/zelfscan-version1.json under the current
// framework versions, and reads SW2 codes typed in lower case with blanks.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { loadSamenwijs } from './load-module.mjs';

const fixture = JSON.parse(readFileSync(new URL('../core/fixtures/zelfscan-version1.json', import.meta.url), 'utf8'));

describe('framework versions in the built module', () => {
  it('decodes every version-1 code to the answers it was made from', async () => {
    const { core, aborts } = await loadSamenwijs({ withContent: true });
    assert.equal(core.framework('leraar').version, 2);
    for (const entry of fixture.codes) {
      const profile = core.decodeResult(entry.code, entry.framework);
      assert.deepEqual(profile.answers, entry.answers, `${entry.framework} ${entry.pattern}`);
      assert.equal(profile.version, core.framework(entry.framework).version);
      // Its code now is a current code of the same answers.
      assert.match(profile.code, /^SW2-[0-9A-HJKMNP-TV-Z]+$/);
      assert.deepEqual(core.decodeResult(profile.code, entry.framework).answers, entry.answers);
    }
    assert.deepEqual(aborts, []);
  });

  it('reads version-1 saved progress and history without a problem', async () => {
    const { core } = await loadSamenwijs({ withContent: true });
    for (const saved of fixture.savedProgress) {
      const state = core.zelfscanState(saved.framework, saved.text);
      assert.equal(state.status, 'ok', `${saved.framework} ${saved.pattern}`);
      assert.equal(state.problem, null);
      assert.deepEqual(state.answers, JSON.parse(saved.text).answers);
    }
    const history = core.historyRead(fixture.history);
    assert.equal(history.dropped, 0);
    assert.equal(history.measurements.length, 3);
  });

  it('reads an SW2 code typed in lower case with spaces and invisible characters', async () => {
    const { core } = await loadSamenwijs({ withContent: true });
    const { answers } = fixture.codes.find((c) => c.framework === 'leraar' && c.pattern === 'willekeurig');
    const { code } = core.profile('leraar', answers);
    const typed = `${code.slice(0, 9).toLowerCase()} \u00a0${code.slice(9, 30)}\u200b${code.slice(30).toLowerCase()}\n`;
    assert.deepEqual(core.decodeResult(typed, 'leraar').answers, answers);
    assert.throws(() => core.decodeResult(`${code}${'A'.repeat(1 << 20)}`, 'leraar'),
      (error) => error.code === 'code_too_long' && error.message === 'De code is te lang: er staat iets achter, of er zijn twee codes aan elkaar geplakt.');
  });
});

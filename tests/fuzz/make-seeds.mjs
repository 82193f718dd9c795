#!/usr/bin/env node
// Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/), from the real
// content and the built module (build/site), so every method starts from arguments it
// accepts and every framework from valid result codes:
//   fuzz_api            byte 0 = method index (as in fuzz_api.cpp), then the arguments
//                       JSON, then optionally NUL + the bulk text (team codes)
//   fuzz_result_code    byte 0 = 0 + the payload of a valid code (the target adds the
//                       CRC), or 1 + a code as text
//   fuzz_content_loader byte 0 = slot (as in fuzz_content_loader.cpp), then that file
// Run from the repository root after a build: node tests/fuzz/make-seeds.mjs
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

import { loadSamenwijs, parseEnvelope } from '../node/load-module.mjs';

const root = new URL('../../', import.meta.url).pathname;
const corpus = join(root, 'tests/fuzz/corpus');
const methodsInHarness = /methods\[\] = \{([^}]*)\}/s.exec(readFileSync(join(root, 'tests/fuzz/fuzz_api.cpp'), 'utf8'))[1]
  .match(/"([A-Za-z]+)"/g).map((s) => s.slice(1, -1));
const slots = [...readFileSync(join(root, 'tests/fuzz/fuzz_content_loader.cpp'), 'utf8').matchAll(/\{"([a-z/.-]+\.json)", &ContentLoader/g)].map((m) => m[1]);

function writeSeeds(target, seeds) {
  const dir = join(corpus, target);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const seed of seeds) {
    const bytes = Buffer.isBuffer(seed) ? seed : Buffer.from(seed, 'utf8');
    writeFileSync(join(dir, createHash('sha1').update(bytes).digest('hex')), bytes);
  }
  console.log(`${target}: ${seeds.length} seeds`);
}

const { module, core } = await loadSamenwijs({ withContent: true });
const overview = core.overview();
const guide = core.guide(overview.guides[0].id);
const mq = guide.mainQuestions[0];
const ids = [guide.id, mq.id, mq.topics[0].id, mq.topics[0].questions[0].id];
const frameworks = overview.frameworks ? overview.frameworks.map((f) => f.id) : ['leraar', 'leidinggevende'];
const network = core.network();

// Answers for a framework: every item at a level, or a pattern.
function answersFor(id, level) {
  const fw = core.framework(id);
  const answers = {};
  let i = 0;
  for (const d of fw.domains) for (const c of d.competences) for (const item of c.items) answers[item.id] = typeof level === 'function' ? level(i++) : level;
  return answers;
}

const codes = [];
const files = [];
const calls = [];
const add = (method, args, text) => calls.push([method, args, text]);
for (const id of frameworks) {
  for (const pattern of [3, (i) => (i % 7), (i) => 6 - (i % 6), 0]) {
    const answers = answersFor(id, pattern);
    const profile = core.profile(id, answers);
    const file = core.resultFile(id, answers);
    codes.push(profile.code ?? file.code ?? JSON.parse(file.text).code);
    files.push(file.text);
    add('profile', { framework: id, answers });
    add('readResultFile', { text: file.text, framework: id });
    add('resultFile', { framework: id, answers });
  }
  add('framework', { id });
}
for (const code of codes) add('decodeResult', { code });
add('compare', { earlier: { code: codes[0] }, later: { code: codes[1] } });
const team = { framework: frameworks[0], minGroupSize: 3 };
add('team', { ...team, text: codes.filter((c) => c.startsWith('SW1-')).join('\n') });
add('team', team, codes.join('\n'));
add('team', { ...team, files: files.map((text, i) => ({ name: `r${i}.json`, text })) });
add('teamCsv', team, codes.join('\n'));
add('teamCompare', { earlier: { ...team, text: codes.join('\n') }, later: { ...team, text: codes.slice(1).join('\n') } });
for (const method of ['overview', 'sources', 'guidedStart', 'network']) add(method, {});
add('guide', { id: guide.id });
for (const id of ids) add('lookup', { id });
add('browse', {});
add('browse', { guide: guide.id, policyTheme: overview.policyThemes?.[0]?.id });
for (const query of ['digitale geletterdheid', 'AVG', 'ideeën', 'leernetwerk samen', 'ict"']) add('search', { query, limit: 20 });
const agenda = { title: 'Teamoverleg', date: '2026-12-01', notes: 'n', items: ids.slice(1).map((id) => ({ id, note: 'x' })) };
add('agendaResolve', { agenda });
for (const format of ['markdown', 'text']) add('agendaExport', { agenda, format });
const guided = core.guidedStart();
for (const role of ['leraar', 'icoach', 'schoolleider', 'bestuurder']) add('suggest', { role, concerns: guided.concerns.slice(0, 3).map((c) => c.id), perGroup: 4 });
for (const phase of ['start', 'running']) {
  const ids = network.readiness.conditions.filter((c) => c.phases.includes(phase)).flatMap((c) => (c.statements ?? []).map((st) => st.id ?? st));
  add('readiness', { phase, answers: Object.fromEntries(ids.map((id, i) => [id, i % 3])) });
}
const goals = (network.goals ?? network.kinds?.goals ?? []).map((g) => g.id);
const participants = (network.participants ?? network.kinds?.participants ?? []).map((p) => p.id);
add('networkAdvice', { goals: goals.slice(0, 2), participants: participants.slice(0, 2) });
const plan = { title: 'Netwerk ict', goal: 'Samen leren', form: 'fysiek', owner: 'i-coach', duration: 'een jaar', participants: 'leraren',
  expectations: 'actief', funding: 'school', facilitator: 'x', workingForms: 'y', betweenMeetings: 'z', sharing: 'w', sizeMin: 4, sizeMax: 12,
  evaluation: { reaction: 'a', learning: 'b', behaviour: 'c', results: 'd' } };
add('planCheck', { plan });
for (const format of ['json', 'markdown']) {
  add('planExport', { plan, format });
  const exported = parseEnvelope(module.call('planExport', JSON.stringify({ plan, format })));
  if (exported.ok) add('planImport', { text: exported.value.text });
}
const kinds = ['person', 'organisation'];
const ties = Array.from({ length: 6 }, (_, i) => ({ name: `P${i}`, kind: kinds[i % 2], circle: `c${i % 2}`, inside: i % 2 === 0, frequency: 1 + (i % 5), involvement: 5 - (i % 5) }));
add('networkMap', { map: { ties } });
for (const format of ['json', 'csv']) {
  add('mapExport', { map: { ties }, format });
  const exported = parseEnvelope(module.call('mapExport', JSON.stringify({ map: { ties }, format })));
  if (exported.ok && format === 'json') add('mapImport', { text: exported.value.text });
}

const apiSeeds = [];
const failing = [];
for (const [method, args, text] of calls) {
  const index = methodsInHarness.indexOf(method);
  if (index < 0) throw new Error(`${method} is not in fuzz_api.cpp`);
  const json = JSON.stringify(args);
  const envelope = parseEnvelope(text === undefined ? module.call(method, json) : module.callWithText(method, json, text));
  if (!envelope.ok) failing.push(`${method}: ${envelope.error.message}`);
  apiSeeds.push(Buffer.concat([Buffer.from([index]), Buffer.from(json), ...(text === undefined ? [] : [Buffer.from([0]), Buffer.from(text)])]));
}
for (const method of methodsInHarness) if (!calls.some(([m]) => m === method)) failing.push(`${method}: no seed`);
writeSeeds('fuzz_api', apiSeeds);

// Result codes: each as text, and its payload (without the CRC) for the checksum bypass.
const fromBase64url = (s) => Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
const codeSeeds = [];
for (const code of codes) {
  codeSeeds.push(Buffer.concat([Buffer.from([1]), Buffer.from(code)]));
  const bytes = fromBase64url(code.slice(4));
  codeSeeds.push(Buffer.concat([Buffer.from([0]), bytes.subarray(0, bytes.length - 2)]));
}
writeSeeds('fuzz_result_code', codeSeeds);

const contentSeeds = slots.map((name, i) => Buffer.concat([Buffer.from([i]), readFileSync(join(root, 'content', name))]));
writeSeeds('fuzz_content_loader', contentSeeds);

if (failing.length) {
  console.error(`seeds the module refuses (fix them):\n  ${failing.join('\n  ')}`);
  process.exit(1);
}

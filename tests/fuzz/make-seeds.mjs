#!/usr/bin/env node
// Writes the candidate seeds of the fuzz targets into build/fuzz/seeds/<target>, from the
// real content and the built module (build/site, or SAMENWIJS_SITE_DIR), so every method
// starts from arguments it accepts and every code format from valid codes. Then
// tests/fuzz/minimise.sh keeps the ones that add coverage in tests/fuzz/corpus/<target>.
//   fuzz_api            method name, newline, arguments JSON, optionally NUL + bulk text
//   fuzz_codes          byte 0 = kind (0 result, 1 hand-in, 2 round, 3 team, 4 shown)
//                       + 0x10 for text; then the payload (the target adds the CRC) or text
//   fuzz_content_loader file name, newline, then a JSON pointer + newline + value, or a
//                       whole file (see fuzz_content_loader.cpp)
//   fuzz_content_steps  part name (a guide's id, frameworks, network, index), newline,
//                       then the same (see fuzz_content_steps.cpp)
// Run from the repository root after a build: node tests/fuzz/make-seeds.mjs
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

import { loadSamenwijs, parseEnvelope, readBundle } from '../node/load-module.mjs';

const root = new URL('../../', import.meta.url).pathname;
const outDir = join(root, 'build/fuzz/seeds');

function writeSeeds(target, seeds) {
  const dir = join(outDir, target);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const seed of seeds) {
    const bytes = Buffer.isBuffer(seed) ? seed : Buffer.from(seed, 'utf8');
    writeFileSync(join(dir, createHash('sha1').update(bytes).digest('hex')), bytes);
  }
  console.log(`${target}: ${seeds.length} candidate seeds in ${dir}`);
}

// Every method the core registers (the `methods = {...}` maps of core/src/api_*.cpp).
const coreMethods = readdirSync(join(root, 'core/src')).filter((f) => /^api_.*\.cpp$/.test(f)).flatMap((f) => {
  const block = /methods = \{(.*?)\};/s.exec(readFileSync(join(root, 'core/src', f), 'utf8'));
  return block ? [...block[1].matchAll(/\{"([A-Za-z]+)",/g)].map((m) => m[1]) : [];
});

const { module, core } = await loadSamenwijs({ withContent: true });
const call = (method, args, text) => {
  const json = JSON.stringify(args);
  const envelope = parseEnvelope(text === undefined ? module.call(method, json) : module.callWithText(method, json, text));
  if (!envelope.ok) throw new Error(`seed for ${method} refused: ${envelope.error.message}`);
  return envelope.value;
};

// ---- fuzz_api -------------------------------------------------------------------------
const calls = [];   // [method, args, text]: each must be accepted
const add = (method, args, text) => { call(method, args, text); calls.push([method, args, text]); };
const addRefused = (method, args, text) => calls.push([method, args, text]);  // error paths

const overview = core.overview();
const guide = core.guide(overview.guides[0].id);
const mq = guide.mainQuestions[0];
const topic = mq.topics[0];
const ids = [guide.id, mq.id, topic.id, topic.questions[0].id];
const frameworks = overview.frameworks.map((f) => f.id);

function answersFor(id, level) {
  const answers = {};
  let i = 0;
  for (const d of core.framework(id).domains) for (const c of d.competences) for (const item of c.items) answers[item.id] = typeof level === 'function' ? level(i++) : level;
  return answers;
}

// Guidance: every guide, lookups of every kind of id, browse filters, search.
for (const method of ['overview', 'sources', 'guidedStart', 'network', 'glossary']) add(method, {});
for (const g of overview.guides) { add('guide', { id: g.id }); add('glossaryLinks', { guide: g.id }); }
for (const id of ids) add('lookup', { id });
add('browse', {});
add('browse', { guide: guide.id, theme: overview.themes?.[0]?.id, policyTheme: overview.policyThemes?.[0]?.id, tag: overview.tags?.[0]?.id });
for (const query of ['digitale geletterdheid', 'AVG', 'ideeën', 'leernetwerk samen', 'ict"', 'privacy leerlingen', 'privasy', 'orivacy', 'kirkpatrik evaluatie', 'leerkracht', 'procesbewaker']) add('search', { query, limit: 20 });
add('search', { query: 'ict', guide: guide.id, policyTheme: overview.policyThemes?.[0]?.id, limit: 5 });
addRefused('lookup', { id: 'bestaat-niet' });

// Agenda and guided start.
const agenda = { title: 'Teamoverleg', date: '2026-12-01', notes: 'n', items: ids.slice(1).map((id) => ({ id, note: 'x' })) };
add('agendaResolve', { agenda });
for (const format of ['markdown', 'text']) add('agendaExport', { agenda, format });
const guided = core.guidedStart();
for (const role of guided.roles.map((r) => r.guide ?? r.id)) {
  add('suggest', { role, concerns: guided.concerns.slice(0, 3).map((c) => c.id), maxQuestions: 4 });
}

// Zelfscan: profiles, files and codes of every framework; saved progress; history; POP.
const codes = [];
const measurements = [];
for (const id of frameworks) {
  add('framework', { id });
  for (const [k, pattern] of [3, (i) => (i % 7), (i) => 6 - (i % 6), 0].entries()) {
    const answers = answersFor(id, pattern);
    const profile = call('profile', { framework: id, answers });
    codes.push(profile.code);
    add('profile', { framework: id, answers });
    if (k < 2) {
      const file = call('resultFile', { framework: id, answers, date: '2026-11-20' });
      add('resultFile', { framework: id, answers, date: '2026-11-20' });
      add('readResultFile', { text: file.text, framework: id });
    }
    measurements.push({ id: `m${id}${k}`, framework: id, code: profile.code, finishedAt: `2026-0${k + 1}-15T09:30`, name: `meting ${k}`, endedEarly: k === 3, pop: null });
  }
  add('zelfscanState', { framework: id, text: JSON.stringify({ version: 1, framework: id, frameworkVersion: 1, answers: answersFor(id, 2), step: 2 }) });
  add('zelfscanState', { framework: id, text: JSON.stringify({ version: 1, framework: id, frameworkVersion: 1, answers: { onbekend: 3 }, step: 99 }) });
  add('zelfscanState', { framework: id, text: '{"version":1,"framework":"' + id + '","answers":{"x":' });
}
for (const code of codes) add('decodeResult', { code });
addRefused('decodeResult', { code: codes.at(-1), framework: frameworks[0] });
add('compare', { earlier: { code: codes[0] }, later: { code: codes[1] } });
const fw0 = core.framework(frameworks[0]);
const competences = fw0.domains.flatMap((d) => d.competences.map((c) => c.id));
const goal = (competence) => ({ competence, action: 'Twee lessen met een quiz geven', with: ['collega', 'i-coach'], withWho: 'Sanne', by: '2027-03-01', evidence: 'Leerlingen snappen het', topics: [`${guide.id}/${topic.id}`] });
const pop = { goals: [goal(competences[0]), goal(competences[1])], createdAt: '2026-11-20T10:00' };
add('popCheck', { framework: frameworks[0], pop });
add('popCheck', { framework: frameworks[0], pop: { goals: [{ ...goal('onbekend'), by: '2027-02-30', with: [] }, goal(competences[0]), goal(competences[1]), goal(competences[2])] } });
add('popExport', { measurement: { ...measurements[0], pop } });
const history = { format: 'samenwijs-metingen', formatVersion: 1, measurements };
add('historyRead', { text: JSON.stringify(history) });
add('historyRead', { text: JSON.stringify([{ framework: frameworks[0], code: codes[0], month: '2026-11' }]) });
add('historyText', { measurements });
add('historyImport', { measurements: measurements.slice(0, 2), text: JSON.stringify(history) });
add('historyExport', { measurements, today: '2026-12-01' });
for (const id of frameworks) add('historyTrend', { measurements, framework: id });

// Team overview: rounds, hand-ins, the picture with its history, ballot box, collectors,
// team codes, comparison, CSV, the board.
const hex = (n, seed) => createHash('sha256').update(String(seed)).digest('hex').slice(0, n * 2);
const round1 = call('roundStart', { framework: frameworks[0], minGroupSize: 5, collectors: 1, random: hex(5, 'r1') }).code;
const round2 = call('roundStart', { framework: frameworks[0], minGroupSize: 5, collectors: 2, random: hex(5, 'r2') }).code;
const round3 = call('roundStart', { framework: frameworks[0], minGroupSize: 5, collectors: 1, random: hex(5, 'r3') }).code;
add('roundStart', { framework: frameworks[1] ?? frameworks[0], minGroupSize: 7, collectors: 2, random: hex(5, 'r4') });
add('roundInfo', { round: round2 });
const handIns = (round, n, tag) => Array.from({ length: n }, (_, i) => {
  const args = { round, answers: answersFor(frameworks[0], (k) => 1 + ((k + i) % 6)), salt: hex(16, `${tag}${i}`) };
  if (i < 2) add('handin', args);
  return call('handin', args).codes;
});
const plain = handIns(round1, 7, 'a').map((c) => c[0].code);
const later = handIns(round3, 6, 'b').map((c) => c[0].code);
const shares = handIns(round2, 6, 'c');
const first = call('team', { round: round1, history: '', name: 'Ronde 1', school: 'De Linde' }, plain.slice(0, 5).join('\n'));
add('team', { round: round1, history: '', name: 'Ronde 1', school: 'De Linde' }, plain.slice(0, 5).join('\n'));
add('team', { round: round1, history: first.history, name: 'Ronde 1', school: 'De Linde' }, plain.join('\n'));
add('team', { round: round1, history: first.history }, plain.slice(0, 6).join('\n'));
add('team', { round: round1, history: '', files: [{ name: 'codes.txt', text: plain.join('\n') }] }, `${codes[0]}\n${plain[0]}\nRN1-XYZ`);
// Codes pasted as e-mails: words around them, one code wrapped with a word after it.
const mails = plain.slice(0, 5).map((c, i) => `Hoi,\n${i === 1 ? `${c.slice(0, 30)}\n${c.slice(30)} groetjes` : c}\nGroetjes`);
add('team', { round: round1, history: '' }, mails.join('\n'));
const teamCode = first.teamCode;
const laterCode = call('team', { round: round3, history: '', name: 'Ronde 2', school: 'De Linde' }, later.join('\n')).teamCode;
let totals = '';
for (const code of plain) {
  if (totals === '') add('ballotAdd', { round: round1, totals, code });
  totals = call('ballotAdd', { round: round1, totals, code }).totals;
}
add('ballotAdd', { round: round1, totals, code: plain[0] });
// A short scan on the meeting's device: one level per competence; refused ones (a level out
// of range, a competence left open).
const shortScan = Object.fromEntries(competences.map((id, i) => [id, (i % 6) + 1]));
add('ballotAdd', { round: round1, totals, scan: shortScan });
addRefused('ballotAdd', { round: round1, totals: '', scan: { ...shortScan, [competences[0]]: 9 } });
addRefused('ballotAdd', { round: round1, totals: '', scan: { ...shortScan, [competences[1]]: 0 } });
addRefused('ballotAdd', { round: round1, totals: '', scan: Object.fromEntries(competences.slice(1).map((id) => [id, 3])) });
add('ballotClose', { round: round1, totals, name: 'Stembus', school: 'De Linde', history: '' });
const parts = [1, 2].map((collector) => {
  const text = shares.map((c) => c.find((x) => x.collector === collector).code).join('\n');
  add('collectorSum', { round: round2, collector }, text);
  return call('collectorSum', { round: round2, collector }, text).partCode;
});
add('collectorCombine', { parts, name: 'Twee', school: 'De Linde', history: '' });
add('collectorCombine', { parts: [...parts].reverse() });
add('teamPicture', { code: teamCode });
add('teamCompare', { earlier: teamCode, later: laterCode });
add('teamCsv', { code: teamCode });
add('board', { minGroupSize: 5 }, [teamCode, laterCode, `School C: ${teamCode}`].join('\n'));
add('board', { minGroupSize: 6, files: [{ name: 'school.txt', text: teamCode }] }, `${laterCode}\n${codes[0]}`);
add('boardCsv', { minGroupSize: 5 }, [teamCode, laterCode].join('\n'));

// Network: readiness, advice, plan, map.
const network = core.network();
for (const phase of ['start', 'running']) {
  const statements = network.readiness.conditions.filter((c) => c.phases.includes(phase)).flatMap((c) => (c.statements ?? []).map((st) => st.id ?? st));
  add('readiness', { phase, answers: Object.fromEntries(statements.map((id, i) => [id, i % 3])) });
  add('readiness', { phase, answers: Object.fromEntries(statements.map((id) => [id, 2])) });
}
const goals = (network.goals ?? network.kinds?.goals ?? []).map((g) => g.id);
const participants = (network.participants ?? network.kinds?.participants ?? []).map((p) => p.id);
add('networkAdvice', { goals: goals.slice(0, 2), participants: participants.slice(0, 2) });
add('networkAdvice', { goals: goals.slice(-1), participants: participants.slice(-2) });
const plan = { title: 'Netwerk ict', goal: 'Samen leren', form: 'fysiek', owner: 'i-coach', duration: 'een jaar', participants: 'leraren',
  expectations: 'actief', funding: 'school', facilitator: 'x', workingForms: 'y', betweenMeetings: 'z', sharing: 'w', sizeMin: 4, sizeMax: 12,
  evaluation: { reaction: 'a', learning: 'b', behaviour: 'c', results: 'd' } };
add('planCheck', { plan });
add('planCheck', { plan: { title: 'Half', sizeMin: 3 } });
addRefused('planCheck', { plan: { title: 'Half', sizeMin: 30, sizeMax: 3 } });
for (const format of ['json', 'markdown']) {
  add('planExport', { plan, format });
  add('planImport', { text: call('planExport', { plan, format }).text });
}
// Refused network arguments: every field of a plan, readiness and advice wrong once.
for (const wrongPlan of [{ sizeMax: 'x' }, { sizeMin: 4, sizeMax: 12, sizeIdeal: 100 }, { title: 5 }, { kind: 'onbekend' },
  { evaluation: { reaction: 5 } }, { evaluation: 'x' }, { onbekend: 1 }, { ...plan, sizeMin: -1 }]) addRefused('planCheck', { plan: wrongPlan });
addRefused('planExport', { plan, format: 'pdf' });
addRefused('planImport', { text: '# Netwerkplan: x\n\n### Doel\n\nSamen\n**Soort netwerk:** onbekend\n' });
for (const args of [{ phase: 'x', answers: {} }, { phase: 'start', answers: [] }, { phase: 'start', answers: { onbekend: 1 } }]) addRefused('readiness', args);
addRefused('readiness', { phase: 'start', answers: { [network.readiness.conditions[0].statements?.[0]?.id ?? 'x']: 7 } });
for (const args of [{ goals: ['onbekend'], participants: [] }, { goals: [], participants: ['onbekend'] }, { goals: 'x' }, { goals: [5] }]) addRefused('networkAdvice', args);
const kinds = ['person', 'organisation'];
const ties = Array.from({ length: 8 }, (_, i) => ({ name: `P${i}`, kind: kinds[i % 2], circle: `c${i % 3}`, inside: i % 2 === 0, frequency: 1 + (i % 5), involvement: 5 - (i % 5) }));
add('networkMap', { map: { ties } });
add('networkMap', { map: { ties: ties.slice(0, 1) } });
add('mapRemove', { map: { ties }, index: 2 });
addRefused('mapRemove', { map: { ties }, index: 99 });
addRefused('networkMap', { map: { ties: [{ ...ties[0], kind: 'x', frequency: 9, involvement: 'veel', inside: 'ja' }, { name: '' }] } });
addRefused('mapImport', { text: 'naam;soort\nP1;persoon\n' });
addRefused('mapImport', { text: '{"format":"samenwijs-netwerkkaart","formatVersion":2,"map":{}}' });
for (const format of ['json', 'csv']) {
  add('mapExport', { map: { ties }, format });
  if (format === 'json') add('mapImport', { text: call('mapExport', { map: { ties }, format }).text });
}

const missing = coreMethods.filter((m) => !calls.some(([method]) => method === m));
if (missing.length) throw new Error(`no seed for ${missing.join(', ')}: add one to tests/fuzz/make-seeds.mjs`);
// What every method is refused with before it runs: unknown name, no object, too deep.
const refusedEarly = ['bestaatNiet\n{}', 'overview\n[]', 'overview\n{"a":', `overview\n${'['.repeat(70)}`, 'overview\n'];
writeSeeds('fuzz_api', [...refusedEarly, ...calls.map(([method, args, text]) => Buffer.concat([
  Buffer.from(`${method}\n${JSON.stringify(args)}`), ...(text === undefined ? [] : [Buffer.from([0]), Buffer.from(text)])]))]);

// ---- fuzz_codes: each valid code as text, and its bytes without the CRC ----------------
const fromBase64url = (s) => Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const fromBase32 = (s) => {
  const out = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of s.toUpperCase()) {
    buffer = ((buffer << 5) | crockford.indexOf(ch)) & 0xFFFF;
    bits += 5;
    if (bits >= 8) { bits -= 8; out.push((buffer >> bits) & 0xFF); }
  }
  return Buffer.from(out);
};
const codeSeeds = [];
const addCode = (kind, code) => {
  codeSeeds.push(Buffer.concat([Buffer.from([kind | 0x10]), Buffer.from(code)]));
  const bytes = kind === 0 && code.startsWith('SW1-') ? fromBase64url(code.slice(4)) : fromBase32(code.slice(4));
  codeSeeds.push(Buffer.concat([Buffer.from([kind]), bytes.subarray(0, bytes.length - 2)]));
};
for (const code of codes) addCode(0, code);
// Real version-1 codes (made before framework versions existed): they decode into the
// current item order, and lower-case SW2 codes are read as typed.
const version1 = JSON.parse(readFileSync(join(root, 'tests/core/fixtures/zelfscan-version1.json'), 'utf8'));
for (const { code } of version1.codes.slice(0, 4)) addCode(0, code);
for (const code of codes.slice(0, 2)) codeSeeds.push(Buffer.concat([Buffer.from([0x10]), Buffer.from(code.toLowerCase())]));
for (const code of [plain[0], shares[0][0].code, shares[0][1].code]) addCode(1, code);
codeSeeds.push(Buffer.concat([Buffer.from([0x11]), Buffer.from(`${round1}\n${plain[1]}`)]));
codeSeeds.push(Buffer.concat([Buffer.from([0x11]), Buffer.from(`${round2}\n ${shares[1][1].code.toLowerCase()}`)]));
for (const code of [round1, round2]) addCode(2, code);
for (const code of [teamCode, laterCode, totals, ...parts]) addCode(3, code);
addCode(4, first.history);
// Round codes that are refused: each field out of range, and texts of other kinds.
const roundBytes = fromBase32(round1.slice(4)).subarray(0, 12);
for (const [at, value] of [[0, 2], [1, 3], [7, 0], [9, 9], [10, 0], [11, 4], [10, 0x30]]) {
  const bytes = Buffer.from(roundBytes);
  bytes[at] = value;
  codeSeeds.push(Buffer.concat([Buffer.from([2]), bytes]), Buffer.concat([Buffer.from([2]), roundBytes.subarray(0, 11)]));
}
for (const text of ['', plain[0], codes[0], 'RN1-!!', `${round1}0`, teamCode]) codeSeeds.push(Buffer.concat([Buffer.from([0x12]), Buffer.from(text)]));
addCode(0, ` sw1-${codes[1].slice(4)}\u200b `);
writeSeeds('fuzz_codes', codeSeeds);

// ---- fuzz_content_loader: small changes to every field of the real files ----------------
const fileNames = ['sources.json', 'themes.json', 'tags.json', 'guided-start.json', 'glossary.json', 'synonyms.json', 'editorial.json',
  ...['readiness', 'kinds', 'map', 'plan'].map((n) => `network/${n}.json`),
  ...readdirSync(join(root, 'content/guides')).map((n) => `guides/${n}`),
  ...readdirSync(join(root, 'content/frameworks')).map((n) => `frameworks/${n}`)];
const escapeToken = (t) => String(t).replace(/~/g, '~0').replace(/\//g, '~1');
// Every path of the document, with array elements 0 and 1 only (the others look alike).
function* paths(value, at = '') {
  if (Array.isArray(value)) {
    for (const [i, v] of value.slice(0, 2).entries()) { yield [`${at}/${i}`, v, i]; yield* paths(v, `${at}/${i}`); }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) { yield [`${at}/${escapeToken(k)}`, v, -1]; yield* paths(v, `${at}/${escapeToken(k)}`); }
  }
}
const wrong = (v) => {
  if (typeof v === 'string') return ['', '0', '"Wat vindt u ervan dat jij dit doet?"', '"x"'];
  if (typeof v === 'number') return ['', '"x"', '-1', '100000'];
  if (typeof v === 'boolean') return ['', '"x"'];
  if (Array.isArray(v)) return ['', '[]', '{}', '[0]'];
  return ['', '[]', '{}'];
};
const loaderSeeds = [];
const seen = new Set();
// `kind` groups inputs whose fields look alike (one seed per field shape across them).
const seedsOf = (name, doc, depthLimit, out = loaderSeeds, kind = name.split('/')[0]) => {
  out.push(`${name}\n/__fuzz\n1`);   // a no-op for the loader's pass path
  const all = [...paths(doc)];
  const valueAt = new Map(all.map(([pointer, value]) => [pointer, value]));
  for (const [pointer, value, index] of all) {
    if (pointer.split('/').length > depthLimit) continue;
    // Every index but the last counts as one: element 1's fields get seeds of their own.
    const shape = `${kind}:${pointer.replace(/\/\d+(?=.*\/\d)/g, '/#')}`;
    if (seen.has(shape)) continue;
    seen.add(shape);
    for (const w of wrong(value)) out.push(`${name}\n${pointer}\n${w}`);
    // Element 1 (or a field of it) made like element 0: duplicate ids, near-duplicate texts.
    const twin = pointer.replace(/\/1(\/[^/]*)?$/, '/0$1');
    if (twin !== pointer && valueAt.has(twin)) out.push(`${name}\n${pointer}\n${JSON.stringify(valueAt.get(twin))}`);
  }
};
for (const name of fileNames) seedsOf(name, JSON.parse(readFileSync(join(root, 'content', name), 'utf8')), 12);
seedsOf('content.bundle.json', JSON.parse(await readBundle()), 5);
// The editorial rules: a pair of questions allowed to look alike, known and unknown.
const leraar = JSON.parse(readFileSync(join(root, 'content/guides/leraar.json'), 'utf8'));
const [q0, q1] = leraar.mainQuestions[0].topics[0].questions;
loaderSeeds.push(`editorial.json\n/nearDuplicates/allowed\n${JSON.stringify([{ questions: [q0.id, q1.id], reason: 'x' }])}`);
loaderSeeds.push(`editorial.json\n/nearDuplicates/allowed\n${JSON.stringify([{ questions: ['onbekend', q0.id], reason: 'x' }])}`);
loaderSeeds.push(`editorial.json\n/nearDuplicates/thresholdPercent\n50`);
loaderSeeds.push(`guides/leraar.json\n/mainQuestions/0/topics/0/questions/1/text\n${JSON.stringify(q0.text)}`);
for (const text of ['{}', '[]', 'geen json', '{"a":', '\ufeff{}']) loaderSeeds.push(`sources.json\n${text}`, `guides/leraar.json\n${text}`, `content.bundle.json\n${text}`);
writeSeeds('fuzz_content_loader', loaderSeeds);

// ---- fuzz_content_steps: one part changed, then added as a step ------------------------
// Part names as fuzz_content_steps.cpp reads them; the guides' fields are alike, so the
// field seeds come from one guide and the others get the unchanged step and an id twice.
const bundle = JSON.parse(await readBundle());
const stepSeeds = [];
const [firstGuide, secondGuide] = bundle.guides;
for (const guide of bundle.guides.slice(0, 4)) {
  stepSeeds.push(`${guide.id}\n/id\n${JSON.stringify(guide.id)}`);  // unchanged: added, then compared
  stepSeeds.push(`${guide.id}\n/mainQuestions/0/id\n${JSON.stringify(secondGuide.mainQuestions[0].id)}`);
}
seedsOf(firstGuide.id, firstGuide, 8, stepSeeds, 'guide');
seedsOf('frameworks', { frameworks: bundle.frameworks }, 6, stepSeeds);
seedsOf('network', { network: bundle.network }, 6, stepSeeds);
stepSeeds.push(`index\n/guideIndex/0/id\n${JSON.stringify(firstGuide.id)}`);
for (const [pointer, value] of [['/guideIndex/1', ''], ['/guideIndex/0/title', '0'], ['/guideIndex/0/order', '"x"'], ['/guideIndex', '{}']]) {
  stepSeeds.push(`index\n${pointer}\n${value}`);
}
for (const text of ['{}', '[]', 'geen json', '{"a":']) stepSeeds.push(`${firstGuide.id}\n${text}`, `frameworks\n${text}`);
writeSeeds('fuzz_content_steps', stepSeeds);

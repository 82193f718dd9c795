// #/zelfscan/<framework>/uitslag (from the answers on this device) and
// #/zelfscan/code?c=SW2-... (from a result code): the profile, strengths, growth areas
// with next steps and guidance, the result code and file, print, and comparison.
import { announce, download, h } from '../../dom.js';
import { link, navigate } from '../../router.js';
import { coreWithContent } from '../../loader.js';
import { breadcrumbs, externalLink } from '../../ui.js';
import { startNewMeasurement, todayLocal } from '../../zelfscan-store.js';
import { domainSummary, fmt, profileChart, profileTable } from './chart.js';
import { compareSection } from './compare.js';
import { asideNotices, openSession } from './session.js';
import { levelsExplained, measurementStatus, popProgress } from './result-parts.js';
import { handinSection } from '../team/handin.js';

function growthArea(area) {
  return h('li', { class: 'growth-area' },
    h('h3', {}, area.title, ' ', h('span', { class: 'level-tag' }, `${fmt(area.score)} · ${area.level.label}`)),
    area.nextStep
      ? h('p', {}, h('strong', {}, `Een volgende stap bij “${area.nextStep.itemText}”: `),
        h('em', {}, area.nextStep.descriptor), ` (niveau ${area.nextStep.nextLevel}, ${area.nextStep.nextLabel.toLowerCase()})`)
      : null,
    area.topics.length ? [h('p', { class: 'questions-label' }, 'Gespreksstarters die hierbij passen'),
      h('ul', {}, area.topics.map((t) => h('li', {}, h('a', { href: link(`/gespreksstarters/${t.guide}/${t.topic}`) }, `${t.number} ${t.title}`), ` (${t.guideTitle})`)))] : null,
    area.readingTips.length ? [h('p', { class: 'questions-label' }, 'Leestips'),
      h('ul', {}, area.readingTips.map((tip) => h('li', {}, tip.url ? externalLink(tip.url, tip.title) : h('cite', {}, tip.title), ` — ${tip.publisher}`)))] : null);
}

function shareSection(core, profile, measuredOn) {
  // A textarea, so that the whole code stays visible on a phone (it wraps).
  const codeField = h('textarea', { id: 'result-code', readonly: true, rows: '2', spellcheck: 'false', class: 'code-field' }, profile.code);
  const copy = async () => {
    codeField.select();
    try {
      await navigator.clipboard.writeText(profile.code);
      announce('De code is gekopieerd.');
    } catch {
      announce('Kopiëren lukte niet automatisch. De code is geselecteerd: kopieer hem met Ctrl+C.');
    }
  };
  return h('section', { 'aria-labelledby': 'share-title' },
    h('h2', { id: 'share-title' }, 'Bewaren en delen'),
    h('p', {}, 'Je resultaatcode bevat alleen je antwoorden, geen naam of ander kenmerk. Met de code kun je je uitslag later terugzien of vergelijken met een nieuwe meting. De code is van jou: wie hem heeft, ziet al je antwoorden. Geef hem dus niet aan anderen; voor het teamoverzicht maak je hieronder een aparte inlevercode.'),
    h('div', { class: 'field field--wide' }, h('label', { for: 'result-code' }, 'Je resultaatcode'), codeField),
    h('div', { class: 'toolbar no-print' },
      h('button', { type: 'button', class: 'button', onclick: copy }, 'Kopieer code'),
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => {
        const file = core.resultFile(profile.framework, profile.answers, measuredOn || todayLocal());
        download(file.filename, file.text, file.mimeType);
        announce(`Je uitslag is gedownload als ${file.filename}.`);
      } }, 'Download als bestand'),
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => window.print() }, 'Afdrukken')));
}

function resultView(core, profile, { fromCode, session }) {
  const competenceTitle = new Map(profile.competences.map((c) => [c.id, c.title]));
  const p = profile.progress;
  const state = session && session.state;
  return [
    breadcrumbs([['Zelfscan', '/zelfscan'], ['Uitslag', fromCode ? '/zelfscan/code' : `/zelfscan/${profile.framework}/uitslag`]]),
    h('h1', { tabindex: '-1' }, `Uitslag: ${profile.title}`),
    session ? asideNotices(core, session.framework) : null,
    h('p', { class: 'lead' }, `${p.done} van ${p.total} uitspraken beantwoord`, p.notApplicable ? `, waarvan ${p.notApplicable} keer “niet van toepassing”` : '', '.',
      p.done < p.total ? ` Nog ${p.total - p.done} open: je uitslag wordt vollediger als je die ook invult.` : ''),
    h('p', { class: 'print-only print-date' }, `Afgedrukt op ${new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })}`,
      state && state.completedAt ? ` · meting van ${state.completedAt.slice(0, 10).split('-').reverse().join('-')}` : ''),
    h('p', { class: 'privacy-line' }, fromCode ? 'Deze uitslag komt uit een resultaatcode en staat alleen in deze browser.' : 'Deze uitslag staat alleen op dit apparaat. Er staat geen naam in.'),
    !fromCode ? measurementStatus(core, session, profile) : null,
    !fromCode ? h('div', { class: 'toolbar no-print' },
      h('a', { class: 'button button--secondary', href: link(`/zelfscan/${profile.framework}/stap/${(state && state.step) || 1}`) }, 'Antwoorden aanpassen'),
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => {
        if (!window.confirm('Een nieuwe meting beginnen? Je huidige meting wordt eerst bewaard bij Mijn metingen; daarna begin je met lege antwoorden.')) return;
        startNewMeasurement(core, session.framework);
        navigate(`/zelfscan/${profile.framework}/stap/1`);
      } }, 'Nieuwe meting beginnen')) : null,
    h('section', { 'aria-labelledby': 'domains-title' }, h('h2', { id: 'domains-title' }, 'Per domein'), domainSummary(profile)),
    h('section', { 'aria-labelledby': 'competences-title' },
      h('h2', { id: 'competences-title' }, 'Per competentie'),
      profileChart(profile), profileTable(profile)),
    levelsExplained(profile),
    !fromCode ? popProgress(core, session, profile) : null,
    h('section', { 'aria-labelledby': 'strengths-title' },
      h('h2', { id: 'strengths-title' }, 'Je sterke punten'),
      profile.strengths.length ? h('ul', {}, profile.strengths.map((id) => h('li', {}, competenceTitle.get(id))))
        : h('p', {}, 'Er zijn nog geen competenties met een score van 3,5 of hoger. Dat is geen oordeel: kijk hieronder waar je kunt beginnen.')),
    h('section', { 'aria-labelledby': 'growth-title' },
      h('h2', { id: 'growth-title' }, 'Waar je kunt groeien'),
      profile.growthAreas.length ? h('ul', { class: 'growth-areas' }, profile.growthAreas.map(growthArea))
        : h('p', {}, 'Er zijn (nog) geen competenties met een score onder expert-niveau, of er zijn te weinig antwoorden.')),
    shareSection(core, profile, state && state.completedAt ? state.completedAt.slice(0, 10) : null),
    handinSection(core, profile),
    compareSection(core, profile, { measurementId: state && state.measurementId }),
  ];
}

export async function zelfscanResultPage({ params }) {
  const core = await coreWithContent();
  const session = openSession(core, params.framework);
  const profile = core.profile(params.framework, session.state.answers);
  return { title: `Uitslag · ${profile.title}`, node: resultView(core, profile, { fromCode: false, session }) };
}

// A code that cannot be read (a deep link cut off in an e-mail, say) shows this page
// with the reason and a field to try again, never a general error.
function badCodeView(core, typed, message) {
  const input = h('input', { id: 'code', type: 'text', autocomplete: 'off', spellcheck: 'false', value: typed.slice(0, 400), 'aria-describedby': 'code-error', 'aria-invalid': 'true' });
  const error = h('p', { id: 'code-error', class: 'field-error', role: 'alert' }, message);
  return [
    breadcrumbs([['Zelfscan', '/zelfscan'], ['Uitslag', '/zelfscan/code']]),
    h('h1', { tabindex: '-1' }, 'Uitslag bekijken met een resultaatcode'),
    h('form', { class: 'inline-form', onsubmit: (e) => {
      e.preventDefault();
      try {
        navigate(`/zelfscan/code?c=${encodeURIComponent(core.decodeResult(input.value).code)}`);
      } catch (err) {
        error.textContent = err.message;
        input.focus();
      }
    } },
      h('div', { class: 'field field--wide' }, h('label', { for: 'code' }, 'Resultaatcode'), input, error),
      h('button', { type: 'submit', class: 'button' }, 'Bekijk uitslag')),
  ];
}

export async function zelfscanCodePage({ query }) {
  const core = await coreWithContent();
  const typed = query.get('c') || '';
  let profile;
  try {
    profile = core.decodeResult(typed);
  } catch (error) {
    if (!error || !error.code || !String(error.code).startsWith('code_')) throw error;
    return { title: 'Resultaatcode', node: badCodeView(core, typed, error.message) };
  }
  return { title: `Uitslag · ${profile.title}`, node: resultView(core, profile, { fromCode: true }) };
}


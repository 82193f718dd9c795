// #/zelfscan/<framework>/uitslag (from the answers on this device) and
// #/zelfscan/code?c=SW1-... (from a result code): the profile, strengths, growth areas
// with next steps and guidance, the result code and file, print, and comparison.
import { announce, download, h } from '../../dom.js';
import { link, navigate } from '../../router.js';
import { coreWithContent } from '../../loader.js';
import { breadcrumbs, externalLink } from '../../ui.js';
import { clearProgress } from '../../zelfscan-store.js';
import { domainSummary, fmt, profileChart, profileTable } from './chart.js';
import { compareSection } from './compare.js';
import { openSession } from './session.js';
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

function shareSection(core, profile) {
  const codeField = h('input', { id: 'result-code', type: 'text', readonly: true, value: profile.code, class: 'code-field' });
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
    h('p', {}, 'Je resultaatcode bevat alleen je antwoorden, geen naam of ander kenmerk. Met de code kun je je uitslag later terugzien, vergelijken met een nieuwe meting, of anoniem inleveren voor het teamoverzicht.'),
    h('div', { class: 'field field--wide' }, h('label', { for: 'result-code' }, 'Je resultaatcode'), codeField),
    h('div', { class: 'toolbar no-print' },
      h('button', { type: 'button', class: 'button', onclick: copy }, 'Kopieer code'),
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => {
        const file = core.resultFile(profile.framework, profile.answers);
        download(file.filename, file.text, file.mimeType);
        announce(`Je uitslag is gedownload als ${file.filename}.`);
      } }, 'Download als bestand'),
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => window.print() }, 'Afdrukken')));
}

function resultView(core, profile, { fromCode }) {
  const competenceTitle = new Map(profile.competences.map((c) => [c.id, c.title]));
  const p = profile.progress;
  return [
    breadcrumbs([['Zelfscan', '/zelfscan'], ['Uitslag', fromCode ? '/zelfscan/code' : `/zelfscan/${profile.framework}/uitslag`]]),
    h('h1', { tabindex: '-1' }, `Uitslag: ${profile.title}`),
    h('p', { class: 'lead' }, `${p.answered} van ${p.total} uitspraken beantwoord`, p.notApplicable ? `, ${p.notApplicable} keer “niet van toepassing”` : '', '.',
      p.done < p.total ? ` Nog ${p.total - p.done} open: je uitslag wordt vollediger als je die ook invult.` : ''),
    h('p', { class: 'privacy-line' }, fromCode ? 'Deze uitslag komt uit een resultaatcode en staat alleen in deze browser.' : 'Deze uitslag staat alleen op dit apparaat. Er staat geen naam in.'),
    !fromCode ? h('div', { class: 'toolbar no-print' },
      h('a', { class: 'button button--secondary', href: link(`/zelfscan/${profile.framework}/stap/1`) }, 'Antwoorden aanpassen'),
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => {
        if (!window.confirm('Een nieuwe meting beginnen? Je huidige antwoorden worden gewist; je resultaatcode blijft bewaard om te vergelijken.')) return;
        clearProgress(profile.framework);
        navigate(`/zelfscan/${profile.framework}/stap/1`);
      } }, 'Nieuwe meting beginnen')) : null,
    h('section', { 'aria-labelledby': 'domains-title' }, h('h2', { id: 'domains-title' }, 'Per domein'), domainSummary(profile)),
    h('section', { 'aria-labelledby': 'competences-title' },
      h('h2', { id: 'competences-title' }, 'Per competentie'),
      profileChart(profile), profileTable(profile)),
    h('section', { 'aria-labelledby': 'strengths-title' },
      h('h2', { id: 'strengths-title' }, 'Je sterke punten'),
      profile.strengths.length ? h('ul', {}, profile.strengths.map((id) => h('li', {}, competenceTitle.get(id))))
        : h('p', {}, 'Er zijn nog geen competenties met een score van 3,5 of hoger. Dat is geen oordeel: kijk hieronder waar je kunt beginnen.')),
    h('section', { 'aria-labelledby': 'growth-title' },
      h('h2', { id: 'growth-title' }, 'Waar je kunt groeien'),
      profile.growthAreas.length ? h('ul', { class: 'growth-areas' }, profile.growthAreas.map(growthArea))
        : h('p', {}, 'Er zijn (nog) geen competenties met een score onder expert-niveau, of er zijn te weinig antwoorden.')),
    shareSection(core, profile),
    handinSection(core, profile),
    compareSection(core, profile),
  ];
}

export async function zelfscanResultPage({ params }) {
  const core = await coreWithContent();
  const session = openSession(core, params.framework);
  if (session.problem) {
    navigate(`/zelfscan/${params.framework}/stap/1`);
    return { title: 'Zelfscan', node: h('h1', { tabindex: '-1' }, 'Zelfscan') };
  }
  const profile = core.profile(params.framework, session.answers);
  return { title: `Uitslag · ${profile.title}`, node: resultView(core, profile, { fromCode: false }) };
}

export async function zelfscanCodePage({ query }) {
  const core = await coreWithContent();
  const profile = core.decodeResult(query.get('c') || '');
  return { title: `Uitslag · ${profile.title}`, node: resultView(core, profile, { fromCode: true }) };
}

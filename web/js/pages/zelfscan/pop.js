// #/zelfscan/metingen/<id>/pop: the personal development plan (POP) of one measurement.
// From its growth areas the teacher picks one to three goals and writes, per goal, what
// they will do, with whom, by when and how they will know it worked, with the
// conversation starters the core suggests. The core checks the plan (popCheck) and writes
// the Markdown (popExport); the plan is stored with its measurement. Prints on A4.
import { announce, download, h, replace } from '../../dom.js';
import { link } from '../../router.js';
import { coreWithContent } from '../../loader.js';
import { breadcrumbs } from '../../ui.js';
import { readHistory, updateMeasurement } from '../../zelfscan-store.js';
import { fmt } from './chart.js';

const PARTNERS = [['collega', 'Een collega'], ['i-coach', 'De i-coach'], ['netwerk', 'Een leernetwerk']];
const PARTNER_TEXT = { collega: 'een collega', 'i-coach': 'de i-coach', netwerk: 'een leernetwerk' };
const dateText = (iso) => (iso ? new Date(`${iso}T12:00`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }) : '');

function goalFieldset(area, index, goal) {
  const id = (f) => `pop-${index}-${f}`;
  const chosen = h('input', { type: 'checkbox', id: id('chosen'), checked: Boolean(goal) });
  const action = h('textarea', { id: id('action'), rows: '3', maxlength: '1000' });
  action.value = goal ? goal.action : '';
  const withWho = h('input', { type: 'text', id: id('withWho'), maxlength: '200', value: goal ? goal.withWho : '' });
  const by = h('input', { type: 'date', id: id('by'), value: goal ? goal.by : '' });
  const evidence = h('textarea', { id: id('evidence'), rows: '3', maxlength: '1000' });
  evidence.value = goal ? goal.evidence : '';
  const partners = PARTNERS.map(([value, label]) => h('input', { type: 'checkbox', id: id(`with-${value}`), value, checked: Boolean(goal && goal.with.includes(value)) }));
  const topics = area.topics.map((t) => ({ t, box: h('input', { type: 'checkbox', id: id(`topic-${t.guide}-${t.topic}`), value: `${t.guide}/${t.topic}`,
    checked: Boolean(goal && goal.topics.includes(`${t.guide}/${t.topic}`)) }) }));
  const node = h('fieldset', { class: 'pop-goal', id: `pop-goal-${index}` },
    h('legend', {}, `${area.title} (nu ${fmt(area.score)} · ${area.level.label})`),
    h('div', { class: 'check' }, chosen, h('label', { for: id('chosen') }, `Maak van “${area.title}” een doel`)),
    h('div', { class: 'field field--wide' }, h('label', { for: id('action') }, 'Wat ga je doen?'), action),
    h('fieldset', { class: 'pop-partners' }, h('legend', {}, 'Met wie?'),
      PARTNERS.map(([value, label], k) => h('div', { class: 'check' }, partners[k], h('label', { for: id(`with-${value}`) }, label))),
      h('div', { class: 'field' }, h('label', { for: id('withWho') }, 'Namen of andere mensen (mag leeg)'), withWho)),
    h('div', { class: 'field' }, h('label', { for: id('by') }, 'Wanneer is het klaar?'), by),
    h('div', { class: 'field field--wide' }, h('label', { for: id('evidence') }, 'Hoe merk je dat het gelukt is?'), evidence),
    topics.length ? h('fieldset', { class: 'pop-topics' }, h('legend', {}, 'Gespreksstarters die hierbij helpen'),
      topics.map(({ t, box }) => h('div', { class: 'check' }, box, h('label', { for: box.id }, `${t.number} ${t.title} (${t.guideTitle})`),
        ' ', h('a', { href: link(`/gespreksstarters/${t.guide}/${t.topic}`) }, 'bekijk', h('span', { class: 'visually-hidden' }, ` ${t.title}`))))) : null);
  const read = () => (chosen.checked ? {
    competence: area.competence, action: action.value, withWho: withWho.value, by: by.value, evidence: evidence.value,
    with: partners.filter((p) => p.checked).map((p) => p.value), topics: topics.filter((x) => x.box.checked).map((x) => x.box.value),
  } : null);
  return { node, read };
}

function printView(profile, measurement, pop, topicsById) {
  const byId = new Map(profile.competences.map((c) => [c.id, c]));
  return h('div', { class: 'print-only pop-print' },
    h('p', { class: 'print-brand' }, 'Samenwijs · Mijn ontwikkelplan (POP)'),
    h('h2', { class: 'print-title' }, 'Mijn ontwikkelplan'),
    h('p', {}, `Uit de zelfscan “${profile.title}”, meting van ${measurement.dateText}. Voor het jaargesprek (gesprekkencyclus).`),
    pop.goals.map((g, i) => {
      const c = byId.get(g.competence);
      const who = [...g.with.map((w) => PARTNER_TEXT[w]), g.withWho].filter(Boolean).join(', ');
      return h('section', { class: 'print-point' },
        h('h3', {}, `Doel ${i + 1}: ${c ? c.title : ''}`),
        h('p', {}, h('strong', {}, 'Score bij deze meting: '), c && c.score !== null ? `${fmt(c.score)} (${c.level.label})` : 'nog geen score'),
        h('p', {}, h('strong', {}, 'Wat ik ga doen: '), g.action),
        h('p', {}, h('strong', {}, 'Met wie: '), who),
        h('p', {}, h('strong', {}, 'Klaar op: '), dateText(g.by)),
        h('p', {}, h('strong', {}, 'Zo merk ik dat het gelukt is: '), g.evidence),
        g.topics.length ? h('p', {}, h('strong', {}, 'Gespreksstarters: '), g.topics.map((t) => topicsById.get(t) || t).join('; ')) : null,
        h('div', { class: 'write-space', 'aria-hidden': 'true' }));
    }));
}

export async function popPage({ params }) {
  const core = await coreWithContent();
  const measurement = readHistory(core).measurements.find((m) => m.id === params.id);
  const crumbs = breadcrumbs([['Zelfscan', '/zelfscan'], ['Mijn metingen', '/zelfscan/metingen'], ['Ontwikkelplan', `/zelfscan/metingen/${params.id}/pop`]]);
  if (!measurement) {
    return { title: 'Ontwikkelplan', node: [crumbs, h('h1', { tabindex: '-1' }, 'Ontwikkelplan'),
      h('p', {}, 'Deze meting staat niet (meer) op dit apparaat. ', h('a', { href: link('/zelfscan/metingen') }, 'Naar Mijn metingen'), '.')] };
  }
  const profile = core.decodeResult(measurement.code, measurement.framework);
  const existing = new Map((measurement.pop ? measurement.pop.goals : []).map((g) => [g.competence, g]));
  const topicsById = new Map(profile.growthAreas.flatMap((a) => a.topics.map((t) => [`${t.guide}/${t.topic}`, `${t.number} ${t.title}`])));
  const goals = profile.growthAreas.map((area, i) => goalFieldset(area, i, existing.get(area.competence)));
  const errors = h('div', { class: 'pop-errors', role: 'alert' });
  const printHolder = h('div', {});
  const actions = h('div', { class: 'toolbar no-print' });
  let saved = measurement.pop;

  const drawSaved = () => {
    replace(printHolder, saved ? printView(profile, measurement, saved, topicsById) : null);
    replace(actions, saved ? [
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => window.print() }, 'Afdrukken'),
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => {
        const file = core.popExport({ ...measurement, pop: saved });
        download(file.filename, file.text, file.mimeType);
        announce(`Je ontwikkelplan is gedownload als ${file.filename}.`);
      } }, 'Download als Markdown')] : null);
  };
  const save = (e) => {
    e.preventDefault();
    const pop = { goals: goals.map((g) => g.read()).filter(Boolean), createdAt: (measurement.pop && measurement.pop.createdAt) || undefined };
    const checked = core.popCheck(measurement.framework, pop);
    if (!checked.ok) {
      replace(errors, h('p', {}, h('strong', {}, 'Je plan is nog niet compleet:')), h('ul', {}, checked.issues.map((i) => h('li', {}, i.message))));
      errors.focus();
      return;
    }
    replace(errors);
    const result = updateMeasurement(core, measurement.id, { pop: checked.pop });
    saved = checked.pop;
    drawSaved();
    announce(result && result.saved ? 'Je ontwikkelplan is bewaard bij deze meting.' : 'Je ontwikkelplan kon niet op dit apparaat worden bewaard. Download het als Markdown.');
  };
  drawSaved();
  errors.setAttribute('tabindex', '-1');
  return {
    title: `Ontwikkelplan · ${profile.title}`,
    node: [
      h('div', { class: 'screen-only' },
        crumbs,
        h('h1', { tabindex: '-1' }, 'Mijn ontwikkelplan (POP)'),
        h('p', { class: 'lead' }, `Bij je meting van ${measurement.dateText} (${profile.title}). Kies een tot drie doelen uit de competenties waar je kunt groeien. Schrijf per doel op wat je gaat doen, met wie, wanneer het klaar is en hoe je merkt dat het gelukt is. Je plan blijft bij deze meting; bij je volgende meting zie je hoe deze competenties veranderd zijn.`),
        profile.growthAreas.length
          ? h('form', { class: 'pop-form', onsubmit: save }, goals.map((g) => g.node), errors,
            h('div', { class: 'toolbar' }, h('button', { type: 'submit', class: 'button' }, 'Bewaar je ontwikkelplan')))
          : h('p', {}, 'Bij deze meting zijn (nog) geen groeipunten: er zijn te weinig antwoorden, of je scoort overal hoog.'),
        actions),
      printHolder,
    ],
  };
}

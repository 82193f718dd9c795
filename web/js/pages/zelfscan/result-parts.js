// Parts of the results page about the measurement itself: whether it is stored as a
// measurement yet (an interim look never is), what the level names mean, and how the
// goals of the previous development plan moved.
import { h } from '../../dom.js';
import { link } from '../../router.js';
import { scrollable } from '../../ui.js';
import { endMeasurementEarly, readHistory } from '../../zelfscan-store.js';
import { fmt } from './chart.js';

const DIRECTION = { grew: 'gegroeid', fell: 'gedaald', same: 'ongeveer gelijk', unknown: 'niet te vergelijken' };

export function measurementStatus(core, session, profile) {
  const { state, framework } = session;
  if (state.completedAt) {
    const entry = readHistory(core).measurements.find((m) => m.id === state.measurementId);
    return h('div', { class: 'notice measurement-status no-print' },
      h('p', {}, `Deze meting is bewaard bij je metingen${entry ? ` (${entry.dateText})` : ''}.`, ' ',
        h('a', { href: link('/zelfscan/metingen') }, 'Mijn metingen'),
        entry ? [' · ', h('a', { href: link(`/zelfscan/metingen/${entry.id}/pop`) }, entry.pop ? 'Je ontwikkelplan (POP)' : 'Maak je ontwikkelplan (POP)')] : null));
  }
  return h('div', { class: 'notice measurement-status no-print' },
    h('p', {}, `Dit is je uitslag tot nu toe. Hij wordt pas bij je metingen bewaard als je alle uitspraken hebt ingevuld${profile.progress.done ? ', of als je de meting nu zelf afrondt' : ''}.`),
    profile.progress.done ? h('p', {}, h('button', { type: 'button', class: 'button button--secondary', onclick: () => {
      if (!window.confirm('De meting nu afronden? Hij wordt bewaard bij je metingen zoals hij nu is. Je kunt daarna nog antwoorden aanpassen.')) return;
      endMeasurementEarly(core, framework);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } }, 'Rond de meting nu af')) : null);
}

export function levelsExplained(profile) {
  return h('section', { 'aria-labelledby': 'levels-title', class: 'levels-explained' },
    h('h2', { id: 'levels-title' }, 'Wat betekenen de niveaus?'),
    h('dl', { class: 'level-list' }, profile.levels.map((l) => [
      h('dt', {}, `${l.value}. ${l.label}`), h('dd', {}, l.description)])));
}

export function popProgress(core, session, profile) {
  const { state } = session;
  const before = (m) => m.id !== state.measurementId && m.framework === profile.framework && m.pop
    && (!state.completedAt || m.finishedAt <= state.completedAt);
  const earlier = readHistory(core).measurements.filter(before).pop();
  if (!earlier) return null;
  let result;
  try {
    result = core.compare({ code: earlier.code }, { framework: profile.framework, answers: profile.answers });
  } catch {
    return null;
  }
  const goals = new Set(earlier.pop.goals.map((g) => g.competence));
  const rows = result.competences.filter((c) => goals.has(c.id));
  return h('section', { 'aria-labelledby': 'pop-progress-title' },
    h('h2', { id: 'pop-progress-title' }, 'Je doelen uit je vorige ontwikkelplan'),
    h('p', {}, `Uit je ontwikkelplan bij de meting van ${earlier.dateText}. Zo zijn die competenties veranderd:`),
    scrollable(h('table', { class: 'data-table' },
      h('caption', {}, 'Doelen: toen en nu'),
      h('thead', {}, h('tr', {}, ['Doel', 'Toen', 'Nu', 'Beoordeling'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows.map((c) => h('tr', { class: `change change--${c.direction}` },
        h('th', { scope: 'row' }, c.title), h('td', {}, fmt(c.earlier)), h('td', {}, fmt(c.later)), h('td', {}, DIRECTION[c.direction]))))), 'Tabel: doelen toen en nu'));
}

// The profile as an SVG bar chart (one bar per competence, on the 1–6 scale) and the
// equivalent table. Both are drawn from the core's profile; nothing is computed here.
import { h } from '../../dom.js';
import { scrollable } from '../../ui.js';

const ROW = 46;
const LABEL_H = 18;
const LEFT = 8;
const RIGHT = 40;
const TOP = 34;
// On a phone the drawing is made for its width, so that its text is not scaled down
// below a legible size (labels at least 12 px at 360 px wide).
const narrow = () => typeof window !== 'undefined' && window.matchMedia && window.matchMedia('(max-width: 40rem)').matches;
let WIDTH = 640;

const x = (value) => LEFT + ((WIDTH - LEFT - RIGHT) * value) / 6;
const fmt = (n) => (n === null || n === undefined ? '–' : String(n).replace('.', ','));

export function profileChart(profile, { title = 'Je niveau per competentie' } = {}) {
  WIDTH = narrow() ? 360 : 640;
  const rows = profile.competences;
  const height = TOP + rows.length * ROW + 10;
  const svg = h('svg:svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart', role: 'img', 'aria-labelledby': 'chart-title chart-desc', preserveAspectRatio: 'xMinYMin meet' },
    h('svg:title', { id: 'chart-title' }, title),
    h('svg:desc', { id: 'chart-desc' }, 'Staafdiagram met een staaf per competentie op de schaal van 1 tot en met 6. Dezelfde gegevens staan in de tabel hieronder.'));
  profile.levels.forEach((level) => {
    svg.append(
      h('svg:line', { x1: x(level.value), x2: x(level.value), y1: TOP - 8, y2: height - 6, class: 'chart__grid' }),
      h('svg:text', { x: x(level.value), y: 14, class: 'chart__tick', 'text-anchor': 'middle' }, String(level.value)),
      h('svg:text', { x: x(level.value), y: 27, class: 'chart__tick chart__tick--label', 'text-anchor': 'end' }, level.label));
  });
  rows.forEach((c, i) => {
    const y = TOP + i * ROW;
    svg.append(h('svg:text', { x: LEFT, y: y + 13, class: 'chart__label' }, c.title));
    if (c.score === null) {
      svg.append(h('svg:text', { x: LEFT, y: y + LABEL_H + 16, class: 'chart__none' }, 'te weinig antwoorden voor een score'));
    } else {
      svg.append(
        h('svg:rect', { x: LEFT, y: y + LABEL_H, width: Math.max(2, x(c.score) - LEFT), height: 18, rx: 3, class: 'chart__bar' }),
        h('svg:text', { x: x(c.score) + 6, y: y + LABEL_H + 14, class: 'chart__value' }, fmt(c.score)));
    }
  });
  return h('figure', { class: 'chart-figure' }, svg);
}

export function profileTable(profile) {
  const domainTitle = new Map(profile.domains.map((d) => [d.id, `${d.code}. ${d.title}`]));
  return scrollable(h('table', { class: 'data-table' },
    h('caption', {}, 'Je uitslag per competentie'),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Competentie'), h('th', { scope: 'col', class: 'col-domain' }, 'Domein'), h('th', { scope: 'col' }, 'Score (1–6)'),
      h('th', { scope: 'col' }, 'Niveau'), h('th', { scope: 'col' }, 'Beantwoord'))),
    h('tbody', {}, profile.competences.map((c) => h('tr', {},
      h('th', { scope: 'row' }, c.title),
      h('td', { class: 'col-domain' }, domainTitle.get(c.domain)),
      h('td', {}, c.score === null ? 'te weinig antwoorden' : fmt(c.score)),
      h('td', {}, c.level ? c.level.label : '–'),
      h('td', {}, `${c.answered} van ${c.items}${c.notApplicable ? ` (${c.notApplicable}× n.v.t.)` : ''}`))))), 'Tabel: je uitslag per competentie');
}

export function domainSummary(profile) {
  return h('ul', { class: 'domain-summary' }, profile.domains.map((d) => h('li', { class: 'domain-card' },
    h('p', { class: 'domain-card__title' }, `${d.code}. ${d.title}`),
    h('p', { class: 'domain-card__score' }, d.score === null ? 'Nog geen score' : `${fmt(d.score)} · ${d.level.label}`),
    h('p', { class: 'domain-card__meta' }, `${d.competencesScored} van ${d.competences} competenties met een score`))));
}

export { fmt };

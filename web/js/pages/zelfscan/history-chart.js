// The scores of several measurements over time: an SVG line chart (one line per domain or
// per competence) and the equivalent table. The numbers come from the core (historyTrend).
import { h } from '../../dom.js';
import { scrollable } from '../../ui.js';
import { fmt } from './chart.js';

// Drawn for the screen it is on: on a phone 360 units wide, so the dates stay legible.
const narrow = () => typeof window !== 'undefined' && window.matchMedia && window.matchMedia('(max-width: 40rem)').matches;
let WIDTH = 640;
const HEIGHT = 300;
const LEFT = 34;
const RIGHT = 20;
const TOP = 16;
const BOTTOM = 40;
const MARKS = ['circle', 'rect', 'diamond', 'triangle', 'circle', 'rect', 'diamond', 'triangle'];

const xOf = (i, n) => (n === 1 ? LEFT + (WIDTH - LEFT - RIGHT) / 2 : LEFT + ((WIDTH - LEFT - RIGHT) * i) / (n - 1));
const yOf = (v) => TOP + ((HEIGHT - TOP - BOTTOM) * (6 - v)) / 5;

function mark(kind, x, y, cls) {
  if (kind === 'rect') return h('svg:rect', { x: x - 5, y: y - 5, width: 10, height: 10, class: cls });
  if (kind === 'diamond') return h('svg:polygon', { points: `${x},${y - 7} ${x + 7},${y} ${x},${y + 7} ${x - 7},${y}`, class: cls });
  if (kind === 'triangle') return h('svg:polygon', { points: `${x},${y - 7} ${x + 7},${y + 6} ${x - 7},${y + 6}`, class: cls });
  return h('svg:circle', { cx: x, cy: y, r: 6, class: cls });
}

/** series: [{ title, scores }]; labels: one short date per measurement. */
export function trendChart(series, labels, title) {
  WIDTH = narrow() ? 360 : 640;
  const n = labels.length;
  const svg = h('svg:svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'trend-chart', role: 'img', 'aria-label': `${title}. Dezelfde gegevens staan in de tabel hieronder.` });
  for (let v = 1; v <= 6; v += 1) {
    svg.append(h('svg:line', { x1: LEFT, x2: WIDTH - RIGHT, y1: yOf(v), y2: yOf(v), class: 'chart__grid' }),
      h('svg:text', { x: LEFT - 10, y: yOf(v) + 6, class: 'trend-chart__tick', 'text-anchor': 'end' }, String(v)));
  }
  labels.forEach((label, i) => svg.append(h('svg:text', { x: xOf(i, n), y: HEIGHT - 12, class: 'trend-chart__tick',
    'text-anchor': n > 1 && i === 0 ? 'start' : n > 1 && i === n - 1 ? 'end' : 'middle' }, label)));
  series.forEach((s, k) => {
    const cls = `trend-line trend-line--${k % 8}`;
    const points = s.scores.map((v, i) => (v === null ? null : [xOf(i, n), yOf(v)]));
    let path = '';
    points.forEach((p, i) => { if (p) path += `${path && points[i - 1] ? 'L' : 'M'}${p[0]},${p[1]} `; });
    if (path) svg.append(h('svg:path', { d: path.trim(), class: cls, fill: 'none' }));
    points.forEach((p) => { if (p) svg.append(mark(MARKS[k % 8], p[0], p[1], `${cls} trend-mark`)); });
  });
  const legend = h('ul', { class: 'trend-legend' }, series.map((s, k) => h('li', {},
    h('svg:svg', { viewBox: '-8 -8 16 16', width: 16, height: 16, 'aria-hidden': 'true' }, mark(MARKS[k % 8], 0, 0, `trend-line trend-line--${k % 8} trend-mark`)),
    ` ${s.title}`)));
  return h('figure', { class: 'chart-figure trend-figure' }, svg, legend);
}

export function trendTable(rows, labels, caption) {
  return scrollable(h('table', { class: 'data-table trend-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Onderdeel'), labels.map((l) => h('th', { scope: 'col' }, l)))),
    h('tbody', {}, rows.map((r) => h('tr', { class: r.domain ? 'trend-table__domain' : null },
      h('th', { scope: 'row' }, r.title), r.scores.map((v) => h('td', {}, fmt(v))))))), `Tabel: ${caption}`);
}

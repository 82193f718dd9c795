// #/zelfscan/metingen: "Mijn metingen". Every finished (or explicitly ended) measurement on
// this device, per self-assessment: a list to name, open or delete, the scores over time
// as a chart and a table, the comparison of any two, and export/import of the whole
// history as one dated file. The core validates and computes; this page shows.
import { announce, download, h, replace } from '../../dom.js';
import { link } from '../../router.js';
import { coreWithContent } from '../../loader.js';
import { breadcrumbs, scrollable } from '../../ui.js';
import {
  asides, deleteMeasurement, dropAside, exportHistory, importHistory, readHistory, updateMeasurement,
} from '../../zelfscan-store.js';
import { comparisonView } from './compare.js';
import { trendChart, trendTable } from './history-chart.js';

const shortDate = (m) => m.finishedAt.slice(0, 10).split('-').reverse().join('-');
const rerender = () => window.dispatchEvent(new HashChangeEvent('hashchange'));

function asideNotice(core) {
  return asides('metingen').map((aside) => {
    const notice = h('div', { class: 'notice notice--error', role: 'alert' },
      h('h2', {}, 'Niet alle metingen waren te lezen'),
      h('p', {}, core.historyRead(aside.raw).problem || 'Een deel van je metingen kon niet worden gelezen.',
        ' De metingen die wel te lezen waren, staan hieronder. Het oude bestand staat apart op dit apparaat tot jij kiest.'),
      h('p', {},
        h('button', { type: 'button', class: 'button button--secondary', onclick: () => download('samenwijs-oude-metingen.json', aside.raw, 'application/json') }, 'Bewaar de oude gegevens als bestand'), ' ',
        h('button', { type: 'button', class: 'button button--secondary', onclick: () => { dropAside(aside.key); notice.remove(); } }, 'Gooi de oude gegevens weg')));
    return notice;
  });
}

function measurementList(core, list) {
  return scrollable(h('table', { class: 'data-table measurement-list' },
    h('caption', {}, 'Je metingen, de oudste eerst'),
    h('thead', {}, h('tr', {}, ['Datum', 'Naam', 'Ingevuld', 'Acties'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, list.map((m) => {
      const nameInput = h('input', { type: 'text', id: `name-${m.id}`, value: m.name, maxlength: '80', class: 'name-field',
        'aria-label': `Naam van de meting van ${m.dateText}` });
      return h('tr', { 'data-id': m.id },
        h('th', { scope: 'row' }, m.dateText),
        h('td', {}, h('form', { class: 'name-form', onsubmit: (e) => {
          e.preventDefault();
          const saved = updateMeasurement(core, m.id, { name: nameInput.value.trim() });
          announce(saved ? 'De naam is bewaard.' : 'Deze meting bestaat niet meer.');
        } }, nameInput, ' ', h('button', { type: 'submit', class: 'button button--secondary' }, 'Bewaar naam', h('span', { class: 'visually-hidden' }, ` van de meting van ${m.dateText}`)))),
        h('td', {}, `${m.progress.done} van ${m.progress.total}`, m.endedEarly ? ' (eerder afgerond)' : ''),
        h('td', { class: 'measurement-actions' },
          h('a', { href: link(`/zelfscan/code?c=${encodeURIComponent(m.code)}`) }, 'Uitslag', h('span', { class: 'visually-hidden' }, ` van ${m.dateText}`)), ' · ',
          h('a', { href: link(`/zelfscan/metingen/${m.id}/pop`) }, m.pop ? 'Ontwikkelplan' : 'Maak ontwikkelplan', h('span', { class: 'visually-hidden' }, ` bij ${m.dateText}`)), ' · ',
          h('button', { type: 'button', class: 'button button--danger button--small', onclick: () => {
            if (!window.confirm(`De meting van ${m.dateText} verwijderen? Dit kun je niet ongedaan maken.`)) return;
            deleteMeasurement(core, m.id);
            announce('De meting is verwijderd.');
            rerender();
          } }, 'Verwijderen', h('span', { class: 'visually-hidden' }, ` de meting van ${m.dateText}`))));
    }))), 'Tabel: je metingen');
}

function trendSection(core, fwId, list) {
  const trend = core.historyTrend(list, fwId);
  const labels = trend.measurements.map((m) => (m.name ? `${m.name}` : shortDate(m)));
  const holder = h('div', { class: 'trend-holder' });
  const select = h('select', { id: `trend-${fwId}` },
    h('option', { value: '' }, 'Per domein'),
    trend.domains.map((d) => h('option', { value: d.id }, `Competenties van ${d.code}. ${d.title}`)));
  const draw = () => {
    const domain = select.value;
    const series = domain
      ? trend.competences.filter((c) => c.domain === domain)
      : trend.domains.map((d) => ({ ...d, title: `${d.code}. ${d.title}` }));
    const rows = [];
    for (const d of trend.domains) {
      rows.push({ title: `${d.code}. ${d.title}`, scores: d.scores, domain: true });
      for (const c of trend.competences.filter((x) => x.domain === d.id)) rows.push({ title: c.title, scores: c.scores });
    }
    replace(holder, trendChart(series, labels, `Je scores over tijd: ${domain ? select.selectedOptions[0].textContent.toLowerCase() : 'per domein'}`),
      trendTable(rows, labels, `${trend.title}: score per domein en competentie, per meting`));
  };
  select.addEventListener('change', draw);
  draw();
  return [h('div', { class: 'field' }, h('label', { for: `trend-${fwId}` }, 'Toon in de grafiek'), select), holder];
}

function compareForm(core, fwId, list) {
  const output = h('div', { class: 'comparison-output' });
  const error = h('p', { class: 'field-error', role: 'alert' });
  const option = (m, selected) => h('option', { value: m.id, selected }, m.name ? `${m.dateText} (${m.name})` : m.dateText);
  const first = h('select', { id: `cmp-a-${fwId}` }, list.map((m, i) => option(m, i === 0)));
  const second = h('select', { id: `cmp-b-${fwId}` }, list.map((m, i) => option(m, i === list.length - 1)));
  const run = (e) => {
    e.preventDefault();
    const a = list.find((m) => m.id === first.value);
    const b = list.find((m) => m.id === second.value);
    if (a.id === b.id) { error.textContent = 'Kies twee verschillende metingen.'; replace(output); return; }
    error.textContent = '';
    const result = core.compare({ code: a.code }, { code: b.code });
    replace(output, comparisonView(result, `Vergelijking: ${a.dateText} en ${b.dateText}`));
    output.querySelector('#comparison-title').focus();
  };
  return h('form', { class: 'compare-two', onsubmit: run },
    h('div', { class: 'field' }, h('label', { for: `cmp-a-${fwId}` }, 'Eerdere meting'), first),
    h('div', { class: 'field' }, h('label', { for: `cmp-b-${fwId}` }, 'Latere meting'), second),
    h('button', { type: 'submit', class: 'button' }, 'Vergelijk'), error, output);
}

export async function historyPage() {
  const core = await coreWithContent();
  const read = readHistory(core);
  const { frameworks } = core.frameworks();
  const status = h('p', { class: 'import-status', role: 'status' });
  const fileInput = h('input', { id: 'history-file', type: 'file', accept: '.json,application/json' });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files[0];
    if (!file) return;
    if (file.size > 4000000) { status.textContent = 'Dit bestand is te groot voor een overzicht van metingen.'; return; }
    try {
      const merged = importHistory(core, await file.text());
      sessionStorage.setItem('samenwijs-import-status', `${merged.added === 1 ? '1 meting' : `${merged.added} metingen`} toegevoegd, ${merged.alreadyThere} stond${merged.alreadyThere === 1 ? '' : 'en'} er al.${merged.problem ? ` ${merged.problem}` : ''}`);
      rerender();
    } catch (e) {
      status.textContent = e.message;
    }
  });
  const imported = sessionStorage.getItem('samenwijs-import-status');
  if (imported) { status.textContent = imported; sessionStorage.removeItem('samenwijs-import-status'); }

  const perFramework = frameworks.map((fw) => ({ fw, list: read.measurements.filter((m) => m.framework === fw.id) })).filter((x) => x.list.length);
  return {
    title: 'Mijn metingen',
    node: [
      breadcrumbs([['Zelfscan', '/zelfscan'], ['Mijn metingen', '/zelfscan/metingen']]),
      h('h1', { tabindex: '-1' }, 'Mijn metingen'),
      h('p', { class: 'lead' }, 'Elke zelfscan die je afmaakt, wordt hier bewaard met de datum. Zo zie je hoe je groeit. Alles blijft op dit apparaat; met een bestand neem je het mee naar een ander apparaat.'),
      ...asideNotice(core),
      perFramework.length ? null : h('p', {}, 'Er zijn nog geen metingen op dit apparaat. ', h('a', { href: link('/zelfscan') }, 'Doe een zelfscan'), ' of haal hieronder een bestand met metingen op.'),
      perFramework.map(({ fw, list }) => h('section', { 'aria-labelledby': `h-${fw.id}`, class: 'history-section' },
        h('h2', { id: `h-${fw.id}` }, fw.title),
        measurementList(core, list),
        list.length > 1 ? [h('h3', {}, 'Je scores over tijd'), trendSection(core, fw.id, list),
          h('h3', {}, 'Twee metingen vergelijken'), compareForm(core, fw.id, list)] : null)),
      h('section', { 'aria-labelledby': 'h-file', class: 'no-print' },
        h('h2', { id: 'h-file' }, 'Bewaren als bestand'),
        h('p', {}, 'Download al je metingen (met namen en ontwikkelplannen) als één bestand, of haal zo’n bestand op. Metingen die er al zijn, worden niet dubbel toegevoegd.'),
        h('div', { class: 'toolbar' },
          h('button', { type: 'button', class: 'button', disabled: !read.measurements.length, onclick: () => {
            const file = exportHistory(core);
            download(file.filename, file.text, file.mimeType);
            announce(`Je metingen zijn gedownload als ${file.filename}.`);
          } }, 'Download al je metingen')),
        h('div', { class: 'field' }, h('label', { for: 'history-file' }, 'Metingen ophalen uit een bestand'), fileInput),
        status),
    ],
  };
}

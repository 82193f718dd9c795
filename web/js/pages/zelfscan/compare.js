// Comparing a result with an earlier measurement: from this device's history, a pasted
// code or a result file. The core decides what grew and what fell.
import { announce, h, replace } from '../../dom.js';
import { readHistory } from '../../zelfscan-store.js';
import { fmt } from './chart.js';
import { scrollable } from '../../ui.js';

const DIRECTION = { grew: 'gegroeid', fell: 'gedaald', same: 'ongeveer gelijk', unknown: 'niet te vergelijken' };

export function comparisonView(result, heading = 'Vergelijking met je eerdere meting') {
  const names = (ids) => result.competences.filter((c) => ids.includes(c.id)).map((c) => c.title);
  return h('div', { class: 'comparison' },
    h('h3', { id: 'comparison-title', tabindex: '-1' }, heading),
    h('p', {}, result.grew.length ? `Gegroeid: ${names(result.grew).join(', ')}.` : 'Geen competentie is duidelijk gegroeid.', ' ',
      result.fell.length ? `Gedaald: ${names(result.fell).join(', ')}.` : 'Geen competentie is duidelijk gedaald.'),
    h('p', { class: 'hint' }, `Een verschil van minder dan een half niveau telt als ongeveer gelijk.`),
    scrollable(h('table', { class: 'data-table' },
      h('caption', {}, 'Eerder en nu, per competentie'),
      h('thead', {}, h('tr', {}, ['Competentie', 'Eerder', 'Nu', 'Verschil', 'Beoordeling'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, result.competences.map((c) => h('tr', { class: `change change--${c.direction}` },
        h('th', { scope: 'row' }, c.title), h('td', {}, fmt(c.earlier)), h('td', {}, fmt(c.later)),
        h('td', {}, c.change === null ? '–' : `${c.change > 0 ? '+' : ''}${fmt(c.change)}`), h('td', {}, DIRECTION[c.direction]))))), 'Tabel: eerder en nu'));
}

export function compareSection(core, profile, { measurementId = null } = {}) {
  const output = h('div', { class: 'comparison-output' });
  const error = h('p', { class: 'field-error', id: 'compare-error', role: 'alert' });
  const codeInput = h('input', { id: 'compare-code', type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'compare-error' });
  const fileInput = h('input', { id: 'compare-file', type: 'file', accept: '.json,application/json' });
  const later = { framework: profile.framework, answers: profile.answers };

  const show = (earlier) => {
    try {
      const result = core.compare(earlier, later);
      error.textContent = '';
      replace(output, comparisonView(result));
      // An open comparison is printed with the results; the controls never are.
      section.classList.remove('no-print-controls');
      output.querySelector('#comparison-title').focus();
      announce('De vergelijking staat hieronder.');
    } catch (e) {
      error.textContent = e.message;
      replace(output);
    }
  };

  // Earlier measurements on this device, newest first; never the measurement shown.
  const earlierOnDevice = readHistory(core).measurements
    .filter((e) => e.framework === profile.framework && e.id !== measurementId && e.code !== profile.code).reverse();
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files[0];
    if (!file) return;
    if (file.size > 100000) {
      error.textContent = 'Dit bestand is te groot voor een resultaatbestand van Samenwijs.';
      return;
    }
    try {
      const earlier = core.readResultFile(await file.text(), profile.framework);
      show({ code: earlier.code });
    } catch (e) {
      error.textContent = e.message;
    }
  });

  const section = h('section', { class: 'no-print-controls compare-section', 'aria-labelledby': 'compare-title' },
    h('h2', { id: 'compare-title' }, 'Vergelijken met een eerdere meting'),
    earlierOnDevice.length ? h('p', { class: 'no-print' }, 'Op dit apparaat: ', earlierOnDevice.slice(0, 3).map((e, i) => [i ? ' ' : '',
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => show({ code: e.code }) }, `Vergelijk met ${e.name ? `“${e.name}” (${e.dateText})` : e.dateText}`)])) : null,
    h('form', { class: 'inline-form no-print', onsubmit: (e) => { e.preventDefault(); show({ code: codeInput.value }); } },
      h('div', { class: 'field field--wide' }, h('label', { for: 'compare-code' }, 'Resultaatcode van een eerdere meting'), codeInput),
      h('button', { type: 'submit', class: 'button' }, 'Vergelijk')),
    h('div', { class: 'field no-print' }, h('label', { for: 'compare-file' }, 'Of kies een resultaatbestand'), fileInput),
    error,
    output);
  return section;
}

// Two collectors (#/teamoverzicht/verzamelaar?r=…&v=1|2 and #/teamoverzicht/combineren?r=…):
// each collector adds up only the share codes meant for them and passes on a partial team
// code; one of them (or anyone) combines the two partial codes into the team picture. A
// share alone, and a collector's sum alone, is random: it says nothing about anyone.
import { h, replace } from '../../dom.js';
import { coreWithContent } from '../../loader.js';
import { codesInput, readReport } from './codes-input.js';
import { confirmation, pictureActions, pictureView } from './picture.js';
import { roundHeader } from './round.js';
import { saveShownHistory, shownHistory } from './team-store.js';

export async function collectorPage({ query }) {
  const core = await coreWithContent();
  const collector = query.get('v') === '2' ? 2 : 1;
  const head = roundHeader(core, query.get('r') || '', `Verzamelaar ${collector}`);
  const input = codesInput({ id: 'share-codes', label: `Deelcodes voor verzamelaar ${collector}`, hint: 'Eén per regel, of gescheiden door komma\'s, spaties of tabs. Ze beginnen met IN1-.' });
  const out = h('div', {});
  const formError = h('p', { class: 'field-error', role: 'alert' });
  const copied = confirmation();
  const sum = (e) => {
    e.preventDefault();
    formError.textContent = '';
    try {
      const result = core.collectorSum({ round: head.info.code, collector, text: input.text(), files: input.files() });
      replace(out, ...readReport(result, 'deelcodes'),
        result.partCode ? [
          h('h2', {}, 'Jouw deelcode'),
          h('p', {}, `Opgeteld: ${result.participants} deelcodes. Deze deelcode zegt op zichzelf niets over iemand. Geef hem aan wie de twee deelcodes combineert.`),
          h('div', { class: 'field field--wide' }, h('label', { for: 'part-code' }, `Deelcode van verzamelaar ${collector}`),
            h('textarea', { id: 'part-code', class: 'code-field', readonly: true, rows: '4' }, result.partCode)),
          h('div', { class: 'toolbar' }, h('button', { type: 'button', class: 'button', onclick: async () => {
            try {
              await navigator.clipboard.writeText(result.partCode);
              copied.show('De deelcode is gekopieerd.');
            } catch {
              copied.show('Kopiëren lukte niet vanzelf. Selecteer de code en kopieer hem met Ctrl+C.');
            }
          } }, 'Kopieer deelcode'), copied.el)] : null);
    } catch (err) {
      formError.textContent = err.message;
    }
  };
  return {
    title: `Verzamelaar ${collector} · ${head.name}`,
    node: [...head.node,
      h('form', { class: 'team-form', novalidate: true, onsubmit: sum }, input.node, formError,
        h('button', { type: 'submit', class: 'button' }, 'Tel de deelcodes op')),
      out],
  };
}

export async function combinePage({ query }) {
  const core = await coreWithContent();
  const head = roundHeader(core, query.get('r') || '', 'Deelcodes combineren');
  const parts = [1, 2].map((n) => h('textarea', { id: `part-${n}`, class: 'code-field', rows: '4', spellcheck: 'false' }));
  const formError = h('p', { class: 'field-error', role: 'alert' });
  const picture = h('div', {});
  const combine = (e) => {
    e.preventDefault();
    formError.textContent = '';
    try {
      const result = core.collectorCombine({ parts: parts.map((p) => p.value), history: shownHistory(head.info.code), name: head.name });
      saveShownHistory(head.info.code, result.history);
      replace(picture, pictureView(result.picture, head.name), pictureActions(core, result.teamCode, head.name));
      picture.querySelector('#team-picture-title').focus();
    } catch (err) {
      formError.textContent = err.message;
    }
  };
  return {
    title: `Deelcodes combineren · ${head.name}`,
    node: h('div', { class: 'team-print' }, ...head.node,
      h('form', { class: 'team-form no-print', novalidate: true, onsubmit: combine },
        h('p', {}, 'Plak de deelcode van elke verzamelaar. Samen geven ze het teambeeld, pas vanaf de minimale groepsgrootte.'),
        parts.map((p, i) => h('div', { class: 'field field--wide' }, h('label', { for: p.id }, `Deelcode van verzamelaar ${i + 1}`), p)),
        formError,
        h('button', { type: 'submit', class: 'button' }, 'Combineer en toon het teambeeld')),
      picture),
  };
}

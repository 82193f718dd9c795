// On the zelfscan result page: make a hand-in code for a collection round. The personal
// result code stays the teacher's own; the hand-in code carries only a level per
// competence, is salted with this device's secret and the round, and cannot be opened as
// one person's result. In a round with two collectors it comes as two share codes.
import { h, replace } from '../../dom.js';
import { confirmation } from './picture.js';
import { deviceSalt } from './team-store.js';

function codeBlock(code, label, id) {
  const copied = confirmation();
  return h('div', { class: 'handin-code' },
    h('div', { class: 'field field--wide' }, h('label', { for: id }, label),
      h('textarea', { id, class: 'code-field', readonly: true, rows: code.length > 80 ? '5' : '2' }, code)),
    h('div', { class: 'toolbar no-print' }, h('button', { type: 'button', class: 'button', onclick: async () => {
      try {
        await navigator.clipboard.writeText(code);
        copied.show('De inlevercode is gekopieerd.');
      } catch {
        document.getElementById(id).select();
        copied.show('Kopiëren lukte niet vanzelf. De code is geselecteerd: kopieer hem met Ctrl+C.');
      }
    } }, 'Kopieer code'), copied.el));
}

export function handinSection(core, profile) {
  const roundInput = h('input', { id: 'handin-round', type: 'text', class: 'code-field', spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'handin-hint handin-error' });
  const error = h('p', { class: 'field-error', role: 'alert', id: 'handin-error' });
  const out = h('div', {});
  const make = (e) => {
    e.preventDefault();
    error.textContent = '';
    try {
      const result = core.handin(roundInput.value, profile.answers, deviceSalt());
      if (result.framework !== profile.framework) {
        error.textContent = `Deze ronde is voor “${result.title}”, niet voor deze zelfscan.`;
        return;
      }
      replace(out, h('p', {}, `Voor ronde ${result.code} (${result.title}).`),
        result.codes.length === 1
          ? codeBlock(result.codes[0].code, 'Je inlevercode', 'handin-code')
          : [h('p', {}, 'Deze ronde heeft twee verzamelaars. Geef elke verzamelaar alleen zijn eigen code: elk deel op zich zegt niets over jou.'),
            result.codes.map((c) => codeBlock(c.code, `Code voor verzamelaar ${c.collector}`, `handin-code-${c.collector}`))]);
    } catch (err) {
      error.textContent = err.message;
    }
  };
  return h('section', { 'aria-labelledby': 'handin-title', class: 'no-print' },
    h('h2', { id: 'handin-title' }, 'Inleveren voor het teamoverzicht'),
    h('p', {}, 'Lever nooit je persoonlijke resultaatcode in: die bevat al je antwoorden. Maak met de rondecode van je i-coach een inlevercode. Die bevat alleen je niveau per competentie, is elke ronde anders en kan niet als jouw uitslag worden geopend.'),
    h('form', { novalidate: true, onsubmit: make },
      h('div', { class: 'field' }, h('label', { for: 'handin-round' }, 'Rondecode'),
        h('p', { class: 'hint', id: 'handin-hint' }, 'Begint met RN1-. Je krijgt hem van wie de ronde start.'), roundInput),
      error,
      h('button', { type: 'submit', class: 'button button--secondary' }, 'Maak inlevercode')),
    out);
}

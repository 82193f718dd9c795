// The short scan on the ballot-box device: a colleague without a hand-in code picks one
// level per competence (or "niet van toepassing / weet ik niet"). The core turns the
// answers into team levels and adds them to the running totals (ballotAdd with `scan`);
// this form keeps nothing: after each hand-in it is emptied for the next colleague.
import { h } from '../../dom.js';

function competenceFieldset(competence, index, framework) {
  const name = `short-${competence.id}`;
  const option = (value, labelNodes) => h('div', { class: 'level-option' },
    h('input', { type: 'radio', name, id: `${name}-${value}`, value: String(value) }),
    h('label', { for: `${name}-${value}` }, labelNodes));
  return h('fieldset', { class: 'item short-scan__item' },
    h('legend', {}, h('span', { class: 'item__number' }, `${index}. `), competence.title),
    h('p', { class: 'hint' }, competence.description),
    framework.scale.levels.map((level) => option(level.value, [h('strong', {}, `${level.value}. ${level.label}`)])),
    option(0, h('span', {}, framework.scale.notApplicable)));
}

/**
 * The form. `submit(scan)` gets {competenceId: 0-6} for the answered competences and
 * returns true when the hand-in was counted (then the form is emptied).
 */
export function shortScanForm(framework, submit) {
  const competences = framework.domains.flatMap((d) => d.competences);
  const form = h('form', { class: 'short-scan', novalidate: true, autocomplete: 'off', onsubmit: (e) => {
    e.preventDefault();
    const scan = {};
    for (const c of competences) {
      const checked = form.querySelector(`input[name="short-${c.id}"]:checked`);
      if (checked) scan[c.id] = Number(checked.value);
    }
    if (submit(scan)) form.reset();
  } },
    h('p', {}, 'Kies bij elke competentie het niveau dat nu het best bij je past. Wat de niveaus betekenen:'),
    h('dl', { class: 'level-legend' }, framework.scale.levels.map((l) => [h('dt', {}, `${l.value}. ${l.label}`), h('dd', {}, l.description)])),
    competences.map((c, i) => competenceFieldset(c, i + 1, framework)),
    h('button', { type: 'submit', class: 'button' }, 'Lever de korte scan in'));
  return form;
}

// #/zelfscan/<framework>/stap/<n>: one competence at a time. Every item is a fieldset
// with native radios; every answer is saved on this device at once (checked by the
// store), and answers given in another tab appear here too.
import { announce, h } from '../../dom.js';
import { link } from '../../router.js';
import { coreWithContent } from '../../loader.js';
import { breadcrumbs } from '../../ui.js';
import { onStoredChange } from '../../storage.js';
import { canKeepProgress, progressKey, readState, setAnswer, setStep } from '../../zelfscan-store.js';
import { asideNotices, openSession } from './session.js';

function itemFieldset(item, index, framework, answers, onChange) {
  const current = answers[item.id];
  const name = `a-${item.id}`;
  const option = (value, labelNodes) => h('div', { class: 'level-option' },
    h('input', { type: 'radio', name, id: `${name}-${value}`, value: String(value), checked: current === value,
      onchange: () => onChange(item.id, value) }),
    h('label', { for: `${name}-${value}` }, labelNodes));
  return h('fieldset', { class: 'item', id: `item-${item.id}` },
    h('legend', {}, h('span', { class: 'item__number' }, `${index}. `), item.text),
    framework.scale.levels.map((level, i) => option(level.value, [h('strong', {}, `${level.value}. ${level.label}`), ': ', item.levels[i]])),
    option(0, h('span', {}, framework.scale.notApplicable)));
}

export async function zelfscanStepPage({ params }) {
  const core = await coreWithContent();
  const session = openSession(core, params.framework);
  const { framework, competences } = session;
  const total = competences.length;
  const stepNumber = Math.min(Math.max(parseInt(params.step, 10) || 1, 1), total);
  const competence = competences[stepNumber - 1];
  const itemTotal = framework.itemCount;
  const counter = h('p', { class: 'progress__detail', id: 'answered-count' });
  let state = setStep(core, framework, stepNumber);
  const drawCount = () => { counter.textContent = `${state.progress.done} van ${itemTotal} uitspraken beantwoord`; };
  drawCount();

  let form;
  // Shows what is stored now (answers from another tab included) without redrawing.
  const sync = () => {
    for (const item of competence.items) {
      const want = state.answers[item.id];
      for (const input of form.querySelectorAll(`input[name="a-${item.id}"]`)) input.checked = Number(input.value) === want;
    }
    drawCount();
  };
  const onChange = (itemId, value) => {
    state = setAnswer(core, framework, itemId, value, stepNumber);
    sync();
  };
  let firstItem = 0;
  for (const c of competences.slice(0, stepNumber - 1)) firstItem += c.items.length;

  const last = stepNumber === total;
  form = h('form', { class: 'scan-form', onsubmit: (e) => e.preventDefault() },
    h('p', { class: 'domain-label' }, `Domein ${competence.domain.code}: ${competence.domain.title}`),
    h('h2', {}, competence.title),
    h('p', {}, competence.description),
    h('p', { class: 'hint' }, 'Kies bij elke uitspraak het niveau dat nu het best bij je past. Weet je het niet, of doe je dit niet in je werk? Kies dan de laatste mogelijkheid.'),
    competence.items.map((item, i) => itemFieldset(item, firstItem + i + 1, framework, state.answers, onChange)),
    h('div', { class: 'toolbar step-nav' },
      stepNumber > 1 ? h('a', { class: 'button button--secondary', href: link(`/zelfscan/${framework.id}/stap/${stepNumber - 1}`) }, '← Vorige') : null,
      last
        ? h('a', { class: 'button', href: link(`/zelfscan/${framework.id}/uitslag`) }, 'Bekijk je uitslag →')
        : h('a', { class: 'button', href: link(`/zelfscan/${framework.id}/stap/${stepNumber + 1}`) }, 'Volgende →'),
      h('a', { href: link(`/zelfscan/${framework.id}/uitslag`) }, 'Naar je uitslag tot nu toe')));

  const stop = onStoredChange((key) => {
    if (!form.isConnected) { stop(); return; }
    if (key === null || key === progressKey(framework.id)) {
      state = readState(core, framework);
      sync();
    }
  });
  return {
    title: `${competence.title} · ${framework.title}`,
    node: [
      breadcrumbs([['Zelfscan', '/zelfscan'], [framework.title, `/zelfscan/${framework.id}/stap/${stepNumber}`]]),
      h('h1', { tabindex: '-1' }, framework.title),
      ...asideNotices(core, framework),
      !canKeepProgress() ? h('p', { class: 'notice' }, 'Deze browser staat geen opslag toe: de zelfscan werkt, maar je antwoorden worden niet bewaard als je de pagina sluit.') : null,
      h('div', { class: 'progress' },
        h('label', { for: 'scan-progress' }, `Onderdeel ${stepNumber} van ${total}`),
        h('progress', { id: 'scan-progress', max: String(total), value: String(stepNumber) }, `${stepNumber} van ${total}`),
        counter),
      form,
    ],
    afterRender: () => announce(`Onderdeel ${stepNumber} van ${total}: ${competence.title}`),
  };
}

// #/zelfscan/<framework>/stap/<n>: one competence at a time. Every item is a fieldset
// with native radios; answers are saved on this device after every change.
import { announce, download, h } from '../../dom.js';
import { link, navigate } from '../../router.js';
import { coreWithContent } from '../../loader.js';
import { breadcrumbs } from '../../ui.js';
import { addToHistory, canKeepProgress, clearProgress, saveProgress } from '../../zelfscan-store.js';
import { openSession } from './session.js';

function problemNotice(session, frameworkId) {
  return h('div', { class: 'notice notice--error', role: 'alert' },
    h('h2', {}, 'Je eerdere antwoorden konden niet worden geladen'),
    h('p', {}, session.problem),
    h('p', {}, 'Er is nog niets gewist. Je kunt de oude gegevens bewaren als bestand en daarna opnieuw beginnen.'),
    h('p', {},
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => download(`samenwijs-oude-zelfscan-${frameworkId}.json`, session.raw, 'application/json') }, 'Bewaar de oude gegevens als bestand'), ' ',
      h('button', { type: 'button', class: 'button', onclick: () => {
        clearProgress(frameworkId);
        navigate(`/zelfscan/${frameworkId}/stap/1`);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      } }, 'Opnieuw beginnen')));
}

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
  const { framework, competences, answers } = session;
  const total = competences.length;
  const stepNumber = Math.min(Math.max(parseInt(params.step, 10) || 1, 1), total);
  const competence = competences[stepNumber - 1];
  const itemTotal = framework.itemCount;
  const counter = h('p', { class: 'progress__detail', id: 'answered-count' });
  const drawCount = () => { counter.textContent = `${Object.keys(answers).length} van ${itemTotal} uitspraken beantwoord`; };
  drawCount();

  const save = () => {
    if (session.problem) return; // never overwrite saved data the user has not given up
    saveProgress(framework.id, framework.version, answers, stepNumber);
  };
  const onChange = (itemId, value) => {
    answers[itemId] = value;
    save();
    drawCount();
  };
  let firstItem = 0;
  for (const c of competences.slice(0, stepNumber - 1)) firstItem += c.items.length;

  const last = stepNumber === total;
  const finish = () => {
    const profile = core.profile(framework.id, answers);
    if (!session.problem) addToHistory(framework.id, profile.code);
  };
  if (!session.problem) save();
  return {
    title: `${competence.title} · ${framework.title}`,
    node: [
      breadcrumbs([['Zelfscan', '/zelfscan'], [framework.title, `/zelfscan/${framework.id}/stap/${stepNumber}`]]),
      h('h1', { tabindex: '-1' }, framework.title),
      session.problem ? problemNotice(session, framework.id) : null,
      !canKeepProgress() ? h('p', { class: 'notice' }, 'Deze browser staat geen opslag toe: de zelfscan werkt, maar je antwoorden worden niet bewaard als je de pagina sluit.') : null,
      h('div', { class: 'progress' },
        h('label', { for: 'scan-progress' }, `Onderdeel ${stepNumber} van ${total}`),
        h('progress', { id: 'scan-progress', max: String(total), value: String(stepNumber) }, `${stepNumber} van ${total}`),
        counter),
      h('form', { class: 'scan-form', onsubmit: (e) => e.preventDefault() },
        h('p', { class: 'domain-label' }, `Domein ${competence.domain.code}: ${competence.domain.title}`),
        h('h2', {}, competence.title),
        h('p', {}, competence.description),
        h('p', { class: 'hint' }, 'Kies bij elke uitspraak het niveau dat nu het best bij je past. Weet je het niet, of doe je dit niet in je werk? Kies dan de laatste mogelijkheid.'),
        competence.items.map((item, i) => itemFieldset(item, firstItem + i + 1, framework, answers, onChange)),
        h('div', { class: 'toolbar step-nav' },
          stepNumber > 1 ? h('a', { class: 'button button--secondary', href: link(`/zelfscan/${framework.id}/stap/${stepNumber - 1}`) }, '← Vorige') : null,
          last
            ? h('a', { class: 'button', href: link(`/zelfscan/${framework.id}/uitslag`), onclick: finish }, 'Bekijk je uitslag →')
            : h('a', { class: 'button', href: link(`/zelfscan/${framework.id}/stap/${stepNumber + 1}`) }, 'Volgende →'),
          h('a', { href: link(`/zelfscan/${framework.id}/uitslag`), onclick: finish }, 'Naar je uitslag tot nu toe'))),
    ],
    afterRender: () => announce(`Onderdeel ${stepNumber} van ${total}: ${competence.title}`),
  };
}

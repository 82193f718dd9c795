// #/netwerkcheck/soort: which kind of learning network fits the goal and the people
// who take part. The core scores the kinds and gives its reasons.
import { h, replace } from '../../dom.js';
import { link } from '../../router.js';
import { coreWithContent } from '../../loader.js';
import { breadcrumbs } from '../../ui.js';
import { loadState, saveState } from './store.js';

const FOCUS = {
  individual: 'Jouw doelen gaan vooral over de ontwikkeling van de deelnemers zelf (individuele ontwikkeling).',
  school: 'Jouw doelen gaan vooral over de ontwikkeling van de school of het onderwijs (schoolontwikkeling).',
  both: 'Jouw doelen gaan zowel over de ontwikkeling van de deelnemers als over die van de school.',
};
const FIT = { good: 'Past goed', possible: 'Past misschien', weak: 'Past minder' };
const DIMENSION = { thema: 'Thema', functie: 'Functie', looptijd: 'Looptijd', regio: 'Regio' };

export async function kindPage() {
  const core = await coreWithContent();
  const { kinds } = core.network();
  const saved = loadState('soort').value || {};
  const result = h('section', { 'aria-live': 'polite' });
  const checkboxes = (name, items, chosen) => items.map((item) => h('div', { class: 'choice' },
    h('input', { type: 'checkbox', name, id: `${name}-${item.id}`, value: item.id, checked: Array.isArray(chosen) && chosen.includes(item.id) }),
    h('label', { for: `${name}-${item.id}` }, item.label)));

  const form = h('form', { class: 'kind-form' },
    h('fieldset', { class: 'choice-group' }, h('legend', {}, '1. Wat wil je met het netwerk bereiken?'), checkboxes('doel', kinds.goals, saved.goals)),
    h('fieldset', { class: 'choice-group' }, h('legend', {}, '2. Wie doen er mee?'), checkboxes('deelnemers', kinds.participants, saved.participants)),
    h('button', { type: 'submit', class: 'button' }, 'Laat zien welk netwerk past'));

  const formById = new Map(kinds.forms.map((f) => [f.id, f]));
  const formsSection = h('section', { 'aria-labelledby': 'forms-title' });
  function drawForms(formAdvice) {
    replace(formsSection,
      h('h2', { id: 'forms-title' }, 'Welke vorm past?'),
      h('p', {}, 'Naast de soort kies je per kenmerk een vorm. Die leg je vast in het netwerkplan.'),
      Object.keys(DIMENSION).map((d) => {
        const advice = formAdvice && formAdvice.find((a) => a.dimension === d);
        const options = advice ? advice.options : kinds.forms.filter((f) => f.dimension === d).map((f) => ({ form: f.id, title: f.title, reasons: [] }));
        return h('div', { class: 'form-dimension' }, h('h3', {}, DIMENSION[d]),
          h('ul', {}, options.map((o) => h('li', {},
            h('strong', {}, `${o.title}: `),
            advice && advice.recommended === o.form ? h('span', { class: 'status-badge status-badge--ok' }, 'Past het best') : null, ' ',
            formById.get(o.form).description,
            o.reasons.length ? h('ul', {}, o.reasons.map((r) => h('li', {}, r))) : null))),
          advice && !advice.recommended ? h('p', { class: 'hint' }, 'Op grond van je keuzes passen deze vormen even goed. Kies wat het best bij jullie situatie past.') : null);
      }));
  }

  function show(focusResult) {
    const goals = [...form.querySelectorAll('input[name="doel"]:checked')].map((i) => i.value);
    const participants = [...form.querySelectorAll('input[name="deelnemers"]:checked')].map((i) => i.value);
    saveState('soort', { goals, participants });
    const advice = core.networkAdvice(goals, participants);
    const ranked = advice.advice;
    replace(result,
      h('h2', { id: 'kind-result', tabindex: '-1' }, 'Advies'),
      advice.focus ? h('p', { class: 'callout' }, FOCUS[advice.focus]) : h('p', {}, 'Kies een of meer doelen voor een advies.'),
      h('ol', { class: 'advice-list' }, ranked.map((a) => h('li', { class: `advice advice--${a.fit}` },
        h('h3', {}, a.title, ' ', h('span', { class: 'level-tag' }, FIT[a.fit])),
        h('p', {}, a.description),
        a.reasons.length ? h('ul', {}, a.reasons.map((r) => h('li', {}, r))) : h('p', { class: 'hint' }, 'Geen overeenkomst met je keuzes.'),
        a.fit !== 'weak' ? h('p', {}, h('a', { href: link(`/netwerkcheck/plan?soort=${a.kind}`) }, `Maak een netwerkplan voor een ${a.title.toLowerCase()}`)) : null))));
    drawForms(advice.forms);
    if (focusResult) result.querySelector('h2').focus();
  }
  form.addEventListener('submit', (e) => { e.preventDefault(); show(true); });
  drawForms(null);
  if (saved.goals && saved.goals.length) show(false);

  return {
    title: 'Welk netwerk past? · Netwerkcheck',
    node: [
      breadcrumbs([['Netwerkcheck', '/netwerkcheck'], ['Welk netwerk past?', '/netwerkcheck/soort']]),
      h('h1', { tabindex: '-1' }, 'Welk netwerk past?'),
      h('p', { class: 'lead' }, 'Er zijn verschillende soorten leernetwerken. Welke past, hangt af van wat je wilt bereiken en wie er meedoen.'),
      form,
      result,
      formsSection,
    ],
  };
}

// #/waar-begin-ik: a short guided start. Asks the role and what is on the person's mind,
// and shows a first set of conversation starters chosen by the core.
import { announce, h, replace } from '../../dom.js';
import { link } from '../../router.js';
import { coreWithContent } from '../../loader.js';
import { addItem, loadAgenda } from '../../agenda-store.js';
import { pageTitle } from '../../ui.js';
import { agendaLink, guidePath, lookupMaps, topicBlock } from './components.js';

// The board is addressed with "u", everyone else with "je" (the guide's register).
const GROUP_TITLE = {
  rol: (role, register) => `Voor ${register === 'u' ? 'u' : 'jou'} als ${role.toLowerCase()}`,
  leraar: () => 'Vanuit de vragen van leraren',
  onderwerpen: () => 'Uit de onderwerpen: lerende organisatie, leernetwerken en generatieve AI',
};
const TOOL = { netwerkcheck: ['/netwerkcheck', 'Doe de netwerkcheck'], zelfscan: ['/zelfscan', 'Doe een zelfscan'],
  teamoverzicht: ['/teamoverzicht', 'Naar het teamoverzicht'], begrippen: ['/begrippen', 'Bekijk de begrippen'] };
const DEFAULT_COUNT = 8;

/** "Zie ook": the guides and tools the chosen concerns point to (the network concern: Leernetwerken and the network check). */
function pointerBlock(pointers) {
  const items = [
    ...pointers.guides.map((g) => h('li', {}, h('a', { href: link(guidePath(g.id)) }, `Gespreksstarters: ${g.title}`))),
    ...pointers.tools.filter((t) => TOOL[t]).map((t) => h('li', {}, h('a', { href: link(TOOL[t][0]) }, TOOL[t][1]))),
  ];
  if (!items.length) return null;
  return h('section', { class: 'suggestion-pointers', 'aria-labelledby': 'start-pointers-title' },
    h('h3', { id: 'start-pointers-title' }, 'Zie ook'), h('ul', {}, items));
}

export async function startPage({ query }) {
  const core = await coreWithContent();
  loadAgenda(core);
  const start = core.guidedStart();
  const overview = core.overview();
  const maps = lookupMaps(overview, overview.sources);
  const chosenRole = query.get('rol') || '';
  const chosenConcerns = (query.get('zorg') || '').split(',').filter(Boolean);
  const chosenCount = Math.min(40, Math.max(1, Number.parseInt(query.get('aantal'), 10) || DEFAULT_COUNT));
  const results = h('div', { id: 'start-results' });

  const roleField = h('fieldset', { class: 'choice-group' },
    h('legend', {}, '1. Wat is je rol?'),
    start.roles.map((r) => h('div', { class: 'choice' },
      h('input', { type: 'radio', name: 'rol', id: `rol-${r.guide}`, value: r.guide, checked: r.guide === chosenRole, required: true }),
      h('label', { for: `rol-${r.guide}` }, r.label))));
  const concernField = h('fieldset', { class: 'choice-group' },
    h('legend', {}, '2. Wat houdt je nu bezig? Kies er één of meer.'),
    start.concerns.map((c) => h('div', { class: 'choice' },
      h('input', { type: 'checkbox', name: 'zorg', id: `zorg-${c.id}`, value: c.id, checked: chosenConcerns.includes(c.id) }),
      h('label', { for: `zorg-${c.id}` }, c.label))));
  const countField = h('div', { class: 'field' },
    h('label', { for: 'start-aantal' }, '3. Hoeveel vragen wil je in één keer op je agenda zetten?'),
    h('input', { type: 'number', id: 'start-aantal', name: 'aantal', min: '1', max: '40', value: String(chosenCount), inputmode: 'numeric' }));
  const error = h('p', { class: 'field-error', id: 'start-error', role: 'alert' });

  function show(role, concerns, count, moveFocus) {
    const answer = core.suggest(role, concerns, count);
    const roleLabel = start.roles.find((r) => r.guide === role).label;
    const register = core.guide(role).register;
    const topics = answer.groups.flatMap((g) => g.topics);
    const heading = h('h2', { id: 'start-results-title', tabindex: '-1' }, `Een eerste set gespreksstarters (${topics.length} onderwerpen)`);
    const picked = new Set(answer.agenda);
    replace(results,
      heading,
      h('p', {}, `Lees ze door en zet de vragen die je wilt bespreken op je agenda. De knop zet de ${answer.agenda.length} belangrijkste vragen erop, altijd met vragen van leraren.`),
      h('div', { class: 'toolbar' },
        h('button', { type: 'button', class: 'button', id: 'start-add-picked', onclick: () => {
          for (const id of answer.agenda) addItem(id);
          document.querySelectorAll('#start-results .agenda-toggle').forEach((b) => {
            if (!picked.has(b.dataset.agendaId)) return;
            b.setAttribute('aria-pressed', 'true'); b.firstChild.textContent = '✓ ';
          });
          announce(`De ${answer.agenda.length} belangrijkste vragen staan op je agenda.`);
        } }, `Zet de ${answer.agenda.length} belangrijkste vragen op mijn agenda`),
        agendaLink()),
      pointerBlock(answer.pointers),
      answer.groups.map((g) => h('section', { class: 'suggestion-group' },
        h('h3', {}, GROUP_TITLE[g.key](roleLabel, register)),
        g.topics.map((t) => h('div', { class: 'suggestion' },
          h('p', { class: 'hit__context' }, h('a', { href: link(guidePath(t.guide, t.topic || t.id)) }, `${t.guideTitle} › ${t.mainQuestionTitle}`)),
          topicBlock(t, { guideId: t.guide, ...maps, headingLevel: 4 }))))));
    if (moveFocus) heading.focus();
  }

  const form = h('form', { class: 'start-form', novalidate: true, onsubmit: (e) => {
    e.preventDefault();
    const role = form.querySelector('input[name="rol"]:checked')?.value;
    const concerns = [...form.querySelectorAll('input[name="zorg"]:checked')].map((i) => i.value);
    if (!role) {
      error.textContent = 'Kies eerst je rol.';
      form.querySelector('input[name="rol"]').focus();
      return;
    }
    const count = Math.min(40, Math.max(1, Number.parseInt(form.querySelector('#start-aantal').value, 10) || DEFAULT_COUNT));
    error.textContent = '';
    history.replaceState(null, '', `#/waar-begin-ik?rol=${role}${concerns.length ? `&zorg=${concerns.join(',')}` : ''}${count !== DEFAULT_COUNT ? `&aantal=${count}` : ''}`);
    show(role, concerns, count, true);
  } }, h('p', {}, start.intro), roleField, concernField, countField, error,
  h('button', { type: 'submit', class: 'button' }, 'Laat gespreksstarters zien'));

  if (chosenRole && start.roles.some((r) => r.guide === chosenRole)) show(chosenRole, chosenConcerns.filter((c) => start.concerns.some((s) => s.id === c)), chosenCount, false);
  return {
    title: 'Waar begin ik?',
    node: [...pageTitle('Waar begin ik?', 'Twee vragen, en je hebt een eerste set gespreksstarters voor je overleg.'), form, results],
  };
}

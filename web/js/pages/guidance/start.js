// #/waar-begin-ik: a short guided start. Asks the role and what is on the person's mind,
// and shows a first set of conversation starters chosen by the core.
import { announce, h, replace } from '../../dom.js';
import { link } from '../../router.js';
import { coreWithContent } from '../../loader.js';
import { addItem, loadAgenda } from '../../agenda-store.js';
import { pageTitle } from '../../ui.js';
import { agendaLink, guidePath, lookupMaps, topicBlock } from './components.js';

const GROUP_TITLE = {
  rol: (role) => `Voor jou als ${role.toLowerCase()}`,
  leraar: () => 'Vanuit de vragen van leraren',
  onderwerpen: () => 'Over de lerende organisatie en leernetwerken',
};

export async function startPage({ query }) {
  const core = await coreWithContent();
  loadAgenda(core);
  const start = core.guidedStart();
  const overview = core.overview();
  const maps = lookupMaps(overview, overview.sources);
  const chosenRole = query.get('rol') || '';
  const chosenConcerns = (query.get('zorg') || '').split(',').filter(Boolean);
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
  const error = h('p', { class: 'field-error', id: 'start-error', role: 'alert' });

  function show(role, concerns, moveFocus) {
    const answer = core.suggest(role, concerns);
    const roleLabel = start.roles.find((r) => r.guide === role).label;
    const topics = answer.groups.flatMap((g) => g.topics);
    const heading = h('h2', { id: 'start-results-title', tabindex: '-1' }, `Een eerste set gespreksstarters (${topics.length} onderwerpen)`);
    replace(results,
      heading,
      h('p', {}, 'Lees ze door, zet de vragen die je wilt bespreken op je agenda, of zet ze in één keer allemaal erop.'),
      h('div', { class: 'toolbar' },
        h('button', { type: 'button', class: 'button', onclick: () => {
          for (const t of topics) for (const q of t.questions) addItem(q.id);
          document.querySelectorAll('#start-results .agenda-toggle').forEach((b) => { b.setAttribute('aria-pressed', 'true'); b.firstChild.textContent = '✓ '; });
          announce(`Alle ${topics.reduce((n, t) => n + t.questions.length, 0)} vragen staan op je agenda.`);
        } }, 'Zet alle vragen op mijn agenda'),
        agendaLink()),
      answer.groups.map((g) => h('section', { class: 'suggestion-group' },
        h('h3', {}, GROUP_TITLE[g.key](roleLabel)),
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
    error.textContent = '';
    history.replaceState(null, '', `#/waar-begin-ik?rol=${role}${concerns.length ? `&zorg=${concerns.join(',')}` : ''}`);
    show(role, concerns, true);
  } }, h('p', {}, start.intro), roleField, concernField, error,
  h('button', { type: 'submit', class: 'button' }, 'Laat gespreksstarters zien'));

  if (chosenRole && start.roles.some((r) => r.guide === chosenRole)) show(chosenRole, chosenConcerns.filter((c) => start.concerns.some((s) => s.id === c)), false);
  return {
    title: 'Waar begin ik?',
    node: [...pageTitle('Waar begin ik?', 'Twee vragen, en je hebt een eerste set gespreksstarters voor je overleg.'), form, results],
  };
}

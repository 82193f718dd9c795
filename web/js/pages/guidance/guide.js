// One key figure or subject: its role, and its main questions with topics, discussion
// questions and reading tips. #/gespreksstarters/<guide>/<item> opens at an item.
import { h } from '../../dom.js';
import { link } from '../../router.js';
import { coreWithContent } from '../../loader.js';
import { loadAgenda } from '../../agenda-store.js';
import { breadcrumbs, citation } from '../../ui.js';
import { agendaLink, agendaToggle, guidePath, lookupMaps, readingTips, topicBlock } from './components.js';

function mainQuestionSection(mq, guide, maps) {
  const theme = maps.themeById.get(mq.theme);
  return h('section', { class: 'main-question later', id: `item-${mq.id}`, 'aria-labelledby': `title-${mq.id}` },
    h('h2', { id: `title-${mq.id}` }, h('span', { class: 'number' }, `Hoofdvraag ${mq.number}`), ' ', mq.title),
    h('p', { class: 'theme-label' }, 'Thema: ', h('a', { href: link(`/gespreksstarters?thema=${mq.theme}`) }, theme ? theme.title : mq.theme)),
    h('p', { class: 'main-question__question' }, h('strong', {}, mq.question), ' ', agendaToggle(mq.id, 'hoofdvraag')),
    h('p', {}, mq.intro),
    citation(mq.source, maps.sourcesById),
    mq.topics.map((t) => topicBlock(t, { guideId: guide.id, ...maps })),
    readingTips(mq.readingTips, maps.sourcesById),
    h('p', { class: 'item-links' }, h('a', { href: link(guidePath(guide.id, mq.id)) }, 'Link naar deze hoofdvraag',
      h('span', { class: 'visually-hidden' }, `: ${mq.title}`))));
}

function contents(guide, maps) {
  const byTheme = new Map();
  for (const mq of guide.mainQuestions) {
    if (!byTheme.has(mq.theme)) byTheme.set(mq.theme, []);
    byTheme.get(mq.theme).push(mq);
  }
  return h('nav', { class: 'toc', 'aria-labelledby': 'toc-title' },
    h('h2', { id: 'toc-title' }, 'Inhoud'),
    [...byTheme].map(([theme, mqs]) => h('div', { class: 'toc__group' },
      h('h3', {}, maps.themeById.get(theme)?.title || theme),
      h('ul', {}, mqs.map((mq) => h('li', {}, h('a', { href: link(guidePath(guide.id, mq.id)) }, `${mq.number}. ${mq.title}`)))))));
}

export async function guidePage({ params }) {
  const core = await coreWithContent();
  loadAgenda(core);
  const guide = core.guide(params.guide);
  const overview = core.overview();
  const maps = { ...lookupMaps(overview, overview.sources), termsByTopic: core.glossaryLinks(guide.id).topics };
  let focus = null;
  if (params.item) {
    const where = core.lookup(params.item);
    if (where.guide !== guide.id) throw new Error('Dit onderdeel hoort bij andere gespreksstarters.');
    focus = `item-${params.item}`;
  }
  const teacherFirst = guide.id === 'leraar'
    ? h('p', { class: 'callout' }, 'De vragen van leraren zijn altijd het startpunt. Begin hier, en kijk daarna ook bij de andere rollen.')
    : h('p', { class: 'callout' }, 'De vragen van leraren zijn altijd het startpunt. ',
      h('a', { href: link(guidePath('leraar')) }, 'Bekijk ook de gespreksstarters voor de leraar'), '.');
  return {
    title: `${guide.title} · Gespreksstarters`,
    focus,
    node: [
      breadcrumbs([['Gespreksstarters', '/gespreksstarters'], [guide.title, guidePath(guide.id)]]),
      h('h1', { tabindex: '-1' }, guide.kind === 'figure' ? `Gespreksstarters voor de ${guide.title.toLowerCase()}` : guide.title),
      h('p', { class: 'lead' }, guide.summary),
      h('div', { class: 'toolbar no-print' }, agendaLink(), h('a', { class: 'button button--secondary', href: link('/waar-begin-ik') }, 'Waar begin ik?')),
      teacherFirst,
      h('section', { class: 'role', 'aria-labelledby': 'role-title' },
        h('h2', { id: 'role-title' }, guide.kind === 'figure' ? 'Wat deze rol bijdraagt' : 'Waar het over gaat'),
        guide.role.map((p) => h('p', {}, p)),
        guide.sources.map((s) => citation(s, maps.sourcesById))),
      contents(guide, maps),
      guide.mainQuestions.map((mq) => mainQuestionSection(mq, guide, maps)),
    ],
  };
}

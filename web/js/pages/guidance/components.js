// Pieces the conversation-starter pages share.
import { announce, h, replace } from '../../dom.js';
import { link } from '../../router.js';
import { agendaCount, hasItem, onAgendaChange, toggleItem } from '../../agenda-store.js';
import { citation, externalLink } from '../../ui.js';

export const guidePath = (guideId, itemId) => `/gespreksstarters/${guideId}${itemId ? `/${itemId}` : ''}`;

/** A toggle that puts a question on the meeting agenda or takes it off. */
export function agendaToggle(id, what = 'vraag') {
  const button = h('button', { type: 'button', class: 'agenda-toggle', 'data-agenda-id': id, 'aria-pressed': String(hasItem(id)) });
  const draw = () => {
    const on = hasItem(id);
    button.setAttribute('aria-pressed', String(on));
    replace(button, h('span', { 'aria-hidden': 'true' }, on ? '✓ ' : '+ '), 'Op agenda',
      h('span', { class: 'visually-hidden' }, ` (${what})`));
  };
  draw();
  button.addEventListener('click', () => {
    const on = toggleItem(id);
    draw();
    const n = agendaCount();
    announce(on ? `Toegevoegd aan je gesprek. Er staan nu ${n} ${n === 1 ? 'vraag' : 'vragen'} op de agenda.`
      : `Van de agenda gehaald. Er staan nu ${n} ${n === 1 ? 'vraag' : 'vragen'} op de agenda.`);
  });
  return button;
}

/** "Mijn gesprek (n)": a link to the agenda that keeps its count up to date. */
export function agendaLink() {
  const count = h('span', { class: 'count' }, String(agendaCount()));
  const a = h('a', { href: link('/gesprek'), class: 'button button--secondary' }, 'Mijn gesprek ', count,
    h('span', { class: 'visually-hidden' }, ' vragen'));
  const stop = onAgendaChange(() => {
    if (!a.isConnected) { stop(); return; }
    count.textContent = String(agendaCount());
  });
  return a;
}

export function policyBadges(ids, policyById) {
  if (!ids.length) return null;
  return h('ul', { class: 'badges', 'aria-label': 'Beleidsthema\'s' },
    ids.map((id) => h('li', { class: `badge badge--${id}` }, policyById.get(id)?.title || id)));
}

/** "Begrippen: TPACK, ..." — links to the glossary for the jargon a topic uses. */
function topicTerms(terms) {
  if (!terms || !terms.length) return null;
  return h('p', { class: 'topic-terms' }, 'Begrippen: ',
    terms.map((t, i) => [i ? ', ' : '', h('a', { href: link(`/begrippen?begrip=${t.id}`) }, t.term,
      h('span', { class: 'visually-hidden' }, ' (uitleg)'))]));
}

export function topicBlock(topic, { guideId, policyById, sourcesById, termsByTopic, headingLevel = 3, highlight }) {
  const heading = `h${headingLevel}`;
  return h('section', { class: 'topic', id: `item-${topic.id}`, 'aria-labelledby': `title-${topic.id}` },
    h(heading, { id: `title-${topic.id}`, class: 'topic__title' }, h('span', { class: 'number' }, topic.number), ' ', topic.title),
    policyBadges(topic.policyThemes, policyById),
    h('p', {}, highlight ? highlight(topic.text) : topic.text),
    topicTerms(termsByTopic && termsByTopic[topic.id]),
    h('p', { class: 'questions-label' }, 'Gespreksvragen'),
    h('ol', { class: 'questions' }, topic.questions.map((q) =>
      h('li', { id: `item-${q.id}`, class: 'question' },
        h('span', { class: 'question__text' }, q.text), ' ', agendaToggle(q.id)))),
    h('p', { class: 'item-links' },
      h('a', { href: link(guidePath(guideId, topic.id)) }, 'Link naar dit onderwerp', h('span', { class: 'visually-hidden' }, `: ${topic.title}`))),
    citation(topic.source, sourcesById));
}

export function readingTips(tips, sourcesById) {
  if (!tips.length) return null;
  return h('div', { class: 'reading-tips' },
    h('p', { class: 'questions-label' }, 'Leestips'),
    h('ul', {}, tips.map((tip) => h('li', { id: `item-${tip.id}` },
      tip.url ? externalLink(tip.url, tip.title) : h('cite', {}, tip.title),
      ` — ${tip.publisher}${tip.year ? `, ${tip.year}` : ''}. `, tip.description,
      !tip.url && tip.where ? h('span', { class: 'tip-where' }, ` Waar te vinden: ${tip.where}`) : null,
      ' ', h('span', { class: 'citation' }, `(bron: ${sourcesById.get(tip.source.source)?.title || tip.source.source})`)))));
}

export function lookupMaps(overview, sources) {
  return {
    themeById: new Map(overview.themes.map((t) => [t.id, t])),
    policyById: new Map(overview.policyThemes.map((t) => [t.id, t])),
    sourcesById: new Map((sources || []).map((s) => [s.id, s])),
  };
}

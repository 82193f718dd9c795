import { h } from '../dom.js';
import { link } from '../router.js';
import { coreWithContent } from '../loader.js';
import { externalLink, pageTitle } from '../ui.js';

function sourceItem(s) {
  return h('li', { class: 'source', id: `bron-${s.id}` },
    h('cite', {}, s.title),
    h('span', {}, ` — ${s.publisher}${s.year ? `, ${s.year}` : ''}`),
    h('p', {}, s.description),
    s.url ? h('p', {}, externalLink(s.url, 'Naar de bron')) : null);
}

function tipItem(tip) {
  return h('li', { class: 'source', id: `tip-${tip.id}` },
    tip.url ? externalLink(tip.url, tip.title) : h('cite', {}, tip.title),
    h('span', {}, ` — ${tip.publisher}${tip.year ? `, ${tip.year}` : ''}`),
    h('p', {}, tip.description),
    h('p', { class: 'used-in' }, 'Genoemd bij: ',
      tip.usedIn.map((u, i) => [i ? ', ' : '', h('a', { href: link(`/gespreksstarters/${u.guide}/${u.mainQuestion}`) }, `${u.guideTitle}: ${u.mainQuestionTitle}`)])));
}

export async function sourcesPage() {
  const core = await coreWithContent();
  const { sources, readingTips } = core.sources();
  const documents = sources.filter((s) => s.kind === 'document');
  const frameworks = sources.filter((s) => s.kind === 'framework');
  return {
    title: 'Bronnen en leestips',
    node: [
      ...pageTitle('Bronnen en leestips', 'De documenten en modellen waarop Samenwijs is gebaseerd, en alle leestips uit de gespreksstarters. Links naar andere websites openen pas als je erop klikt.'),
      h('h2', {}, 'Brondocumenten'),
      h('ul', { class: 'source-list' }, documents.map(sourceItem)),
      h('h2', {}, 'Modellen en kaders'),
      h('ul', { class: 'source-list' }, frameworks.map(sourceItem)),
      h('h2', {}, `Leestips (${readingTips.length})`),
      h('ul', { class: 'source-list' }, readingTips.map(tipItem)),
    ],
  };
}

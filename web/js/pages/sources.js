import { h } from '../dom.js';
import { link } from '../router.js';
import { coreWithContent } from '../loader.js';
import { externalLink, pageTitle } from '../ui.js';

const ORIGIN = { seed: 'Brondocument van Samenwijs', outside: 'Bron van buiten de brondocumenten' };

function sourceItem(s) {
  return h('li', { class: 'source', id: `bron-${s.id}` },
    h('cite', {}, s.title),
    h('span', {}, ` — ${s.publisher}${s.year ? `, ${s.year}` : ''}`),
    s.origin ? h('p', { class: `source-origin source-origin--${s.origin}` }, ORIGIN[s.origin] || s.origin) : null,
    h('p', {}, s.description),
    s.url ? h('p', {}, externalLink(s.url, 'Naar de bron')) : null);
}

function tipItem(tip) {
  return h('li', { class: 'source', id: `tip-${tip.id}` },
    tip.url ? externalLink(tip.url, tip.title) : h('cite', {}, tip.title),
    h('span', {}, ` — ${tip.publisher}${tip.year ? `, ${tip.year}` : ''}`),
    h('p', {}, tip.description),
    !tip.url && tip.where ? h('p', { class: 'tip-where' }, `Waar te vinden: ${tip.where}`) : null,
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
      ...pageTitle('Bronnen en leestips', 'De documenten en modellen waarop Samenwijs is gebaseerd, en alle leestips uit de gespreksstarters. Links naar andere websites openen pas als je erop klikt. Een leestip zonder link zegt waar je hem vindt.'),
      h('h2', {}, 'Brondocumenten'),
      h('ul', { class: 'source-list' }, documents.map(sourceItem)),
      h('h2', {}, 'Modellen en kaders'),
      h('ul', { class: 'source-list' }, frameworks.map(sourceItem)),
      h('h2', {}, `Leestips (${readingTips.length})`),
      h('ul', { class: 'source-list' }, readingTips.map(tipItem)),
    ],
  };
}

// #/begrippen: the glossary. Explains the jargon the guidance uses (TPACK, lesson study,
// evidence-informed, the level names of the self-assessments, ...) in plain words.
import { h } from '../dom.js';
import { coreWithContent } from '../loader.js';
import { citation, pageTitle } from '../ui.js';

export async function glossaryPage({ query } = {}) {
  const core = await coreWithContent();
  const { terms } = core.glossary();
  // The overview's sources: core.sources() would also list every guide's reading tips (issue 15).
  const sourcesById = new Map(core.overview().sources.map((s) => [s.id, s]));
  // #/begrippen?begrip=<id> opens at one term (topics link here).
  const wanted = query && query.get('begrip');
  return {
    title: 'Begrippen',
    focus: wanted && terms.some((t) => t.id === wanted) ? wanted : null,
    node: [
      ...pageTitle('Begrippen', `Wat betekenen de vaktermen in de gespreksstarters en zelfscans? ${terms.length} begrippen in gewone woorden.`),
      h('dl', { class: 'glossary' }, terms.map((t) => [
        h('dt', { id: t.id, tabindex: '-1' }, t.term,
          t.aliases && t.aliases.length ? h('span', { class: 'glossary__aliases' }, ` (ook: ${t.aliases.join(', ')})`) : null),
        h('dd', {}, h('p', {}, t.definition), citation(t.source, sourcesById)),
      ])),
    ],
  };
}

// What each route needs before its page can draw (issue 15): its page group (the script
// pages-<group>.js) and its content parts (web/js/content-parts.js), plus parts worth
// loading once it is drawn. Plain data, so a Node test can check that the parts a route
// names are enough for the calls its page makes (tests/node/content-parts.test.mjs).

const SEARCH_ALL = ['guides', 'frameworks', 'network'];

// The guidance overview: its index, or all content once the link searches or filters.
function overviewParts({ query }) {
  if (query.get('q')) return SEARCH_ALL;
  if (query.get('figuur') || query.get('thema') || query.get('beleid')) return ['guides'];
  return ['guides-index'];
}

// [pattern, group, page function, parts (array, function of the route context, or null
// for a page without the core), parts to load after drawing]
export const LAZY_ROUTES = [
  ['/bronnen', 'info', 'sourcesPage', ['guides']],
  ['/begrippen', 'info', 'glossaryPage', ['guides-index']],
  ['/gespreksstarters', 'guidance', 'overviewPage', overviewParts],
  ['/gespreksstarters/:guide/:item?', 'guidance', 'guidePage', ({ params }) => (params.item ? ['guides'] : [`guide/${params.guide}`])],
  ['/gesprek', 'guidance', 'agendaPage', ['guides']],
  ['/waar-begin-ik', 'guidance', 'startPage', ['guides']],
  ['/zelfscan', 'zelfscan', 'zelfscanStartPage', ['frameworks'], ['guides']],
  ['/zelfscan/code', 'zelfscan', 'zelfscanCodePage', ['frameworks', 'guides']],
  ['/zelfscan/metingen', 'zelfscan', 'historyPage', ['frameworks', 'guides']],
  ['/zelfscan/metingen/:id/pop', 'zelfscan', 'popPage', ['frameworks', 'guides']],
  ['/zelfscan/:framework/stap/:step', 'zelfscan', 'zelfscanStepPage', ['frameworks'], ['guides']],
  ['/zelfscan/:framework/uitslag', 'zelfscan', 'zelfscanResultPage', ['frameworks', 'guides']],
  ['/teamoverzicht', 'team', 'teamPage', ['frameworks'], ['guides']],
  ['/teamoverzicht/ronde', 'team', 'roundPage', ['frameworks', 'guides']],
  ['/teamoverzicht/stembus', 'team', 'ballotPage', ['frameworks', 'guides']],
  ['/teamoverzicht/verzamelaar', 'team', 'collectorPage', ['frameworks', 'guides']],
  ['/teamoverzicht/combineren', 'team', 'combinePage', ['frameworks', 'guides']],
  ['/bestuursoverzicht', 'team', 'boardPage', ['frameworks', 'guides']],
  ['/netwerkcheck', 'network', 'networkOverviewPage', null, ['network']],
  ['/netwerkcheck/gereedheid', 'network', 'readinessPage', ['network']],
  ['/netwerkcheck/soort', 'network', 'kindPage', ['network']],
  ['/netwerkcheck/plan', 'network', 'planPage', ['network']],
  ['/netwerkcheck/kaart', 'network', 'mapPage', ['network']],
];

/** The parts a route's page needs for this context ({ params, query }); null: no core. */
export function partsFor(parts, context) {
  return typeof parts === 'function' ? parts(context) : parts;
}

// Answers the build computed (issue 15): the calls a page's first draw makes whose
// arguments do not depend on the user (the overview, a guide, a framework, the empty
// saved state of a first visit). scripts/build-site.mjs runs them against the real module
// with the full content and writes the answers as answers/<name>.js; a page then draws
// from those (web/js/answers-core.js) and the module loads right after. The answers ARE
// the core's answers: tests/node/static-answers.test.mjs checks each against the module.
// Plain data, no browser code: the build and the Node tests import this file.

/**
 * The answer parts: name -> [[facade method, [arguments as the page passes them]], ...].
 * `guideIds` and `frameworkIds` come from the content (the build reads the bundle).
 */
export function answerCalls({ guideIds, frameworkIds }) {
  const overview = ['overview', []];
  const calls = {
    bronnen: [['sources', []]],
    begrippen: [['glossary', []], overview],
    gespreksstarters: [overview],
    'waar-begin-ik': [['guidedStart', []], overview],
    // A first visit: nothing saved yet, so the saved progress and history are ''.
    zelfscan: [overview, ...frameworkIds.flatMap((id) => [['framework', [id]], ['zelfscanState', [id, '']]]), ['historyRead', ['']]],
    teamoverzicht: [overview],
    bestuursoverzicht: [], // its first draw asks the core nothing
    'netwerkcheck-gereedheid': [['network', []]],
    'netwerkcheck-soort': [['network', []]],
  };
  for (const id of guideIds) calls[`gespreksstarters-${id}`] = [['guide', [id]], overview, ['glossaryLinks', [id]]];
  return calls;
}

const noQuery = (name) => ({ query }) => ([...query.keys()].length ? null : name);

/**
 * Which routes draw first from answers: route pattern (as in route-parts.js) ->
 *   answers:     the answer part's name for this context ({ params, query }), or null
 *                when this visit's first draw needs the module (a search, an opened item);
 *   unlessSaved: storage keys (prefixes) whose presence means a returning user whose
 *                saved data only the module can read: that visit waits for the module.
 * Not here on purpose: the self-assessment's steps and result, the POP, the round,
 * ballot and collector pages (their first draw reads or writes saved answers), and the
 * plan and map pages (their first draw checks saved input).
 */
export const PRERENDERED = {
  '/bronnen': { answers: noQuery('bronnen') },
  '/begrippen': { answers: () => 'begrippen' },
  '/gespreksstarters': { answers: noQuery('gespreksstarters') },
  '/gespreksstarters/:guide/:item?': { answers: ({ params, query }) => (params.item || [...query.keys()].length ? null : `gespreksstarters-${params.guide}`) },
  '/waar-begin-ik': { answers: noQuery('waar-begin-ik') },
  '/zelfscan': { answers: () => 'zelfscan', unlessSaved: ['zelfscan'] },
  '/teamoverzicht': { answers: () => 'teamoverzicht' },
  '/bestuursoverzicht': { answers: () => 'bestuursoverzicht' },
  '/netwerkcheck/gereedheid': { answers: () => 'netwerkcheck-gereedheid', unlessSaved: ['netwerk:gereedheid'] },
  '/netwerkcheck/soort': { answers: () => 'netwerkcheck-soort', unlessSaved: ['netwerk:soort'] },
};

export const answerFile = (name) => `answers/${name}.js`;

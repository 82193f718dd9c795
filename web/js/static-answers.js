// Answers the build computed (issue 15): the calls a page's first draw makes whose
// arguments do not depend on the user (the overview, a guide, a framework, the empty
// saved state of a first visit). scripts/build-site.mjs runs them against the real module
// with the full content and writes the answers as answers/<name>.js; a page then draws
// from those (web/js/answers-core.js) and the module loads right after. The answers ARE
// the core's answers: tests/node/static-answers.test.mjs checks each against the module.
// Plain data, no browser code: the build and the Node tests import this file.

/**
 * The answer parts: name -> [[facade method, [arguments as the page passes them]], ...].
 * `guideIds` and `frameworkIds` come from the content (the build reads the bundle). A part
 * is shared by the routes that make the same calls, so each answer ships once.
 */
export function answerCalls({ guideIds, frameworkIds }) {
  const calls = {
    overview: [['overview', []]],
    // The self-assessment and team start pages list the frameworks only (0.7 KB, not 16).
    frameworks: [['frameworks', []]],
    sources: [['sources', []]],
    glossary: [['glossary', []]],
    'guided-start': [['guidedStart', []]],
    network: [['network', []]],
    // A first visit: nothing saved yet, so the saved progress and history are ''. The start
    // page draws its cards from the frameworks' list: no full framework here.
    zelfscan: [...frameworkIds.map((id) => ['zelfscanState', [id, '']]), ['historyRead', ['']]],
  };
  for (const id of guideIds) calls[`guide-${id}`] = [['guide', [id]], ['glossaryLinks', [id]]];
  return calls;
}

const always = (names) => () => names;
const noQuery = (names) => ({ query }) => ([...query.keys()].length ? null : names);

/**
 * Which routes draw first from answers: route pattern (as in route-parts.js) ->
 *   answers:     the answer parts for this context ({ params, query }), or null when
 *                this visit's first draw needs the module (a search, an opened item);
 *                [] for a page whose first draw asks the core nothing;
 *   unlessSaved: storage keys (prefixes) whose presence means a returning user whose
 *                saved data only the module can read: that visit waits for the module.
 * Not here on purpose: the self-assessment's steps, result, history and POP, the round,
 * ballot and collector pages (their first draw reads or writes saved answers), the agenda,
 * and the plan and map pages (their first draw checks saved input).
 */
export const PRERENDERED = {
  '/bronnen': { answers: noQuery(['sources']) },
  '/begrippen': { answers: always(['glossary', 'overview']) },
  '/gespreksstarters': { answers: noQuery(['overview']) },
  '/gespreksstarters/:guide/:item?': { answers: ({ params, query }) => (params.item || [...query.keys()].length ? null : ['overview', `guide-${params.guide}`]) },
  '/waar-begin-ik': { answers: noQuery(['guided-start', 'overview']) },
  '/zelfscan': { answers: always(['frameworks', 'zelfscan']), unlessSaved: ['zelfscan'] },
  '/teamoverzicht': { answers: always(['frameworks']) },
  '/bestuursoverzicht': { answers: always([]) }, // its first draw asks the core nothing
  '/netwerkcheck/gereedheid': { answers: always(['network']), unlessSaved: ['netwerk:gereedheid'] },
  '/netwerkcheck/soort': { answers: always(['network']), unlessSaved: ['netwerk:soort'] },
};

export const answerFile = (name) => `answers/${name}.js`;

/** The answer parts the build wrote (it writes their names into this text). */
export const ANSWER_PARTS = '__SAMENWIJS_ANSWER_PARTS__'.split(',').filter((n) => n && !n.startsWith('__'));

/**
 * The answer parts a first draw of route `pattern` uses in this context, or null (draw
 * with the module). `available`: the answer parts the build wrote; `savedKeys`: a
 * function returning the storage keys present (without the samenwijs: prefix), called
 * only for a route whose choice depends on them: the first read of storage in a fresh
 * page waits for the browser process (3-38 ms measured on the 2-core machine), and it
 * lies on the first draw's path. Used by the loader and by the early start in <head>
 * (web/js/early-start.js), so both pick the same files.
 */
export function answerNamesFor(pattern, context, { available, savedKeys }) {
  const entry = PRERENDERED[pattern];
  if (!entry) return null;
  const names = entry.answers(context);
  if (!names || !names.every((n) => available.includes(n))) return null;
  const unlessSaved = entry.unlessSaved || [];
  if (!unlessSaved.length) return names;
  const keys = savedKeys();
  const saved = unlessSaved.some((p) => keys.some((key) => key === p || key.startsWith(p)));
  return saved ? null : names;
}

// The route table. The home, about and not-found pages are part of the shell (app.js);
// every other page belongs to a page group (pages-<group>.js, see scripts/build-site.mjs)
// that loads when one of its routes opens, together with the module and the content parts
// the route names (web/js/route-parts.js): all of them download at the same time. A page
// that turns out to need more gets it through the router (content_part_missing).
import { homePage } from './home.js';
import { aboutPage } from './about.js';
import { notFoundPage } from './not-found.js';
import { answersFor, coreWithContent, drawFromAnswers, loadAfterAnswers, loadPageGroup, onFirstInteraction, whenIdle } from '../loader.js';
import { LAZY_ROUTES, partsFor } from '../route-parts.js';

function lazy(pattern, group, name, parts, later) {
  return async (context) => {
    const wanted = partsFor(parts, context);
    // A first visit to a route the build answered (web/js/static-answers.js): the page
    // draws from those answers; the module and the route's content download right after
    // (the content goes into the module when the user starts to interact, see loader.js).
    const answers = answersFor(pattern, context);
    if (answers) {
      const pages = loadPageGroup(group); // loads while the answers load
      pages.catch(() => {}); // awaited in the draw
      try {
        const view = await drawFromAnswers(answers, wanted, async () => (await pages)[name](context));
        setTimeout(() => { loadAfterAnswers(wanted, { later }).catch(() => {}); }, 0);
        return view;
      } catch (error) {
        // An answer part that did not load (a partial deploy): draw with the module instead.
        if (!error || !error.answersMissing) throw error;
      }
    }
    const [pages] = await Promise.all([loadPageGroup(group), wanted ? coreWithContent(wanted) : null]);
    const view = await pages[name](context);
    // What the user will likely need next. A page drawn without the core (the network
    // start page) starts the module when the user starts to interact: its next pages draw
    // from answers anyway, and nothing competes with reading it. A page with the core gets
    // the parts added once the browser is idle.
    if (later && !wanted) onFirstInteraction(() => { loadAfterAnswers(later).catch(() => {}); });
    else if (later) whenIdle(() => { coreWithContent(later).catch(() => {}); });
    return view;
  };
}

export function registerPages(route) {
  route('/', homePage);
  route('/over', aboutPage);
  for (const [pattern, group, name, parts, later] of LAZY_ROUTES) route(pattern, lazy(pattern, group, name, parts, later));
  route('/niet-gevonden', notFoundPage);
}

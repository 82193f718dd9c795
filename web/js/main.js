// Boots the site: routes, the loading state, and a clear message when the module cannot run.
import { append, clear, h } from './dom.js';
import { errorPanel } from './ui.js';
import { currentPath, match, route } from './router.js';
import { registerPages } from './pages/index.js';
import { startUpdates } from './updates.js';
import { earlyFilesArrived } from './early-files.js';

const main = document.getElementById('main');
const statusEl = document.getElementById('status');
let firstRender = true;

// The status region stays in the page (empty when idle) so screen readers hear changes.
function setStatus(kind, message) {
  statusEl.className = `status status--${kind}`;
  statusEl.textContent = message || '';
}

function markCurrentNav(path) {
  for (const a of document.querySelectorAll('.site-nav a')) {
    const target = a.getAttribute('href').slice(1);
    const current = target === '/' ? path === '/' : path === target || path.startsWith(`${target}/`);
    if (current) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

const LOADING_DELAY_MS = 150;

function failureMessage(error) {
  if (error && (error.code === 'unsupported')) return error.message;
  if (error && (error.code === 'load_failed' || error.code === 'content_not_loaded')) {
    return `${error.message} Laad de pagina opnieuw. Lukt het dan nog niet, vraag dan je ict-beheer of alle bestanden van de site aanwezig zijn.`;
  }
  return error && error.message ? error.message : String(error);
}

async function render() {
  const { path, query } = currentPath();
  const found = match(path) || match('/niet-gevonden');
  markCurrentNav(path);
  document.body.classList.remove('nav-open');
  document.getElementById('menu-toggle').setAttribute('aria-expanded', 'false');
  // A visible loading state, only when the page has to wait (for the module or content).
  const loading = setTimeout(() => setStatus('loading', 'Samenwijs wordt geladen…'), LOADING_DELAY_MS);
  let view;
  try {
    view = await found.render({ params: found.params, query });
  } catch (error) {
    view = {
      title: 'Er ging iets mis',
      node: [h('h1', { tabindex: '-1' }, 'Er ging iets mis'), errorPanel('Deze pagina kan nu niet worden getoond', failureMessage(error))],
    };
  }
  clearTimeout(loading);
  // Only the latest navigation may draw (a slow page must not overwrite a newer one).
  if (currentPath().path !== path) return;
  delete document.body.dataset.rendered;
  setStatus('ready', '');
  append(clear(main), [view.node]);
  document.title = `${view.title} · Samenwijs`;
  if (view.afterRender) view.afterRender();
  // Lets tests (and anyone curious) see which route has finished drawing.
  document.body.dataset.rendered = path;
  if (!firstRender || path !== '/') {
    const focusId = view.focus || query.get('focus');
    const target = (focusId && document.getElementById(focusId)) || main.querySelector('h1');
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
      if (focusId) {
        target.scrollIntoView({ block: 'start' });
        target.classList.add('is-target');
      } else {
        window.scrollTo(0, 0);
      }
    }
  }
  firstRender = false;
}

function boot() {
  startUpdates(); // the version check and the service worker (web/js/updates.js)
  document.getElementById('menu-toggle').addEventListener('click', (e) => {
    const open = document.body.classList.toggle('nav-open');
    e.currentTarget.setAttribute('aria-expanded', String(open));
  });
  registerPages(route);
  window.addEventListener('hashchange', render);
  // The first draw waits for the scripts the early start put into the page (issue 15).
  earlyFilesArrived().then(render);
}

boot();

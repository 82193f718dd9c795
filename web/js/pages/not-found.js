import { h } from '../dom.js';
import { currentPath, link } from '../router.js';
import { pageTitle } from '../ui.js';

// The section a broken link was meant for (its first path part), named as in the menu.
function sectionOf(path) {
  const first = `/${(path || '').split('/').filter(Boolean)[0] || ''}`;
  if (first === '/') return null;
  for (const a of document.querySelectorAll('.site-nav a')) {
    if (a.getAttribute('href') === link(first)) return { path: first, label: a.textContent.trim() };
  }
  return null;
}

/** A link that leads nowhere (an unknown route, or an id or code that does not exist). */
export function notFoundPage({ path = currentPath().path, reason = '' } = {}) {
  const section = sectionOf(path);
  return {
    title: 'Pagina niet gevonden',
    node: [
      ...pageTitle('Pagina niet gevonden', 'Deze pagina bestaat niet (meer). Misschien is de link oud of niet helemaal goed overgenomen.'),
      reason ? h('p', { class: 'not-found__reason' }, reason) : null,
      h('ul', { class: 'not-found__links' },
        section ? h('li', {}, h('a', { href: link(section.path) }, `Naar ${section.label}`)) : null,
        h('li', {}, h('a', { href: link('/') }, 'Naar de startpagina'))),
    ],
  };
}

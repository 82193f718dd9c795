import { h } from '../dom.js';
import { link } from '../router.js';
import { pageTitle } from '../ui.js';

export function notFoundPage() {
  return {
    title: 'Pagina niet gevonden',
    node: [
      ...pageTitle('Pagina niet gevonden', 'Deze pagina bestaat niet (meer). Misschien is de link oud of niet helemaal goed overgenomen.'),
      h('p', {}, h('a', { href: link('/') }, 'Naar de startpagina')),
    ],
  };
}

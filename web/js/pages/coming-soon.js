import { h } from '../dom.js';
import { link } from '../router.js';
import { pageTitle } from '../ui.js';
import { CAPABILITIES } from '../capabilities.js';

/** A short page for a capability that is still being built. */
export function comingSoonPage(id) {
  const capability = CAPABILITIES.find((c) => c.id === id);
  return () => ({
    title: capability.title,
    node: [
      ...pageTitle(capability.title, capability.text),
      h('div', { class: 'notice' },
        h('h2', {}, 'In ontwikkeling'),
        h('p', {}, 'Dit onderdeel van Samenwijs wordt nog gebouwd. Kijk intussen bij de andere onderdelen.'),
        h('p', {}, h('a', { href: link('/') }, 'Terug naar de startpagina'))),
    ],
  });
}

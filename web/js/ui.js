// Building blocks shared by the pages.
import { h } from './dom.js';
import { link } from './router.js';

export function errorPanel(title, message) {
  return h('div', { class: 'notice notice--error', role: 'alert' },
    h('h2', {}, title),
    h('p', {}, message),
    h('p', {}, h('button', { type: 'button', class: 'button', onclick: () => location.reload() }, 'Pagina opnieuw laden')));
}

export function pageTitle(text, lead) {
  return [h('h1', { tabindex: '-1' }, text), lead ? h('p', { class: 'lead' }, lead) : null];
}

export function card({ href, title, text, badge }) {
  return h('li', { class: 'card' },
    h('h2', { class: 'card__title' }, h('a', { href }, title)),
    badge ? h('p', { class: 'badge' }, badge) : null,
    h('p', {}, text));
}

export function breadcrumbs(items) {
  return h('nav', { class: 'breadcrumbs', 'aria-label': 'Kruimelpad' },
    h('ol', {}, items.map(([label, path], i) =>
      h('li', {}, i === items.length - 1 ? h('span', { 'aria-current': 'page' }, label) : h('a', { href: link(path) }, label)))));
}

/** External link: opens only on click, in a new tab, marked as leaving the site. */
export function externalLink(url, text) {
  return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'external' },
    text, h('span', { class: 'visually-hidden' }, ' (externe website, opent in nieuw tabblad)'));
}

export function citation(source, sourcesById) {
  const doc = sourcesById && sourcesById.get(source.source);
  const title = doc ? doc.title : source.source;
  return h('p', { class: 'citation' }, 'Bron: ', h('cite', {}, title), doc && doc.publisher ? ` (${doc.publisher}${doc.year ? `, ${doc.year}` : ''})` : '', `, ${source.section}`);
}

/** A wide table in a keyboard-scrollable region, so phones can scroll it sideways. */
export function scrollable(table, label) {
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': label }, table);
}

// The team picture as the core returns it: domain cards, the heatmap (people per level per
// competence, with mean and median, narrow enough for a wide screen without sideways
// scrolling), strengths and shared growth areas; and its actions (print, CSV, copy the team
// code, save on this device), each with a visible confirmation.
import { announce, download, h } from '../../dom.js';
import { link } from '../../router.js';
import { scrollable } from '../../ui.js';
import { fmt } from '../zelfscan/chart.js';
import { saveSet } from './team-store.js';

function heatClass(count, n) {
  if (!n || !count) return 'heat-0';
  return `heat-${Math.min(5, Math.ceil((count / n) * 5))}`;
}

export function heatmap(picture, caption = 'Aantal collega\'s per niveau, per competentie') {
  return [
    h('p', { class: 'heat-legend' }, 'Niveaus: ', picture.levels.map((l, i) => `${i ? ' · ' : ''}${l.value} = ${l.label.toLowerCase()}`).join('')),
    scrollable(h('table', { class: 'data-table heatmap' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Competentie'),
        picture.levels.map((l) => h('th', { scope: 'col', class: 'heat-col' }, h('abbr', { title: l.label }, `Niveau ${l.value}`))),
        h('th', { scope: 'col', class: 'heat-col' }, 'Te weinig antwoorden'),
        h('th', { scope: 'col', class: 'heat-col' }, 'Gemiddelde'), h('th', { scope: 'col', class: 'heat-col' }, 'Mediaan'))),
      h('tbody', {}, picture.competences.map((c) => h('tr', {},
        h('th', { scope: 'row' }, c.title),
        c.counts.map((count) => h('td', { class: `heat ${heatClass(count, c.n)}` }, String(count))),
        h('td', { class: 'num' }, String(c.tooFew)), h('td', { class: 'num' }, fmt(c.mean)), h('td', { class: 'num' }, fmt(c.median)))))),
    'Tabel: teambeeld per competentie'),
  ];
}

export function growthList(picture) {
  return picture.growthAreas.length ? h('ul', { class: 'growth-areas' }, picture.growthAreas.map((g) => h('li', { class: 'growth-area' },
    h('h4', {}, `${g.title} (gemiddeld ${fmt(g.mean)})`),
    h('p', {}, `${Math.round(g.shareAtOrBelow3 * 100)}% zit op niveau 3 of lager.`),
    g.topics.length ? [h('p', { class: 'questions-label' }, 'Gespreksstarters voor een teambijeenkomst'),
      h('ul', {}, g.topics.map((t) => h('li', {}, h('a', { href: link(`/gespreksstarters/${t.guide}/${t.topic}`) }, `${t.number} ${t.title}`), ` (${t.guideTitle})`)))] : null,
    g.networkSuggested ? h('p', {}, 'Veel collega\'s willen hierin groeien. Een leernetwerk kan helpen: ',
      h('a', { href: link('/netwerkcheck') }, 'doe de netwerkcheck'), '.') : null))) : h('p', {}, 'Geen gedeelde groeikansen gevonden.');
}

export function strengthList(picture) {
  return picture.strengths.length ? h('ul', {}, picture.strengths.map((s) => h('li', {}, `${s.title} (gemiddeld ${fmt(s.mean)}). `,
    'Collega\'s die hier sterk in zijn, kunnen anderen op weg helpen.'))) : h('p', {}, 'Nog geen competentie met een gemiddelde van 3,5 of hoger.');
}

export const today = () => new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

/** The picture; `name`: the round's name, shown in the heading and in print. */
export function pictureView(picture, name) {
  return h('div', { class: 'team-print' },
    h('h2', { id: 'team-picture-title', tabindex: '-1' }, `Teambeeld: ${name || picture.title}`),
    h('p', {}, `${picture.title} · ${picture.participants} deelnemers · gemaakt op ${today()}. `,
      'Je ziet alleen aantallen per niveau, vanaf ', String(picture.minGroupSize), ' deelnemers; nooit de uitslag van één persoon.'),
    h('h3', {}, 'Per domein'),
    h('ul', { class: 'domain-summary' }, picture.domains.map((d) => h('li', { class: 'domain-card' },
      h('p', { class: 'domain-card__title' }, `${d.code}. ${d.title}`),
      h('p', { class: 'domain-card__score' }, `gemiddeld ${fmt(d.mean)}`),
      h('p', { class: 'domain-card__meta' }, `mediaan ${fmt(d.median)} · per niveau: ${d.counts.join(' / ')}`)))),
    h('h3', {}, 'Per competentie'),
    heatmap(picture),
    h('h3', {}, 'Sterk in het team'),
    strengthList(picture),
    h('h3', {}, 'Samen groeien: voorstellen voor teamleren'),
    growthList(picture));
}

/** A short visible confirmation beside a button (and for screen readers). */
export function confirmation() {
  const el = h('span', { class: 'confirmation', role: 'status' });
  return {
    el,
    show(text) {
      el.textContent = text;
      announce(text);
    },
  };
}

/** Print, CSV, copy the team code and save it on this device. */
export function pictureActions(core, teamCode, name) {
  const copied = confirmation();
  const saved = confirmation();
  const nameInput = h('input', { id: 'set-name', type: 'text', value: name || '', maxlength: '80' });
  return h('div', { class: 'team-actions no-print' },
    h('h2', {}, 'Teamcode, afdrukken en bewaren'),
    h('p', {}, 'De teamcode bevat alleen de aantallen per niveau, de naam van de ronde en het aantal deelnemers. Geef hem aan je bestuur voor het bestuursoverzicht, of bewaar hem om later te vergelijken.'),
    h('div', { class: 'field field--wide' }, h('label', { for: 'team-code' }, 'Teamcode'),
      h('textarea', { id: 'team-code', class: 'code-field', readonly: true, rows: '3' }, teamCode)),
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', class: 'button', onclick: async () => {
        try {
          await navigator.clipboard.writeText(teamCode);
          copied.show('De teamcode is gekopieerd.');
        } catch {
          document.getElementById('team-code').select();
          copied.show('Kopiëren lukte niet vanzelf. De code is geselecteerd: kopieer hem met Ctrl+C.');
        }
      } }, 'Kopieer teamcode'), copied.el,
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => window.print() }, 'Afdrukken'),
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => {
        const file = core.teamCsv(teamCode);
        download(file.filename, file.text, file.mimeType);
        announce(`De cijfers zijn gedownload als ${file.filename}.`);
      } }, 'Download cijfers (CSV)')),
    h('div', { class: 'field' }, h('label', { for: 'set-name' }, 'Naam om te bewaren'), nameInput),
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => {
        const date = new Date().toISOString().slice(0, 10);
        const ok = saveSet({ code: teamCode, name: nameInput.value.trim() || 'Teambeeld', date });
        saved.show(ok ? `Bewaard op dit apparaat als “${nameInput.value.trim() || 'Teambeeld'}” (${date}). Alleen de aantallen, geen codes van collega's.`
          : 'Bewaren lukte niet: deze browser staat geen opslag toe.');
      } }, 'Bewaar op dit apparaat'), saved.el));
}

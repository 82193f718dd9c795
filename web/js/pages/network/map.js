// #/netwerkkaart: a person's professional network. The core computes strength, character,
// boundary crossing, who knows whom and the whole layout; the page draws what it returns:
// an SVG map on wide screens and in print, a list grouped by circle on narrow screens, and
// the table as the equivalent everywhere.
import { announce, download, h, replace } from '../../dom.js';
import { coreWithContent } from '../../loader.js';
import { breadcrumbs, scrollable } from '../../ui.js';
import { clearState, loadState, saveState } from './store.js';
import { undoArea } from './undo.js';

const STRENGTH = { strong: 'sterk', medium: 'middel', weak: 'zwak' };
const SCALE = ['zelden', 'soms', 'regelmatig', 'vaak', 'heel vaak'];
const INVOLVEMENT = ['nauwelijks', 'een beetje', 'redelijk', 'sterk', 'heel sterk'];

const copy = (map) => ({ version: 2, ties: map.ties.map((t) => ({ ...t })), links: map.links.map((l) => [...l]) });

function mapSvg(analysis) {
  const L = analysis.layout;
  const point = (angle, r) => [L.centerX + r * Math.sin(angle), L.centerY - r * Math.cos(angle)];
  const svg = h('svg:svg', { viewBox: `0 0 ${L.width} ${L.height}`, class: 'network-map', role: 'img', 'aria-labelledby': 'map-title map-desc' },
    h('svg:title', { id: 'map-title' }, 'Je netwerkkaart'),
    h('svg:desc', { id: 'map-desc' }, `Jij staat in het midden. Je ${analysis.reach} contacten staan per kring bij elkaar; hoe dichterbij en dikker de lijn, hoe sterker de band. Dezelfde gegevens staan in de tabel.`));
  // The strength rings and, between the circles, a thin dividing line.
  L.rings.forEach((r) => svg.append(h('svg:circle', { cx: L.centerX, cy: L.centerY, r, class: 'map-ring' })));
  if (L.groups.length > 1) {
    for (const g of L.groups) {
      const [x, y] = point(g.startAngle, L.rings[2] + 25);
      svg.append(h('svg:line', { x1: L.centerX, y1: L.centerY, x2: x, y2: y, class: 'map-divider' }));
    }
  }
  for (const [a, b] of analysis.links) {
    const p = analysis.ties[a];
    const q = analysis.ties[b];
    svg.append(h('svg:line', { x1: p.x, y1: p.y, x2: q.x, y2: q.y, class: 'map-link' }));
  }
  for (const t of analysis.ties) {
    svg.append(h('svg:line', { x1: L.centerX, y1: L.centerY, x2: t.x, y2: t.y, class: `map-tie map-tie--${t.strengthClass}` }));
  }
  for (const g of L.groups) {
    if (g.label) svg.append(h('svg:text', { x: g.labelX, y: g.labelY, 'text-anchor': g.anchor, class: 'map-group-label' }, g.label));
  }
  const r = L.nodeRadius;
  for (const t of analysis.ties) {
    const cls = `map-node ${t.inside ? 'map-node--inside' : 'map-node--outside'}`;
    const shape = t.kind === 'organisation'
      ? h('svg:rect', { x: t.x - r, y: t.y - r, width: 2 * r, height: 2 * r, class: cls })
      : h('svg:circle', { cx: t.x, cy: t.y, r, class: cls });
    svg.append(h('svg:g', { class: 'map-contact' },
      h('svg:title', {}, `${t.name}: ${STRENGTH[t.strengthClass]} (${t.strength} van 25)`),
      shape,
      t.label ? h('svg:text', { x: t.labelX, y: t.labelY, 'text-anchor': t.anchor, class: 'map-label' }, t.label) : null));
  }
  svg.append(h('svg:circle', { cx: L.centerX, cy: L.centerY, r: 22, class: 'map-me' }),
    h('svg:text', { x: L.centerX, y: L.centerY + 6, class: 'map-me-label', 'text-anchor': 'middle' }, 'ik'));
  return h('figure', { class: 'map-figure' }, svg,
    h('figcaption', {}, 'Rondje: persoon. Vierkantje: organisatie. Gevuld: binnen je school. Open: buiten je school. Dikke lijn: sterke band; stippellijn: zwakke band. Dunne grijze lijn: deze twee kennen elkaar. De ringen scheiden sterk, middel en zwak.'));
}

// On a narrow screen the map becomes this list: per circle, strongest first.
function groupedList(analysis) {
  return h('div', { class: 'map-groups' },
    h('p', { class: 'hint' }, 'Op een smal scherm zie je je netwerk als lijst per kring. Op een breder scherm of op papier zie je de kaart.'),
    analysis.layout.groups.map((g) => h('section', { class: 'map-group' },
      h('h3', {}, `${g.label || 'Kring'} (${g.inside ? 'binnen' : 'buiten'} je school)`),
      h('ul', {}, [...g.members].sort((a, b) => analysis.ties[b].strength - analysis.ties[a].strength).map((i) => {
        const t = analysis.ties[i];
        return h('li', {}, h('strong', {}, t.name), ` · ${STRENGTH[t.strengthClass]} (${t.strength})`, t.degree ? ` · kent ${t.degree} van je contacten` : '');
      })))));
}

export async function mapPage() {
  const core = await coreWithContent();
  const { map: reflections } = core.network();
  const saved = loadState('kaart');
  let damaged = saved.damaged;
  let map = { version: 2, ties: [], links: [] };
  if (saved.value) {
    // Maps saved before "who knows whom" existed have no links: they load as they are.
    const candidate = { version: 2, ties: saved.value.ties, links: Array.isArray(saved.value.links) ? saved.value.links : [] };
    try { core.networkMap(candidate); map = candidate; } catch { damaged = true; }
  }
  const undo = undoArea();
  const output = h('div', { class: 'map-output' });
  const listHolder = h('div', { class: 'map-table' });
  const formError = h('p', { class: 'field-error', role: 'alert' });
  const importError = h('p', { class: 'field-error', role: 'alert' });
  const knowsHolder = h('div', {});
  const save = () => { if (!damaged) saveState('kaart', map); };

  const name = h('input', { id: 'tie-name', type: 'text', maxlength: '100', autocomplete: 'off', 'aria-describedby': 'tie-name-hint' });
  const circle = h('input', { id: 'tie-circle', type: 'text', maxlength: '100', list: 'circle-options', autocomplete: 'off' });
  const circleOptions = h('datalist', { id: 'circle-options' });
  const select = (id, labels) => h('select', { id }, labels.map((l, i) => h('option', { value: String(i + 1), selected: i === 0 }, `${i + 1}: ${l}`)));
  const frequency = select('tie-frequency', SCALE);
  const involvement = select('tie-involvement', INVOLVEMENT);
  const radios = (name_, options) => options.map(([value, label], i) => h('span', { class: 'choice choice--inline' },
    h('input', { type: 'radio', name: name_, id: `${name_}-${value}`, value, checked: i === 0 }), h('label', { for: `${name_}-${value}` }, label)));

  function drawKnows() {
    replace(knowsHolder, map.ties.length ? h('details', { class: 'knows' },
      h('summary', {}, 'Wie van je contacten kent deze persoon? (niet verplicht)'),
      h('fieldset', { class: 'choice-group knows__list' }, h('legend', { class: 'visually-hidden' }, 'Kent ook'),
        map.ties.map((t, i) => h('div', { class: 'choice' },
          h('input', { type: 'checkbox', name: 'kent', id: `kent-${i}`, value: String(i) }),
          h('label', { for: `kent-${i}` }, t.name))))) : null);
  }

  function remove(index) {
    const before = copy(map);
    const gone = map.ties[index].name;
    map = core.mapRemove(map, index);
    save();
    draw();
    undo.offer(`${gone} is verwijderd.`, () => { map = before; save(); draw(); });
  }

  function draw() {
    const analysis = core.networkMap(map);
    const knows = (i) => analysis.links.filter(([a, b]) => a === i || b === i).map(([a, b]) => map.ties[a === i ? b : a].name);
    replace(circleOptions, [...new Set(map.ties.map((t) => t.circle).filter(Boolean))].map((c) => h('option', { value: c })));
    drawKnows();
    replace(listHolder, map.ties.length ? scrollable(h('table', { class: 'data-table map-data' },
      h('caption', {}, `Je contacten (${map.ties.length})`),
      h('thead', {}, h('tr', {}, ['Naam', 'Soort', 'Kring', 'Waar', 'Hoe vaak', 'Hoe betrokken', 'Sterkte', 'Kent ook', ''].map((t) => h('th', { scope: 'col' }, t || h('span', { class: 'visually-hidden' }, 'Acties'))))),
      h('tbody', {}, analysis.ties.map((t, i) => h('tr', {},
        h('th', { scope: 'row' }, t.name), h('td', {}, t.kind === 'organisation' ? 'organisatie' : 'persoon'), h('td', {}, t.circle || '–'),
        h('td', {}, t.inside ? 'binnen de school' : 'buiten de school'), h('td', {}, SCALE[t.frequency - 1]), h('td', {}, INVOLVEMENT[t.involvement - 1]),
        h('td', {}, `${t.strength} (${STRENGTH[t.strengthClass]})${t.boundaryCrosser ? ', over de grens' : ''}`),
        h('td', {}, knows(i).join(', ') || '–'),
        h('td', {}, h('button', { type: 'button', class: 'button button--danger button--small', 'aria-label': `${t.name} verwijderen`,
          onclick: () => remove(i) }, 'Verwijderen')))))), 'Tabel: je contacten')
      : h('p', {}, 'Nog geen contacten. Voeg er hierboven een paar toe; vanaf 8 contacten wordt het beeld echt interessant.'));
    if (!map.ties.length) { replace(output); return; }
    replace(output,
      h('h2', { id: 'map-heading' }, 'Jouw netwerk in beeld'),
      mapSvg(analysis),
      groupedList(analysis),
      analysis.characterText ? h('p', { class: 'callout' }, h('strong', {}, `${analysis.characterText.title}. `), analysis.characterText.description) : null,
      h('h3', {}, 'Wat je kaart laat zien'),
      h('dl', { class: 'map-conclusions' }, analysis.conclusions.map((c) => [h('dt', {}, c.title), h('dd', {}, c.text)])),
      h('div', { class: 'map-reflections' },
        h('h3', {}, 'Wat banden over de grens je kunnen bieden'),
        analysis.boundaryCrossers ? h('ul', {}, analysis.offers.map((o) => {
          const b = reflections.boundaryCrossing.find((x) => x.id === o.id);
          return h('li', {}, h('strong', {}, `${o.title}: `), o.names.length ? `${o.names.join(', ')}. ` : 'nog geen band die hier sterk genoeg voor is. ',
            b ? h('span', { class: 'hint' }, `${b.description} Nodig: ${b.needs}`) : null);
        })) : h('p', {}, 'Je hebt nog geen band buiten je school die minstens middelsterk is. Juist zulke banden brengen nieuwe ideeën.'),
        h('h2', {}, 'Om over na te denken'),
        analysis.risks.length ? [h('h3', {}, 'Risico\'s bij dit soort netwerk'), h('ul', {}, analysis.risks.map((r) => h('li', {}, h('strong', {}, `${r.title}: `), r.description)))] : null,
        h('h3', {}, 'Vier kanten van een netwerk'),
        reflections.dimensions.map((d) => h('div', { class: 'reflection' }, h('h4', {}, d.title), h('p', {}, d.description), h('ul', {}, d.questions.map((q) => h('li', {}, q))))),
        h('h3', {}, 'Leren over grenzen heen'),
        h('ul', {}, reflections.boundaryCrossing.map((b) => h('li', {}, h('strong', {}, `${b.title}: `), b.description, ' ', h('em', {}, b.question))))),
      h('p', { class: 'citation' }, 'Bron: Professionele netwerken: een nieuwe kijk op het leren van leraren (Ellen van den Berg, Kennisnetwerk Twente, 2019).'));
  }

  const form = h('form', { class: 'tie-form no-print', onsubmit: (e) => {
    e.preventDefault();
    const tie = { name: name.value.trim(), kind: form.querySelector('input[name="soort"]:checked').value, circle: circle.value.trim(),
      inside: form.querySelector('input[name="waar"]:checked').value === 'binnen', frequency: Number(frequency.value), involvement: Number(involvement.value) };
    const index = map.ties.length;
    const links = [...form.querySelectorAll('input[name="kent"]:checked')].map((c) => [Number(c.value), index]);
    const next = { version: 2, ties: [...map.ties, tie], links: [...map.links, ...links] };
    if (!tie.name) {
      formError.textContent = 'Vul een naam in (bijvoorbeeld initialen of een rol).';
      name.focus();
      return;
    }
    try {
      core.networkMap(next);
    } catch (error) {
      formError.textContent = error.message;
      name.focus();
      return;
    }
    formError.textContent = '';
    map = next;
    save();
    undo.clear();
    // A fresh form for the next contact: nothing carries over from this one.
    form.reset();
    draw();
    announce(`${tie.name} is toegevoegd. Je kaart heeft nu ${map.ties.length} contacten.`);
    name.focus();
  } },
  h('div', { class: 'field' }, h('label', { for: 'tie-name' }, 'Naam'), h('p', { class: 'hint', id: 'tie-name-hint' }, 'Initialen of een rol is genoeg, bijvoorbeeld "collega groep 5" of "PABO".'), name),
  h('fieldset', { class: 'choice-group choice-group--inline' }, h('legend', {}, 'Soort'), radios('soort', [['person', 'Persoon'], ['organisation', 'Organisatie']])),
  h('fieldset', { class: 'choice-group choice-group--inline' }, h('legend', {}, 'Waar?'), radios('waar', [['binnen', 'Binnen mijn school'], ['buiten', 'Buiten mijn school']])),
  h('div', { class: 'field' }, h('label', { for: 'tie-circle' }, 'Kring (bijvoorbeeld eigen team, bestuur, netwerk ict)'), circle, circleOptions),
  h('div', { class: 'field' }, h('label', { for: 'tie-frequency' }, 'Hoe vaak heb je contact?'), frequency),
  h('div', { class: 'field' }, h('label', { for: 'tie-involvement' }, 'Hoe betrokken zijn jullie bij elkaar?'), involvement),
  knowsHolder,
  formError,
  h('button', { type: 'submit', class: 'button' }, 'Voeg toe aan mijn kaart'));

  const fileInput = h('input', { id: 'map-file', type: 'file', accept: '.json,application/json' });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files[0];
    if (!file) return;
    try {
      if (file.size > 500000) throw new Error('Dit bestand is te groot voor een netwerkkaart. Je huidige kaart is niet veranderd.');
      const before = copy(map);
      const imported = core.mapImport(await file.text());
      map = { version: 2, ties: imported.ties, links: imported.links };
      damaged = false;
      importError.textContent = '';
      save();
      draw();
      if (before.ties.length) undo.offer(`De kaart is ingelezen: ${map.ties.length} contacten.`, () => { map = before; save(); draw(); });
      else announce(`De kaart is ingelezen: ${map.ties.length} contacten.`);
    } catch (e) {
      importError.textContent = e.message;
    }
    fileInput.value = '';
  });
  const exportAs = (format) => {
    const file = core.mapExport(map, format);
    download(file.filename, file.text, file.mimeType);
    announce(`De kaart is gedownload als ${file.filename}.`);
  };
  const startOver = () => {
    if (!map.ties.length) return;
    const before = copy(map);
    map = { version: 2, ties: [], links: [] };
    save();
    draw();
    undo.offer('De kaart is leeggemaakt.', () => { map = before; save(); draw(); });
  };

  draw();
  return {
    title: 'Jouw netwerkkaart · Netwerkcheck',
    node: [
      h('div', { class: 'network-map-page' },
        breadcrumbs([['Netwerkcheck', '/netwerkcheck'], ['Jouw netwerkkaart', '/netwerkcheck/kaart']]),
        h('h1', { tabindex: '-1' }, 'Jouw netwerkkaart'),
        h('p', { class: 'lead no-print' }, 'Met wie leer jij over je vak? Zet je contacten op de kaart: mensen en organisaties, binnen en buiten je school. De sterkte van een band is hoe vaak je contact hebt maal hoe betrokken je bij elkaar bent.'),
        h('p', { class: 'privacy-line no-print' }, 'De kaart blijft op dit apparaat. Gebruik gerust initialen of rollen in plaats van namen.'),
        damaged ? h('div', { class: 'notice notice--error', role: 'alert' }, h('p', {}, 'Je eerder opgeslagen kaart kon niet worden gelezen. Ze blijft bewaard tot je opnieuw begint of een kaart inleest.'),
          h('button', { type: 'button', class: 'button button--secondary', onclick: () => { clearState('kaart'); location.reload(); } }, 'Opnieuw beginnen')) : null,
        form,
        undo.node,
        listHolder,
        output,
        h('div', { class: 'toolbar no-print' },
          h('button', { type: 'button', class: 'button', onclick: () => window.print() }, 'Kaart afdrukken'),
          h('button', { type: 'button', class: 'button button--secondary', onclick: () => exportAs('json') }, 'Download als JSON'),
          h('button', { type: 'button', class: 'button button--secondary', onclick: () => exportAs('csv') }, 'Download als CSV'),
          h('button', { type: 'button', class: 'button button--danger', onclick: startOver }, 'Opnieuw beginnen')),
        h('div', { class: 'field no-print' }, h('label', { for: 'map-file' }, 'Een kaart inlezen (JSON)'), fileInput, importError)),
    ],
  };
}

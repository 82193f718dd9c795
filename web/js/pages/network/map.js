// #/netwerkcheck/kaart: a person's professional network. The core computes strength,
// character, boundary crossing and the layout; the page draws it as SVG and as a list.
import { announce, download, h, replace } from '../../dom.js';
import { coreWithContent } from '../../loader.js';
import { breadcrumbs, scrollable } from '../../ui.js';
import { clearState, loadState, saveState } from './store.js';

const CHARACTER = {
  closed: 'Je netwerk is vooral gesloten: de meeste contacten zitten in je eigen school, in weinig kringen. Dat geeft vertrouwen en snelle, bruikbare hulp, maar weinig nieuwe ideeën.',
  open: 'Je netwerk is vooral open: veel contacten buiten je school, in verschillende kringen. Dat brengt nieuwe kennis binnen, maar de banden zijn vaak losser.',
  mixed: 'Je netwerk is gemengd: contacten binnen en buiten je school. Kijk of de sterke banden liggen waar jij ze nodig hebt.',
};
const STRENGTH = { strong: 'sterk', medium: 'middel', weak: 'zwak' };
const SCALE = ['zelden', 'soms', 'regelmatig', 'vaak', 'heel vaak'];
const INVOLVEMENT = ['nauwelijks', 'een beetje', 'redelijk', 'sterk', 'heel sterk'];

function mapSvg(analysis) {
  const size = 420;
  const c = size / 2;
  const scale = (v) => c + v * (c - 40);
  const svg = h('svg:svg', { viewBox: `0 0 ${size} ${size}`, class: 'network-map', role: 'img', 'aria-labelledby': 'map-title map-desc' },
    h('svg:title', { id: 'map-title' }, 'Je netwerkkaart'),
    h('svg:desc', { id: 'map-desc' }, 'Jij staat in het midden. Hoe dichterbij en dikker de lijn, hoe sterker de band. Dezelfde gegevens staan in de tabel.'));
  for (const t of analysis.ties) {
    svg.append(h('svg:line', { x1: c, y1: c, x2: scale(t.x), y2: scale(t.y), class: `map-tie map-tie--${t.strengthClass}` }));
  }
  for (const t of analysis.ties) {
    const x = scale(t.x);
    const y = scale(t.y);
    const shape = t.kind === 'organisation'
      ? h('svg:rect', { x: x - 9, y: y - 9, width: 18, height: 18, class: `map-node ${t.inside ? 'map-node--inside' : 'map-node--outside'}` })
      : h('svg:circle', { cx: x, cy: y, r: 9, class: `map-node ${t.inside ? 'map-node--inside' : 'map-node--outside'}` });
    svg.append(shape, h('svg:text', { x, y: y + 22, class: 'map-label', 'text-anchor': 'middle' }, t.name.length > 18 ? `${t.name.slice(0, 17)}…` : t.name));
  }
  svg.append(h('svg:circle', { cx: c, cy: c, r: 14, class: 'map-me' }), h('svg:text', { x: c, y: c + 4, class: 'map-me-label', 'text-anchor': 'middle' }, 'ik'));
  return h('figure', { class: 'map-figure' }, svg,
    h('figcaption', {}, 'Rondje: persoon. Vierkantje: organisatie. Gevuld: binnen je school. Open: buiten je school.'));
}

export async function mapPage() {
  const core = await coreWithContent();
  const { map: reflections } = core.network();
  const saved = loadState('kaart');
  let damaged = saved.damaged;
  let ties = [];
  if (saved.value) {
    try { core.networkMap(saved.value); ties = saved.value.ties; } catch { damaged = true; }
  }
  const output = h('div', {});
  const listHolder = h('div', {});
  const formError = h('p', { class: 'field-error', role: 'alert' });
  const importError = h('p', { class: 'field-error', role: 'alert' });
  const save = () => { if (!damaged) saveState('kaart', { version: 1, ties }); };

  const name = h('input', { id: 'tie-name', type: 'text', maxlength: '100', autocomplete: 'off', 'aria-describedby': 'tie-name-hint' });
  const circle = h('input', { id: 'tie-circle', type: 'text', maxlength: '100', list: 'circle-options', autocomplete: 'off' });
  const circleOptions = h('datalist', { id: 'circle-options' });
  const select = (id, labels) => h('select', { id }, labels.map((l, i) => h('option', { value: String(i + 1) }, `${i + 1}: ${l}`)));
  const frequency = select('tie-frequency', SCALE);
  const involvement = select('tie-involvement', INVOLVEMENT);
  const radios = (name_, options) => options.map(([value, label], i) => h('span', { class: 'choice choice--inline' },
    h('input', { type: 'radio', name: name_, id: `${name_}-${value}`, value, checked: i === 0 }), h('label', { for: `${name_}-${value}` }, label)));

  function draw() {
    const analysis = core.networkMap({ ties });
    replace(circleOptions, [...new Set(ties.map((t) => t.circle).filter(Boolean))].map((c) => h('option', { value: c })));
    replace(listHolder, ties.length ? scrollable(h('table', { class: 'data-table' },
      h('caption', {}, `Je contacten (${ties.length})`),
      h('thead', {}, h('tr', {}, ['Naam', 'Soort', 'Kring', 'Waar', 'Hoe vaak', 'Hoe betrokken', 'Sterkte', ''].map((t, i) => h('th', { scope: 'col' }, t || h('span', { class: 'visually-hidden' }, 'Acties'))))),
      h('tbody', {}, analysis.ties.map((t, i) => h('tr', {},
        h('th', { scope: 'row' }, t.name), h('td', {}, t.kind === 'organisation' ? 'organisatie' : 'persoon'), h('td', {}, t.circle || '–'),
        h('td', {}, t.inside ? 'binnen de school' : 'buiten de school'), h('td', {}, SCALE[t.frequency - 1]), h('td', {}, INVOLVEMENT[t.involvement - 1]),
        h('td', {}, `${t.strength} (${STRENGTH[t.strengthClass]})${t.boundaryCrosser ? ', over de grens' : ''}`),
        h('td', {}, h('button', { type: 'button', class: 'button button--danger button--small', 'aria-label': `${t.name} verwijderen`,
          onclick: () => { ties.splice(i, 1); save(); draw(); announce(`${t.name} is verwijderd.`); listHolder.querySelector('button')?.focus(); } }, 'Verwijderen')))))), 'Tabel: je contacten')
      : h('p', {}, 'Nog geen contacten. Voeg er hierboven een paar toe; vanaf 8 contacten wordt het beeld echt interessant.'));
    if (!ties.length) { replace(output); return; }
    const risksFor = analysis.risks;
    replace(output,
      h('h2', {}, 'Jouw netwerk in beeld'),
      mapSvg(analysis),
      h('ul', { class: 'totals' },
        h('li', {}, `Reikwijdte: ${analysis.reach} contacten in ${analysis.circles} kringen`),
        h('li', {}, `${analysis.inside} binnen en ${analysis.outside} buiten je school`),
        h('li', {}, `${analysis.strong} sterke, ${analysis.medium} middelsterke en ${analysis.weak} zwakke banden`),
        h('li', {}, `${analysis.boundaryCrossers} banden over de grens van je school van minstens middelsterk`)),
      h('p', { class: 'callout' }, CHARACTER[analysis.character]),
      h('h2', {}, 'Om over na te denken'),
      risksFor.length ? [h('h3', {}, 'Risico\'s bij dit soort netwerk'), h('ul', {}, risksFor.map((r) => h('li', {}, h('strong', {}, `${r.title}: `), r.description)))] : null,
      h('h3', {}, 'Vier kanten van een netwerk'),
      reflections.dimensions.map((d) => h('div', { class: 'reflection' }, h('h4', {}, d.title), h('p', {}, d.description), h('ul', {}, d.questions.map((q) => h('li', {}, q))))),
      h('h3', {}, 'Leren over grenzen heen'),
      h('ul', {}, reflections.boundaryCrossing.map((b) => h('li', {}, h('strong', {}, `${b.title}: `), b.description, ' ', h('em', {}, b.question)))),
      h('p', { class: 'citation' }, 'Bron: Professionele netwerken: een nieuwe kijk op het leren van leraren (Ellen van den Berg, Kennisnetwerk Twente, 2019).'));
  }

  const form = h('form', { class: 'tie-form', onsubmit: (e) => {
    e.preventDefault();
    const tie = { name: name.value.trim(), kind: form.querySelector('input[name="soort"]:checked').value, circle: circle.value.trim(),
      inside: form.querySelector('input[name="waar"]:checked').value === 'binnen', frequency: Number(frequency.value), involvement: Number(involvement.value) };
    try {
      core.networkMap({ ties: [...ties, tie] });
    } catch (error) {
      formError.textContent = error.message.includes('naam') || !tie.name ? 'Vul een naam in (bijvoorbeeld initialen of een rol).' : error.message;
      name.focus();
      return;
    }
    formError.textContent = '';
    ties.push(tie);
    save();
    draw();
    announce(`${tie.name} is toegevoegd. Je kaart heeft nu ${ties.length} contacten.`);
    name.value = '';
    name.focus();
  } },
  h('div', { class: 'field' }, h('label', { for: 'tie-name' }, 'Naam'), h('p', { class: 'hint', id: 'tie-name-hint' }, 'Initialen of een rol is genoeg, bijvoorbeeld "collega groep 5" of "PABO".'), name),
  h('fieldset', { class: 'choice-group choice-group--inline' }, h('legend', {}, 'Soort'), radios('soort', [['person', 'Persoon'], ['organisation', 'Organisatie']])),
  h('fieldset', { class: 'choice-group choice-group--inline' }, h('legend', {}, 'Waar?'), radios('waar', [['binnen', 'Binnen mijn school'], ['buiten', 'Buiten mijn school']])),
  h('div', { class: 'field' }, h('label', { for: 'tie-circle' }, 'Kring (bijvoorbeeld eigen team, bestuur, netwerk ict)'), circle, circleOptions),
  h('div', { class: 'field' }, h('label', { for: 'tie-frequency' }, 'Hoe vaak heb je contact?'), frequency),
  h('div', { class: 'field' }, h('label', { for: 'tie-involvement' }, 'Hoe betrokken zijn jullie bij elkaar?'), involvement),
  formError,
  h('button', { type: 'submit', class: 'button' }, 'Voeg toe aan mijn kaart'));

  const fileInput = h('input', { id: 'map-file', type: 'file', accept: '.json,application/json' });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files[0];
    if (!file) return;
    try {
      if (file.size > 500000) throw new Error('Dit bestand is te groot voor een netwerkkaart. Je huidige kaart is niet veranderd.');
      ties = core.mapImport(await file.text()).ties;
      damaged = false;
      importError.textContent = '';
      save();
      draw();
      announce(`De kaart is ingelezen: ${ties.length} contacten.`);
    } catch (e) {
      importError.textContent = e.message;
    }
    fileInput.value = '';
  });
  const exportAs = (format) => {
    const file = core.mapExport({ ties }, format);
    download(file.filename, file.text, file.mimeType);
    announce(`De kaart is gedownload als ${file.filename}.`);
  };

  draw();
  return {
    title: 'Jouw netwerkkaart · Netwerkcheck',
    node: [
      breadcrumbs([['Netwerkcheck', '/netwerkcheck'], ['Jouw netwerkkaart', '/netwerkcheck/kaart']]),
      h('h1', { tabindex: '-1' }, 'Jouw netwerkkaart'),
      h('p', { class: 'lead' }, 'Met wie leer jij over je vak? Zet je contacten op de kaart: mensen en organisaties, binnen en buiten je school. De sterkte van een band is hoe vaak je contact hebt maal hoe betrokken je bij elkaar bent.'),
      h('p', { class: 'privacy-line' }, 'De kaart blijft op dit apparaat. Gebruik gerust initialen of rollen in plaats van namen.'),
      damaged ? h('div', { class: 'notice notice--error', role: 'alert' }, h('p', {}, 'Je eerder opgeslagen kaart kon niet worden gelezen. Ze blijft bewaard tot je opnieuw begint of een kaart inleest.'),
        h('button', { type: 'button', class: 'button button--secondary', onclick: () => { clearState('kaart'); location.reload(); } }, 'Opnieuw beginnen')) : null,
      form,
      listHolder,
      output,
      h('div', { class: 'toolbar no-print' },
        h('button', { type: 'button', class: 'button', onclick: () => window.print() }, 'Afdrukken'),
        h('button', { type: 'button', class: 'button button--secondary', onclick: () => exportAs('json') }, 'Download als JSON'),
        h('button', { type: 'button', class: 'button button--secondary', onclick: () => exportAs('csv') }, 'Download als CSV')),
      h('div', { class: 'field no-print' }, h('label', { for: 'map-file' }, 'Een kaart inlezen (JSON)'), fileInput, importError),
    ],
  };
}

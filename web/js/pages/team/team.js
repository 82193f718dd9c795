// #/teamoverzicht: an anonymous team picture from result codes that colleagues chose to
// hand in. All decoding, the minimum group size and the figures come from the core.
import { announce, download, h, replace } from '../../dom.js';
import { link } from '../../router.js';
import { coreWithContent } from '../../loader.js';
import { pageTitle, scrollable } from '../../ui.js';
import { loadText, remove, saveText } from '../../storage.js';
import { fmt } from '../zelfscan/chart.js';

const SAVED_KEY = 'team';
const MAX_FILE_BYTES = 5 * 1024 * 1024;

function heatClass(count, n) {
  if (!n || !count) return 'heat-0';
  return `heat-${Math.min(5, Math.ceil((count / n) * 5))}`;
}

function heatmap(team) {
  return scrollable(h('table', { class: 'data-table heatmap' },
    h('caption', {}, 'Aantal collega\'s per niveau, per competentie'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Competentie'),
      team.levels.map((l) => h('th', { scope: 'col' }, `${l.value}. ${l.label}`)),
      h('th', { scope: 'col' }, 'Te weinig antwoorden'), h('th', { scope: 'col' }, 'Gemiddelde'), h('th', { scope: 'col' }, 'Mediaan'))),
    h('tbody', {}, team.competences.map((c) => h('tr', {},
      h('th', { scope: 'row' }, c.title),
      c.counts.map((count) => h('td', { class: `heat ${heatClass(count, c.n)}` }, String(count))),
      h('td', {}, String(c.tooFew)), h('td', {}, fmt(c.mean)), h('td', {}, fmt(c.median)))))), 'Tabel: teambeeld per competentie');
}

function pictureView(team) {
  return [
    h('h2', { id: 'team-picture-title', tabindex: '-1' }, `Teambeeld: ${team.title}`),
    h('p', {}, `Gebaseerd op ${team.accepted} resultaatcodes. Je ziet alleen aantallen per niveau, nooit de uitslag van één persoon.`),
    h('h3', {}, 'Per domein'),
    h('ul', { class: 'domain-summary' }, team.domains.map((d) => h('li', { class: 'domain-card' },
      h('p', { class: 'domain-card__title' }, `${d.code}. ${d.title}`),
      h('p', { class: 'domain-card__score' }, `gemiddeld ${fmt(d.mean)}`),
      h('p', { class: 'domain-card__meta' }, `mediaan ${fmt(d.median)} · per niveau: ${d.counts.join(' / ')}`)))),
    h('h3', {}, 'Per competentie'),
    heatmap(team),
    h('h3', {}, 'Sterk in het team'),
    team.strengths.length ? h('ul', {}, team.strengths.map((s) => h('li', {}, `${s.title} (gemiddeld ${fmt(s.mean)}). `,
      'Collega\'s die hier sterk in zijn, kunnen anderen op weg helpen.'))) : h('p', {}, 'Nog geen competentie met een teamgemiddelde van 3,5 of hoger.'),
    h('h3', {}, 'Samen groeien: voorstellen voor teamleren'),
    team.growthAreas.length ? h('ul', { class: 'growth-areas' }, team.growthAreas.map((g) => h('li', { class: 'growth-area' },
      h('h4', {}, `${g.title} (gemiddeld ${fmt(g.mean)})`),
      h('p', {}, `${Math.round(g.shareAtOrBelow3 * 100)}% van het team zit op niveau 3 of lager.`),
      g.topics.length ? [h('p', { class: 'questions-label' }, 'Gespreksstarters voor een teambijeenkomst'),
        h('ul', {}, g.topics.map((t) => h('li', {}, h('a', { href: link(`/gespreksstarters/${t.guide}/${t.topic}`) }, `${t.number} ${t.title}`), ` (${t.guideTitle})`)))] : null,
      g.networkSuggested ? h('p', {}, 'Veel collega\'s willen hierin groeien. Een leernetwerk kan helpen: ',
        h('a', { href: link('/netwerkcheck') }, 'doe de netwerkcheck'), '.') : null))) : h('p', {}, 'Geen gedeelde groeikansen gevonden.'),
  ];
}

export async function teamPage() {
  const core = await coreWithContent();
  const { frameworks } = core.overview();
  const files = [];
  const textArea = h('textarea', { id: 'team-codes', rows: '8', spellcheck: 'false', 'aria-describedby': 'team-codes-hint' });
  const minInput = h('input', { id: 'team-min', type: 'number', min: '3', step: '1', value: '5', inputmode: 'numeric' });
  const fileInput = h('input', { id: 'team-files', type: 'file', multiple: true, accept: '.json,.txt,application/json,text/plain' });
  const fileList = h('ul', { class: 'file-list', 'aria-live': 'polite' });
  const report = h('div', { class: 'team-report' });
  const picture = h('div', { class: 'team-picture' });
  const earlierArea = h('textarea', { id: 'team-earlier', rows: '5', spellcheck: 'false' });
  const compareOut = h('div', {});
  const formError = h('p', { class: 'field-error', role: 'alert' });
  let lastRequest = null;

  const request = () => ({ text: textArea.value, files: files.map((f) => ({ name: f.name, text: f.text })), minGroupSize: Number(minInput.value) });

  async function addFiles(list) {
    for (const file of list) {
      if (file.size > MAX_FILE_BYTES) {
        formError.textContent = `${file.name} is te groot (meer dan 5 MB) en is overgeslagen.`;
        continue;
      }
      const text = await file.text();
      if (/\.txt$/i.test(file.name)) textArea.value += `${textArea.value && !textArea.value.endsWith('\n') ? '\n' : ''}${text}`;
      else files.push({ name: file.name, text });
    }
    replace(fileList, ...files.map((f) => h('li', {}, f.name)));
    announce(`${files.length} bestand(en) klaar om samen te voegen.`);
  }

  function build() {
    formError.textContent = '';
    let team;
    try {
      team = core.team(request());
    } catch (e) {
      formError.textContent = e.message;
      minInput.focus();
      return;
    }
    lastRequest = request();
    replace(report,
      h('h2', {}, 'Wat is er ingelezen?'),
      h('p', { role: 'status' }, `${team.accepted} ${team.accepted === 1 ? 'code' : 'codes'} gebruikt`, team.duplicates ? `, ${team.duplicates} dubbel (één keer geteld)` : '',
        team.rejectedCount ? `, ${team.rejectedCount} afgewezen` : '', '.'),
      team.rejected.length ? h('details', { open: team.rejected.length <= 10 },
        h('summary', {}, `Afgewezen (${team.rejectedCount})`),
        h('ul', {}, team.rejected.map((r) => h('li', {}, h('strong', {}, `${r.label}: `), r.reason)))) : null);
    if (!team.shown) {
      lastRequest = null;
      replace(picture, h('div', { class: 'notice', role: 'status' }, h('h2', {}, 'Nog geen teambeeld'), h('p', {}, team.message)));
      actions.hidden = true;
      announce(team.message);
      return;
    }
    replace(picture, ...pictureView(team));
    actions.hidden = false;
    picture.querySelector('#team-picture-title').focus();
  }

  const actions = h('div', { class: 'toolbar no-print', hidden: true },
    h('button', { type: 'button', class: 'button', onclick: () => window.print() }, 'Afdrukken'),
    h('button', { type: 'button', class: 'button button--secondary', onclick: () => {
      if (!lastRequest) return;
      const file = core.teamCsv(lastRequest);
      download(file.filename, file.text, file.mimeType);
      announce(`De cijfers zijn gedownload als ${file.filename}.`);
    } }, 'Download cijfers (CSV)'),
    h('button', { type: 'button', class: 'button button--secondary', onclick: () => {
      if (!lastRequest) return;
      const ok = saveText(SAVED_KEY, JSON.stringify(lastRequest));
      announce(ok ? 'De teamset is op dit apparaat bewaard.' : 'Bewaren lukte niet: deze browser staat geen opslag toe.');
    } }, 'Bewaar deze teamset op dit apparaat'));

  const drop = h('div', { class: 'drop-zone', id: 'drop-zone' },
    h('p', {}, 'Sleep resultaatbestanden (.json) of lijsten met codes (.txt) hierheen, of kies ze:'),
    h('div', { class: 'field' }, h('label', { for: 'team-files' }, 'Kies bestanden'), fileInput), fileList);
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('is-over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('is-over'); addFiles([...e.dataTransfer.files]); });
  fileInput.addEventListener('change', () => addFiles([...fileInput.files]));

  const saved = loadText(SAVED_KEY);
  const restore = () => {
    try {
      const value = JSON.parse(saved);
      textArea.value = typeof value.text === 'string' ? value.text : '';
      files.splice(0, files.length, ...(Array.isArray(value.files) ? value.files.filter((f) => f && typeof f.name === 'string' && typeof f.text === 'string') : []));
      replace(fileList, ...files.map((f) => h('li', {}, f.name)));
      if (Number.isInteger(value.minGroupSize)) minInput.value = String(value.minGroupSize);
      build();
    } catch {
      formError.textContent = 'De bewaarde teamset is beschadigd en kan niet worden gelezen. Er is niets gewist.';
    }
  };

  const compare = () => {
    try {
      const result = core.teamCompare({ text: earlierArea.value, minGroupSize: Number(minInput.value) }, request());
      replace(compareOut, scrollable(h('table', { class: 'data-table' },
        h('caption', {}, `Eerder (${result.earlierCount} codes) en nu (${result.laterCount} codes)`),
        h('thead', {}, h('tr', {}, ['Competentie', 'Eerder', 'Nu', 'Verschil'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, result.competences.map((c) => h('tr', {}, h('th', { scope: 'row' }, c.title), h('td', {}, fmt(c.earlier)),
          h('td', {}, fmt(c.later)), h('td', {}, c.change === null ? '–' : `${c.change > 0 ? '+' : ''}${fmt(c.change)}`))))), 'Tabel: vergelijking van teamsets'));
      announce('De vergelijking staat hieronder.');
    } catch (e) {
      replace(compareOut, h('p', { class: 'field-error', role: 'alert' }, e.message));
    }
  };

  return {
    title: 'Teamoverzicht',
    node: [
      ...pageTitle('Teamoverzicht', 'Voeg de resultaatcodes samen die collega\'s zelf hebben ingeleverd. Je ziet wat het team al goed kan en waar jullie samen kunnen groeien.'),
      h('div', { class: 'privacy-line' },
        h('p', {}, h('strong', {}, 'Anoniem en alleen in deze browser. '), 'Codes bevatten geen namen. Een teambeeld verschijnt pas vanaf 5 codes, en je ziet alleen aantallen per niveau, nooit de uitslag van één persoon. Er wordt niets bewaard, tenzij je de teamset zelf bewaart.')),
      saved ? h('p', { class: 'notice no-print' }, 'Er is een bewaarde teamset op dit apparaat. ',
        h('button', { type: 'button', class: 'button button--secondary', onclick: restore }, 'Open de bewaarde teamset'), ' ',
        h('button', { type: 'button', class: 'button button--danger', onclick: (e) => { remove(SAVED_KEY); e.target.closest('p').remove(); announce('De bewaarde teamset is gewist.'); } }, 'Wis de bewaarde teamset')) : null,
      h('form', { class: 'team-form no-print', novalidate: true, onsubmit: (e) => { e.preventDefault(); build(); } },
        h('div', { class: 'field field--wide' },
          h('label', { for: 'team-codes' }, 'Resultaatcodes, één per regel'),
          h('p', { id: 'team-codes-hint', class: 'hint' }, `Een code begint met SW1-. Zelfscans: ${frameworks.map((f) => f.title).join(' of ')}.`),
          textArea),
        drop,
        h('div', { class: 'field' },
          h('label', { for: 'team-min' }, 'Minimale groepsgrootte'),
          h('p', { class: 'hint', id: 'team-min-hint' }, 'Standaard 5. Je mag het hoger zetten, niet lager dan 3.'), minInput),
        formError,
        h('button', { type: 'submit', class: 'button' }, 'Maak teambeeld')),
      report,
      picture,
      actions,
      h('section', { class: 'no-print', 'aria-labelledby': 'team-compare-title' },
        h('h2', { id: 'team-compare-title' }, 'Vergelijk met een eerdere teamset'),
        h('p', {}, 'Bijvoorbeeld het najaar met het voorjaar. Plak hier de codes van de eerdere meting; de codes hierboven gelden als de nieuwe.'),
        h('div', { class: 'field field--wide' }, h('label', { for: 'team-earlier' }, 'Codes van de eerdere teamset'), earlierArea),
        h('button', { type: 'button', class: 'button button--secondary', onclick: compare }, 'Vergelijk'),
        compareOut),
    ],
  };
}

// #/bestuursoverzicht: a board pastes or drops the team codes of its schools and sees every
// school with at least the minimum beside the board total, with the same heatmap,
// strengths and shared growth areas; CSV and print. Schools below the minimum are listed
// as such and left out of the total (the core decides).
import { announce, download, h, replace } from '../../dom.js';
import { coreWithContent } from '../../loader.js';
import { pageTitle, scrollable } from '../../ui.js';
import { fmt } from '../zelfscan/chart.js';
import { codesInput, readReport } from './codes-input.js';
import { growthList, heatmap, strengthList, today } from './picture.js';
import { minimumProblem } from './team.js';

function schoolsTable(result) {
  const p = result.picture;
  const shown = result.schools.filter((s) => s.shown);
  const rows = p.competences.map((c, i) => h('tr', {}, h('th', { scope: 'row' }, c.title), h('td', { class: 'num board-total' }, fmt(c.mean)),
    shown.map((s) => h('td', { class: 'num' }, fmt(s.means[i])))));
  return scrollable(h('table', { class: 'data-table board-table' },
    h('caption', {}, 'Gemiddelde per competentie: het bestuur en elke school'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Competentie'), h('th', { scope: 'col' }, `Bestuur (${p.participants})`),
      shown.map((s) => h('th', { scope: 'col' }, `${s.name} (${s.participants})`)))),
    h('tbody', {}, rows)), 'Tabel: scholen naast het bestuurstotaal');
}

export async function boardPage() {
  const core = await coreWithContent();
  const input = codesInput({ id: 'board-codes', label: 'Teamcodes van uw scholen', hint: 'Eén per regel, of gescheiden door komma\'s of spaties. Een teamcode begint met TM1-.' });
  const minInput = h('input', { id: 'board-min', type: 'text', inputmode: 'numeric', value: '5', 'aria-describedby': 'board-min-hint board-error' });
  const formError = h('p', { class: 'field-error', role: 'alert', id: 'board-error' });
  const out = h('div', {});
  let lastRequest = null;

  const build = (e) => {
    e.preventDefault();
    formError.textContent = '';
    const problem = minimumProblem(minInput.value);
    if (problem) {
      formError.textContent = `Minimale groepsgrootte: ${problem}`;
      minInput.focus();
      return;
    }
    let result;
    try {
      lastRequest = { text: input.text(), files: input.files(), minGroupSize: Number(minInput.value) };
      result = core.board(lastRequest);
    } catch (err) {
      formError.textContent = err.message;
      return;
    }
    const list = h('ul', { class: 'school-list' }, result.schools.map((s) => h('li', {},
      h('strong', {}, s.name), s.roundName && s.roundName !== s.name ? ` (${s.roundName})` : '',
      s.shown ? `: ${s.participants} deelnemers` : h('span', { class: 'tag tag--warn' }, ` ${s.reason}`))));
    if (!result.shown) {
      replace(out, h('div', { class: 'no-print' }, ...readReport(result, 'teamcodes')), list,
        h('div', { class: 'notice', role: 'status' }, h('p', {}, result.message)));
      announce(result.message);
      return;
    }
    const p = result.picture;
    replace(out, h('div', { class: 'no-print' }, ...readReport(result, 'teamcodes')),
      h('div', { class: 'team-print' },
        h('h2', { id: 'board-title', tabindex: '-1' }, `Bestuursoverzicht: ${p.title}`),
        h('p', {}, `${result.schools.filter((s) => s.shown).length} scholen, ${p.participants} deelnemers · gemaakt op ${today()}. Alleen scholen met minstens ${result.minGroupSize} deelnemers tellen mee.`),
        h('h3', {}, 'Scholen'), list,
        h('h3', {}, 'Scholen naast het bestuurstotaal'), schoolsTable(result),
        h('h3', {}, 'Bestuurstotaal per niveau'), heatmap(p, 'Aantal deelnemers per niveau, per competentie, voor het hele bestuur'),
        h('h3', {}, 'Sterk bij het bestuur'), strengthList(p),
        h('h3', {}, 'Gedeelde groeikansen'), growthList(p)),
      h('div', { class: 'toolbar no-print' },
        h('button', { type: 'button', class: 'button', onclick: () => window.print() }, 'Afdrukken'),
        h('button', { type: 'button', class: 'button button--secondary', onclick: () => {
          const file = core.boardCsv(lastRequest);
          download(file.filename, file.text, file.mimeType);
          announce(`De cijfers zijn gedownload als ${file.filename}.`);
        } }, 'Download cijfers (CSV)')));
    out.querySelector('#board-title').focus();
  };

  return {
    title: 'Bestuursoverzicht',
    node: h('div', { class: 'team-print' },
      ...pageTitle('Bestuursoverzicht', 'Combineer de teamcodes van uw scholen tot één overzicht van het bestuur. Een teamcode bevat alleen aantallen per niveau, geen gegevens van personen.'),
      h('form', { class: 'team-form no-print', novalidate: true, onsubmit: build },
        input.node,
        h('div', { class: 'field' }, h('label', { for: 'board-min' }, 'Minimale groepsgrootte per school'),
          h('p', { class: 'hint', id: 'board-min-hint' }, 'Een heel getal van 5 tot 10000. Scholen met minder deelnemers worden niet getoond en tellen niet mee in het totaal.'), minInput),
        formError,
        h('button', { type: 'submit', class: 'button' }, 'Maak bestuursoverzicht')),
      out),
  };
}

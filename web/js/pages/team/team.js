// #/teamoverzicht: the i-coach's start page. Start a collection round (a short round code
// to share), open the rounds on this device (paste codes, ballot box, two collectors),
// open or compare saved team pictures (team codes: aggregates only). Every rule about what
// may be shown is the core's; this page only collects input and renders answers.
import { announce, h, replace } from '../../dom.js';
import { link } from '../../router.js';
import { coreWithContent } from '../../loader.js';
import { pageTitle, scrollable } from '../../ui.js';
import { fmt } from '../zelfscan/chart.js';
import { confirmation, pictureView } from './picture.js';
import { addRound, randomHex, removeRound, removeSet, rounds, savedSets } from './team-store.js';

/** The checks of a minimum-size field, with a message that says what is wrong. */
export function minimumProblem(value) {
  const text = String(value).trim();
  if (!/^\d+$/.test(text)) return `“${text}” is geen heel getal. Vul een heel getal in van 5 tot 10000.`;
  const n = Number(text);
  if (n < 5) return `${n} is te klein: minder dan 5 kan niet, om collega's te beschermen.`;
  if (n > 10000) return `${n} is te groot: het hoogste is 10000.`;
  return '';
}

function roundLinks(r) {
  const q = `?r=${encodeURIComponent(r.code)}`;
  return r.collectors === 2
    ? [h('a', { class: 'button button--small', href: link(`/teamoverzicht/verzamelaar${q}&v=1`) }, 'Verzamelaar 1'), ' ',
      h('a', { class: 'button button--small', href: link(`/teamoverzicht/verzamelaar${q}&v=2`) }, 'Verzamelaar 2'), ' ',
      h('a', { class: 'button button--small button--secondary', href: link(`/teamoverzicht/combineren${q}`) }, 'Deelcodes combineren')]
    : [h('a', { class: 'button button--small', href: link(`/teamoverzicht/ronde${q}`) }, 'Codes samenvoegen'), ' ',
      h('a', { class: 'button button--small button--secondary', href: link(`/teamoverzicht/stembus${q}`) }, 'Stembus in de vergadering')];
}

export async function teamPage() {
  const core = await coreWithContent();
  const { frameworks } = core.frameworks();
  const roundList = h('div', {});
  const setList = h('div', {});
  const opened = h('div', {});
  const compareOut = h('div', {});
  const startError = h('p', { class: 'field-error', role: 'alert', id: 'round-error' });
  const started = h('div', {});

  const drawRounds = () => {
    const list = rounds();
    replace(roundList, list.length ? h('ul', { class: 'round-list' }, list.map((r) => h('li', { class: 'round' },
      h('p', {}, h('strong', {}, r.name), ` · ${r.title} · ${r.collectors === 2 ? 'twee verzamelaars' : 'één verzamelaar'} · minimaal ${r.minGroupSize} · gestart ${r.started}`),
      h('p', {}, 'Rondecode: ', h('code', { class: 'code-field' }, r.code)),
      h('p', { class: 'toolbar' }, roundLinks(r), ' ',
        h('button', { type: 'button', class: 'button button--small button--danger', onclick: () => {
          removeRound(r.code);
          drawRounds();
          announce(`De ronde ${r.name} is van dit apparaat verwijderd.`);
        } }, 'Verwijder'))))) : h('p', {}, 'Er zijn nog geen rondes op dit apparaat.'));
  };

  const openCode = (code, name) => {
    try {
      const picture = core.teamPicture(code);
      replace(opened, pictureView(picture, name || picture.roundName));
      opened.querySelector('#team-picture-title').focus();
    } catch (e) {
      replace(opened, h('p', { class: 'field-error', role: 'alert' }, e.message));
    }
  };

  const drawSets = () => {
    const list = savedSets();
    replace(setList, list.length ? h('ul', { class: 'set-list' }, list.map((s) => h('li', {},
      h('strong', {}, s.name), ` (${s.date}) `,
      h('button', { type: 'button', class: 'button button--small button--secondary', onclick: () => openCode(s.code, s.name) }, 'Open'), ' ',
      h('button', { type: 'button', class: 'button button--small button--danger', onclick: () => {
        removeSet(s.code);
        drawSets();
        announce(`“${s.name}” is gewist.`);
      } }, 'Verwijder')))) : h('p', {}, 'Er zijn nog geen bewaarde teambeelden.'));
    for (const select of [earlierSelect, laterSelect]) {
      replace(select, h('option', { value: '' }, '— kies —'), list.map((s) => h('option', { value: s.code }, `${s.name} (${s.date})`)));
    }
    // Two empty choices would only puzzle: until two pictures are saved, say what it takes.
    compareFields.hidden = list.length < 2;
    compareNeeds.hidden = list.length >= 2;
  };

  const nameInput = h('input', { id: 'round-name', type: 'text', maxlength: '80', placeholder: 'Teamscan najaar 2026' });
  // Most rounds are the teachers' scan: that one comes first and is chosen.
  const ordered = [...frameworks].sort((a, b) => Number(b.audience === 'leraar') - Number(a.audience === 'leraar'));
  const fwSelect = h('select', { id: 'round-framework', 'aria-describedby': 'round-framework-hint' },
    ordered.map((f, i) => h('option', { value: f.id, selected: i === 0 }, f.title)));
  const minInput = h('input', { id: 'round-min', type: 'text', inputmode: 'numeric', value: '5', 'aria-describedby': 'round-min-hint round-error' });
  const collectorRadios = [1, 2].map((n) => h('label', { class: 'choice' },
    h('input', { type: 'radio', name: 'round-collectors', value: String(n), checked: n === 1 }),
    n === 1 ? ' Eén verzamelaar (jij)' : ' Twee verzamelaars (bijvoorbeeld jij en iemand van de mr): niemand van jullie ziet alleen iets van één collega'));
  const copied = confirmation();

  const start = (e) => {
    e.preventDefault();
    startError.textContent = '';
    const problem = minimumProblem(minInput.value);
    if (problem) {
      startError.textContent = `Minimale groepsgrootte: ${problem}`;
      minInput.focus();
      return;
    }
    const collectors = Number(collectorRadios.find((l) => l.querySelector('input').checked).querySelector('input').value);
    try {
      const round = core.roundStart({ framework: fwSelect.value, minGroupSize: Number(minInput.value), collectors, random: randomHex(5) });
      const name = nameInput.value.trim() || `Ronde ${new Date().toLocaleDateString('nl-NL')}`;
      addRound({ ...round, name, started: new Date().toISOString().slice(0, 10) });
      replace(started, h('div', { class: 'notice', role: 'status' },
        h('h3', {}, `Ronde “${name}” is gestart`),
        h('p', {}, 'Deel deze rondecode met je collega\'s. Zij maken er op hun uitslagpagina een inlevercode mee.'),
        h('p', {}, h('code', { class: 'code-field round-code', id: 'new-round-code' }, round.code), ' ',
          h('button', { type: 'button', class: 'button button--small', onclick: async () => {
            try {
              await navigator.clipboard.writeText(round.code);
              copied.show('De rondecode is gekopieerd.');
            } catch {
              copied.show('Kopiëren lukte niet vanzelf. Selecteer de code en kopieer hem met Ctrl+C.');
            }
          } }, 'Kopieer code'), copied.el)));
      drawRounds();
      announce(`Ronde ${name} is gestart.`);
    } catch (err) {
      startError.textContent = err.message;
    }
  };

  const joinInput = h('input', { id: 'join-round', type: 'text', class: 'code-field', spellcheck: 'false', autocomplete: 'off' });
  const joinError = h('p', { class: 'field-error', role: 'alert' });
  const join = () => {
    joinError.textContent = '';
    try {
      const round = core.roundInfo(joinInput.value);
      addRound({ ...round, name: 'Ronde van een collega', started: new Date().toISOString().slice(0, 10) });
      drawRounds();
      announce('De ronde staat nu in je lijst.');
    } catch (err) {
      joinError.textContent = err.message;
    }
  };

  const codeInput = h('textarea', { id: 'open-team-code', rows: '2', class: 'code-field', spellcheck: 'false' });
  const earlierSelect = h('select', { id: 'compare-earlier' });
  const laterSelect = h('select', { id: 'compare-later' });
  const compareNeeds = h('p', { class: 'hint' }, 'Bewaar eerst van twee verschillende rondes het teambeeld, met de knop ‘Bewaar op dit apparaat’ onder elk teambeeld. Daarna kies je ze hier.');
  const compareFields = h('div', {},
    h('div', { class: 'field' }, h('label', { for: 'compare-earlier' }, 'Eerdere ronde'), earlierSelect),
    h('div', { class: 'field' }, h('label', { for: 'compare-later' }, 'Nieuwe ronde'), laterSelect),
    h('button', { type: 'button', class: 'button button--secondary', onclick: () => compare() }, 'Vergelijk'));
  const compare = () => {
    try {
      const result = core.teamCompare(earlierSelect.value, laterSelect.value);
      const label = (name, count) => `${name || 'ronde'} (${count})`;
      replace(compareOut, h('div', { class: 'team-print' },
        h('h3', {}, `Vergelijking: ${result.earlierName || 'eerdere ronde'} en ${result.laterName || 'nieuwe ronde'}`),
        scrollable(h('table', { class: 'data-table compare-table' },
          h('caption', {}, `Gemiddelde per competentie: ${label(result.earlierName, result.earlierCount)} en ${label(result.laterName, result.laterCount)} deelnemers`),
          h('thead', {}, h('tr', {}, ['Competentie', 'Eerder', 'Nu', 'Verschil'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, result.competences.map((c) => h('tr', {}, h('th', { scope: 'row' }, c.title), h('td', { class: 'num' }, fmt(c.earlier)),
            h('td', { class: 'num' }, fmt(c.later)), h('td', { class: 'num' }, c.change === null ? '–' : `${c.change > 0 ? '+' : ''}${fmt(c.change)}`))))), 'Tabel: vergelijking van twee rondes')));
      announce('De vergelijking staat hieronder.');
    } catch (e) {
      replace(compareOut, h('p', { class: 'field-error', role: 'alert' }, e.message));
    }
  };

  drawRounds();
  drawSets();
  return {
    title: 'Teamoverzicht',
    node: [
      ...pageTitle('Teamoverzicht', 'Zie wat je team al goed kan en waar jullie samen kunnen groeien, uit inlevercodes die collega\'s zelf inleveren.'),
      h('div', { class: 'privacy-line' },
        h('p', {}, h('strong', {}, 'Zo blijft het anoniem. '), 'Collega\'s leveren een inlevercode in, niet hun persoonlijke resultaatcode. Die bevat alleen een niveau per competentie, zonder naam. ',
          'Een teambeeld verschijnt pas vanaf de minimale groepsgrootte (minstens 5), en een tweede teambeeld van dezelfde ronde dat maar een paar codes verschilt, wordt geweigerd. ',
          'Wat dit wel en niet beschermt, staat op ', h('a', { href: link('/over') }, 'de pagina Over'), '.')),
      h('section', { 'aria-labelledby': 'start-title', class: 'no-print' },
        h('h2', { id: 'start-title' }, '1. Start een inzamelronde'),
        h('form', { class: 'team-form', novalidate: true, onsubmit: start },
          h('div', { class: 'field' }, h('label', { for: 'round-name' }, 'Naam van de ronde'), nameInput),
          h('div', { class: 'field' }, h('label', { for: 'round-framework' }, 'Zelfscan'),
            h('p', { class: 'hint', id: 'round-framework-hint' }, 'De zelfscan die je collega\'s doen. Voor een teamscan is dat die voor leraren.'), fwSelect),
          h('div', { class: 'field' }, h('label', { for: 'round-min' }, 'Minimale groepsgrootte'),
            h('p', { class: 'hint', id: 'round-min-hint' }, 'Een heel getal van 5 tot 10000. Standaard 5; hoger mag, lager niet.'), minInput),
          h('fieldset', { class: 'field' }, h('legend', {}, 'Wie verzamelt?'), collectorRadios),
          startError,
          h('button', { type: 'submit', class: 'button' }, 'Start de ronde')),
        started),
      h('section', { 'aria-labelledby': 'rounds-title', class: 'no-print later' },
        h('h2', { id: 'rounds-title' }, '2. Rondes op dit apparaat'),
        roundList,
        h('details', {}, h('summary', {}, 'Ben je de tweede verzamelaar? Voeg de rondecode toe'),
          h('div', { class: 'field' }, h('label', { for: 'join-round' }, 'Rondecode (RN1-…)'), joinInput), joinError,
          h('button', { type: 'button', class: 'button button--secondary', onclick: join }, 'Voeg de ronde toe'))),
      h('section', { 'aria-labelledby': 'sets-title', class: 'later' },
        h('h2', { id: 'sets-title', class: 'no-print' }, '3. Bewaarde teambeelden'),
        h('div', { class: 'no-print' }, h('p', {}, 'Op dit apparaat bewaard: alleen de aantallen (als teamcode), met naam en datum. Nooit codes van collega\'s.'),
          setList,
          h('div', { class: 'field field--wide' }, h('label', { for: 'open-team-code' }, 'Of open een teamcode (TM1-…)'), codeInput),
          h('button', { type: 'button', class: 'button button--secondary', onclick: () => openCode(codeInput.value) }, 'Open teamcode')),
        opened),
      h('section', { 'aria-labelledby': 'compare-title', class: 'later' },
        h('h2', { id: 'compare-title' }, '4. Twee rondes vergelijken'),
        h('div', { class: 'no-print' },
          h('p', {}, 'Bijvoorbeeld het najaar met het voorjaar. Je vergelijkt twee verschillende rondes, nooit twee teambeelden van dezelfde ronde.'),
          compareNeeds, compareFields),
        compareOut),
      h('p', { class: 'no-print' }, 'Voor besturen: ', h('a', { href: link('/bestuursoverzicht') }, 'combineer de teamcodes van je scholen in het bestuursoverzicht'), '.'),
    ],
  };
}

// #/teamoverzicht/stembus?r=RN1-…: the ballot box for a team meeting. One device in the
// room; colleagues type or paste their hand-in code one by one. The device keeps only the
// running totals (in storage, so a reload loses nothing), never a code, and shows only how
// many were handed in. A colleague without a code answers the short scan on the device
// (one level per competence; short-scan.js); its answers are added and then forgotten. Closing opens the picture, from the minimum group size.
import { announce, h, replace } from '../../dom.js';
import { coreWithContent } from '../../loader.js';
import { confirmation, pictureActions, pictureView } from './picture.js';
import { roundHeader } from './round.js';
import { shortScanForm } from './short-scan.js';
import { ballotTotals, clearBallot, saveBallotTotals, saveShownHistory, shownHistory } from './team-store.js';

function readBox(round) {
  try {
    const box = JSON.parse(ballotTotals(round) || 'null');
    return box && typeof box.totals === 'string' && Number.isInteger(box.count) ? box : { totals: '', count: 0 };
  } catch {
    return { totals: '', count: 0 };
  }
}

export async function ballotPage({ query }) {
  const core = await coreWithContent();
  const head = roundHeader(core, query.get('r') || '', 'Stembus');
  const round = head.info.code;
  let box = readBox(round);
  const counter = h('p', { class: 'ballot-count', id: 'ballot-count', role: 'status' });
  const codeInput = h('input', { id: 'ballot-code', type: 'text', class: 'code-field', spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'ballot-hint ballot-error' });
  const error = h('p', { class: 'field-error', role: 'alert', id: 'ballot-error' });
  const added = confirmation();
  const picture = h('div', {});
  const drawCount = () => { counter.textContent = `${box.count} ingeleverd`; };

  // One hand-in (a code, or a short scan) added to the totals; only the totals are kept.
  const count = (hand, shown) => {
    const step = core.ballotAdd({ round, totals: box.totals, ...hand });
    box = { totals: step.totals, count: step.count };
    saveBallotTotals(round, JSON.stringify(box));
    drawCount();
    shown.show(`Ingeleverd, dank je. Nu ${box.count} ingeleverd.`);
  };

  const add = (e) => {
    e.preventDefault();
    error.textContent = '';
    try {
      count({ code: codeInput.value }, added);
      codeInput.value = '';
    } catch (err) {
      error.textContent = err.message;
    }
    codeInput.focus();
  };

  // The short scan on this device, for a colleague without a hand-in code.
  const shortError = h('p', { class: 'field-error', role: 'alert', id: 'short-scan-error' });
  const shortAdded = confirmation();
  const shortSummary = h('summary', {}, 'Geen inlevercode? Doe de korte scan op dit apparaat');
  const shortScan = h('details', { class: 'short-scan-box', id: 'short-scan' }, shortSummary,
    h('p', {}, 'Eén vraag per competentie. Je antwoorden tellen meteen mee in de optelsom en worden niet bewaard; daarna is het formulier weer leeg voor de volgende collega.'),
    shortScanForm(core.framework(head.info.framework), (scan) => {
      shortError.textContent = '';
      try {
        count({ scan }, shortAdded);
      } catch (err) {
        shortError.textContent = err.message;
        return false;
      }
      shortScan.open = false;
      shortSummary.focus();
      return true;
    }), shortError);

  const close = () => {
    error.textContent = '';
    try {
      const result = core.ballotClose({ round, totals: box.totals, history: shownHistory(round), name: head.name });
      saveShownHistory(round, result.history);
      clearBallot(round);
      box = { totals: '', count: 0 };
      replace(picture, pictureView(result.picture, head.name), pictureActions(core, result.teamCode, head.name));
      form.hidden = true;
      picture.querySelector('#team-picture-title').focus();
    } catch (err) {
      error.textContent = err.message;
      announce(err.message);
    }
  };

  const form = h('div', { class: 'no-print' },
    h('p', {}, 'Iedereen levert om de beurt zijn inlevercode in op dit apparaat, of doet hier de korte scan. Het apparaat onthoudt alleen de optelsom, geen codes of antwoorden. Het teambeeld verschijnt pas als je de ronde sluit, met minstens ',
      String(head.info.minGroupSize), ' ingeleverd.'),
    counter,
    h('form', { class: 'team-form', novalidate: true, onsubmit: add },
      h('div', { class: 'field field--wide' }, h('label', { for: 'ballot-code' }, 'Jouw inlevercode'),
        h('p', { class: 'hint', id: 'ballot-hint' }, 'Begint met IN1-. Geen inlevercode? Maak hem op je eigen uitslagpagina met de rondecode.'), codeInput),
      error,
      h('div', { class: 'toolbar' }, h('button', { type: 'submit', class: 'button' }, 'Lever in'), added.el)),
    shortScan, h('p', {}, shortAdded.el),
    h('p', {}, h('button', { type: 'button', class: 'button button--secondary', onclick: close }, 'Sluit de ronde en toon het teambeeld')));
  drawCount();
  return { title: `Stembus · ${head.name}`, node: h('div', { class: 'team-print' }, ...head.node, form, picture) };
}

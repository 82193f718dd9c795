// #/teamoverzicht/stembus?r=RN1-…: the ballot box for a team meeting. One device in the
// room; colleagues type or paste their hand-in code one by one. The device keeps only the
// running totals (in storage, so a reload loses nothing), never a code, and shows only how
// many were handed in. Closing opens the picture, from the minimum group size.
import { announce, h, replace } from '../../dom.js';
import { coreWithContent } from '../../loader.js';
import { confirmation, pictureActions, pictureView } from './picture.js';
import { roundHeader } from './round.js';
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

  const add = (e) => {
    e.preventDefault();
    error.textContent = '';
    try {
      const step = core.ballotAdd({ round, totals: box.totals, code: codeInput.value });
      box = { totals: step.totals, count: step.count };
      saveBallotTotals(round, JSON.stringify(box));
      codeInput.value = '';
      drawCount();
      added.show(`Ingeleverd, dank je. Nu ${box.count} ingeleverd.`);
      codeInput.focus();
    } catch (err) {
      error.textContent = err.message;
      codeInput.focus();
    }
  };

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
    h('p', {}, 'Iedereen levert om de beurt zijn inlevercode in op dit apparaat. Het apparaat onthoudt alleen de optelsom, geen codes. Het teambeeld verschijnt pas als je de ronde sluit, met minstens ',
      String(head.info.minGroupSize), ' ingeleverd.'),
    counter,
    h('form', { class: 'team-form', novalidate: true, onsubmit: add },
      h('div', { class: 'field field--wide' }, h('label', { for: 'ballot-code' }, 'Jouw inlevercode'),
        h('p', { class: 'hint', id: 'ballot-hint' }, 'Begint met IN1-. Geen inlevercode? Maak hem op je eigen uitslagpagina met de rondecode.'), codeInput),
      error,
      h('div', { class: 'toolbar' }, h('button', { type: 'submit', class: 'button' }, 'Lever in'), added.el)),
    h('p', {}, h('button', { type: 'button', class: 'button button--secondary', onclick: close }, 'Sluit de ronde en toon het teambeeld')));
  drawCount();
  return { title: `Stembus · ${head.name}`, node: h('div', { class: 'team-print' }, ...head.node, form, picture) };
}

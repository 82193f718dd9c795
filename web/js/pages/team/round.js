// #/teamoverzicht/ronde?r=RN1-…: the hand-in codes of one round, pasted or from files, to
// the team picture. The core decides whether it may be shown (minimum group size, and the
// differencing guard against pictures shown before on this device: their record is kept
// per round and passed back).
import { announce, h, replace } from '../../dom.js';
import { coreWithContent } from '../../loader.js';
import { breadcrumbs } from '../../ui.js';
import { codesInput, readReport } from './codes-input.js';
import { pictureActions, pictureView } from './picture.js';
import { roundByCode, saveShownHistory, shownHistory } from './team-store.js';

export function roundHeader(core, code, what) {
  const info = core.roundInfo(code);
  const saved = roundByCode(info.code);
  const name = saved ? saved.name : 'Ronde';
  return {
    info,
    name,
    node: [breadcrumbs([['Teamoverzicht', '/teamoverzicht'], [what, '/teamoverzicht']]),
      h('h1', { tabindex: '-1' }, `${what}: ${name}`),
      h('p', { class: 'lead' }, `${info.title} · rondecode `, h('code', {}, info.code), ` · teambeeld vanaf ${info.minGroupSize} deelnemers.`)],
  };
}

export async function roundPage({ query }) {
  const core = await coreWithContent();
  const head = roundHeader(core, query.get('r') || '', 'Codes samenvoegen');
  const input = codesInput({ id: 'team-codes', label: 'Inlevercodes', hint: 'Eén per regel, of gescheiden door komma\'s, spaties of tabs. Een inlevercode begint met IN1-; kleine letters mogen.' });
  const report = h('div', { class: 'team-report no-print' });
  const picture = h('div', {});
  const formError = h('p', { class: 'field-error', role: 'alert' });

  const build = (e) => {
    e.preventDefault();
    formError.textContent = '';
    let result;
    try {
      result = core.team({ round: head.info.code, text: input.text(), files: input.files(), history: shownHistory(head.info.code), name: head.name });
    } catch (err) {
      formError.textContent = err.message;
      return;
    }
    replace(report, ...readReport(result));
    if (!result.shown) {
      replace(picture, h('div', { class: 'notice', role: 'status' }, h('h2', {}, 'Geen teambeeld'), h('p', {}, result.message)));
      announce(result.message);
      return;
    }
    saveShownHistory(head.info.code, result.history);
    replace(picture, pictureView(result.picture, head.name), pictureActions(core, result.teamCode, head.name));
    picture.querySelector('#team-picture-title').focus();
  };

  return {
    title: `Codes samenvoegen · ${head.name}`,
    node: h('div', { class: 'team-print' }, ...head.node,
      h('form', { class: 'team-form no-print', novalidate: true, onsubmit: build }, input.node, formError,
        h('button', { type: 'submit', class: 'button' }, 'Maak teambeeld')),
      report, picture),
  };
}

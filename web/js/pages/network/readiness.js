// #/netwerkcheck/gereedheid: the readiness scan. Every statement is a fieldset with native
// radios (Ja / Deels / Nee); the core decides per condition and overall.
import { announce, h, replace } from '../../dom.js';
import { coreWithContent } from '../../loader.js';
import { breadcrumbs } from '../../ui.js';
import { clearState, loadState, saveState } from './store.js';
import { undoArea } from './undo.js';

const STATUS = {
  inPlace: ['Op orde', 'status-badge--ok'],
  attention: ['Aandacht nodig', 'status-badge--attention'],
  missing: ['Ontbreekt', 'status-badge--missing'],
  unknown: ['Nog niet beantwoord', 'status-badge--unknown'],
};

export async function readinessPage() {
  const core = await coreWithContent();
  const { readiness } = core.network();
  const saved = loadState('gereedheid');
  const state = { phase: 'start', answers: {} };
  if (saved.value && typeof saved.value === 'object') {
    state.phase = saved.value.phase === 'running' ? 'running' : 'start';
    state.answers = saved.value.answers && typeof saved.value.answers === 'object' ? saved.value.answers : {};
    try { core.readiness(state.phase, state.answers); } catch { state.answers = {}; saved.damaged = true; }
  }
  const result = h('section', { class: 'readiness-result', 'aria-labelledby': 'readiness-result-title' });
  const groupTitle = new Map(readiness.groups.map((g) => [g.id, g.title]));
  const persist = () => saveState('gereedheid', state);
  const undo = undoArea();

  const phaseField = h('fieldset', { class: 'choice-group' },
    h('legend', {}, 'Waar staat jullie netwerk?'),
    [['start', 'We willen een netwerk starten'], ['running', 'Ons netwerk loopt al']].map(([value, label]) => h('div', { class: 'choice' },
      h('input', { type: 'radio', name: 'fase', id: `fase-${value}`, value, checked: state.phase === value,
        onchange: () => { state.phase = value; persist(); drawForm(); } }),
      h('label', { for: `fase-${value}` }, label))));

  const formBody = h('div', {});
  function statementField(statement) {
    const name = `s-${statement.id}`;
    return h('fieldset', { class: 'statement' },
      h('legend', {}, statement.text),
      h('div', { class: 'statement__options' }, readiness.answers.map((a) => h('span', { class: 'choice choice--inline' },
        h('input', { type: 'radio', name, id: `${name}-${a.value}`, value: String(a.value), checked: state.answers[statement.id] === a.value,
          onchange: () => { state.answers[statement.id] = a.value; persist(); undo.clear(); } }),
        h('label', { for: `${name}-${a.value}` }, a.label)))));
  }
  function drawForm() {
    const applies = (c) => c.phases.includes(state.phase);
    replace(formBody, readiness.groups.map((g) => {
      const conditions = readiness.conditions.filter((c) => c.group === g.id && applies(c));
      if (!conditions.length) return null;
      return h('section', { class: 'readiness-group', 'aria-labelledby': `g-${g.id}` },
        h('h2', { id: `g-${g.id}` }, g.title),
        h('p', {}, g.description),
        conditions.map((c) => h('div', { class: 'condition' },
          h('h3', {}, c.title),
          h('details', {}, h('summary', {}, 'Waarom is dit belangrijk?'), h('p', {}, c.why)),
          c.statements.map(statementField))));
    }));
  }

  function drawResult() {
    const r = core.readiness(state.phase, state.answers);
    const byStatus = (s) => r.conditions.filter((c) => c.status === s);
    replace(result,
      h('h2', { id: 'readiness-result-title', tabindex: '-1' }, 'Het beeld van jullie netwerk'),
      h('p', { class: `verdict verdict--${r.verdict}` }, r.verdictText),
      r.blocking.length ? h('div', { class: 'blockers' }, h('h3', {}, 'Eerst nodig'),
        h('p', {}, 'Zonder deze voorwaarden heeft een netwerk weinig kans. Daarom tellen ze het zwaarst.'),
        h('ul', {}, r.blocking.map((id) => { const c = r.conditions.find((x) => x.id === id); return h('li', {},
          h('span', { class: `status-badge ${STATUS[c.status][1]}` }, STATUS[c.status][0]), ' ', h('strong', {}, `${c.title}: `), c.blockingWhy); }))) : null,
      r.verdict !== 'empty' ? h('p', { class: 'hint' }, `Op orde, gewogen naar belang: ${r.score}%. "Deels" telt als half.`) : null,
      h('ul', { class: 'totals' },
        h('li', {}, `${r.totals.inPlace} op orde`), h('li', {}, `${r.totals.attention} met aandacht nodig`),
        h('li', {}, `${r.totals.missing} ontbreken`), r.totals.unknown ? h('li', {}, `${r.totals.unknown} nog niet beantwoord`) : null),
      r.priorities.length ? [h('h3', {}, 'Begin hiermee'),
        h('ol', {}, r.priorities.map((id) => { const c = r.conditions.find((x) => x.id === id); return h('li', {}, h('strong', {}, `${c.title}: `), c.nextStep); }))] : null,
      h('h3', {}, 'Per voorwaarde'),
      h('ul', { class: 'condition-results' }, ['missing', 'attention', 'inPlace', 'unknown'].flatMap(byStatus).map((c) => h('li', { class: 'condition-result' },
        h('p', {}, h('span', { class: `status-badge ${STATUS[c.status][1]}` }, STATUS[c.status][0]), ' ', h('strong', {}, c.title),
          c.blocking ? h('span', { class: 'level-tag' }, ' onmisbaar') : null, h('span', { class: 'hit__context' }, ` · ${groupTitle.get(c.group)}`)),
        c.nextStep ? h('p', {}, h('strong', {}, 'Volgende stap: '), c.nextStep) : null,
        c.status !== 'inPlace' ? h('p', { class: 'hint' }, c.why) : null))),
      h('div', { class: 'toolbar no-print' }, h('button', { type: 'button', class: 'button', onclick: () => window.print() }, 'Afdrukken')));
    result.querySelector('h2').focus();
    announce(r.verdictText);
  }

  // After an undo the phase radios follow the restored phase.
  const syncPhase = () => phaseField.querySelectorAll('input[name="fase"]').forEach((i) => { i.checked = i.value === state.phase; });
  drawForm();
  return {
    title: 'Is het netwerk klaar? · Netwerkcheck',
    node: [
      breadcrumbs([['Netwerkcheck', '/netwerkcheck'], ['Is het netwerk klaar?', '/netwerkcheck/gereedheid']]),
      h('h1', { tabindex: '-1' }, 'Is het netwerk klaar?'),
      h('p', { class: 'lead' }, 'Beantwoord per voorwaarde een paar uitspraken met ja, deels of nee. Doe het bij voorkeur samen met de initiatiefnemers of de deelnemers. Je antwoorden blijven op dit apparaat.'),
      saved.damaged ? h('div', { class: 'notice notice--error', role: 'alert' }, h('p', {}, 'Je eerder opgeslagen antwoorden konden niet worden gelezen. Ze blijven bewaard tot je hier iets invult of opnieuw begint.'),
        h('button', { type: 'button', class: 'button button--secondary', onclick: () => { clearState('gereedheid'); location.reload(); } }, 'Opnieuw beginnen')) : null,
      h('form', { class: 'readiness-form', onsubmit: (e) => { e.preventDefault(); drawResult(); } },
        phaseField, formBody,
        h('div', { class: 'toolbar no-print' },
          h('button', { type: 'submit', class: 'button' }, 'Bekijk het beeld'),
          h('button', { type: 'button', class: 'button button--danger', onclick: () => {
            if (!Object.keys(state.answers).length) return;
            const before = { phase: state.phase, answers: { ...state.answers } };
            state.answers = {};
            clearState('gereedheid');
            drawForm();
            replace(result);
            undo.offer('De antwoorden zijn gewist.', () => { state.phase = before.phase; state.answers = before.answers; persist(); drawForm(); syncPhase(); });
          } }, 'Opnieuw beginnen'))),
      undo.node,
      result,
    ],
  };
}

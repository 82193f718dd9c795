// #/netwerkcheck/plan: the network plan, guided by help texts from the content. Kept on
// this device; checked, exported (Markdown, JSON) and imported by the core; printable.
import { announce, download, h, replace } from '../../dom.js';
import { coreWithContent } from '../../loader.js';
import { breadcrumbs } from '../../ui.js';
import { clearState, loadState, saveState } from './store.js';
import { undoArea } from './undo.js';

const EVALUATION_KEYS = ['reaction', 'learning', 'behaviour', 'results'];

function emptyPlan() {
  return { title: '', kind: '', goal: '', form: '', owner: '', duration: '', participants: '', expectations: '', funding: '',
    facilitator: '', workingForms: '', betweenMeetings: '', sharing: '', sizeMin: null, sizeIdeal: null, sizeMax: null,
    evaluation: { reaction: '', learning: '', behaviour: '', results: '' } };
}

// "Minimaal 8, ideaal 12, maximaal 14 deelnemers", leaving out what is not filled in.
function sizeText(plan) {
  const parts = [['minimaal', plan.sizeMin], ['ideaal', plan.sizeIdeal], ['maximaal', plan.sizeMax]].filter(([, n]) => n).map(([w, n]) => `${w} ${n}`);
  if (!parts.length) return '–';
  const text = `${parts.join(', ')} deelnemers`;
  return text[0].toUpperCase() + text.slice(1);
}

export async function planPage({ query }) {
  const core = await coreWithContent();
  const { plan: help, kinds } = core.network();
  const saved = loadState('plan');
  let damaged = saved.damaged;
  let plan = emptyPlan();
  if (saved.value) {
    try { plan = core.planCheck(saved.value).plan; } catch { damaged = true; }
  }
  if (query.get('soort') && kinds.kinds.some((k) => k.id === query.get('soort'))) plan.kind = query.get('soort');
  const status = h('div', { class: 'plan-status', 'aria-live': 'polite' });
  const printView = h('div', { class: 'print-only plan-print' });
  const importError = h('p', { class: 'field-error', role: 'alert' });
  const form = h('form', { class: 'plan-form', onsubmit: (e) => e.preventDefault() });
  const undo = undoArea();

  function save() {
    if (!damaged) saveState('plan', plan);
    drawStatus();
  }
  function drawStatus() {
    let check;
    try { check = core.planCheck(plan); } catch (e) { replace(status, h('p', { class: 'field-error' }, e.message)); return; }
    replace(status,
      check.complete ? h('p', { class: 'verdict verdict--ready' }, 'Het plan is compleet.')
        : h('p', {}, `Nog in te vullen: ${check.missing.map((m) => m.title).join(', ')}.`),
      check.warnings.length ? h('ul', { class: 'warnings' }, check.warnings.map((w) => h('li', {}, w))) : null);
    const kindTitle = kinds.kinds.find((k) => k.id === plan.kind)?.title;
    replace(printView,
      h('p', { class: 'print-brand' }, 'Samenwijs · Netwerkplan'),
      h('h2', { class: 'print-title' }, plan.title ? `Netwerkplan: ${plan.title}` : 'Netwerkplan'),
      kindTitle ? h('p', {}, h('strong', {}, 'Soort netwerk: '), kindTitle) : null,
      help.sections.map((s) => h('section', { class: 'print-point' }, h('h3', {}, s.title),
        s.field === 'size' ? h('p', {}, sizeText(plan))
          : s.field === 'evaluation' ? h('ol', {}, help.kirkpatrick.map((k, i) => h('li', {}, h('strong', {}, `${k.title}: `), plan.evaluation[EVALUATION_KEYS[i]] || '–')))
            : (plan[s.field] || '–').split('\n').map((line) => h('p', {}, line)))));
  }

  const textField = (id, label, value, onInput, { rows = 3, describedBy } = {}) => {
    const el = h('textarea', { id, rows: String(rows), 'aria-describedby': describedBy });
    el.value = value || '';
    el.addEventListener('input', () => onInput(el.value));
    return h('div', { class: 'field field--wide' }, h('label', { for: id }, label), el);
  };
  const helpBlock = (s) => [h('p', { class: 'hint', id: `help-${s.field}` }, s.help),
    s.example ? h('details', {}, h('summary', {}, 'Voorbeeld'), h('p', {}, s.example)) : null];

  function drawForm() {
    const kindSelect = h('select', { id: 'plan-kind' }, h('option', { value: '' }, 'Nog niet gekozen'),
      kinds.kinds.map((k) => h('option', { value: k.id, selected: k.id === plan.kind }, k.title)));
    kindSelect.addEventListener('change', () => { plan.kind = kindSelect.value; save(); });
    const titleInput = h('input', { id: 'plan-title', type: 'text', value: plan.title, maxlength: '200' });
    titleInput.addEventListener('input', () => { plan.title = titleInput.value; save(); });
    // The number as typed: the core checks it and says what is wrong; nothing is changed silently.
    const sizeError = h('p', { class: 'field-error', id: 'size-error', role: 'alert' });
    const sizeInput = (id, key, label) => {
      const el = h('input', { id, type: 'number', min: '1', max: '1000', step: '1', inputmode: 'numeric', value: plan[key] ?? '', 'aria-describedby': 'size-error' });
      el.addEventListener('input', () => {
        const value = el.value === '' ? null : Number(el.value);
        if (value !== null && !Number.isInteger(value)) { sizeError.textContent = `${label}: vul een heel getal in.`; return; }
        const candidate = { ...plan, [key]: value };
        try { core.planCheck(candidate); } catch (e) { sizeError.textContent = e.message; el.setAttribute('aria-invalid', 'true'); return; }
        sizeError.textContent = '';
        form.querySelectorAll('.size-fields input').forEach((i) => i.removeAttribute('aria-invalid'));
        plan[key] = value;
        save();
      });
      return h('div', { class: 'field' }, h('label', { for: id }, label), el);
    };
    replace(form,
      h('div', { class: 'field field--wide' }, h('label', { for: 'plan-title' }, 'Naam van het netwerk'), titleInput),
      h('div', { class: 'field' }, h('label', { for: 'plan-kind' }, 'Soort netwerk'), kindSelect),
      help.sections.map((s) => h('section', { class: 'plan-section', 'aria-labelledby': `plan-h-${s.field}` },
        h('h2', { id: `plan-h-${s.field}` }, s.title),
        ...helpBlock(s),
        s.field === 'size'
          ? [h('div', { class: 'size-fields' }, sizeInput('plan-size-min', 'sizeMin', 'Minimaal aantal deelnemers'),
            sizeInput('plan-size-ideal', 'sizeIdeal', 'Ideaal aantal deelnemers'), sizeInput('plan-size-max', 'sizeMax', 'Maximaal aantal deelnemers')), sizeError]
          : s.field === 'evaluation'
            ? help.kirkpatrick.map((k, i) => h('div', { class: 'kirkpatrick' },
              textField(`plan-eval-${EVALUATION_KEYS[i]}`, `Niveau ${k.level}: ${k.title}`, plan.evaluation[EVALUATION_KEYS[i]],
                (v) => { plan.evaluation[EVALUATION_KEYS[i]] = v; save(); }, { rows: 2, describedBy: `kp-${k.level}` }),
              h('p', { class: 'hint', id: `kp-${k.level}` }, k.question, ' ', h('em', {}, `Bijvoorbeeld: ${k.example}`))))
            : textField(`plan-${s.field}`, s.title, plan[s.field], (v) => { plan[s.field] = v; save(); }, { describedBy: `help-${s.field}` }))));
  }

  const fileInput = h('input', { id: 'plan-file', type: 'file', accept: '.json,.md,.txt,application/json,text/markdown,text/plain' });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files[0];
    if (!file) return;
    try {
      if (file.size > 200000) throw new Error('Dit bestand is te groot voor een netwerkplan. Je huidige plan is niet veranderd.');
      const imported = core.planImport(await file.text());
      plan = imported.plan;
      damaged = false;
      importError.textContent = '';
      drawForm();
      save();
      announce('Het netwerkplan is ingelezen.');
    } catch (e) {
      importError.textContent = e.message;
    }
    fileInput.value = '';
  });
  const exportAs = (format) => {
    const file = core.planExport(plan, format);
    download(file.filename, file.text, file.mimeType);
    announce(`Het plan is gedownload als ${file.filename}.`);
  };

  drawForm();
  drawStatus();
  return {
    title: 'Netwerkplan · Netwerkcheck',
    node: [
      h('div', { class: 'screen-only' },
        breadcrumbs([['Netwerkcheck', '/netwerkcheck'], ['Netwerkplan', '/netwerkcheck/plan']]),
        h('h1', { tabindex: '-1' }, 'Netwerkplan'),
        h('p', { class: 'lead' }, 'Vul het plan stap voor stap in. Begin bij het doel, met de leerling als startpunt. Alles wordt op dit apparaat bewaard; je kunt het plan afdrukken, exporteren en later weer inlezen.'),
        damaged ? h('div', { class: 'notice notice--error', role: 'alert' }, h('p', {}, 'Je eerder opgeslagen plan kon niet worden gelezen. Het blijft bewaard tot je opnieuw begint of een plan inleest.'),
          h('button', { type: 'button', class: 'button button--secondary', onclick: () => { clearState('plan'); location.reload(); } }, 'Opnieuw beginnen')) : null,
        status,
        form,
        h('div', { class: 'toolbar' },
          h('button', { type: 'button', class: 'button', onclick: () => window.print() }, 'Afdrukken'),
          h('button', { type: 'button', class: 'button button--secondary', onclick: () => exportAs('markdown') }, 'Download als Markdown'),
          h('button', { type: 'button', class: 'button button--secondary', onclick: () => exportAs('json') }, 'Download als JSON'),
          h('button', { type: 'button', class: 'button button--danger', onclick: () => {
            const before = JSON.parse(JSON.stringify(plan));
            plan = emptyPlan();
            drawForm();
            save();
            undo.offer('Het plan is leeggemaakt.', () => { plan = before; drawForm(); save(); });
          } }, 'Opnieuw beginnen')),
        undo.node,
        h('div', { class: 'field' }, h('label', { for: 'plan-file' }, 'Een plan inlezen (JSON of Markdown)'), fileInput, importError)),
      printView,
    ],
  };
}

// The input for many codes: a text area (codes one per line, or separated by commas,
// spaces or tabs) and files chosen or dropped. A file can be removed again; the same file
// is not added twice. The core reads the files and gives one message for a file that
// holds no codes.
import { announce, h, replace } from '../../dom.js';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function codesInput({ id, label, hint }) {
  const files = [];
  const textArea = h('textarea', { id, rows: '8', spellcheck: 'false', autocomplete: 'off', 'aria-describedby': `${id}-hint` });
  const fileInput = h('input', { id: `${id}-files`, type: 'file', multiple: true, accept: '.txt,.csv,text/plain' });
  const fileList = h('ul', { class: 'file-list' });
  const fileError = h('p', { class: 'field-error', role: 'alert' });

  const draw = () => replace(fileList, ...files.map((f, i) => h('li', {}, `${f.name} `,
    h('button', { type: 'button', class: 'button button--small button--secondary', 'aria-label': `Verwijder ${f.name}`, onclick: () => {
      files.splice(i, 1);
      draw();
      announce(`${f.name} is uit de lijst gehaald.`);
    } }, 'Verwijder'))));

  async function addFiles(list) {
    fileError.textContent = '';
    for (const file of list) {
      if (file.size > MAX_FILE_BYTES) {
        fileError.textContent = `${file.name} is te groot (meer dan 5 MB) en is overgeslagen.`;
        continue;
      }
      const text = await file.text();
      // The same file chosen or dropped again: same name and same content.
      if (files.some((f) => f.name === file.name && f.text === text)) {
        fileError.textContent = `${file.name} staat al in de lijst.`;
        continue;
      }
      files.push({ name: file.name, text });
    }
    draw();
    announce(`${files.length} ${files.length === 1 ? 'bestand' : 'bestanden'} in de lijst.`);
  }

  const drop = h('div', { class: 'drop-zone' },
    h('p', {}, 'Sleep tekstbestanden met codes hierheen, of kies ze:'),
    h('div', { class: 'field' }, h('label', { for: `${id}-files` }, 'Kies bestanden'), fileInput), fileList, fileError);
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('is-over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('is-over'); addFiles([...e.dataTransfer.files]); });
  fileInput.addEventListener('change', () => { addFiles([...fileInput.files]); fileInput.value = ''; });

  return {
    node: [h('div', { class: 'field field--wide' }, h('label', { for: id }, label), h('p', { id: `${id}-hint`, class: 'hint' }, hint), textArea), drop],
    text: () => textArea.value,
    files: () => files.map((f) => ({ name: f.name, text: f.text })),
  };
}

/**
 * What was read: used, duplicate, replaced and rejected codes with their reasons, and where
 * text without a code was skipped (a greeting in a pasted e-mail: not an error, so apart).
 */
export function readReport(result, noun = 'inlevercodes') {
  const skipped = result.skippedCount;
  return [
    h('h2', {}, 'Wat is er ingelezen?'),
    h('p', { role: 'status' }, `${result.accepted} ${noun} gebruikt`,
      result.duplicates ? `, ${result.duplicates} dubbel (één keer geteld)` : '',
      result.replaced ? `, ${result.replaced} vervangen door een nieuwere van hetzelfde apparaat` : '',
      result.rejectedCount ? `, ${result.rejectedCount} afgewezen` : '',
      skipped ? `, tekst zonder code overgeslagen op ${skipped} ${skipped === 1 ? 'plek' : 'plekken'}` : '', '.'),
    result.rejected.length ? h('details', { open: result.rejected.length <= 10 },
      h('summary', {}, `Afgewezen (${result.rejectedCount})`),
      h('ul', {}, result.rejected.map((r) => h('li', {}, h('strong', {}, `${r.label}: `), r.reason)))) : null,
    result.skipped.length ? h('details', { class: 'skipped-text' },
      h('summary', {}, `Overgeslagen tekst (${skipped})`),
      h('p', {}, 'Op deze plaatsen begint tekst die geen code is, zoals een aanhef of een groet in een geplakte e-mail. Die telt niet mee. '
        + 'Stond daar toch een code? Kopieer die dan opnieuw, helemaal vanaf het begin.'),
      h('ul', {}, result.skipped.map((label) => h('li', {}, label)))) : null,
  ];
}

// #/gesprek: "Gesprek voorbereiden". The chosen questions in the user's order, with a
// title, a date and notes; kept on this device; printable on A4 and exportable as
// Markdown and plain text (both made by the core).
import { announce, download, h, replace } from '../../dom.js';
import { link } from '../../router.js';
import { coreWithContent } from '../../loader.js';
import { agenda, agendaState, clearAgenda, loadAgenda, moveItem, onAgendaChange, removeItem, setField, setNote, startOver } from '../../agenda-store.js';
import { citation, pageTitle } from '../../ui.js';
import { lookupMaps } from './components.js';

// Saves a field shortly after typing stops, and at once when the field loses focus, so
// leaving the field (or the page) never drops the last keystrokes. When it is left with
// nothing unsaved, it shows what is stored now (maybe a newer note from another tab).
function saveWhileTyping(input, save, stored, ms = 300) {
  let t = null;
  const flush = () => { if (t !== null) { clearTimeout(t); t = null; save(); } };
  input.addEventListener('input', () => { clearTimeout(t); t = setTimeout(flush, ms); });
  input.addEventListener('blur', () => {
    if (t !== null) flush();
    else if (input.value !== stored()) input.value = stored();
  });
  return flush;
}

export async function agendaPage() {
  const core = await coreWithContent();
  const state = loadAgenda(core);
  const overview = core.overview();
  const maps = lookupMaps(overview, overview.sources);
  const list = h('div', { class: 'agenda-items' });
  const printView = h('div', { class: 'print-only agenda-print' });

  function notices() {
    const out = [];
    if (state.damaged) {
      out.push(h('div', { class: 'notice notice--error', role: 'alert' },
        h('h2', {}, 'Je opgeslagen agenda kon niet worden gelezen'),
        h('p', {}, state.damaged.message),
        h('p', {}, 'Er is niets gewist. Je kunt de oude gegevens bewaren als bestand en daarna opnieuw beginnen. Tot je dat doet, wordt een nieuwe agenda niet opgeslagen.'),
        h('p', {},
          h('button', { type: 'button', class: 'button button--secondary', onclick: () => download('samenwijs-oude-agenda.json', state.damaged.raw, 'application/json') }, 'Bewaar de oude gegevens als bestand'), ' ',
          h('button', { type: 'button', class: 'button', onclick: () => { startOver(); location.reload(); } }, 'Opnieuw beginnen'))));
    } else if (!state.persistent) {
      out.push(h('div', { class: 'notice' }, h('p', {}, 'Deze browser staat geen opslag toe. Je agenda werkt, maar is weg als je de pagina sluit. Exporteer hem op tijd.')));
    }
    return out;
  }

  function drawItems(focusSelector) {
    const resolved = core.agendaResolve(agenda());
    replace(list);
    if (!resolved.items.length) {
      list.append(h('p', { class: 'empty' }, 'Je hebt nog geen vragen gekozen. Ga naar de ',
        h('a', { href: link('/gespreksstarters') }, 'gespreksstarters'), ' of naar ', h('a', { href: link('/waar-begin-ik') }, 'Waar begin ik?'),
        ' en kies “Op agenda” bij de vragen die je wilt bespreken.'));
    } else {
      list.append(h('ol', { class: 'agenda-list' }, resolved.items.map((item, i) => {
        const n = i + 1;
        const note = h('textarea', { id: `note-${item.id}`, rows: '2' });
        note.value = item.note;
        saveWhileTyping(note, () => { setNote(item.id, note.value); drawPrint(); }, () => agenda().items.find((x) => x.id === item.id)?.note ?? note.value);
        return h('li', { class: 'agenda-item', 'data-id': item.id },
          item.found
            ? [h('p', { class: 'agenda-item__text' }, item.text), h('p', { class: 'agenda-item__context' }, `${item.guideTitle} · ${item.context}`)]
            : h('p', { class: 'agenda-item__missing' }, `Deze vraag staat niet meer in Samenwijs (${item.id}). Je kunt hem verwijderen.`),
          h('div', { class: 'field' }, h('label', { for: `note-${item.id}` }, `Aantekening bij punt ${n}`), note),
          h('div', { class: 'agenda-item__actions' },
            h('button', { type: 'button', class: 'button button--secondary', 'data-action': 'up', disabled: i === 0,
              'aria-label': `Punt ${n} omhoog`, onclick: () => move(i, -1, 'up') }, '↑ Omhoog'),
            h('button', { type: 'button', class: 'button button--secondary', 'data-action': 'down', disabled: i === resolved.items.length - 1,
              'aria-label': `Punt ${n} omlaag`, onclick: () => move(i, 1, 'down') }, '↓ Omlaag'),
            h('button', { type: 'button', class: 'button button--danger', 'data-action': 'remove',
              'aria-label': `Punt ${n} verwijderen`, onclick: () => remove(item.id, i) }, 'Verwijderen')));
      })));
    }
    if (resolved.missing) announce(`${resolved.missing} vraag of vragen staan niet meer in Samenwijs.`);
    drawPrint(resolved);
    if (focusSelector) list.querySelector(focusSelector)?.focus();
  }

  function move(index, delta, action) {
    const to = moveItem(index, delta);
    drawItems(`.agenda-item:nth-child(${to + 1}) [data-action="${action}"]:not([disabled])`);
    if (!list.contains(document.activeElement)) list.querySelector(`.agenda-item:nth-child(${to + 1}) textarea`)?.focus();
    announce(`Punt ${index + 1} staat nu op plek ${to + 1}.`);
  }

  function remove(id, index) {
    removeItem(id);
    drawItems(`.agenda-item:nth-child(${Math.min(index + 1, agenda().items.length)}) [data-action="remove"]`);
    announce(`Punt ${index + 1} is verwijderd.`);
  }

  function drawPrint(resolved = core.agendaResolve(agenda())) {
    const used = new Map();
    for (const item of resolved.items) if (item.found) used.set(`${item.source.source}|${item.source.section}`, item.source);
    replace(printView,
      h('section', { class: 'print-section' },
        h('p', { class: 'print-brand' }, 'Samenwijs · Gesprek voorbereiden'),
        h('h2', { class: 'print-title' }, resolved.title || 'Gesprek over ict-bekwaamheid'),
        resolved.dateText ? h('p', {}, h('strong', {}, 'Datum: '), resolved.dateText) : null,
        resolved.notes ? resolved.notes.split('\n').map((line) => h('p', {}, line)) : null,
        h('h3', {}, 'Agenda'),
        h('ol', {}, resolved.items.map((item) => h('li', {}, item.found ? item.text : `(niet meer beschikbaar: ${item.id})`)))),
      h('section', { class: 'print-section print-section--break' },
        h('h3', {}, 'Uitwerking per punt'),
        resolved.items.map((item, i) => h('div', { class: 'print-point' },
          h('h4', {}, `${i + 1}. ${item.found ? item.text : item.id}`),
          item.found ? h('p', { class: 'agenda-item__context' }, `${item.guideTitle} · ${item.context}`) : null,
          item.note ? h('p', {}, h('strong', {}, 'Aantekening: '), item.note) : null,
          h('div', { class: 'write-space', 'aria-hidden': 'true' })))),
      used.size ? h('section', { class: 'print-section print-section--break' },
        h('h3', {}, 'Bronnen'), [...used.values()].map((s) => citation(s, maps.sourcesById))) : null);
  }

  const title = h('input', { id: 'agenda-title', type: 'text', maxlength: '200', value: agenda().title, placeholder: 'Bijvoorbeeld: Teamoverleg ict, november' });
  const date = h('input', { id: 'agenda-date', type: 'date', value: agenda().date });
  const notes = h('textarea', { id: 'agenda-notes', rows: '4' });
  notes.value = agenda().notes;
  saveWhileTyping(title, () => { setField('title', title.value); drawPrint(); }, () => agenda().title || '');
  date.addEventListener('change', () => { setField('date', date.value); drawPrint(); });
  saveWhileTyping(notes, () => { setField('notes', notes.value); drawPrint(); }, () => agenda().notes || '');

  const exportAs = (format) => {
    const file = core.agendaExport(agenda(), format);
    download(file.filename, file.text, file.mimeType);
    announce(`Je agenda is gedownload als ${file.filename}.`);
  };
  const clearAll = () => {
    if (!window.confirm('Wil je de hele agenda wissen, met titel, datum en notities?')) return;
    clearAgenda();
    title.value = '';
    date.value = '';
    notes.value = '';
    drawItems();
    announce('De agenda is gewist.');
  };

  // Another tab (or a wipe) changed the agenda: show what is stored now.
  const stop = onAgendaChange((_, source) => {
    if (!list.isConnected) { stop(); return; }
    if (source !== 'external') return;
    for (const [field, input] of [['title', title], ['date', date], ['notes', notes]]) {
      if (document.activeElement !== input) input.value = agenda()[field] || '';
    }
    const shown = [...list.querySelectorAll('.agenda-item')].map((li) => li.dataset.id).join('|');
    const typing = list.contains(document.activeElement) && document.activeElement.tagName === 'TEXTAREA' ? document.activeElement : null;
    if (typing && shown === agenda().items.map((i) => i.id).join('|')) {
      // Someone is typing in a note here: update the other notes in place, keep the focus.
      for (const item of agenda().items) {
        const note = document.getElementById(`note-${item.id}`);
        if (note && note !== typing) note.value = item.note;
      }
      drawPrint();
    } else if (typing) {
      // Points were added, removed or moved elsewhere: redraw, and give the note being
      // typed back its text, caret and focus (its own save is still on its way).
      const { id, value, selectionStart, selectionEnd } = typing;
      drawItems();
      const again = document.getElementById(id);
      if (again) {
        again.value = value;
        again.focus();
        again.setSelectionRange(selectionStart, selectionEnd);
      }
    } else {
      drawItems();
    }
  });
  drawItems();
  return {
    title: 'Gesprek voorbereiden',
    node: [
      h('div', { class: 'screen-only' },
        ...pageTitle('Gesprek voorbereiden', 'Zet vragen uit de gespreksstarters op een agenda, zet ze in de volgorde die je wilt en voeg je eigen aantekeningen toe. Je agenda blijft op dit apparaat tot je hem wist.'),
        ...notices(),
        h('form', { class: 'agenda-form', onsubmit: (e) => e.preventDefault() },
          h('div', { class: 'field' }, h('label', { for: 'agenda-title' }, 'Titel van het gesprek'), title),
          h('div', { class: 'field' }, h('label', { for: 'agenda-date' }, 'Datum'), date),
          h('div', { class: 'field field--wide' }, h('label', { for: 'agenda-notes' }, 'Eigen notities (bijvoorbeeld doel van het gesprek, wie er zijn)'), notes)),
        h('h2', {}, 'Agendapunten'),
        list,
        h('div', { class: 'toolbar' },
          h('button', { type: 'button', class: 'button', onclick: () => window.print() }, 'Afdrukken'),
          h('button', { type: 'button', class: 'button button--secondary', onclick: () => exportAs('markdown') }, 'Download als Markdown'),
          h('button', { type: 'button', class: 'button button--secondary', onclick: () => exportAs('text') }, 'Download als tekst (.txt)'),
          h('button', { type: 'button', class: 'button button--danger', onclick: clearAll }, 'Agenda wissen'))),
      printView,
    ],
  };
}

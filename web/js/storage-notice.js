// The visible notice when something cannot be saved on this device: shown once per kind
// of data while the page is open, saying what is not being kept and how to keep it anyway
// (the result code, a file). It sits above the page content, so it stays when the user
// moves to another page. storage.js raises the event; nothing here decides validity.
import { h } from './dom.js';

const shown = new Set();

const REASONS = {
  quota: 'de opslag van deze browser is vol',
  unavailable: 'deze browser staat opslaan niet toe',
  mismatch: 'wat er werd opgeslagen, kwam er anders uit',
};

function describe(key) {
  const scan = /^zelfscan:([a-z0-9-]+)$/.exec(key);
  if (scan) {
    return {
      group: key,
      what: 'Je antwoorden in de zelfscan worden nu niet op dit apparaat bewaard. Zolang deze pagina open is, raak je niets kwijt; na het sluiten zijn de nieuwe antwoorden weg.',
      way: ['Bewaar ze via je resultaatcode of download je uitslag als bestand: ', h('a', { href: `#/zelfscan/${scan[1]}/uitslag` }, 'naar je uitslag'), '.'],
    };
  }
  if (key.startsWith('zelfscan-history') || key.startsWith('zelfscan-apart')) {
    return {
      group: 'zelfscan-history',
      what: 'Je metingen of je ontwikkelplan worden nu niet op dit apparaat bewaard.',
      way: ['Exporteer ze als bestand bij ', h('a', { href: '#/zelfscan/metingen' }, 'Mijn metingen'), '.'],
    };
  }
  if (key === 'agenda') {
    return {
      group: key,
      what: 'Je agenda wordt nu niet op dit apparaat bewaard.',
      way: ['Download hem als Markdown of tekst bij ', h('a', { href: '#/gesprek' }, 'Gesprek voorbereiden'), '.'],
    };
  }
  return { group: key.split(':')[0], what: 'Wat je nu invult, wordt niet op dit apparaat bewaard.', way: ['Exporteer het als bestand voordat je de pagina sluit.'] };
}

function show({ key, reason }) {
  const { group, what, way } = describe(key);
  if (shown.has(group)) return;
  shown.add(group);
  const main = document.getElementById('main');
  if (!main) return;
  let holder = document.getElementById('save-problems');
  if (!holder) {
    holder = h('div', { id: 'save-problems', class: 'save-problems' });
    main.before(holder);
  }
  const notice = h('div', { class: 'notice notice--error save-problem', role: 'alert', 'data-key': group },
    h('p', {}, h('strong', {}, `Opslaan lukt niet: ${REASONS[reason] || REASONS.unavailable}. `), what),
    h('p', {}, ...way),
    h('p', {}, h('button', { type: 'button', class: 'button button--secondary', onclick: () => notice.remove() }, 'Melding sluiten')));
  holder.append(notice);
}

if (typeof window !== 'undefined') window.addEventListener('samenwijs:save-problem', (event) => show(event.detail));

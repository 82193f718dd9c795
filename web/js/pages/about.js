import { announce, h, replace } from '../dom.js';
import { link } from '../router.js';
import { pageTitle } from '../ui.js';
import { STORED_ITEMS, storageAvailable, storedKeys, wipeAll } from '../storage.js';

function storedList() {
  const present = new Set(storedKeys().map((k) => k.split(':')[0]));
  return h('ul', { class: 'stored-list' }, STORED_ITEMS.map((item) =>
    h('li', {}, item.what, ' ', h('span', { class: present.has(item.key) ? 'tag tag--on' : 'tag' },
      present.has(item.key) ? 'Nu bewaard' : 'Niets bewaard'))));
}

export function aboutPage() {
  const listHolder = h('div', {}, storedList());
  const wipe = () => {
    if (!window.confirm('Wil je alles wissen wat Samenwijs op dit apparaat heeft bewaard? Dit kun je niet ongedaan maken.')) return;
    wipeAll();
    replace(listHolder, storedList());
    announce('Alle gegevens van Samenwijs op dit apparaat zijn gewist.');
  };
  return {
    title: 'Over Samenwijs',
    node: [
      ...pageTitle('Over Samenwijs', 'Samenwijs is een website voor scholen over ict-bekwaamheid en leernetwerken. Je gebruikt hem zonder account, en alles wat je doet blijft in je eigen browser.'),
      h('section', { 'aria-labelledby': 'over-wat' },
        h('h2', { id: 'over-wat' }, 'Wat is het?'),
        h('p', {}, 'Samenwijs helpt leraren, i-coaches, schoolleiders en bestuurders om samen te praten over ict in het onderwijs, te meten waar ze staan en verder te groeien. ',
          'De teksten zijn gebaseerd op openbare bronnen, zoals de handreiking van Kennisnet over ict-bekwaamheid en het katern over leernetwerken van de PO-Raad en de VO-raad. Bij elk onderdeel staat de bron.'),
        h('p', {}, 'Alle rekenwerk gebeurt in je browser, in een kleine rekenkern (WebAssembly). Er is geen server die iets ontvangt.')),
      h('section', { 'aria-labelledby': 'over-privacy' },
        h('h2', { id: 'over-privacy' }, 'Onze privacybelofte'),
        h('ul', {},
          h('li', {}, 'Wat je invult, blijft op dit apparaat. Samenwijs stuurt niets naar een server.'),
          h('li', {}, 'Samenwijs laadt niets van andere websites: geen lettertypes, scripts of statistieken van derden. Er zijn geen cookies.'),
          h('li', {}, 'Een zelfscan is anoniem. Er wordt geen naam, e-mailadres of ander kenmerk gevraagd of bewaard.'),
          h('li', {}, 'Je resultaten verlaten je apparaat alleen als jij ze zelf exporteert, bijvoorbeeld als resultaatcode of bestand, en aan iemand geeft.'),
          h('li', {}, 'Links naar bronnen op andere websites openen pas als je erop klikt, in een nieuw tabblad.'))),
      h('section', { 'aria-labelledby': 'over-opslag' },
        h('h2', { id: 'over-opslag' }, 'Wat wordt er op dit apparaat bewaard?'),
        h('p', {}, storageAvailable()
          ? 'Samenwijs bewaart alleen iets in de opslag van deze browser (localStorage) als jij dat doet. Het gaat om:'
          : 'Deze browser staat geen opslag toe. Samenwijs werkt wel, maar onthoudt niets als je de pagina sluit. Het zou gaan om:'),
        listHolder,
        h('p', {}, 'Je kunt alles in één keer wissen. Andere gegevens in je browser blijven staan.'),
        h('p', {}, h('button', { type: 'button', class: 'button button--danger', onclick: wipe }, 'Wis mijn gegevens van Samenwijs'))),
      h('section', { 'aria-labelledby': 'over-bronnen' },
        h('h2', { id: 'over-bronnen' }, 'Bronnen'),
        h('p', {}, 'Alle bronnen en leestips staan op de pagina ', h('a', { href: link('/bronnen') }, 'Bronnen en leestips'), '.')),
    ],
  };
}

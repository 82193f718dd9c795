import { h } from '../dom.js';
import { link } from '../router.js';
import { card } from '../ui.js';
import { CAPABILITIES } from '../capabilities.js';

export function homePage() {
  return {
    title: 'Start',
    node: [
      h('section', { class: 'hero' },
        h('h1', { tabindex: '-1' }, 'Samen werken aan ict-bekwaamheid'),
        h('p', { class: 'lead' },
          'Samenwijs helpt schoolteams om het gesprek te voeren over ict in het onderwijs, te zien waar ze staan en samen verder te groeien. ',
          'Ook helpt het om leernetwerken op te zetten die echt werken.'),
        h('p', { class: 'privacy-line' },
          h('strong', {}, 'Alles blijft in je browser. '),
          'Geen account, geen cookies, geen statistieken. ',
          h('a', { href: link('/over') }, 'Lees hoe Samenwijs met je gegevens omgaat'), '.')),
      h('h2', { class: 'visually-hidden' }, 'Wat kun je doen?'),
      h('ul', { class: 'cards' }, CAPABILITIES.map((c) => card({ href: link(`/${c.id}`), title: c.title, text: c.text }))),
      h('section', { class: 'for-whom' },
        h('h2', {}, 'Voor wie?'),
        h('dl', { class: 'roles' },
          h('dt', {}, 'Leraar'), h('dd', {}, 'Jouw vragen over ict in je werk zijn altijd het beginpunt. Doe de zelfscan en kies wat je wilt leren.'),
          h('dt', {}, 'I-coach'), h('dd', {}, 'Bereid teamoverleg voor met gespreksstarters en maak een teambeeld van de codes die collega\'s inleveren.'),
          h('dt', {}, 'Schoolleider'), h('dd', {}, 'Kijk naar je eigen leiderschap rond ict, plan de professionalisering en zet leernetwerken goed op.'),
          h('dt', {}, 'Bestuurder'), h('dd', {}, 'Voer het gesprek over visie, sturing en omgeving, en neem afdrukbaar materiaal mee naar het bestuursoverleg. ',
            'Met de teamcodes van uw scholen maakt u een ', h('a', { href: link('/bestuursoverzicht') }, 'bestuursoverzicht'), '.'))),
    ],
  };
}

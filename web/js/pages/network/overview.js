// #/netwerkcheck: the four parts of the network check.
import { h } from '../../dom.js';
import { link } from '../../router.js';
import { card, pageTitle } from '../../ui.js';

export const NETWORK_PARTS = [
  { path: '/netwerkcheck/gereedheid', title: 'Is het netwerk klaar?', text: 'Ga na of de voorwaarden voor een goed leernetwerk op orde zijn, voor de start of tijdens het netwerk. Per voorwaarde zie je wat de volgende stap is.' },
  { path: '/netwerkcheck/soort', title: 'Welk netwerk past?', text: 'Kies het doel en wie er meedoen. Je ziet welke soort leernetwerk past, en waarom.' },
  { path: '/netwerkcheck/plan', title: 'Netwerkplan', text: 'Maak stap voor stap een netwerkplan, met een evaluatie op de vier niveaus van Kirkpatrick. Afdrukbaar op A4.' },
  { path: '/netwerkcheck/kaart', title: 'Jouw netwerkkaart', text: 'Breng je eigen professionele netwerk in beeld: met wie leer je, hoe sterk zijn de banden, en kijk je over de grenzen van je school?' },
];

export function networkOverviewPage() {
  return {
    title: 'Netwerkcheck',
    node: [
      ...pageTitle('Netwerkcheck', 'Een leernetwerk is een groep mensen die samen leren rond een gedeelde vraag, vaak over de grenzen van de eigen school heen. Zo\'n netwerk slaagt niet vanzelf. Met de netwerkcheck bereid je een netwerk goed voor en houd je het gezond.'),
      h('ul', { class: 'cards' }, NETWORK_PARTS.map((p) => card({ href: link(p.path), title: p.title, text: p.text }))),
      h('p', { class: 'privacy-line' }, 'Wat je invult, blijft op dit apparaat. Je kunt het zelf exporteren en delen.'),
      h('p', { class: 'citation' }, 'Gebaseerd op: Samen leren in netwerken (PO-Raad en VO-raad), iXpact professionalisering (iXperium/HAN, 2020) en Professionele netwerken (Ellen van den Berg, 2019).'),
    ],
  };
}

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

// The privacy model of the team overview: what each code reveals, what the site protects
// against and what it cannot. Promises no more than the core's rules hold (see README).
function teamPrivacyModel() {
  const item = (title, text) => h('li', {}, h('strong', {}, `${title} `), text);
  return h('section', { 'aria-labelledby': 'over-team' },
    h('h2', { id: 'over-team' }, 'Teamoverzicht: wat is anoniem en wat niet?'),
    h('h3', {}, 'Wat zit er in welke code?'),
    h('ul', {},
      item('Persoonlijke resultaatcode (SW2-…, vroeger SW1-…).', 'Al je antwoorden. Wie hem heeft, ziet je hele uitslag. Hij is voor jezelf: om verder te gaan op een ander apparaat of te vergelijken. Het teamoverzicht weigert hem.'),
      item('Inlevercode (IN1-…).', 'Alleen je niveau per competentie en per domein, voor één ronde. Geen losse antwoorden en geen naam. Hij opent nergens als jouw uitslag. Elk apparaat maakt per ronde een andere code, dus twee collega\'s met dezelfde antwoorden hebben verschillende codes, en je code van vorig jaar is niet aan die van nu te koppelen.'),
      item('Deelcodes (ronde met twee verzamelaars).', 'Je inlevercode in twee willekeurige stukken. Eén stuk zegt niets over jou. De twee verzamelaars samen kunnen je inlevercode wel terugrekenen.'),
      item('Teambeeld en teamcode (TM1-…).', 'Alleen aantallen per niveau, het aantal deelnemers en de naam van de ronde, en pas vanaf de minimale groepsgrootte (minstens 5).')),
    h('h3', {}, 'Waartegen beschermt Samenwijs?'),
    h('ul', {},
      h('li', {}, 'Nieuwsgierige collega\'s: een teambeeld toont nooit één persoon en verschijnt pas vanaf de minimale groepsgrootte.'),
      h('li', {}, 'Per ongeluk delen: persoonlijke codes en resultaatbestanden worden in het teamoverzicht geweigerd.'),
      h('li', {}, 'Verschillen uitrekenen op dit apparaat: een nieuw teambeeld van dezelfde ronde wordt geweigerd als het met een eerder getoond teambeeld een groep van minder dan de minimale groepsgrootte zou afzonderen (bijvoorbeeld 5 codes en daarna dezelfde 5 plus één). Vergelijken kan alleen tussen twee rondes, en dan alleen met gemiddelden.'),
      h('li', {}, 'Een nieuwsgierige verzamelaar: kies een ronde met twee verzamelaars. Dan ziet geen van beiden alleen iets van één persoon.')),
    h('h3', {}, 'Waartegen niet?'),
    h('ul', {},
      h('li', {}, 'Iemand die codes met namen erbij verzamelt, bijvoorbeeld per mail. Wie weet van wie een inlevercode is, kent diens niveaus. Lever dus in via de stembus in de vergadering of anoniem.'),
      h('li', {}, 'Verzonnen codes. Wie vier codes verzint en er één echte bij doet, haalt het minimum en ziet die ene. Dat is niet te voorkomen zonder namen. Wel te zien: de stembus telt wie er in de zaal inleveren, en bij twee verzamelaars zien beiden hoeveel mensen meededen.'),
      h('li', {}, 'Een ander apparaat of gewiste gegevens. De controle op verschillen werkt per apparaat. Wie dezelfde codes in een andere browser plakt, wordt niet tegengehouden.'),
      h('li', {}, 'Meekijken tijdens de stembus. Het apparaat bewaart alleen de optelsom, maar wie tussendoor in de opslag van de browser kijkt, ziet hoe die na elke inlevering verandert.'),
      h('li', {}, 'Twee rondes van bijna dezelfde groep. Het verschil tussen de gemiddelden gaat over de hele groep, maar als er maar één collega bij is gekomen, zegt het iets over die collega.'),
      h('li', {}, 'Wie op twee apparaten inlevert, telt twee keer mee. Wie op hetzelfde apparaat opnieuw inlevert, vervangt zijn eerdere code.')));
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
      teamPrivacyModel(),
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

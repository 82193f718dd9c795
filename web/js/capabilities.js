// The four capabilities as the site presents them (texts only; no rules).
export const CAPABILITIES = [
  {
    id: 'gespreksstarters',
    title: 'Gespreksstarters',
    text: 'Vragen en onderwerpen om het gesprek over ict-bekwaamheid te voeren, voor leraar, i-coach, schoolleider en bestuurder. Kies vragen en maak er een agenda voor je overleg van.',
  },
  {
    id: 'zelfscan',
    title: 'Zelfscan',
    text: 'Ga anoniem na hoe je ict gebruikt in je werk, als leraar of als leidinggevende. Je ziet waar je sterk in bent en waar je kunt groeien.',
  },
  {
    id: 'teamoverzicht',
    title: 'Teamoverzicht',
    text: 'Voeg de inlevercodes samen die collega\'s zelf inleveren, per ronde en pas vanaf vijf deelnemers. Zo zie je wat het team al kan en waar het samen aan kan werken.',
  },
  {
    id: 'netwerkcheck',
    title: 'Netwerkcheck',
    text: 'Ga na of een leernetwerk kans van slagen heeft, kies de soort netwerk die past en maak een netwerkplan met een evaluatie.',
  },
];

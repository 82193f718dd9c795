// A map of `n` contacts in six circles with ties between them, as the site saves it; the
// same shape as the core test's bigMap (tests/core/test_network_map.cpp).
export function bigMap(n) {
  const circles = ['eigen team', 'bouw onderbouw', 'ict-werkgroep', 'pabo', 'bestuur', 'netwerk formatief'];
  const names = ['Anna', 'Bram de Vries', 'Collega groep 5', 'Dewi', 'Intern begeleider', 'Mo', 'Stichting Leerkracht',
    'Wouter Willemsen', 'Zoë', 'PABO Windesheim', 'IB-netwerk regio Oost', 'Jet'];
  const ties = [];
  const links = [];
  for (let i = 0; i < n; i += 1) {
    const c = (i * 7) % 6;
    ties.push({ name: `${names[i % 12]} ${i + 1}`, kind: i % 9 === 4 ? 'organisation' : 'person', circle: circles[c], inside: c < 3,
      frequency: 1 + ((i * 3) % 5), involvement: 1 + ((i * 2 + 1) % 5) });
    if (i >= 6) links.push([i - 6, i]);
  }
  return { version: 2, ties, links };
}

// The route table: one module per page.
import { homePage } from './home.js';
import { aboutPage } from './about.js';
import { sourcesPage } from './sources.js';
import { comingSoonPage } from './coming-soon.js';
import { notFoundPage } from './not-found.js';

export function registerPages(route) {
  route('/', homePage);
  route('/over', aboutPage);
  route('/bronnen', sourcesPage);
  route('/gespreksstarters', comingSoonPage('gespreksstarters'));
  route('/zelfscan', comingSoonPage('zelfscan'));
  route('/teamoverzicht', comingSoonPage('teamoverzicht'));
  route('/netwerkcheck', comingSoonPage('netwerkcheck'));
  route('/niet-gevonden', notFoundPage);
}

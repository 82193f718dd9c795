// The route table: one module per page.
import { homePage } from './home.js';
import { aboutPage } from './about.js';
import { sourcesPage } from './sources.js';
import { comingSoonPage } from './coming-soon.js';
import { notFoundPage } from './not-found.js';
import { overviewPage } from './guidance/overview.js';
import { guidePage } from './guidance/guide.js';
import { agendaPage } from './guidance/agenda.js';
import { startPage } from './guidance/start.js';
import { zelfscanStartPage } from './zelfscan/start.js';
import { zelfscanStepPage } from './zelfscan/step.js';
import { zelfscanCodePage, zelfscanResultPage } from './zelfscan/result.js';
import { teamPage } from './team/team.js';

export function registerPages(route) {
  route('/', homePage);
  route('/over', aboutPage);
  route('/bronnen', sourcesPage);
  route('/gespreksstarters', overviewPage);
  route('/gespreksstarters/:guide/:item?', guidePage);
  route('/gesprek', agendaPage);
  route('/waar-begin-ik', startPage);
  route('/zelfscan', zelfscanStartPage);
  route('/zelfscan/code', zelfscanCodePage);
  route('/zelfscan/:framework/stap/:step', zelfscanStepPage);
  route('/zelfscan/:framework/uitslag', zelfscanResultPage);
  route('/teamoverzicht', teamPage);
  route('/netwerkcheck', comingSoonPage('netwerkcheck'));
  route('/niet-gevonden', notFoundPage);
}

// The route table: one module per page.
import { homePage } from './home.js';
import { aboutPage } from './about.js';
import { sourcesPage } from './sources.js';
import { glossaryPage } from './glossary.js';
import { notFoundPage } from './not-found.js';
import { overviewPage } from './guidance/overview.js';
import { guidePage } from './guidance/guide.js';
import { agendaPage } from './guidance/agenda.js';
import { startPage } from './guidance/start.js';
import { zelfscanStartPage } from './zelfscan/start.js';
import { zelfscanStepPage } from './zelfscan/step.js';
import { zelfscanCodePage, zelfscanResultPage } from './zelfscan/result.js';
import { teamPage } from './team/team.js';
import { networkOverviewPage } from './network/overview.js';
import { readinessPage } from './network/readiness.js';
import { kindPage } from './network/kind.js';
import { planPage } from './network/plan.js';
import { mapPage } from './network/map.js';

export function registerPages(route) {
  route('/', homePage);
  route('/over', aboutPage);
  route('/bronnen', sourcesPage);
  route('/begrippen', glossaryPage);
  route('/gespreksstarters', overviewPage);
  route('/gespreksstarters/:guide/:item?', guidePage);
  route('/gesprek', agendaPage);
  route('/waar-begin-ik', startPage);
  route('/zelfscan', zelfscanStartPage);
  route('/zelfscan/code', zelfscanCodePage);
  route('/zelfscan/:framework/stap/:step', zelfscanStepPage);
  route('/zelfscan/:framework/uitslag', zelfscanResultPage);
  route('/teamoverzicht', teamPage);
  route('/netwerkcheck', networkOverviewPage);
  route('/netwerkcheck/gereedheid', readinessPage);
  route('/netwerkcheck/soort', kindPage);
  route('/netwerkcheck/plan', planPage);
  route('/netwerkcheck/kaart', mapPage);
  route('/niet-gevonden', notFoundPage);
}

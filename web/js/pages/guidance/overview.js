// #/gespreksstarters: all key figures and subjects, with search as you type and filters
// by figure, theme and policy theme. The query and filters live in the URL, so a search
// can be shared and survives a reload.
import { announce, clear, h, highlighted } from '../../dom.js';
import { link } from '../../router.js';
import { coreWithContent } from '../../loader.js';
import { loadAgenda } from '../../agenda-store.js';
import { agendaLink, agendaToggle, guidePath, lookupMaps, topicBlock } from './components.js';

const KIND_LABEL = {
  guide: 'Gespreksstarters', mainQuestion: 'Hoofdvraag', topic: 'Onderwerp', question: 'Gespreksvraag', readingTip: 'Leestip',
  theme: 'Thema', policyTheme: 'Beleidsthema', framework: 'Zelfscan', competence: 'Zelfscan: onderdeel', item: 'Zelfscan: uitspraak',
  networkGroup: 'Netwerkcheck', networkCondition: 'Netwerkcheck: voorwaarde', networkKind: 'Netwerkcheck: soort netwerk',
  networkForm: 'Netwerkcheck: vorm', networkMap: 'Netwerkkaart', networkPlan: 'Netwerkplan', network: 'Netwerkcheck', source: 'Bron',
  glossaryTerm: 'Begrip',
};
const FIELD_LABEL = { title: 'Titel', question: 'Hoofdvraag', text: 'Tekst', publisher: 'Uitgever', tags: 'Thema’s', levels: 'Niveaus', context: 'Bij', aliases: 'Ook' };
const PLACES = [['gespreksstarters', 'Gespreksstarters'], ['zelfscan', 'Zelfscan'], ['netwerkcheck', 'Netwerkcheck'], ['bronnen', 'Bronnen'], ['begrippen', 'Begrippen']];
// The search asks for one page of hits at a time (the core ranks all and tells the true
// count, but builds snippets only for the hits it returns); "Toon meer" asks for the next.
const PAGE_SIZE = 25;
const MAX_HITS = 500;  // the most the core returns in one answer
const PARAMS = { q: 'q', guide: 'figuur', theme: 'thema', policyTheme: 'beleid', place: 'waar' };

function readState(query) {
  return Object.fromEntries(Object.entries(PARAMS).map(([key, param]) => [key, query.get(param) || '']));
}

function writeState(state) {
  const query = new URLSearchParams();
  for (const [key, param] of Object.entries(PARAMS)) if (state[key]) query.set(param, state[key]);
  const text = query.toString();
  // replaceState: no hashchange, so typing never re-renders the page or loses focus.
  history.replaceState(null, '', `#/gespreksstarters${text ? `?${text}` : ''}`);
}

function hitItem(hit) {
  const titleMatch = hit.matches.find((m) => m.field === hit.titleField);
  const otherMatches = hit.matches.filter((m) => m !== titleMatch && m.field !== 'context');
  return h('li', { class: 'hit', 'data-place': hit.place },
    h('p', { class: 'hit__kind' }, KIND_LABEL[hit.kind] || hit.kind),
    h('p', { class: 'hit__title' }, h('a', { href: link(hit.route) },
      titleMatch ? highlighted(titleMatch.text, titleMatch.ranges) : hit.title)),
    otherMatches.map((m) => h('p', { class: 'hit__excerpt' }, h('span', { class: 'visually-hidden' }, `${FIELD_LABEL[m.field] || m.field}: `),
      highlighted(m.text, m.ranges))),
    h('p', { class: 'hit__context' }, hit.context),
    hit.kind === 'question' || hit.kind === 'mainQuestion' ? agendaToggle(hit.id, hit.kind === 'question' ? 'vraag' : 'hoofdvraag') : null);
}

function countText(n) {
  return n === 1 ? '1 resultaat' : `${n} resultaten`;
}

function select(id, label, options, value) {
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    h('select', { id, name: id }, h('option', { value: '' }, 'Alle'),
      options.map((o) => h('option', { value: o.id, selected: o.id === value }, o.title))));
}

export async function overviewPage({ query }) {
  const core = await coreWithContent();
  loadAgenda(core);
  const overview = core.overview();
  const maps = lookupMaps(overview, overview.sources);
  const state = readState(query);
  const results = h('div', { id: 'results', class: 'results later' });
  const summary = h('p', { id: 'results-summary', class: 'results-summary', role: 'status' });

  const figures = overview.guides.filter((g) => g.kind === 'figure');
  const subjects = overview.guides.filter((g) => g.kind === 'subject');

  function guideCards() {
    const card = (g) => h('li', { class: 'card' },
      h('h3', { class: 'card__title' }, h('a', { href: link(guidePath(g.id)) }, g.title)),
      h('p', {}, g.summary),
      h('p', { class: 'card__meta' }, `${g.mainQuestions} hoofdvragen · ${g.topics} onderwerpen · ${g.questions} gespreksvragen`));
    return [
      h('h2', {}, 'Per sleutelfiguur'),
      h('ul', { class: 'cards' }, figures.map(card)),
      h('h2', {}, 'Per onderwerp'),
      h('ul', { class: 'cards' }, subjects.map(card)),
    ];
  }

  let limit = PAGE_SIZE;
  // Searching covers all content and filtering all guides: the first time, the rest of
  // the content loads (issue 15) and the results follow.
  function draw(announceCount, more = false) {
    if (!more) limit = PAGE_SIZE;
    try {
      drawNow(announceCount);
    } catch (error) {
      if (!error || error.code !== 'content_part_missing') throw error;
      clear(results);
      summary.textContent = 'Alle inhoud wordt geladen…';
      coreWithContent(error.parts).then(() => draw(announceCount, more), () => {
        summary.textContent = 'De inhoud kon niet worden geladen. Laad de pagina opnieuw.';
      });
    }
  }

  function drawNow(announceCount) {
    writeState(state);
    clear(results);
    const filter = { guide: state.guide, theme: state.theme, policyTheme: state.policyTheme };
    const filtered = state.guide || state.theme || state.policyTheme;
    if (state.q.trim()) {
      const result = core.search(state.q, { ...filter, place: state.place }, limit);
      const q = state.q.trim();
      const { hits, total } = result;
      summary.textContent = total
        ? `${countText(total)} voor “${q}”${result.terms > 1 && result.totalAllWords < total ? ` (${result.totalAllWords} met alle woorden)` : ''}${hits.length < total ? `; de beste ${hits.length} staan hieronder` : ''}`
        : `Geen resultaten voor “${q}”. Probeer een ander of korter woord.`;
      if (result.suggestion) {
        results.append(h('p', { class: 'did-you-mean' }, 'Bedoelde je ',
          h('a', { href: link(`/gespreksstarters?q=${encodeURIComponent(result.suggestion)}`), onclick: (e) => {
            e.preventDefault();
            state.q = result.suggestion;
            input.value = state.q;
            draw(true);
          } }, result.suggestion), '?'));
      }
      results.append(h('ol', { class: 'hits' }, hits.map(hitItem)));
      if (hits.length < total && limit < MAX_HITS) {
        const shownBefore = hits.length;
        results.append(h('p', { class: 'more-hits no-print' }, h('button', { type: 'button', class: 'button button--secondary', onclick: () => {
          limit = Math.min(limit + PAGE_SIZE, MAX_HITS);
          draw(false, true);
          // Keyboard users go on at the first hit that was added.
          results.querySelectorAll('li.hit .hit__title a')[shownBefore]?.focus();
        } }, `Toon meer resultaten (nog ${total - hits.length})`)));
      }
      const related = result.related || [];
      if (related.length) {
        results.append(h('p', { class: 'related-themes' }, 'Verwante thema’s: ',
          related.map((t, i) => [i ? ', ' : '', h('a', { href: link(t.route) }, t.title)])));
      }
      for (const [place, label] of PLACES) {
        const option = form.querySelector(`#waar option[value="${place}"]`);
        if (option) option.textContent = `${label} (${result.perPlace[place]})`;
      }
    } else if (filtered) {
      const { groups, topicCount } = core.browse(filter);
      summary.textContent = topicCount ? `${topicCount} onderwerpen gevonden` : 'Geen onderwerpen bij deze keuze.';
      for (const g of groups) {
        results.append(h('section', { class: 'main-question' },
          h('h2', {}, h('span', { class: 'number' }, `${g.guideTitle} · hoofdvraag ${g.mainQuestion.number}`), ' ',
            h('a', { href: link(guidePath(g.guide, g.mainQuestion.id)) }, g.mainQuestion.title)),
          h('p', {}, h('strong', {}, g.mainQuestion.question)),
          g.mainQuestion.topics.map((t) => topicBlock(t, { guideId: g.guide, ...maps }))));
      }
    } else {
      summary.textContent = '';
      results.append(...guideCards());
      for (const [place, label] of PLACES) {
        const option = form.querySelector(`#waar option[value="${place}"]`);
        if (option) option.textContent = label;
      }
    }
    if (announceCount && summary.textContent) announce(summary.textContent);
  }

  let timer = null;
  const input = h('input', { id: 'zoek', type: 'search', name: 'q', value: state.q, autocomplete: 'off',
    'aria-describedby': 'zoek-hint' });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.q = input.value; draw(false); }, 150);
  });
  const form = h('form', { class: 'search-form no-print', role: 'search', onsubmit: (e) => { e.preventDefault(); state.q = input.value; draw(true); } },
    h('div', { class: 'field field--wide' },
      h('label', { for: 'zoek' }, 'Zoek in alles van Samenwijs'),
      h('p', { id: 'zoek-hint', class: 'hint' }, 'Gespreksstarters, zelfscans, netwerkcheck, bronnen en begrippen. Bijvoorbeeld: privacy, digitale geletterdheid, lesbezoek. Hoofdletters, accenten en een tikfout maken niet uit.'),
      input),
    h('div', { class: 'filters' },
      select('waar', 'Waar zoeken', PLACES.map(([id, title]) => ({ id, title })), state.place),
      select('figuur', 'Sleutelfiguur of onderwerp', overview.guides, state.guide),
      select('thema', 'Thema', overview.themes, state.theme),
      select('beleid', 'Beleidsthema', overview.policyThemes, state.policyTheme)),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button' }, 'Zoeken'),
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => {
        Object.assign(state, { q: '', guide: '', theme: '', policyTheme: '', place: '' });
        input.value = '';
        for (const s of form.querySelectorAll('select')) s.value = '';
        draw(true);
      } }, 'Wis zoekopdracht en filters')));
  for (const [id, key] of [['waar', 'place'], ['figuur', 'guide'], ['thema', 'theme'], ['beleid', 'policyTheme']]) {
    form.querySelector(`#${id}`).addEventListener('change', (e) => { state[key] = e.target.value; draw(true); });
  }

  draw(false);
  return {
    title: 'Gespreksstarters',
    node: [
      h('h1', { tabindex: '-1' }, 'Gespreksstarters'),
      h('p', { class: 'lead' }, 'Vragen en onderwerpen om in je school het gesprek te voeren over ict-bekwaamheid: voor de leraar, de i-coach, de schoolleider en de bestuurder, en over de lerende organisatie en leernetwerken.'),
      h('p', { class: 'callout' }, h('strong', {}, 'De vragen van leraren zijn altijd het startpunt. '),
        'Begin daarom bij ', h('a', { href: link(guidePath('leraar')) }, 'de gespreksstarters voor de leraar'),
        ' en kies daarna wat bij jouw rol en school past.'),
      h('div', { class: 'toolbar no-print' },
        h('a', { class: 'button', href: link('/waar-begin-ik') }, 'Waar begin ik?'), agendaLink()),
      form,
      summary,
      results,
    ],
  };
}

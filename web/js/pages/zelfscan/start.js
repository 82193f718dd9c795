// #/zelfscan: choose a self-assessment, resume one, or look at a result code.
import { h } from '../../dom.js';
import { link, navigate } from '../../router.js';
import { coreWithContent } from '../../loader.js';
import { pageTitle } from '../../ui.js';
import { canKeepProgress, clearZelfscanData, readHistory, readState, startNewMeasurement } from '../../zelfscan-store.js';
import { announce } from '../../dom.js';

export async function zelfscanStartPage() {
  const core = await coreWithContent();
  const { frameworks } = core.frameworks();
  const codeInput = h('input', { id: 'code', type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'code-hint code-error' });
  const codeError = h('p', { id: 'code-error', class: 'field-error', role: 'alert' });

  // Each entry carries what the progress store needs (id and version), so the
  // first draw does not ask for every full framework (a first visit's answer part stays
  // small, issue 15).
  const card = (framework) => {
    const fw = framework;
    const state = readState(core, framework);
    const done = state.progress.done;
    const finished = Boolean(state.completedAt);
    let actions;
    if (finished) {
      actions = [h('span', { class: 'card__status' }, 'Je zelfscan is af. '),
        h('a', { class: 'button', href: link(`/zelfscan/${fw.id}/uitslag`) }, 'Bekijk je uitslag'), ' ',
        h('button', { type: 'button', class: 'button button--secondary', onclick: () => {
          if (!window.confirm('Een nieuwe meting beginnen? Je huidige meting blijft bewaard bij Mijn metingen.')) return;
          startNewMeasurement(core, framework);
          navigate(`/zelfscan/${fw.id}/stap/1`);
        } }, 'Nieuwe meting beginnen', h('span', { class: 'visually-hidden' }, ` ${fw.title}`))];
    } else if (done) {
      actions = [h('a', { class: 'button', href: link(`/zelfscan/${fw.id}/stap/${state.step || 1}`) }, 'Verder waar je was'),
        h('span', { class: 'card__meta' }, ` ${done} van ${fw.items} beantwoord`),
        ' ', h('a', { href: link(`/zelfscan/${fw.id}/uitslag`) }, 'Bekijk je uitslag tot nu toe')];
    } else {
      actions = h('a', { class: 'button', href: link(`/zelfscan/${fw.id}/stap/1`) }, 'Begin', h('span', { class: 'visually-hidden' }, ` ${fw.title}`));
    }
    return h('li', { class: 'card' },
      h('h2', { class: 'card__title' }, fw.title),
      h('p', {}, fw.summary),
      h('p', { class: 'card__meta' }, `${fw.competences} competenties · ${fw.items} uitspraken · ongeveer ${fw.estimatedMinutes} minuten`),
      h('p', { class: 'card__actions' }, actions));
  };
  const measured = readHistory(core).measurements.length;

  return {
    title: 'Zelfscan',
    node: [
      ...pageTitle('Zelfscan', 'Ga na hoe je ict gebruikt in je werk. Per onderdeel kies je bij elke uitspraak het niveau dat het best bij je past. Daarna zie je je sterke punten en waar je kunt groeien, met gespreksstarters en leestips.'),
      h('div', { class: 'privacy-line' },
        h('p', {}, h('strong', {}, 'Anoniem. '), 'Samenwijs vraagt geen naam of e-mailadres. Je antwoorden blijven op dit apparaat en gaan nergens heen. Alleen als jij je resultaatcode of -bestand deelt, ziet iemand anders je uitslag, en ook dan zonder naam.'),
        canKeepProgress() ? h('p', {}, 'Je kunt stoppen wanneer je wilt: je antwoorden worden op dit apparaat bewaard tot je ze wist.')
          : h('p', {}, h('strong', {}, 'Let op: '), 'deze browser staat geen opslag toe. De zelfscan werkt, maar je voortgang wordt niet bewaard als je de pagina sluit.')),
      h('ul', { class: 'cards cards--two' }, frameworks.map(card)),
      h('section', { 'aria-labelledby': 'history-title', class: 'later' },
        h('h2', { id: 'history-title' }, 'Mijn metingen'),
        h('p', {}, measured ? `Je hebt ${measured === 1 ? '1 meting' : `${measured} metingen`} op dit apparaat. ` : 'Als je een zelfscan afmaakt, wordt hij hier bewaard met de datum. ',
          h('a', { href: link('/zelfscan/metingen') }, 'Bekijk je metingen, vergelijk ze en maak een ontwikkelplan'))),
      h('section', { 'aria-labelledby': 'code-title', class: 'later' },
        h('h2', { id: 'code-title' }, 'Heb je al een resultaatcode?'),
        h('form', { class: 'inline-form', onsubmit: (e) => {
          e.preventDefault();
          try {
            const decoded = core.decodeResult(codeInput.value);
            navigate(`/zelfscan/code?c=${encodeURIComponent(decoded.code)}`);
          } catch (error) {
            codeError.textContent = error.message;
            codeInput.setAttribute('aria-invalid', 'true');
            codeInput.focus();
          }
        } },
          h('div', { class: 'field field--wide' },
            h('label', { for: 'code' }, 'Resultaatcode'),
            h('p', { id: 'code-hint', class: 'hint' }, 'Een code begint met SW2- (een oudere met SW1-). Spaties maken niet uit, en bij SW2- ook hoofdletters en kleine letters niet. Je vindt hem bij je uitslag.'),
            codeInput, codeError),
          h('button', { type: 'submit', class: 'button' }, 'Bekijk uitslag'))),
      h('section', { 'aria-labelledby': 'wipe-title', class: 'later' },
        h('h2', { id: 'wipe-title' }, 'Je gegevens'),
        h('p', {}, 'Wil je alles van de zelfscan van dit apparaat verwijderen? Je antwoorden en eerdere resultaatcodes worden dan gewist. Andere gegevens blijven staan.'),
        h('button', { type: 'button', class: 'button button--danger', onclick: () => {
          if (!window.confirm('Alle antwoorden en eerdere uitslagen van de zelfscan op dit apparaat wissen?')) return;
          clearZelfscanData(frameworks.map((f) => f.id));
          announce('Je gegevens van de zelfscan zijn gewist.');
          navigate('/zelfscan');
          window.dispatchEvent(new HashChangeEvent('hashchange'));
        } }, 'Wis mijn gegevens')),
    ],
  };
}

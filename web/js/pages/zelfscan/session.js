// Opens a framework with the progress saved for it. Damaged or old-version progress has
// already been salvaged by the store (the original put aside); what was put aside is
// shown here with the core's explanation and a choice: keep it as a file, or throw it away.
import { download, h } from '../../dom.js';
import { asides, dropAside, readState } from '../../zelfscan-store.js';

export function openSession(core, frameworkId) {
  const framework = core.framework(frameworkId);
  const state = readState(core, framework);
  const competences = framework.domains.flatMap((d) => d.competences.map((c) => ({ ...c, domain: d })));
  return { framework, competences, state };
}

/** Notices for data put aside; empty when there is none. */
export function asideNotices(core, framework) {
  return asides(framework.id).map((aside, i) => {
    const read = core.zelfscanState(framework.id, aside.raw);
    const notice = h('div', { class: 'notice notice--error aside-notice', role: 'alert' },
      h('h2', {}, 'Je eerdere antwoorden waren niet helemaal te lezen'),
      h('p', {}, read.problem || 'Je opgeslagen antwoorden konden niet worden gelezen.'),
      h('p', {}, 'Je kunt gewoon verder met invullen: alles wordt weer bewaard. De oude gegevens staan apart op dit apparaat tot jij kiest wat ermee gebeurt.'),
      h('p', {},
        h('button', { type: 'button', class: 'button button--secondary', onclick: () => download(`samenwijs-oude-zelfscan-${framework.id}${i ? `-${i + 1}` : ''}.json`, aside.raw, 'application/json') }, 'Bewaar de oude gegevens als bestand'), ' ',
        h('button', { type: 'button', class: 'button button--secondary', onclick: () => {
          if (!window.confirm('De oude gegevens weggooien? De antwoorden die we eruit konden halen, blijven staan.')) return;
          dropAside(aside.key);
          notice.remove();
        } }, 'Gooi de oude gegevens weg')));
    return notice;
  });
}

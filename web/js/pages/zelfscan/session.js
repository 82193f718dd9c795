// Loads a framework and the saved answers for it, validated by the core. A saved state
// that cannot be used (damaged, or from another version) is reported, not thrown away.
import { readProgress } from '../../zelfscan-store.js';

export function openSession(core, frameworkId) {
  const framework = core.framework(frameworkId);
  const saved = readProgress(frameworkId);
  let answers = {};
  let problem = null;
  let step = 1;
  if (saved) {
    if (!saved.value) {
      problem = 'Je opgeslagen antwoorden zijn beschadigd en kunnen niet worden gelezen.';
    } else if (saved.value.frameworkVersion !== framework.version) {
      problem = `Je opgeslagen antwoorden horen bij een andere versie van deze zelfscan (versie ${saved.value.frameworkVersion}, nu versie ${framework.version}).`;
    } else {
      try {
        core.profile(frameworkId, saved.value.answers || {}); // validates every item id and value
        answers = { ...(saved.value.answers || {}) };
        step = Number.isInteger(saved.value.step) ? saved.value.step : 1;
      } catch (error) {
        problem = `Je opgeslagen antwoorden kunnen niet worden gebruikt: ${error.message}`;
      }
    }
  }
  const competences = framework.domains.flatMap((d) => d.competences.map((c) => ({ ...c, domain: d })));
  return { framework, competences, answers, problem, raw: saved && saved.raw, step };
}

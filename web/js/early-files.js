// The first draw's scripts that the early start in <head> put into the page (issue 15,
// web/js/early-start.js): the page group and the answer parts of a route the build
// answered. main.js draws the first page once they have run, so the loader finds them
// present and the page is drawn in the same task, before the first paint. A page group
// that ran before app.js could not take the shell's modules yet: it waits in
// self.SAMENWIJS_WAITING_PAGES (scripts/build-site.mjs wraps every group) and runs here.

/** Runs the page groups that arrived before the shell. */
export function runWaitingPageGroups() {
  if (!self.SAMENWIJS_SHELL) return;
  const waiting = self.SAMENWIJS_WAITING_PAGES || [];
  while (waiting.length) waiting.shift()();
}

/** Resolves once the early start's scripts have run (or failed: the loader then loads and reports them). */
export async function earlyFilesArrived() {
  const early = self.SAMENWIJS_EARLY;
  // Awaited at least once: app.js publishes the shell's modules after main.js has run.
  await early;
  runWaitingPageGroups();
  // The draw in a task of its own, not in the one that ran app.js (or the last early
  // script): two short tasks keep the main thread free between them (Lighthouse counts
  // what a task takes beyond 50 ms at its 4x slower CPU as blocking time).
  if (early) await new Promise((resolve) => { setTimeout(resolve, 0); });
}

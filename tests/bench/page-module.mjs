// In a page of the built site, for the benches that time the module in Chromium: loads the
// module's glue, compiles its wasm and loads the whole content bundle (content.js), and
// leaves them in self.benchModule = { compiled, bundle }. A page drawn from answers loads
// the glue only at the first interaction (issue 15), so it is loaded here when missing;
// none of the module's code has run when this returns. Use: await page.evaluate(prepareModule),
// or page.evaluate(prepareModule, 'samenwijs-core-profile.js') for another build of the glue
// (loaded even when a glue is present: it replaces self.createSamenwijsCore; its wasm is the
// file of the same name). Self-contained on purpose: Playwright sends the function's source.
export async function prepareModule(otherGlue) {
  const addScript = (src) => new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
  const glue = otherGlue || `samenwijs-core.js?v=${document.documentElement.dataset.version}`;
  if (otherGlue || typeof self.createSamenwijsCore !== 'function') await addScript(glue);
  const bytes = await (await fetch(glue.replace('.js', '.wasm'))).arrayBuffer();
  const compiled = await WebAssembly.compile(bytes);
  if (typeof self.SAMENWIJS_CONTENT !== 'string') await addScript('content.js');
  self.benchModule = { compiled, bundle: self.SAMENWIJS_CONTENT };
}

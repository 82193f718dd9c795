// Starts the wasm module and loads the packaged content, in a way that works over
// http(s) under any sub-path and from an unzipped folder opened as file://.
// Every script is a classic <script> relative to the page: no fetch from file://, and
// never a request to another origin.
import { SamenwijsCore, SamenwijsError } from './core.js';

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const el = document.createElement('script');
    el.src = src;
    el.onload = () => resolve();
    el.onerror = () => {
      el.remove();
      reject(new SamenwijsError('load_failed', 'Een onderdeel van Samenwijs kon niet worden geladen.'));
    };
    document.head.appendChild(el);
  });
}

function base64ToBytes(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function webAssemblySupported() {
  try {
    return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function' &&
      WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
  } catch {
    return false;
  }
}

const version = document.documentElement.dataset.version || 'dev';
const asset = (name) => `${name}?v=${version}`;

let corePromise = null;
let contentPromise = null;

/** Starts the module once; later calls share the same promise. */
export function startCore() {
  if (!corePromise) {
    corePromise = (async () => {
      if (!webAssemblySupported()) {
        throw new SamenwijsError('unsupported', 'Deze browser kan Samenwijs niet uitvoeren, omdat WebAssembly ontbreekt of is uitgeschakeld. ' +
          'Gebruik een recente versie van Edge, Chrome, Firefox of Safari, of vraag je ict-beheer om WebAssembly toe te staan.');
      }
      if (typeof self.createSamenwijsCore !== 'function') await loadScript(asset('samenwijs-core.js'));
      const options = { locateFile: (file) => asset(file), onAbort: () => {} };
      if (location.protocol === 'file:') {
        // fetch() cannot read files; the module is also shipped as a base64 script.
        await loadScript(asset('samenwijs-core-wasm.js'));
        options.wasmBinary = base64ToBytes(self.SAMENWIJS_WASM_BASE64);
      }
      try {
        return new SamenwijsCore(await self.createSamenwijsCore(options));
      } catch {
        throw new SamenwijsError('load_failed', 'De rekenkern van Samenwijs kon niet starten.');
      }
    })();
    corePromise.catch(() => { corePromise = null; });
  }
  return corePromise;
}

/**
 * The module with the content loaded. Pages that need the core call this; the home and
 * about pages do not, so a first visit stays small. Loaded once, then shared.
 */
export function coreWithContent() {
  if (!contentPromise) {
    contentPromise = (async () => {
      const core = await startCore();
      if (!core.contentLoaded) {
        if (typeof self.SAMENWIJS_CONTENT !== 'string') await loadScript(asset('content.js'));
        core.loadContent(self.SAMENWIJS_CONTENT);
      }
      return core;
    })();
    contentPromise.catch(() => { contentPromise = null; });
  }
  return contentPromise;
}

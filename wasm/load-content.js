// Module.loadContent(text) (issue 15): the bundle goes into the module's memory as UTF-8
// written by TextEncoder.encodeInto (native code) into one malloc'ed buffer, and the core
// parses it in place (loadContentUtf8: pointer and length). Embind's std::string argument
// would walk the ~400 KB text twice per character in JS (length, then copy; slow while
// that JS is not optimised yet, which is the page's first call) and copy it once more in
// the module. Linked with --post-js: runs inside the module factory, so _malloc, _free
// and HEAPU8 are the glue's own (HEAPU8 is read after _malloc, which may grow memory).
// What TextEncoder would encode differently from Embind (a lone surrogate becomes U+FFFD
// there, an ill-formed byte sequence here) and anything that is not a string go the old
// way, so behaviour and error messages stay exactly the same. (Quoted names: closure
// does not know isWellFormed and would rename it.)
// addContent(text) (issue 15) crosses the same way into addContentUtf8: it adds the parts
// of a partial bundle to the loaded content (see core/include/samenwijs/content_session.hpp).
// The answer crosses back as UTF-8 bytes as well: viaUtf8 returns the address of the
// answer's address and size in the module's memory (wasm/bindings.cpp, keepAnswer), and
// TextDecoder (native code) reads them; Embind's std::string return would copy the answer
// once more and walk it byte by byte in JS that is not optimised yet on a page's first call.
function samenwijsAnswer(where) {
  var at = HEAPU32[where >> 2];
  return new TextDecoder()['decode'](HEAPU8.subarray(at, at + HEAPU32[(where >> 2) + 1]));
}
function samenwijsBytesCall(viaText, viaUtf8) {
  return function (text) {
    if (arguments.length !== 1 || typeof text !== 'string' || typeof TextEncoder !== 'function' || typeof TextDecoder !== 'function' ||
        typeof text['isWellFormed'] !== 'function' || !text['isWellFormed']()) {
      return Module[viaText].apply(null, arguments);
    }
    // At most three bytes per UTF-16 unit; pages of the buffer that are not written are
    // never touched, so the reserve costs no memory.
    var capacity = text.length * 3;
    var data = _malloc(capacity + 1);
    if (!data) return Module[viaText](text);
    try {
      var written = new TextEncoder()['encodeInto'](text, HEAPU8.subarray(data, data + capacity))['written'];
      return samenwijsAnswer(Module[viaUtf8](data, written));
    } finally {
      _free(data);
    }
  };
}
Module['loadContent'] = samenwijsBytesCall('loadContentText', 'loadContentUtf8');
Module['addContent'] = samenwijsBytesCall('addContentText', 'addContentUtf8');

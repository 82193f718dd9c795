// Embind bindings: the only place that knows about Emscripten. Strings in, JSON envelope
// strings out (see core/include/samenwijs/api.hpp); the JS facade in web/js/core.js turns
// error envelopes into SamenwijsError. The core validates every input and never throws
// (the module is built without exceptions), so nothing here needs to catch. No C++
// object crosses to JS, so JS never has to delete anything; the loaded content lives in
// this module for the page's lifetime.
#include <emscripten/bind.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "samenwijs/api.hpp"
#include "samenwijs/content_session.hpp"

namespace {

samenwijs::ContentSession& session() {
  static samenwijs::ContentSession instance;
  return instance;
}

const samenwijs::Api* api() { return session().api(); }

// Validates and loads the content bundle (the text of content.js). Replaces earlier
// content only when the new bundle is valid; answers with the overview (a partial bundle:
// {"partial":true}).
std::string loadBundle(std::string_view bundleJson) { return session().load(bundleJson); }

// The same for a JS string, converted by Embind (its per-character UTF-8 copy, plus a
// second copy into this std::string). loadContent (wasm/load-content.js) uses it only for
// what TextEncoder cannot encode the same way: a non-string, or a lone surrogate.
std::string loadContentText(const std::string& bundleJson) { return loadBundle(bundleJson); }

// The answers of loadContentUtf8 and addContentUtf8 cross back as UTF-8 bytes too (issue
// 15): Embind's std::string return copies the answer into a malloc'ed buffer, and its JS
// then walks every byte looking for NULs before decoding (3-5 ms for the 15 KB overview in
// a fresh page, where that JS is not optimised yet). Instead the answer stays here until
// the next such call, and wasm/load-content.js decodes it with TextDecoder (native code)
// from the address and size this returns the address of.
std::uintptr_t keepAnswer(std::string answer) {
  static std::string kept;
  static std::uint32_t where[2];
  kept = std::move(answer);
  where[0] = static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(kept.data()));
  where[1] = static_cast<std::uint32_t>(kept.size());
  return reinterpret_cast<std::uintptr_t>(where);
}

// A range outside the memory is refused instead of trapping.
bool outsideMemory(std::uintptr_t data, std::size_t length) {
  const std::size_t memory = __builtin_wasm_memory_size(0) * 65536;
  return data > memory || length > memory - data;
}

std::string outsideMemoryError() {
  return samenwijs::Api::error(samenwijs::errc::kBadRequest, "Deze gegevens kunnen niet aan de rekenkern worden doorgegeven.");
}

// The same for UTF-8 bytes that loadContent (wasm/load-content.js) wrote into this
// module's memory with TextEncoder.encodeInto (native code, no copy; issue 15). Answers
// through keepAnswer.
std::uintptr_t loadContentUtf8(std::uintptr_t data, std::size_t length) {
  if (outsideMemory(data, length)) return keepAnswer(outsideMemoryError());
  return keepAnswer(loadBundle(std::string_view(reinterpret_cast<const char*>(data), length)));
}

// Adds the parts of a partial bundle to the loaded content (issue 15, ContentSession::add):
// as UTF-8 bytes like loadContentUtf8, or a JS string for what TextEncoder cannot encode
// the same way. Answers content_not_added when the parts must be loaded at once.
std::string addContentText(const std::string& bundleJson) { return session().add(bundleJson); }

std::uintptr_t addContentUtf8(std::uintptr_t data, std::size_t length) {
  if (outsideMemory(data, length)) return keepAnswer(outsideMemoryError());
  return keepAnswer(session().add(std::string_view(reinterpret_cast<const char*>(data), length)));
}

std::string call(const std::string& method, const std::string& argsJson) {
  if (!api()) {
    return samenwijs::Api::error("content_not_loaded", "De inhoud van de site is nog niet geladen.");
  }
  return api()->call(method, argsJson);
}

// The same, with a bulk text beside the JSON arguments (see ApiContext::attachment).
std::string callWithText(const std::string& method, const std::string& argsJson, const std::string& text) {
  if (!api()) {
    return samenwijs::Api::error("content_not_loaded", "De inhoud van de site is nog niet geladen.");
  }
  return api()->call(method, argsJson, text);
}

}  // namespace

EMSCRIPTEN_BINDINGS(samenwijs) {
  // loadContent and addContent themselves are JS (wasm/load-content.js, linked with --post-js).
  emscripten::function("loadContentText", &loadContentText);
  emscripten::function("loadContentUtf8", &loadContentUtf8);
  emscripten::function("addContentText", &addContentText);
  emscripten::function("addContentUtf8", &addContentUtf8);
  emscripten::function("call", &call);
  emscripten::function("callWithText", &callWithText);
}

// Embind bindings: the only place that knows about Emscripten. Strings in, JSON envelope
// strings out (see core/include/samenwijs/api.hpp); the JS facade in web/js/core.js turns
// error envelopes into SamenwijsError. The core validates every input and never throws
// (the module is built without exceptions), so nothing here needs to catch. No C++
// object crosses to JS, so JS never has to delete anything; the loaded content lives in
// this module for the page's lifetime.
#include <emscripten/bind.h>

#include <memory>
#include <string>

#include "samenwijs/api.hpp"

namespace {

std::unique_ptr<samenwijs::Api>& api() {
  static std::unique_ptr<samenwijs::Api> instance;
  return instance;
}

// Validates and loads the content bundle (the text of content.js). Replaces earlier
// content only when the new bundle is valid; answers with the overview (a partial bundle:
// {"partial":true}).
std::string loadContent(const std::string& bundleJson) {
  std::string error;
  auto loaded = samenwijs::makeApiFromBundle(bundleJson, error);
  if (!loaded) return error;
  api() = std::move(loaded);
  // A partial bundle (issue 15) may lack what the overview shows; the loading succeeded.
  if (api()->content().content().parts.partial) return samenwijs::Api::ok(samenwijs::Json{{"partial", true}});
  return api()->call("overview", "{}");
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
  emscripten::function("loadContent", &loadContent);
  emscripten::function("call", &call);
  emscripten::function("callWithText", &callWithText);
}

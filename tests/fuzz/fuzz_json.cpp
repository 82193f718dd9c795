// libFuzzer target: the core's own JSON parser (parseJsonText, issue 15) against nlohmann's
// strict DOM parse on any bytes. Both must accept or refuse alike, and an accepted text must
// give the same value (types at every node, doubles bit for bit); a difference aborts with
// what differs. The loader's deferring parse (parseJsonTextDeferring) must agree too.
// Seeds: tests/fuzz/corpus/fuzz_json (real content files and edge cases); dictionary:
// tests/fuzz/json.dict.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "../core/json_same.hpp"
#include "samenwijs/json_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const samenwijs::Json ours = samenwijs::parseJsonText(text);
  const samenwijs::Json theirs = samenwijs::Json::parse(text, nullptr, false);
  if (ours.is_discarded() != theirs.is_discarded()) {
    std::fprintf(stderr, "parseJsonText %s, nlohmann %s\n", ours.is_discarded() ? "refuses" : "accepts",
                 theirs.is_discarded() ? "refuses" : "accepts");
    std::abort();
  }
  const std::string difference = samenwijs_test::jsonDifference(ours, theirs);
  if (!difference.empty()) {
    std::fprintf(stderr, "parseJsonText and nlohmann differ: %s\n", difference.c_str());
    std::abort();
  }
  // parseJsonTextDeferring (the loader's parse of the bundle): the same refusals, and the
  // root's array members, parsed back from their elements' texts, give the same value.
  samenwijs::DeferredArrays arrays;
  std::vector<std::string> keys{"guides", "frameworks"};
  if (ours.is_object()) {
    for (auto it = ours.begin(); it != ours.end(); ++it) {
      // Each key once; keys are C strings (no NUL inside).
      if (it.key() != "guides" && it.key() != "frameworks" && it.key().find('\0') == std::string::npos) keys.push_back(it.key());
    }
  }
  for (const auto& k : keys) arrays.keys.push_back(k.c_str());
  samenwijs::Json deferred = samenwijs::parseJsonTextDeferring(text, arrays);
  if (deferred.is_discarded() != ours.is_discarded()) {
    std::fprintf(stderr, "parseJsonTextDeferring %s, parseJsonText %s\n", deferred.is_discarded() ? "refuses" : "accepts",
                 ours.is_discarded() ? "refuses" : "accepts");
    std::abort();
  }
  for (std::size_t k = 0; k < keys.size() && !ours.is_discarded(); ++k) {
    if (!arrays.deferred[k]) continue;
    for (std::string_view element : arrays.elements[k]) deferred[keys[k]].push_back(samenwijs::parseJsonText(element));
  }
  const std::string deferredDifference = samenwijs_test::jsonDifference(deferred, ours);
  if (!ours.is_discarded() && !deferredDifference.empty()) {
    std::fprintf(stderr, "parseJsonTextDeferring and parseJsonText differ: %s\n", deferredDifference.c_str());
    std::abort();
  }
  return 0;
}

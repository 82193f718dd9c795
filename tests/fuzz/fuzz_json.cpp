// libFuzzer target: the core's own JSON parser (parseJsonText, issue 15) against nlohmann's
// strict DOM parse on any bytes. Both must accept or refuse alike, and an accepted text must
// give the same value (types at every node, doubles bit for bit); a difference aborts with
// what differs. Seeds: tests/fuzz/corpus/fuzz_json (real content files and edge cases);
// dictionary: tests/fuzz/json.dict.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

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
  return 0;
}

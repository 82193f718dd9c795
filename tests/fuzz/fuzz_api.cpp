// libFuzzer target: any method name and any argument text through the core's API, with
// the real content loaded. Every answer must be a JSON envelope; nothing may abort.
// Input: the method name, a newline, the arguments JSON, then optionally a NUL and the
// bulk text passed beside it (the codes of the team overview, the collectors, the board).
// Naming the method (instead of an index) keeps the corpus valid when methods are added.
// Seeds: tests/fuzz/corpus/fuzz_api (valid arguments for every method, made by
// tests/fuzz/make-seeds.mjs); dictionary: tests/fuzz/json.dict (with every method name).
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "fuzz_content.hpp"
#include "samenwijs/api.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::unique_ptr<samenwijs::Api> api = samenwijs::fuzzing::loadApi();
  const std::string input(reinterpret_cast<const char*>(data), size);
  const auto newline = input.find('\n');
  if (newline == std::string::npos) return 0;
  const std::string method = input.substr(0, newline);
  const auto nul = input.find('\0', newline + 1);
  const std::string args = input.substr(newline + 1, nul == std::string::npos ? std::string::npos : nul - newline - 1);
  const std::string attachment = nul == std::string::npos ? std::string() : input.substr(nul + 1);
  const std::string answer = api->call(method, args, attachment);
  const auto parsed = samenwijs::Json::parse(answer, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("ok")) std::abort();
  return 0;
}

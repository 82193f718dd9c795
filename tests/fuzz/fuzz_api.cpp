// libFuzzer target: any method name and any argument text through the core's API, with
// the real content loaded. Every answer must be a JSON envelope; nothing may abort.
// Seeds: tests/fuzz/corpus/fuzz_api (valid arguments for every method, made by
// tests/fuzz/make-seeds.mjs); dictionary: tests/fuzz/json.dict.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "fuzz_content.hpp"
#include "samenwijs/api.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::unique_ptr<samenwijs::Api> api = samenwijs::fuzzing::loadApi();
  static const char* const methods[] = {"overview", "guide", "lookup", "browse", "search", "sources", "agendaResolve",
                                        "agendaExport", "guidedStart", "suggest", "framework", "profile", "decodeResult",
                                        "resultFile", "readResultFile", "compare", "team", "teamCompare", "teamCsv",
                                        "network", "readiness", "networkAdvice", "planCheck", "planExport", "planImport",
                                        "networkMap", "mapExport", "mapImport"};
  if (size == 0) return 0;
  // Byte 0 picks the method; the rest is the arguments JSON, optionally followed by a NUL
  // and the bulk text passed beside it (the team overview's codes).
  const std::string method = methods[data[0] % (sizeof(methods) / sizeof(methods[0]))];
  const std::string rest(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto nul = rest.find('\0');
  const std::string args = rest.substr(0, nul);
  const std::string attachment = nul == std::string::npos ? std::string() : rest.substr(nul + 1);
  const std::string answer = api->call(method, args, attachment);
  const auto parsed = samenwijs::Json::parse(answer, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("ok")) std::abort();
  return 0;
}

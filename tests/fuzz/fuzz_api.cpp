// libFuzzer target: any method name and any argument text through the core's API, with
// the real content loaded. Every answer must be a JSON envelope; nothing may abort.
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
  const std::string method = methods[data[0] % (sizeof(methods) / sizeof(methods[0]))];
  const std::string args(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::string answer = api->call(method, args, size > 2 && data[1] == '!' ? args : std::string());
  const auto parsed = samenwijs::Json::parse(answer, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("ok")) std::abort();
  return 0;
}

// libFuzzer target: decoding arbitrary text as a result code never aborts, and whatever
// decodes re-encodes to the same canonical code.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "fuzz_content.hpp"
#include "samenwijs/result_code.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::unique_ptr<samenwijs::Api> api = samenwijs::fuzzing::loadApi();
  const auto& frameworks = api->content().content().frameworks;
  const std::string code(reinterpret_cast<const char*>(data), size);
  const samenwijs::DecodedResult r = samenwijs::decodeResult(frameworks, code);
  if (r.error == samenwijs::DecodeError::None) {
    const std::string again = samenwijs::encodeResult(*r.framework, r.answers);
    const auto first = code.find_first_not_of(" \t\r\n");
    const auto last = code.find_last_not_of(" \t\r\n");
    if (again != code.substr(first, last - first + 1)) std::abort();
  } else if (r.message.empty()) {
    std::abort();
  }
  return 0;
}

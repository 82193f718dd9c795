// libFuzzer target: decoding a result code never aborts, and whatever decodes re-encodes
// to the same canonical code.
// Two kinds of input (first byte, lowest bit):
//   0  the rest is the code's binary payload; the target appends the right CRC-16 and
//      writes "SW1-" + base64url itself. This is the fuzz-only way past the checksum:
//      random bytes almost never carry a valid CRC, so without it decoding never runs.
//   1  the rest is the code as text (prefix, alphabet, blanks, truncation, checksum).
// Seeds: tests/fuzz/corpus/fuzz_result_code (valid codes of every framework).
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "fuzz_content.hpp"
#include "samenwijs/result_code.hpp"

namespace {
std::string base64url(const std::vector<std::uint8_t>& bytes) {
  static const char* const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (std::uint8_t b : bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += alphabet[(buffer >> bits) & 0x3F];
    }
  }
  if (bits > 0) out += alphabet[(buffer << (6 - bits)) & 0x3F];
  return out;
}

std::string codeWithValidChecksum(const std::uint8_t* data, std::size_t size) {
  std::vector<std::uint8_t> bytes(data, data + size);
  const std::uint16_t crc = samenwijs::crc16(bytes.data(), bytes.size());
  bytes.push_back(static_cast<std::uint8_t>(crc >> 8));
  bytes.push_back(static_cast<std::uint8_t>(crc & 0xFF));
  return samenwijs::kResultCodePrefix + base64url(bytes);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::unique_ptr<samenwijs::Api> api = samenwijs::fuzzing::loadApi();
  static const samenwijs::ResultDecoder fast(api->content().content().frameworks);
  if (size == 0) return 0;
  const auto& frameworks = api->content().content().frameworks;
  const bool asText = (data[0] & 1) != 0;
  const std::string code = asText ? std::string(reinterpret_cast<const char*>(data + 1), size - 1)
                                  : codeWithValidChecksum(data + 1, size - 1);
  const samenwijs::DecodedResult r = samenwijs::decodeResult(frameworks, code);
  // The team overview's fast decoder must agree with the ordinary one.
  const samenwijs::Framework* fw = nullptr;
  samenwijs::Answers answers;
  const samenwijs::DecodeError fastError = fast.decode(code, "", fw, answers);
  if (fastError != r.error) std::abort();
  if (r.error == samenwijs::DecodeError::None) {
    if (fw != r.framework || answers != r.answers) std::abort();
    const std::string again = samenwijs::encodeResult(*r.framework, r.answers);
    const auto first = code.find_first_not_of(" \t\r\n");
    const auto last = code.find_last_not_of(" \t\r\n");
    if (again != code.substr(first, last - first + 1)) std::abort();
  } else if (r.message.empty() || fast.message(fastError, code, "").empty()) {
    std::abort();
  }
  return 0;
}

#include "samenwijs/code_input.hpp"

namespace samenwijs {

namespace {
// Length in bytes of an invisible or blank character starting at `i`, or 0.
std::size_t invisibleAt(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  const unsigned c = byte(0);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return 1;
  if (c == 0xC2 && (byte(1) == 0xA0 || byte(1) == 0xAD)) return 2;
  if (c == 0xE2 && byte(1) == 0x80 && (byte(2) >= 0x8B && byte(2) <= 0x8D)) return 3;
  if (c == 0xE2 && byte(1) == 0x80 && byte(2) == 0xAF) return 3;
  if (c == 0xE2 && byte(1) == 0x81 && byte(2) == 0xA0) return 3;
  if (c == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) return 3;
  return 0;
}
}  // namespace

std::string stripCodeInput(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t skip = invisibleAt(text, i)) {
      i += skip;
      continue;
    }
    out += text[i++];
  }
  return out;
}

std::string asciiUpper(std::string_view text) {
  std::string out(text);
  for (char& ch : out) {
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  }
  return out;
}

}  // namespace samenwijs

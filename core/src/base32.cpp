#include "samenwijs/base32.hpp"

namespace samenwijs {
namespace {
const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// Value of every byte (-1: not in the alphabet); i, l and o read as 1, 1 and 0.
struct DecodeTable {
  signed char value[256];
  DecodeTable() {
    for (auto& v : value) v = -1;
    for (int v = 0; v < 32; ++v) {
      const char c = kAlphabet[v];
      value[static_cast<unsigned char>(c)] = static_cast<signed char>(v);
      if (c >= 'A' && c <= 'Z') value[static_cast<unsigned char>(c - 'A' + 'a')] = static_cast<signed char>(v);
    }
    for (char c : {'I', 'i', 'L', 'l'}) value[static_cast<unsigned char>(c)] = 1;
    for (char c : {'O', 'o'}) value[static_cast<unsigned char>(c)] = 0;
  }
};

// The table is fetched once per code, not per character: with -Oz every function stays
// out of line, and a call (plus the static's guard) per character of 100,000 codes showed.
const signed char* decodeValues() {
  static const DecodeTable table;
  return table.value;
}
}  // namespace

std::string base32Encode(const std::uint8_t* data, std::size_t size) {
  // Sized once and written through a pointer: the shown-sets record of a large round is
  // a megabyte of text, and a string append per character showed in the module's profile.
  std::string out((size * 8 + 4) / 5, '\0');
  char* at = &out[0];
  std::uint32_t buffer = 0;
  int bits = 0;
  for (std::size_t i = 0; i < size; ++i) {
    buffer = (buffer << 8) | data[i];
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      *at++ = kAlphabet[(buffer >> bits) & 31u];
    }
  }
  if (bits > 0) *at++ = kAlphabet[(buffer << (5 - bits)) & 31u];
  return out;
}

Base32Error base32Decode(std::string_view text, std::uint8_t* out, std::size_t capacity, std::size_t& size,
                         std::size_t& badAt) {
  size = 0;
  std::uint32_t buffer = 0;
  int bits = 0;
  const signed char* values = decodeValues();
  for (std::size_t i = 0; i < text.size(); ++i) {
    const int v = values[static_cast<unsigned char>(text[i])];
    if (v < 0) {
      badAt = i;
      return Base32Error::BadCharacter;
    }
    buffer = (buffer << 5) | static_cast<std::uint32_t>(v);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      if (size == capacity) return Base32Error::TooLong;
      out[size++] = static_cast<std::uint8_t>((buffer >> bits) & 0xFF);
    }
  }
  // A whole extra character (5 bits) or non-zero stray bits: not the encoder's text.
  if (bits >= 5 || (bits > 0 && (buffer & ((1u << bits) - 1)) != 0)) return Base32Error::DanglingBits;
  return Base32Error::None;
}

bool startsWithPrefix(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = text[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c != prefix[i]) return false;
  }
  return true;
}

bool looksLikePersonalCode(std::string_view text) {
  return text.size() >= 4 && (text[0] == 'S' || text[0] == 's') && (text[1] == 'W' || text[1] == 'w') && text[2] >= '0' &&
         text[2] <= '9' && text[3] == '-';
}

}  // namespace samenwijs

#include "samenwijs/code_bytes.hpp"

#include <cstring>

#include "samenwijs/base32.hpp"
#include "samenwijs/code_input.hpp"
#include "samenwijs/handin_code.hpp"
#include "samenwijs/result_code.hpp"
#include "samenwijs/round_code.hpp"
#include "samenwijs/shown_sets.hpp"
#include "samenwijs/team_code.hpp"

namespace samenwijs {

std::string encodeCodeBytes(const char* prefix, std::vector<std::uint8_t> bytes) {
  const std::uint16_t crc = crc16(bytes.data(), bytes.size());
  bytes.push_back(static_cast<std::uint8_t>(crc >> 8));
  bytes.push_back(static_cast<std::uint8_t>(crc & 0xFF));
  return prefix + base32Encode(bytes.data(), bytes.size());
}

namespace {
// The prefix of every framed kind (the personal result code has its own test).
struct KindPrefix {
  const char* prefix;
  CodeKind kind;
};
constexpr KindPrefix kFramedKinds[] = {
    {kHandInPrefix, CodeKind::HandIn}, {kRoundPrefix, CodeKind::Round}, {kTeamCodePrefix, CodeKind::Team}, {kShownPrefix, CodeKind::Shown}};

// Clearing bit 5 upper-cases a letter and never turns another byte into one.
bool sameLetter(char c, char upper) { return static_cast<char>(c & ~0x20) == upper; }
bool startsWithLettersOf(std::string_view text, const char* prefix) {
  return text.size() >= 2 && sameLetter(text[0], prefix[0]) && sameLetter(text[1], prefix[1]);
}
}  // namespace

CodeKind codeKindOf(std::string_view cleaned) {
  if (cleaned.empty()) return CodeKind::Empty;
  if (looksLikePersonalCode(cleaned)) return CodeKind::Personal;
  for (const KindPrefix& k : kFramedKinds) {
    if (startsWithPrefix(cleaned, k.prefix)) return k.kind;
  }
  return CodeKind::Unknown;
}

bool startsWithCodeKindLetters(std::string_view text) {
  if (startsWithLettersOf(text, kResultCodePrefix)) return true;
  for (const KindPrefix& k : kFramedKinds) {
    if (startsWithLettersOf(text, k.prefix)) return true;
  }
  return false;
}

const char* codeKindName(CodeKind kind) {
  switch (kind) {
    case CodeKind::Personal: return "een persoonlijke resultaatcode";
    case CodeKind::HandIn: return "een inlevercode";
    case CodeKind::Round: return "een rondecode";
    case CodeKind::Team: return "een teamcode";
    case CodeKind::Shown: return "een intern gegeven van Samenwijs";
    case CodeKind::Empty:
    case CodeKind::Unknown: break;
  }
  return "geen code van Samenwijs";
}

bool decodeCodeBytes(std::string_view cleaned, const char* prefix, std::size_t maxChars, std::vector<std::uint8_t>& bytes,
                     CodeFrameError& error) {
  const std::size_t prefixSize = std::strlen(prefix);
  if (!startsWithPrefix(cleaned, prefix)) {
    error = {"not_a_code", "Dit is geen geldige code: hij moet beginnen met " + std::string(prefix) + "."};
    return false;
  }
  if (cleaned.size() > maxChars) {
    error = {"too_long", "De code is te lang: er staat iets achter, of er zijn twee codes aan elkaar geplakt."};
    return false;
  }
  const std::string_view body = cleaned.substr(prefixSize);
  bytes.resize(body.size() * 5 / 8 + 1);
  std::size_t size = 0, badAt = 0;
  const Base32Error e = base32Decode(body, bytes.data(), bytes.size(), size, badAt);
  if (e == Base32Error::BadCharacter) {
    error = {"bad_character", "De code bevat een teken dat er niet in hoort (teken " + std::to_string(prefixSize + badAt + 1) +
                                  "). Kopieer de code opnieuw."};
    return false;
  }
  if (e != Base32Error::None || size < 3) {
    error = {"damaged", "De code klopt niet: er is een deel weggevallen of veranderd. Kopieer de hele code opnieuw."};
    return false;
  }
  bytes.resize(size);
  const std::uint16_t stored = static_cast<std::uint16_t>((bytes[size - 2] << 8) | bytes[size - 1]);
  if (crc16(bytes.data(), size - 2) != stored) {
    error = {"checksum", "De code klopt niet: een of meer tekens zijn veranderd of weggevallen. Kopieer de code opnieuw."};
    return false;
  }
  bytes.resize(size - 2);
  return true;
}

bool decodeCodeOfKind(std::string_view text, CodeKind kind, const char* prefix, const char* name, const char* wrongKindCode,
                      std::size_t maxChars, std::vector<std::uint8_t>& bytes, std::string& reason, std::string& errorCode) {
  const std::string cleaned = stripCodeInput(text);
  const CodeKind found = codeKindOf(cleaned);
  CodeFrameError error;
  if (found != kind) {
    error = {found == CodeKind::Personal ? "personal_code" : wrongKindCode,
             std::string("Dit is ") + codeKindName(found) + ", geen " + name + ". Een " + name + " begint met " + prefix + "."};
  } else if (decodeCodeBytes(cleaned, prefix, maxChars, bytes, error)) {
    return true;
  }
  reason = std::move(error.message);
  errorCode = std::move(error.code);
  return false;
}

std::uint16_t frameworkFingerprint(const std::string& id) {
  return crc16(reinterpret_cast<const std::uint8_t*>(id.data()), id.size());
}

const Framework* frameworkByFingerprint(const std::vector<Framework>& frameworks, std::uint16_t fingerprint) {
  for (const auto& f : frameworks) {
    if (frameworkFingerprint(f.id) == fingerprint) return &f;
  }
  return nullptr;
}

void putUint(std::vector<std::uint8_t>& out, std::uint64_t value, int bytes) {
  for (int i = bytes - 1; i >= 0; --i) out.push_back(static_cast<std::uint8_t>((value >> (8 * i)) & 0xFF));
}

std::uint64_t getUint(const std::uint8_t* p, int bytes) {
  std::uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v = (v << 8) | p[i];
  return v;
}

void putVarint(std::vector<std::uint8_t>& out, std::uint64_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<std::uint8_t>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<std::uint8_t>(value));
}

bool getVarint(const std::uint8_t* data, std::size_t size, std::size_t& pos, std::uint64_t& value) {
  value = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (pos >= size) return false;
    const std::uint8_t b = data[pos++];
    // Only the encoder's own (shortest) form decodes, and nothing past 64 bits: a code
    // has one text, so an edited one cannot pass for another (found by fuzz_codes).
    if (shift == 63 && b > 1) return false;
    if (shift > 0 && b == 0) return false;
    value |= static_cast<std::uint64_t>(b & 0x7F) << shift;
    if (!(b & 0x80)) return true;
  }
  return false;
}

std::size_t teamRows(const Framework& fw) {
  std::size_t rows = fw.domains.size();
  for (const auto& d : fw.domains) rows += d.competences.size();
  return rows;
}

}  // namespace samenwijs

#include "samenwijs/result_code.hpp"

#include "samenwijs/base32.hpp"
#include "samenwijs/code_input.hpp"

#include <array>
#include <cstring>
#include <utility>

namespace samenwijs {
namespace {

// The base64url alphabet of the first format (SW1).
int alphabetIndex(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}

std::uint16_t fingerprint(const std::string& id) {
  return crc16(reinterpret_cast<const std::uint8_t*>(id.data()), id.size());
}

constexpr std::size_t kHeader = 5, kChecksum = 2, kMaxItems = 255;

}  // namespace

std::uint16_t crc16(const std::uint8_t* data, std::size_t size) {
  // CRC-16/CCITT-FALSE, table-driven: the team overview checks 100,000 codes at once.
  static const auto table = [] {
    std::array<std::uint16_t, 256> t{};
    for (unsigned i = 0; i < 256; ++i) {
      auto crc = static_cast<std::uint16_t>(i << 8);
      for (int k = 0; k < 8; ++k) crc = static_cast<std::uint16_t>((crc & 0x8000) ? (crc << 1) ^ 0x1021 : crc << 1);
      t[i] = crc;
    }
    return t;
  }();
  std::uint16_t crc = 0xFFFF;
  for (std::size_t i = 0; i < size; ++i) crc = static_cast<std::uint16_t>((crc << 8) ^ table[((crc >> 8) ^ data[i]) & 0xFF]);
  return crc;
}

std::string encodeResult(const Framework& fw, const Answers& answers) {
  const std::size_t n = std::min(answers.size(), kMaxItems);
  std::vector<std::uint8_t> bytes = {1, static_cast<std::uint8_t>(fingerprint(fw.id) >> 8),
                                     static_cast<std::uint8_t>(fingerprint(fw.id) & 0xFF),
                                     static_cast<std::uint8_t>(fw.version), static_cast<std::uint8_t>(n)};
  std::uint32_t buffer = 0;
  int bits = 0;
  for (std::size_t i = 0; i < n; ++i) {
    buffer = (buffer << 3) | (answers[i] & 7u);
    bits += 3;
    if (bits >= 8) {
      bits -= 8;
      bytes.push_back(static_cast<std::uint8_t>((buffer >> bits) & 0xFF));
    }
  }
  if (bits > 0) bytes.push_back(static_cast<std::uint8_t>((buffer << (8 - bits)) & 0xFF));
  return encodeResultBytes(std::move(bytes));
}

std::string encodeResultBytes(std::vector<std::uint8_t> bytes) {
  const std::uint16_t crc = crc16(bytes.data(), bytes.size());
  bytes.push_back(static_cast<std::uint8_t>(crc >> 8));
  bytes.push_back(static_cast<std::uint8_t>(crc & 0xFF));
  return kResultCodePrefix + base32Encode(bytes.data(), bytes.size());
}

namespace {
std::string_view trimmed(std::string_view code) {
  const auto first = code.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = code.find_last_not_of(" \t\r\n");
  return code.substr(first, last - first + 1);
}
constexpr std::size_t kMaxCodeLength = 400;
}  // namespace

ResultDecoder::ResultDecoder(const std::vector<Framework>& frameworks) : frameworks_(frameworks) {
  for (const auto& f : frameworks) {
    Key key{&f, fingerprint(f.id), itemCount(f), {}};
    for (const auto& v : f.versions) {
      if (v.version < f.version) key.older.push_back({v.version, itemMapping(f, v.version)});
    }
    keys_.push_back(std::move(key));
  }
}

DecodeError ResultDecoder::decode(std::string_view rawCode, const std::string& expected, const Framework*& framework,
                                  Answers& answers, int* madeWith) const {
  framework = nullptr;
  const std::string_view code = trimmed(rawCode);
  if (code.empty()) return DecodeError::Empty;
  const std::size_t prefix = std::strlen(kResultCodePrefix);
  const bool base32 = code.compare(0, prefix, kResultCodePrefix) == 0;
  if (!base32 && code.compare(0, prefix, kResultCodePrefixV1) != 0) {
    const bool otherVersion = code.size() >= 3 && code[0] == 'S' && code[1] == 'W' && code[2] != '1' && code[2] != '2';
    return otherVersion ? DecodeError::UnsupportedFormat : DecodeError::NotACode;
  }
  if (code.size() > kMaxCodeLength) return DecodeError::TooLong;

  std::uint8_t bytes[kMaxCodeLength];
  std::size_t size = 0;
  bool danglingBits = false;
  if (base32) {
    std::size_t badAt = 0;
    const Base32Error e = base32Decode(code.substr(prefix), bytes, sizeof bytes, size, badAt);
    if (e == Base32Error::BadCharacter) {
      // A whole code before the odd character ("-" of a second code stuck to it, a word
      // after it): the code is too long, not damaged.
      std::size_t unused = 0;
      base32Decode(code.substr(prefix, badAt), bytes, sizeof bytes, size, unused);
      const std::size_t whole = size >= kHeader ? ((kHeader + (bytes[4] * 3u + 7) / 8 + kChecksum) * 8 + 4) / 5 : badAt + 1;
      return badAt >= whole ? DecodeError::TooLong : DecodeError::BadCharacter;
    }
    if (e == Base32Error::TooLong) return DecodeError::TooLong;
    danglingBits = e == Base32Error::DanglingBits;
  } else {
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::size_t i = prefix; i < code.size(); ++i) {
      const int v = alphabetIndex(code[i]);
      if (v < 0) return DecodeError::BadCharacter;
      buffer = (buffer << 6) | static_cast<std::uint32_t>(v);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        bytes[size++] = static_cast<std::uint8_t>((buffer >> bits) & 0xFF);
      }
    }
    danglingBits = bits > 0 && (buffer & ((1u << bits) - 1)) != 0;
  }
  if (size < kHeader + kChecksum) return DecodeError::Truncated;
  if (bytes[0] != 1) return DecodeError::UnsupportedFormat;
  const std::size_t n = bytes[4];
  const std::size_t expectedSize = kHeader + (n * 3 + 7) / 8 + kChecksum;
  if (size < expectedSize) return DecodeError::Truncated;
  // Also a single extra character (6 or 5 bits, no whole byte) makes the code too long, so
  // that only the canonical text of a code decodes.
  const std::size_t canonical = base32 ? (expectedSize * 8 + 4) / 5 : (expectedSize * 8 + 5) / 6;
  if (size > expectedSize || code.size() - prefix > canonical) return DecodeError::TooLong;
  const std::uint16_t stored = static_cast<std::uint16_t>((bytes[expectedSize - 2] << 8) | bytes[expectedSize - 1]);
  if (danglingBits || crc16(bytes, expectedSize - kChecksum) != stored) return DecodeError::Checksum;

  const std::uint16_t print = static_cast<std::uint16_t>((bytes[1] << 8) | bytes[2]);
  const Key* key = nullptr;
  for (const auto& k : keys_) {
    if (k.fingerprint == print) key = &k;
  }
  if (!key) return DecodeError::UnknownFramework;
  framework = key->framework;
  if (!expected.empty() && key->framework->id != expected) return DecodeError::OtherFramework;
  if (bytes[3] > key->framework->version) return DecodeError::NewerVersion;
  const std::vector<int>* map = nullptr;  // null: the code holds the current order
  if (bytes[3] < key->framework->version) {
    for (const auto& o : key->older)
      if (o.version == bytes[3]) map = &o.map;
    if (!map) return DecodeError::OlderVersion;
  }
  if (n != (map ? map->size() : key->items)) return DecodeError::ItemCount;
  // Padding bits in the last answer byte must be zero; otherwise the code was edited.
  const std::size_t usedBits = n * 3 % 8;
  if (usedBits != 0 && (bytes[expectedSize - kChecksum - 1] & ((1u << (8 - usedBits)) - 1)) != 0) return DecodeError::Padding;

  answers.assign(key->items, kUnanswered);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t bit = i * 3;
    const std::size_t byte = kHeader + bit / 8, offset = bit % 8;
    const std::uint32_t window = (static_cast<std::uint32_t>(bytes[byte]) << 8) | bytes[byte + 1];
    const auto value = static_cast<std::uint8_t>((window >> (13 - offset)) & 7u);
    // An earlier version: the answer moves to where that item is now; a retired item's is dropped.
    const int to = map ? (*map)[i] : static_cast<int>(i);
    if (to >= 0) answers[static_cast<std::size_t>(to)] = value;
  }
  if (madeWith) *madeWith = bytes[3];
  return DecodeError::None;
}

std::string ResultDecoder::message(DecodeError error, std::string_view rawCode, const std::string& expected) const {
  const Framework* fw = nullptr;
  Answers ignored;
  if (error == DecodeError::OtherFramework || error == DecodeError::NewerVersion || error == DecodeError::OlderVersion ||
      error == DecodeError::ItemCount) {
    decode(rawCode, expected, fw, ignored);
  }
  const std::string title = fw ? fw->title : std::string();
  switch (error) {
    case DecodeError::None: return {};
    case DecodeError::Empty: return "Er is geen code ingevuld.";
    case DecodeError::NotACode: return "Dit is geen resultaatcode van Samenwijs: een code begint met SW2- (of SW1- bij een oudere code).";
    case DecodeError::UnsupportedFormat: return "Deze code heeft een indeling die deze versie van Samenwijs niet kent.";
    // Word for word the message of the other codes (code_bytes.cpp): one message everywhere.
    case DecodeError::TooLong: return "De code is te lang: er staat iets achter, of er zijn twee codes aan elkaar geplakt.";
    case DecodeError::BadCharacter: {
      const std::string_view code = trimmed(rawCode);
      std::size_t at = std::strlen(kResultCodePrefix);
      if (code.compare(0, at, kResultCodePrefix) == 0) {
        std::uint8_t scratch[kMaxCodeLength];
        std::size_t size = 0, badAt = 0;
        if (base32Decode(code.substr(at), scratch, sizeof scratch, size, badAt) == Base32Error::BadCharacter) at += badAt;
      } else {
        while (at < code.size() && alphabetIndex(code[at]) >= 0) ++at;
      }
      return "De code bevat een teken dat er niet in hoort (teken " + std::to_string(at + 1) + "). Kopieer de code opnieuw.";
    }
    case DecodeError::Truncated: return "De code is te kort: er ontbreekt een deel. Kopieer de hele code.";
    case DecodeError::Checksum: return "De code klopt niet: een of meer tekens zijn veranderd of weggevallen. Kopieer de code opnieuw.";
    case DecodeError::UnknownFramework: return "Deze code hoort bij een zelfscan die deze versie van Samenwijs niet kent.";
    case DecodeError::OtherFramework: {
      std::string expectedTitle = expected;
      for (const auto& f : frameworks_) {
        if (f.id == expected) expectedTitle = f.title;
      }
      return "Deze code hoort bij “" + title + "”, niet bij “" + expectedTitle + "”.";
    }
    case DecodeError::NewerVersion: return "Deze code komt uit een nieuwere versie van “" + title + "”. Gebruik de nieuwste Samenwijs.";
    case DecodeError::OlderVersion: return "Deze code komt uit een oudere versie van “" + title + "” die niet meer kan worden gelezen. Doe de zelfscan opnieuw.";
    case DecodeError::ItemCount: return "Deze code past niet bij “" + title + "”: het aantal uitspraken klopt niet.";
    case DecodeError::Padding: return "De code klopt niet: hij is aangepast. Kopieer de oorspronkelijke code.";
  }
  return {};
}

DecodedResult decodeResult(const std::vector<Framework>& frameworks, const std::string& typed, const std::string& expected) {
  const ResultDecoder decoder(frameworks);
  DecodedResult result;
  // A code as typed or pasted: blanks and invisible characters anywhere are ignored, and
  // the prefix may be in lower case. A paste far longer than any code is refused before
  // any work is done on it.
  if (typed.size() > kMaxTypedCode) {
    result.error = DecodeError::TooLong;
    result.message = decoder.message(result.error, "", expected);
    return result;
  }
  std::string code = stripCodeInput(typed);
  if (code.size() >= 4 && (code[0] == 's' || code[0] == 'S') && (code[1] == 'w' || code[1] == 'W') && code[3] == '-') {
    code[0] = 'S';
    code[1] = 'W';
  }
  result.error = decoder.decode(code, expected, result.framework, result.answers, &result.version);
  if (result.error != DecodeError::None) {
    result.message = decoder.message(result.error, code, expected);
    result.framework = nullptr;
    result.answers.clear();
  }
  return result;
}

const char* decodeErrorCode(DecodeError error) {
  switch (error) {
    case DecodeError::None: return "ok";
    case DecodeError::Empty: return "empty";
    case DecodeError::NotACode: return "not_a_code";
    case DecodeError::BadCharacter: return "bad_character";
    case DecodeError::Truncated: return "truncated";
    case DecodeError::TooLong: return "too_long";
    case DecodeError::Checksum: return "checksum";
    case DecodeError::UnknownFramework: return "unknown_framework";
    case DecodeError::OtherFramework: return "other_framework";
    case DecodeError::NewerVersion: return "newer_version";
    case DecodeError::OlderVersion: return "older_version";
    case DecodeError::ItemCount: return "item_count";
    case DecodeError::Padding: return "tampered";
    case DecodeError::UnsupportedFormat: return "unsupported_format";
  }
  return "unknown";
}

}  // namespace samenwijs

#include "samenwijs/result_code.hpp"

#include <cstring>

namespace samenwijs {
namespace {

const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int alphabetIndex(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}

std::string base64url(const std::vector<std::uint8_t>& bytes) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (std::uint8_t b : bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += kAlphabet[(buffer >> bits) & 63u];
    }
  }
  if (bits > 0) out += kAlphabet[(buffer << (6 - bits)) & 63u];
  return out;
}

DecodedResult fail(DecodeError error, std::string message) {
  DecodedResult r;
  r.error = error;
  r.message = std::move(message);
  return r;
}

std::uint16_t fingerprint(const std::string& id) {
  return crc16(reinterpret_cast<const std::uint8_t*>(id.data()), id.size());
}

constexpr std::size_t kHeader = 5, kChecksum = 2, kMaxItems = 255;

}  // namespace

std::uint16_t crc16(const std::uint8_t* data, std::size_t size) {
  std::uint16_t crc = 0xFFFF;
  for (std::size_t i = 0; i < size; ++i) {
    crc = static_cast<std::uint16_t>(crc ^ (data[i] << 8));
    for (int k = 0; k < 8; ++k) crc = static_cast<std::uint16_t>((crc & 0x8000) ? (crc << 1) ^ 0x1021 : crc << 1);
  }
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
  const std::uint16_t crc = crc16(bytes.data(), bytes.size());
  bytes.push_back(static_cast<std::uint8_t>(crc >> 8));
  bytes.push_back(static_cast<std::uint8_t>(crc & 0xFF));
  return kResultCodePrefix + base64url(bytes);
}

DecodedResult decodeResult(const std::vector<Framework>& frameworks, const std::string& rawCode,
                           const std::string& expected) {
  // Tolerate what copying adds: surrounding whitespace.
  const auto first = rawCode.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return fail(DecodeError::Empty, "Er is geen code ingevuld.");
  const auto last = rawCode.find_last_not_of(" \t\r\n");
  const std::string code = rawCode.substr(first, last - first + 1);
  const std::size_t prefix = std::strlen(kResultCodePrefix);
  if (code.compare(0, prefix, kResultCodePrefix) != 0) {
    if (code.size() >= 3 && code[0] == 'S' && code[1] == 'W' && code[2] != '1') {
      return fail(DecodeError::UnsupportedFormat, "Deze code komt uit een nieuwere versie van Samenwijs en kan hier nog niet worden gelezen.");
    }
    return fail(DecodeError::NotACode, "Dit is geen resultaatcode van Samenwijs: een code begint met SW1-.");
  }
  if (code.size() > 400) return fail(DecodeError::TooLong, "De code is te lang: misschien zijn er twee codes aan elkaar geplakt.");

  std::vector<std::uint8_t> bytes;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (std::size_t i = prefix; i < code.size(); ++i) {
    const int v = alphabetIndex(code[i]);
    if (v < 0) {
      return fail(DecodeError::BadCharacter, "De code bevat een teken dat er niet in hoort (teken " + std::to_string(i + 1) +
                                                 "). Kopieer de code opnieuw.");
    }
    buffer = (buffer << 6) | static_cast<std::uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push_back(static_cast<std::uint8_t>((buffer >> bits) & 0xFF));
    }
  }
  const bool danglingBits = bits > 0 && (buffer & ((1u << bits) - 1)) != 0;
  if (bytes.size() < kHeader + kChecksum) return fail(DecodeError::Truncated, "De code is te kort: er ontbreekt een deel. Kopieer de hele code.");
  if (bytes[0] != 1) return fail(DecodeError::UnsupportedFormat, "Deze code heeft een indeling die Samenwijs niet kent.");
  const std::size_t n = bytes[4];
  const std::size_t expectedSize = kHeader + (n * 3 + 7) / 8 + kChecksum;
  if (bytes.size() < expectedSize) return fail(DecodeError::Truncated, "De code is te kort: er ontbreekt een deel. Kopieer de hele code.");
  if (bytes.size() > expectedSize) return fail(DecodeError::TooLong, "De code is te lang: er staat iets achter de code.");
  const std::uint16_t stored = static_cast<std::uint16_t>((bytes[expectedSize - 2] << 8) | bytes[expectedSize - 1]);
  if (danglingBits || crc16(bytes.data(), expectedSize - kChecksum) != stored) {
    return fail(DecodeError::Checksum, "De code klopt niet: een of meer tekens zijn veranderd of weggevallen. Kopieer de code opnieuw.");
  }

  const std::uint16_t print = static_cast<std::uint16_t>((bytes[1] << 8) | bytes[2]);
  const Framework* fw = nullptr;
  for (const auto& f : frameworks) {
    if (fingerprint(f.id) == print) fw = &f;
  }
  if (!fw) return fail(DecodeError::UnknownFramework, "Deze code hoort bij een zelfscan die deze versie van Samenwijs niet kent.");
  if (!expected.empty() && fw->id != expected) {
    std::string expectedTitle = expected;
    for (const auto& f : frameworks) {
      if (f.id == expected) expectedTitle = f.title;
    }
    return fail(DecodeError::OtherFramework, "Deze code hoort bij “" + fw->title + "”, niet bij “" + expectedTitle + "”.");
  }
  if (bytes[3] > fw->version) {
    return fail(DecodeError::NewerVersion, "Deze code komt uit een nieuwere versie van “" + fw->title + "” (versie " +
                                               std::to_string(bytes[3]) + "). Gebruik de nieuwste Samenwijs.");
  }
  if (bytes[3] < fw->version) {
    return fail(DecodeError::OlderVersion, "Deze code komt uit een oudere versie van “" + fw->title + "” (versie " +
                                               std::to_string(bytes[3]) + ") die niet meer kan worden gelezen. Doe de zelfscan opnieuw.");
  }
  if (n != itemCount(*fw)) return fail(DecodeError::ItemCount, "Deze code past niet bij “" + fw->title + "”: het aantal uitspraken klopt niet.");

  DecodedResult result;
  result.framework = fw;
  result.answers.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t bit = i * 3;
    const std::size_t byte = kHeader + bit / 8, offset = bit % 8;
    const std::uint32_t window = (static_cast<std::uint32_t>(bytes[byte]) << 8) | (byte + 1 < expectedSize ? bytes[byte + 1] : 0u);
    result.answers[i] = static_cast<std::uint8_t>((window >> (13 - offset)) & 7u);
  }
  // Padding bits in the last answer byte must be zero; otherwise the code was edited.
  const std::size_t usedBits = n * 3 % 8;
  if (usedBits != 0 && (bytes[expectedSize - kChecksum - 1] & ((1u << (8 - usedBits)) - 1)) != 0) {
    return fail(DecodeError::Padding, "De code klopt niet: hij is aangepast. Kopieer de oorspronkelijke code.");
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

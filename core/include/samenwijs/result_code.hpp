#pragma once
// Result codes: a compact, versioned, checksummed, URL-safe text for one self-assessment,
// with no personal data. Layout before base64url (no padding), after the prefix "SW1-":
//   byte 0      code format version (1)
//   bytes 1-2   framework fingerprint (CRC-16 of the framework id)
//   byte 3      framework version
//   byte 4      number of items
//   ...         3 bits per item, in framework order (0 unanswered, 1-6 level, 7 n.v.t.),
//               zero-padded to a whole byte
//   last 2      CRC-16/CCITT-FALSE over everything before it
// Decoding rejects empty, foreign, truncated, corrupted, tampered and other-framework
// codes with a precise Dutch reason.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "samenwijs/content_model.hpp"
#include "samenwijs/zelfscan.hpp"

namespace samenwijs {

inline constexpr const char* kResultCodePrefix = "SW1-";

std::uint16_t crc16(const std::uint8_t* data, std::size_t size);

std::string encodeResult(const Framework& fw, const Answers& answers);
// The frame of a result code: appends the CRC to `bytes` and returns "SW1-" + base64url.
// encodeResult uses it; so does the fuzz target, to get past the checksum.
std::string encodeResultBytes(std::vector<std::uint8_t> bytes);

enum class DecodeError {
  None, Empty, NotACode, BadCharacter, Truncated, TooLong, Checksum, UnknownFramework, OtherFramework,
  NewerVersion, OlderVersion, ItemCount, Padding, UnsupportedFormat
};

struct DecodedResult {
  DecodeError error = DecodeError::None;
  std::string message;  // Dutch, precise
  const Framework* framework = nullptr;
  Answers answers;
};

// Longer input is refused at once as too long, whatever it holds (a 1 MB paste).
inline constexpr std::size_t kMaxTypedCode = 2000;

// `expected`: when not empty, a code of another framework is rejected as such. The code
// may be typed or pasted: blanks and invisible characters are ignored (stripCodeInput),
// and the prefix may be in lower case ("sw1-"); the rest is case-sensitive.
DecodedResult decodeResult(const std::vector<Framework>& frameworks, const std::string& code,
                           const std::string& expected = "");

// The fast path for many codes (the team overview): fingerprints computed once, no
// allocation per code, and the Dutch message only built for a rejected code.
class ResultDecoder {
 public:
  explicit ResultDecoder(const std::vector<Framework>& frameworks);
  // Decodes into `answers` (resized) and sets `framework`; returns the error, if any.
  DecodeError decode(std::string_view code, const std::string& expected, const Framework*& framework,
                     Answers& answers) const;
  // The message for the last error of decode() with these arguments.
  std::string message(DecodeError error, std::string_view code, const std::string& expected) const;

 private:
  struct Key {
    const Framework* framework;
    std::uint16_t fingerprint;
    std::size_t items;
  };
  std::vector<Key> keys_;
  const std::vector<Framework>& frameworks_;
};

const char* decodeErrorCode(DecodeError error);

}  // namespace samenwijs

#pragma once
// Result codes: a compact, versioned, checksummed, URL-safe text for one self-assessment,
// with no personal data. Two texts of the same bytes:
//   "SW2-" + Crockford base32 (what is made now): case-insensitive, so a code typed in lower
//          case, read aloud or copied with I/L/O mixed up still decodes;
//   "SW1-" + base64url without padding (the first format, case-sensitive): still decoded.
// The bytes:
//   byte 0      byte layout version (1, in SW1 and SW2 alike)
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

inline constexpr const char* kResultCodePrefix = "SW2-";    // made now (base32)
inline constexpr const char* kResultCodePrefixV1 = "SW1-";  // first format (base64url), still read

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
  Answers answers;  // always in the CURRENT item order of the framework
  int version = 0;  // the framework version the code was made with (earlier ones are mapped)
};

// Longer input is refused at once as too long, whatever it holds (a 1 MB paste).
inline constexpr std::size_t kMaxTypedCode = 2000;

// `expected`: when not empty, a code of another framework is rejected as such. The code
// may be typed or pasted: blanks and invisible characters are ignored (stripCodeInput),
// the prefix may be in lower case ("sw2-"), and so may all of an SW2 code (an SW1 code's
// body is case-sensitive base64url).
DecodedResult decodeResult(const std::vector<Framework>& frameworks, const std::string& code,
                           const std::string& expected = "");

// The fast path for many codes (the team overview): fingerprints computed once, no
// allocation per code, and the Dutch message only built for a rejected code.
class ResultDecoder {
 public:
  explicit ResultDecoder(const std::vector<Framework>& frameworks);
  // Decodes into `answers` (resized, current item order) and sets `framework`; returns the
  // error, if any. A code of an earlier framework version that the content still describes
  // decodes too: its answers are moved to the current order (`madeWith` gets its version).
  DecodeError decode(std::string_view code, const std::string& expected, const Framework*& framework,
                     Answers& answers, int* madeWith = nullptr) const;
  // The message for the last error of decode() with these arguments.
  std::string message(DecodeError error, std::string_view code, const std::string& expected) const;

 private:
  struct Older {
    int version;
    std::vector<int> map;  // per item of that version: index now, or -1 (retired)
  };
  struct Key {
    const Framework* framework;
    std::uint16_t fingerprint;
    std::size_t items;
    std::vector<Older> older;
  };
  std::vector<Key> keys_;
  const std::vector<Framework>& frameworks_;
};

const char* decodeErrorCode(DecodeError error);

}  // namespace samenwijs

#pragma once
// Hand-in codes (inlevercodes, prefix IN1-): what a teacher hands in for one collection
// round. Separate from the personal result code (SW1-): it carries no item answers, only
// the level (0 = too few answers, 1-6) per competence and per domain, the round, the
// framework and its version, a tag and a checksum. The tag is a keyed hash of the device's
// secret salt and the round: the same device gets the same code in a round (a real
// duplicate), two colleagues with equal answers get different codes, and codes of one
// device in two rounds cannot be linked. Layout before base32:
//   byte 0 kind (1 plain, 2 share for collector 1, 3 share for collector 2)
//   bytes 1-5 round id · 6-7 framework fingerprint · 8 framework version · 9-14 tag
//   plain: 3 bits per row, zero-padded · share: 2 bytes per row and level (rows x 6),
//   additive shares modulo 65536 · then the CRC-16.
// In a two-collector round the one-hot level vector x is split as s1 = m, s2 = x - m
// (mod 65536) with m a keyed pseudo-random mask: each share alone is uniformly distributed
// whatever the answers; only the two sums together give the counts.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "samenwijs/round_code.hpp"
#include "samenwijs/siphash.hpp"
#include "samenwijs/zelfscan.hpp"

namespace samenwijs {

inline constexpr const char* kHandInPrefix = "IN1-";

enum class HandInKind : std::uint8_t { Plain = 1, ShareOne = 2, ShareTwo = 3 };

struct HandIn {
  HandInKind kind = HandInKind::Plain;
  std::uint64_t round = 0;
  const Framework* framework = nullptr;
  std::uint64_t tag = 0;               // 48 bits
  std::vector<std::uint8_t> levels;    // plain: per row 0..6
  std::vector<std::uint16_t> share;    // share: rows x 6 counters
};

// Per row (competences, then domains): 0 when too few answers, else the rounded level.
std::vector<std::uint8_t> teamLevels(const Framework& fw, const Answers& answers);

// The hand-in(s) for this device and round: one plain code, or two shares.
std::vector<HandIn> makeHandIns(const Framework& fw, const Answers& answers, const Round& round, const SaltKey& salt);
std::string encodeHandIn(const HandIn& handIn);

// Fast decoding for many codes: no allocation per code once `out` has its size.
class HandInDecoder {
 public:
  explicit HandInDecoder(const std::vector<Framework>& frameworks) : frameworks_(frameworks) {}
  // `cleaned`: the code after stripCodeInput. Returns false with a machine code and a Dutch
  // reason. The round must match `round` (its id, framework and, for shares, the kind).
  bool decode(std::string_view cleaned, const Round& round, HandInKind expected, HandIn& out, std::string& errorCode,
              std::string& reason) const;

 private:
  const Framework* frameworkOf(std::uint16_t fingerprint) const;

  const std::vector<Framework>& frameworks_;
  mutable std::vector<std::uint8_t> bytes_;
  // The frameworks' fingerprints, computed on first use: a CRC of every framework's id
  // per code showed in the profile of 100,000 codes.
  mutable std::vector<std::uint16_t> fingerprints_;
};

}  // namespace samenwijs

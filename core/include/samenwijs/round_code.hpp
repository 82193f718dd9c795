#pragma once
// A collection round (inzamelronde): started by an i-coach, shared as a short round code
// (prefix RN1-). It names the self-assessment and its version, the minimum group size and
// whether the hand-ins go to one collector or are split over two. Layout before base32:
//   byte 0 format (1) · byte 1 collectors (1 or 2) · bytes 2-6 round id (random)
//   bytes 7-8 framework fingerprint · byte 9 framework version · bytes 10-11 minimum
//   group size · then the CRC-16.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "samenwijs/content_model.hpp"

namespace samenwijs {

inline constexpr const char* kRoundPrefix = "RN1-";
// Never below 5: smaller groups make one person too easy to recognise.
inline constexpr int kMinGroupFloor = 5;
inline constexpr int kMaxMinGroupSize = 10000;

struct Round {
  std::uint64_t id = 0;  // 40 bits
  const Framework* framework = nullptr;
  int minGroupSize = kMinGroupFloor;
  int collectors = 1;
};

std::string encodeRound(const Round& round);

// nullopt with a Dutch `reason` (and `errorCode`) when the text is not a usable round code.
std::optional<Round> decodeRound(const std::vector<Framework>& frameworks, std::string_view text, std::string& reason,
                                 std::string& errorCode);

// Writes the 5 round id bytes.
void putRoundId(std::vector<std::uint8_t>& out, std::uint64_t id);

}  // namespace samenwijs

#pragma once
// Team codes (prefix TM1-): a round's totals, never anything about one person. Kinds:
//   team        the team picture of a round: people per level per row, from the minimum
//   part 1 / 2  one collector's sum of shares (each counter modulo 65536, random alone)
//   ballot      the running totals of an open ballot box (kept on the meeting's device)
// Layout before base32: byte 0 kind · bytes 1-5 round id · 6-7 framework fingerprint ·
// 8 framework version · 9-10 minimum group size · varint participants · round name and
// school name (a length byte and UTF-8 each, at most 80 bytes) · the counters (varints;
// for parts 2 bytes each) · then the CRC-16.
#include <optional>
#include <string>
#include <string_view>

#include "samenwijs/team.hpp"

namespace samenwijs {

inline constexpr const char* kTeamCodePrefix = "TM1-";
inline constexpr std::size_t kMaxNameBytes = 80;

enum class TeamCodeKind : std::uint8_t { Team = 1, PartOne = 2, PartTwo = 3, Ballot = 4 };

struct TeamCode {
  TeamCodeKind kind = TeamCodeKind::Team;
  TeamTotals totals;
  std::string roundName, school;
};

std::string encodeTeamCode(const TeamCode& code);

// nullopt with a Dutch reason and a machine code. Counts that cannot be (more people at a
// level than took part) are refused as tampered.
std::optional<TeamCode> decodeTeamCode(const std::vector<Framework>& frameworks, std::string_view text,
                                       std::string& reason, std::string& errorCode);

// Cuts a name to kMaxNameBytes on a UTF-8 boundary.
std::string clipName(const std::string& name);

}  // namespace samenwijs

#include "samenwijs/team_code.hpp"

#include "samenwijs/code_bytes.hpp"
#include "samenwijs/zelfscan.hpp"

namespace samenwijs {

std::string clipName(const std::string& name) {
  if (name.size() <= kMaxNameBytes) return name;
  std::size_t cut = kMaxNameBytes;
  while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
  return name.substr(0, cut);
}

std::string encodeTeamCode(const TeamCode& code) {
  const TeamTotals& t = code.totals;
  std::vector<std::uint8_t> b = {static_cast<std::uint8_t>(code.kind)};
  putRoundId(b, t.round);
  putUint(b, frameworkFingerprint(t.framework->id), 2);
  b.push_back(static_cast<std::uint8_t>(t.framework->version));
  putUint(b, static_cast<std::uint64_t>(t.minGroupSize), 2);
  putVarint(b, t.participants);
  for (const std::string& name : {clipName(code.roundName), clipName(code.school)}) {
    b.push_back(static_cast<std::uint8_t>(name.size()));
    b.insert(b.end(), name.begin(), name.end());
  }
  const bool part = code.kind == TeamCodeKind::PartOne || code.kind == TeamCodeKind::PartTwo;
  for (std::uint64_t c : t.counts) {
    if (part) {
      putUint(b, c & 0xFFFF, 2);
    } else {
      putVarint(b, c);
    }
  }
  return encodeCodeBytes(kTeamCodePrefix, std::move(b));
}

std::optional<TeamCode> decodeTeamCode(const std::vector<Framework>& frameworks, std::string_view text,
                                       std::string& reason, std::string& errorCode) {
  std::vector<std::uint8_t> b;
  if (!decodeCodeOfKind(text, CodeKind::Team, kTeamCodePrefix, "teamcode", "not_a_team_code", kMaxListedCodeChars, b, reason, errorCode)) {
    return std::nullopt;
  }
  auto damaged = [&] {
    reason = "De teamcode klopt niet: hij is aangepast of er ontbreekt een deel.";
    errorCode = "tampered";
    return std::nullopt;
  };
  if (b.size() < 11 || b[0] < 1 || b[0] > 4) {
    reason = "Deze teamcode heeft een indeling die deze versie van Samenwijs niet kent.";
    errorCode = "unsupported_format";
    return std::nullopt;
  }
  TeamCode code;
  code.kind = static_cast<TeamCodeKind>(b[0]);
  TeamTotals& t = code.totals;
  t.round = getUint(b.data() + 1, 5);
  const Framework* fw = frameworkByFingerprint(frameworks, static_cast<std::uint16_t>(getUint(b.data() + 6, 2)));
  if (!fw) {
    reason = "Deze teamcode hoort bij een zelfscan die deze versie van Samenwijs niet kent.";
    errorCode = "unknown_framework";
    return std::nullopt;
  }
  if (!teamComparable(*fw, b[8])) {
    reason = "Deze teamcode komt uit versie " + std::to_string(b[8]) + " van “" + fw->title + "”; deze site gebruikt versie " +
             std::to_string(fw->version) + ". Teambeelden van verschillende versies zijn niet te vergelijken.";
    errorCode = "other_version";
    return std::nullopt;
  }
  t.reset(*fw);
  t.minGroupSize = static_cast<int>(getUint(b.data() + 9, 2));
  std::size_t pos = 11;
  std::uint64_t participants = 0;
  if (!getVarint(b.data(), b.size(), pos, participants) || participants > 100000000ULL) return damaged();
  t.participants = participants;
  for (std::string* name : {&code.roundName, &code.school}) {
    if (pos >= b.size() || b[pos] > kMaxNameBytes || pos + 1u + static_cast<std::size_t>(b[pos]) > b.size()) return damaged();
    name->assign(reinterpret_cast<const char*>(b.data() + pos + 1), b[pos]);
    pos += 1u + static_cast<std::size_t>(b[pos]);
  }
  const bool part = code.kind == TeamCodeKind::PartOne || code.kind == TeamCodeKind::PartTwo;
  for (auto& c : t.counts) {
    if (part) {
      if (pos + 2 > b.size()) return damaged();
      c = getUint(b.data() + pos, 2);
      pos += 2;
    } else if (!getVarint(b.data(), b.size(), pos, c)) {
      return damaged();
    }
  }
  if (pos != b.size()) return damaged();
  if (!part) {
    const std::size_t rows = t.counts.size() / kTeamLevels;
    for (std::size_t r = 0; r < rows; ++r) {
      std::uint64_t sum = 0;
      for (int l = 0; l < kTeamLevels; ++l) sum += t.counts[r * kTeamLevels + static_cast<std::size_t>(l)];
      if (sum > t.participants) return damaged();
    }
  }
  if (t.minGroupSize < kMinGroupFloor || t.minGroupSize > kMaxMinGroupSize) return damaged();
  return code;
}

}  // namespace samenwijs

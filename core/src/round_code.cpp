#include "samenwijs/round_code.hpp"

#include "samenwijs/code_bytes.hpp"
#include "samenwijs/zelfscan.hpp"
#include "samenwijs/code_input.hpp"

namespace samenwijs {

void putRoundId(std::vector<std::uint8_t>& out, std::uint64_t id) { putUint(out, id & 0xFFFFFFFFFFULL, 5); }

std::string encodeRound(const Round& round) {
  std::vector<std::uint8_t> bytes = {1, static_cast<std::uint8_t>(round.collectors)};
  putRoundId(bytes, round.id);
  putUint(bytes, frameworkFingerprint(round.framework->id), 2);
  bytes.push_back(static_cast<std::uint8_t>(round.framework->version));
  putUint(bytes, static_cast<std::uint64_t>(round.minGroupSize), 2);
  return encodeCodeBytes(kRoundPrefix, std::move(bytes));
}

std::optional<Round> decodeRound(const std::vector<Framework>& frameworks, std::string_view text, std::string& reason,
                                 std::string& errorCode) {
  if (stripCodeInput(text).empty()) {
    reason = "Vul de rondecode in. Die krijg je van degene die de ronde is gestart.";
    errorCode = "empty";
    return std::nullopt;
  }
  std::vector<std::uint8_t> b;
  if (!decodeCodeOfKind(text, CodeKind::Round, kRoundPrefix, "rondecode", "not_a_round", 64, b, reason, errorCode)) return std::nullopt;
  if (b.size() != 12 || b[0] != 1) {
    reason = "Deze rondecode heeft een indeling die deze versie van Samenwijs niet kent.";
    errorCode = "unsupported_format";
    return std::nullopt;
  }
  Round r;
  r.collectors = b[1];
  r.id = getUint(b.data() + 2, 5);
  r.framework = frameworkByFingerprint(frameworks, static_cast<std::uint16_t>(getUint(b.data() + 7, 2)));
  r.minGroupSize = static_cast<int>(getUint(b.data() + 10, 2));
  if (!r.framework) {
    reason = "Deze rondecode hoort bij een zelfscan die deze versie van Samenwijs niet kent.";
    errorCode = "unknown_framework";
    return std::nullopt;
  }
  if (!teamComparable(*r.framework, b[9])) {
    reason = "Deze rondecode hoort bij een andere versie van “" + r.framework->title + "”. Vraag een nieuwe rondecode.";
    errorCode = "other_version";
    return std::nullopt;
  }
  if ((r.collectors != 1 && r.collectors != 2) || r.minGroupSize < kMinGroupFloor || r.minGroupSize > kMaxMinGroupSize) {
    reason = "Deze rondecode is aangepast en kan niet worden gebruikt. Vraag de rondecode opnieuw.";
    errorCode = "tampered";
    return std::nullopt;
  }
  return r;
}

}  // namespace samenwijs

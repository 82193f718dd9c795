// libFuzzer target: every kind of code the site reads from a person: result codes (SW2-; SW1- still read),
// hand-in codes (IN1-), round codes (RN1-), team codes (TM1-) and the device's record of
// shown team pictures (SH1-). Decoding never aborts; what is refused says why in Dutch;
// what decodes re-encodes to the same code.
// Input: byte 0 picks the kind (low nibble, modulo 5: result, hand-in, round, team,
// shown) and the mode (bit 0x10):
//   payload  the rest is the code's bytes; the target adds the right CRC-16 and writes the
//            prefix and base32/base64url itself (with the core's own encoders). This is the
//            fuzz-only way past the checksum: random bytes almost never carry a valid CRC,
//            so without it decoding never gets past the frame. For a hand-in code the
//            round is the one the code names (bytes 1-5, the framework of bytes 6-7).
//   text     the rest is the code as typed (prefix, alphabet, blanks, truncation,
//            checksum); for a hand-in code: a round code, a newline, the hand-in code.
// Seeds: tests/fuzz/corpus/fuzz_codes (valid codes of every kind and framework).
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "fuzz_content.hpp"
#include "samenwijs/code_bytes.hpp"
#include "samenwijs/code_input.hpp"
#include "samenwijs/handin_code.hpp"
#include "samenwijs/result_code.hpp"
#include "samenwijs/round_code.hpp"
#include "samenwijs/shown_sets.hpp"
#include "samenwijs/team_code.hpp"

namespace {
using samenwijs::Framework;

enum Kind { kResult, kHandIn, kRound, kTeam, kShown, kKinds };

void check(bool ok) {
  if (!ok) std::abort();
}

void resultCode(const std::vector<Framework>& frameworks, const std::string& code, bool canonical) {
  static const samenwijs::ResultDecoder fast(frameworks);
  const samenwijs::DecodedResult r = samenwijs::decodeResult(frameworks, code);
  if (r.error != samenwijs::DecodeError::None) {
    check(!r.message.empty());
    // A canonical code is what the fast decoder of the team overview sees: it must agree.
    const Framework* fw = nullptr;
    samenwijs::Answers answers;
    if (canonical) check(fast.decode(code, "", fw, answers) == r.error);
    return;
  }
  const std::string again = samenwijs::encodeResult(*r.framework, r.answers);
  // A code of an earlier framework version is re-encoded in the current one: same answers,
  // other bytes. Only a current-version code must come back unchanged.
  if (canonical && r.version == r.framework->version) check(again == code);
  const Framework* fw = nullptr;
  samenwijs::Answers answers;
  check(fast.decode(again, "", fw, answers) == samenwijs::DecodeError::None && fw == r.framework && answers == r.answers);
}

void roundCode(const std::vector<Framework>& frameworks, const std::string& code, bool canonical) {
  std::string reason, errorCode;
  const auto r = samenwijs::decodeRound(frameworks, code, reason, errorCode);
  if (!r) {
    check(!reason.empty() && !errorCode.empty());
    return;
  }
  const std::string again = samenwijs::encodeRound(*r);
  if (canonical) check(again == code);
  const auto back = samenwijs::decodeRound(frameworks, again, reason, errorCode);
  check(back && back->id == r->id && back->framework == r->framework && back->minGroupSize == r->minGroupSize &&
        back->collectors == r->collectors);
}

void handInCode(const std::vector<Framework>& frameworks, const samenwijs::Round& round, const std::string& code,
                bool canonical) {
  static const samenwijs::HandInDecoder decoder(frameworks);
  const auto expected = round.collectors == 1 ? samenwijs::HandInKind::Plain : samenwijs::HandInKind::ShareOne;
  for (auto kind : {expected, samenwijs::HandInKind::ShareTwo}) {
    samenwijs::HandIn h;
    std::string errorCode, reason;
    if (!decoder.decode(samenwijs::stripCodeInput(code), round, kind, h, errorCode, reason)) {
      check(!reason.empty() && !errorCode.empty());
      continue;
    }
    const std::string again = samenwijs::encodeHandIn(h);
    if (canonical) check(again == code);
    samenwijs::HandIn back;
    check(decoder.decode(again, round, kind, back, errorCode, reason) && back.tag == h.tag && back.levels == h.levels &&
          back.share == h.share);
  }
}

void teamCode(const std::vector<Framework>& frameworks, const std::string& code, bool canonical) {
  std::string reason, errorCode;
  const auto t = samenwijs::decodeTeamCode(frameworks, code, reason, errorCode);
  if (!t) {
    check(!reason.empty());
    return;
  }
  const std::string again = samenwijs::encodeTeamCode(*t);
  if (canonical) check(again == code);
  const auto back = samenwijs::decodeTeamCode(frameworks, again, reason, errorCode);
  check(back && back->kind == t->kind && back->totals.participants == t->totals.participants &&
        back->totals.counts == t->totals.counts && back->roundName == t->roundName && back->school == t->school);
}

void shownCode(const std::string& code, bool canonical) {
  const auto s = samenwijs::decodeShownSets(code);
  if (!s) return;
  const std::string again = samenwijs::encodeShownSets(*s);
  if (canonical) check(again == code);
  const auto back = samenwijs::decodeShownSets(again);
  check(back && back->round == s->round && back->sets == s->sets && back->members == s->members);
  // A record that decodes can be asked about and added to.
  std::vector<std::uint64_t> tags;
  for (const auto& m : s->members) tags.push_back(m.first);
  samenwijs::ShownSets more = *s;
  const samenwijs::ShownVerdict v = samenwijs::checkShown(more, tags, samenwijs::kMinGroupFloor);
  if (!v.allowed) check(!v.reason.empty());
  else if (!v.seenBefore) samenwijs::recordShown(more, tags);
}

// Round, hand-in and team codes of an earlier framework version that asked every competence
// decode too (teamComparable) but re-encode with the current version: only a payload of the
// current version must come back byte for byte.
bool currentVersion(const std::vector<Framework>& frameworks, const std::vector<std::uint8_t>& p,
                    std::size_t fingerprintAt, std::size_t versionAt) {
  if (p.size() <= versionAt) return true;
  const Framework* fw =
      samenwijs::frameworkByFingerprint(frameworks, static_cast<std::uint16_t>(samenwijs::getUint(p.data() + fingerprintAt, 2)));
  return !fw || p[versionAt] == fw->version;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::unique_ptr<samenwijs::Api> api = samenwijs::fuzzing::loadApi();
  const auto& frameworks = api->content().content().frameworks;
  if (size == 0) return 0;
  const int kind = (data[0] & 0x0F) % kKinds;
  const bool asText = (data[0] & 0x10) != 0;
  const std::vector<std::uint8_t> payload(data + 1, data + size);
  const std::string text(payload.begin(), payload.end());
  switch (kind) {
    case kResult:
      resultCode(frameworks, asText ? text : samenwijs::encodeResultBytes(payload), !asText);
      break;
    case kRound:
      roundCode(frameworks, asText ? text : samenwijs::encodeCodeBytes(samenwijs::kRoundPrefix, payload),
                !asText && currentVersion(frameworks, payload, 7, 9));
      break;
    case kTeam:
      teamCode(frameworks, asText ? text : samenwijs::encodeCodeBytes(samenwijs::kTeamCodePrefix, payload),
               !asText && currentVersion(frameworks, payload, 6, 8));
      break;
    case kShown:
      shownCode(asText ? text : samenwijs::encodeCodeBytes("SH1-", payload), !asText);
      break;
    case kHandIn: {
      samenwijs::Round round;
      std::string code;
      if (asText) {
        const auto newline = text.find('\n');
        if (newline == std::string::npos) return 0;
        std::string reason, errorCode;
        const auto r = samenwijs::decodeRound(frameworks, text.substr(0, newline), reason, errorCode);
        if (!r) return 0;
        round = *r;
        code = text.substr(newline + 1);
      } else {
        if (payload.size() < 9) return 0;
        round.id = samenwijs::getUint(payload.data() + 1, 5);
        round.framework = samenwijs::frameworkByFingerprint(frameworks, static_cast<std::uint16_t>(samenwijs::getUint(payload.data() + 6, 2)));
        if (!round.framework) round.framework = &frameworks.front();
        round.collectors = payload[0] == 1 ? 1 : 2;
        code = samenwijs::encodeCodeBytes(samenwijs::kHandInPrefix, payload);
      }
      handInCode(frameworks, round, code, !asText && currentVersion(frameworks, payload, 6, 8));
      break;
    }
  }
  return 0;
}

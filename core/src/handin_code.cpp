#include "samenwijs/handin_code.hpp"

#include "samenwijs/code_bytes.hpp"
#include "samenwijs/zelfscan.hpp"

namespace samenwijs {
namespace {

constexpr std::size_t kHeader = 15;
constexpr std::size_t kMaxChars = 1200;

// The keyed hash of (purpose, kind, round id, counter): the same on one device, random to others.
std::uint64_t prf(const SaltKey& salt, char purpose, std::uint8_t kind, std::uint64_t round, std::uint32_t counter) {
  std::uint8_t msg[11] = {static_cast<std::uint8_t>(purpose), kind};
  for (int i = 0; i < 5; ++i) msg[2 + i] = static_cast<std::uint8_t>((round >> (8 * (4 - i))) & 0xFF);
  for (int i = 0; i < 4; ++i) msg[7 + i] = static_cast<std::uint8_t>((counter >> (8 * (3 - i))) & 0xFF);
  return siphash24(salt, msg, sizeof msg);
}

std::vector<std::uint8_t> header(const HandIn& h) {
  std::vector<std::uint8_t> b = {static_cast<std::uint8_t>(h.kind)};
  putRoundId(b, h.round);
  putUint(b, frameworkFingerprint(h.framework->id), 2);
  b.push_back(static_cast<std::uint8_t>(h.framework->version));
  putUint(b, h.tag & 0xFFFFFFFFFFFFULL, 6);
  return b;
}

const char* collectorName(HandInKind kind) {
  return kind == HandInKind::ShareOne ? "verzamelaar 1" : "verzamelaar 2";
}

}  // namespace

std::vector<std::uint8_t> teamLevels(const Framework& fw, const Answers& answers) {
  std::vector<std::uint8_t> levels;
  levels.reserve(teamRows(fw));
  std::vector<std::uint8_t> domainLevels;
  std::size_t i = 0;
  for (const auto& d : fw.domains) {
    double sum = 0;
    int scored = 0;
    for (const auto& c : d.competences) {
      int answered = 0, total = 0;
      for (std::size_t k = 0; k < c.items.size(); ++k, ++i) {
        const std::uint8_t a = i < answers.size() ? answers[i] : kUnanswered;
        if (a >= 1 && a <= 6) {
          ++answered;
          total += a;
        }
      }
      if (answered > 0 && answered >= fw.minimumAnswered) {
        const double score = static_cast<double>(total) / answered;
        levels.push_back(static_cast<std::uint8_t>(levelOf(score)));
        sum += score;
        ++scored;
      } else {
        levels.push_back(0);
      }
    }
    domainLevels.push_back(scored ? static_cast<std::uint8_t>(levelOf(sum / scored)) : 0);
  }
  levels.insert(levels.end(), domainLevels.begin(), domainLevels.end());
  return levels;
}

std::vector<HandIn> makeHandIns(const Framework& fw, const Answers& answers, const Round& round, const SaltKey& salt) {
  const std::vector<std::uint8_t> levels = teamLevels(fw, answers);
  auto tagFor = [&](HandInKind kind) { return prf(salt, 't', static_cast<std::uint8_t>(kind), round.id, 0) & 0xFFFFFFFFFFFFULL; };
  if (round.collectors != 2) {
    HandIn h{HandInKind::Plain, round.id, &fw, tagFor(HandInKind::Plain), levels, {}};
    return {h};
  }
  const std::size_t counters = levels.size() * kTeamLevels;
  HandIn one{HandInKind::ShareOne, round.id, &fw, tagFor(HandInKind::ShareOne), {}, std::vector<std::uint16_t>(counters)};
  HandIn two{HandInKind::ShareTwo, round.id, &fw, tagFor(HandInKind::ShareTwo), {}, std::vector<std::uint16_t>(counters)};
  std::uint64_t block = 0;
  for (std::size_t k = 0; k < counters; ++k) {
    if (k % 4 == 0) block = prf(salt, 'm', 0, round.id, static_cast<std::uint32_t>(k / 4));
    const auto mask = static_cast<std::uint16_t>((block >> (16 * (k % 4))) & 0xFFFF);
    const std::size_t row = k / kTeamLevels;
    const int level = static_cast<int>(k % kTeamLevels) + 1;
    const std::uint16_t x = levels[row] == level ? 1 : 0;
    one.share[k] = mask;
    two.share[k] = static_cast<std::uint16_t>(x - mask);
  }
  return {one, two};
}

std::string encodeHandIn(const HandIn& h) {
  std::vector<std::uint8_t> b = header(h);
  if (h.kind == HandInKind::Plain) {
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::uint8_t level : h.levels) {
      buffer = (buffer << 3) | (level & 7u);
      bits += 3;
      if (bits >= 8) {
        bits -= 8;
        b.push_back(static_cast<std::uint8_t>((buffer >> bits) & 0xFF));
      }
    }
    if (bits > 0) b.push_back(static_cast<std::uint8_t>((buffer << (8 - bits)) & 0xFF));
  } else {
    for (std::uint16_t v : h.share) putUint(b, v, 2);
  }
  return encodeCodeBytes(kHandInPrefix, std::move(b));
}

const Framework* HandInDecoder::frameworkOf(std::uint16_t fingerprint) const {
  if (fingerprints_.size() != frameworks_.size()) {
    fingerprints_.clear();
    for (const auto& f : frameworks_) fingerprints_.push_back(frameworkFingerprint(f.id));
  }
  for (std::size_t i = 0; i < fingerprints_.size(); ++i) {
    if (fingerprints_[i] == fingerprint) return &frameworks_[i];
  }
  return nullptr;
}

bool HandInDecoder::decode(std::string_view cleaned, const Round& round, HandInKind expected, HandIn& out,
                           std::string& errorCode, std::string& reason) const {
  const CodeKind kind = codeKindOf(cleaned);
  if (kind == CodeKind::Personal) {
    errorCode = "personal_code";
    reason = "Dit is een persoonlijke resultaatcode (SW…): die bevat al je antwoorden en blijft van jou. Lever in plaats "
             "daarvan een inlevercode in (IN1-…): die maak je op je uitslagpagina met de rondecode, en hij bevat alleen je "
             "niveau per competentie.";
    return false;
  }
  if (kind != CodeKind::HandIn) {
    errorCode = "not_a_handin";
    reason = std::string("Dit is ") + codeKindName(kind) + ", geen inlevercode. Een inlevercode begint met IN1-.";
    return false;
  }
  CodeFrameError e;
  if (!decodeCodeBytes(cleaned, kHandInPrefix, kMaxChars, bytes_, e)) {
    errorCode = e.code;
    reason = e.message;
    return false;
  }
  const std::vector<std::uint8_t>& b = bytes_;
  if (b.size() < kHeader || b[0] < 1 || b[0] > 3) {
    errorCode = "unsupported_format";
    reason = "Deze inlevercode heeft een indeling die deze versie van Samenwijs niet kent.";
    return false;
  }
  out.kind = static_cast<HandInKind>(b[0]);
  out.round = getUint(b.data() + 1, 5);
  out.framework = frameworkOf(static_cast<std::uint16_t>(getUint(b.data() + 6, 2)));
  out.tag = getUint(b.data() + 9, 6);
  if (out.round != round.id) {
    errorCode = "other_round";
    reason = "Deze inlevercode hoort bij een andere ronde. Maak een nieuwe inlevercode met de rondecode van deze ronde.";
    return false;
  }
  if (!out.framework || out.framework != round.framework || !teamComparable(*out.framework, b[8])) {
    errorCode = "other_framework";
    reason = "Deze inlevercode hoort bij een andere zelfscan of versie dan deze ronde.";
    return false;
  }
  if (out.kind != expected) {
    errorCode = "wrong_collector";
    if (out.kind == HandInKind::Plain) {
      reason = "Dit is een gewone inlevercode; deze ronde verzamelt delen voor twee verzamelaars.";
    } else if (expected == HandInKind::Plain) {
      reason = std::string("Dit is een deelcode voor ") + collectorName(out.kind) + ": die hoort bij een ronde met twee verzamelaars.";
    } else {
      reason = std::string("Deze deelcode is voor ") + collectorName(out.kind) + ", niet voor " + collectorName(expected) + ".";
    }
    return false;
  }
  const std::size_t rows = teamRows(*out.framework);
  const std::size_t payload = b.size() - kHeader;
  if (out.kind == HandInKind::Plain) {
    if (payload != (rows * 3 + 7) / 8) {
      errorCode = "damaged";
      reason = "De inlevercode is te kort of te lang voor deze zelfscan.";
      return false;
    }
    out.levels.resize(rows);
    for (std::size_t r = 0; r < rows; ++r) {
      const std::size_t bit = r * 3, byte = kHeader + bit / 8, offset = bit % 8;
      const std::uint32_t window = (static_cast<std::uint32_t>(b[byte]) << 8) | (byte + 1 < b.size() ? b[byte + 1] : 0);
      out.levels[r] = static_cast<std::uint8_t>((window >> (13 - offset)) & 7u);
      if (out.levels[r] > kTeamLevels) {
        errorCode = "tampered";
        reason = "De inlevercode klopt niet: hij is aangepast.";
        return false;
      }
    }
    const std::size_t used = rows * 3 % 8;
    if (used != 0 && (b.back() & ((1u << (8 - used)) - 1)) != 0) {
      errorCode = "tampered";
      reason = "De inlevercode klopt niet: hij is aangepast.";
      return false;
    }
    return true;
  }
  if (payload != rows * kTeamLevels * 2) {
    errorCode = "damaged";
    reason = "De deelcode is te kort of te lang voor deze zelfscan.";
    return false;
  }
  out.share.resize(rows * kTeamLevels);
  for (std::size_t k = 0; k < out.share.size(); ++k) out.share[k] = static_cast<std::uint16_t>(getUint(b.data() + kHeader + 2 * k, 2));
  return true;
}

}  // namespace samenwijs

#define BOOST_TEST_MODULE handin_code
#include <boost/test/unit_test.hpp>

// Property tests of the codes behind the team overview: hand-in codes round-trip, the same
// device and round give the same code, other salts give other codes for the same answers,
// random damage is refused, and in a two-collector round each share alone (and each
// collector's sum) is uniformly distributed whatever the answers.
#include <array>
#include <cmath>
#include <random>
#include <set>

#include "samenwijs/base32.hpp"
#include "samenwijs/code_input.hpp"
#include "samenwijs/handin_code.hpp"
#include "samenwijs/shown_sets.hpp"
#include "samenwijs/team_code.hpp"
#include "test_support.hpp"

using namespace samenwijs;
using samenwijs_test::teacher;
using samenwijs_test::content;

namespace {

SaltKey randomSalt(std::mt19937_64& rng) {
  SaltKey s{};
  for (auto& b : s) b = static_cast<std::uint8_t>(rng() & 0xFF);
  return s;
}

Answers randomAnswers(std::mt19937_64& rng, const Framework& fw) {
  Answers a(itemCount(fw));
  for (auto& v : a) v = static_cast<std::uint8_t>(rng() % 8);  // unanswered, 1-6, n.v.t.
  return a;
}

Round randomRound(std::mt19937_64& rng, int collectors = 1) {
  Round r;
  r.id = rng() & 0xFFFFFFFFFFULL;
  r.framework = &teacher();
  r.collectors = collectors;
  return r;
}

bool decodes(const std::string& code, const Round& round, HandInKind kind, HandIn& out) {
  std::string errorCode, reason;
  return HandInDecoder(content().frameworks).decode(stripCodeInput(code), round, kind, out, errorCode, reason);
}

// Pearson's chi-square of `counts` against a uniform distribution.
double chiSquare(const std::vector<int>& counts) {
  double total = 0;
  for (int c : counts) total += c;
  const double expected = total / static_cast<double>(counts.size());
  double chi = 0;
  for (int c : counts) chi += (c - expected) * (c - expected) / expected;
  return chi;
}

}  // namespace

BOOST_AUTO_TEST_CASE(base32_round_trips_and_ignores_case) {
  std::mt19937_64 rng(1);
  for (int i = 0; i < 500; ++i) {
    std::vector<std::uint8_t> bytes(rng() % 40);
    for (auto& b : bytes) b = static_cast<std::uint8_t>(rng());
    std::string text = base32Encode(bytes.data(), bytes.size());
    for (auto& c : text) c = (rng() & 1) ? static_cast<char>(std::tolower(static_cast<unsigned char>(c))) : c;
    std::vector<std::uint8_t> out(64);
    std::size_t size = 0, bad = 0;
    BOOST_REQUIRE(base32Decode(text, out.data(), out.size(), size, bad) == Base32Error::None);
    out.resize(size);
    BOOST_TEST(out == bytes);
  }
}

BOOST_AUTO_TEST_CASE(hand_in_codes_round_trip) {
  std::mt19937_64 rng(2);
  for (int i = 0; i < 2000; ++i) {
    const Round round = randomRound(rng);
    const Answers answers = randomAnswers(rng, teacher());
    const auto handIns = makeHandIns(teacher(), answers, round, randomSalt(rng));
    BOOST_REQUIRE_EQUAL(handIns.size(), 1u);
    const std::string code = encodeHandIn(handIns[0]);
    BOOST_TEST(code.substr(0, 4) == "IN1-");
    HandIn back;
    BOOST_REQUIRE(decodes(code, round, HandInKind::Plain, back));
    BOOST_TEST(back.levels == teamLevels(teacher(), answers));
    BOOST_TEST(back.tag == handIns[0].tag);
  }
}

BOOST_AUTO_TEST_CASE(same_device_and_round_same_code_other_salt_other_code) {
  std::mt19937_64 rng(3);
  std::set<std::string> seen;
  const Round round = randomRound(rng);
  const Answers answers(itemCount(teacher()), 3);
  for (int i = 0; i < 2000; ++i) {
    const SaltKey salt = randomSalt(rng);
    const std::string first = encodeHandIn(makeHandIns(teacher(), answers, round, salt)[0]);
    BOOST_TEST(first == encodeHandIn(makeHandIns(teacher(), answers, round, salt)[0]));
    BOOST_TEST(seen.insert(first).second, "two salts gave the same code");
  }
}

BOOST_AUTO_TEST_CASE(random_damage_is_refused) {
  std::mt19937_64 rng(4);
  const std::string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  int refused = 0, tries = 0;
  for (int i = 0; i < 3000; ++i) {
    const Round round = randomRound(rng);
    const std::string code = encodeHandIn(makeHandIns(teacher(), randomAnswers(rng, teacher()), round, randomSalt(rng))[0]);
    std::string damaged = code;
    const std::size_t at = 4 + rng() % (code.size() - 4);
    switch (i % 4) {
      case 0: {  // one character changed
        char c;
        do c = alphabet[rng() % 32]; while (c == damaged[at]);
        damaged[at] = c;
        break;
      }
      case 1:  // two neighbours swapped
        if (at + 1 >= damaged.size() || damaged[at] == damaged[at + 1]) continue;
        std::swap(damaged[at], damaged[at + 1]);
        break;
      case 2:  // one character lost
        damaged.erase(at, 1);
        break;
      default:  // one character too many
        damaged.insert(at, 1, alphabet[rng() % 32]);
        break;
    }
    ++tries;
    HandIn out;
    if (!decodes(damaged, round, HandInKind::Plain, out)) ++refused;
  }
  BOOST_TEST(refused == tries);
}

// Each share alone: chi-square of its counters over many salts, for two opposite teams of
// answers, against uniform over 16 buckets (15 degrees of freedom; 37.7 is p = 0.001).
BOOST_AUTO_TEST_CASE(one_share_alone_is_uniform_whatever_the_answers) {
  std::mt19937_64 rng(5);
  const Round round = randomRound(rng, 2);
  for (int level : {1, 6}) {
    const Answers answers(itemCount(teacher()), static_cast<std::uint8_t>(level));
    std::array<std::vector<int>, 2> buckets{std::vector<int>(16, 0), std::vector<int>(16, 0)};
    std::vector<int> lowBits(16, 0);
    for (int i = 0; i < 4000; ++i) {
      const auto shares = makeHandIns(teacher(), answers, round, randomSalt(rng));
      BOOST_REQUIRE_EQUAL(shares.size(), 2u);
      // Counter of competence 0 at the person's own level, and at another level.
      for (std::size_t s = 0; s < 2; ++s) {
        const std::uint16_t own = shares[s].share[static_cast<std::size_t>(level - 1)];
        ++buckets[s][own >> 12];
        if (s == 1) ++lowBits[own & 15];
      }
      // The two together give the one-hot level.
      for (std::size_t k = 0; k < 6; ++k) {
        const auto sum = static_cast<std::uint16_t>(shares[0].share[k] + shares[1].share[k]);
        BOOST_TEST(sum == (k == static_cast<std::size_t>(level - 1) ? 1 : 0));
      }
    }
    BOOST_TEST(chiSquare(buckets[0]) < 37.7);
    BOOST_TEST(chiSquare(buckets[1]) < 37.7);
    BOOST_TEST(chiSquare(lowBits) < 37.7);
  }
}

// A collector's sum over a team is uniform too: it reveals nothing but the count.
BOOST_AUTO_TEST_CASE(one_collectors_sum_is_uniform) {
  std::mt19937_64 rng(6);
  const Round round = randomRound(rng, 2);
  std::vector<int> buckets(16, 0);
  for (int team = 0; team < 2000; ++team) {
    std::uint16_t sum = 0;
    for (int p = 0; p < 5; ++p) {
      const auto shares = makeHandIns(teacher(), Answers(itemCount(teacher()), 6), round, randomSalt(rng));
      sum = static_cast<std::uint16_t>(sum + shares[1].share[5]);
    }
    ++buckets[sum >> 12];
  }
  BOOST_TEST(chiSquare(buckets) < 37.7);
}

BOOST_AUTO_TEST_CASE(share_codes_round_trip_and_go_to_their_own_collector) {
  std::mt19937_64 rng(7);
  const Round round = randomRound(rng, 2);
  const auto shares = makeHandIns(teacher(), randomAnswers(rng, teacher()), round, randomSalt(rng));
  HandIn out;
  BOOST_TEST(decodes(encodeHandIn(shares[0]), round, HandInKind::ShareOne, out));
  BOOST_TEST(out.share == shares[0].share);
  BOOST_TEST(!decodes(encodeHandIn(shares[0]), round, HandInKind::ShareTwo, out));
  BOOST_TEST(!decodes(encodeHandIn(shares[1]), round, HandInKind::Plain, out));
  BOOST_TEST(shares[0].tag != shares[1].tag);
}

BOOST_AUTO_TEST_CASE(team_codes_round_trip_and_refuse_damage) {
  std::mt19937_64 rng(8);
  for (int i = 0; i < 300; ++i) {
    TeamCode code;
    code.kind = static_cast<TeamCodeKind>(1 + rng() % 4);
    code.totals.reset(teacher());
    code.totals.round = rng() & 0xFFFFFFFFFFULL;
    code.totals.participants = 5 + rng() % 100000;
    const bool part = code.kind == TeamCodeKind::PartOne || code.kind == TeamCodeKind::PartTwo;
    for (auto& c : code.totals.counts) c = part ? rng() % 65536 : rng() % (code.totals.participants / 6 + 1);
    code.roundName = "Teamscan najaar 2026 — ronde " + std::to_string(i);
    code.school = "Sint-Jozefschool";
    const std::string text = encodeTeamCode(code);
    std::string reason, errorCode;
    auto back = decodeTeamCode(content().frameworks, text, reason, errorCode);
    BOOST_REQUIRE_MESSAGE(back, reason);
    BOOST_TEST(back->totals.counts == code.totals.counts);
    BOOST_TEST(back->totals.participants == code.totals.participants);
    BOOST_TEST(back->roundName == code.roundName);
    std::string damaged = text;
    const std::size_t at = 4 + rng() % (text.size() - 4);
    damaged[at] = damaged[at] == '7' ? '8' : '7';
    BOOST_TEST(!decodeTeamCode(content().frameworks, damaged, reason, errorCode));
  }
}

BOOST_AUTO_TEST_CASE(shown_sets_round_trip_and_apply_the_group_rule) {
  ShownSets s;
  s.round = 42;
  const std::vector<std::uint64_t> five = {1, 2, 3, 4, 5}, ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  BOOST_TEST(checkShown(s, {1, 2, 3, 4}, 5).allowed == false);
  BOOST_REQUIRE(checkShown(s, five, 5).allowed);
  recordShown(s, five);
  auto back = decodeShownSets(encodeShownSets(s));
  BOOST_REQUIRE(back);
  BOOST_TEST(back->members == s.members);
  BOOST_TEST(checkShown(*back, ten, 5).allowed);
  BOOST_TEST(checkShown(*back, five, 5).seenBefore);
  BOOST_TEST(checkShown(*back, {1, 2, 3, 4, 5, 6}, 5).allowed == false);
  BOOST_TEST(checkShown(*back, {1, 2, 3, 4, 5, 6}, 5).smallestGroup == 1u);
  BOOST_TEST(checkShown(*back, {2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 5).allowed == false);  // 1 left, 6 joined
  BOOST_TEST(checkShown(*back, {1, 2, 3, 4}, 5).allowed == false);  // a subset is not the same set
  std::string text = encodeShownSets(s);
  text[6] = text[6] == 'A' ? 'B' : 'A';
  BOOST_TEST(!decodeShownSets(text));
}

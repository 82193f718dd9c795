#define BOOST_TEST_MODULE team_versions
// A deploy that adds items to a framework (a new version) must not break a collection round
// that is under way: round, hand-in and team codes of an earlier version that asked every
// competence add up with the current version; a version that missed a competence, or one the
// content does not describe, stays refused with a reason.
#include <boost/test/unit_test.hpp>

#include <random>

#include "samenwijs/code_input.hpp"
#include "samenwijs/handin_code.hpp"
#include "samenwijs/round_code.hpp"
#include "samenwijs/team_code.hpp"
#include "samenwijs/zelfscan.hpp"
#include "test_support.hpp"

using namespace samenwijs;
using samenwijs_test::content;
using samenwijs_test::teacher;

namespace {

// The teacher framework as a device still on an earlier version would encode it: same id
// and competences, only the version byte differs.
Framework asVersion(int version) {
  Framework fw = teacher();
  fw.version = version;
  return fw;
}

Framework twoCompetences(int version, std::vector<std::string> first, std::vector<std::string> second) {
  Framework fw;
  fw.id = "tiny";
  fw.version = version;
  Competence a, b;
  a.id = "a";
  b.id = "b";
  for (auto& id : first) a.items.push_back({id, id, {}, std::nullopt});
  for (auto& id : second) b.items.push_back({id, id, {}, std::nullopt});
  fw.domains.push_back({"d", "D", "D", "", {a, b}});
  return fw;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_teacher_scan_versions_add_up) {
  BOOST_REQUIRE_GE(teacher().version, 2);
  BOOST_TEST(teamComparable(teacher(), teacher().version));
  BOOST_TEST(teamComparable(teacher(), 1));
  BOOST_TEST(!teamComparable(teacher(), teacher().version + 1));
  BOOST_TEST(!teamComparable(teacher(), 0));
}

BOOST_AUTO_TEST_CASE(a_version_that_missed_a_competence_stays_apart) {
  Framework fw = twoCompetences(2, {"a1"}, {"b1"});
  fw.versions = {{1, {"a1"}}, {2, {"a1", "b1"}}};  // version 1 never asked competence b
  BOOST_TEST(!teamComparable(fw, 1));
  fw.versions = {{1, {"b1", "a1"}}, {2, {"a1", "b1"}}};
  BOOST_TEST(teamComparable(fw, 1));
}

BOOST_AUTO_TEST_CASE(a_round_opened_before_the_deploy_takes_hand_ins_made_after_it) {
  std::mt19937_64 rng(21);
  const Framework old = asVersion(1);
  Round round;
  round.id = 0x1234567890ULL;
  round.framework = &old;
  round.collectors = 1;
  round.minGroupSize = 5;
  const std::string roundCode = encodeRound(round);
  std::string reason, errorCode;
  const auto opened = decodeRound(content().frameworks, roundCode, reason, errorCode);
  BOOST_REQUIRE_MESSAGE(opened, reason);
  BOOST_TEST(opened->framework == &teacher());

  // A colleague on the new version hands in for that round; one still on version 1 too.
  SaltKey salt{};
  for (auto& b : salt) b = static_cast<std::uint8_t>(rng());
  const Answers answers(itemCount(teacher()), 4);
  const std::string fresh = encodeHandIn(makeHandIns(teacher(), answers, *opened, salt)[0]);
  Round oldRound = *opened;
  oldRound.framework = &old;
  const std::string stale = encodeHandIn(makeHandIns(old, answers, oldRound, salt)[0]);
  HandInDecoder decoder(content().frameworks);
  for (const std::string& code : {fresh, stale}) {
    HandIn out;
    BOOST_TEST(decoder.decode(stripCodeInput(code), *opened, HandInKind::Plain, out, errorCode, reason), reason);
    BOOST_TEST(out.levels == teamLevels(teacher(), answers));
  }
}

BOOST_AUTO_TEST_CASE(team_codes_of_both_versions_open_an_unknown_version_does_not) {
  for (int version : {1, teacher().version, teacher().version + 1}) {
    const Framework fw = asVersion(version);
    TeamCode code;
    code.kind = TeamCodeKind::Team;
    code.totals.reset(fw);
    code.totals.participants = 6;
    code.roundName = "Teamscan najaar 2026";
    std::string reason, errorCode;
    const auto back = decodeTeamCode(content().frameworks, encodeTeamCode(code), reason, errorCode);
    if (version <= teacher().version) {
      BOOST_TEST(back.has_value(), "version " << version << ": " << reason);
    } else {
      BOOST_TEST(!back.has_value());
      BOOST_TEST(errorCode == "other_version");
    }
  }
}

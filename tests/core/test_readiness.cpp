// The readiness rule of the network check (readiness.cpp): the status per condition and the
// verdict over the real content, as a table of answer patterns with the verdict each should
// give and why, plus the content rules that keep the verdict texts honest.
#define BOOST_TEST_MODULE readiness
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "samenwijs/api.hpp"
#include "samenwijs/readiness.hpp"
#include "test_support.hpp"

using samenwijs::ConditionStatus;
using samenwijs::Json;
using namespace samenwijs_test;

namespace {

const samenwijs::Network& net() { return content().network; }

std::vector<std::optional<int>> values(std::initializer_list<int> v) {
  std::vector<std::optional<int>> out;
  for (int x : v) out.emplace_back(x < 0 ? std::nullopt : std::optional<int>(x));  // -1 = not answered
  return out;
}

const samenwijs::ReadinessCondition& condition(const std::string& id) {
  for (const auto& c : net().conditions) {
    if (c.id == id) return c;
  }
  BOOST_FAIL("no condition " << id);
  return net().conditions.front();
}

// One row of the table: every condition of the phase answered `base` on every statement
// (-1 = not answered), except the ones in `override`, answered per statement.
struct Pattern {
  const char* name;
  const char* phase;
  int base;
  std::map<std::string, std::vector<int>> overrides;
  const char* verdict;
  std::vector<const char*> textHas;     // fragments the verdict text must hold
  std::vector<const char*> textHasNot;  // and must not hold
  std::vector<const char*> blocking;    // expected blocking ids, in order
  const char* firstPriority;            // "" = none expected
  const char* why;
};

Json answersFor(const Pattern& p) {
  Json answers = Json::object();
  for (const auto& c : net().conditions) {
    const auto o = p.overrides.find(c.id);
    for (std::size_t s = 0; s < c.statements.size(); ++s) {
      const int level = o != p.overrides.end() ? o->second[std::min(s, o->second.size() - 1)] : p.base;
      if (level >= 0) answers[c.statements[s]] = level;
    }
  }
  return answers;
}

std::vector<int> all(int level) { return {level}; }

}  // namespace

BOOST_AUTO_TEST_SUITE(condition_status)

const samenwijs::ReadinessCondition kAny{};

BOOST_AUTO_TEST_CASE(only_all_ja_is_in_place) {
  BOOST_CHECK(samenwijs::conditionStatus(kAny, values({2, 2, 2})) == ConditionStatus::InPlace);
  BOOST_CHECK(samenwijs::conditionStatus(kAny, values({2})) == ConditionStatus::InPlace);
  // "Deels" is partial, never met: one "deels" among "ja" needs attention.
  BOOST_CHECK(samenwijs::conditionStatus(kAny, values({2, 2, 1})) == ConditionStatus::Attention);
  BOOST_CHECK(samenwijs::conditionStatus(kAny, values({2, 1})) == ConditionStatus::Attention);
  BOOST_CHECK(samenwijs::conditionStatus(kAny, values({1, 1, 1})) == ConditionStatus::Attention);
  BOOST_CHECK(samenwijs::conditionStatus(kAny, values({2, 2, 0})) == ConditionStatus::Attention);
}

BOOST_AUTO_TEST_CASE(mostly_nee_is_missing) {
  // Average 0.75 still needs attention; below it the condition is missing.
  BOOST_CHECK(samenwijs::conditionStatus(kAny, values({1, 1, 1, 0})) == ConditionStatus::Attention);
  BOOST_CHECK(samenwijs::conditionStatus(kAny, values({2, 0, 0})) == ConditionStatus::Missing);
  BOOST_CHECK(samenwijs::conditionStatus(kAny, values({1, 0})) == ConditionStatus::Missing);
  BOOST_CHECK(samenwijs::conditionStatus(kAny, values({0, 0, 0})) == ConditionStatus::Missing);
}

BOOST_AUTO_TEST_CASE(only_answered_statements_count) {
  BOOST_CHECK(samenwijs::conditionStatus(kAny, values({-1, -1, -1})) == ConditionStatus::Unknown);
  BOOST_CHECK(samenwijs::conditionStatus(kAny, {}) == ConditionStatus::Unknown);
  BOOST_CHECK(samenwijs::conditionStatus(kAny, values({-1, 2, -1})) == ConditionStatus::InPlace);
  BOOST_CHECK(samenwijs::conditionStatus(kAny, values({0, -1, -1})) == ConditionStatus::Missing);
  BOOST_CHECK(samenwijs::conditionStatus(kAny, values({-1, 1, 2})) == ConditionStatus::Attention);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(verdict)

// The blocking conditions are decided from the sources (content/network/readiness.json):
// the goal (seed 001 2.1.1, seed 004 appendix), the owner (001 2.1.3), the money and
// time, including the facilitator's (001 2.1.8, 4.1), and the leader's time and money
// (001 5.2, 2.2).
BOOST_AUTO_TEST_CASE(blocking_conditions_come_from_the_content_with_their_sources) {
  std::vector<std::string> blocking;
  for (const auto& c : net().conditions) {
    if (!c.blocking) continue;
    blocking.push_back(c.id);
    BOOST_TEST(!c.blockingWhy.empty());
    BOOST_TEST(!c.blockingSources.empty());
    BOOST_TEST(c.weight == 3);
  }
  BOOST_CHECK((blocking == std::vector<std::string>{"netwerk-doel", "netwerk-eigenaar", "netwerk-financiering", "netwerk-leiding-tijd-geld"}));
  bool citesSeed004 = false;
  for (const auto& s : condition("netwerk-doel").blockingSources) citesSeed004 = citesSeed004 || s.source == "ixpact-leidinggeven";
  BOOST_TEST(citesSeed004);
}

BOOST_AUTO_TEST_CASE(table_of_answer_patterns) {
  const std::vector<Pattern> table = {
      {"nothing answered", "start", -1, {}, "empty", {"Beantwoord"}, {}, {}, "",
       "no answers: no judgement yet"},
      {"everything ja", "start", 2, {}, "ready", {"Alles staat klaar"}, {"Werk de", "aandacht"}, {}, "",
       "all in place: the text must not ask to work out points that do not exist"},
      {"everything deels", "start", 1, {}, "notYet", {"50%"}, {"Bijna"},
       {"netwerk-doel", "netwerk-eigenaar", "netwerk-financiering", "netwerk-leiding-tijd-geld"}, "netwerk-doel",
       "deels is partial: 20 of 20 partly in place is half the weight, not almost ready"},
      {"goal nee, the rest ja", "start", 2, {{"netwerk-doel", all(0)}}, "blocked", {"Doel", "Nog niet starten"}, {"Bijna"},
       {"netwerk-doel"}, "netwerk-doel", "the source calls a sharp goal the most important thing before starting"},
      {"owner and funding nee", "start", 2, {{"netwerk-eigenaar", all(0)}, {"netwerk-financiering", all(0)}}, "blocked",
       {"Eigenaar en Financiering"}, {}, {"netwerk-eigenaar", "netwerk-financiering"}, "netwerk-eigenaar",
       "two blocking conditions missing: both are named, in content order"},
      {"leader gives no time or money", "start", 2, {{"netwerk-leiding-tijd-geld", all(0)}}, "blocked", {"Tijd en geld"}, {},
       {"netwerk-leiding-tijd-geld"}, "netwerk-leiding-tijd-geld", "without facilitation by the leader participation fails (seed 001 5.2)"},
      {"goal partly, the rest ja", "start", 2, {{"netwerk-doel", {2, 2, 1}}}, "almostBlocking", {"Doel", "deels"}, {},
       {"netwerk-doel"}, "netwerk-doel", "one deels on a blocking condition keeps the network from ready"},
      {"one light condition nee", "start", 2, {{"netwerk-meerlagigheid", all(0)}}, "almost", {"1 voorwaarde"}, {},
       {}, "netwerk-meerlagigheid", "a missing condition, even a light one, is not ready"},
      {"one light condition deels", "start", 2, {{"netwerk-toekomst", all(1)}}, "readyWithAttention",
       {"kan starten", "1 voorwaarde"}, {}, {}, "netwerk-toekomst", "one light point needing attention: ready, and the text counts it"},
      {"two light conditions deels", "start", 2, {{"netwerk-toekomst", all(1)}, {"netwerk-meerlagigheid", all(1)}},
       "readyWithAttention", {"2 voorwaarden"}, {}, {}, "netwerk-meerlagigheid", "equal weight: content order decides the first priority"},
      {"eight heavier conditions deels", "start", 2,
       {{"netwerk-vorm", all(1)}, {"netwerk-omvang", all(1)}, {"netwerk-looptijd", all(1)}, {"netwerk-deelnemers", all(1)},
        {"netwerk-verwachtingen", all(1)}, {"netwerk-visie", all(1)}, {"netwerk-leiding-beleid", all(1)}, {"netwerk-leiding-delen", all(1)}},
       "almost", {"8 voorwaarden"}, {}, {}, "netwerk-visie", "weighted score 77%: between 60 and 85 is almost; weight 3 goes first"},
      {"nine non-blocking nee", "start", 2,
       {{"netwerk-vorm", all(0)}, {"netwerk-omvang", all(0)}, {"netwerk-looptijd", all(0)}, {"netwerk-deelnemers", all(0)},
        {"netwerk-verwachtingen", all(0)}, {"netwerk-wederkerig-gedrag", all(0)}, {"netwerk-buitenwereld", all(0)},
        {"netwerk-begeleider-rol", all(0)}, {"netwerk-visie", all(0)}},
       "notYet", {"55%"}, {}, {}, "netwerk-visie", "no blocking one missing, but the weighted score is under 60%"},
      {"only goal and owner answered", "start", -1, {{"netwerk-doel", all(2)}, {"netwerk-eigenaar", all(2)}}, "incomplete",
       {"18 voorwaarden"}, {}, {}, "", "good so far, but 18 of the 20 conditions are not answered yet"},
      {"only the goal answered, nee", "start", -1, {{"netwerk-doel", all(0)}}, "blocked", {"Doel"}, {}, {"netwerk-doel"},
       "netwerk-doel", "a missing blocking condition is reported even before everything is answered"},
      {"everything nee", "start", 0, {}, "blocked", {"Doel, Eigenaar, Financiering en Tijd en geld"}, {},
       {"netwerk-doel", "netwerk-eigenaar", "netwerk-financiering", "netwerk-leiding-tijd-geld"}, "netwerk-doel",
       "all blocking conditions are named first"},
      {"running, goal nee", "running", 2, {{"netwerk-doel", all(0)}}, "blocked", {"loopt risico", "Doel"}, {"starten"},
       {"netwerk-doel"}, "netwerk-doel", "during the network the text speaks of risk, not of starting"},
      {"running, everything ja", "running", 2, {}, "ready", {"staat er goed voor"}, {"starten", "aandacht"}, {}, "",
       "a running network with everything in place"},
  };
  BOOST_REQUIRE_GE(table.size(), 12u);
  for (const auto& p : table) {
    BOOST_TEST_CONTEXT(p.name << " (" << p.why << ")") {
      const Json v = okValueOf("readiness", Json{{"phase", p.phase}, {"answers", answersFor(p)}});
      BOOST_CHECK_EQUAL(v["verdict"].get<std::string>(), p.verdict);
      const std::string text = v["verdictText"].get<std::string>();
      BOOST_TEST(!text.empty());
      BOOST_TEST(text.find('{') == std::string::npos, "no placeholder left: " << text);
      for (const char* f : p.textHas) BOOST_TEST(contains(text, f), "'" << f << "' in: " << text);
      for (const char* f : p.textHasNot) BOOST_TEST(!contains(text, f), "not '" << f << "' in: " << text);
      std::vector<std::string> blocking;
      for (const Json& b : v["blocking"]) blocking.push_back(b.get<std::string>());
      BOOST_CHECK((blocking == std::vector<std::string>(p.blocking.begin(), p.blocking.end())));
      if (std::string(p.firstPriority).empty()) {
        BOOST_CHECK(v["priorities"].empty());
      } else {
        BOOST_REQUIRE(!v["priorities"].empty());
        BOOST_CHECK_EQUAL(v["priorities"][0].get<std::string>(), p.firstPriority);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(score_is_the_weighted_share_in_place) {
  // Everything ja but the goal deels (weight 3 of the phase's total): 1 - 1.5 / total.
  int total = 0;
  for (const auto& c : net().conditions) {
    for (const auto& ph : c.phases) total += ph == "start" ? c.weight : 0;
  }
  Pattern p{"", "start", 2, {{"netwerk-doel", all(1)}}, "", {}, {}, {}, "", ""};
  const Json v = okValueOf("readiness", Json{{"phase", "start"}, {"answers", answersFor(p)}});
  BOOST_CHECK_EQUAL(v["score"].get<int>(), static_cast<int>(std::lround(100.0 * (total - 1.5) / total)));
}

BOOST_AUTO_TEST_CASE(priorities_blocking_first_then_missing_then_attention) {
  Pattern p{"", "start", 2,
            {{"netwerk-toekomst", all(1)}, {"netwerk-vorm", all(0)}, {"netwerk-leiding-delen", all(0)}, {"netwerk-eigenaar", all(1)},
             {"netwerk-doel", all(0)}},
            "", {}, {}, {}, "", ""};
  const Json v = okValueOf("readiness", Json{{"phase", "start"}, {"answers", answersFor(p)}});
  // Blocking missing (doel), blocking partial (eigenaar), then missing by weight (delen 3 before vorm 2).
  BOOST_CHECK_EQUAL(v["priorities"].size(), 3u);
  BOOST_CHECK_EQUAL(v["priorities"][0].get<std::string>(), "netwerk-doel");
  BOOST_CHECK_EQUAL(v["priorities"][1].get<std::string>(), "netwerk-eigenaar");
  BOOST_CHECK_EQUAL(v["priorities"][2].get<std::string>(), "netwerk-leiding-delen");
  // Four blocking ones open: all four are priorities.
  const Json none = okValueOf("readiness", Json{{"phase", "start"}, {"answers", answersFor(Pattern{"", "start", 0, {}, "", {}, {}, {}, "", ""})}});
  BOOST_CHECK_EQUAL(none["priorities"].size(), 4u);
}

BOOST_AUTO_TEST_CASE(messages_name_the_statement_not_its_id) {
  const Json e = expectError("readiness", samenwijs::dumpJson(Json{{"phase", "start"}, {"answers", {{"netwerk-doel-1", 7}}}}), "invalid_argument");
  const std::string m = e["message"].get<std::string>();
  BOOST_TEST(!contains(m, "netwerk-doel-1"));
  BOOST_TEST(contains(m, condition("netwerk-doel").statementTexts[0]));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(content_rules)

Json readinessWith(const std::function<void(Json&)>& change) {
  Json j = Json::parse(readFile(std::filesystem::path(SAMENWIJS_CONTENT_DIR) / "network" / "readiness.json"));
  change(j);
  return j;
}

samenwijs::IssueList load(const Json& readiness) {
  samenwijs::ContentLoader loader;
  addFolder(loader, SAMENWIJS_CONTENT_DIR);
  addNetworkFolder(loader, SAMENWIJS_CONTENT_DIR, readiness.dump());
  (void)loader.finish();
  return loader.issues();
}

BOOST_AUTO_TEST_CASE(broken_rules_are_reported_with_file_and_pointer) {
  const std::string f = "network/readiness.json";
  auto expect = [&](const Json& j, const std::string& pointer, const std::string& fragment) {
    const auto issues = load(j);
    BOOST_CHECK_MESSAGE(findIssue(issues, f, pointer, fragment) != nullptr,
                        "expected " << pointer << " '" << fragment << "'; got:\n" << formatAll(issues));
  };
  expect(readinessWith([](Json& j) { j["conditions"][0]["weight"] = 5; }), "/conditions/0/weight", "");
  expect(readinessWith([](Json& j) { j["conditions"][0].erase("blocking"); }), "/conditions/0/blocking", "true of false");
  expect(readinessWith([](Json& j) { j["conditions"][0].erase("blockingWhy"); }), "/conditions/0/blockingWhy", "");
  expect(readinessWith([](Json& j) { j["conditions"][1]["blockingWhy"] = "x"; }), "/conditions/1/blockingWhy", "blokkerende");
  expect(readinessWith([](Json& j) { j["verdicts"][1]["start"] = "Nog niet: {voorwaarde}."; }), "/verdicts/1/start", "plaatshouder");
  expect(readinessWith([](Json& j) { j["verdicts"][1]["running"] = "Het netwerk loopt risico."; }), "/verdicts/1/running", "{voorwaarden}");
  expect(readinessWith([](Json& j) { j["verdicts"].erase(j["verdicts"].size() - 1); }), "/verdicts", "ontbreekt");
  expect(readinessWith([](Json& j) { j["verdicts"][0]["id"] = "misschien"; }), "/verdicts/0/id", "onbekend");
}

BOOST_AUTO_TEST_SUITE_END()

#define BOOST_TEST_MODULE network
// The network check (netwerkcheck): the rules per condition, the readiness scan through the
// API (phases, verdicts, priorities, errors), the advice on the kind of network, the
// network plan (validation, warnings, Markdown/JSON export and import), the personal
// network map (validation, strength, character, layout, CSV/JSON export and import) and
// the validation of the network content files. Expected values come from the content
// files and the documented rules, not from the code under test.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "samenwijs/api.hpp"
#include "samenwijs/content_loader.hpp"
#include "samenwijs/network.hpp"
#include "samenwijs/network_metrics.hpp"
#include "test_support.hpp"

using samenwijs::Api;
using samenwijs::Json;
using samenwijs::NetworkPlan;
using samenwijs::Tie;
using namespace samenwijs_test;

namespace {

const std::filesystem::path kContent = SAMENWIJS_CONTENT_DIR;

Json contentFile(const char* name) {
  return Json::parse(samenwijs_test::readFile(kContent / "network" / name));
}

// The network files, as on disk (the expected values are derived from these).
const Json& readinessFile() {
  static const Json j = contentFile("readiness.json");
  return j;
}
const Json& kindsFile() {
  static const Json j = contentFile("kinds.json");
  return j;
}
const Json& mapFile() {
  static const Json j = contentFile("map.json");
  return j;
}

const samenwijs::Network& net() { return content().network; }

// The error of a failed call; checks its code and, here, that it has a message.
Json errorOf(const std::string& method, const std::string& argsText, const std::string& code) {
  const Json error = samenwijs_test::expectError(method, argsText, code);
  BOOST_TEST(!error["message"].get<std::string>().empty(), method << " " << argsText.substr(0, 200) << ": no message");
  return error;
}
Json errorOfJson(const std::string& method, const Json& args, const std::string& code) {
  return errorOf(method, samenwijs::dumpJson(args), code);
}

std::string msg(const Json& error) { return error["message"].get<std::string>(); }


// ---- readiness expectations, from the content --------------------------------------------

struct Cond {
  std::string id, group;
  std::vector<std::string> statements;
  std::string nextAttention, nextMissing;
};

std::vector<Cond> conditionsFor(const std::string& phase) {
  std::vector<Cond> out;
  for (const Json& c : readinessFile()["conditions"]) {
    const auto phases = c["phases"].get<std::vector<std::string>>();
    if (std::find(phases.begin(), phases.end(), phase) == phases.end()) continue;
    Cond x{c["id"], c["group"], {}, c["nextSteps"]["attention"], c["nextSteps"]["missing"]};
    for (const Json& s : c["statements"]) x.statements.push_back(s["id"]);
    out.push_back(x);
  }
  return out;
}

// Answers every statement of `conds[i]` with `level[i]` (2 = all ja -> in place,
// 1 = all deels -> attention, 0 = all nee -> missing, -1 = unanswered).
Json answersFor(const std::vector<Cond>& conds, const std::vector<int>& level) {
  Json answers = Json::object();
  for (std::size_t i = 0; i < conds.size(); ++i) {
    if (level[i] < 0) continue;
    for (const auto& s : conds[i].statements) answers[s] = level[i];
  }
  return answers;
}

// ---- plans and maps ---------------------------------------------------------------------

NetworkPlan fullPlan() {
  NetworkPlan p;
  p.title = "Formatief handelen met ict: regio Oost";
  p.kind = "soort-plg";
  p.goal = "Leerlingen in groep 6 tot en met 8 krijgen vaker feedback.\nDaarvoor zetten leraren digitale werkvormen in.";
  p.form = "Een regionaal netwerk rond een thema.";
  p.owner = "De vier directeuren samen.\n\nZij beslissen over budget en looptijd.";
  p.sizeMin = 8;
  p.sizeMax = 14;
  p.duration = "Twee schooljaren, zes bijeenkomsten per jaar.";
  p.participants = "Per school twee leraren en de i-coach;\nzij kiezen zelf.";
  p.expectations = "Van deelnemers: \"een werkvorm\" uitproberen.\n- een voorbeeld meenemen\n- feedback geven";
  p.funding = "Het bestuur betaalt: 4.000 euro per jaar.";
  p.facilitator = "Een i-coach begeleidt het proces.";
  p.workingForms = "Duo's, lesvoorbeelden, een gastspreker.\n1. Opening\n2. Uitproberen";
  p.betweenMeetings = "Een besloten Teams-groep.";
  p.sharing = "Een workshop op de studiedag.";
  p.evalReaction = "Na elke bijeenkomst een cijfer en een tip.";
  p.evalLearning = "Dezelfde opdracht aan het begin en na een jaar.";
  p.evalBehaviour = "Duo's bezoeken elkaars les.";
  p.evalResults = "Gesprekken met leerlingen over feedback.";
  return p;
}

Json planJson(const NetworkPlan& p) { return samenwijs::planToJson(p); }

Tie tie(const std::string& name, bool inside, const std::string& circle, int f, int i, const std::string& kind = "person") {
  Tie t;
  t.name = name;
  t.kind = kind;
  t.circle = circle;
  t.inside = inside;
  t.frequency = f;
  t.involvement = i;
  return t;
}

samenwijs::NetworkMap asMap(const std::vector<Tie>& ties) { return samenwijs::NetworkMap{ties, {}}; }
Json mapOf(const std::vector<Tie>& ties) { return samenwijs::mapToJson(asMap(ties)); }

Json oneTieMap(const Json& tieJson) { return Json{{"ties", Json::array({tieJson})}}; }
Json goodTie() {
  return {{"name", "Collega groep 5"}, {"kind", "person"}, {"circle", "eigen team"}, {"inside", true}, {"frequency", 3}, {"involvement", 4}};
}

// Reads `value` as a map or plan and returns the issues.
samenwijs::IssueList mapIssues(const Json& value) {
  samenwijs::IssueList issues;
  BOOST_CHECK(!samenwijs::readMap(value, issues).has_value());
  return issues;
}
samenwijs::IssueList planIssues(const Json& value) {
  samenwijs::IssueList issues;
  BOOST_CHECK(!samenwijs::readPlan(value, issues).has_value());
  return issues;
}

void expectIssue(const samenwijs::IssueList& issues, const std::string& file, const std::string& pointer,
                 const std::string& fragment) {
  BOOST_CHECK_MESSAGE(samenwijs_test::findIssue(issues, file, pointer, fragment) != nullptr,
                      "expected an issue at " << file << ":" << pointer << " containing '" << fragment << "'; got:\n"
                                              << samenwijs_test::formatAll(issues));
}

}  // namespace

// The rule per condition and the verdict table are in test_readiness.cpp.

BOOST_AUTO_TEST_SUITE(readiness)

BOOST_AUTO_TEST_CASE(content_is_served) {
  const Json v = okValueOf("network", Json::object());
  BOOST_TEST(v["readiness"] == readinessFile());
  BOOST_TEST(v["kinds"] == kindsFile());
  BOOST_TEST(v["map"] == mapFile());
}

BOOST_AUTO_TEST_CASE(phase_selects_the_conditions_of_that_phase) {
  std::set<std::string> seen[2];
  int p = 0;
  for (const char* phase : {"start", "running"}) {
    const auto expected = conditionsFor(phase);
    BOOST_REQUIRE(!expected.empty());
    const Json v = okValueOf("readiness", Json{{"phase", phase}, {"answers", Json::object()}});
    BOOST_CHECK_EQUAL(v["phase"].get<std::string>(), phase);
    BOOST_REQUIRE_EQUAL(v["conditions"].size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      BOOST_CHECK_EQUAL(v["conditions"][i]["id"].get<std::string>(), expected[i].id);
      BOOST_CHECK_EQUAL(v["conditions"][i]["group"].get<std::string>(), expected[i].group);
      BOOST_CHECK_EQUAL(v["conditions"][i]["status"].get<std::string>(), "unknown");
      BOOST_CHECK_EQUAL(v["conditions"][i]["nextStep"].get<std::string>(), "");
      seen[p].insert(expected[i].id);
    }
    BOOST_CHECK_EQUAL(v["verdict"].get<std::string>(), "empty");
    BOOST_CHECK_EQUAL(v["totals"]["unknown"].get<std::size_t>(), expected.size());
    BOOST_CHECK_EQUAL(v["priorities"].size(), 0u);
    ++p;
  }
  // The two phases really differ (some conditions only before the start, some only during).
  BOOST_TEST(seen[0] != seen[1]);
  BOOST_TEST(seen[0].count("netwerk-vorm") == 1);
  BOOST_TEST(seen[1].count("netwerk-vorm") == 0);
  BOOST_TEST(seen[0].count("netwerk-betrokkenheid") == 0);
  BOOST_TEST(seen[1].count("netwerk-betrokkenheid") == 1);
  // No answers at all is the same as an empty object.
  BOOST_TEST(okValueOf("readiness", Json{{"phase", "start"}}) == okValueOf("readiness", Json{{"phase", "start"}, {"answers", Json::object()}}));
}

BOOST_AUTO_TEST_CASE(status_and_next_step_per_condition) {
  const auto conds = conditionsFor("running");
  std::vector<int> level(conds.size());
  for (std::size_t i = 0; i < conds.size(); ++i) level[i] = static_cast<int>(i % 4) - 1;  // -1, 0, 1, 2, ...
  const Json v = okValueOf("readiness", Json{{"phase", "running"}, {"answers", answersFor(conds, level)}});
  const char* names[] = {"unknown", "missing", "attention", "inPlace"};
  for (std::size_t i = 0; i < conds.size(); ++i) {
    const Json& c = v["conditions"][i];
    BOOST_TEST_CONTEXT(conds[i].id) {
      BOOST_CHECK_EQUAL(c["status"].get<std::string>(), names[level[i] + 1]);
      const std::string next = level[i] == 0 ? conds[i].nextMissing : level[i] == 1 ? conds[i].nextAttention : "";
      BOOST_CHECK_EQUAL(c["nextStep"].get<std::string>(), next);
    }
  }
}

BOOST_AUTO_TEST_CASE(group_counts_sum_to_the_totals) {
  for (const char* phase : {"start", "running"}) {
    const auto conds = conditionsFor(phase);
    std::vector<int> level(conds.size());
    for (std::size_t i = 0; i < conds.size(); ++i) level[i] = static_cast<int>((i * 7 + 3) % 4) - 1;
    const Json v = okValueOf("readiness", Json{{"phase", phase}, {"answers", answersFor(conds, level)}});
    std::map<std::string, std::map<std::string, int>> expected;
    std::map<std::string, int> totals;
    const char* names[] = {"unknown", "missing", "attention", "inPlace"};
    for (std::size_t i = 0; i < conds.size(); ++i) {
      ++expected[conds[i].group][names[level[i] + 1]];
      ++totals[names[level[i] + 1]];
    }
    BOOST_TEST_CONTEXT(phase) {
      BOOST_REQUIRE_EQUAL(v["groups"].size(), readinessFile()["groups"].size());
      std::map<std::string, int> sum;
      for (std::size_t g = 0; g < v["groups"].size(); ++g) {
        const Json& group = v["groups"][g];
        BOOST_CHECK_EQUAL(group["id"].get<std::string>(), readinessFile()["groups"][g]["id"].get<std::string>());
        BOOST_CHECK_EQUAL(group["title"].get<std::string>(), readinessFile()["groups"][g]["title"].get<std::string>());
        for (const char* s : names) {
          BOOST_CHECK_EQUAL(group[s].get<int>(), expected[group["id"]][s]);
          sum[s] += group[s].get<int>();
        }
      }
      int all = 0;
      for (const char* s : names) {
        BOOST_CHECK_EQUAL(v["totals"][s].get<int>(), totals[s]);
        BOOST_CHECK_EQUAL(sum[s], v["totals"][s].get<int>());
        all += v["totals"][s].get<int>();
      }
      BOOST_CHECK_EQUAL(static_cast<std::size_t>(all), conds.size());
    }
  }
}

BOOST_AUTO_TEST_CASE(answers_of_the_other_phase_are_accepted_and_ignored) {
  // The site keeps answers when the phase changes; a statement of a "running"-only
  // condition is a known statement in the "start" phase too.
  const Json v = okValueOf("readiness", Json{{"phase", "start"}, {"answers", {{"netwerk-betrokkenheid-1", 0}, {"netwerk-doel-1", 2}}}});
  BOOST_CHECK_EQUAL(v["totals"]["missing"].get<int>(), 0);
  BOOST_CHECK_EQUAL(v["totals"]["inPlace"].get<int>(), 1);
}

BOOST_AUTO_TEST_CASE(invalid_input) {
  const Json answers = {{"netwerk-doel-1", 2}};
  for (const Json& phase : {Json("later"), Json(""), Json(1), Json("Start")}) {
    const Json e = errorOfJson("readiness", Json{{"phase", phase}, {"answers", answers}}, "invalid_argument");
    (void)e;
  }
  BOOST_TEST(contains(msg(errorOfJson("readiness", Json{{"phase", "later"}}, "invalid_argument")), "fase"));
  errorOfJson("readiness", Json{{"answers", answers}}, "invalid_argument");
  for (const Json& bad : {Json::array({2, 1}), Json("netwerk-doel-1"), Json(2)}) {
    BOOST_TEST(contains(msg(errorOfJson("readiness", Json{{"phase", "start"}, {"answers", bad}}, "invalid_argument")), "object"));
  }
  for (const Json& value : {Json(3), Json(-1), Json("2"), Json(1.5), Json(true), Json::array({2})}) {
    const Json e = errorOfJson("readiness", Json{{"phase", "start"}, {"answers", {{"netwerk-doel-1", value}}}}, "invalid_argument");
    // The statement as the page shows it, not its id.
    BOOST_TEST(contains(msg(e), readinessFile()["conditions"][0]["statements"][0]["text"].get<std::string>()));
    BOOST_TEST(!contains(msg(e), "netwerk-doel-1"));
  }
  // Also for a statement of a condition outside the phase.
  errorOfJson("readiness", Json{{"phase", "start"}, {"answers", {{"netwerk-betrokkenheid-1", 5}}}}, "invalid_argument");
  const Json unknown = errorOfJson("readiness", Json{{"phase", "start"}, {"answers", {{"netwerk-doel-1", 2}, {"netwerk-doel-9", 2}}}},
                                   "invalid_argument");
  BOOST_TEST(contains(msg(unknown), "niet kent"));
  errorOfJson("readiness", Json{{"phase", "running"}, {"answers", {{"netwerk-doel", 1}}}}, "invalid_argument");
  errorOf("readiness", "[1]", "bad_request");
}

BOOST_AUTO_TEST_SUITE_END()

// ---- which kind of network fits -------------------------------------------------------

BOOST_AUTO_TEST_SUITE(advice)

std::string goalLabel(const std::string& id) {
  for (const Json& g : kindsFile()["goals"]) {
    if (g["id"] == id) return g["label"];
  }
  return "?";
}
std::string participantLabel(const std::string& id) {
  for (const Json& g : kindsFile()["participants"]) {
    if (g["id"] == id) return g["label"];
  }
  return "?";
}

// The expected advice: score 3 per shared goal and 2 per shared participant group,
// ordered by score (highest first), ties in content order.
std::vector<std::pair<std::string, int>> expectedOrder(const std::vector<std::string>& goals, const std::vector<std::string>& people) {
  std::vector<std::pair<std::string, int>> out;
  for (const Json& k : kindsFile()["kinds"]) {
    int score = 0;
    for (const Json& g : k["goals"]) score += std::count(goals.begin(), goals.end(), g.get<std::string>()) ? 3 : 0;
    for (const Json& p : k["participants"]) score += std::count(people.begin(), people.end(), p.get<std::string>()) ? 2 : 0;
    out.emplace_back(k["id"], score);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

Json adviceFor(const std::vector<std::string>& goals, const std::vector<std::string>& people) {
  return okValueOf("networkAdvice", Json{{"goals", goals}, {"participants", people}});
}

const Json& adviceOf(const Json& v, const std::string& kind) {
  for (const Json& a : v["advice"]) {
    if (a["kind"] == kind) return a;
  }
  BOOST_FAIL("no advice for " << kind);
  return v;
}

BOOST_AUTO_TEST_CASE(scores_and_order) {
  const std::vector<std::vector<std::string>> goalSets = {
      {"doel-didactiek"}, {"doel-werkvragen", "doel-werkplezier"}, {"doel-innovatie", "doel-kijkje-keuken", "doel-praktijkvraag"}, {}};
  const std::vector<std::vector<std::string>> peopleSets = {
      {"deelnemers-leraren"}, {"deelnemers-gemengd", "deelnemers-onderzoekers"}, {}, {"deelnemers-andere-sectoren", "deelnemers-leraren"}};
  for (const auto& goals : goalSets) {
    for (const auto& people : peopleSets) {
      const Json v = adviceFor(goals, people);
      const auto expected = expectedOrder(goals, people);
      BOOST_REQUIRE_EQUAL(v["advice"].size(), kindsFile()["kinds"].size());
      for (std::size_t i = 0; i < expected.size(); ++i) {
        BOOST_TEST_CONTEXT("goals " << goals.size() << " people " << people.size() << " place " << i) {
          BOOST_CHECK_EQUAL(v["advice"][i]["kind"].get<std::string>(), expected[i].first);
          BOOST_CHECK_EQUAL(v["advice"][i]["score"].get<int>(), expected[i].second);
        }
      }
    }
  }
  // A worked example: didactiek + leraren -> didactisch (5) and PLG (5), then the kinds with leraren (2).
  const Json v = adviceFor({"doel-didactiek"}, {"deelnemers-leraren"});
  std::vector<std::string> top;
  for (std::size_t i = 0; i < 4; ++i) top.push_back(v["advice"][i]["kind"]);
  BOOST_CHECK((top == std::vector<std::string>{"soort-didactisch", "soort-plg", "soort-innovatie", "soort-intervisie"}));
  BOOST_CHECK_EQUAL(v["advice"][0]["score"].get<int>(), 5);
  BOOST_CHECK_EQUAL(v["advice"][2]["score"].get<int>(), 2);
}

BOOST_AUTO_TEST_CASE(fit_thresholds) {
  // Intervisie: 2 groups = 4 (possible); + 1 goal = 7 (good); 1 goal = 3 (possible); 1 group = 2; nothing = 0.
  auto fit = [](const std::vector<std::string>& g, const std::vector<std::string>& p) {
    const Json v = adviceFor(g, p);
    const Json& a = adviceOf(v, "soort-intervisie");
    return std::make_pair(a["score"].get<int>(), a["fit"].get<std::string>());
  };
  BOOST_CHECK((fit({}, {"deelnemers-leraren", "deelnemers-bestuurders"}) == std::make_pair(4, std::string("possible"))));
  BOOST_CHECK((fit({"doel-werkvragen"}, {"deelnemers-leraren"}) == std::make_pair(5, std::string("good"))));
  BOOST_CHECK((fit({"doel-werkvragen"}, {}) == std::make_pair(3, std::string("possible"))));
  BOOST_CHECK((fit({}, {"deelnemers-adviseurs"}) == std::make_pair(2, std::string("possible"))));
  BOOST_CHECK((fit({"doel-didactiek"}, {"deelnemers-gemengd"}) == std::make_pair(0, std::string("weak"))));
  BOOST_CHECK((fit({"doel-werkvragen", "doel-werkplezier"}, {"deelnemers-leraren"}) == std::make_pair(8, std::string("good"))));
}

BOOST_AUTO_TEST_CASE(reasons_name_the_matches) {
  const std::vector<std::string> goals = {"doel-werkplezier", "doel-eigen-ontwikkeling"};
  const std::vector<std::string> people = {"deelnemers-leraren", "deelnemers-adviseurs"};
  const Json v = adviceFor(goals, people);
  for (const Json& k : kindsFile()["kinds"]) {
    const Json& a = adviceOf(v, k["id"]);
    const auto reasons = a["reasons"].get<std::vector<std::string>>();
    std::size_t matches = 0;
    for (const Json& g : k["goals"]) {
      if (!std::count(goals.begin(), goals.end(), g.get<std::string>())) continue;
      ++matches;
      BOOST_CHECK_MESSAGE(std::count(reasons.begin(), reasons.end(), "Past bij het doel: " + goalLabel(g) + "."),
                          k["id"] << " names goal " << g);
    }
    for (const Json& p : k["participants"]) {
      if (!std::count(people.begin(), people.end(), p.get<std::string>())) continue;
      ++matches;
      BOOST_CHECK_MESSAGE(std::count(reasons.begin(), reasons.end(), "Past bij wie meedoen: " + participantLabel(p) + "."),
                          k["id"] << " names group " << p);
    }
    // Other reasons are only the focus note.
    std::size_t notes = 0;
    for (const auto& r : reasons) {
      if (r.rfind("Let op:", 0) == 0) ++notes;
    }
    BOOST_CHECK_EQUAL(reasons.size(), matches + notes);
    BOOST_CHECK_EQUAL(a["title"].get<std::string>(), k["title"].get<std::string>());
    BOOST_CHECK_EQUAL(a["description"].get<std::string>(), k["description"].get<std::string>());
    BOOST_CHECK_EQUAL(a["focus"].get<std::string>(), k["focus"].get<std::string>());
  }
}

BOOST_AUTO_TEST_CASE(focus_and_mismatch_note) {
  BOOST_CHECK_EQUAL(adviceFor({}, {"deelnemers-leraren"})["focus"].get<std::string>(), "");
  BOOST_CHECK_EQUAL(adviceFor({"doel-werkvragen", "doel-werkplezier"}, {})["focus"].get<std::string>(), "individual");
  BOOST_CHECK_EQUAL(adviceFor({"doel-didactiek", "doel-onderzoek"}, {})["focus"].get<std::string>(), "school");
  BOOST_CHECK_EQUAL(adviceFor({"doel-didactiek", "doel-werkvragen"}, {})["focus"].get<std::string>(), "both");

  auto notes = [](const Json& a) {
    std::vector<std::string> out;
    for (const Json& r : a["reasons"]) {
      if (r.get<std::string>().rfind("Let op:", 0) == 0) out.push_back(r);
    }
    return out;
  };
  // Individual goals: the school-focused kinds get a note; individual and "both" kinds do not.
  const Json individual = adviceFor({"doel-werkvragen"}, {});
  for (const Json& k : kindsFile()["kinds"]) {
    const auto n = notes(adviceOf(individual, k["id"]));
    if (k["focus"] == "school") {
      BOOST_REQUIRE_EQUAL(n.size(), 1u);
      BOOST_TEST(contains(n[0], "ontwikkeling van de school"));
      BOOST_TEST(contains(n[0], "jouw doel vooral op die van de deelnemers"));
    } else {
      BOOST_CHECK_MESSAGE(n.empty(), k["id"] << " has no note");
    }
  }
  // School goals: the individual kind gets the opposite note.
  const Json school = adviceFor({"doel-didactiek"}, {});
  for (const Json& k : kindsFile()["kinds"]) {
    const auto n = notes(adviceOf(school, k["id"]));
    if (k["focus"] == "individual") {
      BOOST_REQUIRE_EQUAL(n.size(), 1u);
      BOOST_TEST(contains(n[0], "ontwikkeling van de deelnemers"));
      BOOST_TEST(contains(n[0], "jouw doel vooral op die van de school"));
    } else {
      BOOST_CHECK(n.empty());
    }
  }
  // Both kinds of goal, or no goal: no notes at all.
  for (const Json& v : {adviceFor({"doel-didactiek", "doel-werkvragen"}, {}), adviceFor({}, {"deelnemers-leraren"})}) {
    for (const Json& a : v["advice"]) BOOST_CHECK(notes(a).empty());
  }
}

BOOST_AUTO_TEST_CASE(invalid_input) {
  BOOST_TEST(contains(msg(errorOfJson("networkAdvice", Json{{"goals", {"doel-vliegen"}}}, "invalid_argument")), "doel-vliegen"));
  BOOST_TEST(contains(msg(errorOfJson("networkAdvice", Json{{"goals", {"doel-didactiek"}}, {"participants", {"deelnemers-robots"}}}, "invalid_argument")),
                 "deelnemers-robots"));
  errorOfJson("networkAdvice", Json{{"goals", "doel-didactiek"}}, "invalid_argument");
  errorOfJson("networkAdvice", Json{{"goals", {1}}}, "invalid_argument");
  errorOfJson("networkAdvice", Json{{"participants", Json::object()}}, "invalid_argument");
  // A participant id is not a goal.
  errorOfJson("networkAdvice", Json{{"goals", {"deelnemers-leraren"}}}, "invalid_argument");
  // Nothing chosen is valid: every kind scores 0.
  const Json v = okValueOf("networkAdvice", Json::object());
  for (const Json& a : v["advice"]) BOOST_CHECK_EQUAL(a["fit"].get<std::string>(), "weak");
}


BOOST_AUTO_TEST_CASE(forms_are_advised_per_dimension) {
  const Json v = okValueOf("networkAdvice", Json{{"goals", {"doel-werkvragen"}}, {"participants", {"deelnemers-leraren"}}});
  std::map<std::string, Json> byDimension;
  for (const Json& d : v["forms"]) byDimension[d["dimension"].get<std::string>()] = d;
  BOOST_REQUIRE_EQUAL(byDimension.size(), 4u);
  // Same function: the goal (3) and the teachers (2) against nothing for a mixed group.
  BOOST_CHECK_EQUAL(byDimension["functie"]["recommended"].get<std::string>(), "vorm-functie-gelijk");
  BOOST_CHECK_EQUAL(byDimension["functie"]["options"][0]["score"].get<int>(), 5);
  BOOST_CHECK_EQUAL(byDimension["functie"]["options"][0]["reasons"].size(), 2u);
  BOOST_CHECK_EQUAL(byDimension["looptijd"]["recommended"].get<std::string>(), "vorm-looptijd-open");
  BOOST_CHECK_EQUAL(byDimension["regio"]["recommended"].get<std::string>(), "vorm-regio");
  // A form that scores nothing is never recommended.
  BOOST_CHECK(byDimension["thema"]["recommended"].is_null());
  // Without choices nothing is recommended anywhere.
  const Json empty = okValueOf("networkAdvice", Json::object());
  for (const Json& d : empty["forms"]) BOOST_CHECK(d["recommended"].is_null());
  // A tie is no recommendation: fixed and open duration both fit these two goals.
  const Json tie = okValueOf("networkAdvice", Json{{"goals", {"doel-onderzoek", "doel-werkvragen"}}});
  for (const Json& d : tie["forms"]) {
    if (d["dimension"] == "looptijd") BOOST_CHECK(d["recommended"].is_null());
  }
}

BOOST_AUTO_TEST_SUITE_END()

// ---- the network plan -----------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(plan)

BOOST_AUTO_TEST_CASE(read_plan_errors_with_pointers) {
  const std::string f = "netwerkplan";
  expectIssue(planIssues(Json{{"goal", 5}}), f, "/goal", "tekst");
  expectIssue(planIssues(Json{{"title", Json::array()}}), f, "/title", "tekst");
  expectIssue(planIssues(Json{{"sizeMin", "8"}}), f, "/sizeMin", "geheel getal");
  expectIssue(planIssues(Json{{"sizeMax", 8.5}}), f, "/sizeMax", "geheel getal");
  expectIssue(planIssues(Json{{"evaluation", "goed"}}), f, "/evaluation", "");
  expectIssue(planIssues(Json{{"evaluation", {{"reaction", 1}}}}), f, "/evaluation/reaction", "tekst");
  expectIssue(planIssues(Json{{"evaluation", {{"impact", "x"}}}}), f, "/evaluation/impact", "onbekend veld");
  expectIssue(planIssues(Json{{"sizeMin", 12}, {"sizeMax", 8}}), f, "/sizeMin", "groter dan het maximum");
  expectIssue(planIssues(Json{{"sizeMin", 0}}), f, "/sizeMin", "tussen 1 en 1000");
  expectIssue(planIssues(Json{{"sizeMax", 1001}}), f, "/sizeMax", "tussen 1 en 1000");
  expectIssue(planIssues(Json{{"sizeMin", 6}, {"sizeIdeal", 4}, {"sizeMax", 12}}), f, "/sizeIdeal", "tussen het minimum en het maximum");
  expectIssue(planIssues(Json{{"sizeIdeal", 14}, {"sizeMax", 12}}), f, "/sizeIdeal", "tussen het minimum en het maximum");
  expectIssue(planIssues(Json{{"goal", std::string(5001, 'a')}}), f, "/goal", "te lang");
  expectIssue(planIssues(Json{{"evaluation", {{"results", std::string(5001, 'a')}}}}), f, "/evaluation/results", "te lang");
  expectIssue(planIssues(Json{{"doel", "x"}}), f, "/doel", "onbekend veld");
  expectIssue(planIssues(Json::array()), f, "", "");
  // Every problem of a plan is reported, not only the first.
  const auto many = planIssues(Json{{"goal", 1}, {"sizeMax", 0}, {"extra", true}});
  BOOST_CHECK_EQUAL(many.size(), 3u);

  // At the limits it is accepted.
  samenwijs::IssueList issues;
  const auto ok = samenwijs::readPlan(Json{{"goal", std::string(5000, 'a')}, {"sizeMin", 2}, {"sizeMax", 1000}, {"title", nullptr}}, issues);
  BOOST_REQUIRE_MESSAGE(ok.has_value(), samenwijs_test::formatAll(issues));
  BOOST_CHECK_EQUAL(ok->goal.size(), 5000u);
  BOOST_CHECK_EQUAL(*ok->sizeMin, 2);
  BOOST_CHECK_EQUAL(*ok->sizeMax, 1000);
  BOOST_CHECK(samenwijs::readPlan(Json{{"sizeMin", 10}, {"sizeMax", 10}}, issues).has_value());
  BOOST_CHECK(samenwijs::readPlan(Json::object(), issues).has_value());

  // Through the API: invalid_argument naming the pointer.
  const Json e = errorOfJson("planCheck", Json{{"plan", {{"sizeMin", 20}, {"sizeMax", 10}}}}, "invalid_argument");
  // The message names the field as the page does, never a JSON pointer.
  BOOST_TEST(contains(msg(e), "Minimaal aantal deelnemers"));
  BOOST_TEST(!contains(msg(e), "/sizeMin"));
  const Json eval = errorOfJson("planCheck", Json{{"plan", {{"evaluation", {{"reaction", 1}}}}}}, "invalid_argument");
  BOOST_TEST(contains(msg(eval), "Evaluatie, niveau 1. Tevredenheid"));
  BOOST_TEST(!contains(msg(eval), "/evaluation"));
  errorOfJson("planCheck", Json{{"plan", "tekst"}}, "invalid_argument");
}

BOOST_AUTO_TEST_CASE(missing_fields_in_plan_order) {
  const auto all = samenwijs::missingPlanFields(NetworkPlan{});
  const std::vector<std::string> order = {"goal", "form", "owner", "size", "duration", "participants", "expectations",
                                          "funding", "facilitator", "workingForms", "betweenMeetings", "evaluation", "sharing"};
  BOOST_CHECK(all == order);
  // The same order as the sections of content/network/plan.json.
  std::vector<std::string> sections;
  const Json planContent = contentFile("plan.json");
  for (const Json& s : planContent["sections"]) sections.push_back(s["field"]);
  BOOST_CHECK(sections == order);

  BOOST_CHECK(samenwijs::missingPlanFields(fullPlan()).empty());
  NetworkPlan p = fullPlan();
  p.goal = " \n\t ";
  p.sizeMax.reset();
  p.evalBehaviour.clear();
  BOOST_CHECK((samenwijs::missingPlanFields(p) == std::vector<std::string>{"goal", "size", "evaluation"}));
  // A Kirkpatrick level of only spaces is as empty as any other field of only spaces.
  NetworkPlan q = fullPlan();
  q.evalResults = "   ";
  BOOST_CHECK((samenwijs::missingPlanFields(q) == std::vector<std::string>{"evaluation"}));

  // planCheck names the missing sections with their titles from the content.
  NetworkPlan r = fullPlan();
  r.funding.clear();
  const Json v = okValueOf("planCheck", Json{{"plan", planJson(r)}});
  BOOST_CHECK_EQUAL(v["complete"].get<bool>(), false);
  BOOST_REQUIRE_EQUAL(v["missing"].size(), 1u);
  BOOST_CHECK_EQUAL(v["missing"][0]["field"].get<std::string>(), "funding");
  BOOST_CHECK_EQUAL(v["missing"][0]["title"].get<std::string>(), "Financiering");
  BOOST_CHECK(okValueOf("planCheck", Json{{"plan", planJson(fullPlan())}})["complete"].get<bool>());
  BOOST_CHECK(okValueOf("planCheck", Json{{"plan", planJson(fullPlan())}})["plan"] == planJson(fullPlan()));
}

BOOST_AUTO_TEST_CASE(warnings) {
  BOOST_CHECK(samenwijs::planWarnings(fullPlan()).empty());
  NetworkPlan p = fullPlan();
  p.sizeMax = 20;
  BOOST_CHECK(samenwijs::planWarnings(p).empty());
  p.sizeMax = 25;
  auto w = samenwijs::planWarnings(p);
  BOOST_REQUIRE_EQUAL(w.size(), 1u);
  BOOST_TEST(contains(w[0], "Meer dan 20 deelnemers"));
  p = fullPlan();
  p.sizeMin = 2;
  w = samenwijs::planWarnings(p);
  BOOST_REQUIRE_EQUAL(w.size(), 1u);
  BOOST_TEST(contains(w[0], "minder dan 3"));
  p.sizeMin = 3;
  BOOST_CHECK(samenwijs::planWarnings(p).empty());
  // A goal without the pupil.
  p = fullPlan();
  p.goal = "Leraren wisselen lesmateriaal uit.";
  w = samenwijs::planWarnings(p);
  BOOST_REQUIRE_EQUAL(w.size(), 1u);
  BOOST_TEST(contains(w[0], "leerling"));
  p.goal = "Onze LEERLINGEN krijgen sneller feedback.";
  BOOST_CHECK(samenwijs::planWarnings(p).empty());
  // An empty goal is missing, not warned about.
  p.goal.clear();
  BOOST_CHECK(samenwijs::planWarnings(p).empty());
  // Through planCheck.
  NetworkPlan all = fullPlan();
  all.sizeMax = 25;
  all.goal = "Leraren leren van elkaar.";
  BOOST_CHECK_EQUAL(okValueOf("planCheck", Json{{"plan", planJson(all)}})["warnings"].size(), 2u);
}

std::string exportText(const NetworkPlan& p, const std::string& format) {
  const Json v = okValueOf("planExport", Json{{"plan", planJson(p)}, {"format", format}});
  BOOST_CHECK_EQUAL(v["filename"].get<std::string>(), format == "json" ? "netwerkplan.json" : "netwerkplan.md");
  BOOST_CHECK_EQUAL(v["mimeType"].get<std::string>(), format == "json" ? "application/json" : "text/markdown");
  return v["text"];
}

Json importPlan(const std::string& text) {
  const Json v = okValueOf("planImport", Json{{"text", text}});
  return v["plan"];
}

BOOST_AUTO_TEST_CASE(markdown_export_content) {
  const std::string md = exportText(fullPlan(), "markdown");
  BOOST_TEST(md.rfind("# Netwerkplan: Formatief handelen met ict: regio Oost\n", 0) == 0);
  BOOST_TEST(contains(md, "**Soort netwerk:** Professionele leergemeenschap (PLG)\n"));
  const Json planContent = contentFile("plan.json");
  for (const Json& s : planContent["sections"]) {
    BOOST_TEST_CONTEXT(s["field"]) { BOOST_TEST(contains(md, "## " + s["title"].get<std::string>())); }
  }
  BOOST_TEST(contains(md, "minimaal 8 deelnemers, maximaal 14 deelnemers"));
  BOOST_TEST(contains(md, "### 1. Tevredenheid\n\nNa elke bijeenkomst een cijfer en een tip.\n"));
  BOOST_TEST(contains(md, "### 4. Impact\n\nGesprekken met leerlingen over feedback.\n"));
  const std::string empty = exportText(NetworkPlan{}, "markdown");
  BOOST_TEST(empty.rfind("# Netwerkplan\n", 0) == 0);
  BOOST_TEST(contains(empty, "_(nog niet ingevuld)_"));
  BOOST_TEST(!contains(empty, "Soort netwerk"));
  // The default format is Markdown; an unknown one is refused.
  BOOST_CHECK_EQUAL(okValueOf("planExport", Json{{"plan", planJson(fullPlan())}})["text"].get<std::string>(), md);
  errorOfJson("planExport", Json{{"plan", planJson(fullPlan())}, {"format", "pdf"}}, "invalid_argument");
  errorOfJson("planExport", Json{{"plan", {{"sizeMin", 0}}}, {"format", "json"}}, "invalid_argument");
}

BOOST_AUTO_TEST_CASE(markdown_round_trip) {
  const NetworkPlan full = fullPlan();
  BOOST_CHECK(importPlan(exportText(full, "markdown")) == planJson(full));
  BOOST_CHECK(importPlan(exportText(NetworkPlan{}, "markdown")) == planJson(NetworkPlan{}));
  // Without a title or kind, and with every kind of the content.
  for (const Json& k : kindsFile()["kinds"]) {
    NetworkPlan p = fullPlan();
    p.title.clear();
    p.kind = k["id"];
    BOOST_TEST_CONTEXT(p.kind) { BOOST_CHECK(importPlan(exportText(p, "markdown")) == planJson(p)); }
  }
  // Windows line ends read back the same.
  std::string crlf;
  for (char c : exportText(full, "markdown")) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  BOOST_CHECK(importPlan(crlf) == planJson(full));
  // Only some fields filled: the others stay empty.
  NetworkPlan some;
  some.goal = "Leerlingen lezen meer.";
  some.sizeMin = 4;
  some.sizeMax = 6;
  some.evalLearning = "Een toets.";
  BOOST_CHECK(importPlan(exportText(some, "markdown")) == planJson(some));
}

BOOST_AUTO_TEST_CASE(markdown_round_trip_multiline_evaluation) {
  // The Kirkpatrick levels are text areas on the site, so they can hold several lines.
  NetworkPlan p = fullPlan();
  p.evalReaction = "Na elke bijeenkomst een peiling.\nDe uitkomst bespreken we de keer daarna.";
  p.evalResults = "Gesprekken met leerlingen.\n\nIn juni vergelijken we met de start.";
  const Json back = importPlan(exportText(p, "markdown"));
  BOOST_CHECK_EQUAL(back["evaluation"]["reaction"].get<std::string>(), p.evalReaction);
  BOOST_CHECK_EQUAL(back["evaluation"]["results"].get<std::string>(), p.evalResults);
  BOOST_CHECK(back == planJson(p));
}

BOOST_AUTO_TEST_CASE(markdown_round_trip_partial_size) {
  // The site saves a size as soon as one of the two numbers is filled in.
  NetworkPlan onlyMin;
  onlyMin.goal = "Leerlingen lezen meer.";
  onlyMin.sizeMin = 6;
  const Json back = importPlan(exportText(onlyMin, "markdown"));
  BOOST_CHECK(back["sizeMin"] == Json(6));
  BOOST_CHECK(back["sizeMax"].is_null());
  NetworkPlan onlyMax;
  onlyMax.sizeMax = 12;
  const Json back2 = importPlan(exportText(onlyMax, "markdown"));
  BOOST_CHECK(back2["sizeMin"].is_null());
  BOOST_CHECK(back2["sizeMax"] == Json(12));
}

BOOST_AUTO_TEST_CASE(json_round_trip) {
  for (const NetworkPlan& p : {fullPlan(), NetworkPlan{}}) {
    const std::string text = exportText(p, "json");
    const Json file = Json::parse(text);
    BOOST_CHECK_EQUAL(file["format"].get<std::string>(), "samenwijs-netwerkplan");
    BOOST_CHECK_EQUAL(file["formatVersion"].get<int>(), 1);
    BOOST_CHECK(file["plan"] == planJson(p));
    BOOST_CHECK(importPlan(text) == planJson(p));
    const Json v = okValueOf("planImport", Json{{"text", text}});
    BOOST_CHECK_EQUAL(v["complete"].get<bool>(), samenwijs::missingPlanFields(p).empty());
  }
}

BOOST_AUTO_TEST_CASE(import_refusals_keep_the_plan) {
  const std::string unchanged = "Je huidige plan is niet veranderd";
  const std::string tooLong = "# Netwerkplan\n\n## Doel of vraag\n\n" + std::string(5001, 'x') + "\n";
  const Json otherFormat = {{"format", "samenwijs-netwerkkaart"}, {"version", 1}, {"ties", Json::array()}};
  Json badPlan = {{"format", "samenwijs-netwerkplan"}, {"formatVersion", 1}, {"plan", planJson(fullPlan())}};
  badPlan["plan"]["sizeMin"] = 0;
  Json badType = badPlan;
  badType["plan"]["sizeMin"] = 8;
  badType["plan"]["goal"] = Json::array({"x"});
  for (const std::string& text : {std::string("Dit is zomaar wat tekst.\nMet twee regels."), std::string(""), std::string("{niet json"),
                                  std::string("[1,2]"), otherFormat.dump(), Json{{"plan", planJson(fullPlan())}}.dump(),
                                  badPlan.dump(), badType.dump(),
                                  std::string("# Netwerkplan\n\n## Omvang van de groep\n\nminimaal 0, maximaal 5 deelnemers\n"), tooLong,
                                  std::string("## Doel of vraag\n\nZonder titel.\n")}) {
    BOOST_TEST_CONTEXT(text.substr(0, 60)) {
      const Json e = errorOfJson("planImport", Json{{"text", text}}, "file_invalid");
      BOOST_TEST(contains(msg(e), unchanged));
    }
  }
  BOOST_TEST(contains(msg(errorOfJson("planImport", Json{{"text", badPlan.dump()}}, "file_invalid")), "Minimaal aantal deelnemers"));
  errorOfJson("planImport", Json{{"text", 5}}, "file_invalid");
  errorOfJson("planImport", Json::object(), "file_invalid");
  errorOfJson("planImport", Json{{"text", std::string(200001, ' ')}}, "file_invalid");
}

BOOST_AUTO_TEST_SUITE_END()

// ---- the network map ------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(map)

BOOST_AUTO_TEST_CASE(read_map_errors_with_pointers) {
  const std::string f = "netwerkkaart";
  Json t = goodTie();
  t.erase("inside");
  expectIssue(mapIssues(oneTieMap(t)), f, "/ties/0/inside", "binnen of buiten");
  t = goodTie();
  t["inside"] = "ja";
  expectIssue(mapIssues(oneTieMap(t)), f, "/ties/0/inside", "binnen of buiten");
  for (int bad : {0, 6}) {
    t = goodTie();
    t["frequency"] = bad;
    expectIssue(mapIssues(oneTieMap(t)), f, "/ties/0/frequency", "tussen 1 en 5");
    t = goodTie();
    t["involvement"] = bad;
    expectIssue(mapIssues(oneTieMap(t)), f, "/ties/0/involvement", "tussen 1 en 5");
  }
  t = goodTie();
  t["kind"] = "robot";
  expectIssue(mapIssues(oneTieMap(t)), f, "/ties/0/kind", "persoon of organisatie");
  t = goodTie();
  t["name"] = std::string(101, 'n');
  expectIssue(mapIssues(oneTieMap(t)), f, "/ties/0/name", "te lang");
  t = goodTie();
  t["name"] = "";
  expectIssue(mapIssues(oneTieMap(t)), f, "/ties/0/name", "");
  t = goodTie();
  t["kleur"] = "rood";
  expectIssue(mapIssues(oneTieMap(t)), f, "/ties/0/kleur", "onbekend veld");
  // The second tie is named by its index.
  Json two = {{"ties", {goodTie(), goodTie()}}};
  two["ties"][1]["frequency"] = 9;
  expectIssue(mapIssues(two), f, "/ties/1/frequency", "tussen 1 en 5");
  expectIssue(mapIssues(Json{{"ties", "veel"}}), f, "/ties", "");
  expectIssue(mapIssues(Json::object()), f, "/ties", "");

  // 80 ties are fine, 81 are too many.
  Json eighty = {{"ties", Json::array()}};
  for (int i = 0; i < 80; ++i) eighty["ties"].push_back(goodTie());
  samenwijs::IssueList issues;
  const auto ties = samenwijs::readMap(eighty, issues);
  BOOST_REQUIRE_MESSAGE(ties.has_value(), samenwijs_test::formatAll(issues));
  BOOST_CHECK_EQUAL(ties->ties.size(), 80u);
  eighty["ties"].push_back(goodTie());
  expectIssue(mapIssues(eighty), f, "/ties", "hoogstens 80");
  // Through the API.
  BOOST_TEST(contains(msg(errorOfJson("networkMap", Json{{"map", eighty}}, "invalid_argument")), "80"));
  Json robot = oneTieMap(goodTie());
  robot["ties"][0]["kind"] = "robot";
  // Messages name the contact and the field as the page does, never a JSON pointer.
  const std::string robotMessage = msg(errorOfJson("networkMap", Json{{"map", robot}}, "invalid_argument"));
  BOOST_TEST(contains(robotMessage, "contact 1 (Collega groep 5), Soort"));
  BOOST_TEST(!contains(robotMessage, "/ties"));
}

BOOST_AUTO_TEST_CASE(strength_and_classes) {
  BOOST_CHECK_EQUAL(samenwijs::tieStrength(tie("a", true, "", 1, 1)), 1);
  BOOST_CHECK_EQUAL(samenwijs::tieStrength(tie("a", true, "", 5, 5)), 25);
  BOOST_CHECK_EQUAL(samenwijs::tieStrength(tie("a", true, "", 2, 3)), 6);
  BOOST_CHECK_EQUAL(samenwijs::tieStrength(tie("a", true, "", 4, 3)), 12);
  BOOST_CHECK_EQUAL(std::string(samenwijs::strengthClass(1)), "weak");
  BOOST_CHECK_EQUAL(std::string(samenwijs::strengthClass(5)), "weak");
  BOOST_CHECK_EQUAL(std::string(samenwijs::strengthClass(6)), "medium");
  BOOST_CHECK_EQUAL(std::string(samenwijs::strengthClass(11)), "medium");
  BOOST_CHECK_EQUAL(std::string(samenwijs::strengthClass(12)), "strong");
  BOOST_CHECK_EQUAL(std::string(samenwijs::strengthClass(25)), "strong");
}

// Ten ties: 7 inside (team, Team, ICT-werkgroep), 3 outside (pabo, bestuur).
std::vector<Tie> sampleMap() {
  return {tie("Anna", true, "team", 5, 5),          tie("Bram", true, "Team", 1, 5),   tie("Cas", true, "team", 2, 3),
          tie("Dewi", true, "ICT-werkgroep", 3, 4), tie("Eva", true, "ict-werkgroep", 1, 1),
          tie("Fenna", true, "team", 2, 2),          tie("Gijs", true, "team", 4, 4),
          tie("PABO", false, "pabo", 2, 3, "organisation"), tie("Hans", false, "bestuur", 1, 5),
          tie("Stichting", false, "bestuur", 5, 4, "organisation")};
}

BOOST_AUTO_TEST_CASE(analysis_counts) {
  const auto a = samenwijs::analyseMap(asMap(sampleMap()), net().mechanisms);
  BOOST_CHECK_EQUAL(a.reach, 10);
  BOOST_CHECK_EQUAL(a.inside, 7);
  BOOST_CHECK_EQUAL(a.outside, 3);
  BOOST_CHECK_EQUAL(a.organisations, 2);
  // Circles compare without case; the same label inside and outside would be two circles.
  BOOST_CHECK_EQUAL(a.circles, 4);
  // Strengths 25, 5, 6, 12, 1, 4, 16, 6, 5, 20.
  BOOST_CHECK_EQUAL(a.strong, 4);
  BOOST_CHECK_EQUAL(a.medium, 2);
  BOOST_CHECK_EQUAL(a.weak, 4);
  BOOST_CHECK_CLOSE(a.averageStrength, 10.0, 1e-9);
  // Outside and at least medium: PABO (6) and Stichting (20), not Hans (5), not inside ones.
  BOOST_CHECK((a.boundaryCrossers == std::vector<std::size_t>{7, 9}));
  BOOST_CHECK_EQUAL(a.character, "mixed");  // 69 of 100 strength inside: just under 70 %

  const auto empty = samenwijs::analyseMap({}, net().mechanisms);
  BOOST_CHECK_EQUAL(empty.reach, 0);
  BOOST_CHECK_EQUAL(empty.circles, 0);
  BOOST_CHECK_EQUAL(empty.character, "");

  // Same circle label inside and outside the school are different circles.
  const auto split = samenwijs::analyseMap(asMap({tie("a", true, "ict", 1, 1), tie("b", false, "ICT", 1, 1)}), net().mechanisms);
  BOOST_CHECK_EQUAL(split.circles, 2);
}

BOOST_AUTO_TEST_CASE(network_map_api_and_risks) {
  std::vector<std::string> closedRisks, openRisks, allRisks;
  for (const Json& r : mapFile()["risks"]) {
    (r["kind"] == "closed" ? closedRisks : openRisks).push_back(r["id"]);
    allRisks.push_back(r["id"]);
  }
  auto riskIds = [](const Json& v) {
    std::vector<std::string> out;
    for (const Json& r : v["risks"]) out.push_back(r["id"]);
    return out;
  };
  std::vector<Tie> closed, open;
  for (int i = 0; i < 8; ++i) closed.push_back(tie("c" + std::to_string(i), i < 7, "team", 3, 3));  // 88 % inside
  for (int i = 0; i < 8; ++i) open.push_back(tie("o" + std::to_string(i), i < 2, i % 2 ? "pabo" : "regio", 2, 2));  // 25 %
  const Json c = okValueOf("networkMap", Json{{"map", mapOf(closed)}});
  BOOST_CHECK_EQUAL(c["character"].get<std::string>(), "closed");
  BOOST_CHECK(riskIds(c) == closedRisks);
  const Json o = okValueOf("networkMap", Json{{"map", mapOf(open)}});
  BOOST_CHECK_EQUAL(o["character"].get<std::string>(), "open");
  BOOST_CHECK(riskIds(o) == openRisks);
  const Json m = okValueOf("networkMap", Json{{"map", mapOf(sampleMap())}});
  BOOST_CHECK_EQUAL(m["character"].get<std::string>(), "mixed");
  BOOST_CHECK(riskIds(m) == allRisks);
  const Json e = okValueOf("networkMap", Json{{"map", {{"ties", Json::array()}}}});
  BOOST_CHECK_EQUAL(e["reach"].get<int>(), 0);
  BOOST_CHECK(e["risks"].empty());

  // The summary and the ties of the sample map.
  const auto ties = sampleMap();
  BOOST_CHECK_EQUAL(m["reach"].get<int>(), 10);
  BOOST_CHECK_EQUAL(m["inside"].get<int>(), 7);
  BOOST_CHECK_EQUAL(m["outside"].get<int>(), 3);
  BOOST_CHECK_EQUAL(m["organisations"].get<int>(), 2);
  BOOST_CHECK_EQUAL(m["circles"].get<int>(), 4);
  BOOST_CHECK_EQUAL(m["strong"].get<int>(), 4);
  BOOST_CHECK_EQUAL(m["medium"].get<int>(), 2);
  BOOST_CHECK_EQUAL(m["weak"].get<int>(), 4);
  BOOST_CHECK_EQUAL(m["boundaryCrossers"].get<int>(), 2);
  BOOST_CHECK_CLOSE(m["averageStrength"].get<double>(), 10.0, 1e-9);
  BOOST_REQUIRE_EQUAL(m["ties"].size(), ties.size());
  for (std::size_t i = 0; i < ties.size(); ++i) {
    const Json& t = m["ties"][i];
    BOOST_CHECK_EQUAL(t["index"].get<std::size_t>(), i);
    BOOST_CHECK_EQUAL(t["name"].get<std::string>(), ties[i].name);
    BOOST_CHECK_EQUAL(t["strength"].get<int>(), ties[i].frequency * ties[i].involvement);
    BOOST_CHECK_EQUAL(t["boundaryCrosser"].get<bool>(), i == 7 || i == 9);
  }
  errorOfJson("networkMap", Json::object(), "invalid_argument");
}

BOOST_AUTO_TEST_CASE(csv_export) {
  std::vector<Tie> ties = {tie("Jan; \"de\" Vries", true, "team", 2, 3), tie("PABO", false, "opleiding; stage", 5, 5, "organisation"),
                           tie("Mo", false, "regio \"Oost\"", 1, 1)};
  const Json v = okValueOf("mapExport", Json{{"map", mapOf(ties)}, {"format", "csv"}});
  BOOST_CHECK_EQUAL(v["filename"].get<std::string>(), "netwerkkaart.csv");
  BOOST_CHECK_EQUAL(v["mimeType"].get<std::string>(), "text/csv");
  const std::string expected =
      "\xEF\xBB\xBF"  // the byte order mark Excel needs for accents
      "naam;soort;kring;binnen of buiten de school;hoe vaak (1-5);hoe betrokken (1-5);sterkte (1-25);sterkte;kent ook\n"
      "\"Jan; \"\"de\"\" Vries\";persoon;team;binnen;2;3;6;middel;\n"
      "PABO;organisatie;\"opleiding; stage\";buiten;5;5;25;sterk;\n"
      "Mo;persoon;\"regio \"\"Oost\"\"\";buiten;1;1;1;zwak;\n";
  BOOST_CHECK_EQUAL(v["text"].get<std::string>(), expected);
  BOOST_CHECK_EQUAL(samenwijs::mapCsv(asMap(ties)), expected);
  // An empty map: only the header.
  BOOST_CHECK_EQUAL(samenwijs::mapCsv({}), expected.substr(0, expected.find('\n') + 1));
  errorOfJson("mapExport", Json{{"map", mapOf(ties)}, {"format", "xlsx"}}, "invalid_argument");
}

BOOST_AUTO_TEST_CASE(a_tie_without_a_circle) {
  // The circle is optional (Tie::circle, readMap's optionalString, the site shows "–"), and
  // mapToJson writes "" for it; such a map must be accepted, exported and read back.
  const std::vector<Tie> ties = {tie("Mo", false, "", 1, 1), tie("Anna", true, "team", 3, 3)};
  samenwijs::IssueList issues;
  const auto read = samenwijs::readMap(mapOf(ties), issues);
  BOOST_CHECK_MESSAGE(read.has_value(), samenwijs_test::formatAll(issues));
  const Json j = envelope(api().call("networkMap", samenwijs::dumpJson(Json{{"map", mapOf(ties)}})));
  BOOST_CHECK_MESSAGE(j["ok"].get<bool>(), j.dump());
  const std::string csv = samenwijs::mapCsv(asMap(ties));
  BOOST_CHECK_EQUAL(csv.substr(csv.find('\n') + 1, 31), "Mo;persoon;;buiten;1;1;1;zwak;\n");
  const Json exported = envelope(api().call("mapExport", samenwijs::dumpJson(Json{{"map", mapOf(ties)}, {"format", "json"}})));
  BOOST_CHECK_MESSAGE(exported["ok"].get<bool>(), exported.dump());
  // Without the "circle" key at all it is accepted too.
  BOOST_CHECK(samenwijs::readMap(Json{{"ties", {{{"name", "X"}, {"kind", "person"}, {"inside", true}, {"frequency", 1}, {"involvement", 1}}}}}, issues)
                  .has_value());
}

BOOST_AUTO_TEST_CASE(json_round_trip) {
  for (const auto& ties : {sampleMap(), std::vector<Tie>{}, std::vector<Tie>{tie("Jan; \"de\" Vries", true, "Ünïcode €", 1, 5)}}) {
    const Json v = okValueOf("mapExport", Json{{"map", mapOf(ties)}, {"format", "json"}});
    BOOST_CHECK_EQUAL(v["filename"].get<std::string>(), "netwerkkaart.json");
    BOOST_CHECK_EQUAL(v["mimeType"].get<std::string>(), "application/json");
    const Json file = Json::parse(v["text"].get<std::string>());
    BOOST_CHECK_EQUAL(file["format"].get<std::string>(), "samenwijs-netwerkkaart");
    BOOST_CHECK_EQUAL(file["ties"].size(), ties.size());
    const Json back = okValueOf("mapImport", Json{{"text", v["text"]}});
    BOOST_CHECK(back == mapOf(ties));
  }
  // The default export format is JSON.
  BOOST_CHECK_EQUAL(okValueOf("mapExport", Json{{"map", mapOf(sampleMap())}})["filename"].get<std::string>(), "netwerkkaart.json");
}

BOOST_AUTO_TEST_CASE(import_refusals) {
  const std::string unchanged = "Je huidige kaart is niet veranderd";
  Json badTie = mapOf(sampleMap());
  badTie["format"] = "samenwijs-netwerkkaart";
  badTie["ties"][2]["frequency"] = 9;
  Json planFile = {{"format", "samenwijs-netwerkplan"}, {"formatVersion", 1}, {"plan", planJson(fullPlan())}};
  for (const std::string& text : {std::string("zomaar tekst"), std::string(""), std::string("[]"), mapOf(sampleMap()).dump(),
                                  planFile.dump(), badTie.dump(), samenwijs::mapCsv(asMap(sampleMap()))}) {
    BOOST_TEST_CONTEXT(text.substr(0, 60)) {
      BOOST_TEST(contains(msg(errorOfJson("mapImport", Json{{"text", text}}, "file_invalid")), unchanged));
    }
  }
  const std::string badMessage = msg(errorOfJson("mapImport", Json{{"text", badTie.dump()}}, "file_invalid"));
  BOOST_TEST(contains(badMessage, "contact 3 (Cas), Hoe vaak heb je contact?"));
  BOOST_TEST(!contains(badMessage, "/ties"));
  errorOfJson("mapImport", Json::object(), "file_invalid");
}

BOOST_AUTO_TEST_SUITE_END()

// ---- content validation ---------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(content_validation)

BOOST_AUTO_TEST_CASE(broken_readiness_is_reported_with_file_and_pointer) {
  Json r = readinessFile();
  // Condition 0: a group that does not exist.
  r["conditions"][0]["group"] = "netwerk-bestaat-niet";
  // Condition 1: five statements.
  Json& st = r["conditions"][1]["statements"];
  while (st.size() < 5) st.push_back({{"id", "netwerk-extra-" + std::to_string(st.size())}, {"text", "Nog een uitspraak."}});
  // Condition 2: a phase "later".
  r["conditions"][2]["phases"] = {"start", "later"};
  samenwijs::ContentLoader loader;
  samenwijs_test::addFolder(loader, kContent);
  samenwijs_test::addNetworkFolder(loader, kContent, r.dump(2));
  BOOST_CHECK(!loader.finish().has_value());
  const auto& issues = loader.issues();
  const std::string f = "network/readiness.json";
  expectIssue(issues, f, "/conditions/0/group", "netwerk-bestaat-niet");
  expectIssue(issues, f, "/conditions/0/group", "onbekende groep");
  expectIssue(issues, f, "/conditions/1/statements", "1 tot 4");
  expectIssue(issues, f, "/conditions/2/phases/1", "'start' of 'running'");
  BOOST_CHECK_EQUAL(issues.size(), 3u);
}

BOOST_AUTO_TEST_CASE(the_real_network_content_loads) {
  BOOST_CHECK(net().loaded);
  BOOST_CHECK_EQUAL(net().conditions.size(), readinessFile()["conditions"].size());
  BOOST_CHECK_EQUAL(net().kinds.size(), kindsFile()["kinds"].size());
  BOOST_CHECK_EQUAL(net().planFields.size(), 13u);
}

BOOST_AUTO_TEST_CASE(three_of_four_files) {
  for (const char* skip : {"readiness", "kinds", "map", "plan"}) {
    samenwijs::ContentLoader loader;
    samenwijs_test::addFolder(loader, kContent);
    samenwijs_test::addNetworkFolder(loader, kContent, std::nullopt, skip);
    BOOST_TEST_CONTEXT(skip) {
      BOOST_CHECK(!loader.finish().has_value());
      expectIssue(loader.issues(), "network/", "", "alle vier bestanden");
    }
  }
  // Without any network file the rest of the content loads, and the network check is off.
  samenwijs::ContentLoader loader;
  samenwijs_test::addFolder(loader, kContent);
  const auto content = loader.finish();
  BOOST_REQUIRE(content.has_value());
  BOOST_CHECK(!content->network.loaded);
  const Api without(*content);
  const Json j = Json::parse(without.call("readiness", R"({"phase":"start"})"));
  BOOST_CHECK_EQUAL(j["ok"].get<bool>(), false);
  BOOST_CHECK_EQUAL(j["error"]["code"].get<std::string>(), "not_found");
}

BOOST_AUTO_TEST_SUITE_END()

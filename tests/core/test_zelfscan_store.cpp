#define BOOST_TEST_MODULE zelfscan_store
#include <boost/test/unit_test.hpp>

#include <set>
#include <string>

#include "samenwijs/result_code.hpp"
#include "samenwijs/zelfscan_store.hpp"
#include "test_support.hpp"

using samenwijs::Json;
using namespace samenwijs_test;

namespace {

Json state(const std::string& text, const std::string& fw = "leraar") {
  return okValueOf("zelfscanState", Json{{"framework", fw}, {"text", text}}, {}, Envelope::Full);
}

std::string progress(const Json& answers, int version = 1, int step = 2) {
  return samenwijs::dumpJson(Json{{"version", 1}, {"framework", "leraar"}, {"frameworkVersion", version}, {"answers", answers}, {"step", step}});
}

std::string codeOf(const Json& answers, const std::string& fw = "leraar") {
  return okValueOf("profile", Json{{"framework", fw}, {"answers", answers}})["code"].get<std::string>();
}

Json entry(const std::string& id, const std::string& at, const Json& answers, const std::string& fw = "leraar") {
  return {{"id", id}, {"framework", fw}, {"code", codeOf(answers, fw)}, {"finishedAt", at}, {"name", ""}, {"endedEarly", false}, {"pop", nullptr}};
}

Json goal(const std::string& competence) {
  return {{"competence", competence}, {"action", "Twee lessen met een quiz-tool geven"}, {"with", {"collega"}}, {"withWho", ""},
          {"by", "2027-03-01"}, {"evidence", "Leerlingen zeggen dat ze het snappen"}, {"topics", Json::array()}};
}

}  // namespace

// ---- saved progress -------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(valid_progress_is_ok_and_kept_as_is) {
  const Json s = state(progress({{"leraar-basis-ict-1", 3}, {"leraar-basis-ict-2", 0}}, 1, 4));
  BOOST_TEST(s["status"] == "ok");
  BOOST_TEST(s["answers"] == (Json{{"leraar-basis-ict-1", 3}, {"leraar-basis-ict-2", 0}}));
  BOOST_TEST(s["step"] == 4);
  BOOST_TEST(s["problem"].is_null());
  BOOST_TEST(s["progress"]["done"] == 2);
  BOOST_TEST(s["progress"]["complete"] == false);
  BOOST_TEST(state("")["status"] == "empty");
}

BOOST_AUTO_TEST_CASE(one_bad_value_keeps_every_valid_answer_and_names_the_competence) {
  const Json s = state(progress({{"leraar-basis-ict-1", 3}, {"leraar-basis-ict-2", "veel"}, {"leraar-b-privacy-1", 9}, {"leraar-a-toetsen-3", 5}}));
  BOOST_TEST(s["status"] == "damaged");
  BOOST_TEST(s["answers"] == (Json{{"leraar-basis-ict-1", 3}, {"leraar-a-toetsen-3", 5}}));
  BOOST_TEST(s["kept"] == 2);
  BOOST_TEST(s["lost"] == 2);
  const std::string problem = s["problem"].get<std::string>();
  BOOST_TEST(contains(problem, "2 antwoorden konden we redden"));
  BOOST_TEST(contains(problem, "2 antwoorden konden niet worden gelezen"));
  // Titles of the competences, never an item id or "undefined".
  BOOST_TEST(contains(problem, teacher().domains[0].competences[0].title));
  BOOST_TEST(!contains(problem, "leraar-"));
  BOOST_TEST(!contains(problem, "undefined"));
}

BOOST_AUTO_TEST_CASE(truncated_or_junk_text_is_searched_for_answers) {
  const Json cut = state(R"({"version":1,"framework":"leraar","frameworkVersion":1,"answers":{"leraar-basis-ict-1":3,"leraar-basis-ict-2":0,"leraar-basis-ict-3":)");
  BOOST_TEST(cut["status"] == "damaged");
  BOOST_TEST(cut["answers"] == (Json{{"leraar-basis-ict-1", 3}, {"leraar-basis-ict-2", 0}}));
  BOOST_TEST(cut["lost"] == 1);
  const Json junk = state("dit is geen json {{{");
  BOOST_TEST(junk["status"] == "damaged");
  BOOST_TEST(junk["answers"].empty());
  BOOST_TEST(contains(junk["problem"].get<std::string>(), "geen antwoord meer uit te halen"));
}

BOOST_AUTO_TEST_CASE(unknown_statements_are_counted_not_named) {
  const Json s = state(progress({{"leraar-basis-ict-1", 4}, {"bestaat-niet-99", 2}}));
  BOOST_TEST(s["status"] == "damaged");
  BOOST_TEST(s["foreign"] == 1);
  BOOST_TEST(s["answers"] == (Json{{"leraar-basis-ict-1", 4}}));
  BOOST_TEST(!contains(s["problem"].get<std::string>(), "bestaat"));
  BOOST_TEST(contains(s["problem"].get<std::string>(), "1 antwoord hoort niet bij deze versie"));
}

BOOST_AUTO_TEST_CASE(another_version_keeps_answers_to_statements_that_still_exist) {
  const Json s = state(progress({{"leraar-basis-ict-1", 4}, {"leraar-oud-1", 2}}, 99));
  BOOST_TEST(s["status"] == "other_version");
  BOOST_TEST(s["answers"] == (Json{{"leraar-basis-ict-1", 4}}));
  BOOST_TEST(contains(s["problem"].get<std::string>(), "(versie 99, nu versie 2)"));
  // A missing version is described, never printed as a value.
  Json noVersion = Json::parse(progress({{"leraar-basis-ict-1", 4}}));
  noVersion.erase("frameworkVersion");
  const Json t = state(noVersion.dump());
  BOOST_TEST(t["status"] == "other_version");
  BOOST_TEST(contains(t["problem"].get<std::string>(), "een onbekende versie"));
  BOOST_TEST(!contains(t["problem"].get<std::string>(), "null"));
}

// ---- history -------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(history_keeps_valid_entries_sorted_and_counts_the_rest) {
  const Json list = Json::array({entry("b", "2026-06-01T10:00", {{"leraar-basis-ict-1", 4}}),
                                 entry("a", "2026-01-15T09:30", {{"leraar-basis-ict-1", 2}}),
                                 Json{{"id", "c"}, {"framework", "leraar"}, {"code", "SW1-kapot"}, {"finishedAt", "2026-02-01T10:00"}},
                                 Json{{"id", "d"}, {"framework", "leraar"}, {"code", codeOf(Json::object())}, {"finishedAt", "2026-02-30T10:00"}},
                                 entry("a", "2026-03-01T09:30", {{"leraar-basis-ict-1", 5}})});
  const Json file = {{"format", "samenwijs-metingen"}, {"formatVersion", 1}, {"measurements", list}};
  const Json h = okValueOf("historyRead", Json{{"text", file.dump()}});
  BOOST_REQUIRE_EQUAL(h["measurements"].size(), 2u);
  BOOST_TEST(h["measurements"][0]["id"] == "a");
  BOOST_TEST(h["measurements"][0]["dateText"] == "15 januari 2026, 09:30");
  BOOST_TEST(h["measurements"][1]["id"] == "b");
  BOOST_TEST(h["dropped"] == 2);
  BOOST_TEST(contains(h["problem"].get<std::string>(), "2 metingen konden niet worden gelezen"));
  // The text to store holds exactly the valid entries and reads back the same.
  const Json again = okValueOf("historyRead", Json{{"text", h["text"]}});
  BOOST_TEST(again["measurements"] == h["measurements"]);
  BOOST_TEST(again["dropped"] == 0);
  BOOST_TEST(okValueOf("historyRead", Json{{"text", "{kapot"}})["dropped"] == 1);
  BOOST_TEST(okValueOf("historyRead", Json{{"text", ""}})["measurements"].empty());
}

BOOST_AUTO_TEST_CASE(the_first_history_format_still_reads) {
  const Json old = Json::array({{{"framework", "leraar"}, {"code", codeOf({{"leraar-basis-ict-1", 4}})}, {"month", "2026-11"}}});
  const Json h = okValueOf("historyRead", Json{{"text", old.dump()}});
  BOOST_REQUIRE_EQUAL(h["measurements"].size(), 1u);
  BOOST_TEST(h["measurements"][0]["finishedAt"] == "2026-11-01T00:00");
  // Its made-up id is stable, so naming or deleting it works after a reload.
  BOOST_TEST(okValueOf("historyRead", Json{{"text", old.dump()}})["measurements"][0]["id"] == h["measurements"][0]["id"]);
}

BOOST_AUTO_TEST_CASE(history_text_refuses_a_bad_entry_and_import_merges_without_doubles) {
  const Json one = entry("m1", "2026-01-10T10:00", {{"leraar-basis-ict-1", 2}});
  const Json two = entry("m2", "2026-05-10T10:00", {{"leraar-basis-ict-1", 3}});
  const Json three = entry("m3", "2026-09-10T10:00", {{"leraar-basis-ict-1", 5}});
  expectErrorOf("historyText", Json{{"measurements", Json::array({one, Json{{"id", "x"}}})}}, "invalid_argument");
  const Json exported = okValueOf("historyExport", Json{{"measurements", Json::array({one, two})}, {"today", "2026-12-01"}});
  BOOST_TEST(exported["filename"] == "samenwijs-metingen-2026-12-01.json");
  const Json merged = okValueOf("historyImport", Json{{"measurements", Json::array({two, three})}, {"text", exported["text"]}});
  BOOST_TEST(merged["added"] == 1);
  BOOST_TEST(merged["alreadyThere"] == 1);
  BOOST_REQUIRE_EQUAL(merged["measurements"].size(), 3u);
  BOOST_TEST(merged["measurements"][0]["id"] == "m1");
  BOOST_TEST(merged["measurements"][2]["id"] == "m3");
  expectErrorOf("historyImport", Json{{"measurements", Json::array()}, {"text", R"({"format":"samenwijs-zelfscan"})"}}, "file_invalid");
}

BOOST_AUTO_TEST_CASE(trend_over_many_measurements_per_domain_and_competence) {
  Json list = Json::array();
  for (int k = 1; k <= 6; ++k) {
    list.push_back(entry("t" + std::to_string(k), "2026-0" + std::to_string(k) + "-01T08:00",
                         {{"leraar-basis-ict-1", k}, {"leraar-basis-ict-2", k}, {"leraar-basis-ict-3", 0}}));
  }
  list.push_back(entry("l1", "2026-03-15T08:00", {{"leidinggevende-integratie-visie-1", 3}}, "leidinggevende"));
  const Json t = okValueOf("historyTrend", Json{{"measurements", list}, {"framework", "leraar"}});
  BOOST_REQUIRE_EQUAL(t["measurements"].size(), 6u);  // only the teacher's
  const Json& ict = t["competences"][0];
  BOOST_TEST(ict["id"] == "leraar-basis-ict");
  BOOST_TEST(ict["scores"] == (Json{1, 2, 3, 4, 5, 6}));
  BOOST_TEST(t["competences"][1]["scores"] == (Json{nullptr, nullptr, nullptr, nullptr, nullptr, nullptr}));
  BOOST_TEST(t["domains"][0]["scores"] == (Json{1, 2, 3, 4, 5, 6}));  // its only scored competence
  BOOST_TEST(t["domains"].size() == teacher().domains.size());
}

// ---- POP -----------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(pop_needs_one_to_three_complete_goals) {
  const auto check = [](const Json& pop) { return okValueOf("popCheck", Json{{"framework", "leraar"}, {"pop", pop}}); };
  BOOST_TEST(check(Json{{"goals", Json::array({goal("leraar-basis-ict")})}})["ok"] == true);
  BOOST_TEST(check(Json{{"goals", Json::array()}})["ok"] == false);
  const Json four = check(Json{{"goals", Json::array({goal("leraar-basis-ict"), goal("leraar-a-toetsen"), goal("leraar-b-privacy"), goal("leraar-c-onderzoek")})}});
  BOOST_TEST(four["ok"] == false);
  BOOST_TEST(contains(four["issues"][0]["message"].get<std::string>(), "hoogstens drie"));
  Json bad = goal("leraar-basis-ict");
  bad["action"] = "   ";
  bad["with"] = Json::array();
  bad["by"] = "2027-02-30";
  bad["topics"] = Json::array({"leraar/bestaat-niet"});
  const Json r = check(Json{{"goals", Json::array({bad, goal("leraar-basis-ict"), goal("onbekend")})}});
  std::set<std::string> fields;
  for (const auto& i : r["issues"]) fields.insert(i["field"].get<std::string>() + std::to_string(i["goal"].get<int>()));
  BOOST_TEST(fields == (std::set<std::string>{"action0", "with0", "by0", "topics0", "competence1", "competence2"}));
  for (const auto& i : r["issues"]) BOOST_TEST(!contains(i["message"].get<std::string>(), "leraar-"));
}

BOOST_AUTO_TEST_CASE(pop_markdown_has_every_goal_and_escapes_the_users_text) {
  const auto& topics = content().guides.front().mainQuestions.front().topics;
  const std::string topicRef = content().guides.front().id + "/" + topics.front().id;
  Json g = goal("leraar-basis-ict");
  g["action"] = "# Kop? *vet* [link](x)";
  g["with"] = {"collega", "i-coach"};
  g["withWho"] = "Sanne";
  g["topics"] = {topicRef};
  Json m = entry("m1", "2026-11-20T14:05", {{"leraar-basis-ict-1", 2}, {"leraar-basis-ict-2", 3}});
  m["pop"] = {{"goals", Json::array({g, goal("leraar-b-privacy")})}};
  const Json out = okValueOf("popExport", Json{{"measurement", m}});
  BOOST_TEST(out["filename"] == "ontwikkelplan-2026-11-20.md");
  const std::string md = out["text"].get<std::string>();
  BOOST_TEST(contains(md, "# Mijn ontwikkelplan (POP)"));
  BOOST_TEST(contains(md, "meting van 20 november 2026, 14:05"));
  BOOST_TEST(contains(md, "## Doel 1: " + teacher().domains[0].competences[0].title));
  BOOST_TEST(contains(md, "- **Score bij deze meting:** 2,5"));
  BOOST_TEST(contains(md, "\\# Kop? \\*vet\\* \\[link\\](x)"));
  BOOST_TEST(contains(md, "- **Met wie:** een collega, de i-coach; Sanne"));
  BOOST_TEST(contains(md, "- **Klaar op:** 1 maart 2027"));
  BOOST_TEST(contains(md, topics.front().number + " " + topics.front().title));
  BOOST_TEST(contains(md, "## Doel 2: "));
  BOOST_TEST(contains(md, "nog geen score"));
  // A history entry keeps a valid POP and refuses a broken one.
  const Json h = okValueOf("historyText", Json{{"measurements", Json::array({m})}});
  BOOST_TEST(h["measurements"][0]["pop"]["goals"].size() == 2u);
  m["pop"]["goals"][0]["by"] = "morgen";
  expectErrorOf("historyText", Json{{"measurements", Json::array({m})}}, "invalid_argument");
}

// ---- the result file carries its date --------------------------------------------------

BOOST_AUTO_TEST_CASE(result_file_is_dated_when_a_date_is_given) {
  const Json answers = {{"leraar-basis-ict-1", 4}};
  const Json dated = okValueOf("resultFile", Json{{"framework", "leraar"}, {"answers", answers}, {"date", "2026-11-20"}});
  BOOST_TEST(dated["filename"] == "zelfscan-leraar-2026-11-20.json");
  BOOST_TEST(Json::parse(dated["text"].get<std::string>())["date"] == "2026-11-20");
  // The dated file still reads back (the date is not part of what is checked).
  BOOST_TEST(okValueOf("readResultFile", Json{{"text", dated["text"]}})["code"] == codeOf(answers));
  BOOST_TEST(okValueOf("resultFile", Json{{"framework", "leraar"}, {"answers", answers}})["filename"] == "zelfscan-leraar.json");
  expectErrorOf("resultFile", Json{{"framework", "leraar"}, {"answers", answers}, {"date", "20-11-2026"}}, "invalid_argument");
}

#define BOOST_TEST_MODULE framework_versions
// Framework versions (issue 14): result codes, saved progress and history made with
// version 1 of a framework keep decoding under a later version and compare with it.
// The version-1 material is REAL: tests/core/fixtures/zelfscan-version1.json was made with
// the built module of main before versions existed (see make-zelfscan-version1.mjs).
#include <boost/test/unit_test.hpp>

#include <map>
#include <set>
#include <string>

#include "samenwijs/result_code.hpp"
#include "samenwijs/zelfscan_store.hpp"
#include "test_support.hpp"

using samenwijs::Answers;
using samenwijs::DecodeError;
using samenwijs::Framework;
using samenwijs::Json;
using namespace samenwijs_test;

namespace {

const Json& fixture() {
  static const Json f = [] {
    const std::string text = readFile(std::string(SAMENWIJS_FIXTURES_DIR) + "/../core/fixtures/zelfscan-version1.json");
    Json j = Json::parse(text, nullptr, false);
    BOOST_REQUIRE_MESSAGE(!j.is_discarded() && j.is_object(), "the version-1 fixture does not read");
    return j;
  }();
  return f;
}

std::vector<std::string> itemIds(const Framework& fw) {
  std::vector<std::string> ids;
  for (const auto& d : fw.domains)
    for (const auto& c : d.competences)
      for (const auto& i : c.items) ids.push_back(i.id);
  return ids;
}

// The answer per item id, as the fixture writes them (1..6, 0 = n.v.t.).
std::map<std::string, int> byId(const Framework& fw, const Answers& answers) {
  std::map<std::string, int> out;
  const auto ids = itemIds(fw);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (answers[i] != samenwijs::kUnanswered) out[ids[i]] = answers[i] == samenwijs::kNotApplicable ? 0 : answers[i];
  }
  return out;
}

std::map<std::string, int> fixtureAnswers(const Json& entry) {
  std::map<std::string, int> out;
  for (auto it = entry["answers"].begin(); it != entry["answers"].end(); ++it) out[it.key()] = it.value().get<int>();
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_fixture_is_version_1_of_the_current_content) {
  BOOST_TEST(fixture()["codes"].size() == 16u);
  BOOST_TEST(teacher().version == 2);
  // The content keeps the published order of version 1, exactly as the codes were made.
  for (const char* id : {"leraar", "leidinggevende"}) {
    const Framework& fw = framework(id);
    BOOST_REQUIRE(!fw.versions.empty());
    BOOST_TEST(fw.versions.front().version == 1);
    BOOST_TEST(fw.versions.front().items == fixture()["frameworks"][id]["items"].get<std::vector<std::string>>(),
               boost::test_tools::per_element());
    BOOST_TEST(fw.versions.back().items == itemIds(fw), boost::test_tools::per_element());
  }
  BOOST_TEST(itemIds(teacher()).size() > fixture()["frameworks"]["leraar"]["items"].size());
}

BOOST_AUTO_TEST_CASE(every_version_1_code_decodes_under_the_current_version) {
  const auto& frameworks = content().frameworks;
  for (const auto& entry : fixture()["codes"]) {
    const std::string code = entry["code"].get<std::string>();
    const std::string id = entry["framework"].get<std::string>();
    BOOST_TEST_CONTEXT(id << " " << entry["pattern"].get<std::string>() << " " << code) {
      const auto d = samenwijs::decodeResult(frameworks, code, id);
      BOOST_REQUIRE_MESSAGE(d.error == DecodeError::None, d.message);
      BOOST_CHECK(d.framework == &framework(id));
      BOOST_TEST(d.version == 1);
      BOOST_TEST(d.answers.size() == samenwijs::itemCount(framework(id)));
      // Every answer is back at its item, and the items version 1 did not have are unanswered.
      const auto expected = fixtureAnswers(entry);
      const auto got = byId(framework(id), d.answers);
      BOOST_TEST(got.size() == expected.size());
      for (const auto& [item, value] : expected) BOOST_CHECK_MESSAGE(got.count(item) == 1u && got.at(item) == value, item);
      const std::vector<std::string> v1 = fixture()["frameworks"][id]["items"].get<std::vector<std::string>>();
      for (const auto& item : itemIds(framework(id))) {
        if (std::find(v1.begin(), v1.end(), item) == v1.end()) BOOST_CHECK_MESSAGE(got.count(item) == 0u, item << " answered");
      }
      // The fast decoder of the team overview agrees.
      const samenwijs::ResultDecoder fast(frameworks);
      const Framework* fw = nullptr;
      Answers answers;
      int madeWith = 0;
      BOOST_CHECK(fast.decode(code, id, fw, answers, &madeWith) == DecodeError::None);
      BOOST_TEST(madeWith == 1);
      BOOST_TEST(answers == d.answers, boost::test_tools::per_element());
    }
  }
}

BOOST_AUTO_TEST_CASE(a_version_1_code_compares_with_a_version_2_result) {
  // The same teacher, later: the version-1 answers plus the new AI items, one level up in
  // "Digitaal toetsen en feedback geven".
  const Json* entry = nullptr;
  for (const auto& e : fixture()["codes"])
    if (e["framework"] == "leraar" && e["pattern"] == "alles-1") entry = &e;
  BOOST_REQUIRE(entry);
  Json later = (*entry)["answers"];
  for (const char* item : {"leraar-basis-ict-4", "leraar-basis-media-4", "leraar-a-didactiek-4", "leraar-b-privacy-4"}) later[item] = 1;
  for (const char* item : {"leraar-a-toetsen-1", "leraar-a-toetsen-2", "leraar-a-toetsen-3", "leraar-a-toetsen-4"}) later[item] = 2;
  const std::string laterCode = okValueOf("profile", Json{{"framework", "leraar"}, {"answers", later}})["code"].get<std::string>();
  BOOST_TEST(laterCode != (*entry)["code"].get<std::string>());

  const Json cmp = okValueOf("compare", Json{{"earlier", {{"code", (*entry)["code"]}}}, {"later", {{"code", laterCode}}}}, {},
                             Envelope::Full);
  BOOST_TEST(cmp["framework"] == "leraar");
  BOOST_TEST(cmp["competences"].size() == 17u);
  for (const auto& c : cmp["competences"]) {
    BOOST_TEST_CONTEXT(c["id"].get<std::string>()) {
      BOOST_TEST(c["earlier"] == 1.0);
      if (c["id"] == "leraar-a-toetsen") {
        BOOST_TEST(c["later"] == 2.0);
        BOOST_TEST(c["direction"] == "grew");
      } else {
        BOOST_TEST(c["later"] == 1.0);
        BOOST_TEST(c["direction"] == "same");
      }
    }
  }
  BOOST_TEST(cmp["grew"] == Json::array({"leraar-a-toetsen"}));
  // The other way round too: a version-1 code as the later measurement.
  const Json back = okValueOf("compare", Json{{"earlier", {{"code", laterCode}}}, {"later", {{"code", (*entry)["code"]}}}});
  BOOST_TEST(back["fell"] == Json::array({"leraar-a-toetsen"}));
}

BOOST_AUTO_TEST_CASE(a_version_1_code_opens_as_a_profile_with_the_new_items_unanswered) {
  for (const auto& e : fixture()["codes"]) {
    if (e["framework"] != "leraar" || e["pattern"] != "alles-6") continue;
    const Json p = okValueOf("decodeResult", Json{{"code", e["code"]}, {"framework", "leraar"}}, {}, Envelope::Full);
    BOOST_TEST(p["version"] == 2);
    BOOST_TEST(p["progress"]["answered"] == 51);
    BOOST_TEST(p["progress"]["total"] == 56);
    // Its code is now a current-version code of the same answers.
    const auto again = samenwijs::decodeResult(content().frameworks, p["code"].get<std::string>(), "leraar");
    BOOST_CHECK(again.error == DecodeError::None);
    BOOST_TEST(again.version == 2);
    BOOST_CHECK(byId(teacher(), again.answers) == fixtureAnswers(e));
  }
}

BOOST_AUTO_TEST_CASE(version_1_saved_progress_reads_without_a_problem) {
  for (const auto& s : fixture()["savedProgress"]) {
    BOOST_TEST_CONTEXT(s["framework"].get<std::string>() << " " << s["pattern"].get<std::string>()) {
      const Json st = okValueOf("zelfscanState", Json{{"framework", s["framework"]}, {"text", s["text"]}}, {}, Envelope::Full);
      BOOST_TEST(st["status"] == "ok");
      BOOST_TEST(st["problem"].is_null());
      const Json saved = Json::parse(s["text"].get<std::string>());
      BOOST_TEST(st["answers"] == saved["answers"]);
      BOOST_TEST(st["measurementId"] == saved["measurementId"]);
      if (s["framework"] == "leraar") {
        BOOST_TEST(st["savedVersion"] == 1);
        BOOST_TEST(st["progress"]["total"] == 56);
      } else {
        BOOST_TEST(st["savedVersion"].is_null());  // still the current version
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(a_version_1_history_reads_and_trends_with_a_version_2_measurement) {
  const std::string text = fixture()["history"].get<std::string>();
  const Json h = okValueOf("historyRead", Json{{"text", text}}, {}, Envelope::Full);
  BOOST_TEST(h["dropped"] == 0);
  BOOST_TEST(h["problem"].is_null());
  BOOST_REQUIRE(h["measurements"].size() == 3u);
  BOOST_TEST(h["measurements"][0]["frameworkVersion"] == 1);  // what it was made with
  BOOST_TEST(h["measurements"][1]["pop"]["goals"][0]["competence"] == "leraar-a-toetsen");

  // A new version-2 measurement joins the old ones; the trend covers all three of leraar.
  Json list = Json::array();
  for (const auto& m : h["measurements"]) {
    list.push_back({{"id", m["id"]}, {"framework", m["framework"]}, {"code", m["code"]}, {"finishedAt", m["finishedAt"]},
                    {"name", m["name"]}, {"endedEarly", m["endedEarly"]}, {"pop", m["pop"]}});
  }
  Json answers = Json::object();
  for (const auto& id : itemIds(teacher())) answers[id] = 5;
  const std::string v2 = okValueOf("profile", Json{{"framework", "leraar"}, {"answers", answers}})["code"].get<std::string>();
  list.push_back({{"id", "m-nieuw"}, {"framework", "leraar"}, {"code", v2}, {"finishedAt", "2027-03-01T10:00"}, {"name", ""},
                  {"endedEarly", false}, {"pop", nullptr}});
  const Json saved = okValueOf("historyText", Json{{"measurements", list}});
  BOOST_TEST(saved["measurements"].size() == 4u);
  BOOST_TEST(saved["measurements"][3]["frameworkVersion"] == 2);
  const Json trend = okValueOf("historyTrend", Json{{"measurements", list}, {"framework", "leraar"}});
  BOOST_TEST(trend["measurements"].size() == 3u);
  for (const auto& c : trend["competences"]) {
    BOOST_TEST(c["scores"].size() == 3u);
    BOOST_TEST(c["scores"][2] == 5.0);
  }
}

// ---- the rules on a small framework: retired items and unknown versions ----------------

namespace {
Framework tiny(int version, std::vector<std::string> items) {
  Framework fw;
  fw.id = "tiny";
  fw.title = "Tiny";
  fw.version = version;
  fw.minimumAnswered = 1;
  samenwijs::Competence c;
  c.id = "tiny-c";
  for (auto& id : items) c.items.push_back({id, id, {}, std::nullopt});
  fw.domains.push_back({"tiny-d", "D", "D", "", {c}});
  return fw;
}
}  // namespace

BOOST_AUTO_TEST_CASE(a_retired_item_is_dropped_and_a_new_one_is_unanswered) {
  const std::vector<Framework> v1 = {tiny(1, {"a", "b", "c"})};
  Framework fw2 = tiny(2, {"c", "a", "d"});  // b retired, d new, order changed
  fw2.versions = {{1, {"a", "b", "c"}}, {2, {"c", "a", "d"}}};
  fw2.retiredItems = {{"b", "weg"}};
  const std::vector<Framework> v2 = {fw2};
  const std::string old = samenwijs::encodeResult(v1[0], Answers{4, 5, 7});  // a=4, b=5, c=n.v.t.
  const auto d = samenwijs::decodeResult(v2, old);
  BOOST_REQUIRE_MESSAGE(d.error == DecodeError::None, d.message);
  BOOST_TEST(d.answers == (Answers{7, 4, 0}), boost::test_tools::per_element());
  BOOST_TEST(d.version == 1);

  // Saved progress of version 1 with an answer to the retired item: read, nothing foreign.
  const auto s = samenwijs::readSavedProgress(
      fw2, R"({"version":1,"framework":"tiny","frameworkVersion":1,"answers":{"a":2,"b":3,"c":1},"step":1})");
  BOOST_TEST(static_cast<int>(s.status) == static_cast<int>(samenwijs::SavedStatus::Ok));
  BOOST_TEST(s.fromVersion == 1);
  BOOST_TEST(s.answers == (Answers{1, 2, 0}), boost::test_tools::per_element());

  // A version the content does not describe stays refused with its clear message.
  Framework fw3 = tiny(3, {"c", "a", "d"});
  fw3.versions = {{1, {"a", "b", "c"}}};  // no version 2
  const std::vector<Framework> v3 = {fw3};
  const std::string two = samenwijs::encodeResult(fw2, Answers{1, 1, 1});
  const auto refused = samenwijs::decodeResult(v3, two);
  BOOST_TEST(static_cast<int>(refused.error) == static_cast<int>(DecodeError::OlderVersion));
  BOOST_TEST(contains(refused.message, "oudere versie"));
  // Without any versions, an older code is refused as before.
  const auto plain = samenwijs::decodeResult({tiny(2, {"a", "b", "c"})}, old);
  BOOST_TEST(static_cast<int>(plain.error) == static_cast<int>(DecodeError::OlderVersion));
}

BOOST_AUTO_TEST_CASE(a_version_1_code_with_the_wrong_item_count_is_refused) {
  // A version-1 code whose count byte does not match version 1's list is not mapped.
  Framework fw2 = tiny(2, {"a", "b", "c", "d"});
  fw2.versions = {{1, {"a", "b"}}, {2, {"a", "b", "c", "d"}}};
  const std::string old = samenwijs::encodeResult(tiny(1, {"a", "b", "c"}), Answers{1, 2, 3});
  const auto d = samenwijs::decodeResult({fw2}, old);
  BOOST_TEST(static_cast<int>(d.error) == static_cast<int>(DecodeError::ItemCount));
}

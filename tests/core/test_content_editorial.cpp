// Issue 14: the editorial checks (register, near-duplicates, source fields), the AI content
// in search, "Waar begin ik?" (a chosen number of questions, teachers' questions, the network
// concern's pointers) and the glossary, over the real content and small fixtures.
#define BOOST_TEST_MODULE content_editorial
#include "test_support.hpp"

#include <set>

#include "samenwijs/content_checks.hpp"

using namespace samenwijs_test;
using samenwijs::Json;

namespace {

const std::filesystem::path kValid = std::filesystem::path(SAMENWIJS_FIXTURES_DIR) / "content-valid";

// The valid fixture with its editorial rules, `guideText` replacing guides/mini.json when given.
samenwijs::ContentLoader fixtureLoader(const std::string& guideText = {}, const std::string& editorialText = {}) {
  samenwijs::ContentLoader loader;
  loader.addSources("sources.json", readFile(kValid / "sources.json"));
  loader.addThemes("themes.json", readFile(kValid / "themes.json"));
  loader.addTags("tags.json", readFile(kValid / "tags.json"));
  loader.addGuide("guides/mini.json", guideText.empty() ? readFile(kValid / "guides" / "mini.json") : guideText);
  loader.addEditorialRules("editorial.json", editorialText.empty() ? readFile(kValid / "editorial.json") : editorialText);
  return loader;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, "fixture lacks: " << from);
  return text.replace(at, from.size(), to);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(search_for_ai)

// Whatever a new user types for generative AI, the subject guide comes first.
BOOST_AUTO_TEST_CASE(ai_guide_is_the_first_hit) {
  for (const std::string query : {"AI", "ChatGPT", "kunstmatige intelligentie", "AI Act", "ai act", "chatgpt"}) {
    const Json hits = okValueOf("search", Json{{"query", query}})["hits"];
    BOOST_TEST_CONTEXT("query '" << query << "'") {
      BOOST_REQUIRE(!hits.empty());
      BOOST_CHECK_EQUAL(hits[0]["guide"].get<std::string>(), "generatieve-ai");
    }
  }
}

// AI is in every key figure's guide too, where it belongs.
BOOST_AUTO_TEST_CASE(every_key_figure_has_ai_items) {
  for (const std::string guide : {"leraar", "icoach", "schoolleider", "bestuurder"}) {
    const Json hits = okValueOf("search", Json{{"query", "AI"}, {"guide", guide}})["hits"];
    BOOST_TEST_CONTEXT(guide) {
      BOOST_TEST(hits.size() >= 3u);
      for (const Json& h : hits) BOOST_CHECK_EQUAL(h["guide"].get<std::string>(), guide);
    }
  }
  // The board's items cover the EU AI Act's obligations, AVG and procurement.
  const Json act = okValueOf("search", Json{{"query", "AI-verordening"}, {"guide", "bestuurder"}})["hits"];
  BOOST_TEST(!act.empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(editorial_checks)

BOOST_AUTO_TEST_CASE(similarity_ignores_case_order_and_inflection) {
  BOOST_CHECK_EQUAL(samenwijs::textSimilarityPercent("Welke vragen heb je?", "welke VRAGEN heb je?"), 100);
  BOOST_CHECK_EQUAL(samenwijs::textSimilarityPercent("Heb je vragen, welke?", "Welke vragen heb je?"), 100);
  BOOST_CHECK_EQUAL(samenwijs::textSimilarityPercent("Welke vraag heb je?", "Welke vragen heb je?"), 100);
  BOOST_TEST(samenwijs::textSimilarityPercent("Hoe gebruik je ict in de les?", "Wie betaalt het netwerk?") < 20);
}

BOOST_AUTO_TEST_CASE(valid_fixture_passes_the_rules) {
  auto loader = fixtureLoader();
  BOOST_TEST(loader.finish().has_value(), formatAll(loader.issues()));
}

BOOST_AUTO_TEST_CASE(a_guide_without_register_is_reported) {
  const std::string guide = replaced(readFile(kValid / "guides" / "mini.json"), "\"register\": \"je\",", "");
  auto loader = fixtureLoader(guide);
  BOOST_TEST(!loader.finish().has_value());
  BOOST_TEST(findIssue(loader.issues(), "guides/mini.json", "/register", "aanspreekvorm") != nullptr,
             formatAll(loader.issues()));
}

BOOST_AUTO_TEST_CASE(u_register_forbids_je_forms) {
  std::string guide = replaced(readFile(kValid / "guides" / "mini.json"), "\"register\": \"je\"", "\"register\": \"u\"");
  auto loader = fixtureLoader(guide);
  BOOST_TEST(!loader.finish().has_value());
  // "Hoe helpt ict je leerlingen?" is the main question.
  BOOST_TEST(findIssue(loader.issues(), "guides/mini.json", "/mainQuestions/0/question", "'je' past niet bij de aanspreekvorm 'u'") !=
                 nullptr,
             formatAll(loader.issues()));
}

BOOST_AUTO_TEST_CASE(an_allowed_repeat_must_name_known_questions_and_a_reason) {
  const std::string editorial = replaced(readFile(kValid / "editorial.json"), "\"allowed\": []",
                                         "\"allowed\": [{\"questions\": [\"mini-1-1-v1\", \"bestaat-niet\"]}]");
  auto loader = fixtureLoader({}, editorial);
  BOOST_TEST(!loader.finish().has_value());
  BOOST_TEST(findIssue(loader.issues(), "editorial.json", "/nearDuplicates/allowed/0/reason", "verplicht veld ontbreekt") !=
                 nullptr,
             formatAll(loader.issues()));
}

BOOST_AUTO_TEST_CASE(loader_rejects_unknown_origin_and_register_values) {
  samenwijs::ContentLoader loader;
  loader.addSources("sources.json", replaced(readFile(kValid / "sources.json"), "\"origin\": \"outside\"", "\"origin\": \"boek\""));
  loader.addThemes("themes.json", readFile(kValid / "themes.json"));
  loader.addTags("tags.json", readFile(kValid / "tags.json"));
  loader.addGuide("guides/mini.json", replaced(readFile(kValid / "guides" / "mini.json"), "\"register\": \"je\"", "\"register\": \"jij\""));
  BOOST_TEST(!loader.finish().has_value());
  BOOST_TEST(findIssue(loader.issues(), "sources.json", "/sources/0/origin", "moet 'seed'") != nullptr, formatAll(loader.issues()));
  BOOST_TEST(findIssue(loader.issues(), "guides/mini.json", "/register", "moet 'u'") != nullptr, formatAll(loader.issues()));
}

// The real content follows its own rules: one voice per guide, sources that say where they come from.
BOOST_AUTO_TEST_CASE(real_content_registers_and_origins) {
  for (const auto& g : content().guides) {
    BOOST_CHECK_EQUAL(g.audienceRegister, g.id == "bestuurder" ? "u" : "je");
  }
  std::size_t seeds = 0;
  for (const auto& s : content().sources) {
    BOOST_TEST_CONTEXT(s.id) {
      BOOST_TEST((s.origin == "seed" || s.origin == "outside"));
      BOOST_CHECK_EQUAL(s.origin == "seed", !s.seed.empty());
      seeds += s.origin == "seed" ? 1u : 0u;
    }
  }
  BOOST_CHECK_EQUAL(seeds, 5u);  // the five documents in the project's seeds
  for (const auto& g : content().guides) {
    for (const auto& mq : g.mainQuestions) {
      for (const auto& tip : mq.readingTips) BOOST_TEST((!tip.url.empty() || !tip.where.empty()), tip.id);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(waar_begin_ik)

std::size_t count(const Json& list, const std::string& prefix) {
  std::size_t n = 0;
  for (const Json& id : list) n += id.get<std::string>().rfind(prefix, 0) == 0 ? 1u : 0u;
  return n;
}

BOOST_AUTO_TEST_CASE(at_most_the_chosen_number_default_eight) {
  const Json all = okValueOf("suggest", Json{{"role", "schoolleider"},
                                             {"concerns", {"start-lessen", "start-privacy", "start-samen-leren"}}});
  BOOST_CHECK_EQUAL(all["maxQuestions"].get<int>(), 8);
  BOOST_CHECK_EQUAL(all["agenda"].size(), 8u);
  const Json three = okValueOf("suggest", Json{{"role", "schoolleider"}, {"concerns", {"start-lessen"}}, {"maxQuestions", 3}});
  BOOST_CHECK_EQUAL(three["agenda"].size(), 3u);
  // Every picked question belongs to a suggested topic, and none twice.
  std::set<std::string> shown, seen;
  for (const Json& g : all["groups"]) {
    for (const Json& t : g["topics"]) {
      for (const Json& q : t["questions"]) shown.insert(q["id"].get<std::string>());
    }
  }
  for (const Json& id : all["agenda"]) {
    BOOST_TEST(shown.count(id.get<std::string>()) == 1u, id);
    BOOST_TEST(seen.insert(id.get<std::string>()).second, id);
  }
  expectErrorOf("suggest", Json{{"role", "leraar"}, {"maxQuestions", 0}}, "invalid_argument");
}

BOOST_AUTO_TEST_CASE(always_includes_teachers_questions) {
  for (const std::string role : {"bestuurder", "schoolleider", "icoach"}) {
    for (const Json& concerns : {Json::array(), Json{"start-privacy"}, Json{"start-netwerken"}}) {
      const Json v = okValueOf("suggest", Json{{"role", role}, {"concerns", concerns}, {"maxQuestions", 4}});
      BOOST_TEST_CONTEXT(role << " " << concerns.dump()) {
        BOOST_TEST(count(v["agenda"], "leraar-") >= 1u);
        BOOST_TEST(v["agenda"].size() <= 4u);
        bool teacherGroup = false;
        for (const Json& g : v["groups"]) teacherGroup = teacherGroup || g["key"] == "leraar";
        BOOST_TEST(teacherGroup);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(network_concern_points_to_leernetwerken_and_the_network_check) {
  const Json v = okValueOf("suggest", Json{{"role", "schoolleider"}, {"concerns", {"start-netwerken"}}});
  BOOST_REQUIRE_EQUAL(v["pointers"]["guides"].size(), 1u);
  BOOST_CHECK_EQUAL(v["pointers"]["guides"][0]["id"].get<std::string>(), "leernetwerken");
  BOOST_CHECK_EQUAL(v["pointers"]["tools"], Json{"netwerkcheck"});
  bool leernetwerken = false;
  for (const Json& g : v["groups"]) {
    for (const Json& t : g["topics"]) leernetwerken = leernetwerken || t["guide"] == "leernetwerken";
  }
  BOOST_TEST(leernetwerken);
  BOOST_TEST(count(v["agenda"], "leernetwerken-") >= 1u);
  // Another concern points nowhere in particular.
  const Json other = okValueOf("suggest", Json{{"role", "schoolleider"}, {"concerns", {"start-lessen"}}});
  BOOST_TEST(other["pointers"]["tools"].empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(glossary)

BOOST_AUTO_TEST_CASE(terms_explain_the_jargon_and_level_names) {
  const Json terms = okValueOf("glossary", Json::object())["terms"];
  std::string all;
  for (const Json& t : terms) all += t.dump() + "\n";
  for (const std::string word : {"Evidence-informed", "Feed up", "Lesson study", "Coherente organisatie", "TPACK",
                                 "Nieuwkomer", "Pionier", "Transformatief leren", "Gemeenschappelijk repertoire",
                                 "Professioneel kapitaal", "AI Act"}) {
    BOOST_TEST(contains(all, word), word);
  }
}

BOOST_AUTO_TEST_CASE(topics_link_to_the_terms_they_use) {
  const Json links = okValueOf("glossaryLinks", Json{{"guide", "icoach"}})["topics"];
  BOOST_REQUIRE(links.contains("icoach-1-1"));  // "Didactisch redeneren met TPACK"
  BOOST_CHECK_EQUAL(links["icoach-1-1"][0]["id"].get<std::string>(), "begrip-tpack");
  expectErrorOf("glossaryLinks", Json{{"guide", "bestaat-niet"}}, "not_found");
}

BOOST_AUTO_TEST_SUITE_END()

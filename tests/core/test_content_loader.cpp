#define BOOST_TEST_MODULE content_loader
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "samenwijs/content_loader.hpp"
#include "samenwijs/json_reader.hpp"
#include "test_support.hpp"

using samenwijs::Content;
using samenwijs::ContentLoader;
using samenwijs::IssueList;
using samenwijs::Json;
using samenwijs_test::findIssue;
using samenwijs_test::formatAll;

namespace {

Json parsed(const char* text) {
  Json j = Json::parse(text, nullptr, false);
  BOOST_REQUIRE(!j.is_discarded());
  return j;
}

// A tiny but complete content set; each test breaks it in one way.
struct Mini {
  Json sources = parsed(R"json({"sources": [
    {"id": "bron-a", "kind": "document", "title": "Testbron", "publisher": "Samenwijs", "year": 2024,
     "url": "https://example.org/a", "description": "Alleen voor tests."}]})json");
  Json themes = parsed(R"json({
    "themes": [
      {"id": "onderwijsleerproces", "title": "Onderwijsleerproces", "description": "Ict in de les."},
      {"id": "omgeving", "title": "Omgeving", "description": "Buiten de school."}],
    "policyThemes": [{"id": "avg", "title": "AVG", "description": "Privacy."}]})json");
  Json tags = parsed(R"json({"tags": [{"id": "didactiek", "title": "Didactiek"}, {"id": "privacy", "title": "Privacy"},
                                  {"id": "omgeving", "title": "Omgeving (tag)"}]})json");
  Json guide = parsed(R"json({
    "id": "mini", "kind": "figure", "title": "Mini", "order": 1, "summary": "Een kleine gids.",
    "role": ["Een alinea."], "sources": [{"source": "bron-a", "section": "Inleiding"}],
    "mainQuestions": [{
      "id": "mini-1a", "number": "1a", "theme": "onderwijsleerproces", "title": "Ict in de les",
      "question": "Hoe helpt ict je leerlingen?", "intro": "Een inleiding.",
      "source": {"source": "bron-a", "section": "Hoofdvraag 1a"},
      "topics": [{
        "id": "mini-1-1", "number": "1.1", "title": "Eerst het doel", "text": "Uitleg.",
        "policyThemes": ["avg"], "tags": ["didactiek", "privacy"],
        "questions": [{"id": "mini-1-1-v1", "text": "Welk lesdoel past hierbij?"},
                      {"id": "mini-1-1-v2", "text": "Wat leren je leerlingen ervan?"}],
        "source": {"source": "bron-a", "section": "Onderwerp 1.1"}}],
      "readingTips": [{"id": "mini-1a-lt1", "title": "Een leestip", "publisher": "Samenwijs",
                       "url": "https://example.org/tip", "description": "Helpt.",
                       "source": {"source": "bron-a", "section": "Leestips"}}]}]})json");
  Json framework = parsed(R"json({
    "id": "mini", "version": 1, "title": "Mini-zelfscan", "audience": "leraar", "summary": "Klein.",
    "description": ["Alinea."], "estimatedMinutes": 5, "notes": "Tests.",
    "sources": [{"source": "bron-a", "section": "Kader"}],
    "scale": {"levels": [
      {"value": 1, "label": "Een", "description": "1."}, {"value": 2, "label": "Twee", "description": "2."},
      {"value": 3, "label": "Drie", "description": "3."}, {"value": 4, "label": "Vier", "description": "4."},
      {"value": 5, "label": "Vijf", "description": "5."}, {"value": 6, "label": "Zes", "description": "6."}],
      "notApplicable": "N.v.t."},
    "minimumAnswered": 2,
    "domains": [{"id": "mini-a", "code": "A", "title": "Didactiek", "description": "Ict in de les.",
      "competences": [{"id": "mini-a-didactiek", "title": "Ict inzetten", "description": "Doelgericht.",
        "tags": ["didactiek"], "source": {"source": "bron-a", "section": "Kerntaak A"},
        "items": [{"id": "mini-a-didactiek-1", "text": "Ik kies ict bij mijn doel.", "levels": ["1", "2", "3", "4", "5", "6"]},
                  {"id": "mini-a-didactiek-2", "text": "Ik overleg.", "levels": ["1", "2", "3", "4", "5", "6"]}]}]}]})json");
  std::vector<std::pair<std::string, Json>> extraGuides;

  Json& topic() { return guide["mainQuestions"][0]["topics"][0]; }
  Json& competence() { return framework["domains"][0]["competences"][0]; }

  void addTo(ContentLoader& loader) const {
    loader.addSources("sources.json", samenwijs::dumpJson(sources));
    loader.addThemes("themes.json", samenwijs::dumpJson(themes));
    loader.addTags("tags.json", samenwijs::dumpJson(tags));
    loader.addGuide("guides/mini.json", samenwijs::dumpJson(guide, 2));
    for (const auto& [file, g] : extraGuides) loader.addGuide(file, samenwijs::dumpJson(g));
    loader.addFramework("frameworks/mini.json", samenwijs::dumpJson(framework, 2));
  }
};

// Loads `mini` and returns the issues (finish() must then fail).
IssueList issuesOf(const Mini& mini) {
  ContentLoader loader;
  mini.addTo(loader);
  const auto content = loader.finish();
  BOOST_TEST(!content.has_value());
  BOOST_TEST(!loader.issues().empty());
  return loader.issues();
}

// The loaded content must report exactly one issue, at `file` + `pointer`, with `fragment`.
void expectOnly(const Mini& mini, const std::string& file, const std::string& pointer, const std::string& fragment) {
  const IssueList issues = issuesOf(mini);
  BOOST_TEST(issues.size() == 1u, "expected one issue, got:\n" << formatAll(issues));
  BOOST_TEST(findIssue(issues, file, pointer, fragment) != nullptr,
             "no issue " << file << ":" << pointer << " '" << fragment << "' in:\n" << formatAll(issues));
}

// Like expectOnly, but other (follow-up) issues may be reported too.
void expectIssue(const Mini& mini, const std::string& file, const std::string& pointer, const std::string& fragment) {
  const IssueList issues = issuesOf(mini);
  BOOST_TEST(findIssue(issues, file, pointer, fragment) != nullptr,
             "no issue " << file << ":" << pointer << " '" << fragment << "' in:\n" << formatAll(issues));
}

std::optional<Content> loadMini(const Mini& mini, std::string* report = nullptr) {
  ContentLoader loader;
  mini.addTo(loader);
  auto content = loader.finish();
  if (report) *report = formatAll(loader.issues());
  return content;
}

const std::string kGuide = "guides/mini.json";
const std::string kFramework = "frameworks/mini.json";
const std::string kTopic = "/mainQuestions/0/topics/0";
const std::string kCompetence = "/domains/0/competences/0";

}  // namespace

// ---- the real content ------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(real_content)

BOOST_AUTO_TEST_CASE(loads_without_issues) {
  ContentLoader loader;
  samenwijs_test::addFolder(loader, SAMENWIJS_CONTENT_DIR);
  const auto content = loader.finish();
  BOOST_REQUIRE_MESSAGE(content.has_value(), "content/ has issues:\n" << formatAll(loader.issues()));
  BOOST_TEST(loader.issues().empty());

  BOOST_REQUIRE_EQUAL(content->guides.size(), 7u);  // four key figures and three subjects
  BOOST_CHECK_EQUAL(content->guides.front().id, "leraar");
  BOOST_CHECK_EQUAL(content->guides.front().order, 1);
  for (std::size_t i = 1; i < content->guides.size(); ++i) {
    BOOST_TEST(content->guides[i - 1].order < content->guides[i].order, "guides sorted by order");
  }
  std::vector<std::string> guideIds;
  for (const auto& g : content->guides) guideIds.push_back(g.id);
  const std::vector<std::string> expectedGuides = {"leraar", "icoach", "schoolleider", "bestuurder",
                                                   "lerende-organisatie", "leernetwerken", "generatieve-ai"};
  BOOST_TEST(guideIds == expectedGuides, boost::test_tools::per_element());

  BOOST_REQUIRE_EQUAL(content->frameworks.size(), 2u);
  BOOST_CHECK_EQUAL(content->frameworks[0].id, "leidinggevende");
  BOOST_CHECK_EQUAL(content->frameworks[1].id, "leraar");
  for (const auto& fw : content->frameworks) {
    BOOST_CHECK_EQUAL(fw.levels.size(), 6u);
    BOOST_TEST(!fw.domains.empty());
  }

  BOOST_CHECK_EQUAL(content->themes.size(), 4u);
  BOOST_CHECK_EQUAL(content->policyThemes.size(), 3u);
  BOOST_TEST(!content->sources.empty());
  BOOST_TEST(!content->tags.empty());
  for (const auto& g : content->guides) {
    BOOST_TEST(!g.mainQuestions.empty());
    for (const auto& mq : g.mainQuestions) {
      for (const auto& t : mq.topics) {
        BOOST_TEST((t.questions.size() >= 2u && t.questions.size() <= 5u));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(bundle_round_trip_is_identical) {
  const auto content = samenwijs_test::loadRealContent();
  BOOST_REQUIRE(content.has_value());
  const std::string bundle = samenwijs::toBundleJson(*content);
  BOOST_TEST(bundle.size() > 10000u);

  ContentLoader again;
  again.addBundle("content.bundle.json", bundle);
  const auto reloaded = again.finish();
  BOOST_REQUIRE_MESSAGE(reloaded.has_value(), "bundle has issues:\n" << formatAll(again.issues()));
  const std::string bundle2 = samenwijs::toBundleJson(*reloaded);
  BOOST_TEST(bundle2 == bundle);
  BOOST_CHECK_EQUAL(reloaded->guides.size(), content->guides.size());
  BOOST_CHECK_EQUAL(reloaded->guides.front().id, "leraar");
}

BOOST_AUTO_TEST_SUITE_END()

// ---- the tiny content ------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(mini_content)

BOOST_AUTO_TEST_CASE(valid_mini_content_loads) {
  Mini mini;
  std::string report;
  const auto content = loadMini(mini, &report);
  BOOST_REQUIRE_MESSAGE(content.has_value(), report);
  BOOST_CHECK_EQUAL(content->guides.size(), 1u);
  BOOST_CHECK_EQUAL(content->frameworks.size(), 1u);
  const auto& topic = content->guides[0].mainQuestions[0].topics[0];
  BOOST_CHECK_EQUAL(topic.title, "Eerst het doel");
  BOOST_CHECK_EQUAL(topic.questions.size(), 2u);
  BOOST_CHECK_EQUAL(topic.source.section, "Onderwerp 1.1");
  BOOST_CHECK_EQUAL(content->guides[0].mainQuestions[0].readingTips[0].url, "https://example.org/tip");
  BOOST_CHECK_EQUAL(content->sources[0].year.value_or(0), 2024);
  BOOST_CHECK_EQUAL(content->frameworks[0].domains[0].competences[0].items[1].levels.size(), 6u);
}

BOOST_AUTO_TEST_CASE(mini_bundle_round_trip) {
  Mini mini;
  const auto content = loadMini(mini);
  BOOST_REQUIRE(content.has_value());
  const std::string bundle = samenwijs::toBundleJson(*content);
  ContentLoader again;
  again.addBundle("b.json", bundle);
  const auto reloaded = again.finish();
  BOOST_REQUIRE_MESSAGE(reloaded.has_value(), formatAll(again.issues()));
  BOOST_TEST(samenwijs::toBundleJson(*reloaded) == bundle);
}

BOOST_AUTO_TEST_CASE(guides_sorted_by_order_then_id) {
  // A copy of the mini guide with other ids.
  const auto renamed = [](Json g, const std::string& prefix, int order) {
    g["id"] = prefix;
    g["order"] = order;
    auto& mq = g["mainQuestions"][0];
    mq["id"] = prefix + "-1a";
    mq["topics"][0]["id"] = prefix + "-1-1";
    mq["topics"][0]["questions"][0]["id"] = prefix + "-1-1-v1";
    mq["topics"][0]["questions"][1]["id"] = prefix + "-1-1-v2";
    mq["readingTips"][0]["id"] = prefix + "-1a-lt1";
    return g;
  };
  Mini mini;
  const Json second = renamed(mini.guide, "b-gids", 1);
  const Json third = renamed(mini.guide, "a-gids", 7);
  mini.extraGuides = {{"guides/z.json", third}, {"guides/b.json", second}};
  std::string report;
  const auto content = loadMini(mini, &report);
  BOOST_REQUIRE_MESSAGE(content.has_value(), report);
  BOOST_REQUIRE_EQUAL(content->guides.size(), 3u);
  BOOST_CHECK_EQUAL(content->guides[0].id, "b-gids");  // order 1, "b-gids" < "mini"
  BOOST_CHECK_EQUAL(content->guides[1].id, "mini");
  BOOST_CHECK_EQUAL(content->guides[2].id, "a-gids");  // order 7
}

// ---- missing fields ----

BOOST_AUTO_TEST_CASE(missing_topic_title) {
  Mini mini;
  mini.topic().erase("title");
  expectOnly(mini, kGuide, kTopic + "/title", "verplicht veld ontbreekt");
}

BOOST_AUTO_TEST_CASE(missing_guide_order) {
  Mini mini;
  mini.guide.erase("order");
  expectOnly(mini, kGuide, "/order", "verplicht veld ontbreekt");
}

BOOST_AUTO_TEST_CASE(missing_citation) {
  Mini mini;
  mini.topic().erase("source");
  expectOnly(mini, kGuide, kTopic + "/source", "verplicht veld ontbreekt (bronvermelding)");
}

BOOST_AUTO_TEST_CASE(missing_citation_section) {
  Mini mini;
  mini.guide["mainQuestions"][0]["source"].erase("section");
  expectOnly(mini, kGuide, "/mainQuestions/0/source/section", "verplicht veld ontbreekt");
}

BOOST_AUTO_TEST_CASE(missing_framework_scale) {
  Mini mini;
  mini.framework.erase("scale");
  expectIssue(mini, kFramework, "/scale", "verplicht veld ontbreekt");
}

BOOST_AUTO_TEST_CASE(missing_source_description) {
  Mini mini;
  mini.sources["sources"][0].erase("description");
  expectOnly(mini, "sources.json", "/sources/0/description", "verplicht veld ontbreekt");
}

BOOST_AUTO_TEST_CASE(missing_questions_list) {
  Mini mini;
  mini.topic().erase("questions");
  expectOnly(mini, kGuide, kTopic + "/questions", "verplicht veld ontbreekt");
}

BOOST_AUTO_TEST_CASE(missing_files) {
  ContentLoader loader;
  Mini mini;
  loader.addGuide("guides/mini.json", samenwijs::dumpJson(mini.guide));
  BOOST_TEST(!loader.finish().has_value());
  const auto& issues = loader.issues();
  BOOST_TEST(findIssue(issues, "sources.json", "", "de lijst met bronnen ontbreekt") != nullptr);
  BOOST_TEST(findIssue(issues, "themes.json", "", "de lijst met thema's ontbreekt") != nullptr);
  BOOST_TEST(findIssue(issues, "tags.json", "", "de lijst met tags ontbreekt") != nullptr);
}

// ---- wrong types ----

BOOST_AUTO_TEST_CASE(order_as_string) {
  Mini mini;
  mini.guide["order"] = "1";
  expectOnly(mini, kGuide, "/order", "verwacht een geheel getal, gevonden: tekst");
}

BOOST_AUTO_TEST_CASE(title_as_number) {
  Mini mini;
  mini.topic()["title"] = 5;
  expectOnly(mini, kGuide, kTopic + "/title", "verwacht tekst, gevonden: een getal");
}

BOOST_AUTO_TEST_CASE(estimated_minutes_as_string) {
  Mini mini;
  mini.framework["estimatedMinutes"] = "15";
  expectOnly(mini, kFramework, "/estimatedMinutes", "verwacht een geheel getal, gevonden: tekst");
}

BOOST_AUTO_TEST_CASE(tags_as_string) {
  Mini mini;
  mini.topic()["tags"] = "didactiek";
  expectIssue(mini, kGuide, kTopic + "/tags", "verwacht een lijst, gevonden: tekst");
}

BOOST_AUTO_TEST_CASE(question_as_array) {
  Mini mini;
  mini.topic()["questions"][1] = Json::array({"Wat leer je?"});
  expectIssue(mini, kGuide, kTopic + "/questions/1", "verwacht een object, gevonden: een lijst");
}

BOOST_AUTO_TEST_CASE(tag_entry_as_number) {
  Mini mini;
  mini.topic()["tags"][1] = 3;
  expectOnly(mini, kGuide, kTopic + "/tags/1", "verwacht tekst, gevonden: een getal");
}

BOOST_AUTO_TEST_CASE(empty_text) {
  Mini mini;
  mini.topic()["text"] = "  ";
  expectOnly(mini, kGuide, kTopic + "/text", "mag niet leeg zijn");
}

BOOST_AUTO_TEST_CASE(order_out_of_range) {
  Mini mini;
  mini.guide["order"] = 0;
  expectOnly(mini, kGuide, "/order", "getal moet tussen 1 en 1000 liggen");
}

BOOST_AUTO_TEST_CASE(invalid_kind) {
  Mini mini;
  mini.guide["kind"] = "persoon";
  expectOnly(mini, kGuide, "/kind", "moet 'figure' (sleutelfiguur) of 'subject' (onderwerp) zijn");
  Mini mini2;
  mini2.sources["sources"][0]["kind"] = "boek";
  expectOnly(mini2, "sources.json", "/sources/0/kind", "moet 'document' of 'framework' zijn");
}

BOOST_AUTO_TEST_CASE(unknown_key) {
  Mini mini;
  mini.topic()["titel"] = "tikfout";
  expectOnly(mini, kGuide, kTopic + "/titel", "onbekend veld 'titel' (tikfout?)");
  Mini mini2;
  mini2.framework["scale"]["niveaus"] = Json::array();
  expectOnly(mini2, kFramework, "/scale/niveaus", "onbekend veld 'niveaus'");
}

BOOST_AUTO_TEST_CASE(file_is_not_an_object) {
  ContentLoader loader;
  loader.addGuide("guides/lijst.json", "[1, 2]");
  BOOST_TEST(findIssue(loader.issues(), "guides/lijst.json", "", "het bestand moet een JSON-object zijn") != nullptr);
}

BOOST_AUTO_TEST_CASE(file_with_invalid_json) {
  ContentLoader loader;
  loader.addGuide("guides/kapot.json", "{\"id\": \"x\",");
  loader.addFramework("frameworks/leeg.json", "");
  BOOST_TEST(findIssue(loader.issues(), "guides/kapot.json", "", "dit is geen geldige JSON") != nullptr);
  BOOST_TEST(findIssue(loader.issues(), "frameworks/leeg.json", "", "het bestand is leeg") != nullptr);
  BOOST_CHECK_EQUAL(loader.issues().size(), 2u);
}

// ---- ids ----

BOOST_AUTO_TEST_CASE(duplicate_id_same_namespace_same_file) {
  Mini mini;
  mini.topic()["questions"][1]["id"] = "mini-1-1-v1";
  expectOnly(mini, kGuide, kTopic + "/questions/1/id",
             "id 'mini-1-1-v1' komt al voor in guides/mini.json op /mainQuestions/0/topics/0/questions/0/id");
}

BOOST_AUTO_TEST_CASE(duplicate_id_across_kinds_of_guidance) {
  // A topic and a reading tip share the guidance namespace.
  Mini mini;
  mini.guide["mainQuestions"][0]["readingTips"][0]["id"] = "mini-1-1";
  expectOnly(mini, kGuide, "/mainQuestions/0/readingTips/0/id",
             "id 'mini-1-1' komt al voor in guides/mini.json op /mainQuestions/0/topics/0/id");
}

BOOST_AUTO_TEST_CASE(duplicate_id_across_files) {
  Mini mini;
  Json other = parsed(R"json({
    "id": "ander", "kind": "subject", "title": "Ander", "order": 2, "summary": "Nog een gids.",
    "role": ["Alinea."], "sources": [{"source": "bron-a", "section": "x"}],
    "mainQuestions": [{"id": "ander-1", "number": "1", "theme": "omgeving", "title": "T",
      "question": "Vraag?", "intro": "I.", "source": {"source": "bron-a", "section": "x"},
      "topics": [{"id": "mini-1-1", "number": "1.1", "title": "T", "text": "T.", "tags": ["privacy"],
        "questions": [{"id": "ander-v1", "text": "Een?"}, {"id": "ander-v2", "text": "Twee?"}],
        "source": {"source": "bron-a", "section": "x"}}]}]})json");
  mini.extraGuides = {{"guides/ander.json", other}};
  expectOnly(mini, "guides/ander.json", "/mainQuestions/0/topics/0/id",
             "id 'mini-1-1' komt al voor in guides/mini.json op /mainQuestions/0/topics/0/id");
}

BOOST_AUTO_TEST_CASE(duplicate_framework_item_id) {
  Mini mini;
  mini.competence()["items"][1]["id"] = "mini-a-didactiek-1";
  expectOnly(mini, kFramework, kCompetence + "/items/1/id",
             "komt al voor in frameworks/mini.json op /domains/0/competences/0/items/0/id");
}

BOOST_AUTO_TEST_CASE(duplicate_source_and_tag_ids) {
  Mini mini;
  mini.sources["sources"].push_back(mini.sources["sources"][0]);
  expectOnly(mini, "sources.json", "/sources/1/id", "id 'bron-a' komt al voor in sources.json op /sources/0/id");
  Mini mini2;
  mini2.tags["tags"][1]["id"] = "didactiek";
  // The topic's reference to "privacy" now dangles as well.
  expectIssue(mini2, "tags.json", "/tags/1/id", "id 'didactiek' komt al voor in tags.json op /tags/0/id");
}

BOOST_AUTO_TEST_CASE(same_id_in_different_namespaces_is_allowed) {
  // The mini guide and the mini framework are both "mini"; the tag "omgeving" and the
  // theme "omgeving" share an id as well (as in the real content).
  Mini mini;
  BOOST_CHECK_EQUAL(mini.guide["id"], mini.framework["id"]);
  mini.guide["mainQuestions"][0]["theme"] = "omgeving";
  mini.topic()["tags"].push_back("omgeving");
  // A domain id equal to a guidance id.
  mini.framework["domains"][0]["id"] = "mini-1a";
  std::string report;
  const auto content = loadMini(mini, &report);
  BOOST_TEST(content.has_value(), report);
}

BOOST_AUTO_TEST_CASE(invalid_id_formats) {
  const std::vector<std::string> ids = {"Mini", "mini--a", "-mini", "mini-", "mini_a", "mini a", "miné", "mini.a",
                                        std::string(81, 'a')};
  for (const std::string& id : ids) {
    BOOST_TEST_CONTEXT("id '" << id << "'") {
      Mini mini;
      mini.topic()["id"] = id;
      expectOnly(mini, kGuide, kTopic + "/id", "ongeldige id '" + id + "'");
    }
  }
}

BOOST_AUTO_TEST_CASE(valid_id_formats) {
  const std::vector<std::string> ids = {"a", "1", "a1-b2-c3", "x-9", std::string(80, 'z')};
  for (const std::string& id : ids) {
    BOOST_TEST_CONTEXT("id '" << id << "'") {
      Mini mini;
      mini.topic()["id"] = id;
      std::string report;
      BOOST_TEST(loadMini(mini, &report).has_value(), report);
    }
  }
}

BOOST_AUTO_TEST_CASE(invalid_framework_id) {
  Mini mini;
  mini.framework["id"] = "Mini_Scan";
  expectOnly(mini, kFramework, "/id", "ongeldige id 'Mini_Scan': gebruik kleine letters, cijfers en losse koppeltekens");
}

// ---- references ----

BOOST_AUTO_TEST_CASE(unknown_source) {
  Mini mini;
  mini.topic()["source"]["source"] = "bron-x";
  expectOnly(mini, kGuide, kTopic + "/source/source", "verwijst naar onbekende bron (sources.json) 'bron-x'");
  Mini mini2;
  mini2.framework["sources"][0]["source"] = "bron-y";
  expectOnly(mini2, kFramework, "/sources/0/source", "verwijst naar onbekende bron (sources.json) 'bron-y'");
}

BOOST_AUTO_TEST_CASE(unknown_theme) {
  Mini mini;
  mini.guide["mainQuestions"][0]["theme"] = "cultuur";
  expectOnly(mini, kGuide, "/mainQuestions/0/theme", "verwijst naar onbekende thema (themes.json) 'cultuur'");
  // A policy theme is not a theme.
  Mini mini2;
  mini2.guide["mainQuestions"][0]["theme"] = "avg";
  expectOnly(mini2, kGuide, "/mainQuestions/0/theme", "onbekende thema (themes.json) 'avg'");
}

BOOST_AUTO_TEST_CASE(unknown_policy_theme) {
  Mini mini;
  mini.topic()["policyThemes"] = Json::array({"avg", "veiligheid"});
  expectOnly(mini, kGuide, kTopic + "/policyThemes/1", "verwijst naar onbekende beleidsthema (themes.json) 'veiligheid'");
  // A theme is not a policy theme.
  Mini mini2;
  mini2.topic()["policyThemes"] = Json::array({"omgeving"});
  expectOnly(mini2, kGuide, kTopic + "/policyThemes/0", "onbekende beleidsthema (themes.json) 'omgeving'");
}

BOOST_AUTO_TEST_CASE(unknown_tag) {
  Mini mini;
  mini.topic()["tags"][1] = "privatie";
  expectOnly(mini, kGuide, kTopic + "/tags/1", "verwijst naar onbekende tag (tags.json) 'privatie'");
  Mini mini2;
  mini2.competence()["tags"] = Json::array({"didactiek", "ethiek"});
  expectOnly(mini2, kFramework, kCompetence + "/tags/1", "verwijst naar onbekende tag (tags.json) 'ethiek'");
}

BOOST_AUTO_TEST_CASE(empty_tag_list) {
  Mini mini;
  mini.topic()["tags"] = Json::array();
  expectOnly(mini, kGuide, kTopic + "/tags", "geef minstens één tag");
}

// ---- guidance rules ----

BOOST_AUTO_TEST_CASE(question_without_question_mark) {
  Mini mini;
  mini.topic()["questions"][1]["text"] = "Wat leren je leerlingen ervan.";
  expectOnly(mini, kGuide, kTopic + "/questions/1/text", "een gespreksvraag eindigt met een vraagteken");
  Mini mini2;
  mini2.guide["mainQuestions"][0]["question"] = "Hoe helpt ict je leerlingen";
  expectOnly(mini2, kGuide, "/mainQuestions/0/question", "een hoofdvraag eindigt met een vraagteken");
}

BOOST_AUTO_TEST_CASE(question_mark_followed_by_whitespace_is_fine) {
  Mini mini;
  mini.topic()["questions"][1]["text"] = "Wat leren je leerlingen ervan? \n";
  std::string report;
  BOOST_TEST(loadMini(mini, &report).has_value(), report);
}

BOOST_AUTO_TEST_CASE(one_question_in_topic) {
  Mini mini;
  mini.topic()["questions"].erase(1);
  expectOnly(mini, kGuide, kTopic + "/questions", "een onderwerp heeft 2 tot 5 gespreksvragen, gevonden: 1");
}

BOOST_AUTO_TEST_CASE(six_questions_in_topic) {
  Mini mini;
  for (int i = 3; i <= 6; ++i) {
    mini.topic()["questions"].push_back({{"id", "mini-1-1-v" + std::to_string(i)}, {"text", "Vraag " + std::to_string(i) + "?"}});
  }
  expectOnly(mini, kGuide, kTopic + "/questions", "een onderwerp heeft 2 tot 5 gespreksvragen, gevonden: 6");
}

BOOST_AUTO_TEST_CASE(five_questions_in_topic_is_fine) {
  Mini mini;
  for (int i = 3; i <= 5; ++i) {
    mini.topic()["questions"].push_back({{"id", "mini-1-1-v" + std::to_string(i)}, {"text", "Vraag " + std::to_string(i) + "?"}});
  }
  std::string report;
  BOOST_TEST(loadMini(mini, &report).has_value(), report);
}

BOOST_AUTO_TEST_CASE(no_topics_or_main_questions) {
  Mini mini;
  mini.guide["mainQuestions"][0]["topics"] = Json::array();
  expectOnly(mini, kGuide, "/mainQuestions/0/topics", "een hoofdvraag heeft minstens één onderwerp");
  Mini mini2;
  mini2.guide["mainQuestions"] = Json::array();
  expectOnly(mini2, kGuide, "/mainQuestions", "een gids heeft minstens één hoofdvraag");
}

BOOST_AUTO_TEST_CASE(url_without_https) {
  Mini mini;
  mini.guide["mainQuestions"][0]["readingTips"][0]["url"] = "http://example.org/tip";
  expectOnly(mini, kGuide, "/mainQuestions/0/readingTips/0/url", "een link moet met https:// beginnen");
  Mini mini2;
  mini2.guide["mainQuestions"][0]["readingTips"][0]["url"] = "https://example.org/met spatie";
  expectOnly(mini2, kGuide, "/mainQuestions/0/readingTips/0/url", "mag geen spaties bevatten");
  Mini mini3;
  mini3.sources["sources"][0]["url"] = "www.example.org";
  expectOnly(mini3, "sources.json", "/sources/0/url", "een link moet met https:// beginnen");
}

BOOST_AUTO_TEST_CASE(year_out_of_range) {
  Mini mini;
  mini.guide["mainQuestions"][0]["readingTips"][0]["year"] = 3000;
  expectOnly(mini, kGuide, "/mainQuestions/0/readingTips/0/year", "getal moet tussen 1900 en 2100 liggen");
}

// ---- framework rules ----

BOOST_AUTO_TEST_CASE(scale_with_five_levels) {
  Mini mini;
  mini.framework["scale"]["levels"].erase(5);
  for (auto& item : mini.competence()["items"]) item["levels"].erase(5);
  expectOnly(mini, kFramework, "/scale/levels", "een schaal heeft precies 6 niveaus");
}

BOOST_AUTO_TEST_CASE(scale_levels_out_of_order) {
  Mini mini;
  mini.framework["scale"]["levels"][2]["value"] = 4;
  mini.framework["scale"]["levels"][3]["value"] = 3;
  const IssueList issues = issuesOf(mini);
  BOOST_TEST(findIssue(issues, kFramework, "/scale/levels/2/value", "niveaus lopen op van 1 tot en met 6") != nullptr,
             formatAll(issues));
  BOOST_TEST(findIssue(issues, kFramework, "/scale/levels/3/value", "niveaus lopen op van 1 tot en met 6") != nullptr,
             formatAll(issues));
  BOOST_CHECK_EQUAL(issues.size(), 2u);
}

BOOST_AUTO_TEST_CASE(item_with_wrong_number_of_descriptors) {
  Mini mini;
  mini.competence()["items"][1]["levels"].erase(0);
  expectOnly(mini, kFramework, kCompetence + "/items/1/levels",
             "geef precies één omschrijving per niveau (6), gevonden: 5");
  Mini mini2;
  mini2.competence()["items"][0]["levels"].push_back("7");
  expectOnly(mini2, kFramework, kCompetence + "/items/0/levels",
             "geef precies één omschrijving per niveau (6), gevonden: 7");
}

BOOST_AUTO_TEST_CASE(item_with_empty_descriptor) {
  Mini mini;
  mini.competence()["items"][0]["levels"][3] = " ";
  expectOnly(mini, kFramework, kCompetence + "/items/0/levels/3", "mag niet leeg zijn");
}

BOOST_AUTO_TEST_CASE(competence_with_fewer_items_than_minimum) {
  Mini mini;
  mini.framework["minimumAnswered"] = 3;
  expectOnly(mini, kFramework, kCompetence + "/items", "een competentie heeft minstens 3 uitspraken nodig (minimumAnswered)");
  Mini mini2;
  mini2.competence()["items"] = Json::array();
  expectOnly(mini2, kFramework, kCompetence + "/items", "minstens 2 uitspraken");
}

BOOST_AUTO_TEST_CASE(framework_without_domains_or_competences) {
  Mini mini;
  mini.framework["domains"][0]["competences"] = Json::array();
  expectOnly(mini, kFramework, "/domains/0/competences", "een domein heeft minstens één competentie");
  Mini mini2;
  mini2.framework["domains"] = Json::array();
  expectOnly(mini2, kFramework, "/domains", "een raamwerk heeft minstens één domein");
}

// ---- bundle ----

BOOST_AUTO_TEST_CASE(broken_bundles) {
  {
    ContentLoader loader;
    loader.addBundle("b.json", "{}");
    BOOST_TEST(!loader.finish().has_value());
    BOOST_TEST(findIssue(loader.issues(), "b.json", "/sources", "verplicht veld ontbreekt") != nullptr);
    BOOST_TEST(findIssue(loader.issues(), "b.json", "/guides", "verplicht veld ontbreekt") != nullptr);
    BOOST_TEST(findIssue(loader.issues(), "b.json", "/frameworks", "verplicht veld ontbreekt") != nullptr);
  }
  {
    ContentLoader loader;
    loader.addBundle("b.json", "niet eens json");
    BOOST_TEST(!loader.finish().has_value());
    BOOST_TEST(findIssue(loader.issues(), "b.json", "", "dit is geen geldige JSON") != nullptr);
  }
  {
    Mini mini;
    const auto content = loadMini(mini);
    BOOST_REQUIRE(content.has_value());
    Json bundle = Json::parse(samenwijs::toBundleJson(*content), nullptr, false);
    BOOST_REQUIRE(!bundle.is_discarded());
    bundle["guides"][0]["mainQuestions"][0]["topics"][0]["questions"][0]["text"] = "Geen vraag.";
    ContentLoader loader;
    loader.addBundle("b.json", samenwijs::dumpJson(bundle));
    BOOST_TEST(!loader.finish().has_value());
    BOOST_CHECK_EQUAL(loader.issues().size(), 1u);
    BOOST_TEST(findIssue(loader.issues(), "b.json", "/guides/0/mainQuestions/0/topics/0/questions/0/text",
                         "vraagteken") != nullptr,
               formatAll(loader.issues()));
  }
}

BOOST_AUTO_TEST_SUITE_END()

#define BOOST_TEST_MODULE api
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "samenwijs/api.hpp"
#include "samenwijs/content_loader.hpp"
#include "test_support.hpp"

using samenwijs::Json;

using samenwijs_test::api;
using samenwijs_test::contains;
using samenwijs_test::content;
using samenwijs_test::Envelope;

namespace {

// This file checks every answer against the whole envelope shape (Envelope::Full):
// {"ok":true,"value":...} or {"ok":false,"error":{"code":"...","message":"..."}}.
Json envelope(const std::string& text) { return samenwijs_test::envelope(text, Envelope::Full); }
Json okValue(const std::string& method, const std::string& args) {
  return samenwijs_test::okValue(method, args, {}, Envelope::Full);
}
Json okValueOf(const std::string& method, const Json& args) {
  return samenwijs_test::okValueOf(method, args, {}, Envelope::Full);
}
Json expectError(const std::string& method, const std::string& args, const std::string& code) {
  return samenwijs_test::expectError(method, args, code, Envelope::Full);
}
Json expectErrorOf(const std::string& method, const Json& args, const std::string& code) {
  return samenwijs_test::expectErrorOf(method, args, code, Envelope::Full);
}

const std::vector<std::string> kGuidanceMethods = {"overview", "guide", "lookup", "browse", "search", "sources"};

}  // namespace

// ---- every method, successful ----------------------------------------------------------

BOOST_AUTO_TEST_SUITE(methods)

BOOST_AUTO_TEST_CASE(overview) {
  const Json v = okValue("overview", "{}");
  BOOST_REQUIRE(v["guides"].is_array());
  BOOST_REQUIRE_EQUAL(v["guides"].size(), 7u);  // four key figures and three subjects
  BOOST_CHECK_EQUAL(v["guides"][0]["id"].get<std::string>(), "leraar");
  for (const auto& g : v["guides"]) {
    for (const char* key : {"id", "kind", "title", "summary"}) BOOST_TEST(g[key].is_string());
    for (const char* key : {"mainQuestions", "topics", "questions", "readingTips"}) BOOST_TEST(g[key].is_number_unsigned());
    BOOST_TEST(g["topics"].get<int>() > 0);
  }
  BOOST_REQUIRE_EQUAL(v["frameworks"].size(), 2u);
  for (const auto& fw : v["frameworks"]) {
    BOOST_TEST(fw["id"].is_string());
    BOOST_TEST(fw["items"].get<int>() > 0);
    BOOST_TEST(fw["competences"].get<int>() > 0);
  }
  BOOST_CHECK_EQUAL(v["themes"].size(), 4u);
  BOOST_CHECK_EQUAL(v["policyThemes"].size(), 3u);
  BOOST_CHECK_EQUAL(v["tags"].size(), content().tags.size());
  BOOST_CHECK_EQUAL(v["counts"]["guides"].get<std::size_t>(), 7u);
  BOOST_CHECK_EQUAL(v["counts"]["sources"].get<std::size_t>(), content().sources.size());
  std::size_t topics = 0, questions = 0;
  for (const auto& g : content().guides) {
    for (const auto& mq : g.mainQuestions) {
      topics += mq.topics.size();
      for (const auto& t : mq.topics) questions += t.questions.size();
    }
  }
  BOOST_CHECK_EQUAL(v["counts"]["topics"].get<std::size_t>(), topics);
  BOOST_CHECK_EQUAL(v["counts"]["questions"].get<std::size_t>(), questions);
  // Empty args mean {} and null members are ignored.
  BOOST_TEST(okValue("overview", "") == v);
}

BOOST_AUTO_TEST_CASE(guide) {
  for (const auto& g : content().guides) {
    const Json v = okValueOf("guide", Json{{"id", g.id}});
    BOOST_CHECK_EQUAL(v["id"].get<std::string>(), g.id);
    BOOST_CHECK_EQUAL(v["title"].get<std::string>(), g.title);
    BOOST_CHECK_EQUAL(v["order"].get<int>(), g.order);
    BOOST_REQUIRE(v["mainQuestions"].is_array());
    BOOST_CHECK_EQUAL(v["mainQuestions"].size(), g.mainQuestions.size());
    const Json& mq = v["mainQuestions"][0];
    BOOST_TEST(mq["question"].is_string());
    BOOST_TEST(mq["topics"].is_array());
    BOOST_TEST(mq["topics"][0]["questions"].is_array());
    BOOST_TEST(mq["topics"][0]["source"]["source"].is_string());
    BOOST_TEST(mq["readingTips"].is_array());
  }
}

BOOST_AUTO_TEST_CASE(lookup_every_kind) {
  const auto& g = content().guides[1];
  const auto& mq = g.mainQuestions[0];
  const auto& t = mq.topics[0];
  {
    const Json v = okValueOf("lookup", Json{{"id", g.id}});
    BOOST_CHECK_EQUAL(v["kind"].get<std::string>(), "guide");
    BOOST_CHECK_EQUAL(v["guide"].get<std::string>(), g.id);
    BOOST_CHECK_EQUAL(v["guideTitle"].get<std::string>(), g.title);
    BOOST_TEST(!v.contains("mainQuestion"));
  }
  {
    const Json v = okValueOf("lookup", Json{{"id", mq.id}});
    BOOST_CHECK_EQUAL(v["kind"].get<std::string>(), "mainQuestion");
    BOOST_CHECK_EQUAL(v["mainQuestion"].get<std::string>(), mq.id);
    BOOST_CHECK_EQUAL(v["mainQuestionTitle"].get<std::string>(), mq.title);
    BOOST_CHECK_EQUAL(v["theme"].get<std::string>(), mq.theme);
    BOOST_TEST(!v.contains("topic"));
  }
  {
    const Json v = okValueOf("lookup", Json{{"id", t.id}});
    BOOST_CHECK_EQUAL(v["kind"].get<std::string>(), "topic");
    BOOST_CHECK_EQUAL(v["topic"].get<std::string>(), t.id);
    BOOST_CHECK_EQUAL(v["topicTitle"].get<std::string>(), t.title);
    BOOST_CHECK_EQUAL(v["topicNumber"].get<std::string>(), t.number);
    BOOST_CHECK_EQUAL(v["guide"].get<std::string>(), g.id);
  }
  {
    const Json v = okValueOf("lookup", Json{{"id", t.questions[1].id}});
    BOOST_CHECK_EQUAL(v["kind"].get<std::string>(), "question");
    BOOST_CHECK_EQUAL(v["text"].get<std::string>(), t.questions[1].text);
    BOOST_CHECK_EQUAL(v["topic"].get<std::string>(), t.id);
    BOOST_CHECK_EQUAL(v["mainQuestion"].get<std::string>(), mq.id);
  }
  // A reading tip, wherever the first one is.
  bool sawTip = false;
  for (const auto& guide : content().guides) {
    for (const auto& m : guide.mainQuestions) {
      if (m.readingTips.empty() || sawTip) continue;
      const Json v = okValueOf("lookup", Json{{"id", m.readingTips[0].id}});
      BOOST_CHECK_EQUAL(v["kind"].get<std::string>(), "readingTip");
      BOOST_CHECK_EQUAL(v["text"].get<std::string>(), m.readingTips[0].title);
      BOOST_CHECK_EQUAL(v["mainQuestion"].get<std::string>(), m.id);
      sawTip = true;
    }
  }
  BOOST_TEST(sawTip);
}

BOOST_AUTO_TEST_CASE(browse_all_and_filtered) {
  const Json all = okValue("browse", "{}");
  BOOST_REQUIRE(all["groups"].is_array());
  std::size_t topics = 0;
  for (const auto& g : content().guides) {
    for (const auto& mq : g.mainQuestions) topics += mq.topics.size();
  }
  BOOST_CHECK_EQUAL(all["topicCount"].get<std::size_t>(), topics);
  for (const auto& group : all["groups"]) {
    BOOST_TEST(group["guide"].is_string());
    BOOST_TEST(group["guideTitle"].is_string());
    BOOST_TEST(group["mainQuestion"]["topics"].size() > 0u);
  }

  const Json icoach = okValueOf("browse", Json{{"guide", "icoach"}});
  BOOST_TEST(icoach["groups"].size() > 0u);
  for (const auto& group : icoach["groups"]) BOOST_CHECK_EQUAL(group["guide"].get<std::string>(), "icoach");

  const Json theme = okValueOf("browse", Json{{"theme", "omgeving"}});
  BOOST_TEST(theme["groups"].size() > 0u);
  for (const auto& group : theme["groups"]) BOOST_CHECK_EQUAL(group["mainQuestion"]["theme"].get<std::string>(), "omgeving");

  const Json avg = okValueOf("browse", Json{{"policyTheme", "avg"}, {"guide", nullptr}});
  std::size_t count = 0;
  BOOST_TEST(avg["groups"].size() > 0u);
  for (const auto& group : avg["groups"]) {
    for (const auto& t : group["mainQuestion"]["topics"]) {
      const auto policy = t["policyThemes"].get<std::vector<std::string>>();
      BOOST_TEST((std::find(policy.begin(), policy.end(), "avg") != policy.end()));
      ++count;
    }
  }
  BOOST_CHECK_EQUAL(avg["topicCount"].get<std::size_t>(), count);
  BOOST_TEST(count < topics);
}

BOOST_AUTO_TEST_CASE(search) {
  const Json v = okValueOf("search", Json{{"query", "digitale geletterdheid"}});
  BOOST_CHECK_EQUAL(v["query"].get<std::string>(), "digitale geletterdheid");
  BOOST_REQUIRE(v["hits"].is_array());
  BOOST_REQUIRE(v["hits"].size() > 0u);
  double previous = 1e300;
  for (const auto& hit : v["hits"]) {
    for (const char* key : {"id", "kind", "place", "route", "title"}) BOOST_TEST(hit[key].is_string(), key);
    if (hit.contains("guide")) BOOST_TEST(hit["guideTitle"].is_string());
    BOOST_TEST(hit["score"].is_number());
    BOOST_TEST(hit["score"].get<double>() <= previous);
    previous = hit["score"].get<double>();
    BOOST_REQUIRE(hit["matches"].is_array());
    BOOST_TEST(hit["matches"].size() > 0u);
    for (const auto& m : hit["matches"]) {
      BOOST_TEST(m["field"].is_string());
      BOOST_TEST(m["text"].is_string());
      for (const auto& r : m["ranges"]) {
        BOOST_REQUIRE(r.is_array());
        BOOST_REQUIRE_EQUAL(r.size(), 2u);
        BOOST_TEST(r[1].get<int>() > 0);
      }
    }
  }
  // Limit and filters.
  const Json two = okValueOf("search", Json{{"query", "leerlingen"}, {"limit", 2}});
  BOOST_CHECK_EQUAL(two["hits"].size(), 2u);
  const Json one = okValueOf("search", Json{{"query", "leerlingen"}, {"limit", 1}, {"guide", "bestuurder"}});
  BOOST_REQUIRE_EQUAL(one["hits"].size(), 1u);
  BOOST_CHECK_EQUAL(one["hits"][0]["guide"].get<std::string>(), "bestuurder");
  const Json avg = okValueOf("search", Json{{"query", "leerlingen"}, {"policyTheme", "avg"}, {"theme", nullptr}});
  BOOST_TEST(avg["hits"].size() > 0u);
  // No query: no hits, not an error.
  BOOST_CHECK_EQUAL(okValue("search", "{}")["hits"].size(), 0u);
  BOOST_CHECK_EQUAL(okValueOf("search", Json{{"query", "   "}})["hits"].size(), 0u);
  // Exactly 200 bytes is still allowed.
  BOOST_TEST(okValueOf("search", Json{{"query", std::string(200, 'a')}})["hits"].is_array());
}

BOOST_AUTO_TEST_CASE(sources) {
  const Json v = okValue("sources", "{}");
  BOOST_REQUIRE(v["sources"].is_array());
  BOOST_CHECK_EQUAL(v["sources"].size(), content().sources.size());
  for (const auto& s : v["sources"]) {
    BOOST_TEST(s["id"].is_string());
    BOOST_TEST(s["title"].is_string());
  }
  BOOST_REQUIRE(v["readingTips"].is_array());
  std::size_t tips = 0, used = 0;
  for (const auto& g : content().guides) {
    for (const auto& mq : g.mainQuestions) tips += mq.readingTips.size();
  }
  for (const auto& tip : v["readingTips"]) {
    BOOST_TEST(tip["title"].is_string());
    BOOST_REQUIRE(tip["usedIn"].is_array());
    BOOST_TEST(tip["usedIn"].size() > 0u);
    for (const auto& u : tip["usedIn"]) {
      BOOST_TEST(u["guide"].is_string());
      BOOST_TEST(u["tip"].is_string());
    }
    used += tip["usedIn"].size();
  }
  BOOST_CHECK_EQUAL(used, tips);  // every tip is listed once, with every place it is used
  BOOST_TEST(v["readingTips"].size() <= tips);
}

BOOST_AUTO_TEST_SUITE_END()

// ---- errors ----------------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(errors)

BOOST_AUTO_TEST_CASE(unknown_method) {
  const Json e = expectError("bestaatNiet", "{}", "unknown_method");
  BOOST_TEST(contains(e, "Onbekende opdracht"));
  expectError("", "{}", "unknown_method");
  expectError("Overview", "{}", "unknown_method");
  expectError("overview ", "{}", "unknown_method");
}

BOOST_AUTO_TEST_CASE(args_not_an_object) {
  for (const std::string args : {"niet json", "[1, 2]", "[]", "\"tekst\"", "42", "null", "true", "{", "{\"id\": }",
                                 "{} {}"}) {
    BOOST_TEST_CONTEXT("args '" << args << "'") {
      for (const auto& method : kGuidanceMethods) {
        const Json e = expectError(method, args, "bad_request");
        BOOST_TEST(contains(e, "geen geldig JSON-object"));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(wrong_argument_types) {
  BOOST_TEST(contains(expectErrorOf("guide", Json{{"id", 5}}, "invalid_argument"), "'id' moet tekst zijn"));
  expectErrorOf("lookup", Json{{"id", Json::array({"leraar"})}}, "invalid_argument");
  expectErrorOf("lookup", Json{{"id", true}}, "invalid_argument");
  expectErrorOf("search", Json{{"query", 3}}, "invalid_argument");
  expectErrorOf("search", Json{{"query", Json::object()}}, "invalid_argument");
  expectErrorOf("browse", Json{{"guide", 1}}, "invalid_argument");
  expectErrorOf("browse", Json{{"theme", false}}, "invalid_argument");
  expectErrorOf("search", Json{{"query", "ict"}, {"policyTheme", Json::array()}}, "invalid_argument");
  BOOST_TEST(contains(expectErrorOf("search", Json{{"query", "ict"}, {"limit", "5"}}, "invalid_argument"),
                      "'limit' moet een geheel getal zijn"));
  expectErrorOf("search", Json{{"query", "ict"}, {"limit", 2.5}}, "invalid_argument");
  BOOST_TEST(contains(expectErrorOf("search", Json{{"query", "ict"}, {"limit", 0}}, "invalid_argument"),
                      "'limit' moet tussen 1 en 500 liggen"));
  expectErrorOf("search", Json{{"query", "ict"}, {"limit", 10000}}, "invalid_argument");
  expectErrorOf("search", Json{{"query", "ict"}, {"limit", -1}}, "invalid_argument");
  expectError("search", "{\"query\": \"ict\", \"limit\": 18446744073709551615}", "invalid_argument");
  expectError("search", "{\"query\": \"ict\", \"limit\": -9223372036854775808}", "invalid_argument");
  expectError("search", "{\"query\": \"ict\", \"limit\": 1e3}", "invalid_argument");
}

BOOST_AUTO_TEST_CASE(missing_required_argument) {
  BOOST_TEST(contains(expectError("guide", "{}", "invalid_argument"), "'id' ontbreekt"));
  expectErrorOf("guide", Json{{"id", ""}}, "invalid_argument");
  expectErrorOf("lookup", Json{{"id", nullptr}}, "invalid_argument");
}

BOOST_AUTO_TEST_CASE(unknown_filter_values) {
  for (const std::string method : {"browse", "search"}) {
    BOOST_TEST_CONTEXT(method) {
      BOOST_TEST(contains(expectErrorOf(method, Json{{"query", "ict"}, {"guide", "astronaut"}}, "invalid_argument"),
                          "Onbekende sleutelfiguur of onderwerp: 'astronaut'"));
      BOOST_TEST(contains(expectErrorOf(method, Json{{"query", "ict"}, {"theme", "ruimtevaart"}}, "invalid_argument"),
                          "Onbekend thema: 'ruimtevaart'"));
      BOOST_TEST(contains(expectErrorOf(method, Json{{"query", "ict"}, {"policyTheme", "omgeving"}}, "invalid_argument"),
                          "Onbekend beleidsthema: 'omgeving'"));
      // A topic id is not a guide.
      expectErrorOf(method, Json{{"guide", content().guides[0].mainQuestions[0].topics[0].id}}, "invalid_argument");
    }
  }
}

BOOST_AUTO_TEST_CASE(unknown_ids) {
  BOOST_TEST(contains(expectErrorOf("guide", Json{{"id", "bestaat-niet"}}, "not_found"), "bestaan niet"));
  BOOST_TEST(contains(expectErrorOf("lookup", Json{{"id", "bestaat-niet"}}, "not_found"), "bestaat niet"));
  // Ids of other kinds are not guides; framework ids are not guidance.
  expectErrorOf("guide", Json{{"id", content().guides[0].mainQuestions[0].id}}, "not_found");
  expectErrorOf("lookup", Json{{"id", content().frameworks[0].domains[0].id}}, "not_found");
  expectErrorOf("lookup", Json{{"id", "LERAAR"}}, "not_found");
}

BOOST_AUTO_TEST_CASE(very_long_query) {
  BOOST_TEST(contains(expectErrorOf("search", Json{{"query", std::string(201, 'a')}}, "invalid_argument"), "te lang"));
  expectErrorOf("search", Json{{"query", std::string(20000, 'b')}}, "invalid_argument");
  expectErrorOf("search", Json{{"query", std::string(1000000, ' ')}}, "invalid_argument");
  expectErrorOf("lookup", Json{{"id", std::string(20000, 'c')}}, "invalid_argument");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_does_not_abort) {
  const char nul[] = "{\"query\": \"a\0b\"}";
  const std::string withNul(nul, sizeof nul - 1);
  const std::vector<std::string> args = {
      std::string("{\"query\": \"\xff\xfe\"}"),
      std::string("{\"id\": \"leraar\xc3\"}"),
      std::string("{\"\xff\": 1}"),
      std::string("{\"query\": \"\xed\xa0\x80\"}"),  // encoded surrogate
      std::string("{\"query\": \"\\ud800\"}"),        // lone surrogate escape
      withNul,
  };
  for (const auto& a : args) {
    for (const auto& method : kGuidanceMethods) {
      const std::string out = api().call(method, a);
      const Json j = envelope(out);
      BOOST_TEST_CONTEXT(method << " " << a) {
        if (!j["ok"].get<bool>()) BOOST_TEST(j["error"]["code"].get<std::string>() == "bad_request");
      }
    }
  }
  // A UTF-8 byte order mark before the object is skipped.
  BOOST_TEST(okValue("overview", std::string("\xef\xbb\xbf{}"))["guides"].size() == 7u);
  // Invalid bytes in the method name end up (replaced or folded) in valid JSON.
  const Json e = expectError(std::string("zoek\xff\xc3"), "{}", "unknown_method");
  BOOST_TEST(contains(e, "zoek"));
  // Escaped, valid non-ASCII text is fine.
  BOOST_TEST(okValue("search", "{\"query\": \"Ide\\u00ebe\\u0308n\"}")["hits"].is_array());
}

BOOST_AUTO_TEST_SUITE_END()

// ---- the packaged bundle ---------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(bundle)

BOOST_AUTO_TEST_CASE(valid_bundle) {
  std::string error;
  auto fromBundle = samenwijs::makeApiFromBundle(samenwijs::toBundleJson(content()), error);
  BOOST_REQUIRE(fromBundle);
  BOOST_TEST(error.empty());
  for (const auto& method : {"overview", "sources", "browse"}) {
    BOOST_TEST(fromBundle->call(method, "{}") == api().call(method, "{}"), method);
  }
  const std::string q = R"({"query": "digitale geletterdheid", "limit": 20})";
  BOOST_TEST(fromBundle->call("search", q) == api().call("search", q));
}

BOOST_AUTO_TEST_CASE(broken_bundles_give_content_invalid) {
  struct Case {
    std::string bundle, fragment;
  };
  Json noQuestionMark = Json::parse(samenwijs::toBundleJson(content()), nullptr, false);
  BOOST_REQUIRE(!noQuestionMark.is_discarded());
  noQuestionMark["guides"][0]["mainQuestions"][0]["question"] = "Geen vraag.";
  Json missing = Json::parse(samenwijs::toBundleJson(content()), nullptr, false);
  missing["guides"][0].erase("title");
  const std::vector<Case> cases = {
      {"", "het bestand is leeg"},
      {"{ kapot", "geen geldige JSON"},
      {"[]", "JSON-object"},
      {"{}", "content.bundle.json:/sources: verplicht veld ontbreekt"},
      {samenwijs::dumpJson(noQuestionMark), "content.bundle.json:/guides/0/mainQuestions/0/question: een hoofdvraag eindigt met een vraagteken"},
      {samenwijs::dumpJson(missing), "content.bundle.json:/guides/0/title: verplicht veld ontbreekt"},
      {std::string("{\"sources\": \"\xff\"}"), "geen geldige JSON"},
  };
  for (const auto& c : cases) {
    BOOST_TEST_CONTEXT("bundle '" << c.bundle.substr(0, 40) << "'") {
      std::string error;
      auto broken = samenwijs::makeApiFromBundle(c.bundle, error);
      BOOST_TEST(!broken);
      const Json j = envelope(error);
      BOOST_TEST(!j["ok"].get<bool>());
      BOOST_CHECK_EQUAL(j["error"]["code"].get<std::string>(), "content_invalid");
      BOOST_TEST(contains(j["error"], "De inhoud van de site is beschadigd: "));
      BOOST_TEST(contains(j["error"], c.fragment), j["error"]["message"].get<std::string>());
    }
  }
}

BOOST_AUTO_TEST_CASE(many_issues_are_summarised) {
  std::string error;
  const auto broken = samenwijs::makeApiFromBundle(
      R"({"sources": 1, "themes": 2, "policyThemes": 3, "tags": 4, "guides": 5, "frameworks": 6})", error);
  BOOST_TEST(!broken);
  const Json j = envelope(error);
  BOOST_CHECK_EQUAL(j["error"]["code"].get<std::string>(), "content_invalid");
  BOOST_TEST(contains(j["error"], " meer)"));  // "(en N meer)" after the first three
  BOOST_TEST(contains(j["error"], "verwacht een lijst"));
}

BOOST_AUTO_TEST_SUITE_END()

// ---- robustness: pseudo-random arguments -----------------------------------------------

BOOST_AUTO_TEST_SUITE(robustness)

namespace {

class Generator {
 public:
  explicit Generator(std::uint32_t seed) : rng_(seed) {
    for (const auto& g : content().guides) {
      ids_.push_back(g.id);
      for (const auto& mq : g.mainQuestions) {
        ids_.push_back(mq.id);
        ids_.push_back(mq.theme);
        for (const auto& t : mq.topics) {
          ids_.push_back(t.id);
          for (const auto& q : t.questions) ids_.push_back(q.id);
          for (const auto& p : t.policyThemes) ids_.push_back(p);
        }
      }
    }
    for (const auto& fw : content().frameworks) ids_.push_back(fw.id);
    for (const auto& c : content().guidedStart.concerns) ids_.push_back(c.id);
  }

  std::size_t below(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
  bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }

  std::string randomBytes(std::size_t maxLength) {
    std::string s(below(maxLength + 1), '\0');
    for (auto& c : s) c = static_cast<char>(below(256));
    return s;
  }

  std::string text() {
    static const std::vector<std::string> words = {"ict", "digi", "leerlingen", "Ideeën", "vragen", "ĳs", "😀", "",
                                                   " ", "markdown", "text", "2026-11-24", "2026-02-30", "avg"};
    switch (below(5)) {
      case 0: return ids_[below(ids_.size())];
      case 1: return words[below(words.size())];
      case 2: return randomBytes(12);
      case 3: return std::string(below(400), static_cast<char>('a' + below(26)));
      default: {
        std::string s;
        for (std::size_t i = below(4); i > 0; --i) s += words[below(words.size())] + " ";
        return s;
      }
    }
  }

  Json value(int depth) {
    switch (below(depth > 0 ? 10 : 8)) {
      case 0: return nullptr;
      case 1: return chance(50);
      case 2: return static_cast<long long>(below(1000)) - 100;
      case 3: {
        static const std::vector<long long> edges = {0, 1, 6, 20, 21, 200, 500, 501, -1, 2147483647, -2147483648LL,
                                                     9223372036854775807LL};
        return edges[below(edges.size())];
      }
      case 4: return 18446744073709551615ULL;
      case 5: return static_cast<double>(below(10000)) / 7.0;
      case 6:
      case 7: return text();
      case 8: {
        Json a = Json::array();
        for (std::size_t i = below(5); i > 0; --i) a.push_back(value(depth - 1));
        return a;
      }
      default: return object(depth - 1);
    }
  }

  Json object(int depth) {
    static const std::vector<std::string> keys = {
        "id",     "query", "guide",  "theme",    "policyTheme", "limit", "agenda", "format", "role", "concerns",
        "perGroup", "title", "date", "notes",    "items",       "note",  "extra"};
    Json o = Json::object();
    for (std::size_t i = below(6); i > 0; --i) {
      const std::string key = chance(85) ? keys[below(keys.size())] : randomBytes(6);
      o[key] = value(depth);
    }
    return o;
  }

  // Argument text: mostly valid JSON objects, sometimes mangled bytes.
  std::string args() {
    std::string text = samenwijs::dumpJson(object(3));
    switch (below(10)) {
      case 0:  // raw bytes spliced in
        text.insert(below(text.size() + 1), randomBytes(4));
        break;
      case 1:  // truncated
        text.resize(below(text.size() + 1));
        break;
      case 2:  // a random byte changed
        if (!text.empty()) text[below(text.size())] = static_cast<char>(below(256));
        break;
      case 3:  // not an object at all
        text = samenwijs::dumpJson(value(2));
        break;
      case 4:  // raw, unescaped bytes inside a string value
        text = "{\"query\": \"" + randomBytes(10) + "\", \"id\": \"" + randomBytes(6) + "\"}";
        break;
      default: break;
    }
    return text;
  }

 private:
  std::mt19937 rng_;
  std::vector<std::string> ids_;
};

}  // namespace

BOOST_AUTO_TEST_CASE(random_arguments_always_give_an_envelope) {
  const std::vector<std::string> methods = {"overview", "frameworks", "guide", "lookup", "browse", "search", "sources",
                                            "agendaResolve", "agendaExport", "guidedStart", "suggest", "nope"};
  Generator gen(20261123u);
  std::size_t ok = 0, failed = 0;
  std::set<std::string> codes;
  const std::set<std::string> known = {"bad_request", "unknown_method", "invalid_argument", "not_found",
                                       "content_invalid", "internal"};
  for (int i = 0; i < 2000; ++i) {
    const std::string args = gen.args();
    for (const auto& method : methods) {
      const std::string out = api().call(method, args);
      const Json j = Json::parse(out, nullptr, false);
      BOOST_TEST_CONTEXT("iteration " << i << ", " << method << " " << samenwijs::dumpJson(Json(args))) {
        BOOST_REQUIRE(!j.is_discarded());
        BOOST_REQUIRE(j.is_object());
        BOOST_REQUIRE(j.contains("ok"));
        BOOST_REQUIRE(j["ok"].is_boolean());
        if (j["ok"].get<bool>()) {
          BOOST_REQUIRE(j.contains("value"));
          ++ok;
        } else {
          BOOST_REQUIRE(j["error"]["code"].is_string());
          BOOST_REQUIRE(j["error"]["message"].is_string());
          const auto code = j["error"]["code"].get<std::string>();
          BOOST_TEST(known.count(code) == 1u, code);
          BOOST_TEST(code != "internal");
          codes.insert(code);
          ++failed;
        }
      }
    }
  }
  // The generator reaches both outcomes and the main error kinds.
  BOOST_TEST(ok > 1000u);
  BOOST_TEST(failed > 1000u);
  BOOST_TEST(codes.count("bad_request") == 1u);
  BOOST_TEST(codes.count("invalid_argument") == 1u);
  BOOST_TEST(codes.count("not_found") == 1u);
  BOOST_TEST(codes.count("unknown_method") == 1u);
}

BOOST_AUTO_TEST_CASE(deeply_nested_arguments) {
  // Deep nesting must not overflow anything; the answer is still an envelope.
  std::string deep = "{\"query\": ";
  for (int i = 0; i < 5000; ++i) deep += "[";
  for (int i = 0; i < 5000; ++i) deep += "]";
  deep += "}";
  for (const auto& method : kGuidanceMethods) {
    const Json j = envelope(api().call(method, deep));
    if (method == "search") {
      BOOST_TEST(!j["ok"].get<bool>());
      BOOST_CHECK_EQUAL(j["error"]["code"].get<std::string>(), "invalid_argument");
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

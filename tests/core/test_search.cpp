#define BOOST_TEST_MODULE search
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "samenwijs/content_index.hpp"
#include "samenwijs/search.hpp"
#include "samenwijs/text_fold.hpp"
#include "test_support.hpp"

using samenwijs::Content;
using samenwijs::ContentIndex;
using samenwijs::SearchDocument;
using samenwijs::SearchFilter;
using samenwijs::SearchHit;

namespace {

// The index of the real content, as the API builds it.
const ContentIndex& real() { return samenwijs_test::api().content(); }

std::vector<SearchHit> find(const ContentIndex& index, const std::string& query, const SearchFilter& filter = {},
                            std::size_t limit = 10000) {
  return index.search().search(query, filter, limit);
}

std::vector<std::string> idsOf(const ContentIndex& index, const std::vector<SearchHit>& hits) {
  std::vector<std::string> ids;
  for (const auto& h : hits) ids.push_back(index.search().documents()[h.document].id);
  return ids;
}

std::set<std::string> idSet(const ContentIndex& index, const std::vector<SearchHit>& hits) {
  const auto ids = idsOf(index, hits);
  return {ids.begin(), ids.end()};
}

// The original text of a document's field, as the API shows it.
const std::string& fieldText(const ContentIndex& index, const SearchDocument& doc, const std::string& field) {
  BOOST_REQUIRE(index.locate(doc.id) != nullptr);
  return index.fieldText(doc, field);
}

// UTF-16 offset -> byte offset in valid UTF-8.
std::size_t byteOffset(const std::string& utf8, std::uint32_t units) {
  std::size_t i = 0;
  std::uint32_t u = 0;
  while (i < utf8.size() && u < units) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    const std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : 4;
    u += len == 4 ? 2u : 1u;
    i += len;
  }
  BOOST_REQUIRE_EQUAL(u, units);
  return i;
}

// The substring a (start, length) range in UTF-16 units covers.
std::string slice(const std::string& utf8, std::pair<std::uint32_t, std::uint32_t> range) {
  const std::size_t from = byteOffset(utf8, range.first);
  const std::size_t to = byteOffset(utf8, range.first + range.second);
  return utf8.substr(from, to - from);
}

// Every highlighted range covers exactly one whole word that matches a query word.
void checkRanges(const ContentIndex& index, const std::string& query, const std::vector<SearchHit>& hits) {
  const auto terms = samenwijs::tokenize(query);
  const bool typing = !query.empty() && query.back() != ' ';
  BOOST_REQUIRE(!hits.empty());
  for (const auto& hit : hits) {
    const SearchDocument& doc = index.search().documents()[hit.document];
    BOOST_TEST(!hit.matches.empty(), "hit " << doc.id << " has no highlight");
    for (const auto& m : hit.matches) {
      const std::string& text = fieldText(index, doc, m.field);
      for (const auto& range : m.ranges) {
        const std::string word = slice(text, range);
        const auto tokens = samenwijs::tokenize(word);
        BOOST_TEST_CONTEXT("query '" << query << "', " << doc.id << "." << m.field << ", word '" << word << "'") {
          BOOST_REQUIRE_EQUAL(tokens.size(), 1u);
          BOOST_CHECK_EQUAL(tokens[0].start, 0u);
          BOOST_CHECK_EQUAL(tokens[0].length, range.second);
          bool matches = false;
          for (std::size_t t = 0; t < terms.size(); ++t) {
            const bool prefix = typing && t + 1 == terms.size() &&
                                tokens[0].folded.compare(0, terms[t].folded.size(), terms[t].folded) == 0;
            if (tokens[0].stem == terms[t].stem || tokens[0].folded == terms[t].folded || prefix) matches = true;
          }
          BOOST_TEST(matches);
        }
      }
    }
  }
}

// ---- a tiny content built in code ----

samenwijs::Topic topic(const std::string& id, const std::string& title, const std::string& text,
                       std::vector<std::string> policy, std::vector<std::string> questions) {
  samenwijs::Topic t;
  t.id = id;
  t.number = "1";
  t.title = title;
  t.text = text;
  t.policyThemes = std::move(policy);
  t.tags = {"tag"};
  for (std::size_t i = 0; i < questions.size(); ++i) t.questions.push_back({id + "-v" + std::to_string(i + 1), questions[i]});
  t.source = {"bron", "x"};
  return t;
}

Content tinyContent() {
  Content c;
  samenwijs::Guide g;
  g.id = "g";
  g.kind = "figure";
  g.title = "Gids";
  g.order = 1;
  samenwijs::MainQuestion mq;
  mq.id = "g-1";
  mq.theme = "t1";
  mq.title = "Algemeen";
  mq.question = "Wat doe je in de klas?";
  mq.intro = "Café: ideeën over robots en 😀 lessen.";
  mq.topics.push_back(topic("g-1-1", "Robots in de klas", "Over lesgeven.", {"avg"}, {"Werk je met robots?", "Wat zeg je?"}));
  mq.topics.push_back(topic("g-1-2", "Lesgeven", "Soms gebruik je robots in de klas.", {}, {"Hoe gaat het?", "Wat nu?"}));
  mq.topics.push_back(topic("g-1-3", "Lessen", "Plannen.", {}, {"Welke les?", "Wanneer?"}));
  samenwijs::ReadingTip tip;
  tip.id = "g-1-lt1";
  tip.title = "Boek over lesgeven";
  tip.publisher = "Uitgever";
  tip.description = "Goed boek.";
  mq.readingTips.push_back(tip);
  g.mainQuestions.push_back(mq);

  samenwijs::MainQuestion mq2;
  mq2.id = "g-2";
  mq2.theme = "t2";
  mq2.title = "Netwerken";
  mq2.question = "Met wie leer je?";
  mq2.intro = "Buiten de school.";
  mq2.topics.push_back(topic("g-2-1", "Leernetwerk", "Robots en netwerken.", {}, {"Wie ken je?", "Waar?"}));
  g.mainQuestions.push_back(mq2);
  c.guides.push_back(g);
  return c;
}

const ContentIndex& tiny() {
  static const ContentIndex index(tinyContent());
  return index;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(real_content)

BOOST_AUTO_TEST_CASE(index_covers_all_guidance) {
  std::size_t expected = 0;
  for (const auto& g : real().content().guides) {
    for (const auto& mq : g.mainQuestions) {
      expected += 1 + mq.readingTips.size();
      for (const auto& t : mq.topics) expected += 1 + t.questions.size();
    }
  }
  BOOST_CHECK_EQUAL(real().search().documents().size(), expected);
  BOOST_TEST(expected > 100u);
}

BOOST_AUTO_TEST_CASE(case_and_diacritics_insensitive) {
  const auto a = idsOf(real(), find(real(), "Ideeën"));
  const auto b = idsOf(real(), find(real(), "ideeen"));
  const auto c = idsOf(real(), find(real(), "IDEEËN"));
  BOOST_TEST(!a.empty());
  BOOST_TEST(a == b, boost::test_tools::per_element());
  BOOST_TEST(a == c, boost::test_tools::per_element());
  checkRanges(real(), "ideeen", find(real(), "ideeen"));

  const auto d = idsOf(real(), find(real(), "DIGITALE GELETTERDHEID"));
  const auto e = idsOf(real(), find(real(), "digitale geletterdheid"));
  BOOST_TEST(!d.empty());
  BOOST_TEST(d == e, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(singular_and_plural_find_each_other) {
  // A trailing space turns off prefix matching, so only the stem decides.
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"vraag ", "vragen "}, {"school ", "scholen "}, {"gesprek ", "gesprekken "},
      {"leerling ", "leerlingen "}, {"digitaal ", "digitale "}, {"idee ", "ideeën "},
  };
  for (const auto& [one, many] : pairs) {
    BOOST_TEST_CONTEXT("'" << one << "' / '" << many << "'") {
      const auto a = idSet(real(), find(real(), one));
      const auto b = idSet(real(), find(real(), many));
      BOOST_TEST(!a.empty());
      BOOST_TEST(a == b);
    }
  }
}

BOOST_AUTO_TEST_CASE(plural_query_highlights_singular_word) {
  // Searching "scholen" finds texts that only say "school", and highlights "school".
  bool sawSingular = false;
  const auto hits = find(real(), "scholen ");
  for (const auto& hit : hits) {
    const auto& doc = real().search().documents()[hit.document];
    for (const auto& m : hit.matches) {
      for (const auto& r : m.ranges) {
        if (samenwijs::foldText(slice(fieldText(real(), doc, m.field), r)) == "school") sawSingular = true;
      }
    }
  }
  BOOST_TEST(sawSingular);
  checkRanges(real(), "scholen ", hits);
}

BOOST_AUTO_TEST_CASE(prefix_of_last_word_while_typing) {
  const auto hits = find(real(), "digi");
  BOOST_REQUIRE(!hits.empty());
  checkRanges(real(), "digi", hits);
  // The topics about digital literacy are among the hits.
  bool sawLiteracy = false;
  for (const auto& hit : hits) {
    const auto& doc = real().search().documents()[hit.document];
    for (const auto& f : doc.fields) {
      for (std::size_t i = 0; i + 1 < f.tokens.size(); ++i) {
        if (f.tokens[i].folded == "digitale" && f.tokens[i + 1].folded == "geletterdheid") sawLiteracy = true;
      }
    }
  }
  BOOST_TEST(sawLiteracy);
  // Every hit has a word starting with "digi".
  for (const auto& hit : hits) {
    bool has = false;
    for (const auto& f : real().search().documents()[hit.document].fields) {
      for (const auto& t : f.tokens) has = has || t.folded.rfind("digi", 0) == 0;
    }
    BOOST_TEST(has);
  }
  // Followed by a space the word is complete: nothing is called just "digi".
  BOOST_TEST(find(real(), "digi ").empty());
  // Only the last word is a prefix: "digi geletterdheid" needs a word "digi".
  BOOST_TEST(find(real(), "digi geletterdheid").empty());
  BOOST_TEST(!find(real(), "geletterdheid digi").empty());
}

BOOST_AUTO_TEST_CASE(all_words_must_match) {
  const auto both = idSet(real(), find(real(), "digitale ouders"));
  const auto first = idSet(real(), find(real(), "digitale "));
  const auto second = idSet(real(), find(real(), "ouders"));
  BOOST_TEST(!both.empty());
  BOOST_TEST(both.size() < first.size());
  BOOST_TEST(both.size() < second.size());
  std::set<std::string> intersection;
  std::set_intersection(first.begin(), first.end(), second.begin(), second.end(),
                        std::inserter(intersection, intersection.begin()));
  BOOST_TEST(both == intersection);
  // A word that occurs nowhere empties the result.
  BOOST_TEST(find(real(), "digitale xyzzyqwv ").empty());
}

BOOST_AUTO_TEST_CASE(filter_by_guide) {
  SearchFilter f;
  f.guide = "icoach";
  const auto hits = find(real(), "leerlingen", f);
  BOOST_REQUIRE(!hits.empty());
  for (const auto& h : hits) BOOST_CHECK_EQUAL(real().search().documents()[h.document].guide, "icoach");
  const auto all = idSet(real(), find(real(), "leerlingen"));
  const auto filtered = idSet(real(), hits);
  BOOST_TEST(filtered.size() < all.size());
  BOOST_TEST(std::includes(all.begin(), all.end(), filtered.begin(), filtered.end()));
}

BOOST_AUTO_TEST_CASE(filter_by_theme) {
  SearchFilter f;
  f.theme = "omgeving";
  const auto hits = find(real(), "netwerk", f);
  BOOST_REQUIRE(!hits.empty());
  for (const auto& h : hits) {
    const auto& doc = real().search().documents()[h.document];
    BOOST_CHECK_EQUAL(doc.theme, "omgeving");
    const auto* loc = real().locate(doc.id);
    BOOST_REQUIRE(loc != nullptr);
    BOOST_CHECK_EQUAL(real().content().guides[loc->guide].mainQuestions[loc->mainQuestion].theme, "omgeving");
  }
}

BOOST_AUTO_TEST_CASE(filter_by_policy_theme_avg) {
  SearchFilter f;
  f.policyTheme = "avg";
  const auto hits = find(real(), "leerlingen", f);
  BOOST_REQUIRE(!hits.empty());
  const auto hasAvg = [](const std::vector<std::string>& v) { return std::find(v.begin(), v.end(), "avg") != v.end(); };
  for (const auto& h : hits) {
    const auto& doc = real().search().documents()[h.document];
    BOOST_TEST_CONTEXT(doc.id) {
      BOOST_TEST(hasAvg(doc.policyThemes));
      const auto* loc = real().locate(doc.id);
      BOOST_REQUIRE(loc != nullptr);
      const auto& mq = real().content().guides[loc->guide].mainQuestions[loc->mainQuestion];
      if (doc.kind == SearchDocument::Kind::Topic || doc.kind == SearchDocument::Kind::Question) {
        BOOST_TEST(hasAvg(mq.topics[loc->topic].policyThemes));  // the topic itself is tagged avg
      } else {
        BOOST_TEST(std::any_of(mq.topics.begin(), mq.topics.end(), [&](const auto& t) { return hasAvg(t.policyThemes); }));
      }
    }
  }
  // Combined filters: each hit passes all of them.
  f.guide = "leraar";
  for (const auto& h : find(real(), "le", f)) {
    const auto& doc = real().search().documents()[h.document];
    BOOST_CHECK_EQUAL(doc.guide, "leraar");
    BOOST_TEST(hasAvg(doc.policyThemes));
  }
}

BOOST_AUTO_TEST_CASE(filter_with_unknown_values_gives_nothing) {
  SearchFilter f;
  f.guide = "bestaat-niet";
  BOOST_TEST(find(real(), "leerlingen", f).empty());
  SearchFilter p;
  p.policyTheme = "bestaat-niet";
  BOOST_TEST(find(real(), "leerlingen", p).empty());
}

BOOST_AUTO_TEST_CASE(hits_sorted_best_first) {
  const auto hits = find(real(), "ict leerlingen");
  BOOST_REQUIRE(hits.size() > 2u);
  for (std::size_t i = 1; i < hits.size(); ++i) BOOST_TEST(hits[i - 1].score >= hits[i].score);
  for (const auto& h : hits) BOOST_TEST(h.score > 0);
  checkRanges(real(), "ict leerlingen", hits);
}

BOOST_AUTO_TEST_CASE(match_ranges_point_at_words) {
  for (const std::string q : {"Ideeën", "gesprek", "privacy leerlingen", "mediawijs", "vaardigheden "}) {
    checkRanges(real(), q, find(real(), q));
  }
}

BOOST_AUTO_TEST_CASE(empty_or_separator_query_gives_no_hits) {
  for (const std::string q : {"", " ", "   \t\n", "?!,.", "😀", "— –"}) {
    BOOST_TEST_CONTEXT("query '" << q << "'") { BOOST_TEST(find(real(), q).empty()); }
  }
}

BOOST_AUTO_TEST_CASE(limit_respected) {
  const auto all = find(real(), "de");
  BOOST_REQUIRE(all.size() > 10u);
  const auto three = find(real(), "de", {}, 3);
  BOOST_REQUIRE_EQUAL(three.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) BOOST_CHECK_EQUAL(three[i].document, all[i].document);
  BOOST_CHECK_EQUAL(find(real(), "de", {}, 1).size(), 1u);
  BOOST_TEST(find(real(), "de", {}, 0).empty());
  BOOST_CHECK_EQUAL(find(real(), "de", {}, all.size() + 5).size(), all.size());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(tiny_content)

BOOST_AUTO_TEST_CASE(title_ranks_above_body_text) {
  const auto hits = find(tiny(), "robots ");
  const auto ids = idsOf(tiny(), hits);
  // Topic title (weight 3) > discussion question (2) > main question intro / topic text (1).
  BOOST_REQUIRE(ids.size() >= 3u);
  BOOST_CHECK_EQUAL(ids[0], "g-1-1");
  BOOST_CHECK_EQUAL(ids[1], "g-1-1-v1");
  const auto pos = [&](const std::string& id) {
    return static_cast<std::size_t>(std::find(ids.begin(), ids.end(), id) - ids.begin());
  };
  BOOST_TEST(pos("g-1-2") > pos("g-1-1-v1"));
  BOOST_TEST(pos("g-1-2") < ids.size());
  BOOST_TEST(hits[0].score > hits[pos("g-1-2")].score);
  BOOST_CHECK_EQUAL(hits[0].matches.size(), 1u);
  BOOST_CHECK_EQUAL(hits[0].matches[0].field, "title");
}

BOOST_AUTO_TEST_CASE(exact_word_ranks_above_prefix) {
  // "les": "Lessen" has the same stem (exact), "Lesgeven" only starts with it (prefix).
  const auto ids = idsOf(tiny(), find(tiny(), "les"));
  const auto pos = [&](const std::string& id) {
    return static_cast<std::size_t>(std::find(ids.begin(), ids.end(), id) - ids.begin());
  };
  BOOST_REQUIRE(pos("g-1-3") < ids.size());
  BOOST_REQUIRE(pos("g-1-2") < ids.size());
  BOOST_TEST(pos("g-1-3") < pos("g-1-2"));
}

BOOST_AUTO_TEST_CASE(exact_ranges_in_ascii_and_non_ascii_text) {
  const auto hits = find(tiny(), "robots ");
  for (const auto& hit : hits) {
    const auto& doc = tiny().search().documents()[hit.document];
    if (doc.id == "g-1-1") {
      BOOST_REQUIRE_EQUAL(hit.matches.size(), 1u);
      BOOST_REQUIRE_EQUAL(hit.matches[0].ranges.size(), 1u);
      BOOST_CHECK_EQUAL(hit.matches[0].ranges[0].first, 0u);
      BOOST_CHECK_EQUAL(hit.matches[0].ranges[0].second, 6u);
    }
    if (doc.id == "g-1-2") {  // "Soms gebruik je robots in de klas."
      BOOST_REQUIRE_EQUAL(hit.matches.size(), 1u);
      BOOST_CHECK_EQUAL(hit.matches[0].field, "text");
      BOOST_REQUIRE_EQUAL(hit.matches[0].ranges.size(), 1u);
      BOOST_CHECK_EQUAL(hit.matches[0].ranges[0].first, 16u);
      BOOST_CHECK_EQUAL(hit.matches[0].ranges[0].second, 6u);
      BOOST_CHECK_EQUAL(std::string("Soms gebruik je robots in de klas.").substr(16, 6), "robots");
    }
    if (doc.id == "g-1") {  // "Café: ideeën over robots en 😀 lessen."
      BOOST_REQUIRE_EQUAL(hit.matches.size(), 1u);
      BOOST_CHECK_EQUAL(hit.matches[0].field, "text");
      BOOST_REQUIRE_EQUAL(hit.matches[0].ranges.size(), 1u);
      BOOST_CHECK_EQUAL(hit.matches[0].ranges[0].first, 18u);
      BOOST_CHECK_EQUAL(hit.matches[0].ranges[0].second, 6u);
    }
  }
  BOOST_TEST(idSet(tiny(), hits).count("g-1") == 1u);

  // After an emoji (two units, 28-29) and a space: "lessen" starts at 31.
  const auto les = find(tiny(), "ideeen lessen ");
  BOOST_REQUIRE_EQUAL(les.size(), 1u);
  BOOST_REQUIRE_EQUAL(les[0].matches.size(), 1u);
  const auto& ranges = les[0].matches[0].ranges;
  BOOST_REQUIRE_EQUAL(ranges.size(), 2u);
  BOOST_CHECK_EQUAL(ranges[0].first, 6u);  // "ideeën"
  BOOST_CHECK_EQUAL(ranges[0].second, 6u);
  BOOST_CHECK_EQUAL(ranges[1].first, 31u);  // "lessen"
  BOOST_CHECK_EQUAL(ranges[1].second, 6u);
}

BOOST_AUTO_TEST_CASE(filters_on_tiny_content) {
  SearchFilter theme;
  theme.theme = "t2";
  BOOST_TEST(idsOf(tiny(), find(tiny(), "robots ", theme)) == std::vector<std::string>{"g-2-1"},
             boost::test_tools::per_element());
  SearchFilter avg;
  avg.policyTheme = "avg";
  const auto ids = idSet(tiny(), find(tiny(), "robots ", avg));
  // The avg topic, its question, and the main question (which holds an avg topic).
  BOOST_TEST(ids == (std::set<std::string>{"g-1-1", "g-1-1-v1", "g-1"}));
  for (const auto& doc : tiny().search().documents()) {
    BOOST_TEST(samenwijs::SearchIndex::matchesFilter(doc, SearchFilter{}));
    BOOST_TEST(samenwijs::SearchIndex::matchesFilter(doc, SearchFilter{doc.guide, doc.theme, ""}));
    BOOST_TEST(!samenwijs::SearchIndex::matchesFilter(doc, SearchFilter{"andere-gids", "", ""}));
    const bool avgDoc = std::find(doc.policyThemes.begin(), doc.policyThemes.end(), "avg") != doc.policyThemes.end();
    BOOST_TEST(samenwijs::SearchIndex::matchesFilter(doc, avg) == avgDoc);
  }
}

BOOST_AUTO_TEST_CASE(kind_names) {
  BOOST_CHECK_EQUAL(samenwijs::kindName(SearchDocument::Kind::MainQuestion), "mainQuestion");
  BOOST_CHECK_EQUAL(samenwijs::kindName(SearchDocument::Kind::Topic), "topic");
  BOOST_CHECK_EQUAL(samenwijs::kindName(SearchDocument::Kind::Question), "question");
  BOOST_CHECK_EQUAL(samenwijs::kindName(SearchDocument::Kind::ReadingTip), "readingTip");
}

BOOST_AUTO_TEST_SUITE_END()

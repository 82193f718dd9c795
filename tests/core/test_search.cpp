#define BOOST_TEST_MODULE search
#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <cmath>
#include <cstdlib>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "samenwijs/content_index.hpp"
#include "samenwijs/json_writer.hpp"
#include "samenwijs/search.hpp"
#include "samenwijs/search_vocabulary.hpp"
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
  return index.search().search(query, filter, limit).hits;
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

// Every highlighted range covers exactly one whole word; `allowed` says which words may be lit.
template <typename Allowed>
void checkRanges(const ContentIndex& index, const std::vector<SearchHit>& hits, Allowed allowed) {
  BOOST_REQUIRE(!hits.empty());
  for (const auto& hit : hits) {
    const SearchDocument& doc = index.search().documents()[hit.document];
    BOOST_TEST(!hit.matches.empty(), "hit " << doc.id << " has no highlight");
    for (const auto& m : hit.matches) {
      const std::string& text = index.fieldText(doc, m.field);
      for (const auto& range : m.ranges) {
        const std::string word = slice(text, range);
        const auto tokens = samenwijs::tokenize(word);
        BOOST_TEST_CONTEXT(doc.id << "." << samenwijs::fieldName(m.field) << ", word '" << word << "'") {
          BOOST_REQUIRE_EQUAL(tokens.size(), 1u);
          BOOST_CHECK_EQUAL(tokens[0].start, 0u);
          BOOST_CHECK_EQUAL(tokens[0].length, range.second);
          BOOST_TEST(allowed(tokens[0]));
        }
      }
    }
  }
}

// Highlights of a query without synonyms or typos: forms of its words.
void checkRanges(const ContentIndex& index, const std::string& query, const std::vector<SearchHit>& hits) {
  const auto terms = samenwijs::tokenize(query);
  const bool typing = !query.empty() && query.back() != ' ';
  checkRanges(index, hits, [&](const samenwijs::Token& t) {
    for (std::size_t k = 0; k < terms.size(); ++k) {
      const bool last = typing && k + 1 == terms.size();
      if (t.stem == terms[k].stem || t.folded.find(terms[k].folded) != std::string::npos ||
          samenwijs::wordFamily(t.stem) == samenwijs::wordFamily(terms[k].stem) ||
          (last && t.folded.compare(0, terms[k].folded.size(), terms[k].folded) == 0)) {
        return true;
      }
    }
    return false;
  });
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

BOOST_AUTO_TEST_CASE(index_covers_everything_a_user_can_read) {
  const Content& c = real().content();
  std::size_t guidance = 0, selfAssessment = 0;
  for (const auto& g : c.guides) {
    guidance += 1;
    for (const auto& mq : g.mainQuestions) {
      guidance += 1 + mq.readingTips.size();
      for (const auto& t : mq.topics) guidance += 1 + t.questions.size();
    }
  }
  guidance += c.themes.size() + c.policyThemes.size();
  for (const auto& fw : c.frameworks) {
    selfAssessment += 1;
    for (const auto& d : fw.domains) {
      for (const auto& comp : d.competences) selfAssessment += 1 + comp.items.size();
    }
  }
  std::size_t perPlace[samenwijs::kSearchPlaceCount] = {};
  for (const auto& doc : real().search().documents()) {
    ++perPlace[static_cast<std::size_t>(doc.place)];
    BOOST_TEST_CONTEXT(doc.id) {
      BOOST_TEST(!doc.title().empty());
      BOOST_TEST(doc.route.rfind('/', 0) == 0u);
      BOOST_TEST(!doc.context.empty());
    }
  }
  BOOST_CHECK_EQUAL(perPlace[0], guidance);
  BOOST_CHECK_EQUAL(perPlace[1], selfAssessment);
  BOOST_TEST(perPlace[2] >= c.network.conditions.size() + c.network.kinds.size() + c.network.planFields.size());
  BOOST_CHECK_EQUAL(perPlace[3], c.sources.size());
  BOOST_REQUIRE(!c.glossary.empty());
  BOOST_CHECK_EQUAL(perPlace[4], c.glossary.size());  // every term of Begrippen
}

BOOST_AUTO_TEST_CASE(every_hit_deep_links_to_where_it_is) {
  const Content& c = real().content();
  for (const auto& doc : real().search().documents()) {
    BOOST_TEST_CONTEXT(doc.id << " -> " << doc.route) {
      switch (doc.place) {
        case samenwijs::SearchPlace::Guidance:
          if (!doc.guide.empty()) {
            BOOST_REQUIRE(real().locate(doc.id) != nullptr);
            const std::string expected =
                "/gespreksstarters/" + doc.guide + (std::string(doc.kind) == "guide" ? "" : "/" + doc.id);
            BOOST_CHECK_EQUAL(doc.route, expected);
          } else {
            BOOST_TEST((doc.route == "/gespreksstarters?thema=" + doc.id || doc.route == "/gespreksstarters?beleid=" + doc.id));
          }
          break;
        case samenwijs::SearchPlace::SelfAssessment:
          BOOST_TEST(doc.route.rfind("/zelfscan", 0) == 0u);
          break;
        case samenwijs::SearchPlace::Network:
          BOOST_TEST(doc.route.rfind("/netwerkcheck/", 0) == 0u);
          break;
        case samenwijs::SearchPlace::Sources:
          BOOST_CHECK_EQUAL(doc.route, "/bronnen?focus=bron-" + doc.id);
          break;
        case samenwijs::SearchPlace::Glossary:
          BOOST_CHECK_EQUAL(doc.route, "/begrippen?begrip=" + doc.id);
          break;
      }
    }
  }
  // A competence opens its own step of the self-assessment; a statement focuses itself there.
  for (const auto& fw : c.frameworks) {
    int step = 0;
    for (const auto& d : fw.domains) {
      for (const auto& comp : d.competences) {
        ++step;
        const std::string route = "/zelfscan/" + fw.id + "/stap/" + std::to_string(step);
        for (const auto& doc : real().search().documents()) {
          if (doc.id == comp.id) BOOST_CHECK_EQUAL(doc.route, route);
          if (!comp.items.empty() && doc.id == comp.items[0].id) {
            BOOST_CHECK_EQUAL(doc.route, route + "?focus=item-" + comp.items[0].id);
          }
        }
      }
    }
  }
  // A readiness condition focuses its group on the readiness page; a plan section its heading.
  const auto hits = find(real(), "procesbewaker", {}, 50);
  BOOST_REQUIRE(!hits.empty());
  bool sawCondition = false, sawPlan = false;
  for (const auto& h : hits) {
    const auto& doc = real().search().documents()[h.document];
    if (std::string(doc.kind) == "networkCondition") {
      sawCondition = true;
      BOOST_TEST(doc.route.rfind("/netwerkcheck/gereedheid?focus=g-netwerk-", 0) == 0u, doc.route);
    }
    if (std::string(doc.kind) == "networkPlan") {
      sawPlan = true;
      BOOST_TEST(doc.route.rfind("/netwerkcheck/plan?focus=plan-h-", 0) == 0u, doc.route);
    }
  }
  BOOST_TEST(sawCondition);
  BOOST_TEST(sawPlan);
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

// The documents with a word of exactly this folded form.
std::set<std::string> docsWithWord(const std::string& folded) {
  std::set<std::string> ids;
  for (const auto& doc : real().search().documents()) {
    for (const auto& f : doc.fields) {
      for (const auto& t : samenwijs::tokenize(f.text)) {
        if (t.folded == folded) ids.insert(doc.id);
      }
    }
  }
  return ids;
}

BOOST_AUTO_TEST_CASE(singular_and_plural_find_each_other) {
  // A trailing space turns off prefix matching: the singular finds every text with the plural
  // and the other way round (both also find compounds, which may differ).
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"vraag", "vragen"}, {"school", "scholen"}, {"gesprek", "gesprekken"},
      {"leerling", "leerlingen"}, {"digitaal", "digitale"}, {"idee", "ideeen"},
  };
  for (const auto& [one, many] : pairs) {
    BOOST_TEST_CONTEXT("'" << one << "' / '" << many << "'") {
      const auto a = idSet(real(), find(real(), one + " "));
      const auto b = idSet(real(), find(real(), many + " "));
      const auto withOne = docsWithWord(one), withMany = docsWithWord(many);
      BOOST_TEST(!withOne.empty());
      BOOST_TEST(!withMany.empty());
      BOOST_TEST(std::includes(a.begin(), a.end(), withMany.begin(), withMany.end()));
      BOOST_TEST(std::includes(b.begin(), b.end(), withOne.begin(), withOne.end()));
    }
  }
}

BOOST_AUTO_TEST_CASE(word_family_veilig_and_veiligheid) {
  // The issue: 3 hits for "veiligheid" against 26 for "veilig". Now the same family.
  const auto a = idSet(real(), find(real(), "veilig "));
  const auto b = idSet(real(), find(real(), "veiligheid "));
  BOOST_TEST(a.size() > 20u);
  std::size_t shared = 0;
  for (const auto& id : a) shared += b.count(id);
  BOOST_TEST(shared * 10 >= a.size() * 9, shared << " of " << a.size() << " shared");
  BOOST_TEST(shared * 10 >= b.size() * 9, shared << " of " << b.size() << " shared");
}

BOOST_AUTO_TEST_CASE(compounds_are_found_by_their_parts) {
  // "privacy" finds "privacybewust" (head); "pesten" finds nothing else, but "beleid" finds "IBP-beleid" words.
  bool head = false;
  for (const auto& h : find(real(), "privacy ")) {
    for (const auto& f : real().search().documents()[h.document].fields) {
      if (samenwijs::foldText(f.text).find("privacybewust") != std::string::npos) head = true;
    }
  }
  BOOST_TEST(head);
  // Tail: "beleid" finds texts that only say "hr-beleid"-like compounds such as "privacybeleid".
  const auto tails = find(real(), "beleid ");
  BOOST_TEST(!tails.empty());
  checkRanges(real(), "beleid ", tails);
}

BOOST_AUTO_TEST_CASE(plural_query_highlights_singular_word) {
  bool sawSingular = false;
  const auto hits = find(real(), "scholen ");
  for (const auto& hit : hits) {
    const auto& doc = real().search().documents()[hit.document];
    for (const auto& m : hit.matches) {
      for (const auto& r : m.ranges) {
        if (samenwijs::foldText(slice(real().fieldText(doc, m.field), r)) == "school") sawSingular = true;
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
  // Followed by a space the word is complete: no word is just "dig", and three letters are too
  // short for compounds or corrections.
  BOOST_TEST(!find(real(), "dig").empty());
  BOOST_TEST(find(real(), "dig ").empty());
  // Only the last word is a prefix.
  const auto r = real().search().search("dig geletterdheid", {}, 10000);
  BOOST_CHECK_EQUAL(r.totalAllTerms, 0u);
  BOOST_TEST(real().search().search("geletterdheid dig", {}, 10000).totalAllTerms > 0u);
}

BOOST_AUTO_TEST_CASE(most_words_rank_first_and_the_count_is_true) {
  const auto r = real().search().search("avg beleid", {}, 10000);
  const auto both = idSet(real(), find(real(), "avg beleid"));
  BOOST_TEST(r.totalAllTerms > 0u);
  BOOST_TEST(r.total > r.totalAllTerms);  // one of two words is enough to be found
  BOOST_CHECK_EQUAL(r.total, r.hits.size());
  // Hits with both words come before hits with one; the count does not depend on the limit.
  for (std::size_t i = 0; i < r.hits.size(); ++i) {
    BOOST_CHECK_EQUAL(r.hits[i].matchedTerms == 2, i < r.totalAllTerms);
  }
  const auto few = real().search().search("avg beleid", {}, 3);
  BOOST_CHECK_EQUAL(few.hits.size(), 3u);
  BOOST_CHECK_EQUAL(few.total, r.total);
  // Three words: two of them are enough.
  const auto three = real().search().search("eigenaar looptijd xyzzyqwv ", {}, 10000);
  BOOST_TEST(three.total > 0u);
  for (const auto& h : three.hits) BOOST_CHECK_EQUAL(h.matchedTerms, 2u);
  // "ICT" is found far more than 100 times: the page shows the true number.
  BOOST_TEST(real().search().search("ICT", {}, 100).total > 100u);
}

BOOST_AUTO_TEST_CASE(typos_only_for_unknown_words_and_ranked_below_exact) {
  // One edit from 4 letters, two from 8, never on the first letter.
  BOOST_TEST(!find(real(), "privasy ").empty());           // 7 letters, one edit
  BOOST_TEST(!find(real(), "privacu ").empty());           // one edit (y -> u)
  BOOST_TEST(find(real(), "privasi ").empty());            // two edits at 7 letters: too many
  BOOST_TEST(find(real(), "prvasy ").empty());             // two edits at 6 letters: too many
  BOOST_TEST(!find(real(), "kirpatrik ").empty());         // 9 letters, two edits
  BOOST_TEST(find(real(), "orivacy ").empty());            // the first letter is never corrected
  BOOST_TEST(find(real(), "avf ").empty());                // three letters: no correction
  for (const auto& h : find(real(), "privasy ")) BOOST_TEST(h.typo);
  // A known word is never "corrected": "les" does not find "lef" or "les" variants by typo.
  for (const auto& h : find(real(), "beleid ")) BOOST_TEST(!h.typo);
  // Same number of words held: exact before corrected.
  for (const std::string q : {"privasy leerlingen", "kirkpatrik evaluatie", "leernetwerkn vertrouwen", "digitale geletterheid"}) {
    const auto hits = find(real(), q);
    BOOST_TEST_CONTEXT(q) {
      BOOST_REQUIRE(!hits.empty());
      for (std::size_t i = 1; i < hits.size(); ++i) {
        BOOST_TEST(hits[i - 1].matchedTerms >= hits[i].matchedTerms);
        if (hits[i - 1].matchedTerms == hits[i].matchedTerms) BOOST_TEST((!hits[i - 1].typo || hits[i].typo));
        BOOST_TEST(hits[i - 1].score >= hits[i].score);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(did_you_mean) {
  BOOST_CHECK_EQUAL(real().search().search("digitale geletterheid", {}, 5).suggestion, "digitale geletterdheid");
  BOOST_CHECK_EQUAL(real().search().search("privasy", {}, 5).suggestion, "privacy");
  BOOST_CHECK_EQUAL(real().search().search("kirkpatrik", {}, 5).suggestion, "Kirkpatrick");
  BOOST_CHECK_EQUAL(real().search().search("Kirkpatrick", {}, 5).suggestion, "");
  BOOST_CHECK_EQUAL(real().search().search("zzzqqqxxx", {}, 5).suggestion, "");
  BOOST_CHECK_EQUAL(real().search().search("zzzqqqxxx", {}, 5).total, 0u);
}

BOOST_AUTO_TEST_CASE(synonyms_from_the_content_list) {
  // leerkracht: Stichting Leerkracht, and also the teacher's items (the guide says leraar).
  const auto hits = find(real(), "leerkracht ");
  bool teacherGuide = false;
  for (const auto& h : hits) teacherGuide = teacherGuide || real().search().documents()[h.document].id == "leraar";
  BOOST_TEST(teacherGuide);
  // AVG finds every topic tagged with the policy theme AVG (Leraar 2.4-2.6, Schoolleider 2.8-2.9).
  const auto avg = idSet(real(), find(real(), "AVG"));
  for (const std::string id : {"leraar-2-4", "leraar-2-5", "leraar-2-6", "schoolleider-2-8", "schoolleider-2-9"}) {
    BOOST_TEST(avg.count(id) == 1u, id);
  }
  // A phrase synonym: "computational thinking" and "programmeren" find the same competence first.
  BOOST_CHECK_EQUAL(idsOf(real(), find(real(), "programmeren", {}, 1)).at(0), "leraar-basis-ct");
  BOOST_CHECK_EQUAL(idsOf(real(), find(real(), "computational thinking", {}, 1)).at(0), "leraar-basis-ct");
  // Every group of the list is in the content, with a reason.
  BOOST_TEST(real().content().synonyms.size() >= 10u);
  for (const auto& g : real().content().synonyms) BOOST_TEST(!g.reason.empty());
}

BOOST_AUTO_TEST_CASE(filter_by_place) {
  const auto all = real().search().search("evaluatie", {}, 10000);
  std::size_t sum = 0;
  for (std::size_t p = 0; p < samenwijs::kSearchPlaceCount; ++p) {
    SearchFilter f;
    f.place = samenwijs::placeName(static_cast<samenwijs::SearchPlace>(p));
    const auto r = real().search().search("evaluatie", f, 10000);
    BOOST_CHECK_EQUAL(r.total, all.perPlace[p]);
    for (const auto& h : r.hits) BOOST_TEST(static_cast<std::size_t>(real().search().documents()[h.document].place) == p);
    sum += r.total;
  }
  BOOST_CHECK_EQUAL(sum, all.total);
  BOOST_TEST(all.perPlace[static_cast<std::size_t>(samenwijs::SearchPlace::Network)] > 0u);
  SearchFilter unknown;
  unknown.place = "elders";
  BOOST_TEST(find(real(), "evaluatie", unknown).empty());
}

BOOST_AUTO_TEST_CASE(filter_by_guide_theme_and_policy_theme) {
  SearchFilter f;
  f.guide = "icoach";
  const auto hits = find(real(), "leerlingen", f);
  BOOST_REQUIRE(!hits.empty());
  for (const auto& h : hits) BOOST_CHECK_EQUAL(real().search().documents()[h.document].guide, "icoach");
  SearchFilter t;
  t.theme = "omgeving";
  for (const auto& h : find(real(), "netwerk", t)) BOOST_CHECK_EQUAL(real().search().documents()[h.document].theme, "omgeving");
  SearchFilter p;
  p.policyTheme = "avg";
  const auto avgHits = find(real(), "leerlingen", p);
  BOOST_REQUIRE(!avgHits.empty());
  for (const auto& h : avgHits) {
    const auto& pt = real().search().documents()[h.document].policyThemes;
    BOOST_TEST((std::find(pt.begin(), pt.end(), "avg") != pt.end()));
  }
  SearchFilter bad;
  bad.guide = "bestaat-niet";
  BOOST_TEST(find(real(), "leerlingen", bad).empty());
}

BOOST_AUTO_TEST_CASE(match_ranges_point_at_words) {
  for (const std::string q : {"Ideeën", "gesprek", "leerlingen", "vaardigheden "}) {
    checkRanges(real(), q, find(real(), q));
  }
  // With synonyms and typos, the highlighted words are still whole words.
  for (const std::string q : {"leerkracht", "privasy", "AVG", "computational thinking", "email"}) {
    checkRanges(real(), find(real(), q), [](const samenwijs::Token&) { return true; });
  }
}

BOOST_AUTO_TEST_CASE(empty_or_separator_query_gives_no_hits) {
  for (const std::string q : {"", " ", "   \t\n", "?!,.", "😀", "— –"}) {
    BOOST_TEST_CONTEXT("query '" << q << "'") { BOOST_TEST(find(real(), q).empty()); }
  }
}

BOOST_AUTO_TEST_CASE(limit_respected) {
  const auto all = find(real(), "school");
  BOOST_REQUIRE(all.size() > 10u);
  const auto three = find(real(), "school", {}, 3);
  BOOST_REQUIRE_EQUAL(three.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) BOOST_CHECK_EQUAL(three[i].document, all[i].document);
  BOOST_TEST(find(real(), "school", {}, 0).empty());
  BOOST_CHECK_EQUAL(find(real(), "school", {}, all.size() + 5).size(), all.size());
}

BOOST_AUTO_TEST_CASE(edit_distance) {
  using samenwijs::editDistance;
  BOOST_CHECK_EQUAL(editDistance("privacy", "privacy", 2, false), 0);
  BOOST_CHECK_EQUAL(editDistance("privasy", "privacy", 2, false), 1);
  BOOST_CHECK_EQUAL(editDistance("pirvacy", "privacy", 2, false), 1);  // two neighbours swapped
  BOOST_CHECK_EQUAL(editDistance("kirpatrik", "kirkpatrick", 2, false), 2);
  BOOST_CHECK_EQUAL(editDistance("abcdef", "uvwxyz", 2, false), 3);       // capped at max + 1
  BOOST_CHECK_EQUAL(editDistance("leernetwerkn", "leernetwerken", 1, true), 1);
  BOOST_CHECK_EQUAL(editDistance("priv", "privacybeleid", 1, true), 0);  // a prefix
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(tiny_content)

BOOST_AUTO_TEST_CASE(title_ranks_above_body_text) {
  const auto hits = find(tiny(), "robots ");
  const auto ids = idsOf(tiny(), hits);
  // A title (weight 3) and a discussion question (2) rank above a body text (1).
  BOOST_REQUIRE(ids.size() >= 3u);
  const auto pos = [&](const std::string& id) {
    return static_cast<std::size_t>(std::find(ids.begin(), ids.end(), id) - ids.begin());
  };
  BOOST_TEST(pos("g-1-1") < 2u);
  BOOST_TEST(pos("g-1-1-v1") < 2u);
  BOOST_TEST(pos("g-1-2") > pos("g-1-1-v1"));
  BOOST_TEST(pos("g-1-2") < ids.size());
  BOOST_TEST(hits[pos("g-1-1")].score > hits[pos("g-1-2")].score);
  BOOST_CHECK_EQUAL(hits[pos("g-1-1")].matches.size(), 1u);
  BOOST_CHECK_EQUAL(samenwijs::fieldName(hits[pos("g-1-1")].matches[0].field), std::string("title"));
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
      BOOST_CHECK_EQUAL(samenwijs::fieldName(hit.matches[0].field), std::string("text"));
      BOOST_REQUIRE_EQUAL(hit.matches[0].ranges.size(), 1u);
      BOOST_CHECK_EQUAL(hit.matches[0].ranges[0].first, 16u);
      BOOST_CHECK_EQUAL(hit.matches[0].ranges[0].second, 6u);
      BOOST_CHECK_EQUAL(std::string("Soms gebruik je robots in de klas.").substr(16, 6), "robots");
    }
    if (doc.id == "g-1") {  // "Café: ideeën over robots en 😀 lessen."
      BOOST_REQUIRE_EQUAL(hit.matches.size(), 1u);
      BOOST_CHECK_EQUAL(samenwijs::fieldName(hit.matches[0].field), std::string("text"));
      BOOST_REQUIRE_EQUAL(hit.matches[0].ranges.size(), 1u);
      BOOST_CHECK_EQUAL(hit.matches[0].ranges[0].first, 18u);
      BOOST_CHECK_EQUAL(hit.matches[0].ranges[0].second, 6u);
    }
  }
  BOOST_TEST(idSet(tiny(), hits).count("g-1") == 1u);

  // After an emoji (two units, 28-29) and a space: "lessen" starts at 31.
  const auto les = find(tiny(), "ideeen lessen ");
  BOOST_REQUIRE(!les.empty());
  BOOST_CHECK_EQUAL(tiny().search().documents()[les[0].document].id, "g-1");  // the only one with both words
  BOOST_CHECK_EQUAL(les[0].matchedTerms, 2u);
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
    BOOST_TEST(samenwijs::SearchIndex::matchesFilter(doc, SearchFilter{doc.guide, doc.theme, "", ""}));
    BOOST_TEST(!samenwijs::SearchIndex::matchesFilter(doc, SearchFilter{"andere-gids", "", "", ""}));
    const bool avgDoc = std::find(doc.policyThemes.begin(), doc.policyThemes.end(), "avg") != doc.policyThemes.end();
    BOOST_TEST(samenwijs::SearchIndex::matchesFilter(doc, avg) == avgDoc);
  }
}

BOOST_AUTO_TEST_CASE(place_names_round_trip) {
  for (std::size_t p = 0; p < samenwijs::kSearchPlaceCount; ++p) {
    samenwijs::SearchPlace back = samenwijs::SearchPlace::Sources;
    BOOST_TEST(samenwijs::placeFromName(samenwijs::placeName(static_cast<samenwijs::SearchPlace>(p)), back));
    BOOST_TEST(static_cast<std::size_t>(back) == p);
  }
  samenwijs::SearchPlace x;
  BOOST_TEST(!samenwijs::placeFromName("", x));
}

// The page shows long fields as snippets: cut around the first match, whole words, "…" where
// cut, and the ranges still point at the matched words.
BOOST_AUTO_TEST_CASE(snippets_cut_long_fields_around_the_match) {
  const auto& index = real().search();
  const auto r = index.search("leerlingen", {}, 200);
  std::size_t cut = 0;
  for (const auto& hit : r.hits) {
    const auto& doc = index.documents()[hit.document];
    for (const auto& m : hit.matches) {
      const samenwijs::Snippet s = index.snippet(doc, m, 80);
      BOOST_REQUIRE(!s.ranges.empty());
      if (s.text == index.fieldText(doc, m.field)) continue;
      ++cut;
      BOOST_TEST(s.text.size() < index.fieldText(doc, m.field).size());
      for (const auto& range : s.ranges) {
        BOOST_TEST(samenwijs::foldText(slice(s.text, range)).find("leerling") != std::string::npos, s.text);
      }
    }
  }
  BOOST_TEST(cut > 10u);
}

BOOST_AUTO_TEST_CASE(json_writer_writes_valid_json) {
  std::string out;
  samenwijs::JsonWriter w(out);
  w.beginObject().field("a", "x\"y\\z\n\x01").field("b", std::uint64_t{42}).field("c", -7).field("d", true);
  w.key("e").beginArray().value(1.5).null().beginArray().endArray().endArray();
  w.field("bad", std::string("ok\xff\xc3(")).endObject();
  const auto parsed = samenwijs::Json::parse(out, nullptr, false);
  BOOST_REQUIRE(!parsed.is_discarded());
  BOOST_CHECK_EQUAL(parsed["a"].get<std::string>(), "x\"y\\z\n\x01");
  BOOST_CHECK_EQUAL(parsed["b"].get<int>(), 42);
  BOOST_CHECK_EQUAL(parsed["c"].get<int>(), -7);
  BOOST_CHECK_EQUAL(parsed["e"].size(), 3u);
  BOOST_CHECK_EQUAL(parsed["bad"].get<std::string>(), "ok\xEF\xBF\xBD\xEF\xBF\xBD(");
}

// Scores are written without printf: the same ten significant digits as "%.10g".
BOOST_AUTO_TEST_CASE(json_writer_writes_numbers_as_printf_does) {
  for (const double d : {0.0, 1.0, -2.5, 1.05, 123456.789, 200003.14159265358, 999999999.99999, 1e-7, 0.25, 3e20, -17.000001,
                         0.5, 0.0001, 0.000123456789012, 0.00009999999999999, 0.99999999999, 9999999999.5, 1e10, 1e100,
                         -1.2345678901e-300, 4.9e-324, 1e308, 12345678901234.5, 0.1234567890123,
                         3.14159265358979, 1234567890.0}) {
    std::string out;
    samenwijs::JsonWriter(out).value(d);
    char expected[32];
    std::snprintf(expected, sizeof(expected), "%.10g", d);
    BOOST_TEST_CONTEXT(expected) {
      const auto parsed = samenwijs::Json::parse(out, nullptr, false);
      BOOST_REQUIRE(parsed.is_number());
      BOOST_TEST(parsed.get<double>() == std::strtod(expected, nullptr), boost::test_tools::tolerance(1e-12));
      BOOST_TEST(out.size() <= std::string(expected).size());
      if (std::fabs(d) >= 1 && std::fabs(d) < 1e9) BOOST_TEST(out == expected);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

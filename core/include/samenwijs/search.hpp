#pragma once
// One search over everything a user can read on the site: the conversation starters (guides,
// main questions, topics, questions, reading tips, with their tags and policy themes), both
// self-assessments (competences, statements, level descriptions), the network check, the
// sources and the themes. Every hit says where it is (a "place") and the route that opens it.
//
// Ranking (search.cpp): BM25 over weighted fields; a document needs most of the query's
// words, not all (documents with more of them rank first); Dutch folding and stemming
// (text_fold.hpp), word families (veilig ~ veiligheid), compound-aware prefixes and tails
// (privacy -> privacybeleid, pesten -> cyberpesten); the synonym list from content
// (synonyms.hpp); and, only for a word the site does not know, typo tolerance (one edit from
// 4 letters, two from 8, never on the first letter), always ranked below exact matches.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "samenwijs/content_model.hpp"
#include "samenwijs/text_fold.hpp"

namespace samenwijs {

// The kinds of place a hit can be in; the page filters on them.
enum class SearchPlace : std::uint8_t { Guidance, SelfAssessment, Network, Sources, Glossary };
constexpr std::size_t kSearchPlaceCount = 5;
// "gespreksstarters", "zelfscan", "netwerkcheck", "bronnen", "begrippen"
const char* placeName(SearchPlace place);
bool placeFromName(const std::string& name, SearchPlace& place);

struct SearchFilter {
  std::string guide;        // guide id, or empty for all
  std::string theme;        // theme id, or empty
  std::string policyTheme;  // policy theme id, or empty
  std::string place;        // a placeName, or empty for all places
};

// Field names; each has a weight per kind of document (search_documents.cpp).
enum class FieldName : std::uint8_t { Title, Question, Text, Tags, Levels, Publisher, Context, Aliases, Count };
// "title", "question", "text", "tags", "levels", "publisher", "context", "aliases"
const char* fieldName(FieldName name);

struct SearchField {
  FieldName name;
  float weight;
  std::string text;  // the text as the site shows it; match ranges point into it
};

struct SearchDocument {
  const char* kind = "";  // "topic", "question", "competence", "networkCondition", ... (see search_documents.cpp)
  SearchPlace place = SearchPlace::Guidance;
  std::string id;
  std::string route;    // the site route that opens it, e.g. "/gespreksstarters/leraar/leraar-2-4"
  std::string context;  // where it is, for the hit's breadcrumb ("Leraar › 2.4 Schoolsystemen")
  // Guidance documents only (the guide, theme and policy theme filters).
  std::string guide, mainQuestion, topic, theme;
  std::vector<std::string> policyThemes;
  std::vector<SearchField> fields;  // fields[0] is the title (or the text of a question)
  const std::string& title() const { return fields.front().text; }
};

struct FieldMatch {
  FieldName field;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;  // UTF-16 start, length
  std::uint32_t span = 0;  // the index's field span (for snippets)
  std::uint32_t firstToken = 0;  // the first highlighted word, counted from the field's start
};

// A piece of a long field around its first match, with "…" where it was cut.
struct Snippet {
  std::string text;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;  // UTF-16 start, length in `text`
};

struct SearchHit {
  std::size_t document = 0;  // index into SearchIndex::documents()
  double score = 0;
  std::uint8_t matchedTerms = 0;  // how many of the query's words it holds
  bool typo = false;              // found only through a corrected word
  std::vector<FieldMatch> matches;
};

struct SearchResult {
  std::vector<SearchHit> hits;       // at most `limit`, best first
  std::size_t total = 0;             // every document that matched, not only those returned
  std::size_t totalAllTerms = 0;     // of those, the ones holding every word of the query
  std::size_t terms = 0;             // words (or synonym phrases) in the query
  std::size_t perPlace[kSearchPlaceCount] = {};  // matches per place, before the place filter
  std::string suggestion;            // "Bedoelde je ...?": the query with unknown words corrected, or empty
};

class SearchVocabulary;  // search_vocabulary.hpp

class SearchIndex {
 public:
  explicit SearchIndex(const Content& content);
  ~SearchIndex();
  SearchIndex(SearchIndex&&) noexcept;
  SearchIndex& operator=(SearchIndex&&) noexcept;

  // Ranks on document ids, cuts to `limit`, and only then finds the matches of those hits.
  SearchResult search(const std::string& query, const SearchFilter& filter, std::size_t limit) const;
  // The field of a match, cut to about `maxUnits` UTF-16 units around its first match (whole
  // words; the whole field when it is short enough).
  Snippet snippet(const SearchDocument& doc, const FieldMatch& match, std::size_t maxUnits) const;
  const std::vector<SearchDocument>& documents() const { return documents_; }
  const std::string& fieldText(const SearchDocument& doc, FieldName field) const;
  static bool matchesFilter(const SearchDocument& doc, const SearchFilter& filter);
  const SearchVocabulary& vocabulary() const;
  double buildMilliseconds() const { return buildMs_; }  // how long building the index took (for the benchmark)

 private:
  struct Data;  // words, postings, field spans, synonyms (search.cpp)
  std::vector<SearchDocument> documents_;
  std::unique_ptr<Data> data_;
  double buildMs_ = 0;
};

// All documents of the content, in a stable order (search_documents.cpp).
std::vector<SearchDocument> buildSearchDocuments(const Content& content);

}  // namespace samenwijs

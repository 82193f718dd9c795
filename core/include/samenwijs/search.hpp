#pragma once
// Full-text search over the guidance: main questions, topics, discussion questions and
// reading tips. Forgiving for Dutch (see text_fold.hpp), every word of the query must
// match (the last one also as a prefix, for search as you type), ranked by where the
// words match, with match positions for highlighting.
#include <cstdint>
#include <string>
#include <vector>

#include "samenwijs/content_model.hpp"
#include "samenwijs/text_fold.hpp"

namespace samenwijs {

struct SearchFilter {
  std::string guide;        // guide id, or empty for all
  std::string theme;        // theme id, or empty
  std::string policyTheme;  // policy theme id, or empty
};

struct FieldMatch {
  std::string field;  // "title", "question", "text", ...
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;  // UTF-16 start, length
};

struct SearchHit {
  std::size_t document = 0;  // index into SearchIndex::documents()
  double score = 0;
  std::vector<FieldMatch> matches;
};

struct SearchDocument {
  enum class Kind { MainQuestion, Topic, Question, ReadingTip } kind;
  std::string id, guide, mainQuestion, topic, theme;
  std::vector<std::string> policyThemes;
  struct Field {
    std::string name;
    double weight;
    std::vector<Token> tokens;
  };
  std::vector<Field> fields;
};

class SearchIndex {
 public:
  explicit SearchIndex(const Content& content);
  // At most `limit` hits, best first. An empty or separator-only query gives no hits.
  std::vector<SearchHit> search(const std::string& query, const SearchFilter& filter, std::size_t limit) const;
  const std::vector<SearchDocument>& documents() const { return documents_; }
  static bool matchesFilter(const SearchDocument& doc, const SearchFilter& filter);

 private:
  std::vector<SearchDocument> documents_;
};

const char* kindName(SearchDocument::Kind kind);

}  // namespace samenwijs

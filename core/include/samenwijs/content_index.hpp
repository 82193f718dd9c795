#pragma once
// Validated content plus the lookups the capabilities need: by id (for deep links and
// saved agendas) and the search index. Built once, read-only afterwards; the search index
// is built on the first search (issue 15): loading content is on every page's critical
// path, searching is not, and each content part that arrives replaces the index.
#include <map>
#include <memory>
#include <string>

#include "samenwijs/content_model.hpp"
#include "samenwijs/search.hpp"

namespace samenwijs {

// Where an id lives in the guidance tree. Indexes into Content::guides etc.
struct GuidanceLocation {
  enum class Kind { Guide, MainQuestion, Topic, Question, ReadingTip } kind;
  std::size_t guide = 0, mainQuestion = 0, topic = 0, question = 0, readingTip = 0;
};

class ContentIndex {
 public:
  explicit ContentIndex(Content content);

  const Content& content() const { return content_; }
  // Hands the content on (to extend it with parts added step by step, issue 15); the
  // index is not used afterwards.
  Content release() { return std::move(content_); }
  const GuidanceLocation* locate(const std::string& id) const;
  const Guide* guide(const std::string& id) const;
  const Framework* framework(const std::string& id) const;
  // Built on first use (the module is single-threaded, as are the native callers).
  const SearchIndex& search() const;
  // The original text of a search document's field, which the search's match ranges point into.
  const std::string& fieldText(const SearchDocument& doc, FieldName field) const { return search().fieldText(doc, field); }

 private:
  Content content_;
  std::map<std::string, GuidanceLocation> locations_;
  mutable std::unique_ptr<SearchIndex> search_;
};

const char* kindName(GuidanceLocation::Kind kind);

}  // namespace samenwijs

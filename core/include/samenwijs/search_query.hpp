#pragma once
// A typed query, read for the search: its words (folded), Dutch filler words dropped when
// there are others, and each word or phrase with the synonyms from the content's list
// (leerkracht -> leraar, "computational thinking" -> programmeren).
#include <string>
#include <vector>

#include "samenwijs/synonyms.hpp"

namespace samenwijs {

struct QueryAlternative {
  std::vector<std::string> words;  // folded; several for a phrase ("kunstmatige intelligentie")
  float quality = 1;               // 1 for what was typed, less for a synonym
  bool typed = false;              // what the user typed (may be a prefix, may get a typo correction)
};

struct QueryTerm {
  std::vector<QueryAlternative> alternatives;  // [0] is what was typed
  bool typing = false;                         // the user may still be typing its last word
  std::size_t byteStart = 0, byteLength = 0;   // where it is in the query
};

// The synonym list, folded once when the content loads.
class SynonymTable {
 public:
  SynonymTable() = default;
  explicit SynonymTable(const std::vector<SynonymGroup>& groups);
  // The group whose phrase matches the query words from `at` on (longest first), or -1;
  // `length` gets the number of words it covers.
  int match(const std::vector<std::string>& stems, std::size_t at, std::size_t& length) const;
  const std::vector<std::vector<std::string>>& phrases(int group) const { return groups_[static_cast<std::size_t>(group)]; }

 private:
  std::vector<std::vector<std::vector<std::string>>> groups_;        // group -> phrase -> folded words
  std::vector<std::vector<std::vector<std::string>>> groupStems_;    // the same, stemmed
};

constexpr float kSynonymQuality = 0.9f;

std::vector<QueryTerm> parseQuery(const std::string& query, const SynonymTable& synonyms);

}  // namespace samenwijs

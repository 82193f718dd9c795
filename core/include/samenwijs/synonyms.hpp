#pragma once
// The search's list of words that mean the same thing to the people who use the site
// (leerkracht and leraar, AVG and privacy, ...): content/synonyms.json, validated at build
// time like all content. Every group says why its words belong together.
#include <string>
#include <vector>

#include "samenwijs/json_reader.hpp"

namespace samenwijs {

struct SynonymGroup {
  std::string id;
  std::vector<std::string> terms;  // as written; a term may be several words ("computational thinking")
  std::string reason;              // why these words mean the same here
};

// The groups in the shape of content/synonyms.json, for the bundle.
Json synonymsToJson(const std::vector<SynonymGroup>& groups);

}  // namespace samenwijs

// content/synonyms.json: words that mean the same thing for the search. Each group lists
// its terms and says why they belong together; a term may appear in one group only, so
// the search never has to choose between two meanings.
#include <map>

#include "samenwijs/content_loader.hpp"
#include "samenwijs/text_fold.hpp"

namespace samenwijs {
namespace {

constexpr std::size_t kMaxWordsPerTerm = 4;
constexpr std::size_t kMinReasonWords = 4;

// The words of a term as the search compares them ("ICT-coördinator" -> "ict coordinator").
std::string foldedWords(const std::string& term, std::size_t& count) {
  std::string out;
  count = 0;
  for (const Token& t : tokenize(term)) {
    out += (count++ ? " " : "") + t.folded;
  }
  return out;
}

}  // namespace

void ContentLoader::readSynonyms(JsonReader& r) {
  if (!r.expectObject()) return;
  r.allowOnly({"groups"});
  std::map<std::string, std::string> groupOfTerm;  // folded term -> group id
  r.forEach("groups", true, [&](JsonReader& g) {
    if (!g.expectObject()) return;
    g.allowOnly({"id", "terms", "reason"});
    SynonymGroup group;
    group.id = readId(g, "zoekwoorden");
    group.terms = g.stringArray("terms", true);
    group.reason = g.requiredString("reason");
    if (g.has("terms") && group.terms.size() < 2) g.failAt("/terms", "een groep heeft minstens twee zoektermen");
    for (std::size_t i = 0; i < group.terms.size(); ++i) {
      const std::string at = "/terms/" + std::to_string(i);
      std::size_t words = 0;
      const std::string folded = foldedWords(group.terms[i], words);
      if (words == 0) {
        g.failAt(at, "een zoekterm heeft minstens één letter of cijfer");
        continue;
      }
      if (words > kMaxWordsPerTerm) g.failAt(at, "een zoekterm heeft hoogstens vier woorden");
      auto [it, inserted] = groupOfTerm.emplace(folded, group.id);
      if (!inserted) {
        g.failAt(at, "zoekterm '" + group.terms[i] + "' staat al in groep '" + it->second + "'");
      }
    }
    std::size_t reasonWords = 0;
    foldedWords(group.reason, reasonWords);
    if (g.has("reason") && reasonWords < kMinReasonWords) {
      g.failAt("/reason", "leg in een zin uit waarom deze woorden hetzelfde betekenen");
    }
    content_.synonyms.push_back(std::move(group));
  });
}

void ContentLoader::addSynonyms(const std::string& file, const std::string& text) {
  if (auto json = parse(file, text)) {
    JsonReader r(*json, file, "", issues_);
    readSynonyms(r);
  }
}

Json synonymsToJson(const std::vector<SynonymGroup>& groups) {
  Json list = Json::array();
  for (const auto& g : groups) list.push_back({{"id", g.id}, {"terms", g.terms}, {"reason", g.reason}});
  return Json{{"groups", list}};
}

}  // namespace samenwijs

#include "samenwijs/search_query.hpp"

#include <algorithm>

#include "samenwijs/text_fold.hpp"

namespace samenwijs {
namespace {

// Words that say little about what someone looks for; dropped when the query has others
// ("avg en privacy" looks for avg and privacy, not for every text with "en").
bool isFillerWord(const std::string& w) {
  static const char* const words[] = {"de", "het", "een", "en", "of", "van", "in", "op", "voor", "met", "te", "aan",
                                      "bij", "om", "is", "je", "jij", "u", "die", "dat", "er", "naar", "over",
                                      "hoe", "wat", "wie", "ik", "we", "wij", "als", "door", "tot", "uit"};
  return std::any_of(std::begin(words), std::end(words), [&](const char* f) { return w == f; });
}

struct QueryWord {
  std::string folded, stem;
  std::size_t byteStart, byteLength;
};

}  // namespace

SynonymTable::SynonymTable(const std::vector<SynonymGroup>& groups) {
  for (const auto& g : groups) {
    std::vector<std::vector<std::string>> phrases, stems;
    for (const auto& term : g.terms) {
      std::vector<std::string> words, wordStems;
      for (const Token& t : tokenize(term)) {
        words.push_back(t.folded);
        wordStems.push_back(t.stem);
      }
      if (words.empty()) continue;
      phrases.push_back(std::move(words));
      stems.push_back(std::move(wordStems));
    }
    groups_.push_back(std::move(phrases));
    groupStems_.push_back(std::move(stems));
  }
}

int SynonymTable::match(const std::vector<std::string>& stems, std::size_t at, std::size_t& length) const {
  int best = -1;
  length = 0;
  for (std::size_t g = 0; g < groupStems_.size(); ++g) {
    for (const auto& phrase : groupStems_[g]) {
      if (phrase.size() <= length || at + phrase.size() > stems.size()) continue;
      if (std::equal(phrase.begin(), phrase.end(), stems.begin() + static_cast<std::ptrdiff_t>(at))) {
        best = static_cast<int>(g);
        length = phrase.size();
      }
    }
  }
  return best;
}

std::vector<QueryTerm> parseQuery(const std::string& query, const SynonymTable& synonyms) {
  std::vector<QueryWord> words;
  scanWords(query, [&](const std::string& folded, const WordSpan& span) {
    words.push_back({folded, dutchStem(folded), span.byteStart, span.byteLength});
  });
  // Still typing the last word, unless a space or punctuation follows it.
  const bool typingLast = !words.empty() && words.back().byteStart + words.back().byteLength == query.size();
  if (std::any_of(words.begin(), words.end(), [](const QueryWord& w) { return !isFillerWord(w.folded); })) {
    words.erase(std::remove_if(words.begin(), words.end(), [](const QueryWord& w) { return isFillerWord(w.folded); }),
                words.end());
  }
  std::vector<std::string> stems;
  for (const auto& w : words) stems.push_back(w.stem);

  std::vector<QueryTerm> terms;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t length = 0;
    const int group = synonyms.match(stems, i, length);
    if (group < 0) length = 1;
    QueryTerm term;
    term.byteStart = words[i].byteStart;
    term.byteLength = words[i + length - 1].byteStart + words[i + length - 1].byteLength - term.byteStart;
    term.typing = typingLast && term.byteStart + term.byteLength == query.size();
    QueryAlternative typed;
    typed.typed = true;
    for (std::size_t k = i; k < i + length; ++k) typed.words.push_back(words[k].folded);
    terms.push_back(std::move(term));
    QueryTerm& t = terms.back();
    if (group >= 0) {
      for (const auto& phrase : synonyms.phrases(group)) {
        if (phrase == typed.words) continue;
        t.alternatives.push_back({phrase, kSynonymQuality, false});
      }
    }
    t.alternatives.insert(t.alternatives.begin(), std::move(typed));
    i += length;
  }
  return terms;
}

}  // namespace samenwijs

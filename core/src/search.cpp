#include "samenwijs/search.hpp"

#include <algorithm>
#include <set>

namespace samenwijs {
namespace {

constexpr double kExact = 1.0;   // same stem
constexpr double kPrefix = 0.6;  // the word starts with what was typed
constexpr std::size_t kMinPrefix = 2;

SearchDocument::Field field(const char* name, double weight, const std::string& text) {
  return {name, weight, tokenize(text)};
}

double matchScore(const Token& token, const Token& term, bool allowPrefix) {
  if (token.stem == term.stem || token.folded == term.folded) return kExact;
  if (allowPrefix && term.folded.size() >= kMinPrefix && token.folded.compare(0, term.folded.size(), term.folded) == 0) {
    return kPrefix;
  }
  return 0;
}

}  // namespace

const char* kindName(SearchDocument::Kind kind) {
  switch (kind) {
    case SearchDocument::Kind::MainQuestion: return "mainQuestion";
    case SearchDocument::Kind::Topic: return "topic";
    case SearchDocument::Kind::Question: return "question";
    case SearchDocument::Kind::ReadingTip: return "readingTip";
  }
  return "";
}

SearchIndex::SearchIndex(const Content& content) {
  using Kind = SearchDocument::Kind;
  for (const auto& g : content.guides) {
    for (const auto& mq : g.mainQuestions) {
      std::set<std::string> mqPolicy;
      for (const auto& t : mq.topics) mqPolicy.insert(t.policyThemes.begin(), t.policyThemes.end());
      const std::vector<std::string> mqPolicyList(mqPolicy.begin(), mqPolicy.end());
      documents_.push_back({Kind::MainQuestion, mq.id, g.id, mq.id, "", mq.theme, mqPolicyList,
                            {field("title", 3, mq.title), field("question", 2, mq.question), field("text", 1, mq.intro)}});
      for (const auto& t : mq.topics) {
        documents_.push_back({Kind::Topic, t.id, g.id, mq.id, t.id, mq.theme, t.policyThemes,
                              {field("title", 3, t.title), field("text", 1, t.text)}});
        for (const auto& q : t.questions) {
          documents_.push_back({Kind::Question, q.id, g.id, mq.id, t.id, mq.theme, t.policyThemes,
                                {field("text", 2, q.text)}});
        }
      }
      for (const auto& tip : mq.readingTips) {
        documents_.push_back({Kind::ReadingTip, tip.id, g.id, mq.id, "", mq.theme, mqPolicyList,
                              {field("title", 2.5, tip.title), field("text", 1, tip.description),
                               field("publisher", 1, tip.publisher)}});
      }
    }
  }
}

bool SearchIndex::matchesFilter(const SearchDocument& doc, const SearchFilter& filter) {
  if (!filter.guide.empty() && doc.guide != filter.guide) return false;
  if (!filter.theme.empty() && doc.theme != filter.theme) return false;
  if (!filter.policyTheme.empty() &&
      std::find(doc.policyThemes.begin(), doc.policyThemes.end(), filter.policyTheme) == doc.policyThemes.end()) {
    return false;
  }
  return true;
}

std::vector<SearchHit> SearchIndex::search(const std::string& query, const SearchFilter& filter,
                                           std::size_t limit) const {
  const std::vector<Token> terms = tokenize(query);
  std::vector<SearchHit> hits;
  if (terms.empty() || limit == 0) return hits;
  // Prefix matching for the word still being typed (the last one, unless followed by a space).
  const bool typingLast = !query.empty() && query.back() != ' ';

  for (std::size_t d = 0; d < documents_.size(); ++d) {
    const SearchDocument& doc = documents_[d];
    if (!matchesFilter(doc, filter)) continue;
    double total = 0;
    bool all = true;
    std::vector<std::size_t> bestField(terms.size(), 0);
    for (std::size_t t = 0; t < terms.size() && all; ++t) {
      const bool allowPrefix = typingLast && t + 1 == terms.size();
      double best = 0;
      for (std::size_t f = 0; f < doc.fields.size(); ++f) {
        for (const Token& token : doc.fields[f].tokens) {
          const double s = matchScore(token, terms[t], allowPrefix) * doc.fields[f].weight;
          if (s > best) {
            best = s;
            bestField[t] = f;
          }
        }
      }
      if (best == 0) all = false;
      total += best;
    }
    if (!all) continue;
    // All words in one field reads as a phrase-like match: rank it a little higher.
    if (std::all_of(bestField.begin(), bestField.end(), [&](std::size_t f) { return f == bestField[0]; })) {
      total *= 1.2;
    }
    SearchHit hit{d, total, {}};
    for (const auto& f : doc.fields) {
      FieldMatch m{f.name, {}};
      for (const Token& token : f.tokens) {
        for (std::size_t t = 0; t < terms.size(); ++t) {
          if (matchScore(token, terms[t], typingLast && t + 1 == terms.size()) > 0) {
            m.ranges.emplace_back(token.start, token.length);
            break;
          }
        }
      }
      if (!m.ranges.empty()) hit.matches.push_back(std::move(m));
    }
    hits.push_back(std::move(hit));
  }
  std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
  if (hits.size() > limit) hits.resize(limit);
  return hits;
}

}  // namespace samenwijs

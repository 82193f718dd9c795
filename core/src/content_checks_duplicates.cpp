// Build-time check: near-duplicate discussion questions across all guides. Two questions
// that say nearly the same thing waste a meeting's time and make search results repeat.
#include <algorithm>
#include <set>

#include "samenwijs/content_checks.hpp"
#include "samenwijs/text_fold.hpp"

namespace samenwijs {
namespace {

std::vector<std::string> stemSet(const std::string& text) {
  std::set<std::string> stems;
  for (const Token& t : tokenize(text)) stems.insert(t.stem);
  return {stems.begin(), stems.end()};
}

int dicePercent(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() && b.empty()) return 100;
  std::vector<std::string> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  return static_cast<int>(200 * common.size() / (a.size() + b.size()));
}

bool allowed(const EditorialRules& rules, const std::string& a, const std::string& b) {
  for (const AllowedRepeat& r : rules.allowedRepeats) {
    const bool hasA = std::find(r.questions.begin(), r.questions.end(), a) != r.questions.end();
    const bool hasB = std::find(r.questions.begin(), r.questions.end(), b) != r.questions.end();
    if (hasA && hasB) return true;
  }
  return false;
}

}  // namespace

int textSimilarityPercent(const std::string& a, const std::string& b) { return dicePercent(stemSet(a), stemSet(b)); }

void checkNearDuplicates(const Content& content, const EditorialRules& rules, const ContentLocations& where,
                         IssueList& issues) {
  struct Entry {
    const Question* question;
    std::vector<std::string> stems;
  };
  std::vector<Entry> all;
  for (const Guide& g : content.guides) {
    for (const MainQuestion& mq : g.mainQuestions) {
      for (const Topic& t : mq.topics) {
        for (const Question& q : t.questions) all.push_back({&q, stemSet(q.text)});
      }
    }
  }
  auto locate = [&](const std::string& id) {
    auto it = where.find(id);
    return it == where.end() ? std::make_pair(std::string(), id) : it->second;
  };
  for (const AllowedRepeat& r : rules.allowedRepeats) {
    for (const std::string& id : r.questions) {
      const bool known = std::any_of(all.begin(), all.end(), [&](const Entry& e) { return e.question->id == id; });
      if (!known) issues.add("editorial.json", "", "toegestane herhaling noemt een onbekende gespreksvraag '" + id + "'");
    }
  }
  // About 500 questions: all pairs is a quarter of a million cheap set comparisons.
  for (std::size_t i = 0; i < all.size(); ++i) {
    for (std::size_t j = i + 1; j < all.size(); ++j) {
      const int percent = dicePercent(all[i].stems, all[j].stems);
      if (percent < rules.duplicateThresholdPercent) continue;
      const std::string& a = all[i].question->id;
      const std::string& b = all[j].question->id;
      if (allowed(rules, a, b)) continue;
      const auto at = locate(b), first = locate(a);
      issues.add(at.first, at.second + "/text",
                 "deze gespreksvraag lijkt voor " + std::to_string(percent) + "% op '" + a + "' (" + first.first +
                     "); herschrijf een van beide, of zet het paar met een reden in editorial.json (nearDuplicates.allowed)");
    }
  }
}

}  // namespace samenwijs

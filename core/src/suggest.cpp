#include "samenwijs/suggest.hpp"

#include <algorithm>

namespace samenwijs {
namespace {

int overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  int n = 0;
  for (const auto& x : a) n += std::count(b.begin(), b.end(), x) > 0 ? 1 : 0;
  return n;
}

int relevance(const Topic& topic, const MainQuestion& mq, const std::vector<const StartConcern*>& concerns) {
  int score = 0;
  for (const StartConcern* c : concerns) {
    score += 2 * overlap(topic.tags, c->tags) + 3 * overlap(topic.policyThemes, c->policyThemes);
    if (std::find(c->themes.begin(), c->themes.end(), mq.theme) != c->themes.end()) score += 1;
  }
  return score;
}

}  // namespace

std::vector<SuggestionGroup> suggestStarters(const ContentIndex& index, const std::string& roleGuide,
                                             const std::vector<std::string>& concernIds, std::size_t perGroup) {
  const Content& content = index.content();
  std::vector<const StartConcern*> concerns;
  for (const auto& c : content.guidedStart.concerns) {
    if (std::find(concernIds.begin(), concernIds.end(), c.id) != concernIds.end()) concerns.push_back(&c);
  }
  SuggestionGroup role{"rol", {}}, teacher{"leraar", {}}, subjects{"onderwerpen", {}};
  for (std::size_t g = 0; g < content.guides.size(); ++g) {
    const Guide& guide = content.guides[g];
    SuggestionGroup* group = guide.id == roleGuide       ? &role
                             : guide.id == "leraar"      ? &teacher
                             : guide.kind == "subject" ? &subjects
                                                         : nullptr;
    if (!group) continue;
    for (std::size_t m = 0; m < guide.mainQuestions.size(); ++m) {
      const MainQuestion& mq = guide.mainQuestions[m];
      for (std::size_t t = 0; t < mq.topics.size(); ++t) {
        // Without concerns, the role's guide in its own order is the best start.
        const int score = concerns.empty() ? (group == &role ? 1 : 0) : relevance(mq.topics[t], mq, concerns);
        if (score > 0) group->topics.push_back({g, m, t, score});
      }
    }
  }
  std::vector<SuggestionGroup> out;
  for (SuggestionGroup* group : {&role, &teacher, &subjects}) {
    std::stable_sort(group->topics.begin(), group->topics.end(),
                     [](const SuggestedTopic& a, const SuggestedTopic& b) { return a.score > b.score; });
    const std::size_t limit = group == &role ? perGroup : std::max<std::size_t>(1, perGroup / 2);
    if (group->topics.size() > limit) group->topics.resize(limit);
    if (!group->topics.empty()) out.push_back(std::move(*group));
  }
  return out;
}

}  // namespace samenwijs

#include "samenwijs/suggest.hpp"

#include <algorithm>
#include <string>

namespace samenwijs {
namespace {

int overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  int n = 0;
  for (const auto& x : a) n += std::count(b.begin(), b.end(), x) > 0 ? 1 : 0;
  return n;
}

int relevance(const Topic& topic, const MainQuestion& mq, const Guide& guide,
              const std::vector<const StartConcern*>& concerns) {
  int score = 0;
  for (const StartConcern* c : concerns) {
    score += 2 * overlap(topic.tags, c->tags) + 3 * overlap(topic.policyThemes, c->policyThemes);
    if (std::find(c->themes.begin(), c->themes.end(), mq.theme) != c->themes.end()) score += 1;
    // A concern that names a guide (the network concern names Leernetwerken) puts it first.
    if (std::find(c->guides.begin(), c->guides.end(), guide.id) != c->guides.end()) score += 3;
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
        // Without concerns, the role's guide in its own order is the best start, with the
        // teacher's questions beside it (they are always the starting point).
        const int score = concerns.empty() ? (group == &subjects ? 0 : 1) : relevance(mq.topics[t], mq, guide, concerns);
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

std::vector<std::string> pickAgendaQuestions(const ContentIndex& index, const std::vector<SuggestionGroup>& groups,
                                             std::size_t maxQuestions) {
  const Content& content = index.content();
  auto topicOf = [&](const SuggestedTopic& s) -> const Topic& {
    return content.guides[s.guide].mainQuestions[s.mainQuestion].topics[s.topic];
  };
  // All suggested topics, best first; on equal scores the group order (role, teacher, subjects) holds.
  std::vector<const SuggestedTopic*> ranked;
  for (const auto& g : groups) {
    for (const auto& t : g.topics) ranked.push_back(&t);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const SuggestedTopic* a, const SuggestedTopic* b) { return a->score > b->score; });
  std::vector<std::string> picked;
  // Round r takes the r-th question of every topic: breadth before depth.
  for (std::size_t round = 0; picked.size() < maxQuestions; ++round) {
    bool any = false;
    for (const SuggestedTopic* s : ranked) {
      const Topic& topic = topicOf(*s);
      if (round >= topic.questions.size()) continue;
      any = true;
      if (picked.size() < maxQuestions) picked.push_back(topic.questions[round].id);
    }
    if (!any) break;
  }
  // The teacher's questions are always the starting point: keep at least one.
  const auto isTeacher = [&](const std::string& id) {
    const GuidanceLocation* loc = index.locate(id);
    return loc && content.guides[loc->guide].id == "leraar";
  };
  const auto teacherGroup = std::find_if(groups.begin(), groups.end(), [](const SuggestionGroup& g) {
    return g.key == "leraar";
  });
  const bool hasTeacher = std::any_of(picked.begin(), picked.end(), isTeacher);
  if (!hasTeacher && maxQuestions > 0 && teacherGroup != groups.end() && !teacherGroup->topics.empty()) {
    const Topic& first = topicOf(teacherGroup->topics.front());
    if (!first.questions.empty()) {
      if (picked.size() == maxQuestions) picked.pop_back();
      picked.push_back(first.questions.front().id);
    }
  }
  return picked;
}

}  // namespace samenwijs

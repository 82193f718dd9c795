#pragma once
// "Waar begin ik?": proposes a first set of conversation starters from a role and the
// concerns a person picked. Topics are scored by shared tags, policy themes and themes;
// the role's own guide comes first, then the teacher's questions (always the starting
// point), then the subjects.
#include <string>
#include <vector>

#include "samenwijs/content_index.hpp"

namespace samenwijs {

struct SuggestedTopic {
  std::size_t guide = 0, mainQuestion = 0, topic = 0;  // indexes into Content
  int score = 0;
};

struct SuggestionGroup {
  std::string key;  // "rol", "leraar", "onderwerpen"
  std::vector<SuggestedTopic> topics;
};

// `concernIds` must exist in content.guidedStart; unknown ids are ignored by the caller's
// validation. `perGroup` limits each group.
std::vector<SuggestionGroup> suggestStarters(const ContentIndex& index, const std::string& roleGuide,
                                             const std::vector<std::string>& concernIds, std::size_t perGroup);

// The questions "Zet de belangrijkste vragen op mijn agenda" adds: at most `maxQuestions`,
// the most relevant first (the first question of each topic by score, then the second, ...),
// and always at least one of the teacher's questions when the groups hold any.
std::vector<std::string> pickAgendaQuestions(const ContentIndex& index, const std::vector<SuggestionGroup>& groups,
                                             std::size_t maxQuestions);

}  // namespace samenwijs

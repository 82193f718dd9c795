#pragma once
// The self-assessment engine, independent of any particular framework: answers in the
// framework's item order, scores per competence and domain, strengths and growth areas
// with guidance found through tags, and the comparison of two measurements.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "samenwijs/content_index.hpp"
#include "samenwijs/json_reader.hpp"
#include "samenwijs/text_fold.hpp"

namespace samenwijs {

// One value per item, in framework order (domains, competences, items as in the content).
inline constexpr std::uint8_t kUnanswered = 0;     // 1..6 are scale levels
inline constexpr std::uint8_t kNotApplicable = 7;  // "niet van toepassing / weet ik niet"
using Answers = std::vector<std::uint8_t>;

std::size_t itemCount(const Framework& fw);

// For an earlier version of `fw` (content "versions"): per item of that version, its index in
// the current item order, or -1 for a retired item. Empty when `version` is not an earlier
// version the framework describes. Items that version did not have stay unanswered.
std::vector<int> itemMapping(const Framework& fw, int version);

// Whether team levels (per competence) made under `version` add up with those of the current
// version: true for the current version and for an earlier one that asked at least one item of
// every current competence. Items added later only refine a level; a competence an earlier
// version never asked would count nobody there, so such versions stay apart.
bool teamComparable(const Framework& fw, int version);

// From {"<item id>": 1..6 or 0 for n.v.t.}; absent items are unanswered. Unknown item ids
// or values out of range are errors (message in Dutch in `error`).
std::optional<Answers> answersFromJson(const Framework& fw, const Json& value, std::string& error);
Json answersToJson(const Framework& fw, const Answers& answers);

struct CompetenceScore {
  const Domain* domain = nullptr;
  const Competence* competence = nullptr;
  int answered = 0, notApplicable = 0, unanswered = 0;
  std::optional<double> score;  // mean level, only with enough answers
};

struct DomainScore {
  const Domain* domain = nullptr;
  int competencesScored = 0, answered = 0;
  std::optional<double> score;  // mean of its scored competences
};

struct Profile {
  const Framework* framework = nullptr;
  std::vector<CompetenceScore> competences;
  std::vector<DomainScore> domains;
  int answered = 0, notApplicable = 0, total = 0;
  std::vector<std::size_t> strengths;    // indexes into competences, best first
  std::vector<std::size_t> growthAreas;  // indexes into competences, weakest first
};

Profile computeProfile(const Framework& fw, const Answers& answers);

// The level a mean score rounds to (1..6).
int levelOf(double score);

// For a growth area: the item to work on first (lowest answered level) and the descriptor
// of the level above it; nullopt when every item is already at the top level.
struct NextStep {
  const Item* item = nullptr;
  int currentLevel = 0;
  std::string descriptor;
};
std::optional<NextStep> nextStep(const Framework& fw, const Answers& answers, const Competence& competence);

// Guidance topics whose tags overlap the competence's tags; the guide that matches the
// framework's audience first. At most `limit`.
struct GuidanceMatch {
  std::size_t guide = 0, mainQuestion = 0, topic = 0;
  int score = 0;  // shared tags x 10, +5 for the guide of the framework's audience
};
std::vector<GuidanceMatch> guidanceFor(const ContentIndex& index, const Framework& fw, const Competence& competence,
                                       std::size_t limit);

struct CompetenceChange {
  const Competence* competence = nullptr;
  std::optional<double> earlier, later;
};
std::vector<CompetenceChange> compareProfiles(const Profile& earlier, const Profile& later);

}  // namespace samenwijs

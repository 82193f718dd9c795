#pragma once
// The readiness rule of the network check: per condition a status from the answers, and
// one verdict for the whole network from the conditions' weights and blocking flags
// (content/network/readiness.json, grounded in seeds 001 and 004).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "samenwijs/network_model.hpp"

namespace samenwijs {

enum class ConditionStatus { Unknown, InPlace, Attention, Missing };
const char* statusName(ConditionStatus s);

// `answers` are per statement: 2 ja, 1 deels, 0 nee; absent = not answered. Only answered
// statements count. In place: every answer "ja" ("deels" is partial, never met); missing:
// an average under 0.75 (mostly "nee"); otherwise it needs attention.
ConditionStatus conditionStatus(const ReadinessCondition& c, const std::vector<std::optional<int>>& answers);

enum class Verdict { Empty, Blocked, NotYet, AlmostBlocking, Almost, ReadyWithAttention, Ready, Incomplete };
const char* verdictName(Verdict v);

struct ConditionResult {
  const ReadinessCondition* condition = nullptr;
  ConditionStatus status = ConditionStatus::Unknown;
};

struct ReadinessResult {
  std::vector<ConditionResult> conditions;  // those of the phase, in content order
  int inPlace = 0, attention = 0, missing = 0, unknown = 0;
  // Weighted share of what is in place over the answered conditions (in place 1, attention
  // 0.5, missing 0), 0..100, rounded; 0 when nothing is answered.
  int score = 0;
  Verdict verdict = Verdict::Empty;
  // Blocking conditions not in place: missing ones first, then partial ones (content order).
  std::vector<const ReadinessCondition*> blocking;
  // What to do first: blocking ones, then other missing ones, then ones needing attention,
  // heavier weight first; at least three, more when more blocking conditions are open.
  std::vector<const ReadinessCondition*> priorities;
  std::string verdictText;
};

// Thresholds of the verdict on the weighted score.
inline constexpr int kReadyFromScore = 85;
inline constexpr int kNotYetBelowScore = 60;

// `answers` maps statement ids to 0, 1 or 2 (already checked by the caller); statements of
// conditions outside `phase` are ignored.
ReadinessResult evaluateReadiness(const Network& net, const std::string& phase, const std::map<std::string, int>& answers);

}  // namespace samenwijs

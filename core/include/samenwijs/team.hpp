#pragma once
// The team overview (teamoverzicht): combines result codes that teachers chose to hand
// in into a team picture per competence and domain, without ever showing an individual
// profile, and only from a minimum group size on.
#include <array>
#include <string>
#include <unordered_set>
#include <vector>

#include "samenwijs/result_code.hpp"

namespace samenwijs {

inline constexpr int kDefaultMinGroupSize = 5;
inline constexpr int kLowestMinGroupSize = 3;

struct TeamEntry {
  std::string label;  // "regel 4" or a file name, for the report
  std::string text;   // a code, or the text of a result file
  bool isFile = false;
};

struct Rejection {
  std::string label, reason, code;  // code: machine-readable reason
};

// Level counts for one competence or domain across the team.
struct Distribution {
  std::array<int, 6> counts{};  // people per level 1..6 (their score rounded)
  int tooFew = 0;               // people without enough answers for a score
  double sum = 0;               // of unrounded scores, for the mean
  std::vector<float> scores;    // for the median
  int n() const;
  std::optional<double> mean() const;
  std::optional<double> median() const;
};

struct TeamSet {
  const Framework* framework = nullptr;
  int accepted = 0, duplicates = 0, rejectedCount = 0;
  std::vector<Rejection> rejected;  // the first kMaxRejectionsListed, in input order
  std::vector<Distribution> competences;  // framework order
  std::vector<Distribution> domains;
};

inline constexpr std::size_t kMaxRejectionsListed = 500;

// Decodes every entry, keeps the valid ones of one framework (`framework`, or the first
// valid code's), drops exact duplicates, and aggregates.
TeamSet aggregateTeam(const std::vector<Framework>& frameworks, const std::vector<TeamEntry>& entries,
                      const std::string& framework);

// Splits pasted text into one entry per non-empty line.
std::vector<TeamEntry> entriesFromText(const std::string& text);

}  // namespace samenwijs

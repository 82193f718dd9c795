#pragma once
// The team overview (teamoverzicht): combines result codes that teachers chose to hand
// in into a team picture per competence and domain, without ever showing an individual
// profile, and only from a minimum group size on.
#include <array>
#include <string>
#include <optional>
#include <string_view>
#include <vector>

#include "samenwijs/result_code.hpp"

namespace samenwijs {

inline constexpr int kDefaultMinGroupSize = 5;
inline constexpr int kLowestMinGroupSize = 3;

struct TeamFile {
  std::string name;  // for the report
  std::string text;  // a result file (JSON) or, for .txt, codes one per line
};

struct Rejection {
  std::string label, reason, code;  // code: machine-readable reason
};

// Level counts for one competence or domain across the team.
struct Distribution {
  static constexpr int kSteps = 600;  // scores kept on a 1/600 grid: exact for item means
  std::array<int, 6> counts{};        // people per level 1..6 (their score rounded)
  int tooFew = 0;                     // people without enough answers for a score
  double sum = 0;                     // of unrounded scores, for the mean
  std::vector<int> histogram;         // people per grid step from 0 to 6, for the median
  void add(double score);
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

// Decodes every non-empty line of `pasted` and every file, keeps the valid codes of one
// framework (`framework`, or the one most valid codes belong to), drops exact duplicates,
// and aggregates. Built for 100,000 codes: no allocation per code on the happy path.
TeamSet aggregateTeam(const std::vector<Framework>& frameworks, const std::string& pasted,
                      const std::vector<TeamFile>& files, const std::string& framework);

}  // namespace samenwijs

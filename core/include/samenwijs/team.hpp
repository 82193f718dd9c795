#pragma once
// The team overview (teamoverzicht): hand-in codes of one collection round become running
// totals (people per level, per competence and domain), and only totals are kept. A
// picture appears from the round's minimum group size; the rules that keep one person from
// being singled out live here and in shown_sets.hpp. Personal result codes are refused.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "samenwijs/function_ref.hpp"
#include "samenwijs/handin_code.hpp"
#include "samenwijs/round_code.hpp"

namespace samenwijs {

// Additive totals of one round (or a board): people per level (1-6) per row. In a
// collector's partial totals the counters are shares modulo 65536 instead of counts.
struct TeamTotals {
  const Framework* framework = nullptr;
  std::uint64_t round = 0;
  int minGroupSize = kMinGroupFloor;
  std::uint64_t participants = 0;
  std::vector<std::uint64_t> counts;  // rows x 6

  void reset(const Framework& fw);
  void addLevels(const std::vector<std::uint8_t>& levels);
  // Adds another round's or school's totals (same framework).
  void addTotals(const TeamTotals& other);
};

// One row's figures.
struct Distribution {
  std::array<std::uint64_t, 6> counts{};
  std::uint64_t tooFew = 0;
  std::uint64_t n() const;
  std::optional<double> mean() const;
  std::optional<double> median() const;  // of the levels: a whole or a half
};
Distribution distributionOf(const TeamTotals& totals, std::size_t row);

struct Rejection {
  std::string label, reason, code;  // code: machine-readable reason
};
inline constexpr std::size_t kMaxRejectionsListed = 500;

// A text file handed to the overview (a list of codes).
struct TeamFile {
  std::string name, text;
};

// Calls visit(code, label) for every code in pasted text: codes separated by line breaks,
// commas, semicolons, tabs or spaces; a piece that does not start like a code (two or three
// letters or digits and a hyphen) continues the previous one, so a code broken by a space
// still reads, unless the code is whole without it (words after a code in an e-mail).
// Each code is cleaned with stripCodeInput. Text that does not start like a code (a
// greeting, a signature) is not a code: it is listed as skipped, where it starts. Files: a
// file with no code in it at all, or with binary bytes, gets one rejection instead of one
// per line.
struct CodeListReport {
  std::size_t rejectedCount = 0, skippedCount = 0;
  std::vector<Rejection> rejected;
  std::vector<std::string> skipped;  // where text without a code starts ("regel 1")
  void reject(std::string label, std::string reason, std::string code);
  void skip(std::string label);
};
// Where a code starts ("regel 3", "codes.txt, regel 2"); made only when needed.
struct CodeLabel {
  const std::string& prefix;
  std::size_t line;
  std::string text() const { return prefix + "regel " + std::to_string(line); }
};
void forEachListedCode(const std::string& pasted, const std::vector<TeamFile>& files, CodeListReport& report,
                       FunctionRef<void(std::string_view cleaned, const CodeLabel& label)> visit);

// The codes of one round: plain hand-ins (one collector) or the shares of one collector.
struct RoundCollection {
  TeamTotals totals;
  std::size_t accepted = 0, duplicates = 0, replaced = 0;
  CodeListReport report;
  std::vector<std::uint64_t> tags;  // sorted, one per counted hand-in (for shown_sets)
};
// `collector`: 0 for a one-collector round, 1 or 2 for that collector's shares.
RoundCollection collectRound(const std::vector<Framework>& frameworks, const Round& round, int collector,
                             const std::string& pasted, const std::vector<TeamFile>& files);

}  // namespace samenwijs

#pragma once
// The board overview (bestuursoverzicht): team codes of a board's schools side by side and
// summed. A school below the minimum group size is listed as such and left out of the
// board total as well (otherwise the total minus the other schools would show it).
// Team codes of another framework or version than the first valid one are refused.
#include <string>
#include <vector>

#include "samenwijs/team_code.hpp"

namespace samenwijs {

struct BoardSchool {
  std::string label;  // where it came from ("regel 3")
  TeamCode code;
  bool shown = false;
};

struct Board {
  const Framework* framework = nullptr;
  int minGroupSize = kMinGroupFloor;
  std::vector<BoardSchool> schools;  // in input order, shown or not
  std::size_t duplicates = 0;
  CodeListReport report;
  TeamTotals total;  // of the shown schools only
  std::size_t shownCount() const;
};

Board combineBoard(const std::vector<Framework>& frameworks, const std::string& pasted, const std::vector<TeamFile>& files,
                   int minGroupSize);

}  // namespace samenwijs

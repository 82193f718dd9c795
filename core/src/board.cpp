#include "samenwijs/board.hpp"

#include <unordered_set>

namespace samenwijs {

std::size_t Board::shownCount() const {
  std::size_t n = 0;
  for (const auto& s : schools) n += s.shown ? 1 : 0;
  return n;
}

Board combineBoard(const std::vector<Framework>& frameworks, const std::string& pasted, const std::vector<TeamFile>& files,
                   int minGroupSize) {
  Board board;
  board.minGroupSize = minGroupSize;
  std::unordered_set<std::uint64_t> rounds;
  std::string reason, errorCode;
  forEachListedCode(pasted, files, board.report, [&](std::string_view cleaned, const CodeLabel& where) {
    const std::string label = where.text();
    auto code = decodeTeamCode(frameworks, cleaned, reason, errorCode);
    if (!code) {
      board.report.reject(label, reason, errorCode);
      return;
    }
    if (code->kind == TeamCodeKind::PartOne || code->kind == TeamCodeKind::PartTwo) {
      board.report.reject(label, "Dit is de deelcode van één verzamelaar. Combineer eerst de twee deelcodes van die ronde tot een teamcode.", "partial_code");
      return;
    }
    if (code->kind == TeamCodeKind::Ballot) {
      board.report.reject(label, "Dit zijn de tussenstanden van een stembus die nog open is, geen teamcode.", "open_ballot");
      return;
    }
    const Framework* fw = code->totals.framework;
    if (!board.framework) {
      board.framework = fw;
      board.total.reset(*fw);
    } else if (fw != board.framework) {
      board.report.reject(label, "Deze teamcode hoort bij “" + fw->title + "”, de eerste bij “" + board.framework->title +
                                     "”. Een bestuursoverzicht telt alleen teambeelden van dezelfde zelfscan op.", "other_framework");
      return;
    }
    if (!rounds.insert(code->totals.round).second) {
      ++board.duplicates;
      return;
    }
    BoardSchool school{label, std::move(*code), false};
    school.shown = school.code.totals.participants >= static_cast<std::uint64_t>(minGroupSize);
    if (school.shown) board.total.addTotals(school.code.totals);
    board.schools.push_back(std::move(school));
  });
  board.total.minGroupSize = minGroupSize;
  return board;
}

}  // namespace samenwijs

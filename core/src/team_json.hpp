#pragma once
// Shared by the team and board API methods (private to core/src): the picture of a set of
// totals as JSON, the CSV of it, and the small argument readers they both use.
#include <optional>
#include <string>
#include <vector>

#include "samenwijs/api.hpp"
#include "samenwijs/json_writer.hpp"
#include "samenwijs/team.hpp"

namespace samenwijs {

// The answers of the team and board methods are written as text (JsonWriter), not built as
// a DOM: the team call answers 100,000 codes at once. Keys are written in the order
// nlohmann's dump gave them (sorted), so the text is the same as before (tests/core/test_answer_text.cpp).
Json roundedJson(const std::optional<double>& v);
void writeRounded(JsonWriter& w, const std::optional<double>& v);  // one decimal, or null
// {competences, domains, framework, growthAreas, levels, minGroupSize, participants,
//  [roundName, school,] strengths, title}; roundName and school when given (teamPicture).
void writePicture(JsonWriter& w, const ApiContext& ctx, const TeamTotals& totals, const std::string* roundName = nullptr,
                  const std::string* school = nullptr);
// Per row: a competence or domain with its figures, in the order of the CSV and the heatmap.
void writeTotalsCsv(class CsvWriter& csv, const TeamTotals& totals, const std::string& firstColumn);
std::optional<std::vector<TeamFile>> filesArg(const Json& args, ApiError& err);
// [{code, label, reason}, ...]
void writeRejected(JsonWriter& w, const CodeListReport& report);
// The keys "skipped" (where text without a code starts) and "skippedCount".
void writeSkipped(JsonWriter& w, const CodeListReport& report);
ApiMethod findBoardMethod(const std::string& name);
ApiTextMethod findBoardTextMethod(const std::string& name);

}  // namespace samenwijs

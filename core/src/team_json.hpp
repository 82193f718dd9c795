#pragma once
// Shared by the team and board API methods (private to core/src): the picture of a set of
// totals as JSON, the CSV of it, and the small argument readers they both use.
#include <optional>
#include <string>
#include <vector>

#include "samenwijs/api.hpp"
#include "samenwijs/team.hpp"

namespace samenwijs {

Json roundedJson(const std::optional<double>& v);
// {framework, title, participants, minGroupSize, levels, competences, domains, strengths, growthAreas}
Json pictureJson(const ApiContext& ctx, const TeamTotals& totals);
// Per row: a competence or domain with its figures, in the order of the CSV and the heatmap.
void writeTotalsCsv(class CsvWriter& csv, const TeamTotals& totals, const std::string& firstColumn);
std::optional<std::vector<TeamFile>> filesArg(const Json& args, ApiError& err);
Json rejectedJson(const CodeListReport& report);
ApiMethod findBoardMethod(const std::string& name);

}  // namespace samenwijs

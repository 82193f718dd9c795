#pragma once
// The short scan on the ballot-box device ("korte scan"): a colleague without a hand-in
// code answers one question per competence on the meeting's device: which of the
// framework's six levels fits best now, or "niet van toepassing / weet ik niet". That is
// the level a hand-in code carries for the competence (there it is the rounded mean of the
// item answers; here the colleague picks it directly). A domain's level is the rounded mean
// of its competences' levels, as in teamLevels. The answers are turned into team levels at
// once and added to the ballot box's totals; they are never kept.
#include <optional>
#include <string>
#include <vector>

#include "samenwijs/json_reader.hpp"
#include "samenwijs/content_model.hpp"

namespace samenwijs {

// `answers`: {competenceId: 0..6} with 0 for "niet van toepassing / weet ik niet". Every
// competence needs an answer and at least one a level (a short scan with no level at all
// would only raise the count towards the minimum). Returns the team levels (competences,
// then domains), or nullopt with a Dutch `problem` that names competences by title.
std::optional<std::vector<std::uint8_t>> shortScanLevels(const Framework& fw, const Json& answers, std::string& problem);

}  // namespace samenwijs

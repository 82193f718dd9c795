#pragma once
// The network check's rules: readiness per condition and overall, advice on the kind of
// network, the network plan (validation and export) and the personal network map.
#include <optional>
#include <string>
#include <vector>

#include "samenwijs/content_model.hpp"
#include "samenwijs/json_reader.hpp"
#include "samenwijs/readiness.hpp"
#include "samenwijs/text_fold.hpp"

namespace samenwijs {

// The readiness rule lives in readiness.hpp.

// ---- kind of network -------------------------------------------------------------------
struct KindAdvice {
  const NetworkKind* kind = nullptr;
  int score = 0;  // 3 per shared goal, 2 per shared participant group
  std::vector<std::string> matchedGoals, matchedParticipants;
};
std::vector<KindAdvice> adviseKinds(const Network& net, const std::vector<std::string>& goals,
                                    const std::vector<std::string>& participants);
// Per dimension (thema, functie, looptijd, regio), its forms scored the same way, best
// first; the first is recommended when it scores higher than the second.
struct FormAdvice {
  std::string dimension;
  std::vector<std::pair<const NetworkForm*, KindAdvice>> forms;  // KindAdvice.kind unused
  const NetworkForm* recommended = nullptr;
};
std::vector<FormAdvice> adviseForms(const Network& net, const std::vector<std::string>& goals,
                                    const std::vector<std::string>& participants);

// "individual", "school" or "both", from the focus of the chosen goals; "" when none chosen.
std::string focusOf(const Network& net, const std::vector<std::string>& goals);

// ---- network plan ----------------------------------------------------------------------
struct NetworkPlan {
  std::string title, kind, goal, form, owner, duration, participants, expectations, funding, facilitator,
      workingForms, betweenMeetings, sharing;
  std::optional<int> sizeMin, sizeIdeal, sizeMax;
  std::string evalReaction, evalLearning, evalBehaviour, evalResults;  // Kirkpatrick 1-4
};
inline constexpr std::size_t kPlanMaxText = 5000;

// Reads a plan; shape problems become issues with JSON pointers (file "netwerkplan").
std::optional<NetworkPlan> readPlan(const Json& value, IssueList& issues);
Json planToJson(const NetworkPlan& plan);
// Fields still empty, in plan order, and advice such as a very large group.
std::vector<std::string> missingPlanFields(const NetworkPlan& plan);
std::vector<std::string> planWarnings(const NetworkPlan& plan);
std::string planMarkdown(const Network& net, const NetworkPlan& plan);
// The four evaluation levels: their headings in the Markdown export and their fields.
inline constexpr const char* kKirkpatrickHeadings[] = {"1. Tevredenheid", "2. Kennis", "3. Gedrag", "4. Impact"};
inline std::string NetworkPlan::*const kKirkpatrickFields[] = {&NetworkPlan::evalReaction, &NetworkPlan::evalLearning,
                                                               &NetworkPlan::evalBehaviour, &NetworkPlan::evalResults};

// ---- network map -----------------------------------------------------------------------
struct Tie {
  std::string name, kind, circle;  // kind: "person" or "organisation"; circle: a group label
  bool inside = true;              // inside the own school
  int frequency = 1, involvement = 1;  // 1..5 each
};
inline constexpr std::size_t kMapMaxTies = 80;
inline constexpr std::size_t kMapMaxLinks = 3200;

// A personal network: the person's ties and, optionally, which of the contacts know each
// other (index pairs into `ties`, first < second, no duplicates).
struct NetworkMap {
  std::vector<Tie> ties;
  std::vector<std::pair<std::size_t, std::size_t>> links;
};

// Reads a saved or imported map (version 1 without links, version 2 with them).
std::optional<NetworkMap> readMap(const Json& value, IssueList& issues);
Json mapToJson(const NetworkMap& map);
// The map without contact `index`; links to it go, later indices shift down.
NetworkMap removeTie(const NetworkMap& map, std::size_t index);

int tieStrength(const Tie& t);  // frequency x involvement (seed 003), 1..25
const char* strengthClass(int strength);  // "strong" (>= 12), "medium" (>= 6), "weak"
// The map as CSV through the shared CsvWriter (BOM, formula injection neutralised).
std::string mapCsv(const NetworkMap& map);

}  // namespace samenwijs

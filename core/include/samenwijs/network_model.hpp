#pragma once
// Content for the network check (netwerkcheck): readiness conditions, kinds and forms of
// learning networks, reflections for the network map and help for the network plan.
// Validated into structs for the rules; the guidance texts are also kept as validated
// JSON to hand to the site as they are.
#include <string>
#include <vector>

#include "samenwijs/citation.hpp"
#include "samenwijs/json_reader.hpp"

namespace samenwijs {

struct ReadinessCondition {
  std::string id, group, title, why, nextAttention, nextMissing;
  std::vector<std::string> phases;      // "start", "running"
  std::vector<std::string> statements;  // statement ids
  std::vector<std::string> statementTexts;
  Citation source;
  // How much the condition counts in the overall verdict (1-3), and whether a network
  // cannot do without it; a blocking condition says why, citing the sources.
  int weight = 1;
  bool blocking = false;
  std::string blockingWhy;
  std::vector<Citation> blockingSources;
};

// A verdict's text per phase; placeholders {voorwaarden}, {aantal} and {score}.
struct ReadinessVerdictText {
  std::string id, start, running;
};

struct NetworkGoal {
  std::string id, label, focus;  // focus: "individual" or "school"
};

struct NetworkKind {
  std::string id, title, description, focus;  // focus: "individual", "school" or "both"
  std::vector<std::string> goals, participants;
  Citation source;
};

// What a boundary-crossing tie can offer (seed 003): a mechanism and the least frequency
// and involvement a tie needs for it.
struct BoundaryMechanism {
  std::string id, title;
  int minFrequency = 1, minInvolvement = 1;
};

struct NetworkForm {
  std::string id, dimension, title;  // dimension: thema, functie, looptijd, regio
  std::vector<std::string> goals, participants;
};

struct Network {
  bool loaded = false;
  std::vector<std::pair<int, std::string>> answerLabels;  // 2 Ja, 1 Deels, 0 Nee
  std::vector<std::pair<std::string, std::string>> groups;  // id, title
  std::vector<ReadinessCondition> conditions;
  std::vector<ReadinessVerdictText> verdictTexts;
  std::vector<NetworkGoal> goals;
  std::vector<std::pair<std::string, std::string>> participants;  // id, label
  std::vector<NetworkKind> kinds;
  std::vector<NetworkForm> forms;
  std::vector<std::pair<std::string, std::string>> planFields;  // field, title
  std::vector<BoundaryMechanism> mechanisms;
  // The files as validated, for the site (help texts, reflections, forms).
  Json readinessJson, kindsJson, mapJson, planJson;
};

}  // namespace samenwijs

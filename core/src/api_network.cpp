// API methods for the network check: readiness, advice on the kind of network, the
// network plan (check, export, import) and the network map (analysis, export, import).
#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <map>

#include "samenwijs/api_args.hpp"
#include "samenwijs/network.hpp"

namespace samenwijs {
namespace {

constexpr const char* kPlanFormat = "samenwijs-netwerkplan";
constexpr const char* kMapFormat = "samenwijs-netwerkkaart";

const Network* network(const ApiContext& ctx, ApiError& err) {
  const Network& net = ctx.content.content().network;
  if (!net.loaded) {
    err = {errc::kNotFound, "De netwerkcheck is in deze versie van Samenwijs niet beschikbaar."};
    return nullptr;
  }
  return &net;
}

std::optional<std::vector<std::string>> idList(const Json& args, const char* name, ApiError& err) {
  std::vector<std::string> out;
  auto it = args.find(name);
  if (it == args.end() || it->is_null()) return out;
  if (!it->is_array() || it->size() > 100) {
    err = {errc::kInvalidArgument, std::string("'") + name + "' moet een lijst zijn."};
    return std::nullopt;
  }
  for (const Json& v : *it) {
    if (!v.is_string()) {
      err = {errc::kInvalidArgument, std::string("'") + name + "' bevat iets anders dan tekst."};
      return std::nullopt;
    }
    out.push_back(v.get<std::string>());
  }
  return out;
}

std::optional<Json> networkContent(const ApiContext& ctx, const Json&, ApiError& err) {
  const Network* net = network(ctx, err);
  if (!net) return std::nullopt;
  return Json{{"readiness", net->readinessJson}, {"kinds", net->kindsJson}, {"map", net->mapJson}, {"plan", net->planJson}};
}

// readiness {phase: "start"|"running", answers: {statementId: 0|1|2}}
std::optional<Json> readiness(const ApiContext& ctx, const Json& args, ApiError& err) {
  const Network* net = network(ctx, err);
  auto phase = net ? stringArg(args, "phase", err) : std::nullopt;
  if (!phase) return std::nullopt;
  if (*phase != "start" && *phase != "running") {
    err = {errc::kInvalidArgument, "Kies de fase: 'start' (voor de start) of 'running' (tijdens het netwerk)."};
    return std::nullopt;
  }
  const Json empty = Json::object();
  auto it = args.find("answers");
  const Json& answers = it == args.end() || it->is_null() ? empty : *it;
  if (!answers.is_object()) {
    err = {errc::kInvalidArgument, "De antwoorden moeten een object zijn."};
    return std::nullopt;
  }
  std::size_t known = 0;
  Json conditions = Json::array();
  std::map<std::string, std::array<int, 4>> perGroup;
  std::array<int, 4> totals{};
  Json priorities = Json::array();
  for (const auto& c : net->conditions) {
    const bool applies = std::find(c.phases.begin(), c.phases.end(), *phase) != c.phases.end();
    std::vector<std::optional<int>> values;
    for (const auto& id : c.statements) {
      auto a = answers.find(id);
      if (a == answers.end() || a->is_null()) {
        values.emplace_back();
        continue;
      }
      ++known;
      if (!a->is_number_integer() || a->get<long long>() < 0 || a->get<long long>() > 2) {
        err = {errc::kInvalidArgument, "Het antwoord bij '" + id + "' moet 2 (ja), 1 (deels) of 0 (nee) zijn."};
        return std::nullopt;
      }
      values.emplace_back(static_cast<int>(a->get<long long>()));
    }
    if (!applies) continue;
    const ConditionStatus status = conditionStatus(c, values);
    const auto index = static_cast<std::size_t>(status);
    ++totals[index];
    ++perGroup[c.group][index];
    Json cj = {{"id", c.id}, {"group", c.group}, {"title", c.title}, {"status", statusName(status)}, {"why", c.why},
               {"nextStep", status == ConditionStatus::Missing ? c.nextMissing : status == ConditionStatus::Attention ? c.nextAttention : ""}};
    if (status == ConditionStatus::Missing && priorities.size() < 3) priorities.push_back(c.id);
    conditions.push_back(cj);
  }
  if (known != answers.size()) {
    err = {errc::kInvalidArgument, "Er staan antwoorden bij uitspraken die de netwerkcheck niet kent."};
    return std::nullopt;
  }
  // Too few missing ones to fill three priorities: the first that need attention follow.
  for (const auto& c : conditions) {
    if (priorities.size() < 3 && c["status"] == "attention") priorities.push_back(c["id"]);
  }
  const int unknown = totals[0], inPlace = totals[1], attention = totals[2], missing = totals[3];
  std::string verdict, verdictText;
  if (unknown == static_cast<int>(conditions.size())) {
    verdict = "empty";
    verdictText = "Beantwoord de uitspraken om een beeld te krijgen.";
  } else if (unknown > 0 && missing == 0 && attention <= 2) {
    verdict = "incomplete";
    verdictText = "Tot nu toe ziet het er goed uit, maar " + std::to_string(unknown) +
                  (unknown == 1 ? " voorwaarde is" : " voorwaarden zijn") + " nog niet beantwoord. Beantwoord ook die uitspraken.";
  } else if (missing == 0 && attention <= 2) {
    verdict = "ready";
    verdictText = *phase == "start" ? "Een goede basis: het netwerk kan starten. Werk de punten met aandacht nog uit."
                                    : "Het netwerk staat er goed voor. Houd de punten met aandacht in het oog.";
  } else if (missing <= 2) {
    verdict = "almost";
    verdictText = "Bijna: een paar voorwaarden vragen eerst werk. Begin met de prioriteiten hieronder.";
  } else {
    verdict = "notYet";
    verdictText = *phase == "start" ? "Nog niet: er ontbreken meerdere voorwaarden. Werk die eerst uit voordat het netwerk start."
                                    : "Het netwerk loopt risico: meerdere voorwaarden ontbreken. Bespreek ze in de volgende bijeenkomst.";
  }
  Json groups = Json::array();
  for (const auto& [id, title] : net->groups) {
    const auto& g = perGroup[id];
    groups.push_back({{"id", id}, {"title", title}, {"inPlace", g[1]}, {"attention", g[2]}, {"missing", g[3]}, {"unknown", g[0]}});
  }
  return Json{{"phase", *phase}, {"conditions", conditions}, {"groups", groups},
              {"totals", {{"inPlace", inPlace}, {"attention", attention}, {"missing", missing}, {"unknown", unknown}}},
              {"verdict", verdict}, {"verdictText", verdictText}, {"priorities", priorities}};
}

// networkAdvice {goals: [...], participants: [...]} -> kinds with reasons and the focus
std::optional<Json> networkAdvice(const ApiContext& ctx, const Json& args, ApiError& err) {
  const Network* net = network(ctx, err);
  auto goals = net ? idList(args, "goals", err) : std::nullopt;
  auto participants = goals ? idList(args, "participants", err) : std::nullopt;
  if (!participants) return std::nullopt;
  auto label = [](const auto& list, const std::string& id) {
    for (const auto& item : list) {
      if constexpr (std::is_same_v<std::decay_t<decltype(item)>, NetworkGoal>) {
        if (item.id == id) return item.label;
      } else {
        if (item.first == id) return item.second;
      }
    }
    return std::string();
  };
  for (const auto& g : *goals) {
    if (label(net->goals, g).empty()) {
      err = {errc::kInvalidArgument, "Onbekend doel: '" + g + "'."};
      return std::nullopt;
    }
  }
  for (const auto& p : *participants) {
    if (label(net->participants, p).empty()) {
      err = {errc::kInvalidArgument, "Onbekende groep deelnemers: '" + p + "'."};
      return std::nullopt;
    }
  }
  const std::string focus = focusOf(*net, *goals);
  Json advice = Json::array();
  for (const auto& a : adviseKinds(*net, *goals, *participants)) {
    Json reasons = Json::array();
    for (const auto& g : a.matchedGoals) reasons.push_back("Past bij het doel: " + label(net->goals, g) + ".");
    for (const auto& p : a.matchedParticipants) reasons.push_back("Past bij wie meedoen: " + label(net->participants, p) + ".");
    if (!focus.empty() && a.kind->focus != "both" && focus != "both" && a.kind->focus != focus) {
      reasons.push_back(a.kind->focus == "school" ? "Let op: deze soort richt zich vooral op de ontwikkeling van de school, jouw doel vooral op die van de deelnemers."
                                                  : "Let op: deze soort richt zich vooral op de ontwikkeling van de deelnemers, jouw doel vooral op die van de school.");
    }
    const std::string fit = a.score >= 5 ? "good" : a.score >= 2 ? "possible" : "weak";
    advice.push_back({{"kind", a.kind->id}, {"title", a.kind->title}, {"description", a.kind->description},
                      {"focus", a.kind->focus}, {"score", a.score}, {"fit", fit}, {"reasons", reasons}});
  }
  Json forms = Json::array();
  for (const auto& d : adviseForms(*net, *goals, *participants)) {
    Json options = Json::array();
    for (const auto& [form, a] : d.forms) {
      Json reasons = Json::array();
      for (const auto& g : a.matchedGoals) reasons.push_back("Past bij het doel: " + label(net->goals, g) + ".");
      for (const auto& p : a.matchedParticipants) reasons.push_back("Past bij wie meedoen: " + label(net->participants, p) + ".");
      options.push_back({{"form", form->id}, {"title", form->title}, {"score", a.score}, {"reasons", reasons}});
    }
    forms.push_back({{"dimension", d.dimension}, {"recommended", d.recommended ? Json(d.recommended->id) : Json(nullptr)},
                     {"options", options}});
  }
  return Json{{"focus", focus}, {"advice", advice}, {"forms", forms}};
}

std::optional<NetworkPlan> planArg(const Json& value, ApiError& err) {
  IssueList issues;
  auto plan = readPlan(value, issues);
  if (!plan) {
    const Issue& first = issues.all().front();
    err = {errc::kInvalidArgument, "Het netwerkplan klopt niet: " + first.message + (first.pointer.empty() ? "" : " (bij " + first.pointer + ")") + "."};
  }
  return plan;
}

Json planCheckJson(const Network& net, const NetworkPlan& plan) {
  Json missing = Json::array();
  for (const auto& field : missingPlanFields(plan)) {
    std::string title = field;
    for (const auto& [f, t] : net.planFields) {
      if (f == field) title = t;
    }
    missing.push_back({{"field", field}, {"title", title}});
  }
  return {{"plan", planToJson(plan)}, {"missing", missing}, {"warnings", planWarnings(plan)}, {"complete", missing.empty()}};
}

// planCheck {plan} -> the normalised plan, what is still missing, and warnings
std::optional<Json> planCheck(const ApiContext& ctx, const Json& args, ApiError& err) {
  const Network* net = network(ctx, err);
  if (!net) return std::nullopt;
  auto plan = planArg(args.contains("plan") ? args["plan"] : Json(nullptr), err);
  if (!plan) return std::nullopt;
  return planCheckJson(*net, *plan);
}

// planExport {plan, format: "markdown"|"json"} -> {filename, mimeType, text}
std::optional<Json> planExport(const ApiContext& ctx, const Json& args, ApiError& err) {
  const Network* net = network(ctx, err);
  auto format = net ? stringArg(args, "format", err) : std::nullopt;
  auto plan = format ? planArg(args.contains("plan") ? args["plan"] : Json(nullptr), err) : std::nullopt;
  if (!plan) return std::nullopt;
  if (*format == "json") {
    const Json file = {{"format", kPlanFormat}, {"formatVersion", 1}, {"plan", planToJson(*plan)}};
    return Json{{"filename", "netwerkplan.json"}, {"mimeType", "application/json"}, {"text", dumpJson(file, 2) + "\n"}};
  }
  if (*format != "markdown" && !format->empty()) {
    err = {errc::kInvalidArgument, "Onbekend exportformaat: kies 'markdown' of 'json'."};
    return std::nullopt;
  }
  return Json{{"filename", "netwerkplan.md"}, {"mimeType", "text/markdown"}, {"text", planMarkdown(*net, *plan)}};
}

// Reads back the Markdown that planMarkdown writes: "## <section title>" blocks.
std::optional<NetworkPlan> planFromMarkdown(const Network& net, const std::string& text) {
  NetworkPlan plan;
  std::map<std::string, std::string> sections;
  std::string current, body;
  bool sawTitle = false;
  auto flush = [&] {
    if (!current.empty()) {
      const auto first = body.find_first_not_of(" \n\r\t");
      const auto last = body.find_last_not_of(" \n\r\t");
      sections[current] = first == std::string::npos ? "" : body.substr(first, last - first + 1);
    }
    body.clear();
  };
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("# Netwerkplan", 0) == 0) {
      sawTitle = true;
      const auto colon = line.find(": ");
      if (colon != std::string::npos) plan.title = line.substr(colon + 2);
    } else if (line.rfind("### ", 0) == 0 || line.rfind("## ", 0) == 0) {
      flush();
      current = line.substr(line.find(' ') + 1);
    } else if (line.rfind("**Soort netwerk:** ", 0) == 0) {
      const std::string title = line.substr(19);
      for (const auto& k : net.kinds) {
        if (k.title == title) plan.kind = k.id;
      }
    } else if (line != "_Gemaakt met Samenwijs._") {
      body += line + "\n";
    }
    start = end + 1;
  }
  flush();
  if (!sawTitle || sections.empty()) return std::nullopt;
  auto take = [&](const char* field, std::string& into) {
    for (const auto& [f, title] : net.planFields) {
      if (f != field) continue;
      for (const auto& key : {title, title + " (Kirkpatrick)"}) {
        auto it = sections.find(key);
        if (it != sections.end()) into = it->second == "_(nog niet ingevuld)_" ? "" : it->second;
      }
    }
  };
  take("goal", plan.goal);
  take("form", plan.form);
  take("owner", plan.owner);
  take("duration", plan.duration);
  take("participants", plan.participants);
  take("expectations", plan.expectations);
  take("funding", plan.funding);
  take("facilitator", plan.facilitator);
  take("workingForms", plan.workingForms);
  take("betweenMeetings", plan.betweenMeetings);
  take("sharing", plan.sharing);
  std::string size;
  take("size", size);
  // "minimaal 6 deelnemers, maximaal 12 deelnemers"; either part may be absent.
  auto numberAfter = [&](const char* word) -> std::optional<int> {
    const auto at = size.find(word);
    if (at == std::string::npos) return std::nullopt;
    std::size_t i = at + std::strlen(word);
    int n = 0, digits = 0;
    while (i < size.size() && size[i] >= '0' && size[i] <= '9' && digits < 6) n = n * 10 + (size[i++] - '0'), ++digits;
    return digits ? std::optional<int>(n) : std::nullopt;
  };
  plan.sizeMin = numberAfter("minimaal ");
  plan.sizeMax = numberAfter("maximaal ");
  for (std::size_t level = 0; level < 4; ++level) {
    auto it = sections.find(kKirkpatrickHeadings[level]);
    if (it != sections.end()) plan.*kKirkpatrickFields[level] = it->second == "_(nog niet ingevuld)_" ? "" : it->second;
  }
  return plan;
}

// planImport {text} -> the checked plan, from a JSON or Markdown export
std::optional<Json> planImport(const ApiContext& ctx, const Json& args, ApiError& err) {
  const Network* net = network(ctx, err);
  if (!net) return std::nullopt;
  auto it = args.find("text");
  if (it == args.end() || !it->is_string() || it->get<std::string>().size() > 200000) {
    err = {"file_invalid", "Kies een netwerkplan (JSON of Markdown) van hoogstens 200 kB."};
    return std::nullopt;
  }
  const std::string& text = it->get_ref<const std::string&>();
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && text[first] == '{') {
    const Json file = parseJsonLimited(text);
    if (file.is_discarded() || !file.is_object() || !file.contains("format") || file["format"] != kPlanFormat || !file.contains("plan")) {
      err = {"file_invalid", "Dit bestand is geen netwerkplan van Samenwijs. Je huidige plan is niet veranderd."};
      return std::nullopt;
    }
    auto plan = planArg(file["plan"], err);
    if (!plan) {
      err = {"file_invalid", err.message + " Je huidige plan is niet veranderd."};
      return std::nullopt;
    }
    return planCheckJson(*net, *plan);
  }
  auto plan = planFromMarkdown(*net, text);
  if (!plan) {
    err = {"file_invalid", "Dit bestand is geen netwerkplan van Samenwijs (JSON of Markdown). Je huidige plan is niet veranderd."};
    return std::nullopt;
  }
  IssueList issues;
  if (!readPlan(planToJson(*plan), issues)) {
    err = {"file_invalid", "Dit netwerkplan klopt niet: " + issues.all().front().message + ". Je huidige plan is niet veranderd."};
    return std::nullopt;
  }
  return planCheckJson(*net, *plan);
}

std::optional<std::vector<Tie>> mapArg(const Json& value, ApiError& err) {
  IssueList issues;
  auto ties = readMap(value, issues);
  if (!ties) {
    const Issue& first = issues.all().front();
    err = {errc::kInvalidArgument, "De netwerkkaart klopt niet: " + first.message + (first.pointer.empty() ? "" : " (bij " + first.pointer + ")") + "."};
  }
  return ties;
}

// networkMap {map: {ties: [...]}} -> reach, strengths, character, boundary crossing, layout
std::optional<Json> networkMap(const ApiContext& ctx, const Json& args, ApiError& err) {
  const Network* net = network(ctx, err);
  if (!net) return std::nullopt;
  auto ties = mapArg(args.contains("map") ? args["map"] : Json(nullptr), err);
  if (!ties) return std::nullopt;
  const MapAnalysis a = analyseMap(*ties);
  Json list = Json::array();
  for (std::size_t i = 0; i < ties->size(); ++i) {
    const Tie& t = (*ties)[i];
    const int s = tieStrength(t);
    list.push_back({{"index", i}, {"name", t.name}, {"kind", t.kind}, {"circle", t.circle}, {"inside", t.inside},
                    {"frequency", t.frequency}, {"involvement", t.involvement}, {"strength", s},
                    {"strengthClass", strengthClass(s)}, {"x", a.layout[i].x}, {"y", a.layout[i].y},
                    {"boundaryCrosser", std::find(a.boundaryCrossers.begin(), a.boundaryCrossers.end(), i) != a.boundaryCrossers.end()}});
  }
  // Reflections from the content: the risks that fit this network's character.
  Json risks = Json::array();
  if (net->mapJson.contains("risks")) {
    for (const Json& r : net->mapJson["risks"]) {
      const std::string kind = r["kind"].get<std::string>();
      if (a.character == "mixed" || (a.character == "closed" && kind == "closed") || (a.character == "open" && kind == "open")) {
        risks.push_back(r);
      }
    }
  }
  return Json{{"ties", list}, {"reach", a.reach}, {"inside", a.inside}, {"outside", a.outside},
              {"organisations", a.organisations}, {"circles", a.circles}, {"strong", a.strong}, {"medium", a.medium},
              {"weak", a.weak}, {"averageStrength", std::round(a.averageStrength * 10) / 10},
              {"character", a.character}, {"boundaryCrossers", a.boundaryCrossers.size()}, {"risks", risks}};
}

// mapExport {map, format: "json"|"csv"} -> {filename, mimeType, text}
std::optional<Json> mapExport(const ApiContext& ctx, const Json& args, ApiError& err) {
  const Network* net = network(ctx, err);
  auto format = net ? stringArg(args, "format", err) : std::nullopt;
  auto ties = format ? mapArg(args.contains("map") ? args["map"] : Json(nullptr), err) : std::nullopt;
  if (!ties) return std::nullopt;
  if (*format == "csv") return Json{{"filename", "netwerkkaart.csv"}, {"mimeType", "text/csv"}, {"text", mapCsv(*ties)}};
  if (*format != "json" && !format->empty()) {
    err = {errc::kInvalidArgument, "Onbekend exportformaat: kies 'json' of 'csv'."};
    return std::nullopt;
  }
  Json file = mapToJson(*ties);
  file["format"] = kMapFormat;
  return Json{{"filename", "netwerkkaart.json"}, {"mimeType", "application/json"}, {"text", dumpJson(file, 2) + "\n"}};
}

// mapImport {text} -> the map, from a JSON export
std::optional<Json> mapImport(const ApiContext& ctx, const Json& args, ApiError& err) {
  const Network* net = network(ctx, err);
  if (!net) return std::nullopt;
  auto it = args.find("text");
  const Json file = it != args.end() && it->is_string() ? parseJsonLimited(it->get<std::string>()) : Json();
  if (file.is_discarded() || !file.is_object() || !file.contains("format") || file["format"] != kMapFormat) {
    err = {"file_invalid", "Dit bestand is geen netwerkkaart van Samenwijs. Je huidige kaart is niet veranderd."};
    return std::nullopt;
  }
  Json map = file;
  map.erase("format");
  auto ties = mapArg(map, err);
  if (!ties) {
    err = {"file_invalid", err.message + " Je huidige kaart is niet veranderd."};
    return std::nullopt;
  }
  return mapToJson(*ties);
}

}  // namespace

ApiMethod findNetworkMethod(const std::string& name) {
  static const std::map<std::string, ApiMethod> methods = {
      {"network", networkContent}, {"readiness", readiness}, {"networkAdvice", networkAdvice},
      {"planCheck", planCheck},    {"planExport", planExport}, {"planImport", planImport},
      {"networkMap", networkMap},  {"mapExport", mapExport},   {"mapImport", mapImport}};
  auto it = methods.find(name);
  return it == methods.end() ? nullptr : it->second;
}

}  // namespace samenwijs

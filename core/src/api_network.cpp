// API methods for the network check: readiness, advice on the kind of network, the
// network plan (check, export, import) and the network map (analysis, export, import).
#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <map>

#include "samenwijs/api_args.hpp"
#include "samenwijs/json_writer.hpp"
#include "samenwijs/network.hpp"
#include "samenwijs/network_layout.hpp"
#include "samenwijs/network_metrics.hpp"
#include "samenwijs/readiness.hpp"

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

// readiness {phase: "start"|"running", answers: {statementId: 0|1|2}}: checks the input and
// translates the rule's result (readiness.cpp) to JSON.
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
  std::map<std::string, int> values;
  std::size_t known = 0;
  for (const auto& c : net->conditions) {
    for (std::size_t s = 0; s < c.statements.size(); ++s) {
      auto a = answers.find(c.statements[s]);
      if (a == answers.end()) continue;
      ++known;
      if (a->is_null()) continue;
      if (!a->is_number_integer() || a->get<long long>() < 0 || a->get<long long>() > 2) {
        err = {errc::kInvalidArgument, "Het antwoord bij de uitspraak '" + c.statementTexts[s] + "' moet ja, deels of nee zijn."};
        return std::nullopt;
      }
      values[c.statements[s]] = static_cast<int>(a->get<long long>());
    }
  }
  if (known != answers.size()) {
    err = {errc::kInvalidArgument, "Er staan antwoorden bij uitspraken die de netwerkcheck niet kent."};
    return std::nullopt;
  }
  const ReadinessResult r = evaluateReadiness(*net, *phase, values);
  Json conditions = Json::array();
  std::map<std::string, std::array<int, 4>> perGroup;
  for (const auto& [c, status] : r.conditions) {
    ++perGroup[c->group][static_cast<std::size_t>(status)];
    conditions.push_back({{"id", c->id}, {"group", c->group}, {"title", c->title}, {"status", statusName(status)},
                          {"why", c->why}, {"weight", c->weight}, {"blocking", c->blocking}, {"blockingWhy", c->blockingWhy},
                          {"nextStep", status == ConditionStatus::Missing ? c->nextMissing : status == ConditionStatus::Attention ? c->nextAttention : ""}});
  }
  Json groups = Json::array();
  for (const auto& [id, title] : net->groups) {
    const auto& g = perGroup[id];
    groups.push_back({{"id", id}, {"title", title}, {"inPlace", g[1]}, {"attention", g[2]}, {"missing", g[3]}, {"unknown", g[0]}});
  }
  const auto ids = [](const std::vector<const ReadinessCondition*>& list) {
    Json out = Json::array();
    for (const auto* c : list) out.push_back(c->id);
    return out;
  };
  return Json{{"phase", *phase}, {"conditions", conditions}, {"groups", groups},
              {"totals", {{"inPlace", r.inPlace}, {"attention", r.attention}, {"missing", r.missing}, {"unknown", r.unknown}}},
              {"score", r.score}, {"verdict", verdictName(r.verdict)}, {"verdictText", r.verdictText},
              {"blocking", ids(r.blocking)}, {"priorities", ids(r.priorities)}};
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

// The plan field a problem is about, named as the page names it.
std::string planPlace(const Network& net, const std::string& pointer) {
  if (pointer == "/sizeMin") return "Minimaal aantal deelnemers";
  if (pointer == "/sizeMax") return "Maximaal aantal deelnemers";
  if (pointer == "/sizeIdeal") return "Ideaal aantal deelnemers";
  if (pointer == "/title") return "Naam van het netwerk";
  if (pointer == "/kind") return "Soort netwerk";
  const std::string key = pointer.empty() ? "" : pointer.substr(1);
  if (key.rfind("evaluation/", 0) == 0) {
    const std::string level = key.substr(11);
    const char* keys[] = {"reaction", "learning", "behaviour", "results"};
    for (std::size_t i = 0; i < 4; ++i) {
      if (level == keys[i]) return std::string("Evaluatie, niveau ") + kKirkpatrickHeadings[i];
    }
    return "Evaluatie";
  }
  for (const auto& [field, title] : net.planFields) {
    if (field == key) return title;
  }
  return "";
}

std::optional<NetworkPlan> planArg(const Network& net, const Json& value, ApiError& err) {
  IssueList issues;
  auto plan = readPlan(value, issues);
  if (!plan) {
    const Issue& first = issues.all().front();
    const std::string place = planPlace(net, first.pointer);
    err = {errc::kInvalidArgument, "Het netwerkplan klopt niet" + (place.empty() ? "" : " bij '" + place + "'") + ": " + first.message + "."};
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
  auto plan = planArg(*net, args.contains("plan") ? args["plan"] : Json(nullptr), err);
  if (!plan) return std::nullopt;
  return planCheckJson(*net, *plan);
}

// planExport {plan, format: "markdown"|"json"} -> {filename, mimeType, text}
std::optional<Json> planExport(const ApiContext& ctx, const Json& args, ApiError& err) {
  const Network* net = network(ctx, err);
  auto format = net ? stringArg(args, "format", err) : std::nullopt;
  auto plan = format ? planArg(*net, args.contains("plan") ? args["plan"] : Json(nullptr), err) : std::nullopt;
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
  plan.sizeIdeal = numberAfter("ideaal ");
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
    auto plan = planArg(*net, file["plan"], err);
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

// The field a map problem is about, named as the page names it: "contact 3 (Anna), Hoe vaak
// heb je contact?" instead of a JSON pointer.
std::string mapPlace(const Json& map, const std::string& pointer) {
  static const std::map<std::string, std::string> fields = {
      {"name", "Naam"}, {"kind", "Soort"}, {"circle", "Kring"}, {"inside", "Waar?"},
      {"frequency", "Hoe vaak heb je contact?"}, {"involvement", "Hoe betrokken zijn jullie bij elkaar?"}};
  if (pointer.rfind("/ties/", 0) == 0) {
    const std::size_t slash = pointer.find('/', 6);
    const std::string number = pointer.substr(6, slash == std::string::npos ? std::string::npos : slash - 6);
    std::size_t index = 0;
    for (char c : number) index = index * 10 + static_cast<std::size_t>(c - '0');
    std::string place = "contact " + std::to_string(index + 1);
    const Json* ties = map.is_object() && map.contains("ties") ? &map["ties"] : nullptr;
    if (ties && ties->is_array() && index < ties->size() && (*ties)[index].is_object() && (*ties)[index].contains("name") &&
        (*ties)[index]["name"].is_string() && !(*ties)[index]["name"].get<std::string>().empty()) {
      place += " (" + (*ties)[index]["name"].get<std::string>().substr(0, 40) + ")";
    }
    if (slash != std::string::npos) {
      const auto f = fields.find(pointer.substr(slash + 1));
      place += f == fields.end() ? "" : ", " + f->second;
    }
    return place;
  }
  if (pointer.rfind("/links", 0) == 0) return "wie kent wie";
  if (pointer == "/ties") return "de lijst met contacten";
  return "";
}

std::optional<NetworkMap> mapArg(const Json& value, ApiError& err) {
  IssueList issues;
  auto map = readMap(value, issues);
  if (!map) {
    const Issue& first = issues.all().front();
    const std::string place = mapPlace(value, first.pointer);
    err = {errc::kInvalidArgument, "De netwerkkaart klopt niet" + (place.empty() ? "" : " bij " + place) + ": " + first.message + "."};
  }
  return map;
}

// Written as text (about 18 KB for a full map, answered on every edit) in the sorted key
// order nlohmann's dump gave, so the text is the same as the DOM it replaces.
void writeMapAnswer(JsonWriter& w, const Network& net, const NetworkMap& map) {
  const MapMetrics m = analyseMap(map, net.mechanisms);
  const MapLayout layout = layoutMap(map);
  auto rounded = [](double v) { return std::round(v * 10) / 10; };
  auto sizes = [&](const std::vector<std::size_t>& list) {
    w.beginArray();
    for (std::size_t i : list) w.value(static_cast<std::uint64_t>(i));
    w.endArray();
  };
  // Reflections from the content: the character description and the risks that fit it.
  static const Json kNoList = Json::array();
  const auto risksAt = net.mapJson.find("risks");
  const auto charactersAt = net.mapJson.find("characters");
  const Json& risks = risksAt != net.mapJson.end() ? *risksAt : kNoList;
  const Json& characters = charactersAt != net.mapJson.end() ? *charactersAt : kNoList;
  const Json* character = nullptr;
  for (const Json& c : characters) {
    if (c.value("kind", "") == m.character) character = &c;
  }
  w.beginObject().key("averageStrength").number(rounded(m.averageStrength));
  w.field("boundaryCrossers", static_cast<std::uint64_t>(m.boundaryCrossers.size())).field("character", m.character);
  w.key("characterText").raw(character ? dumpJson(*character) : std::string("null"));
  w.field("circles", m.circles).key("conclusions").beginArray();
  for (const auto& c : m.conclusions) w.beginObject().field("id", c.id).field("text", c.text).field("title", c.title).endObject();
  w.endArray().field("density", m.densityPercent).field("diversity", m.diversityPercent).field("inside", m.inside);
  w.field("insideShare", m.insideSharePercent).key("layout").beginObject();
  w.key("centerX").number(layout.centerX).key("centerY").number(layout.centerY).key("fontSize").number(layout.fontSize);
  w.key("groups").beginArray();
  for (const auto& g : layout.groups) {
    w.beginObject().field("anchor", g.anchor).key("endAngle").number(g.endAngle).field("inside", g.inside).field("label", g.label);
    w.key("labelX").number(rounded(g.labelX)).key("labelY").number(rounded(g.labelY)).key("members");
    sizes(g.members);
    w.key("startAngle").number(g.startAngle).endObject();
  }
  w.endArray().key("height").number(layout.height).key("nodeRadius").number(layout.nodeRadius).key("rings").beginArray();
  for (double r : layout.rings) w.number(r);
  w.endArray().key("width").number(layout.width).endObject();
  w.field("linkCount", m.links).key("links").beginArray();
  for (const auto& [a, b] : map.links) w.beginArray().value(static_cast<std::uint64_t>(a)).value(static_cast<std::uint64_t>(b)).endArray();
  w.endArray().field("medium", m.medium).key("offers").beginArray();
  for (const auto& o : m.offers) {
    w.beginObject().field("id", o.mechanism->id).key("names").beginArray();
    for (std::size_t i : o.ties) w.value(map.ties[i].name);
    w.endArray().key("ties");
    sizes(o.ties);
    w.field("title", o.mechanism->title).endObject();
  }
  w.endArray().field("onlyThroughYou", m.onlyThroughYou).field("organisations", m.organisations).field("outside", m.outside);
  w.field("people", m.people).field("reach", m.reach).key("risks").beginArray();
  for (const Json& r : risks) {
    const std::string kind = r.value("kind", "");
    if (m.character == "mixed" || (!m.character.empty() && kind == m.character)) w.raw(dumpJson(r));
  }
  w.endArray().field("strengthInside", m.strengthInside).field("strengthOutside", m.strengthOutside).field("strong", m.strong);
  w.key("ties").beginArray();
  for (std::size_t i = 0; i < map.ties.size(); ++i) {
    const Tie& t = map.ties[i];
    const int s = tieStrength(t);
    const auto& node = layout.nodes[i];
    const bool crosser = std::find(m.boundaryCrossers.begin(), m.boundaryCrossers.end(), i) != m.boundaryCrossers.end();
    w.beginObject().field("anchor", node.anchor).field("boundaryCrosser", crosser).field("circle", t.circle).field("degree", m.degree[i]);
    w.field("frequency", t.frequency).field("index", static_cast<std::uint64_t>(i)).field("inside", t.inside);
    w.field("involvement", t.involvement).field("kind", t.kind).field("label", node.label);
    w.key("labelX").number(rounded(node.labelX)).key("labelY").number(rounded(node.labelY)).field("name", t.name);
    w.field("strength", s).field("strengthClass", strengthClass(s)).key("x").number(node.x).key("y").number(node.y).endObject();
  }
  w.endArray().field("weak", m.weak).endObject();
}

// networkMap {map: {ties: [...], links?: [[a, b], ...]}} -> metrics, conclusions, layout
bool networkMap(const ApiContext& ctx, const Json& args, std::string& out, ApiError& err) {
  const Network* net = network(ctx, err);
  if (!net) return false;
  auto map = mapArg(args.contains("map") ? args["map"] : Json(nullptr), err);
  if (!map) return false;
  JsonWriter w(out);
  writeMapAnswer(w, *net, *map);
  return true;
}

// mapRemove {map, index} -> the map without that contact (its links go, later ones shift)
std::optional<Json> mapRemove(const ApiContext& ctx, const Json& args, ApiError& err) {
  const Network* net = network(ctx, err);
  if (!net) return std::nullopt;
  auto map = mapArg(args.contains("map") ? args["map"] : Json(nullptr), err);
  if (!map) return std::nullopt;
  const auto it = args.find("index");
  if (it == args.end() || !it->is_number_unsigned() || it->get<std::size_t>() >= map->ties.size()) {
    err = {errc::kInvalidArgument, "Dit contact staat niet op de kaart."};
    return std::nullopt;
  }
  return mapToJson(removeTie(*map, it->get<std::size_t>()));
}

// mapExport {map, format: "json"|"csv"} -> {filename, mimeType, text}
std::optional<Json> mapExport(const ApiContext& ctx, const Json& args, ApiError& err) {
  const Network* net = network(ctx, err);
  auto format = net ? stringArg(args, "format", err) : std::nullopt;
  auto map = format ? mapArg(args.contains("map") ? args["map"] : Json(nullptr), err) : std::nullopt;
  if (!map) return std::nullopt;
  if (*format == "csv") return Json{{"filename", "netwerkkaart.csv"}, {"mimeType", "text/csv"}, {"text", mapCsv(*map)}};
  if (*format != "json" && !format->empty()) {
    err = {errc::kInvalidArgument, "Onbekend exportformaat: kies 'json' of 'csv'."};
    return std::nullopt;
  }
  Json file = mapToJson(*map);
  file["format"] = kMapFormat;
  return Json{{"filename", "netwerkkaart.json"}, {"mimeType", "application/json"}, {"text", dumpJson(file, 2) + "\n"}};
}

// mapImport {text} -> the map, from a JSON export (with or without links)
std::optional<Json> mapImport(const ApiContext& ctx, const Json& args, ApiError& err) {
  const Network* net = network(ctx, err);
  if (!net) return std::nullopt;
  auto it = args.find("text");
  const Json file = it != args.end() && it->is_string() ? parseJsonLimited(it->get<std::string>()) : Json();
  if (file.is_discarded() || !file.is_object() || !file.contains("format") || file["format"] != kMapFormat) {
    err = {"file_invalid", "Dit bestand is geen netwerkkaart van Samenwijs. Je huidige kaart is niet veranderd."};
    return std::nullopt;
  }
  Json data = file;
  data.erase("format");
  auto map = mapArg(data, err);
  if (!map) {
    err = {"file_invalid", err.message + " Je huidige kaart is niet veranderd."};
    return std::nullopt;
  }
  return mapToJson(*map);
}

}  // namespace

ApiMethod findNetworkMethod(const std::string& name) {
  static const std::map<std::string, ApiMethod> methods = {
      {"network", networkContent}, {"readiness", readiness}, {"networkAdvice", networkAdvice},
      {"planCheck", planCheck},    {"planExport", planExport}, {"planImport", planImport},
      {"mapExport", mapExport},   {"mapImport", mapImport},
      {"mapRemove", mapRemove}};
  auto it = methods.find(name);
  return it == methods.end() ? nullptr : it->second;
}

ApiTextMethod findNetworkTextMethod(const std::string& name) {
  static const std::map<std::string, ApiTextMethod> methods = {{"networkMap", networkMap}};
  auto it = methods.find(name);
  return it == methods.end() ? nullptr : it->second;
}

}  // namespace samenwijs

// API methods for "Gesprek voorbereiden" (the meeting agenda) and "Waar begin ik?".
#include <algorithm>
#include <map>

#include "samenwijs/agenda.hpp"
#include "samenwijs/api_args.hpp"
#include "samenwijs/content_json.hpp"
#include "samenwijs/suggest.hpp"

namespace samenwijs {
namespace {

std::optional<Agenda> agendaArg(const Json& args, ApiError& err) {
  auto it = args.find("agenda");
  if (it == args.end()) {
    err = {errc::kInvalidArgument, "'agenda' ontbreekt."};
    return std::nullopt;
  }
  IssueList issues;
  auto agenda = readAgenda(*it, issues);
  if (!agenda) {
    const Issue& first = issues.all().front();
    err = {errc::kInvalidArgument, "De agenda is niet leesbaar: " + first.message +
                                       (first.pointer.empty() ? "" : " (bij " + first.pointer + ")") + "."};
  }
  return agenda;
}

// agendaResolve {agenda} -> the agenda with every item's text and context
std::optional<Json> agendaResolve(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto agenda = agendaArg(args, err);
  if (!agenda) return std::nullopt;
  return resolveAgenda(ctx.content, *agenda);
}

// agendaExport {agenda, format: "markdown"|"text"} -> {filename, mimeType, text}
std::optional<Json> agendaExport(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto agenda = agendaArg(args, err);
  auto format = agenda ? stringArg(args, "format", err) : std::nullopt;
  if (!format) return std::nullopt;
  const bool markdown = *format == "markdown" || format->empty();
  if (!markdown && *format != "text") {
    err = {errc::kInvalidArgument, "Onbekend exportformaat: kies 'markdown' of 'text'."};
    return std::nullopt;
  }
  const std::string base = agenda->date.empty() ? "gesprek" : "gesprek-" + agenda->date;
  return Json{{"filename", base + (markdown ? ".md" : ".txt")},
              {"mimeType", markdown ? "text/markdown" : "text/plain"},
              {"text", exportAgenda(ctx.content, *agenda, markdown ? AgendaFormat::Markdown : AgendaFormat::Text)}};
}

// guidedStart {} -> roles and concerns for "Waar begin ik?"
std::optional<Json> guidedStart(const ApiContext& ctx, const Json&, ApiError&) {
  return toJson(ctx.content.content().guidedStart);
}

// suggest {role, concerns: [ids], perGroup?, maxQuestions?} -> groups of topics with their
// context, the questions for the agenda (at most maxQuestions, default 8, the most relevant)
// and the guides and tools the chosen concerns point to
std::optional<Json> suggest(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto role = requiredStringArg(args, "role", err);
  auto perGroup = role ? intArg(args, "perGroup", 1, 20, 6, err) : std::nullopt;
  auto maxQuestions = perGroup ? intArg(args, "maxQuestions", 1, 40, 8, err) : std::nullopt;
  if (!maxQuestions) return std::nullopt;
  const GuidedStart& start = ctx.content.content().guidedStart;
  if (std::none_of(start.roles.begin(), start.roles.end(), [&](const StartRole& r) { return r.guide == *role; })) {
    err = {errc::kInvalidArgument, "Onbekende rol: '" + *role + "'."};
    return std::nullopt;
  }
  std::vector<std::string> concerns;
  auto it = args.find("concerns");
  if (it != args.end() && !it->is_null()) {
    if (!it->is_array() || it->size() > 50) {
      err = {errc::kInvalidArgument, "'concerns' moet een lijst met onderwerpen zijn."};
      return std::nullopt;
    }
    for (const Json& c : *it) {
      const bool known = c.is_string() && std::any_of(start.concerns.begin(), start.concerns.end(),
                                                      [&](const StartConcern& s) { return s.id == c.get<std::string>(); });
      if (!known) {
        err = {errc::kInvalidArgument, "Onbekend onderwerp in 'concerns'."};
        return std::nullopt;
      }
      concerns.push_back(c.get<std::string>());
    }
  }
  Json groups = Json::array();
  const Content& content = ctx.content.content();
  const auto suggested = suggestStarters(ctx.content, *role, concerns, static_cast<std::size_t>(*perGroup));
  Json guides = Json::array(), tools = Json::array();
  for (const auto& c : start.concerns) {
    if (std::find(concerns.begin(), concerns.end(), c.id) == concerns.end()) continue;
    for (const auto& g : c.guides) {
      const Guide* guide = ctx.content.guide(g);
      Json entry = {{"id", g}, {"title", guide ? guide->title : g}};
      if (std::find(guides.begin(), guides.end(), entry) == guides.end()) guides.push_back(entry);
    }
    for (const auto& t : c.tools) {
      if (std::find(tools.begin(), tools.end(), Json(t)) == tools.end()) tools.push_back(t);
    }
  }
  for (const auto& group : suggested) {
    Json topics = Json::array();
    for (const auto& s : group.topics) {
      const Guide& g = content.guides[s.guide];
      const MainQuestion& mq = g.mainQuestions[s.mainQuestion];
      Json t = toJson(mq.topics[s.topic]);
      t["guide"] = g.id;
      t["guideTitle"] = g.title;
      t["mainQuestion"] = mq.id;
      t["mainQuestionTitle"] = mq.title;
      t["score"] = s.score;
      topics.push_back(t);
    }
    groups.push_back({{"key", group.key}, {"topics", topics}});
  }
  return Json{{"role", *role}, {"groups", groups},
              {"agenda", pickAgendaQuestions(ctx.content, suggested, static_cast<std::size_t>(*maxQuestions))},
              {"maxQuestions", *maxQuestions}, {"pointers", {{"guides", guides}, {"tools", tools}}}};
}

}  // namespace

ApiMethod findAgendaMethod(const std::string& name) {
  static const std::map<std::string, ApiMethod> methods = {
      {"agendaResolve", agendaResolve}, {"agendaExport", agendaExport}, {"guidedStart", guidedStart}, {"suggest", suggest}};
  auto it = methods.find(name);
  return it == methods.end() ? nullptr : it->second;
}

}  // namespace samenwijs

// API methods for what the self-assessment keeps on the device: saved progress (with
// salvage), the history of measurements and the personal development plan (POP).
#include <cmath>
#include <map>

#include "samenwijs/api_args.hpp"
#include "samenwijs/result_code.hpp"
#include "samenwijs/zelfscan_store.hpp"

namespace samenwijs {
namespace {

constexpr std::size_t kMaxStoredText = 4u << 20;  // a history of 500 measurements is far smaller

Json rounded(const std::optional<double>& v) {
  if (!v) return nullptr;
  return std::round(*v * 10) / 10;
}

std::optional<std::string> textArg(const Json& args, const char* name, ApiError& err) {
  auto it = args.find(name);
  if (it == args.end() || it->is_null()) return std::string();
  if (!it->is_string()) {
    err = {errc::kInvalidArgument, std::string("'") + name + "' moet tekst zijn."};
    return std::nullopt;
  }
  if (it->get_ref<const std::string&>().size() > kMaxStoredText) {
    err = {"too_large", "Dit bestand is te groot voor Samenwijs."};
    return std::nullopt;
  }
  return it->get<std::string>();
}

const Framework* frameworkArg(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto id = requiredStringArg(args, "framework", err);
  if (!id) return nullptr;
  const Framework* fw = ctx.content.framework(*id);
  if (!fw) err = {errc::kNotFound, "Deze zelfscan bestaat niet (meer)."};
  return fw;
}

const char* statusName(SavedStatus s) {
  switch (s) {
    case SavedStatus::Empty: return "empty";
    case SavedStatus::Ok: return "ok";
    case SavedStatus::Damaged: return "damaged";
    case SavedStatus::OtherVersion: return "other_version";
  }
  return "damaged";
}

// For lists on the page: the stored fields plus title, date text and how complete it is.
Json measurementView(const Measurement& m) {
  Json j = measurementToJson(m);
  const Profile p = computeProfile(*m.framework, m.answers);
  j["title"] = m.framework->title;
  j["dateText"] = dutchDateText(m.finishedAt);
  j["progress"] = {{"answered", p.answered}, {"notApplicable", p.notApplicable}, {"total", p.total},
                   {"done", p.answered + p.notApplicable}};
  return j;
}

Json historyView(const HistoryRead& h) {
  Json list = Json::array();
  for (const auto& m : h.measurements) list.push_back(measurementView(m));
  return {{"measurements", list}, {"dropped", h.dropped}, {"problem", h.problem.empty() ? Json() : Json(h.problem)},
          {"text", dumpJson(historyToJson(h.measurements))}};
}

Json parsedOrNull(const std::string& text) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return Json::array();
  Json v = parseJsonText(text);
  return v.is_discarded() ? Json() : v;
}

// zelfscanState {framework, text} -> the saved progress, read and salvaged
std::optional<Json> zelfscanState(const ApiContext& ctx, const Json& args, ApiError& err) {
  const Framework* fw = frameworkArg(ctx, args, err);
  auto text = fw ? textArg(args, "text", err) : std::nullopt;
  if (!text) return std::nullopt;
  const SavedProgress s = readSavedProgress(*fw, *text);
  Json lostIn = Json::array();
  for (const Competence* c : s.lostIn) lostIn.push_back(c->title);
  const Profile p = computeProfile(*fw, s.answers);
  return Json{{"status", statusName(s.status)},
              {"answers", answersToJson(*fw, s.answers)},
              {"step", s.step},
              {"measurementId", s.measurementId.empty() ? Json() : Json(s.measurementId)},
              {"startedAt", s.startedAt.empty() ? Json() : Json(s.startedAt)},
              {"completedAt", s.completedAt.empty() ? Json() : Json(s.completedAt)},
              {"kept", s.kept}, {"lost", s.lost}, {"foreign", s.foreign}, {"lostIn", lostIn},
              {"problem", s.problem.empty() ? Json() : Json(s.problem)},
              {"frameworkVersion", fw->version},
              {"savedVersion", s.fromVersion ? Json(s.fromVersion) : Json()},
              {"progress", {{"answered", p.answered}, {"notApplicable", p.notApplicable}, {"total", p.total},
                            {"done", p.answered + p.notApplicable}, {"complete", p.answered + p.notApplicable == p.total}}}};
}

// historyRead {text} -> {measurements, dropped, problem, text}: what is valid, and the
// text to store (the valid entries only)
std::optional<Json> historyRead(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto text = textArg(args, "text", err);
  if (!text) return std::nullopt;
  return historyView(readHistory(ctx.content, parsedOrNull(*text)));
}

// historyText {measurements} -> the same answer for a list the page changed (a new
// measurement, a name, a deletion); an entry that is not valid is refused, not dropped
std::optional<Json> historyText(const ApiContext& ctx, const Json& args, ApiError& err) {
  if (!args.contains("measurements") || !args["measurements"].is_array()) {
    err = {errc::kInvalidArgument, "Geef de lijst met metingen."};
    return std::nullopt;
  }
  HistoryRead h = readHistory(ctx.content, args["measurements"]);
  if (h.dropped) {
    err = {errc::kInvalidArgument, h.problem};
    return std::nullopt;
  }
  return historyView(h);
}

// historyImport {measurements, text} -> the current list plus the file's measurements
// that were not in it yet, with counts
std::optional<Json> historyImport(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto text = textArg(args, "text", err);
  if (!text) return std::nullopt;
  if (!args.contains("measurements") || !args["measurements"].is_array()) {
    err = {errc::kInvalidArgument, "Geef de lijst met metingen."};
    return std::nullopt;
  }
  const Json file = parsedOrNull(*text);
  if (!file.is_object() || !file.contains("format") || file["format"] != kHistoryFormat) {
    err = {"file_invalid", "Dit bestand is geen overzicht van metingen van Samenwijs."};
    return std::nullopt;
  }
  HistoryRead incoming = readHistory(ctx.content, file);
  HistoryRead merged = readHistory(ctx.content, args["measurements"]);
  std::size_t added = 0, known = 0;
  for (auto& m : incoming.measurements) {
    bool seen = false;
    for (const auto& have : merged.measurements) seen = seen || have.id == m.id || (have.code == m.code && have.finishedAt == m.finishedAt);
    if (seen) ++known;
    else if (merged.measurements.size() < kHistoryMax) {
      merged.measurements.push_back(std::move(m));
      ++added;
    }
  }
  std::stable_sort(merged.measurements.begin(), merged.measurements.end(),
                   [](const Measurement& a, const Measurement& b) { return a.finishedAt < b.finishedAt; });
  Json out = historyView(merged);
  out["added"] = added;
  out["alreadyThere"] = known;
  out["dropped"] = incoming.dropped;
  out["problem"] = incoming.problem.empty() ? Json() : Json(incoming.problem);
  return out;
}

// historyExport {measurements, today} -> {filename, mimeType, text}: one dated file
std::optional<Json> historyExport(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto today = stringArg(args, "today", err);
  if (!today) return std::nullopt;
  const std::string date = normaliseDate(*today);
  if (date.empty()) {
    err = {errc::kInvalidArgument, "'today' moet een datum zijn (JJJJ-MM-DD)."};
    return std::nullopt;
  }
  if (!args.contains("measurements") || !args["measurements"].is_array()) {
    err = {errc::kInvalidArgument, "Geef de lijst met metingen."};
    return std::nullopt;
  }
  HistoryRead h = readHistory(ctx.content, args["measurements"]);
  Json file = historyToJson(h.measurements);
  file["exportedOn"] = date;
  return Json{{"filename", "samenwijs-metingen-" + date + ".json"}, {"mimeType", "application/json"},
              {"text", dumpJson(file, 2) + "\n"}};
}

// historyTrend {measurements, framework} -> per domain and competence, the score in each
// measurement of that framework (oldest first)
std::optional<Json> historyTrend(const ApiContext& ctx, const Json& args, ApiError& err) {
  const Framework* fw = frameworkArg(ctx, args, err);
  if (!fw) return std::nullopt;
  if (!args.contains("measurements") || !args["measurements"].is_array()) {
    err = {errc::kInvalidArgument, "Geef de lijst met metingen."};
    return std::nullopt;
  }
  const HistoryRead h = readHistory(ctx.content, args["measurements"]);
  const Trend t = trendOf(*fw, h.measurements);
  Json measurements = Json::array(), domains = Json::array(), competences = Json::array(), levels = Json::array();
  for (const Measurement* m : t.measurements) measurements.push_back(measurementView(*m));
  const auto series = [](const std::vector<std::optional<double>>& v) {
    Json s = Json::array();
    for (const auto& x : v) s.push_back(rounded(x));
    return s;
  };
  std::size_t c = 0;
  for (std::size_t d = 0; d < fw->domains.size(); ++d) {
    const Domain& dom = fw->domains[d];
    domains.push_back({{"id", dom.id}, {"code", dom.code}, {"title", dom.title}, {"scores", series(t.domainScores[d])}});
    for (const auto& comp : dom.competences) {
      competences.push_back({{"id", comp.id}, {"title", comp.title}, {"domain", dom.id}, {"scores", series(t.competenceScores[c++])}});
    }
  }
  for (const auto& l : fw->levels) levels.push_back({{"value", l.value}, {"label", l.label}});
  return Json{{"framework", fw->id}, {"title", fw->title}, {"measurements", measurements}, {"domains", domains},
              {"competences", competences}, {"levels", levels}};
}

// popCheck {framework, pop} -> {ok, issues:[{goal, field, message}], pop}
std::optional<Json> popCheck(const ApiContext& ctx, const Json& args, ApiError& err) {
  const Framework* fw = frameworkArg(ctx, args, err);
  if (!fw) return std::nullopt;
  std::vector<PopIssue> issues;
  Json pop = checkPop(ctx.content, *fw, args.contains("pop") ? args["pop"] : Json(), issues);
  Json list = Json::array();
  for (const auto& i : issues) list.push_back({{"goal", i.goal < 0 ? Json() : Json(i.goal)}, {"field", i.field}, {"message", i.message}});
  return Json{{"ok", issues.empty()}, {"issues", list}, {"pop", pop}};
}

// popExport {measurement, format:"markdown"} -> {filename, mimeType, text}
std::optional<Json> popExport(const ApiContext& ctx, const Json& args, ApiError& err) {
  if (!args.contains("measurement")) {
    err = {errc::kInvalidArgument, "Geef de meting met het ontwikkelplan."};
    return std::nullopt;
  }
  Measurement m;
  std::string why;
  if (!readMeasurement(ctx.content, args["measurement"], 0, m, why)) {
    err = {errc::kInvalidArgument, "Deze meting kan niet worden gelezen (" + why + ")."};
    return std::nullopt;
  }
  if (m.pop.is_null()) {
    err = {errc::kInvalidArgument, "Bij deze meting hoort nog geen ontwikkelplan."};
    return std::nullopt;
  }
  return Json{{"filename", "ontwikkelplan-" + m.finishedAt.substr(0, 10) + ".md"}, {"mimeType", "text/markdown"},
              {"text", popMarkdown(ctx.content, *m.framework, m.answers, m.finishedAt, m.pop)}};
}

}  // namespace

ApiMethod findZelfscanStoreMethod(const std::string& name) {
  static const std::map<std::string, ApiMethod> methods = {
      {"zelfscanState", zelfscanState}, {"historyRead", historyRead},     {"historyText", historyText},
      {"historyImport", historyImport}, {"historyExport", historyExport}, {"historyTrend", historyTrend},
      {"popCheck", popCheck},           {"popExport", popExport}};
  auto it = methods.find(name);
  return it == methods.end() ? nullptr : it->second;
}

}  // namespace samenwijs

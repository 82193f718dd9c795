// API methods for the self-assessment (zelfscan): frameworks, profiles, result codes and
// files, and the comparison of two measurements.
#include <cmath>
#include <map>
#include <set>

#include "samenwijs/api_args.hpp"
#include "samenwijs/content_json.hpp"
#include "samenwijs/result_code.hpp"
#include "samenwijs/zelfscan_store.hpp"

namespace samenwijs {
namespace {

constexpr const char* kFileFormat = "samenwijs-zelfscan";

Json rounded(const std::optional<double>& v) {
  if (!v) return nullptr;
  return std::round(*v * 10) / 10;
}

Json levelJson(const Framework& fw, const std::optional<double>& score) {
  if (!score) return nullptr;
  const int level = levelOf(*score);
  return {{"value", level}, {"label", fw.levels[static_cast<std::size_t>(level - 1)].label}};
}

const Framework* frameworkArg(const ApiContext& ctx, const Json& args, const char* name, ApiError& err) {
  auto id = requiredStringArg(args, name, err);
  if (!id) return nullptr;
  const Framework* fw = ctx.content.framework(*id);
  if (!fw) err = {errc::kNotFound, "Deze zelfscan bestaat niet (meer)."};
  return fw;
}

// A measurement from the arguments: {"code": "..."} or {"framework": id, "answers": {...}}.
struct Measurement {
  const Framework* framework = nullptr;
  Answers answers;
};

std::optional<Measurement> measurementFrom(const ApiContext& ctx, const Json& value, const std::string& expected,
                                           ApiError& err) {
  if (!value.is_object()) {
    err = {errc::kInvalidArgument, "Een meting moet een code of antwoorden bevatten."};
    return std::nullopt;
  }
  if (value.contains("code")) {
    if (!value["code"].is_string()) {
      err = {errc::kInvalidArgument, "De code moet tekst zijn."};
      return std::nullopt;
    }
    DecodedResult d = decodeResult(ctx.content.content().frameworks, value["code"].get<std::string>(), expected);
    if (d.error != DecodeError::None) {
      err = {std::string("code_") + decodeErrorCode(d.error), d.message};
      return std::nullopt;
    }
    return Measurement{d.framework, std::move(d.answers)};
  }
  const Framework* fw = frameworkArg(ctx, value, "framework", err);
  if (!fw) return std::nullopt;
  if (!expected.empty() && fw->id != expected) {
    err = {"code_other_framework", "Deze meting hoort bij een andere zelfscan."};
    return std::nullopt;
  }
  std::string problem;
  auto answers = answersFromJson(*fw, value.contains("answers") ? value["answers"] : Json::object(), problem);
  if (!answers) {
    err = {errc::kInvalidArgument, problem};
    return std::nullopt;
  }
  return Measurement{fw, std::move(*answers)};
}

Json topicRef(const Content& content, const GuidanceMatch& m) {
  const Guide& g = content.guides[m.guide];
  const MainQuestion& mq = g.mainQuestions[m.mainQuestion];
  const Topic& t = mq.topics[m.topic];
  return {{"guide", g.id}, {"guideTitle", g.title}, {"mainQuestion", mq.id}, {"topic", t.id},
          {"number", t.number}, {"title", t.title}};
}

Json profileJson(const ApiContext& ctx, const Framework& fw, const Answers& answers) {
  const Profile p = computeProfile(fw, answers);
  const Content& content = ctx.content.content();
  Json competences = Json::array(), domains = Json::array();
  for (const auto& c : p.competences) {
    competences.push_back({{"id", c.competence->id}, {"title", c.competence->title}, {"domain", c.domain->id},
                           {"items", c.competence->items.size()}, {"answered", c.answered},
                           {"notApplicable", c.notApplicable}, {"unanswered", c.unanswered},
                           {"enough", c.score.has_value()}, {"score", rounded(c.score)}, {"level", levelJson(fw, c.score)}});
  }
  for (const auto& d : p.domains) {
    domains.push_back({{"id", d.domain->id}, {"code", d.domain->code}, {"title", d.domain->title},
                       {"competencesScored", d.competencesScored}, {"competences", d.domain->competences.size()},
                       {"score", rounded(d.score)}, {"level", levelJson(fw, d.score)}});
  }
  Json strengths = Json::array(), growth = Json::array();
  for (std::size_t k : p.strengths) strengths.push_back(p.competences[k].competence->id);
  for (std::size_t k : p.growthAreas) {
    const CompetenceScore& c = p.competences[k];
    Json area = {{"competence", c.competence->id}, {"title", c.competence->title}, {"score", rounded(c.score)},
                 {"level", levelJson(fw, c.score)}, {"nextStep", nullptr}};
    if (auto step = nextStep(fw, answers, *c.competence)) {
      area["nextStep"] = {{"item", step->item->id}, {"itemText", step->item->text}, {"currentLevel", step->currentLevel},
                          {"nextLevel", step->currentLevel + 1},
                          {"nextLabel", fw.levels[static_cast<std::size_t>(step->currentLevel)].label},
                          {"descriptor", step->descriptor}};
    }
    Json topics = Json::array(), tips = Json::array();
    std::set<std::string> seenTips;
    for (const auto& m : guidanceFor(ctx.content, fw, *c.competence, 4)) {
      topics.push_back(topicRef(content, m));
      const MainQuestion& mq = content.guides[m.guide].mainQuestions[m.mainQuestion];
      for (const auto& tip : mq.readingTips) {
        if (tips.size() < 3 && seenTips.insert(tip.title).second) {
          tips.push_back(toJson(tip));
          break;
        }
      }
    }
    area["topics"] = topics;
    area["readingTips"] = tips;
    growth.push_back(area);
  }
  Json levels = Json::array();
  for (const auto& l : fw.levels) levels.push_back({{"value", l.value}, {"label", l.label}, {"description", l.description}});
  return {{"framework", fw.id}, {"version", fw.version}, {"title", fw.title}, {"levels", levels},
          {"progress", {{"answered", p.answered}, {"notApplicable", p.notApplicable}, {"total", p.total},
                        {"done", p.answered + p.notApplicable}}},
          {"competences", competences}, {"domains", domains}, {"strengths", strengths}, {"growthAreas", growth},
          {"code", encodeResult(fw, answers)}, {"answers", answersToJson(fw, answers)}};
}

// framework {id} -> the whole framework
std::optional<Json> framework(const ApiContext& ctx, const Json& args, ApiError& err) {
  const Framework* fw = frameworkArg(ctx, args, "id", err);
  if (!fw) return std::nullopt;
  Json j = toJson(*fw);
  j["itemCount"] = itemCount(*fw);
  return j;
}

// profile {framework, answers} -> scores, strengths, growth areas with guidance, result code
std::optional<Json> profile(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto m = measurementFrom(ctx, args, "", err);
  if (!m) return std::nullopt;
  return profileJson(ctx, *m->framework, m->answers);
}

// decodeResult {code, framework?} -> the profile of the measurement in the code
std::optional<Json> decode(const ApiContext& ctx, const Json& args, ApiError& err) {
  // The code itself is not limited here: decodeResult answers a huge paste with the same
  // Dutch message as everywhere else.
  std::optional<std::string> code;
  if (!args.contains("code") || args["code"].is_null()) code = std::string();
  else if (args["code"].is_string()) code = args["code"].get<std::string>();
  else err = {errc::kInvalidArgument, "De code moet tekst zijn."};
  auto expected = code ? stringArg(args, "framework", err) : std::nullopt;
  if (!expected) return std::nullopt;
  auto m = measurementFrom(ctx, Json{{"code", *code}}, *expected, err);
  if (!m) return std::nullopt;
  return profileJson(ctx, *m->framework, m->answers);
}

// resultFile {framework, answers} -> {filename, mimeType, text}: a JSON file without personal data
std::optional<Json> resultFile(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto m = measurementFrom(ctx, args, "", err);
  if (!m) return std::nullopt;
  // The day of the measurement (optional): in the file and in its name, so that files of
  // several measurements can be told apart.
  auto day = stringArg(args, "date", err);
  if (!day) return std::nullopt;
  const std::string date = normaliseDate(*day);
  if (!day->empty() && date.empty()) {
    err = {errc::kInvalidArgument, "'date' moet een datum zijn (JJJJ-MM-DD)."};
    return std::nullopt;
  }
  Json file = {{"format", kFileFormat}, {"formatVersion", 1}, {"framework", m->framework->id},
               {"frameworkVersion", m->framework->version}, {"code", encodeResult(*m->framework, m->answers)},
               {"answers", answersToJson(*m->framework, m->answers)}};
  if (!date.empty()) file["date"] = date;
  return Json{{"filename", "zelfscan-" + m->framework->id + (date.empty() ? "" : "-" + date) + ".json"},
              {"mimeType", "application/json"}, {"text", dumpJson(file, 2) + "\n"}};
}

// readResultFile {text, framework?} -> the profile; the code inside is authoritative and
// must agree with the answers, so an edited file is refused.
std::optional<Json> readResultFile(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto text = stringArg(args, "text", err);
  auto expected = text ? stringArg(args, "framework", err) : std::nullopt;
  if (!expected) return std::nullopt;
  const Json file = parseJsonLimited(*text);
  auto refuse = [&](const std::string& why) -> std::optional<Json> {
    err = {"file_invalid", why};
    return std::nullopt;
  };
  if (file.is_discarded() || !file.is_object()) return refuse("Dit bestand is geen resultaatbestand van Samenwijs (geen geldige JSON).");
  if (!file.contains("format") || file["format"] != kFileFormat) return refuse("Dit bestand is geen resultaatbestand van een Samenwijs-zelfscan.");
  if (!file.contains("code") || !file["code"].is_string()) return refuse("In dit resultaatbestand ontbreekt de resultaatcode.");
  auto m = measurementFrom(ctx, Json{{"code", file["code"]}}, *expected, err);
  if (!m) return std::nullopt;
  if (file.contains("answers") && file["answers"] != answersToJson(*m->framework, m->answers)) {
    return refuse("De antwoorden in dit bestand passen niet bij de resultaatcode: het bestand is aangepast.");
  }
  return profileJson(ctx, *m->framework, m->answers);
}

// compare {earlier, later} (each {code} or {framework, answers}) -> what grew and what fell
std::optional<Json> compare(const ApiContext& ctx, const Json& args, ApiError& err) {
  if (!args.contains("earlier") || !args.contains("later")) {
    err = {errc::kInvalidArgument, "Geef twee metingen: 'earlier' en 'later'."};
    return std::nullopt;
  }
  auto later = measurementFrom(ctx, args["later"], "", err);
  auto earlier = later ? measurementFrom(ctx, args["earlier"], later->framework->id, err) : std::nullopt;
  if (!earlier) return std::nullopt;
  const Framework& fw = *later->framework;
  const Profile a = computeProfile(fw, earlier->answers), b = computeProfile(fw, later->answers);
  Json competences = Json::array(), grew = Json::array(), fell = Json::array();
  constexpr double kThreshold = 0.5;  // half a level: smaller differences are noise in a self-assessment
  for (const auto& change : compareProfiles(a, b)) {
    Json c = {{"id", change.competence->id}, {"title", change.competence->title},
              {"earlier", rounded(change.earlier)}, {"later", rounded(change.later)}, {"change", nullptr}, {"direction", "unknown"}};
    if (change.earlier && change.later) {
      const double delta = *change.later - *change.earlier;
      c["change"] = std::round(delta * 10) / 10;
      c["direction"] = delta >= kThreshold ? "grew" : delta <= -kThreshold ? "fell" : "same";
      if (delta >= kThreshold) grew.push_back(change.competence->id);
      if (delta <= -kThreshold) fell.push_back(change.competence->id);
    }
    competences.push_back(c);
  }
  Json domains = Json::array();
  for (std::size_t d = 0; d < b.domains.size(); ++d) {
    Json dj = {{"id", b.domains[d].domain->id}, {"title", b.domains[d].domain->title},
               {"earlier", rounded(a.domains[d].score)}, {"later", rounded(b.domains[d].score)}, {"change", nullptr}};
    if (a.domains[d].score && b.domains[d].score) dj["change"] = std::round((*b.domains[d].score - *a.domains[d].score) * 10) / 10;
    domains.push_back(dj);
  }
  return Json{{"framework", fw.id}, {"title", fw.title}, {"competences", competences}, {"domains", domains},
              {"grew", grew}, {"fell", fell}, {"threshold", kThreshold}};
}

}  // namespace

ApiMethod findZelfscanStoreMethod(const std::string& name);  // api_zelfscan_store.cpp

ApiMethod findZelfscanMethod(const std::string& name) {
  static const std::map<std::string, ApiMethod> methods = {
      {"framework", framework},   {"profile", profile},       {"decodeResult", decode},
      {"resultFile", resultFile}, {"readResultFile", readResultFile}, {"compare", compare}};
  auto it = methods.find(name);
  return it == methods.end() ? findZelfscanStoreMethod(name) : it->second;
}

}  // namespace samenwijs

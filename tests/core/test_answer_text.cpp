#define BOOST_TEST_MODULE answer_text
// The team, board and network map answers are written as text (JsonWriter) since issue 15;
// before, they were built as nlohmann DOMs and dumped. This test keeps that DOM path as it
// was on main (namespace `dom`, copied unchanged from team_json.cpp, api_team.cpp,
// api_board.cpp and api_network.cpp) and checks on real inputs that the envelope the Api
// answers now is byte for byte the text the old path gave through nlohmann's own dump.
// Later changes to the answers are made in both: the skipped text of a list of codes.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <sstream>

#include "samenwijs/api_args.hpp"
#include "samenwijs/board.hpp"
#include "samenwijs/code_bytes.hpp"
#include "samenwijs/code_input.hpp"
#include "samenwijs/csv.hpp"
#include "samenwijs/network.hpp"
#include "samenwijs/network_layout.hpp"
#include "samenwijs/network_metrics.hpp"
#include "samenwijs/round_code.hpp"
#include "samenwijs/short_scan.hpp"
#include "samenwijs/shown_sets.hpp"
#include "samenwijs/team_code.hpp"
#include "samenwijs/zelfscan.hpp"
#include "team_fixture.hpp"

namespace dom {
using namespace samenwijs;
using samenwijs::Json;

// ---- the DOM path as it was (unchanged copy) ----
Json roundedJson(const std::optional<double>& v) {
  if (!v) return nullptr;
  return std::round(*v * 10) / 10;
}

namespace {
Json distributionJson(const Distribution& d) {
  return {{"counts", d.counts}, {"tooFew", d.tooFew}, {"n", d.n()}, {"mean", roundedJson(d.mean())}, {"median", roundedJson(d.median())}};
}

Json topicsFor(const ApiContext& ctx, const Framework& fw, const Competence& c) {
  Json topics = Json::array();
  const Content& content = ctx.content.content();
  for (const auto& m : guidanceFor(ctx.content, fw, c, 3)) {
    const Guide& g = content.guides[m.guide];
    const Topic& t = g.mainQuestions[m.mainQuestion].topics[m.topic];
    topics.push_back({{"guide", g.id}, {"guideTitle", g.title}, {"topic", t.id}, {"number", t.number}, {"title", t.title}});
  }
  return topics;
}
}  // namespace

Json pictureJson(const ApiContext& ctx, const TeamTotals& totals) {
  const Framework& fw = *totals.framework;
  Json out = {{"framework", fw.id}, {"title", fw.title}, {"participants", totals.participants}, {"minGroupSize", totals.minGroupSize}};
  Json levels = Json::array();
  for (const auto& l : fw.levels) levels.push_back({{"value", l.value}, {"label", l.label}});
  out["levels"] = levels;
  Json competences = Json::array(), domains = Json::array();
  std::vector<std::pair<const Competence*, Distribution>> scored;
  std::size_t row = 0;
  for (const auto& domain : fw.domains) {
    for (const auto& comp : domain.competences) {
      const Distribution dist = distributionOf(totals, row++);
      Json cj = distributionJson(dist);
      cj["id"] = comp.id;
      cj["title"] = comp.title;
      cj["domain"] = domain.id;
      competences.push_back(cj);
      if (dist.mean()) scored.push_back({&comp, dist});
    }
  }
  for (const auto& domain : fw.domains) {
    Json dj = distributionJson(distributionOf(totals, row++));
    dj["id"] = domain.id;
    dj["code"] = domain.code;
    dj["title"] = domain.title;
    domains.push_back(dj);
  }
  out["competences"] = competences;
  out["domains"] = domains;

  // Strengths: highest team means from 3.5; shared growth areas: lowest means under 4.5.
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return *a.second.mean() > *b.second.mean(); });
  Json strengths = Json::array(), growth = Json::array();
  std::vector<const Competence*> strong;
  for (const auto& [comp, dist] : scored) {
    if (strong.size() < 3 && *dist.mean() >= 3.5) {
      strong.push_back(comp);
      strengths.push_back({{"competence", comp->id}, {"title", comp->title}, {"mean", roundedJson(dist.mean())}});
    }
  }
  for (auto it = scored.rbegin(); it != scored.rend() && growth.size() < 3; ++it) {
    const auto& [comp, dist] = *it;
    if (std::find(strong.begin(), strong.end(), comp) != strong.end() || *dist.mean() >= 4.5) continue;
    const auto low = dist.counts[0] + dist.counts[1] + dist.counts[2];
    const double share = static_cast<double>(low) / static_cast<double>(dist.n());
    growth.push_back({{"competence", comp->id}, {"title", comp->title}, {"mean", roundedJson(dist.mean())},
                      {"shareAtOrBelow3", std::round(share * 100) / 100},
                      // Many colleagues with the same need: a learning network is worth considering.
                      {"networkSuggested", share >= 0.5}, {"topics", topicsFor(ctx, fw, *comp)}});
  }
  out["strengths"] = strengths;
  out["growthAreas"] = growth;
  return out;
}


std::optional<std::vector<TeamFile>> filesArg(const Json& args, ApiError& err) {
  std::vector<TeamFile> out;
  auto files = args.find("files");
  if (files == args.end() || files->is_null()) return out;
  if (!files->is_array()) {
    err = {errc::kInvalidArgument, "'files' moet een lijst met bestanden zijn."};
    return std::nullopt;
  }
  for (const Json& f : *files) {
    if (!f.is_object() || !f.contains("name") || !f["name"].is_string() || !f.contains("text") || !f["text"].is_string()) {
      err = {errc::kInvalidArgument, "Elk bestand heeft een naam en een tekst."};
      return std::nullopt;
    }
    out.push_back({f["name"].get<std::string>(), f["text"].get<std::string>()});
  }
  return out;
}

Json rejectedJson(const CodeListReport& report) {
  Json rejected = Json::array();
  for (const auto& r : report.rejected) rejected.push_back({{"label", r.label}, {"reason", r.reason}, {"code", r.code}});
  return rejected;
}


const std::vector<Framework>& frameworksOf(const ApiContext& ctx) { return ctx.content.content().frameworks; }

// A code argument at `key` (`missing`: the message when it is absent or not text), decoded
// by decode(frameworks, text, reason, errorCode); its reason becomes the error.
template <typename Decoded>
std::optional<Decoded> codeArg(const ApiContext& ctx, const Json& args, const char* key, const char* missing, ApiError& err,
                               std::optional<Decoded> (*decode)(const std::vector<Framework>&, std::string_view, std::string&,
                                                                std::string&)) {
  auto text = requiredStringArg(args, key, err);
  if (!text) {
    err.message = missing;
    return std::nullopt;
  }
  std::string reason, code;
  auto decoded = decode(frameworksOf(ctx), *text, reason, code);
  if (!decoded) err = {errc::kInvalidArgument, reason};
  return decoded;
}

std::optional<Round> roundArg(const ApiContext& ctx, const Json& args, ApiError& err) {
  return codeArg(ctx, args, "round", "Vul de rondecode in (RN1-…).", err, decodeRound);
}

// The round of a method that needs one collector (`refusal`: why a two-collector round cannot).
std::optional<Round> oneCollectorRound(const ApiContext& ctx, const Json& args, ApiError& err, const char* refusal) {
  auto r = roundArg(ctx, args, err);
  if (r && r->collectors == 2) {
    err = {errc::kInvalidArgument, refusal};
    return std::nullopt;
  }
  return r;
}

// The codes of a request: `text` in the arguments, and the bulk text beside them (callWithText).
std::string codesText(const ApiContext& ctx, const Json& args) {
  std::string text = args.contains("text") && args["text"].is_string() ? args["text"].get<std::string>() : std::string();
  if (!ctx.attachment.empty()) text += (text.empty() ? "" : "\n") + ctx.attachment;
  return text;
}

std::optional<std::string> nameArg(const Json& args, const char* key, ApiError& err) {
  auto v = stringArg(args, key, err);
  if (v) *v = clipName(*v);
  return v;
}

// The team code of a picture, with the round's and school's names.
std::string teamCodeFor(const TeamTotals& totals, const std::string& name, const std::string& school) {
  return encodeTeamCode(TeamCode{TeamCodeKind::Team, totals, name, school});
}

Json collectionJson(const RoundCollection& c) {
  return {{"accepted", c.accepted}, {"duplicates", c.duplicates}, {"replaced", c.replaced},
          {"rejectedCount", c.report.rejectedCount}, {"rejected", rejectedJson(c.report)},
          {"skippedCount", c.report.skippedCount}, {"skipped", c.report.skipped}};
}

// team {round, history?, name?, school?, files?} + codes -> the round's picture, or why not.
// `history`: what this device showed of the round before (SH1-…); the answer carries the new one.
std::optional<Json> team(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto r = oneCollectorRound(ctx, args, err, "Deze ronde heeft twee verzamelaars: elke verzamelaar telt zijn eigen deelcodes op.");
  if (!r) return std::nullopt;
  auto history = stringArg(args, "history", err);
  auto name = history ? nameArg(args, "name", err) : std::nullopt;
  auto school = name ? nameArg(args, "school", err) : std::nullopt;
  auto files = school ? filesArg(args, err) : std::nullopt;
  if (!files) return std::nullopt;
  const std::string text = codesText(ctx, args);

  ShownSets shown;
  shown.round = r->id;
  if (!history->empty()) {
    auto decoded = decodeShownSets(*history);
    if (!decoded || decoded->round != r->id) {
      err = {"history_invalid", "De gegevens over eerder getoonde teambeelden van deze ronde zijn beschadigd. Om niemand "
                                "herkenbaar te maken wordt er geen teambeeld getoond. Start een nieuwe ronde."};
      return std::nullopt;
    }
    shown = std::move(*decoded);
  }
  const RoundCollection c = collectRound(frameworksOf(ctx), *r, 0, text, *files);
  Json out = collectionJson(c);
  out["minGroupSize"] = r->minGroupSize;
  out["shown"] = false;
  out["framework"] = r->framework->id;
  out["history"] = *history;
  const ShownVerdict v = checkShown(shown, c.tags, r->minGroupSize);
  if (!v.allowed) {
    out["message"] = v.reason;
    out["refused"] = shown.sets > 0 && c.accepted >= static_cast<std::size_t>(r->minGroupSize) ? "differencing" : "too_small";
    return out;
  }
  if (!v.seenBefore) recordShown(shown, c.tags);
  out["history"] = encodeShownSets(shown);
  out["shown"] = true;
  out["picture"] = pictureJson(ctx, c.totals);
  out["teamCode"] = teamCodeFor(c.totals, *name, *school);
  return out;
}

std::optional<TeamCode> teamCodeArg(const ApiContext& ctx, const Json& args, const char* key, ApiError& err) {
  return codeArg(ctx, args, key, "Vul een teamcode in (TM1-…).", err, decodeTeamCode);
}

// The rule for a round whose picture comes from totals only (ballot box, two collectors):
// one picture per round on this device. `history`: the team code shown before, if any.
bool sameAsShown(const ApiContext& ctx, const Json& args, const TeamTotals& totals, ApiError& err) {
  auto history = stringArg(args, "history", err);
  if (!history) return false;
  if (history->empty()) return true;
  std::string reason, code;
  auto shown = decodeTeamCode(frameworksOf(ctx), *history, reason, code);
  if (!shown || shown->totals.round != totals.round) {
    err = {"history_invalid", "De gegevens over het eerder getoonde teambeeld van deze ronde zijn beschadigd. Om niemand "
                              "herkenbaar te maken wordt er geen teambeeld getoond."};
    return false;
  }
  if (shown->totals.participants != totals.participants || shown->totals.counts != totals.counts) {
    err = {"differencing", "Van deze ronde is op dit apparaat al een teambeeld getoond (" + std::to_string(shown->totals.participants) +
                               " deelnemers). Een tweede teambeeld van dezelfde ronde met andere codes wordt niet getoond: uit "
                               "het verschil zou je de uitslag van één of enkele collega's kunnen afleiden. Start een nieuwe ronde."};
    return false;
  }
  return true;
}

std::optional<Json> pictureAnswer(const ApiContext& ctx, const Json& args, const TeamTotals& totals, ApiError& err) {
  if (totals.participants < static_cast<std::uint64_t>(totals.minGroupSize)) {
    err = {"too_small", "Er zijn " + std::to_string(totals.participants) + " ingeleverd. Een teambeeld verschijnt pas vanaf " +
                            std::to_string(totals.minGroupSize) + ", zodat niemand herkenbaar is."};
    return std::nullopt;
  }
  if (!sameAsShown(ctx, args, totals, err)) return std::nullopt;
  auto name = nameArg(args, "name", err);
  auto school = name ? nameArg(args, "school", err) : std::nullopt;
  if (!school) return std::nullopt;
  const std::string teamCode = teamCodeFor(totals, *name, *school);
  return Json{{"picture", pictureJson(ctx, totals)}, {"teamCode", teamCode}, {"history", teamCode}};
}

// ballotClose {round, totals, name?, school?, history?} -> the picture, from the minimum
std::optional<Json> ballotClose(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto r = roundArg(ctx, args, err);
  if (!r) return std::nullopt;
  auto box = teamCodeArg(ctx, args, "totals", err);
  if (!box) return std::nullopt;
  if (box->kind != TeamCodeKind::Ballot || box->totals.round != r->id) {
    err = {errc::kInvalidArgument, "De tussenstand hoort niet bij de stembus van deze ronde."};
    return std::nullopt;
  }
  return pictureAnswer(ctx, args, box->totals, err);
}

// collectorSum {round, collector, files?} + share codes -> that collector's partial team code
std::optional<Json> collectorSum(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto r = roundArg(ctx, args, err);
  if (!r) return std::nullopt;
  if (r->collectors != 2) {
    err = {errc::kInvalidArgument, "Deze ronde heeft één verzamelaar; deelcodes horen bij een ronde met twee verzamelaars."};
    return std::nullopt;
  }
  auto collector = intArg(args, "collector", 1, 2, 0, err);
  if (!collector || *collector == 0) {
    err = {errc::kInvalidArgument, "Kies verzamelaar 1 of 2."};
    return std::nullopt;
  }
  auto files = filesArg(args, err);
  if (!files) return std::nullopt;
  const std::string text = codesText(ctx, args);
  RoundCollection c = collectRound(frameworksOf(ctx), *r, static_cast<int>(*collector), text, *files);
  Json out = collectionJson(c);
  out["collector"] = *collector;
  out["participants"] = c.totals.participants;
  const TeamCode part{*collector == 1 ? TeamCodeKind::PartOne : TeamCodeKind::PartTwo, c.totals, {}, {}};
  out["partCode"] = c.accepted ? Json(encodeTeamCode(part)) : Json(nullptr);
  return out;
}

// collectorCombine {parts: [a, b], name?, school?, history?} -> the picture of the round
std::optional<Json> collectorCombine(const ApiContext& ctx, const Json& args, ApiError& err) {
  if (!args.contains("parts") || !args["parts"].is_array() || args["parts"].size() != 2) {
    err = {errc::kInvalidArgument, "Geef de twee deelcodes: één van verzamelaar 1 en één van verzamelaar 2."};
    return std::nullopt;
  }
  std::optional<TeamCode> parts[2];
  for (int i = 0; i < 2; ++i) {
    const Json& p = args["parts"][static_cast<std::size_t>(i)];
    if (!p.is_string()) {
      err = {errc::kInvalidArgument, "Een deelcode is tekst (TM1-…)."};
      return std::nullopt;
    }
    std::string reason, code;
    parts[i] = decodeTeamCode(frameworksOf(ctx), p.get<std::string>(), reason, code);
    if (!parts[i]) {
      err = {errc::kInvalidArgument, "Deelcode " + std::to_string(i + 1) + ": " + reason};
      return std::nullopt;
    }
  }
  if (parts[0]->kind == TeamCodeKind::PartTwo) std::swap(parts[0], parts[1]);
  const TeamTotals& a = parts[0]->totals;
  const TeamTotals& b = parts[1]->totals;
  if (parts[0]->kind != TeamCodeKind::PartOne || parts[1]->kind != TeamCodeKind::PartTwo) {
    err = {errc::kInvalidArgument, "Nodig zijn de deelcode van verzamelaar 1 én die van verzamelaar 2."};
    return std::nullopt;
  }
  if (a.round != b.round || a.framework != b.framework) {
    err = {errc::kInvalidArgument, "De twee deelcodes horen bij verschillende rondes."};
    return std::nullopt;
  }
  if (a.participants != b.participants) {
    err = {errc::kInvalidArgument, "Verzamelaar 1 telde " + std::to_string(a.participants) + " deelcodes en verzamelaar 2 " +
                                       std::to_string(b.participants) + ". Elke collega geeft beide verzamelaars een deelcode; "
                                       "vraag wie er één vergat, of laat beide verzamelaars opnieuw optellen."};
    return std::nullopt;
  }
  TeamTotals total = a;
  for (std::size_t k = 0; k < total.counts.size(); ++k) total.counts[k] = (a.counts[k] + b.counts[k]) & 0xFFFF;
  const std::size_t rows = total.counts.size() / kTeamLevels;
  for (std::size_t r = 0; r < rows; ++r) {
    std::uint64_t sum = 0;
    for (int l = 0; l < kTeamLevels; ++l) sum += total.counts[r * kTeamLevels + static_cast<std::size_t>(l)];
    if (sum > total.participants) {
      err = {errc::kInvalidArgument, "De twee deelcodes passen niet bij elkaar: de verzamelaars hebben niet van dezelfde "
                                     "collega's een deel opgeteld. Laat beide verzamelaars opnieuw optellen."};
      return std::nullopt;
    }
  }
  return pictureAnswer(ctx, args, total, err);
}

// teamPicture {code} -> the picture of a team code (a saved set, or one received)
std::optional<Json> teamPicture(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto code = teamCodeArg(ctx, args, "code", err);
  if (!code) return std::nullopt;
  if (code->kind != TeamCodeKind::Team) {
    err = {errc::kInvalidArgument, code->kind == TeamCodeKind::Ballot
                                       ? "Dit is de tussenstand van een open stembus, geen teamcode."
                                       : "Dit is de deelcode van één verzamelaar: die zegt op zich niets. Combineer de twee deelcodes."};
    return std::nullopt;
  }
  if (code->totals.participants < static_cast<std::uint64_t>(code->totals.minGroupSize)) {
    err = {"too_small", "Deze teamcode heeft minder deelnemers dan de minimale groepsgrootte en wordt niet getoond."};
    return std::nullopt;
  }
  Json out = pictureJson(ctx, code->totals);
  out["roundName"] = code->roundName;
  out["school"] = code->school;
  return out;
}


struct BoardRequest {
  std::string text;
  std::vector<TeamFile> files;
  int minGroupSize = kMinGroupFloor;
};

std::optional<BoardRequest> boardRequest(const ApiContext& ctx, const Json& args, ApiError& err) {
  BoardRequest req;
  auto minSize = intArg(args, "minGroupSize", kMinGroupFloor, kMaxMinGroupSize, kMinGroupFloor, err);
  if (!minSize) {
    err.message = "De minimale groepsgrootte is een heel getal van " + std::to_string(kMinGroupFloor) + " tot " +
                  std::to_string(kMaxMinGroupSize) + ".";
    return std::nullopt;
  }
  req.minGroupSize = static_cast<int>(*minSize);
  auto files = filesArg(args, err);
  if (!files) return std::nullopt;
  req.files = std::move(*files);
  if (args.contains("text") && args["text"].is_string()) req.text = args["text"].get<std::string>();
  if (!ctx.attachment.empty()) req.text += (req.text.empty() ? "" : "\n") + ctx.attachment;
  return req;
}

std::string schoolName(const BoardSchool& s) {
  if (!s.code.school.empty()) return s.code.school;
  if (!s.code.roundName.empty()) return s.code.roundName;
  return "School (" + s.label + ")";
}

// board {minGroupSize?, files?} + team codes -> every school, and the board total of those shown
std::optional<Json> board(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto req = boardRequest(ctx, args, err);
  if (!req) return std::nullopt;
  const Board b = combineBoard(ctx.content.content().frameworks, req->text, req->files, req->minGroupSize);
  Json schools = Json::array();
  for (const auto& s : b.schools) {
    Json j = {{"name", schoolName(s)}, {"roundName", s.code.roundName}, {"label", s.label}, {"shown", s.shown}};
    if (s.shown) {
      j["participants"] = s.code.totals.participants;
      Json means = Json::array();
      for (std::size_t row = 0; row < teamRows(*b.framework); ++row) means.push_back(roundedJson(distributionOf(s.code.totals, row).mean()));
      j["means"] = means;  // competences, then domains
    } else {
      j["reason"] = "Minder dan " + std::to_string(b.minGroupSize) + " deelnemers: niet apart getoond en niet meegeteld in het totaal.";
    }
    schools.push_back(j);
  }
  Json out = {{"minGroupSize", b.minGroupSize}, {"schools", schools}, {"duplicates", b.duplicates},
              {"rejectedCount", b.report.rejectedCount}, {"rejected", rejectedJson(b.report)}, {"shown", false},
              {"skippedCount", b.report.skippedCount}, {"skipped", b.report.skipped}};
  if (b.shownCount() == 0) {
    out["message"] = b.schools.empty() ? "Er is nog geen geldige teamcode." : "Geen enkele school heeft genoeg deelnemers voor een teambeeld.";
    return out;
  }
  out["shown"] = true;
  out["picture"] = pictureJson(ctx, b.total);
  return out;
}


const Network* network(const ApiContext& ctx, ApiError& err) {
  const Network& net = ctx.content.content().network;
  if (!net.loaded) {
    err = {errc::kNotFound, "De netwerkcheck is in deze versie van Samenwijs niet beschikbaar."};
    return nullptr;
  }
  return &net;
}


Json mapAnswer(const Network& net, const NetworkMap& map) {
  const MapMetrics m = analyseMap(map, net.mechanisms);
  const MapLayout layout = layoutMap(map);
  Json list = Json::array();
  for (std::size_t i = 0; i < map.ties.size(); ++i) {
    const Tie& t = map.ties[i];
    const int s = tieStrength(t);
    const auto& node = layout.nodes[i];
    list.push_back({{"index", i}, {"name", t.name}, {"kind", t.kind}, {"circle", t.circle}, {"inside", t.inside},
                    {"frequency", t.frequency}, {"involvement", t.involvement}, {"strength", s},
                    {"strengthClass", strengthClass(s)}, {"degree", m.degree[i]},
                    {"boundaryCrosser", std::find(m.boundaryCrossers.begin(), m.boundaryCrossers.end(), i) != m.boundaryCrossers.end()},
                    {"x", node.x}, {"y", node.y}, {"label", node.label}, {"anchor", node.anchor},
                    {"labelX", std::round(node.labelX * 10) / 10}, {"labelY", std::round(node.labelY * 10) / 10}});
  }
  Json links = Json::array();
  for (const auto& [a, b] : map.links) links.push_back(Json::array({a, b}));
  Json groups = Json::array();
  for (const auto& g : layout.groups) {
    groups.push_back({{"label", g.label}, {"inside", g.inside}, {"startAngle", g.startAngle}, {"endAngle", g.endAngle},
                      {"anchor", g.anchor}, {"labelX", std::round(g.labelX * 10) / 10}, {"labelY", std::round(g.labelY * 10) / 10},
                      {"members", g.members}});
  }
  Json offers = Json::array();
  for (const auto& o : m.offers) {
    Json names = Json::array();
    for (std::size_t i : o.ties) names.push_back(map.ties[i].name);
    offers.push_back({{"id", o.mechanism->id}, {"title", o.mechanism->title}, {"ties", o.ties}, {"names", names}});
  }
  Json conclusions = Json::array();
  for (const auto& c : m.conclusions) conclusions.push_back({{"id", c.id}, {"title", c.title}, {"text", c.text}});
  // Reflections from the content: the character description and the risks that fit it.
  Json risks = Json::array(), character = nullptr;
  for (const Json& r : net.mapJson.value("risks", Json::array())) {
    const std::string kind = r.value("kind", "");
    if (m.character == "mixed" || (!m.character.empty() && kind == m.character)) risks.push_back(r);
  }
  for (const Json& c : net.mapJson.value("characters", Json::array())) {
    if (c.value("kind", "") == m.character) character = c;
  }
  return Json{{"ties", list}, {"links", links}, {"reach", m.reach}, {"people", m.people}, {"inside", m.inside}, {"outside", m.outside},
              {"organisations", m.organisations}, {"circles", m.circles}, {"diversity", m.diversityPercent},
              {"strong", m.strong}, {"medium", m.medium}, {"weak", m.weak},
              {"averageStrength", std::round(m.averageStrength * 10) / 10}, {"strengthInside", m.strengthInside},
              {"strengthOutside", m.strengthOutside}, {"insideShare", m.insideSharePercent},
              {"character", m.character}, {"characterText", character}, {"boundaryCrossers", m.boundaryCrossers.size()},
              {"offers", offers}, {"linkCount", m.links}, {"density", m.densityPercent}, {"onlyThroughYou", m.onlyThroughYou},
              {"conclusions", conclusions}, {"risks", risks},
              {"layout", {{"width", layout.width}, {"height", layout.height}, {"centerX", layout.centerX}, {"centerY", layout.centerY},
                          {"fontSize", layout.fontSize}, {"nodeRadius", layout.nodeRadius}, {"rings", layout.rings}, {"groups", groups}}}};
}


}  // namespace dom

namespace {
using namespace samenwijs_test;
using samenwijs::Json;
using DomMethod = std::optional<Json> (*)(const samenwijs::ApiContext&, const Json&, samenwijs::ApiError&);

// The envelope main's Api gave for a DOM answer, dumped by nlohmann itself.
std::string oldEnvelope(const std::optional<Json>& value, const samenwijs::ApiError& err) {
  const Json envelope = value ? Json{{"ok", true}, {"value", *value}}
                              : Json{{"ok", false}, {"error", {{"code", err.code.empty() ? "internal" : err.code}, {"message", err.message}}}};
  return envelope.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// Calls `method` through the Api (the text path) and through the old DOM method with the
// same arguments; the two texts must be the same, byte for byte. Returns the answer's value.
Json expectSame(const std::string& method, DomMethod old, const Json& args, const std::string& attachment = {}, bool ok = true) {
  const std::string now = api().call(method, args.dump(), attachment);
  samenwijs::ApiError err;
  const std::string before = oldEnvelope(old(samenwijs::ApiContext{api().content(), attachment}, args, err), err);
  BOOST_TEST_CONTEXT(method << " " << args.dump().substr(0, 120) << " -> " << now.substr(0, 300)) {
    BOOST_TEST(now == before);
    BOOST_TEST(now.rfind(ok ? "{\"ok\":true," : "{\"error\":", 0) == 0u);
  }
  const Json parsed = Json::parse(now, nullptr, false);
  return parsed.is_object() && parsed.contains("value") ? parsed["value"] : Json();
}

std::optional<Json> oldNetworkMap(const samenwijs::ApiContext& ctx, const Json& args, samenwijs::ApiError& err) {
  const samenwijs::Network* net = dom::network(ctx, err);
  samenwijs::IssueList issues;
  auto map = samenwijs::readMap(args["map"], issues);
  BOOST_REQUIRE(net && map);
  return dom::mapAnswer(*net, *map);
}

// The hand-in codes of `devices` colleagues with varied answers, and some lines that are refused.
std::string codesFor(std::mt19937_64& rng, const std::string& round, int devices, std::vector<std::string>* second = nullptr) {
  std::string text;
  for (int d = 0; d < devices; ++d) {
    const std::vector<int> levels = {1 + d % 6, 6 - d % 5, 3, 1 + (d * 7) % 6, d % 2 ? 2 : 4};
    const auto codes = team_test::handIn(round, team_test::hex(rng, 16), team_test::answersJson(team_test::teacher(), levels));
    text += codes.front() + "\n";
    if (second && codes.size() > 1) second->push_back(codes[1]);
  }
  return text;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(answer_text)

BOOST_AUTO_TEST_CASE(team_answers_are_the_text_the_dom_gave) {
  std::mt19937_64 rng(15);
  const std::string round = team_test::startRound(rng, 1, 5);
  const std::string codes = codesFor(rng, round, 14);
  const std::string refused =
      "geen code\nINL1-ZZZZ-ZZZZ\nIN1-ZZZZ\n" + codes.substr(0, codes.find('\n') + 1) + "nog een \"regel\" met é\n";
  const Json args = {{"round", round}, {"history", ""}, {"name", "Ronde maart \"24\""}, {"school", "De Klimop"}};
  const Json shown = expectSame("team", dom::team, args, codes + refused);
  BOOST_REQUIRE(shown["shown"] == true);
  BOOST_TEST(shown["rejectedCount"].get<int>() >= 1);
  BOOST_TEST(shown["skippedCount"].get<int>() >= 2);
  // Too few codes; then fewer codes after a picture was shown (differencing); a broken history.
  expectSame("team", dom::team, args, codes.substr(0, codes.find('\n') + 1));
  Json again = args;
  again["history"] = shown["history"];
  std::string fewer = codes;  // two codes less: the difference would single out two colleagues
  for (int k = 0; k < 2; ++k) fewer = fewer.substr(fewer.find('\n') + 1);
  const Json differencing = expectSame("team", dom::team, again, fewer);
  BOOST_TEST(differencing["refused"] == "differencing");
  again["history"] = "SH1-KAPOT";
  expectSame("team", dom::team, again, codes, false);
  // The same codes again with the history: shown again.
  again["history"] = shown["history"];
  expectSame("team", dom::team, again, codes);

  // teamPicture of the team code (round name and school in their sorted place).
  expectSame("teamPicture", dom::teamPicture, {{"code", shown["teamCode"]}});

  // The board: two schools' team codes, a refused line, then a minimum no school reaches.
  const std::string round2 = team_test::startRound(rng, 1, 5);
  const Json second = expectSame("team", dom::team, {{"round", round2}, {"history", ""}, {"name", "Ronde 2"}, {"school", "'t Startblok"}},
                                 codesFor(rng, round2, 7));
  const std::string teamCodes = shown["teamCode"].get<std::string>() + "\nTM1-ONZIN\n" + second["teamCode"].get<std::string>() + "\n";
  const Json board = expectSame("board", dom::board, {{"minGroupSize", 5}}, teamCodes);
  BOOST_TEST(board["shown"] == true);
  expectSame("board", dom::board, {{"minGroupSize", 10}}, teamCodes);
  expectSame("board", dom::board, {{"minGroupSize", 50}}, teamCodes);
  expectSame("board", dom::board, Json::object(), "");
}

BOOST_AUTO_TEST_CASE(collector_and_ballot_answers_are_the_text_the_dom_gave) {
  std::mt19937_64 rng(1515);
  const std::string round = team_test::startRound(rng, 2, 5);
  std::vector<std::string> shares2;
  const std::string shares1 = codesFor(rng, round, 9, &shares2);
  const Json one = expectSame("collectorSum", dom::collectorSum, {{"round", round}, {"collector", 1}}, shares1);
  const Json two = expectSame("collectorSum", dom::collectorSum, {{"round", round}, {"collector", 2}}, team_test::lines(shares2));
  expectSame("collectorSum", dom::collectorSum, {{"round", round}, {"collector", 2}}, "");
  expectSame("collectorCombine", dom::collectorCombine,
             {{"parts", {one["partCode"], two["partCode"]}}, {"name", "Ronde"}, {"school", "School"}, {"history", ""}});

  const std::string ballotRound = team_test::startRound(rng, 1, 5);
  std::string totals;
  std::istringstream lines(codesFor(rng, ballotRound, 6));
  for (std::string code; std::getline(lines, code);) {
    totals = okValueOf("ballotAdd", {{"round", ballotRound}, {"totals", totals}, {"code", code}})["totals"].get<std::string>();
  }
  expectSame("ballotClose", dom::ballotClose, {{"round", ballotRound}, {"totals", totals}, {"history", ""}});
}

BOOST_AUTO_TEST_CASE(network_map_answer_is_the_text_the_dom_gave) {
  const char* circles[] = {"eigen team", "bouw onderbouw", "ict-werkgroep", "pabo", "bestuur", "netwerk \"formatief\""};
  for (const std::size_t n : {0u, 1u, 5u, 24u, 60u}) {
    Json ties = Json::array(), links = Json::array();
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t c = (i * 7) % 6;
      ties.push_back({{"name", "Zoë de Vries-" + std::to_string(i + 1)}, {"kind", i % 9 == 4 ? "organisation" : "person"},
                      {"circle", circles[c]}, {"inside", c < 3}, {"frequency", 1 + (i * 3) % 5}, {"involvement", 1 + (i * 2 + 1) % 5}});
      if (i >= 6) links.push_back({i - 6, i});
    }
    BOOST_TEST_CONTEXT(n << " contacts") { expectSame("networkMap", oldNetworkMap, {{"map", {{"ties", ties}, {"links", links}}}}); }
  }
}

BOOST_AUTO_TEST_SUITE_END()

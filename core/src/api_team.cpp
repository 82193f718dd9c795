// API methods for the team overview: collection rounds, hand-in codes, the team picture
// of a round (with the differencing guard), the ballot box, the two collectors, team
// codes, the comparison of two rounds and the CSV. Every anonymity decision is made here
// or in the files these call, never in the page.
#include <cmath>
#include <map>

#include "samenwijs/api_args.hpp"
#include "samenwijs/code_bytes.hpp"
#include "samenwijs/code_input.hpp"
#include "samenwijs/csv.hpp"
#include "samenwijs/short_scan.hpp"
#include "samenwijs/shown_sets.hpp"
#include "samenwijs/team_code.hpp"
#include "team_json.hpp"

namespace samenwijs {
namespace {

const std::vector<Framework>& frameworksOf(const ApiContext& ctx) { return ctx.content.content().frameworks; }

// Hex text of at least `bytes` bytes (random bytes from the page: crypto.getRandomValues).
bool hexBytes(const std::string& hex, std::size_t bytes, std::uint8_t* out) {
  if (hex.size() < bytes * 2) return false;
  for (std::size_t i = 0; i < bytes * 2; ++i) {
    const char c = hex[i];
    int v = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
    if (v < 0) return false;
    if (i % 2 == 0) {
      out[i / 2] = static_cast<std::uint8_t>(v << 4);
    } else {
      out[i / 2] = static_cast<std::uint8_t>(out[i / 2] | v);
    }
  }
  return true;
}

Json roundJson(const Round& r) {
  return {{"code", encodeRound(r)}, {"framework", r.framework->id}, {"title", r.framework->title},
          {"minGroupSize", r.minGroupSize}, {"collectors", r.collectors}};
}

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

// roundStart {framework, name?, minGroupSize?, collectors?, random} -> the round and its code
std::optional<Json> roundStart(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto framework = requiredStringArg(args, "framework", err);
  if (!framework) return std::nullopt;
  const Framework* fw = ctx.content.framework(*framework);
  if (!fw) {
    err = {errc::kInvalidArgument, "Onbekende zelfscan: '" + framework->substr(0, 40) + "'."};
    return std::nullopt;
  }
  auto minSize = intArg(args, "minGroupSize", kMinGroupFloor, kMaxMinGroupSize, kMinGroupFloor, err);
  if (!minSize) {
    err.message = "De minimale groepsgrootte is een heel getal van " + std::to_string(kMinGroupFloor) + " tot " +
                  std::to_string(kMaxMinGroupSize) + ". Kleiner dan " + std::to_string(kMinGroupFloor) +
                  " kan niet, om collega's te beschermen.";
    return std::nullopt;
  }
  auto collectors = intArg(args, "collectors", 1, 2, 1, err);
  auto random = collectors ? requiredStringArg(args, "random", err) : std::nullopt;
  std::uint8_t id[5];
  if (!random || !hexBytes(*random, 5, id)) {
    err = {errc::kInvalidArgument, "Voor een ronde zijn 5 willekeurige bytes nodig (hex) in 'random'."};
    return std::nullopt;
  }
  Round r;
  for (std::uint8_t b : id) r.id = (r.id << 8) | b;
  r.framework = fw;
  r.minGroupSize = static_cast<int>(*minSize);
  r.collectors = static_cast<int>(*collectors);
  return roundJson(r);
}

// roundInfo {round} -> what the round code says
std::optional<Json> roundInfo(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto r = roundArg(ctx, args, err);
  if (!r) return std::nullopt;
  return roundJson(*r);
}

// handin {round, answers, salt} -> the hand-in code(s) of this device for this round
std::optional<Json> handin(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto r = roundArg(ctx, args, err);
  if (!r) return std::nullopt;
  auto saltText = requiredStringArg(args, "salt", err);
  SaltKey salt{};
  if (!saltText || !hexBytes(*saltText, salt.size(), salt.data())) {
    err = {errc::kInvalidArgument, "Voor een inlevercode is een geheim van dit apparaat nodig (16 bytes hex) in 'salt'."};
    return std::nullopt;
  }
  std::string problem;
  auto answers = answersFromJson(*r->framework, args.contains("answers") ? args["answers"] : Json::object(), problem);
  if (!answers) {
    err = {errc::kInvalidArgument, problem};
    return std::nullopt;
  }
  Json codes = Json::array();
  for (const HandIn& h : makeHandIns(*r->framework, *answers, *r, salt)) {
    codes.push_back({{"collector", h.kind == HandInKind::Plain ? 0 : h.kind == HandInKind::ShareOne ? 1 : 2}, {"code", encodeHandIn(h)}});
  }
  Json out = roundJson(*r);
  out["codes"] = codes;
  return out;
}

std::uint64_t u64(std::size_t n) { return static_cast<std::uint64_t>(n); }

// The counts of a collection that sort after "rejected": rejected, rejectedCount, replaced.
void writeRejectedAndReplaced(JsonWriter& w, const RoundCollection& c) {
  w.key("rejected");
  writeRejected(w, c.report);
  w.field("rejectedCount", u64(c.report.rejectedCount)).field("replaced", u64(c.replaced));
}

// team {round, history?, name?, school?, files?} + codes -> the round's picture, or why not.
// `history`: what this device showed of the round before (SH1-…); the answer carries the new one.
// Written as text in sorted key order: {accepted, duplicates, framework, history, [message,]
// minGroupSize, [picture,] [refused,] rejected, rejectedCount, replaced, shown, skipped, skippedCount,
// [teamCode]}.
bool team(const ApiContext& ctx, const Json& args, std::string& out, ApiError& err) {
  auto r = oneCollectorRound(ctx, args, err, "Deze ronde heeft twee verzamelaars: elke verzamelaar telt zijn eigen deelcodes op.");
  if (!r) return false;
  auto history = stringArg(args, "history", err);
  auto name = history ? nameArg(args, "name", err) : std::nullopt;
  auto school = name ? nameArg(args, "school", err) : std::nullopt;
  auto files = school ? filesArg(args, err) : std::nullopt;
  if (!files) return false;
  const std::string text = codesText(ctx, args);

  ShownSets shown;
  shown.round = r->id;
  if (!history->empty()) {
    auto decoded = decodeShownSets(*history);
    if (!decoded || decoded->round != r->id) {
      err = {"history_invalid", "De gegevens over eerder getoonde teambeelden van deze ronde zijn beschadigd. Om niemand "
                                "herkenbaar te maken wordt er geen teambeeld getoond. Start een nieuwe ronde."};
      return false;
    }
    shown = std::move(*decoded);
  }
  const RoundCollection c = collectRound(frameworksOf(ctx), *r, 0, text, *files);
  const ShownVerdict v = checkShown(shown, c.tags, r->minGroupSize);
  const char* refused = shown.sets > 0 && c.accepted >= static_cast<std::size_t>(r->minGroupSize) ? "differencing" : "too_small";
  if (v.allowed && !v.seenBefore) recordShown(shown, c.tags);
  JsonWriter w(out);
  w.beginObject().field("accepted", u64(c.accepted)).field("duplicates", u64(c.duplicates)).field("framework", r->framework->id);
  w.field("history", v.allowed ? encodeShownSets(shown) : *history);
  if (!v.allowed) w.field("message", v.reason);
  w.field("minGroupSize", r->minGroupSize);
  if (v.allowed) {
    w.key("picture");
    writePicture(w, ctx, c.totals);
  } else {
    w.field("refused", refused);
  }
  writeRejectedAndReplaced(w, c);
  w.field("shown", v.allowed);
  writeSkipped(w, c.report);
  if (v.allowed) w.field("teamCode", teamCodeFor(c.totals, *name, *school));
  w.endObject();
  return true;
}

std::optional<TeamCode> teamCodeArg(const ApiContext& ctx, const Json& args, const char* key, ApiError& err) {
  return codeArg(ctx, args, key, "Vul een teamcode in (TM1-…).", err, decodeTeamCode);
}

// ballotAdd {round, totals?, code | scan} -> {totals, count}: one hand-in code, or one short
// scan answered on this device ({competenceId: level 0-6}), added to the running totals of
// the meeting's ballot box; neither the code nor the answers are kept.
std::optional<Json> ballotAdd(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto r = oneCollectorRound(ctx, args, err, "Een ronde met twee verzamelaars kan niet met een stembus: elke verzamelaar telt zijn eigen deelcodes op.");
  if (!r) return std::nullopt;
  TeamCode box{TeamCodeKind::Ballot, {}, {}, {}};
  box.totals.reset(*r->framework);
  box.totals.round = r->id;
  box.totals.minGroupSize = r->minGroupSize;
  auto totals = stringArg(args, "totals", err);
  if (!totals) return std::nullopt;
  if (!totals->empty()) {
    auto decoded = teamCodeArg(ctx, args, "totals", err);
    if (!decoded) return std::nullopt;
    if (decoded->kind != TeamCodeKind::Ballot || decoded->totals.round != r->id) {
      err = {errc::kInvalidArgument, "De tussenstand hoort niet bij de stembus van deze ronde."};
      return std::nullopt;
    }
    box = std::move(*decoded);
  }
  if (args.contains("scan")) {
    // A short scan on this device: turned into levels at once; the answers are not kept.
    std::string problem;
    auto levels = shortScanLevels(*r->framework, args["scan"], problem);
    if (!levels) {
      err = {errc::kInvalidArgument, problem};
      return std::nullopt;
    }
    box.totals.addLevels(*levels);
    return Json{{"totals", encodeTeamCode(box)}, {"count", box.totals.participants}};
  }
  auto code = requiredStringArg(args, "code", err);
  if (!code) {
    err.message = "Vul een inlevercode in.";
    return std::nullopt;
  }
  const HandInDecoder decoder(frameworksOf(ctx));
  HandIn h;
  std::string errorCode, reason;
  if (!decoder.decode(stripCodeInput(*code), *r, HandInKind::Plain, h, errorCode, reason)) {
    err = {errc::kInvalidArgument, reason};
    return std::nullopt;
  }
  box.totals.addLevels(h.levels);
  return Json{{"totals", encodeTeamCode(box)}, {"count", box.totals.participants}};
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

// {history, picture, teamCode}
bool pictureAnswer(const ApiContext& ctx, const Json& args, const TeamTotals& totals, std::string& out, ApiError& err) {
  if (totals.participants < static_cast<std::uint64_t>(totals.minGroupSize)) {
    err = {"too_small", "Er zijn " + std::to_string(totals.participants) + " ingeleverd. Een teambeeld verschijnt pas vanaf " +
                            std::to_string(totals.minGroupSize) + ", zodat niemand herkenbaar is."};
    return false;
  }
  if (!sameAsShown(ctx, args, totals, err)) return false;
  auto name = nameArg(args, "name", err);
  auto school = name ? nameArg(args, "school", err) : std::nullopt;
  if (!school) return false;
  const std::string teamCode = teamCodeFor(totals, *name, *school);
  JsonWriter w(out);
  w.beginObject().field("history", teamCode).key("picture");
  writePicture(w, ctx, totals);
  w.field("teamCode", teamCode).endObject();
  return true;
}

// ballotClose {round, totals, name?, school?, history?} -> the picture, from the minimum
bool ballotClose(const ApiContext& ctx, const Json& args, std::string& out, ApiError& err) {
  auto r = roundArg(ctx, args, err);
  if (!r) return false;
  auto box = teamCodeArg(ctx, args, "totals", err);
  if (!box) return false;
  if (box->kind != TeamCodeKind::Ballot || box->totals.round != r->id) {
    err = {errc::kInvalidArgument, "De tussenstand hoort niet bij de stembus van deze ronde."};
    return false;
  }
  return pictureAnswer(ctx, args, box->totals, out, err);
}

// collectorSum {round, collector, files?} + share codes -> that collector's partial team code
// {accepted, collector, duplicates, partCode, participants, rejected, rejectedCount, replaced, skipped,
// skippedCount}
bool collectorSum(const ApiContext& ctx, const Json& args, std::string& out, ApiError& err) {
  auto r = roundArg(ctx, args, err);
  if (!r) return false;
  if (r->collectors != 2) {
    err = {errc::kInvalidArgument, "Deze ronde heeft één verzamelaar; deelcodes horen bij een ronde met twee verzamelaars."};
    return false;
  }
  auto collector = intArg(args, "collector", 1, 2, 0, err);
  if (!collector || *collector == 0) {
    err = {errc::kInvalidArgument, "Kies verzamelaar 1 of 2."};
    return false;
  }
  auto files = filesArg(args, err);
  if (!files) return false;
  const std::string text = codesText(ctx, args);
  RoundCollection c = collectRound(frameworksOf(ctx), *r, static_cast<int>(*collector), text, *files);
  const TeamCode part{*collector == 1 ? TeamCodeKind::PartOne : TeamCodeKind::PartTwo, c.totals, {}, {}};
  JsonWriter w(out);
  w.beginObject().field("accepted", u64(c.accepted)).key("collector").integer(*collector).field("duplicates", u64(c.duplicates));
  w.key("partCode");
  if (c.accepted) {
    w.value(encodeTeamCode(part));
  } else {
    w.null();
  }
  w.field("participants", static_cast<std::uint64_t>(c.totals.participants));
  writeRejectedAndReplaced(w, c);
  writeSkipped(w, c.report);
  w.endObject();
  return true;
}

// collectorCombine {parts: [a, b], name?, school?, history?} -> the picture of the round
bool collectorCombine(const ApiContext& ctx, const Json& args, std::string& out, ApiError& err) {
  if (!args.contains("parts") || !args["parts"].is_array() || args["parts"].size() != 2) {
    err = {errc::kInvalidArgument, "Geef de twee deelcodes: één van verzamelaar 1 en één van verzamelaar 2."};
    return false;
  }
  std::optional<TeamCode> parts[2];
  for (int i = 0; i < 2; ++i) {
    const Json& p = args["parts"][static_cast<std::size_t>(i)];
    if (!p.is_string()) {
      err = {errc::kInvalidArgument, "Een deelcode is tekst (TM1-…)."};
      return false;
    }
    std::string reason, code;
    parts[i] = decodeTeamCode(frameworksOf(ctx), p.get<std::string>(), reason, code);
    if (!parts[i]) {
      err = {errc::kInvalidArgument, "Deelcode " + std::to_string(i + 1) + ": " + reason};
      return false;
    }
  }
  if (parts[0]->kind == TeamCodeKind::PartTwo) std::swap(parts[0], parts[1]);
  const TeamTotals& a = parts[0]->totals;
  const TeamTotals& b = parts[1]->totals;
  if (parts[0]->kind != TeamCodeKind::PartOne || parts[1]->kind != TeamCodeKind::PartTwo) {
    err = {errc::kInvalidArgument, "Nodig zijn de deelcode van verzamelaar 1 én die van verzamelaar 2."};
    return false;
  }
  if (a.round != b.round || a.framework != b.framework) {
    err = {errc::kInvalidArgument, "De twee deelcodes horen bij verschillende rondes."};
    return false;
  }
  if (a.participants != b.participants) {
    err = {errc::kInvalidArgument, "Verzamelaar 1 telde " + std::to_string(a.participants) + " deelcodes en verzamelaar 2 " +
                                       std::to_string(b.participants) + ". Elke collega geeft beide verzamelaars een deelcode; "
                                       "vraag wie er één vergat, of laat beide verzamelaars opnieuw optellen."};
    return false;
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
      return false;
    }
  }
  return pictureAnswer(ctx, args, total, out, err);
}

// teamPicture {code} -> the picture of a team code (a saved set, or one received)
bool teamPicture(const ApiContext& ctx, const Json& args, std::string& out, ApiError& err) {
  auto code = teamCodeArg(ctx, args, "code", err);
  if (!code) return false;
  if (code->kind != TeamCodeKind::Team) {
    err = {errc::kInvalidArgument, code->kind == TeamCodeKind::Ballot
                                       ? "Dit is de tussenstand van een open stembus, geen teamcode."
                                       : "Dit is de deelcode van één verzamelaar: die zegt op zich niets. Combineer de twee deelcodes."};
    return false;
  }
  if (code->totals.participants < static_cast<std::uint64_t>(code->totals.minGroupSize)) {
    err = {"too_small", "Deze teamcode heeft minder deelnemers dan de minimale groepsgrootte en wordt niet getoond."};
    return false;
  }
  JsonWriter w(out);
  writePicture(w, ctx, code->totals, &code->roundName, &code->school);
  return true;
}

std::optional<TeamCode> fullTeamCode(const ApiContext& ctx, const Json& args, const char* key, const char* which, ApiError& err) {
  auto code = teamCodeArg(ctx, args, key, err);
  if (!code) {
    err.message = std::string(which) + ": " + err.message;
    return std::nullopt;
  }
  if (code->kind != TeamCodeKind::Team || code->totals.participants < static_cast<std::uint64_t>(code->totals.minGroupSize)) {
    err = {errc::kInvalidArgument, std::string(which) + ": dit is geen volledige teamcode van een ronde."};
    return std::nullopt;
  }
  return code;
}

// teamCompare {earlier, later} (team codes of two rounds) -> means per competence and domain,
// and the change between the rounded means. Never two sets of the same round, and no counts.
std::optional<Json> teamCompare(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto earlier = fullTeamCode(ctx, args, "earlier", "Eerdere ronde", err);
  auto later = earlier ? fullTeamCode(ctx, args, "later", "Nieuwe ronde", err) : std::nullopt;
  if (!later) return std::nullopt;
  const TeamTotals& a = earlier->totals;
  const TeamTotals& b = later->totals;
  if (a.round == b.round) {
    err = {"same_round", "Dit zijn twee teambeelden van dezelfde ronde. Die worden niet vergeleken: uit het verschil zou je de "
                         "uitslag van één collega kunnen afleiden. Vergelijk twee verschillende rondes."};
    return std::nullopt;
  }
  if (a.framework != b.framework) {
    err = {errc::kInvalidArgument, "De twee rondes horen bij verschillende zelfscans."};
    return std::nullopt;
  }
  const Framework& fw = *b.framework;
  auto rowJson = [&](std::size_t row, const std::string& id, const std::string& title) {
    const Json ea = roundedJson(distributionOf(a, row).mean()), lb = roundedJson(distributionOf(b, row).mean());
    Json j = {{"id", id}, {"title", title}, {"earlier", ea}, {"later", lb}, {"change", nullptr}};
    // The change between the rounded means, so the column agrees with the numbers beside it.
    if (!ea.is_null() && !lb.is_null()) j["change"] = std::round((lb.get<double>() - ea.get<double>()) * 10) / 10;
    return j;
  };
  Json competences = Json::array(), domains = Json::array();
  std::size_t row = 0;
  for (const auto& d : fw.domains) {
    for (const auto& comp : d.competences) competences.push_back(rowJson(row++, comp.id, comp.title));
  }
  for (const auto& d : fw.domains) domains.push_back(rowJson(row++, d.id, d.title));
  return Json{{"framework", fw.id}, {"title", fw.title}, {"earlierName", earlier->roundName}, {"laterName", later->roundName},
              {"earlierCount", a.participants}, {"laterCount", b.participants}, {"competences", competences}, {"domains", domains}};
}

// teamCsv {code} -> the aggregated figures of a team code, never anything of one person
std::optional<Json> teamCsv(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto code = fullTeamCode(ctx, args, "code", "Teamcode", err);
  if (!code) return std::nullopt;
  const Framework& fw = *code->totals.framework;
  CsvWriter csv;
  csv.text("ronde").text("soort").text("id").text("titel").text("aantal").text("te weinig antwoorden");
  for (const auto& l : fw.levels) csv.text("niveau " + std::to_string(l.value) + " " + l.label);
  csv.text("gemiddelde").text("mediaan").endRow();
  writeTotalsCsv(csv, code->totals, code->roundName);
  return Json{{"filename", "teamoverzicht-" + fw.id + ".csv"}, {"mimeType", "text/csv"}, {"text", csv.str()}};
}

}  // namespace

ApiMethod findTeamMethod(const std::string& name) {
  static const std::map<std::string, ApiMethod> methods = {{"roundStart", roundStart}, {"roundInfo", roundInfo}, {"handin", handin}, {"ballotAdd", ballotAdd}, {"teamCompare", teamCompare}, {"teamCsv", teamCsv}};
  auto it = methods.find(name);
  return it == methods.end() ? findBoardMethod(name) : it->second;
}

ApiTextMethod findTeamTextMethod(const std::string& name) {
  static const std::map<std::string, ApiTextMethod> methods = {{"team", team}, {"ballotClose", ballotClose}, {"collectorSum", collectorSum}, {"collectorCombine", collectorCombine}, {"teamPicture", teamPicture}};
  auto it = methods.find(name);
  return it == methods.end() ? findBoardTextMethod(name) : it->second;
}

}  // namespace samenwijs

// API methods for the board overview (bestuursoverzicht): the team codes of a board's
// schools side by side with the board total, and its CSV.
#include <map>

#include "samenwijs/api_args.hpp"
#include "samenwijs/board.hpp"
#include "samenwijs/code_bytes.hpp"
#include "samenwijs/csv.hpp"
#include "team_json.hpp"

namespace samenwijs {
namespace {

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

// board {minGroupSize?, files?} + team codes -> every school, and the board total of those
// shown. Written as text in sorted key order: {duplicates, [message,] minGroupSize, [picture,]
// rejected, rejectedCount, schools, shown, skipped, skippedCount}.
bool board(const ApiContext& ctx, const Json& args, std::string& out, ApiError& err) {
  auto req = boardRequest(ctx, args, err);
  if (!req) return false;
  const Board b = combineBoard(ctx.content.content().frameworks, req->text, req->files, req->minGroupSize);
  const bool shown = b.shownCount() > 0;
  JsonWriter w(out);
  w.beginObject().field("duplicates", static_cast<std::uint64_t>(b.duplicates));
  if (!shown) {
    w.field("message", b.schools.empty() ? "Er is nog geen geldige teamcode." : "Geen enkele school heeft genoeg deelnemers voor een teambeeld.");
  }
  w.field("minGroupSize", b.minGroupSize);
  if (shown) {
    w.key("picture");
    writePicture(w, ctx, b.total);
  }
  w.key("rejected");
  writeRejected(w, b.report);
  w.field("rejectedCount", static_cast<std::uint64_t>(b.report.rejectedCount)).key("schools").beginArray();
  for (const auto& s : b.schools) {
    w.beginObject().field("label", s.label);
    if (s.shown) {
      w.key("means").beginArray();  // competences, then domains
      for (std::size_t row = 0; row < teamRows(*b.framework); ++row) writeRounded(w, distributionOf(s.code.totals, row).mean());
      w.endArray();
    }
    w.field("name", schoolName(s));
    if (s.shown) {
      w.field("participants", static_cast<std::uint64_t>(s.code.totals.participants));
    } else {
      w.field("reason", "Minder dan " + std::to_string(b.minGroupSize) + " deelnemers: niet apart getoond en niet meegeteld in het totaal.");
    }
    w.field("roundName", s.code.roundName).field("shown", s.shown).endObject();
  }
  w.endArray().field("shown", shown);
  writeSkipped(w, b.report);
  w.endObject();
  return true;
}

// boardCsv: the board total and every shown school, one block of rows each
std::optional<Json> boardCsv(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto req = boardRequest(ctx, args, err);
  if (!req) return std::nullopt;
  const Board b = combineBoard(ctx.content.content().frameworks, req->text, req->files, req->minGroupSize);
  if (b.shownCount() == 0) {
    err = {"too_small", "Er is geen school met genoeg deelnemers, dus ook geen export."};
    return std::nullopt;
  }
  const Framework& fw = *b.framework;
  CsvWriter csv;
  csv.text("school").text("soort").text("id").text("titel").text("aantal").text("te weinig antwoorden");
  for (const auto& l : fw.levels) csv.text("niveau " + std::to_string(l.value) + " " + l.label);
  csv.text("gemiddelde").text("mediaan").endRow();
  writeTotalsCsv(csv, b.total, "Bestuur totaal");
  for (const auto& s : b.schools) {
    if (s.shown) writeTotalsCsv(csv, s.code.totals, schoolName(s));
  }
  return Json{{"filename", "bestuursoverzicht-" + fw.id + ".csv"}, {"mimeType", "text/csv"}, {"text", csv.str()}};
}

}  // namespace

ApiMethod findBoardMethod(const std::string& name) {
  static const std::map<std::string, ApiMethod> methods = {{"boardCsv", boardCsv}};
  auto it = methods.find(name);
  return it == methods.end() ? nullptr : it->second;
}

ApiTextMethod findBoardTextMethod(const std::string& name) {
  static const std::map<std::string, ApiTextMethod> methods = {{"board", board}};
  auto it = methods.find(name);
  return it == methods.end() ? nullptr : it->second;
}

}  // namespace samenwijs

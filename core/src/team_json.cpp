#include "team_json.hpp"

#include <algorithm>
#include <cmath>

#include "samenwijs/code_bytes.hpp"
#include "samenwijs/csv.hpp"
#include "samenwijs/zelfscan.hpp"

namespace samenwijs {

Json roundedJson(const std::optional<double>& v) {
  if (!v) return nullptr;
  return std::round(*v * 10) / 10;
}

void writeRounded(JsonWriter& w, const std::optional<double>& v) {
  if (v) {
    w.number(std::round(*v * 10) / 10);
  } else {
    w.null();
  }
}

namespace {
// The figures of one row, between the keys the caller writes around them (sorted order):
// counts, [domain, id,] mean, median, n, [title,] tooFew.
void writeCounts(JsonWriter& w, const Distribution& d) {
  w.key("counts").beginArray();
  for (auto count : d.counts) w.value(static_cast<std::uint64_t>(count));
  w.endArray();
}

void writeMeanMedianN(JsonWriter& w, const Distribution& d) {
  w.key("mean");
  writeRounded(w, d.mean());
  w.key("median");
  writeRounded(w, d.median());
  w.field("n", static_cast<std::uint64_t>(d.n()));
}

void writeTopics(JsonWriter& w, const ApiContext& ctx, const Framework& fw, const Competence& c) {
  w.beginArray();
  const Content& content = ctx.content.content();
  for (const auto& m : guidanceFor(ctx.content, fw, c, 3)) {
    const Guide& g = content.guides[m.guide];
    const Topic& t = g.mainQuestions[m.mainQuestion].topics[m.topic];
    w.beginObject().field("guide", g.id).field("guideTitle", g.title).field("number", t.number).field("title", t.title);
    w.field("topic", t.id).endObject();
  }
  w.endArray();
}
}  // namespace

void writePicture(JsonWriter& w, const ApiContext& ctx, const TeamTotals& totals, const std::string* roundName,
                  const std::string* school) {
  const Framework& fw = *totals.framework;
  std::vector<std::pair<const Competence*, Distribution>> scored;
  std::size_t row = 0;
  w.beginObject().key("competences").beginArray();
  for (const auto& domain : fw.domains) {
    for (const auto& comp : domain.competences) {
      const Distribution dist = distributionOf(totals, row++);
      w.beginObject();
      writeCounts(w, dist);
      w.field("domain", domain.id).field("id", comp.id);
      writeMeanMedianN(w, dist);
      w.field("title", comp.title).field("tooFew", static_cast<std::uint64_t>(dist.tooFew)).endObject();
      if (dist.mean()) scored.push_back({&comp, dist});
    }
  }
  w.endArray().key("domains").beginArray();
  for (const auto& domain : fw.domains) {
    const Distribution dist = distributionOf(totals, row++);
    w.beginObject().field("code", domain.code);
    writeCounts(w, dist);
    w.field("id", domain.id);
    writeMeanMedianN(w, dist);
    w.field("title", domain.title).field("tooFew", static_cast<std::uint64_t>(dist.tooFew)).endObject();
  }
  w.endArray().field("framework", fw.id);

  // Strengths: highest team means from 3.5; shared growth areas: lowest means under 4.5.
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return *a.second.mean() > *b.second.mean(); });
  std::vector<const Competence*> strong;
  for (const auto& [comp, dist] : scored) {
    if (strong.size() < 3 && *dist.mean() >= 3.5) strong.push_back(comp);
  }
  w.key("growthAreas").beginArray();
  std::size_t growth = 0;
  for (auto it = scored.rbegin(); it != scored.rend() && growth < 3; ++it) {
    const auto& [comp, dist] = *it;
    if (std::find(strong.begin(), strong.end(), comp) != strong.end() || *dist.mean() >= 4.5) continue;
    ++growth;
    const auto low = dist.counts[0] + dist.counts[1] + dist.counts[2];
    const double share = static_cast<double>(low) / static_cast<double>(dist.n());
    w.beginObject().field("competence", comp->id).key("mean");
    writeRounded(w, dist.mean());
    // Many colleagues with the same need: a learning network is worth considering.
    w.field("networkSuggested", share >= 0.5).key("shareAtOrBelow3").number(std::round(share * 100) / 100);
    w.field("title", comp->title).key("topics");
    writeTopics(w, ctx, fw, *comp);
    w.endObject();
  }
  w.endArray().key("levels").beginArray();
  for (const auto& l : fw.levels) w.beginObject().field("label", l.label).field("value", l.value).endObject();
  w.endArray();
  w.field("minGroupSize", totals.minGroupSize).field("participants", static_cast<std::uint64_t>(totals.participants));
  if (roundName) w.field("roundName", *roundName);
  if (school) w.field("school", *school);
  w.key("strengths").beginArray();
  for (const Competence* comp : strong) {
    const auto found = std::find_if(scored.begin(), scored.end(), [&](const auto& s) { return s.first == comp; });
    w.beginObject().field("competence", comp->id).key("mean");
    writeRounded(w, found->second.mean());
    w.field("title", comp->title).endObject();
  }
  w.endArray().field("title", fw.title).endObject();
}

void writeTotalsCsv(CsvWriter& csv, const TeamTotals& totals, const std::string& firstColumn) {
  const Framework& fw = *totals.framework;
  auto row = [&](const char* kind, const std::string& id, const std::string& title, const Distribution& d) {
    csv.text(firstColumn).text(kind).text(id).text(title).number(static_cast<long long>(d.n())).number(static_cast<long long>(d.tooFew));
    for (auto count : d.counts) csv.number(static_cast<long long>(count));
    csv.decimal(d.mean()).decimal(d.median()).endRow();
  };
  std::size_t c = 0;
  const std::size_t competences = teamRows(fw) - fw.domains.size();
  for (std::size_t d = 0; d < fw.domains.size(); ++d) {
    row("domein", fw.domains[d].id, fw.domains[d].title, distributionOf(totals, competences + d));
    for (const auto& comp : fw.domains[d].competences) row("competentie", comp.id, comp.title, distributionOf(totals, c++));
  }
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

void writeRejected(JsonWriter& w, const CodeListReport& report) {
  w.beginArray();
  for (const auto& r : report.rejected) w.beginObject().field("code", r.code).field("label", r.label).field("reason", r.reason).endObject();
  w.endArray();
}

void writeSkipped(JsonWriter& w, const CodeListReport& report) {
  w.key("skipped").beginArray();
  for (const auto& label : report.skipped) w.value(label);
  w.endArray().field("skippedCount", static_cast<std::uint64_t>(report.skippedCount));
}

}  // namespace samenwijs

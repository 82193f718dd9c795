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

Json rejectedJson(const CodeListReport& report) {
  Json rejected = Json::array();
  for (const auto& r : report.rejected) rejected.push_back({{"label", r.label}, {"reason", r.reason}, {"code", r.code}});
  return rejected;
}

}  // namespace samenwijs

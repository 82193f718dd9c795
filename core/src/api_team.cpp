// API methods for the team overview: the team picture from handed-in result codes and
// files, the comparison of two team sets, and the CSV of the aggregated figures.
#include <algorithm>
#include <cmath>
#include <map>

#include "samenwijs/api_args.hpp"
#include "samenwijs/csv.hpp"
#include "samenwijs/team.hpp"

namespace samenwijs {
namespace {

Json rounded(const std::optional<double>& v) {
  if (!v) return nullptr;
  return std::round(*v * 10) / 10;
}

struct TeamRequest {
  std::string text;
  std::vector<TeamFile> files;
  std::string framework;
  int minGroupSize = kDefaultMinGroupSize;
};

// `withAttachment`: the codes may also come beside the arguments (ApiContext::attachment).
std::optional<TeamRequest> teamRequest(const ApiContext& ctx, const Json& args, bool withAttachment, ApiError& err) {
  TeamRequest req;
  auto textArg = args.find("text");
  if (textArg != args.end() && !textArg->is_null() && !textArg->is_string()) {
    err = {errc::kInvalidArgument, "'text' moet tekst zijn: één code per regel."};
    return std::nullopt;
  }
  auto framework = stringArg(args, "framework", err);
  auto minSize = framework ? intArg(args, "minGroupSize", kLowestMinGroupSize, 100000, kDefaultMinGroupSize, err) : std::nullopt;
  if (!minSize) {
    if (err.message.find("minGroupSize") != std::string::npos) {
      err.message = "De minimale groepsgrootte is minstens " + std::to_string(kLowestMinGroupSize) + ": kleiner kan niet, om deelnemers te beschermen.";
    }
    return std::nullopt;
  }
  if (!framework->empty() && !ctx.content.framework(*framework)) {
    err = {errc::kInvalidArgument, "Onbekende zelfscan: '" + *framework + "'."};
    return std::nullopt;
  }
  req.framework = *framework;
  req.minGroupSize = static_cast<int>(*minSize);
  // The text can be large (a board pasting 100,000 codes), so no length limit here.
  if (textArg != args.end() && textArg->is_string()) req.text = textArg->get<std::string>();
  if (withAttachment && !ctx.attachment.empty()) req.text += (req.text.empty() ? "" : "\n") + ctx.attachment;
  auto files = args.find("files");
  if (files != args.end() && !files->is_null()) {
    if (!files->is_array()) {
      err = {errc::kInvalidArgument, "'files' moet een lijst met bestanden zijn."};
      return std::nullopt;
    }
    for (const Json& f : *files) {
      if (!f.is_object() || !f.contains("name") || !f["name"].is_string() || !f.contains("text") || !f["text"].is_string()) {
        err = {errc::kInvalidArgument, "Elk bestand heeft een naam en een tekst."};
        return std::nullopt;
      }
      req.files.push_back({f["name"].get<std::string>(), f["text"].get<std::string>()});
    }
  }
  return req;
}

Json distributionJson(const Distribution& d) {
  return {{"counts", d.counts}, {"tooFew", d.tooFew}, {"n", d.n()}, {"mean", rounded(d.mean())}, {"median", rounded(d.median())}};
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

Json teamJson(const ApiContext& ctx, const TeamSet& set, int minGroupSize) {
  Json out = {{"accepted", set.accepted}, {"duplicates", set.duplicates}, {"rejectedCount", set.rejectedCount},
              {"minGroupSize", minGroupSize}, {"shown", false}, {"framework", nullptr}};
  Json rejected = Json::array();
  for (const auto& r : set.rejected) rejected.push_back({{"label", r.label}, {"reason", r.reason}, {"code", r.code}});
  out["rejected"] = rejected;
  if (!set.framework) {
    out["message"] = "Er is nog geen geldige resultaatcode.";
    return out;
  }
  const Framework& fw = *set.framework;
  out["framework"] = fw.id;
  out["title"] = fw.title;
  if (set.accepted < minGroupSize) {
    out["message"] = "Er zijn " + std::to_string(set.accepted) + " geldige codes. Een teambeeld verschijnt pas vanaf " +
                     std::to_string(minGroupSize) + " codes, zodat niemand herkenbaar is.";
    return out;
  }
  out["shown"] = true;
  Json levels = Json::array();
  for (const auto& l : fw.levels) levels.push_back({{"value", l.value}, {"label", l.label}});
  out["levels"] = levels;

  Json competences = Json::array(), domains = Json::array();
  std::vector<std::pair<const Competence*, const Distribution*>> scored;
  std::size_t c = 0;
  for (std::size_t d = 0; d < fw.domains.size(); ++d) {
    const Domain& domain = fw.domains[d];
    Json dj = distributionJson(set.domains[d]);
    dj["id"] = domain.id;
    dj["code"] = domain.code;
    dj["title"] = domain.title;
    domains.push_back(dj);
    for (const auto& comp : domain.competences) {
      const Distribution& dist = set.competences[c++];
      Json cj = distributionJson(dist);
      cj["id"] = comp.id;
      cj["title"] = comp.title;
      cj["domain"] = domain.id;
      competences.push_back(cj);
      if (dist.mean()) scored.push_back({&comp, &dist});
    }
  }
  out["competences"] = competences;
  out["domains"] = domains;

  // Strengths: highest team means from 3.5; shared growth areas: lowest means under 4.5.
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return *a.second->mean() > *b.second->mean(); });
  Json strengths = Json::array(), growth = Json::array();
  std::vector<const Competence*> strong;
  for (const auto& [comp, dist] : scored) {
    if (strong.size() < 3 && *dist->mean() >= 3.5) {
      strong.push_back(comp);
      strengths.push_back({{"competence", comp->id}, {"title", comp->title}, {"mean", rounded(dist->mean())}});
    }
  }
  for (auto it = scored.rbegin(); it != scored.rend() && growth.size() < 3; ++it) {
    const auto& [comp, dist] = *it;
    if (std::find(strong.begin(), strong.end(), comp) != strong.end() || *dist->mean() >= 4.5) continue;
    const int low = dist->counts[0] + dist->counts[1] + dist->counts[2];
    const double share = static_cast<double>(low) / dist->n();
    growth.push_back({{"competence", comp->id}, {"title", comp->title}, {"mean", rounded(dist->mean())},
                      {"shareAtOrBelow3", std::round(share * 100) / 100},
                      // Many colleagues with the same need: a learning network is worth considering.
                      {"networkSuggested", share >= 0.5}, {"topics", topicsFor(ctx, fw, *comp)}});
  }
  out["strengths"] = strengths;
  out["growthAreas"] = growth;
  return out;
}

// team {text?, files?, framework?, minGroupSize?} -> the team picture (or why not)
std::optional<Json> team(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto req = teamRequest(ctx, args, true, err);
  if (!req) return std::nullopt;
  const TeamSet set = aggregateTeam(ctx.content.content().frameworks, req->text, req->files, req->framework);
  return teamJson(ctx, set, req->minGroupSize);
}

// teamCompare {earlier: {...}, later: {...}} -> per competence and domain: both means and the change
std::optional<Json> teamCompare(const ApiContext& ctx, const Json& args, ApiError& err) {
  if (!args.contains("earlier") || !args.contains("later") || !args["earlier"].is_object() || !args["later"].is_object()) {
    err = {errc::kInvalidArgument, "Geef twee teamsets: 'earlier' en 'later'."};
    return std::nullopt;
  }
  auto later = teamRequest(ctx, args["later"], false, err);
  auto earlier = later ? teamRequest(ctx, args["earlier"], false, err) : std::nullopt;
  if (!earlier) return std::nullopt;
  const auto& frameworks = ctx.content.content().frameworks;
  const TeamSet b = aggregateTeam(frameworks, later->text, later->files, later->framework);
  const TeamSet a = aggregateTeam(frameworks, earlier->text, earlier->files, b.framework ? b.framework->id : earlier->framework);
  const int minSize = std::max(earlier->minGroupSize, later->minGroupSize);
  if (!a.framework || !b.framework || a.accepted < minSize || b.accepted < minSize) {
    err = {"too_small", "Beide teamsets hebben minstens " + std::to_string(minSize) +
                            " geldige codes van dezelfde zelfscan nodig om te vergelijken (nu " + std::to_string(a.accepted) +
                            " en " + std::to_string(b.accepted) + ")."};
    return std::nullopt;
  }
  const Framework& fw = *b.framework;
  Json competences = Json::array();
  std::size_t c = 0;
  for (const auto& d : fw.domains) {
    for (const auto& comp : d.competences) {
      const auto ma = a.competences[c].mean(), mb = b.competences[c].mean();
      Json j = {{"id", comp.id}, {"title", comp.title}, {"earlier", rounded(ma)}, {"later", rounded(mb)},
                {"earlierCounts", a.competences[c].counts}, {"laterCounts", b.competences[c].counts}, {"change", nullptr}};
      if (ma && mb) j["change"] = std::round((*mb - *ma) * 10) / 10;
      competences.push_back(j);
      ++c;
    }
  }
  Json domains = Json::array();
  for (std::size_t d = 0; d < fw.domains.size(); ++d) {
    const auto ma = a.domains[d].mean(), mb = b.domains[d].mean();
    Json j = {{"id", fw.domains[d].id}, {"title", fw.domains[d].title}, {"earlier", rounded(ma)}, {"later", rounded(mb)}, {"change", nullptr}};
    if (ma && mb) j["change"] = std::round((*mb - *ma) * 10) / 10;
    domains.push_back(j);
  }
  return Json{{"framework", fw.id}, {"title", fw.title}, {"earlierCount", a.accepted}, {"laterCount", b.accepted},
              {"competences", competences}, {"domains", domains}};
}

// teamCsv {text?, files?, framework?, minGroupSize?} -> aggregated figures only, never answers
std::optional<Json> teamCsv(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto req = teamRequest(ctx, args, true, err);
  if (!req) return std::nullopt;
  const TeamSet set = aggregateTeam(ctx.content.content().frameworks, req->text, req->files, req->framework);
  if (!set.framework || set.accepted < req->minGroupSize) {
    err = {"too_small", "Er zijn te weinig geldige codes voor een teambeeld, dus ook geen export."};
    return std::nullopt;
  }
  const Framework& fw = *set.framework;
  CsvWriter csv;
  csv.text("soort").text("id").text("titel").text("aantal").text("te weinig antwoorden");
  for (const auto& l : fw.levels) csv.text("niveau " + std::to_string(l.value) + " " + l.label);
  csv.text("gemiddelde").text("mediaan").endRow();
  auto row = [&](const char* kind, const std::string& id, const std::string& title, const Distribution& d) {
    csv.text(kind).text(id).text(title).number(static_cast<long long>(d.n())).number(d.tooFew);
    for (int count : d.counts) csv.number(count);
    csv.decimal(d.mean()).decimal(d.median()).endRow();
  };
  std::size_t c = 0;
  for (std::size_t d = 0; d < fw.domains.size(); ++d) {
    row("domein", fw.domains[d].id, fw.domains[d].title, set.domains[d]);
    for (const auto& comp : fw.domains[d].competences) row("competentie", comp.id, comp.title, set.competences[c++]);
  }
  return Json{{"filename", "teamoverzicht-" + fw.id + ".csv"}, {"mimeType", "text/csv"}, {"text", csv.str()}};
}

}  // namespace

ApiMethod findTeamMethod(const std::string& name) {
  static const std::map<std::string, ApiMethod> methods = {{"team", team}, {"teamCompare", teamCompare}, {"teamCsv", teamCsv}};
  auto it = methods.find(name);
  return it == methods.end() ? nullptr : it->second;
}

}  // namespace samenwijs

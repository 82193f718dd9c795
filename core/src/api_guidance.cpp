// API methods for the conversation starters (gespreksstarters) and the site overview.
#include <algorithm>
#include <map>

#include "samenwijs/api_args.hpp"
#include "samenwijs/content_json.hpp"
#include "samenwijs/text_fold.hpp"

namespace samenwijs {
namespace {

const Theme* findTheme(const std::vector<Theme>& list, const std::string& id) {
  for (const auto& t : list) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

// overview {} -> guides, themes, policy themes, tags, frameworks and counts
std::optional<Json> overview(const ApiContext& ctx, const Json&, ApiError&) {
  const Content& c = ctx.content.content();
  Json guides = Json::array();
  std::size_t questions = 0, topics = 0, tips = 0;
  for (const auto& g : c.guides) {
    std::size_t gTopics = 0, gQuestions = 0, gTips = 0;
    for (const auto& mq : g.mainQuestions) {
      gTopics += mq.topics.size();
      gTips += mq.readingTips.size();
      for (const auto& t : mq.topics) gQuestions += t.questions.size();
    }
    topics += gTopics;
    questions += gQuestions;
    tips += gTips;
    guides.push_back({{"id", g.id}, {"kind", g.kind}, {"title", g.title}, {"summary", g.summary},
                      {"mainQuestions", g.mainQuestions.size()}, {"topics", gTopics}, {"questions", gQuestions},
                      {"readingTips", gTips}});
  }
  Json frameworks = Json::array();
  for (const auto& fw : c.frameworks) {
    std::size_t items = 0, competences = 0;
    for (const auto& d : fw.domains) {
      competences += d.competences.size();
      for (const auto& comp : d.competences) items += comp.items.size();
    }
    frameworks.push_back({{"id", fw.id}, {"title", fw.title}, {"summary", fw.summary}, {"audience", fw.audience},
                          {"version", fw.version}, {"estimatedMinutes", fw.estimatedMinutes},
                          {"competences", competences}, {"items", items}});
  }
  Json themes = Json::array(), policy = Json::array(), tags = Json::array(), sources = Json::array();
  for (const auto& s : c.sources) sources.push_back(toJson(s));
  for (const auto& t : c.themes) themes.push_back(toJson(t));
  for (const auto& t : c.policyThemes) policy.push_back(toJson(t));
  for (const auto& t : c.tags) tags.push_back(toJson(t));
  return Json{{"guides", guides}, {"frameworks", frameworks}, {"themes", themes}, {"policyThemes", policy},
              {"tags", tags}, {"sources", sources},
              {"counts", {{"guides", c.guides.size()}, {"topics", topics}, {"questions", questions},
                          {"readingTips", tips}, {"sources", c.sources.size()}}}};
}

// guide {id} -> the whole guide
std::optional<Json> guide(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto id = requiredStringArg(args, "id", err);
  if (!id) return std::nullopt;
  const Guide* g = ctx.content.guide(*id);
  if (!g) {
    err = {errc::kNotFound, "Deze gespreksstarters bestaan niet (meer)."};
    return std::nullopt;
  }
  return toJson(*g);
}

// lookup {id} -> where an id of the guidance lives, for deep links and saved agendas
std::optional<Json> lookup(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto id = requiredStringArg(args, "id", err);
  if (!id) return std::nullopt;
  const GuidanceLocation* loc = ctx.content.locate(*id);
  if (!loc) {
    err = {errc::kNotFound, "Dit onderdeel bestaat niet (meer)."};
    return std::nullopt;
  }
  const Guide& g = ctx.content.content().guides[loc->guide];
  Json out = {{"id", *id}, {"kind", kindName(loc->kind)}, {"guide", g.id}, {"guideTitle", g.title}};
  if (loc->kind == GuidanceLocation::Kind::Guide) return out;
  const MainQuestion& mq = g.mainQuestions[loc->mainQuestion];
  out["mainQuestion"] = mq.id;
  out["mainQuestionTitle"] = mq.title;
  out["theme"] = mq.theme;
  if (loc->kind == GuidanceLocation::Kind::Topic || loc->kind == GuidanceLocation::Kind::Question) {
    const Topic& t = mq.topics[loc->topic];
    out["topic"] = t.id;
    out["topicTitle"] = t.title;
    out["topicNumber"] = t.number;
    if (loc->kind == GuidanceLocation::Kind::Question) out["text"] = t.questions[loc->question].text;
  }
  if (loc->kind == GuidanceLocation::Kind::ReadingTip) out["text"] = mq.readingTips[loc->readingTip].title;
  return out;
}

std::optional<SearchFilter> readFilter(const ApiContext& ctx, const Json& args, ApiError& err) {
  SearchFilter f;
  auto guideId = stringArg(args, "guide", err);
  auto theme = guideId ? stringArg(args, "theme", err) : std::nullopt;
  auto policy = theme ? stringArg(args, "policyTheme", err) : std::nullopt;
  if (!policy) return std::nullopt;
  const Content& c = ctx.content.content();
  if (!guideId->empty() && !ctx.content.guide(*guideId)) {
    err = {errc::kInvalidArgument, "Onbekende sleutelfiguur of onderwerp: '" + *guideId + "'."};
    return std::nullopt;
  }
  if (!theme->empty() && !findTheme(c.themes, *theme)) {
    err = {errc::kInvalidArgument, "Onbekend thema: '" + *theme + "'."};
    return std::nullopt;
  }
  if (!policy->empty() && !findTheme(c.policyThemes, *policy)) {
    err = {errc::kInvalidArgument, "Onbekend beleidsthema: '" + *policy + "'."};
    return std::nullopt;
  }
  f.guide = *guideId;
  f.theme = *theme;
  f.policyTheme = *policy;
  return f;
}

// browse {guide?, theme?, policyTheme?} -> main questions with the topics that pass the filter
std::optional<Json> browse(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto filter = readFilter(ctx, args, err);
  if (!filter) return std::nullopt;
  Json groups = Json::array();
  std::size_t topicCount = 0;
  for (const auto& g : ctx.content.content().guides) {
    if (!filter->guide.empty() && g.id != filter->guide) continue;
    for (const auto& mq : g.mainQuestions) {
      if (!filter->theme.empty() && mq.theme != filter->theme) continue;
      Json mqJson = toJson(mq);
      Json topics = Json::array();
      for (const auto& t : mq.topics) {
        const bool policyOk = filter->policyTheme.empty() ||
                              std::find(t.policyThemes.begin(), t.policyThemes.end(), filter->policyTheme) !=
                                  t.policyThemes.end();
        if (policyOk) topics.push_back(toJson(t));
      }
      if (topics.empty()) continue;
      topicCount += topics.size();
      mqJson["topics"] = topics;
      groups.push_back({{"guide", g.id}, {"guideTitle", g.title}, {"mainQuestion", mqJson}});
    }
  }
  return Json{{"groups", groups}, {"topicCount", topicCount}};
}

// Themes and policy themes the best hits share, to browse further ("related themes").
Json relatedThemes(const Content& c, const SearchIndex& index, const SearchResult& result) {
  constexpr std::size_t kLook = 20, kShow = 3;
  std::map<std::pair<std::string, std::string>, std::size_t> counts;  // (kind, id) -> hits
  for (std::size_t i = 0; i < result.hits.size() && i < kLook; ++i) {
    const SearchDocument& doc = index.documents()[result.hits[i].document];
    if (doc.guide.empty()) continue;
    if (!doc.theme.empty()) ++counts[{"theme", doc.theme}];
    for (const auto& p : doc.policyThemes) ++counts[{"policyTheme", p}];
  }
  std::vector<std::pair<std::size_t, std::pair<std::string, std::string>>> ranked;
  for (const auto& [key, n] : counts) ranked.push_back({n, key});
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  Json out = Json::array();
  for (std::size_t i = 0; i < ranked.size() && i < kShow; ++i) {
    const auto& [kind, id] = ranked[i].second;
    const bool policy = kind == "policyTheme";
    const Theme* t = findTheme(policy ? c.policyThemes : c.themes, id);
    if (!t) continue;
    out.push_back({{"kind", kind}, {"id", id}, {"title", t->title},
                   {"route", std::string("/gespreksstarters?") + (policy ? "beleid=" : "thema=") + id}});
  }
  return out;
}

// search {query, guide?, theme?, policyTheme?, place?, limit?} -> ranked hits over everything
// the site holds, each with its place, route and highlight ranges; the true number of hits,
// per place; a corrected query ("Bedoelde je ...?") and related themes.
std::optional<Json> search(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto query = stringArg(args, "query", err);
  if (!query) return std::nullopt;
  std::size_t characters = 0;
  for (char ch : *query) characters += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1 : 0;
  if (characters > 200) {
    err = {errc::kInvalidArgument, "De zoekvraag is te lang (hoogstens 200 tekens)."};
    return std::nullopt;
  }
  auto filter = readFilter(ctx, args, err);
  auto place = filter ? stringArg(args, "place", err) : std::nullopt;
  auto limit = place ? intArg(args, "limit", 1, 500, 50, err) : std::nullopt;
  if (!limit) return std::nullopt;
  SearchPlace known;
  if (!place->empty() && !placeFromName(*place, known)) {
    err = {errc::kInvalidArgument, "Onbekende plek om in te zoeken: '" + *place + "'."};
    return std::nullopt;
  }
  filter->place = *place;
  const SearchIndex& index = ctx.content.search();
  const SearchResult result = index.search(*query, *filter, static_cast<std::size_t>(*limit));
  Json out = Json::array();
  for (const auto& hit : result.hits) {
    const SearchDocument& doc = index.documents()[hit.document];
    Json h = Json::object();
    if (!doc.guide.empty()) {
      ApiError ignored;
      if (auto where = lookup(ctx, Json{{"id", doc.id}}, ignored)) h = *where;
    }
    Json fields = Json::array();
    for (const auto& m : hit.matches) {
      Json ranges = Json::array();
      for (const auto& [start, length] : m.ranges) ranges.push_back({start, length});
      fields.push_back({{"field", fieldName(m.field)}, {"text", index.fieldText(doc, m.field)}, {"ranges", ranges}});
    }
    h["id"] = doc.id;
    h["kind"] = doc.kind;
    h["place"] = placeName(doc.place);
    h["title"] = doc.title();
    h["titleField"] = fieldName(doc.fields.front().name);
    h["route"] = doc.route;
    h["context"] = doc.context;
    h["score"] = hit.score;
    h["matchedTerms"] = hit.matchedTerms;
    h["typo"] = hit.typo;
    h["matches"] = fields;
    out.push_back(h);
  }
  Json perPlace = Json::object();
  for (std::size_t p = 0; p < kSearchPlaceCount; ++p) perPlace[placeName(static_cast<SearchPlace>(p))] = result.perPlace[p];
  Json answer = {{"query", *query}, {"hits", out}, {"total", result.total}, {"totalAllWords", result.totalAllTerms},
                 {"terms", result.terms}, {"perPlace", perPlace},
                 {"related", relatedThemes(ctx.content.content(), index, result)}};
  if (!result.suggestion.empty()) answer["suggestion"] = result.suggestion;
  // For the benchmark (tests/bench/search-bench.mjs): the size of the index and its build time.
  if (args.is_object() && args.contains("stats") && args["stats"].is_boolean() && args["stats"].get<bool>()) {
    answer["index"] = {{"documents", index.documents().size()}, {"buildMs", index.buildMilliseconds()}};
  }
  return answer;
}

// sources {} -> source documents and all reading tips, each tip with where it is used
std::optional<Json> sources(const ApiContext& ctx, const Json&, ApiError&) {
  const Content& c = ctx.content.content();
  Json docs = Json::array();
  for (const auto& s : c.sources) docs.push_back(toJson(s));
  // The same resource may be a tip in several guides: list it once, with every place.
  std::map<std::string, std::size_t> byKey;
  Json tips = Json::array();
  for (const auto& g : c.guides) {
    for (const auto& mq : g.mainQuestions) {
      for (const auto& tip : mq.readingTips) {
        const std::string key = tip.url.empty() ? foldText(tip.title) : tip.url;
        Json usedIn = {{"guide", g.id}, {"guideTitle", g.title}, {"mainQuestion", mq.id}, {"mainQuestionTitle", mq.title},
                       {"tip", tip.id}};
        auto it = byKey.find(key);
        if (it == byKey.end()) {
          byKey[key] = tips.size();
          Json j = toJson(tip);
          j["usedIn"] = Json::array({usedIn});
          tips.push_back(j);
        } else {
          tips[it->second]["usedIn"].push_back(usedIn);
        }
      }
    }
  }
  return Json{{"sources", docs}, {"readingTips", tips}};
}

}  // namespace

ApiMethod findGuidanceMethod(const std::string& name) {
  static const std::map<std::string, ApiMethod> methods = {
      {"overview", overview}, {"guide", guide}, {"lookup", lookup},
      {"browse", browse},     {"search", search}, {"sources", sources}};
  auto it = methods.find(name);
  return it == methods.end() ? nullptr : it->second;
}

}  // namespace samenwijs

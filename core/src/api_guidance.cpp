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

// One entry per self-assessment framework: what a start page shows and what the progress
// store keys on (id, version).
Json frameworkSummaries(const Content& c) {
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
  return frameworks;
}

// frameworks {} -> the overview's frameworks only: the self-assessment and team start pages
// need no guides, themes or sources (a twentieth of the overview's answer, issue 15).
std::optional<Json> frameworks(const ApiContext& ctx, const Json&, ApiError&) {
  return Json{{"frameworks", frameworkSummaries(ctx.content.content())}};
}

// overview {} -> guides, themes, policy themes, tags, frameworks and counts
std::optional<Json> overview(const ApiContext& ctx, const Json&, ApiError&) {
  const Content& c = ctx.content.content();
  Json guides = Json::array();
  std::size_t questions = 0, topics = 0, tips = 0;
  for (const auto& g : c.guides) {
    std::size_t gTopics = 0, gQuestions = 0, gTips = 0, gMain = g.mainQuestions.size();
    for (const auto& mq : g.mainQuestions) {
      gTopics += mq.topics.size();
      gTips += mq.readingTips.size();
      for (const auto& t : mq.topics) gQuestions += t.questions.size();
    }
    if (g.indexOnly) {  // known from the guidance index only (a partial bundle, issue 15)
      gMain = g.indexOnly->mainQuestions, gTopics = g.indexOnly->topics;
      gQuestions = g.indexOnly->questions, gTips = g.indexOnly->readingTips;
    }
    topics += gTopics;
    questions += gQuestions;
    tips += gTips;
    guides.push_back({{"id", g.id}, {"kind", g.kind}, {"title", g.title}, {"summary", g.summary},
                      {"mainQuestions", gMain}, {"topics", gTopics}, {"questions", gQuestions},
                      {"readingTips", gTips}});
  }
  Json frameworks = frameworkSummaries(c);
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

}  // namespace

std::optional<SearchFilter> readSearchFilter(const ApiContext& ctx, const Json& args, ApiError& err) {
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

namespace {

// browse {guide?, theme?, policyTheme?} -> main questions with the topics that pass the filter
std::optional<Json> browse(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto filter = readSearchFilter(ctx, args, err);
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
      {"overview", overview}, {"frameworks", frameworks}, {"guide", guide},
      {"lookup", lookup},     {"browse", browse},         {"sources", sources}};
  auto it = methods.find(name);
  return it == methods.end() ? nullptr : it->second;
}

}  // namespace samenwijs

#include "samenwijs/content_json.hpp"

namespace samenwijs {
namespace {
template <typename T>
Json arrayOf(const std::vector<T>& values) {
  Json out = Json::array();
  for (const auto& v : values) out.push_back(toJson(v));
  return out;
}
Json strings(const std::vector<std::string>& values) { return Json(values); }
}  // namespace

Json toJson(const Citation& c) { return {{"source", c.source}, {"section", c.section}}; }

Json toJson(const Source& s) {
  Json j = {{"id", s.id}, {"kind", s.kind}, {"title", s.title}, {"publisher", s.publisher},
            {"description", s.description}};
  if (s.year) j["year"] = *s.year;
  if (!s.origin.empty()) j["origin"] = s.origin;
  if (!s.seed.empty()) j["seed"] = s.seed;
  if (!s.url.empty()) j["url"] = s.url;
  return j;
}

Json toJson(const Theme& t) { return {{"id", t.id}, {"title", t.title}, {"description", t.description}}; }

Json toJson(const Tag& t) { return {{"id", t.id}, {"title", t.title}}; }

Json toJson(const ReadingTip& tip) {
  Json j = {{"id", tip.id}, {"title", tip.title}, {"publisher", tip.publisher},
            {"description", tip.description}, {"source", toJson(tip.source)}};
  if (tip.year) j["year"] = *tip.year;
  if (!tip.url.empty()) j["url"] = tip.url;
  if (!tip.where.empty()) j["where"] = tip.where;
  return j;
}

Json toJson(const Topic& topic) {
  Json questions = Json::array();
  for (const auto& q : topic.questions) questions.push_back({{"id", q.id}, {"text", q.text}});
  return {{"id", topic.id}, {"number", topic.number}, {"title", topic.title}, {"text", topic.text},
          {"policyThemes", strings(topic.policyThemes)}, {"tags", strings(topic.tags)},
          {"questions", questions}, {"source", toJson(topic.source)}};
}

Json toJson(const MainQuestion& mq) {
  return {{"id", mq.id}, {"number", mq.number}, {"theme", mq.theme}, {"title", mq.title},
          {"question", mq.question}, {"intro", mq.intro}, {"source", toJson(mq.source)},
          {"topics", arrayOf(mq.topics)}, {"readingTips", arrayOf(mq.readingTips)}};
}

Json toJson(const Guide& guide) {
  Json j = {{"id", guide.id}, {"kind", guide.kind}, {"title", guide.title}, {"order", guide.order},
            {"summary", guide.summary}, {"role", strings(guide.role)}, {"sources", arrayOf(guide.sources)},
            {"mainQuestions", arrayOf(guide.mainQuestions)}};
  if (!guide.audienceRegister.empty()) j["register"] = guide.audienceRegister;
  return j;
}

Json toJson(const GlossaryTerm& t) {
  Json j = {{"id", t.id}, {"term", t.term}, {"definition", t.definition}, {"source", toJson(t.source)}};
  if (!t.aliases.empty()) j["aliases"] = strings(t.aliases);
  return j;
}

Json toJson(const Framework& fw) {
  Json levels = Json::array();
  for (const auto& l : fw.levels) levels.push_back({{"value", l.value}, {"label", l.label}, {"description", l.description}});
  Json domains = Json::array();
  for (const auto& d : fw.domains) {
    Json competences = Json::array();
    for (const auto& c : d.competences) {
      Json items = Json::array();
      for (const auto& i : c.items) {
        Json item = {{"id", i.id}, {"text", i.text}, {"levels", strings(i.levels)}};
        if (i.source) item["source"] = toJson(*i.source);
        items.push_back(item);
      }
      competences.push_back({{"id", c.id}, {"title", c.title}, {"description", c.description},
                             {"tags", strings(c.tags)}, {"source", toJson(c.source)}, {"items", items}});
    }
    domains.push_back({{"id", d.id}, {"code", d.code}, {"title", d.title}, {"description", d.description},
                       {"competences", competences}});
  }
  // The item order of every version travels with the bundle: the site decodes old codes.
  Json versions = Json::array(), retired = Json::array();
  for (const auto& v : fw.versions) versions.push_back({{"version", v.version}, {"items", strings(v.items)}});
  for (const auto& t : fw.retiredItems) retired.push_back({{"id", t.id}, {"reason", t.reason}});
  return {{"id", fw.id}, {"version", fw.version}, {"title", fw.title}, {"audience", fw.audience},
          {"summary", fw.summary}, {"description", strings(fw.description)},
          {"estimatedMinutes", fw.estimatedMinutes}, {"notes", fw.notes}, {"sources", arrayOf(fw.sources)},
          {"scale", {{"levels", levels}, {"notApplicable", fw.notApplicable}}},
          {"minimumAnswered", fw.minimumAnswered}, {"domains", domains}, {"versions", versions}, {"retiredItems", retired}};
}

Json toJson(const GuidedStart& start) {
  Json roles = Json::array(), concerns = Json::array();
  for (const auto& r : start.roles) roles.push_back({{"guide", r.guide}, {"label", r.label}});
  for (const auto& c : start.concerns) {
    Json concern = {{"id", c.id}, {"label", c.label}, {"themes", strings(c.themes)}, {"tags", strings(c.tags)},
                    {"policyThemes", strings(c.policyThemes)}};
    if (!c.guides.empty()) concern["guides"] = strings(c.guides);
    if (!c.tools.empty()) concern["tools"] = strings(c.tools);
    concerns.push_back(concern);
  }
  return {{"intro", start.intro}, {"roles", roles}, {"concerns", concerns}};
}

}  // namespace samenwijs

// API methods for "Begrippen", the glossary: the terms, and which terms each topic of a
// guide uses, so a topic can link to the explanation of its jargon.
#include <algorithm>
#include <map>

#include "samenwijs/api_args.hpp"
#include "samenwijs/content_json.hpp"
#include "samenwijs/text_fold.hpp"

namespace samenwijs {
namespace {

std::vector<std::string> foldedWords(const std::string& text) {
  std::vector<std::string> words;
  for (const Token& t : tokenize(text)) words.push_back(t.folded);
  return words;
}

// Whether `words` holds `phrase` as consecutive words.
bool containsPhrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase) {
  if (phrase.empty() || phrase.size() > words.size()) return false;
  for (std::size_t i = 0; i + phrase.size() <= words.size(); ++i) {
    if (std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) return true;
  }
  return false;
}

// glossary {} -> {terms: [{id, term, aliases?, definition, source}]}, sorted by term
std::optional<Json> glossary(const ApiContext& ctx, const Json&, ApiError&) {
  Json terms = Json::array();
  for (const auto& t : ctx.content.content().glossary) terms.push_back(toJson(t));
  return Json{{"terms", terms}};
}

// glossaryLinks {guide} -> {topics: {topicId: [{id, term}]}}: the glossary terms each topic
// of the guide uses in its title or text (by term or alias, whole words, any case)
std::optional<Json> glossaryLinks(const ApiContext& ctx, const Json& args, ApiError& err) {
  auto id = requiredStringArg(args, "guide", err);
  if (!id) return std::nullopt;
  const Guide* g = ctx.content.guide(*id);
  if (!g) {
    err = {errc::kNotFound, "Deze gespreksstarters bestaan niet (meer)."};
    return std::nullopt;
  }
  std::vector<std::pair<const GlossaryTerm*, std::vector<std::string>>> phrases;
  for (const auto& t : ctx.content.content().glossary) {
    phrases.emplace_back(&t, foldedWords(t.term));
    for (const auto& alias : t.aliases) phrases.emplace_back(&t, foldedWords(alias));
  }
  Json topics = Json::object();
  for (const auto& mq : g->mainQuestions) {
    for (const auto& topic : mq.topics) {
      const auto words = foldedWords(topic.title + " " + topic.text);
      Json found = Json::array();
      for (const auto& [term, phrase] : phrases) {
        if (!containsPhrase(words, phrase)) continue;
        const Json entry = {{"id", term->id}, {"term", term->term}};
        if (std::find(found.begin(), found.end(), entry) == found.end()) found.push_back(entry);
      }
      if (!found.empty()) topics[topic.id] = found;
    }
  }
  return Json{{"topics", topics}};
}

}  // namespace

ApiMethod findGlossaryMethod(const std::string& name) {
  static const std::map<std::string, ApiMethod> methods = {{"glossary", glossary}, {"glossaryLinks", glossaryLinks}};
  auto it = methods.find(name);
  return it == methods.end() ? nullptr : it->second;
}

}  // namespace samenwijs

// Which content parts each method needs (see api_parts.hpp). One table for every
// capability, so the methods themselves stay unaware of partial content.
#include "samenwijs/api_parts.hpp"

#include <algorithm>
#include <set>

namespace samenwijs {
namespace {

enum class Need { Nothing, GuideIndex, OneGuide, AllGuides, Frameworks, FrameworksAndGuides, Network, Everything };

Need needOf(const std::string& method) {
  static const std::set<std::string> guideIndex = {"overview", "guidedStart"};
  static const std::set<std::string> oneGuide = {"guide", "glossaryLinks"};
  // sources lists the reading tips of every guide beside the source documents.
  static const std::set<std::string> allGuides = {"lookup", "browse", "suggest", "agendaResolve", "agendaExport", "sources"};
  // Zelfscan, team and board methods whose answers link to guidance topics (growth areas,
  // topics for team learning, the development plan).
  static const std::set<std::string> frameworksAndGuides = {"profile", "decodeResult", "readResultFile", "team",
                                                            "ballotClose", "collectorCombine", "teamPicture", "board",
                                                            "popCheck", "popExport"};
  static const std::set<std::string> frameworks = {"frameworks", "framework", "resultFile", "compare", "zelfscanState",
                                                   "historyRead", "historyText", "historyImport", "historyExport", "historyTrend",
                                                   "roundStart", "roundInfo", "handin", "ballotAdd", "collectorSum",
                                                   "teamCompare", "teamCsv", "boardCsv"};
  static const std::set<std::string> network = {"network", "readiness", "networkAdvice", "planCheck", "planExport",
                                                "planImport", "networkMap", "mapExport", "mapImport", "mapRemove"};
  if (method == "search") return Need::Everything;
  if (guideIndex.count(method)) return Need::GuideIndex;
  if (oneGuide.count(method)) return Need::OneGuide;
  if (allGuides.count(method)) return Need::AllGuides;
  if (frameworksAndGuides.count(method)) return Need::FrameworksAndGuides;
  if (frameworks.count(method)) return Need::Frameworks;
  if (network.count(method)) return Need::Network;
  return Need::Nothing;  // glossary: the base every partial bundle has
}

std::string stringArg(const Json& args, const char* key) {
  auto it = args.find(key);
  return it != args.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

std::vector<std::string> missingContentParts(const std::string& method, const Json& args, const Content& content) {
  const Content::Parts& parts = content.parts;
  std::vector<std::string> missing;
  if (!parts.partial) return missing;
  const Need need = needOf(method);
  auto needGuideIndex = [&] {
    if (!parts.guideIndex) missing.push_back("guides-index");
  };
  auto needAllGuides = [&] {
    needGuideIndex();
    if (!parts.guidesComplete) missing.push_back("guides");
  };
  auto needFrameworks = [&] {
    if (!parts.frameworks) missing.push_back("frameworks");
  };
  auto needNetwork = [&] {
    if (!content.network.loaded) missing.push_back("network");
  };
  switch (need) {
    case Need::Nothing: break;
    case Need::GuideIndex: needGuideIndex(); break;
    case Need::OneGuide: {
      needGuideIndex();
      const std::string id = stringArg(args, method == "guide" ? "id" : "guide");
      auto it = std::find_if(content.guides.begin(), content.guides.end(), [&](const Guide& g) { return g.id == id; });
      // An unknown id stays the method's own "not found".
      if (it != content.guides.end() && it->indexOnly) missing.push_back("guide/" + id);
      break;
    }
    case Need::AllGuides: needAllGuides(); break;
    case Need::Frameworks: needFrameworks(); break;
    case Need::FrameworksAndGuides: needFrameworks(); needAllGuides(); break;
    case Need::Network: needNetwork(); break;
    case Need::Everything: needAllGuides(); needFrameworks(); needNetwork(); break;
  }
  return missing;
}

}  // namespace samenwijs

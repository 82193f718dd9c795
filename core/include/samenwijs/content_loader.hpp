#pragma once
// Reads and validates content documents (content/*.json at build time, the packaged
// bundle at run time) into a Content value. Collects every problem with file and JSON
// pointer instead of stopping at the first.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "samenwijs/content_checks.hpp"
#include "samenwijs/content_model.hpp"
#include "samenwijs/issue.hpp"
#include "samenwijs/json_reader.hpp"

namespace samenwijs {

class ContentLoader {
 public:
  void addSources(const std::string& file, const std::string& text);
  void addThemes(const std::string& file, const std::string& text);
  void addTags(const std::string& file, const std::string& text);
  void addGuide(const std::string& file, const std::string& text);
  void addFramework(const std::string& file, const std::string& text);
  void addGuidedStart(const std::string& file, const std::string& text);
  // "Begrippen": glossary.json.
  void addGlossary(const std::string& file, const std::string& text);
  // editorial.json: the rules of the build-time editorial checks (register, near-duplicates,
  // source fields). Only the content tool loads it; the site's bundle does not carry it.
  void addEditorialRules(const std::string& file, const std::string& text);
  // The network check: network/readiness.json, kinds.json, map.json, plan.json.
  void addNetworkReadiness(const std::string& file, const std::string& text);
  void addNetworkKinds(const std::string& file, const std::string& text);
  void addNetworkMap(const std::string& file, const std::string& text);
  void addNetworkPlan(const std::string& file, const std::string& text);
  // The search's synonym list: synonyms.json (content_loader_synonyms.cpp).
  void addSynonyms(const std::string& file, const std::string& text);
  // The packaged form written by toBundleJson(): all of the above in one document.
  // A view, so the module can parse the bytes JS wrote into its memory without a copy.
  void addBundle(const std::string& file, std::string_view text);

  // Runs the cross-file checks (unique ids, references that resolve, required parts
  // present). Returns the content only when no issue was found. Call it once, last: the
  // content moves out of the loader.
  std::optional<Content> finish();
  const IssueList& issues() const { return issues_; }

  // Parts added step by step (issue 15, content_loader_steps.cpp). After finish() gave
  // content from a partial bundle, checkParts reads a partial bundle holding more parts
  // and runs the cross-part checks (ids, references, what must be present) on the union
  // of both. It returns true only when loading the union at once would give content
  // without issues; then mergeParts(content) adds the new parts to `content` (what
  // finish() or an earlier merge gave), and the result is exactly the at-once content.
  // Otherwise (a part already loaded, a problem anywhere) it returns false and leaves
  // the loader as it was: load every part at once instead, which reports the problems
  // with the same messages as always.
  bool checkParts(const std::string& file, std::string_view text, const Content& content);
  void mergeParts(Content& content);

 private:
  // Where an id is defined or referred to. The id and the pointer are stored once, one
  // after another in located_, and the file name once in files_ (issue 15: three strings
  // per id and reference were three allocations each, in fresh memory on a first load).
  struct Located {
    std::uint32_t id, idSize, pointer, pointerSize;  // offsets and sizes in located_
    std::uint32_t file;                              // index in files_
  };
  struct Reference {
    enum class Kind { Source, Theme, PolicyTheme, Tag, Guide, NetworkGroup, NetworkGoal, NetworkParticipant } kind;
    Located at;
  };

  // Reads and registers an id; ids are unique within their namespace (`space`).
  std::string readId(JsonReader& r, const char* space);
  Citation readCitation(JsonReader r);
  std::vector<Citation> readCitations(JsonReader& r, const char* key);
  void readSourceList(JsonReader& r);
  void readThemeLists(JsonReader& r);
  void readTagList(JsonReader& r);
  Guide readGuide(JsonReader& r);
  MainQuestion readMainQuestion(JsonReader& r);
  Topic readTopic(JsonReader& r);
  ReadingTip readReadingTip(JsonReader& r);
  Framework readFramework(JsonReader& r);
  // The item order of every version and the retired items (content_loader_versions.cpp).
  void readFrameworkVersions(JsonReader& r, Framework& fw);
  void readGuidedStart(JsonReader& r);
  void readGlossary(JsonReader& r);
  // The guidance index of a partial bundle: each guide's title, summary and counts.
  void readGuideIndex(JsonReader& r);
  // In finish(): adds the index entries of guides whose text is absent, and notes which
  // parts the content has (Content::parts).
  void addIndexOnlyGuides();
  void runEditorialChecks();
  void readNetworkReadiness(JsonReader& r);
  void readReadinessVerdicts(JsonReader& r);
  void readNetworkKinds(JsonReader& r);
  void readNetworkMap(JsonReader& r);
  void readNetworkPlan(JsonReader& r);
  void readSynonyms(JsonReader& r);
  void addNetworkPart(const std::string& file, const std::string& text, void (ContentLoader::*read)(JsonReader&));
  void referAll(Reference::Kind kind, const std::vector<std::string>& ids, const JsonReader& at, const std::string& key);
  Domain readDomain(JsonReader& r, const Framework& fw);
  Competence readCompetence(JsonReader& r, const Framework& fw);
  void refer(Reference::Kind kind, const std::string& id, const JsonReader& at, const std::string& sub);
  std::optional<Json> parse(const std::string& file, std::string_view text, DeferredArrays* deferred = nullptr);
  // The index of `file` in files_ (added when new).
  std::uint32_t fileIndex(std::string_view file);
  // Stores `id` at `at`'s pointer followed by `sub`.
  Located locate(std::string_view id, const JsonReader& at, std::string_view sub);
  std::string_view idOf(const Located& l) const { return std::string_view(located_).substr(l.id, l.idSize); }
  std::string_view pointerOf(const Located& l) const { return std::string_view(located_).substr(l.pointer, l.pointerSize); }
  // finish()'s checks of ids and references; `earlier`: the content the loader gave
  // before, when checking parts added to it (its ids count as defined).
  void checkIdsAndReferences(const Content* earlier);

  IssueList issues_;
  Content content_;
  std::vector<std::pair<const char*, Located>> definitions_;  // namespace (a literal), where
  std::vector<Reference> references_;
  std::vector<std::string> files_;  // the file names Located::file points into
  std::string located_;             // the ids and pointers of every Located
  EditorialRules editorial_;
  bool sawSources_ = false, sawThemes_ = false, sawTags_ = false;
  int networkParts_ = 0;
  // A partial bundle (issue 15) may leave out whole parts: guides, frameworks, network.
  bool partial_ = false, sawGuides_ = false, sawGuideIndex_ = false, sawFrameworks_ = false;
  std::vector<Guide> guideIndex_;
  // Parts added step by step (issue 15): the bundles' root keys so far, in order;
  // finish() succeeded; a step is reading (the base lists are loaded already); a checked
  // step waits for mergeParts.
  std::vector<std::string> keys_;
  std::size_t stepKeys_ = 0;  // where the checked step's keys begin in keys_
  bool finished_ = false, stepping_ = false, stepChecked_ = false;
};

// Compact JSON of validated content, in the same shapes as the source files.
std::string toBundleJson(const Content& content);

}  // namespace samenwijs

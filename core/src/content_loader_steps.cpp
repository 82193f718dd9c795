// Parts added step by step (issue 15). A page loads the parts it needs, and later more
// (the guides after the self-assessment's start page). Loading everything again would
// parse and validate the parts already there once more; a step reads only the new parts
// and checks them together with what the loader kept of the earlier load (every id
// defined and every reference made, with its file and pointer).
//
// Exactly as strict as loading at once: checkParts answers true only when the at-once
// load of the union has no issue. Reading is local to each part (one root key each,
// guides one per element), so the union reads without issue when the earlier parts did
// (they were loaded) and the new ones do; what crosses parts (ids unique per namespace,
// references resolving, network complete) is checked on the union here. Everything else
// answers false, and the caller loads the union at once, which then gives the errors with
// the messages and pointers of an at-once load (a step's pointers would count the guides
// of the step only).
#include <algorithm>

#include "samenwijs/content_loader.hpp"
#include "samenwijs/text_fold.hpp"

namespace samenwijs {

bool ContentLoader::checkParts(const std::string& file, std::string_view text, const Content& content) {
  if (!finished_ || !partial_ || stepChecked_ || editorial_.loaded) return false;
  // What the step may change, to put it back when the step is refused.
  const std::size_t definitions = definitions_.size(), references = references_.size(), keys = keys_.size(),
                    located = located_.size();
  const bool sawGuides = sawGuides_, sawGuideIndex = sawGuideIndex_, sawFrameworks = sawFrameworks_;
  const int networkParts = networkParts_;

  content_ = Content{};
  guideIndex_.clear();
  stepping_ = true;
  addBundle(file, text);
  stepping_ = false;

  // The step must be partial too, and bring only keys not loaded before (each is one
  // part; the guides come one per part, so their array may grow).
  bool ok = issues_.empty() && partial_;
  bool marked = false;
  const auto before = keys_.begin() + static_cast<std::ptrdiff_t>(keys);
  for (std::size_t k = keys; k < keys_.size() && ok; ++k) {
    if (keys_[k] == "partial") {
      marked = true;
    } else if (keys_[k] != "guides" && std::find(keys_.begin(), before, keys_[k]) != before) {
      ok = false;
    }
  }
  ok = ok && marked;
  if (ok) {
    if (networkParts_ != 0 && networkParts_ != 4) ok = false;
    if (ok) checkIdsAndReferences(&content);
    ok = ok && issues_.empty();
  }
  if (!ok) {
    definitions_.erase(definitions_.begin() + static_cast<std::ptrdiff_t>(definitions), definitions_.end());
    references_.erase(references_.begin() + static_cast<std::ptrdiff_t>(references), references_.end());
    keys_.erase(keys_.begin() + static_cast<std::ptrdiff_t>(keys), keys_.end());
    located_.resize(located);
    sawGuides_ = sawGuides;
    sawGuideIndex_ = sawGuideIndex;
    sawFrameworks_ = sawFrameworks;
    networkParts_ = networkParts;
    partial_ = true;
    issues_ = IssueList{};
    content_ = Content{};
    guideIndex_.clear();
    return false;
  }
  stepChecked_ = true;
  stepKeys_ = keys;
  return true;
}

void ContentLoader::mergeParts(Content& content) {
  if (!stepChecked_) return;
  stepChecked_ = false;
  Content& added = content_;
  // As addIndexOnlyGuides: an entry is added when no guide (text or entry) has its id yet.
  auto hasText = [&](const std::string& id) {
    return std::any_of(content.guides.begin(), content.guides.end(), [&](const Guide& g) { return g.id == id; });
  };
  // Guides: an index entry gives way to the guide's text; an index that comes now adds
  // an entry for each guide still without text (as addIndexOnlyGuides does at once).
  for (const Guide& g : added.guides) {
    content.guides.erase(std::remove_if(content.guides.begin(), content.guides.end(),
                                        [&](const Guide& old) { return old.indexOnly && old.id == g.id; }),
                         content.guides.end());
  }
  for (Guide& g : added.guides) content.guides.push_back(std::move(g));
  for (Guide& entry : guideIndex_) {
    if (!hasText(entry.id)) content.guides.push_back(std::move(entry));
  }
  guideIndex_.clear();
  std::stable_sort(content.guides.begin(), content.guides.end(), [](const Guide& a, const Guide& b) {
    return a.order != b.order ? a.order < b.order : a.id < b.id;
  });
  for (Framework& f : added.frameworks) content.frameworks.push_back(std::move(f));
  std::sort(content.frameworks.begin(), content.frameworks.end(),
            [](const Framework& a, const Framework& b) { return a.id < b.id; });
  // The other keys come whole in one part (checkParts refused a repeat).
  const auto keyAdded = [&](const char* key) {
    return std::find(keys_.begin() + static_cast<std::ptrdiff_t>(stepKeys_), keys_.end(), key) != keys_.end();
  };
  if (keyAdded("guidedStart")) content.guidedStart = std::move(added.guidedStart);
  if (keyAdded("glossary")) {
    content.glossary = std::move(added.glossary);
    std::sort(content.glossary.begin(), content.glossary.end(),
              [](const GlossaryTerm& a, const GlossaryTerm& b) { return foldText(a.term) < foldText(b.term); });
  }
  if (keyAdded("synonyms")) content.synonyms = std::move(added.synonyms);
  if (keyAdded("network")) content.network = std::move(added.network);
  content.network.loaded = networkParts_ == 4;
  // Which parts the union has, as addIndexOnlyGuides notes them at once.
  Content::Parts& parts = content.parts;
  parts.partial = true;
  parts.frameworks = sawFrameworks_;
  parts.guideIndex = sawGuideIndex_ || sawGuides_;
  parts.guidesComplete = sawGuideIndex_ && std::none_of(content.guides.begin(), content.guides.end(),
                                                         [](const Guide& g) { return g.indexOnly.has_value(); });
  content_ = Content{};
}

}  // namespace samenwijs

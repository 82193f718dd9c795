// Partial bundles (issue 15): a page loads the content it needs (the base, the guidance
// index, one guide, the frameworks or the network check) and more later. The build
// validates the whole content; this only reads the index and notes which parts are absent,
// so that a method needing an absent part can say so (api_parts.cpp).
#include <algorithm>

#include "samenwijs/content_loader.hpp"

namespace samenwijs {

void ContentLoader::readGuideIndex(JsonReader& r) {
  sawGuideIndex_ = true;
  r.forEach("guideIndex", true, [&](JsonReader& e) {
    if (!e.expectObject()) return;
    e.allowOnly({"id", "kind", "register", "title", "order", "summary", "mainQuestions", "topics", "questions", "readingTips"});
    Guide g;
    g.id = e.requiredString("id");
    g.kind = e.requiredString("kind");
    g.audienceRegister = e.optionalString("register");
    g.title = e.requiredString("title");
    g.summary = e.requiredString("summary");
    auto count = [&](const char* key) {
      auto n = e.requiredInt(key, 0, 100000);
      return n ? static_cast<std::size_t>(*n) : std::size_t{0};
    };
    auto order = e.requiredInt("order", 1, 1000);
    g.order = order ? static_cast<int>(*order) : 0;
    g.indexOnly = Guide::Counts{count("mainQuestions"), count("topics"), count("questions"), count("readingTips")};
    guideIndex_.push_back(std::move(g));
  });
}

void ContentLoader::addIndexOnlyGuides() {
  Content::Parts& parts = content_.parts;
  parts.partial = partial_;
  if (!partial_) return;
  parts.frameworks = sawFrameworks_;
  parts.guideIndex = sawGuideIndex_ || sawGuides_;
  for (auto& entry : guideIndex_) {
    const bool hasText = std::any_of(content_.guides.begin(), content_.guides.end(),
                                     [&](const Guide& g) { return g.id == entry.id; });
    if (!hasText) {
      content_.guides.push_back(std::move(entry));
      parts.guidesComplete = false;
    }
  }
  // Without the index, a partial bundle cannot tell whether it holds every guide.
  if (!sawGuideIndex_) parts.guidesComplete = false;
}

}  // namespace samenwijs

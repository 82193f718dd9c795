#include "samenwijs/content_index.hpp"

namespace samenwijs {

const char* kindName(GuidanceLocation::Kind kind) {
  switch (kind) {
    case GuidanceLocation::Kind::Guide: return "guide";
    case GuidanceLocation::Kind::MainQuestion: return "mainQuestion";
    case GuidanceLocation::Kind::Topic: return "topic";
    case GuidanceLocation::Kind::Question: return "question";
    case GuidanceLocation::Kind::ReadingTip: return "readingTip";
  }
  return "";
}

ContentIndex::ContentIndex(Content content) : content_(std::move(content)) {
  using Kind = GuidanceLocation::Kind;
  for (std::size_t g = 0; g < content_.guides.size(); ++g) {
    const Guide& guide = content_.guides[g];
    locations_[guide.id] = {Kind::Guide, g};
    for (std::size_t m = 0; m < guide.mainQuestions.size(); ++m) {
      const MainQuestion& mq = guide.mainQuestions[m];
      locations_[mq.id] = {Kind::MainQuestion, g, m};
      for (std::size_t t = 0; t < mq.topics.size(); ++t) {
        locations_[mq.topics[t].id] = {Kind::Topic, g, m, t};
        for (std::size_t q = 0; q < mq.topics[t].questions.size(); ++q) {
          locations_[mq.topics[t].questions[q].id] = {Kind::Question, g, m, t, q};
        }
      }
      for (std::size_t r = 0; r < mq.readingTips.size(); ++r) {
        locations_[mq.readingTips[r].id] = {Kind::ReadingTip, g, m, 0, 0, r};
      }
    }
  }
}

const SearchIndex& ContentIndex::search() const {
  if (!search_) search_ = std::make_unique<SearchIndex>(content_);
  return *search_;
}

const GuidanceLocation* ContentIndex::locate(const std::string& id) const {
  auto it = locations_.find(id);
  return it == locations_.end() ? nullptr : &it->second;
}

const Guide* ContentIndex::guide(const std::string& id) const {
  const GuidanceLocation* loc = locate(id);
  return loc && loc->kind == GuidanceLocation::Kind::Guide ? &content_.guides[loc->guide] : nullptr;
}

const Framework* ContentIndex::framework(const std::string& id) const {
  for (const auto& fw : content_.frameworks) {
    if (fw.id == id) return &fw;
  }
  return nullptr;
}

}  // namespace samenwijs

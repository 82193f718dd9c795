#pragma once
// The whole bundle split into the site's content parts (as scripts/build-site.mjs splits
// it), for the tests of partial content (issue 15). Include after test_support.hpp.
#include <map>
#include <string>

#include "test_support.hpp"

namespace samenwijs_test {

// The whole bundle, split the way scripts/build-site.mjs splits it.
struct Parts {
  samenwijs::Json base, index, frameworks, network;
  std::map<std::string, samenwijs::Json> guides;
};

inline const Parts& parts() {
  static const Parts p = [] {
    Parts out;
    const samenwijs::Json whole = samenwijs::Json::parse(samenwijs::toBundleJson(content()), nullptr, false);
    for (const char* key : {"sources", "themes", "policyThemes", "tags", "glossary", "guidedStart", "synonyms"}) {
      if (whole.contains(key)) out.base[key] = whole[key];
    }
    out.frameworks["frameworks"] = whole["frameworks"];
    out.network["network"] = whole["network"];
    samenwijs::Json index = samenwijs::Json::array();
    for (const auto& g : whole["guides"]) {
      std::size_t topics = 0, questions = 0, tips = 0;
      for (const auto& mq : g["mainQuestions"]) {
        topics += mq["topics"].size();
        if (mq.contains("readingTips")) tips += mq["readingTips"].size();
        for (const auto& t : mq["topics"]) questions += t["questions"].size();
      }
      samenwijs::Json entry = {{"id", g["id"]}, {"kind", g["kind"]}, {"title", g["title"]}, {"order", g["order"]},
                    {"summary", g["summary"]}, {"mainQuestions", g["mainQuestions"].size()}, {"topics", topics},
                    {"questions", questions}, {"readingTips", tips}};
      if (g.contains("register")) entry["register"] = g["register"];
      index.push_back(entry);
      out.guides[g["id"].get<std::string>()] = g;
    }
    out.index["guideIndex"] = index;
    return out;
  }();
  return p;
}

}  // namespace samenwijs_test

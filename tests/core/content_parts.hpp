#pragma once
// The whole bundle split into the site's content parts, as scripts/build-site.mjs splits
// it, and parts joined into one partial bundle, as web/js/content-parts.js joinParts does
// (issue 15). Shared by the core tests of partial content and the step-loading fuzzer,
// so both build parts the same way. No test framework here.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "samenwijs/json_reader.hpp"

namespace samenwijs_test {

struct Parts {
  samenwijs::Json base, index, frameworks, network;
  std::map<std::string, samenwijs::Json> guides;
};

inline Parts splitParts(const samenwijs::Json& whole) {
  Parts out;
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
}

// A part as the site ships it: its root keys with their JSON (a guide part: "guides").
using Part = std::vector<std::pair<std::string, samenwijs::Json>>;

inline Part partOf(const samenwijs::Json& object) {
  Part part;
  for (const auto& [key, value] : object.items()) part.emplace_back(key, value);
  return part;
}
inline Part guidePart(const samenwijs::Json& guide) { return Part{{"guides", guide}}; }

// One partial bundle from parts.
inline std::string joined(const std::vector<Part>& list) {
  std::string fields, guides;
  for (const Part& part : list) {
    for (const auto& [key, value] : part) {
      if (key == "guides") {
        guides += (guides.empty() ? "" : ",") + samenwijs::dumpJson(value);
      } else {
        fields += samenwijs::Json(key).dump() + ":" + samenwijs::dumpJson(value) + ",";
      }
    }
  }
  std::string out = "{" + fields;
  if (!guides.empty()) out += "\"guides\":[" + guides + "],";
  return out + "\"partial\":true}";
}

}  // namespace samenwijs_test

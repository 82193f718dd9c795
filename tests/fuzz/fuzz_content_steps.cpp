// libFuzzer target: content added in steps (ContentSession::add, issue 15). Every part but
// one is loaded at once, as a page does first; then the one part, changed by the input,
// is added as a step. Input:
//   line 1   which part: "frameworks", "network", "index", or a guide's id
//   then     a JSON pointer on line 2 and a JSON value after it (put into the part's JSON;
//            for a guide, the guide itself), or anything else: the part's whole text.
// A step must either be added and then answer exactly as the same parts loaded at once,
// or be refused with content_not_added and change nothing. Anything else aborts.
// Seeds: tests/fuzz/corpus/fuzz_content_steps (made by tests/fuzz/make-seeds.mjs).
#include <cstdint>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "../core/content_parts.hpp"
#include "fuzz_content.hpp"
#include "fuzz_patch.hpp"
#include "samenwijs/content_session.hpp"

namespace {
using samenwijs::ContentSession;
using samenwijs::Json;
using samenwijs_test::Part;

const samenwijs_test::Parts& parts() {
  static const samenwijs_test::Parts all = [] {
    const auto api = samenwijs::fuzzing::loadApi();
    return samenwijs_test::splitParts(Json::parse(samenwijs::toBundleJson(api->content().content()), nullptr, false));
  }();
  return all;
}

// The JSON the input changes, and how it becomes a part again.
bool namedPart(const std::string& name, Json& json, bool& guide) {
  const auto& p = parts();
  guide = false;
  if (name == "frameworks") json = p.frameworks;
  else if (name == "network") json = p.network;
  else if (name == "index") json = p.index;
  else if (p.guides.count(name)) json = p.guides.at(name), guide = true;
  else return false;
  return true;
}

// Every part but the named one, as the first load.
std::vector<Part> partsBut(const std::string& name) {
  const auto& p = parts();
  std::vector<Part> out = {samenwijs_test::partOf(p.base)};
  if (name != "index") out.push_back(samenwijs_test::partOf(p.index));
  if (name != "frameworks") out.push_back(samenwijs_test::partOf(p.frameworks));
  if (name != "network") out.push_back(samenwijs_test::partOf(p.network));
  for (const auto& [id, g] : p.guides) {
    if (id != name) out.push_back(samenwijs_test::guidePart(g));
  }
  return out;
}

// What the loaded content answers: the content itself (the Api is built from it), which
// parts it says it has, and the calls whose answers come from indexes built at load.
std::string answersOf(const ContentSession& session) {
  const auto* api = session.api();
  if (!api) return "no content";
  const auto& c = api->content().content();
  std::string out = std::to_string(c.parts.partial) + std::to_string(c.parts.guideIndex) +
                    std::to_string(c.parts.frameworks) + std::to_string(c.parts.guidesComplete) + "\n";
  out += samenwijs::toBundleJson(c) + "\n";
  for (const char* query : {"ouders", "digitale geletterdheid"}) {
    out += api->call("search", Json{{"query", query}, {"limit", 10}}.dump()) + "\n";
  }
  return out + api->call("glossary", "{}");
}

// The first load of every part but one, kept while steps are refused.
std::map<std::string, std::unique_ptr<ContentSession>>& loadedBefore() {
  static std::map<std::string, std::unique_ptr<ContentSession>> cache;
  return cache;
}

ContentSession& firstLoad(const std::string& name) {
  auto& slot = loadedBefore()[name];
  if (!slot) {
    slot = std::make_unique<ContentSession>();
    if (slot->load(samenwijs_test::joined(partsBut(name))).find("\"ok\":true") == std::string::npos) std::abort();
  }
  return *slot;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const auto newline = input.find('\n');
  if (newline == std::string::npos) return 0;
  const std::string name = input.substr(0, newline);
  Json json;
  bool guide = false;
  if (!namedPart(name, json, guide)) return 0;
  std::string text;
  if (!samenwijs::fuzzing::changedText(samenwijs::dumpJson(json), input.substr(newline + 1), text)) return 0;
  // A guide that is not an object still goes into the guides list as it is; another part
  // is its fields, so it must be an object.
  Json changed = Json::parse(text, nullptr, false);
  const bool object = !changed.is_discarded() && changed.is_object();
  Part part;
  if (guide) part = samenwijs_test::guidePart(changed.is_discarded() ? Json(text) : changed);
  else if (object) part = samenwijs_test::partOf(changed);
  else return 0;

  ContentSession& loaded = firstLoad(name);
  const samenwijs::Api* before = loaded.api();
  const std::string answer = loaded.add(samenwijs_test::joined({part}));
  if (answer.find("\"content_not_added\"") != std::string::npos) {
    // A refused step keeps the very same content (checkParts only reads it); what it may
    // have left in the loader's bookkeeping shows in the next added step's comparison.
    if (loaded.api() != before) std::abort();
    return 0;
  }
  if (answer != "{\"ok\":true,\"value\":{\"partial\":true}}") std::abort();
  // Added: the same parts at once must load and answer the same.
  std::vector<Part> all = partsBut(name);
  all.push_back(part);
  ContentSession atOnce;
  if (atOnce.load(samenwijs_test::joined(all)) != answer) std::abort();
  if (answersOf(atOnce) != answersOf(loaded)) std::abort();
  loadedBefore().erase(name);  // the session holds the part now: load again next time
  return 0;
}

#pragma once
// Shared helpers for the core unit tests: reading files, loading the real content folder
// the way the content tool does, looking for issues, and calling the API over the real
// content. Include it after <boost/test/unit_test.hpp> and BOOST_TEST_MODULE.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "samenwijs/api.hpp"
#include "samenwijs/content_loader.hpp"
#include "samenwijs/issue.hpp"
#include "samenwijs/json_reader.hpp"

namespace samenwijs_test {

inline std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::vector<std::filesystem::path> jsonFilesIn(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Feeds a content folder to `loader` the way samenwijs-content does (file names relative to
// the folder, like "guides/x.json"), all but the network/ files: see addNetworkFolder and
// addContentFolder.
inline void addFolder(samenwijs::ContentLoader& loader, const std::filesystem::path& dir) {
  loader.addSources("sources.json", readFile(dir / "sources.json"));
  loader.addThemes("themes.json", readFile(dir / "themes.json"));
  loader.addTags("tags.json", readFile(dir / "tags.json"));
  for (const auto& f : jsonFilesIn(dir / "guides")) loader.addGuide("guides/" + f.filename().string(), readFile(f));
  for (const auto& f : jsonFilesIn(dir / "frameworks")) {
    loader.addFramework("frameworks/" + f.filename().string(), readFile(f));
  }
  // Optional, as in the content tool.
  if (std::filesystem::exists(dir / "guided-start.json")) {
    loader.addGuidedStart("guided-start.json", readFile(dir / "guided-start.json"));
  }
  if (std::filesystem::exists(dir / "synonyms.json")) loader.addSynonyms("synonyms.json", readFile(dir / "synonyms.json"));
  if (std::filesystem::exists(dir / "glossary.json")) loader.addGlossary("glossary.json", readFile(dir / "glossary.json"));
}

// Feeds the four files of `dir`/network to `loader`, as samenwijs-content does.
// `replaceReadiness` swaps in another readiness document; `skip` ("readiness", "kinds", "map"
// or "plan") leaves that file out.
inline void addNetworkFolder(samenwijs::ContentLoader& loader, const std::filesystem::path& dir,
                             const std::optional<std::string>& replaceReadiness = std::nullopt,
                             const std::string& skip = "") {
  const auto network = dir / "network";
  if (skip != "readiness") {
    loader.addNetworkReadiness("network/readiness.json",
                               replaceReadiness ? *replaceReadiness : readFile(network / "readiness.json"));
  }
  if (skip != "kinds") loader.addNetworkKinds("network/kinds.json", readFile(network / "kinds.json"));
  if (skip != "map") loader.addNetworkMap("network/map.json", readFile(network / "map.json"));
  if (skip != "plan") loader.addNetworkPlan("network/plan.json", readFile(network / "plan.json"));
}

// Everything samenwijs-content loads from a content folder: addFolder and, when the folder
// has a network/ folder, its four files.
inline void addContentFolder(samenwijs::ContentLoader& loader, const std::filesystem::path& dir) {
  addFolder(loader, dir);
  if (std::filesystem::is_directory(dir / "network")) addNetworkFolder(loader, dir);
}

inline std::string formatAll(const samenwijs::IssueList& issues) {
  std::string out;
  for (const auto& issue : issues.all()) out += samenwijs::formatIssue(issue) + "\n";
  return out;
}

// The real content/ folder (everything the content tool loads), validated. Empty optional
// (and the issues on stderr) on failure.
inline std::optional<samenwijs::Content> loadRealContent() {
  samenwijs::ContentLoader loader;
  addContentFolder(loader, SAMENWIJS_CONTENT_DIR);
  auto content = loader.finish();
  if (!content) std::cerr << formatAll(loader.issues());
  return content;
}

// The issue at exactly `file` + `pointer` whose message contains `fragment`, if any.
inline const samenwijs::Issue* findIssue(const samenwijs::IssueList& issues, const std::string& file,
                                         const std::string& pointer, const std::string& fragment) {
  for (const auto& issue : issues.all()) {
    if (issue.file == file && issue.pointer == pointer && issue.message.find(fragment) != std::string::npos) {
      return &issue;
    }
  }
  return nullptr;
}

// ---- the API over the real content -----------------------------------------------------

// One Api over the real content per test binary, built on first use.
inline const samenwijs::Api& api() {
  static const samenwijs::Api instance = [] {
    auto content = loadRealContent();
    BOOST_REQUIRE_MESSAGE(content.has_value(), "content/ does not load");
    return samenwijs::Api(std::move(*content));
  }();
  return instance;
}

inline const samenwijs::Content& content() { return api().content().content(); }

// A framework (zelfscan) of the real content; fails the test when there is none with `id`.
inline const samenwijs::Framework& framework(const std::string& id) {
  const samenwijs::Framework* fw = api().content().framework(id);
  BOOST_REQUIRE_MESSAGE(fw != nullptr, "no framework " << id);
  return *fw;
}

inline const samenwijs::Framework& teacher() { return framework("leraar"); }
inline const samenwijs::Framework& leader() { return framework("leidinggevende"); }

// How closely envelope() checks an answer.
enum class Envelope {
  Basic,  // a JSON object with a boolean "ok" (one check)
  Full,   // the whole shape: {"ok":true,"value":...} and nothing else, or
          // {"ok":false,"error":{"code":"...","message":"..."}} with a message
};

// Parses an answer of Api::call; fails the test when it is not an envelope.
inline samenwijs::Json envelope(const std::string& text, Envelope check = Envelope::Basic) {
  using samenwijs::Json;
  Json j = Json::parse(text, nullptr, false);
  if (check == Envelope::Basic) {
    BOOST_REQUIRE_MESSAGE(!j.is_discarded() && j.is_object() && j.contains("ok") && j["ok"].is_boolean(),
                          "not an envelope: " << text.substr(0, 300));
    return j;
  }
  BOOST_REQUIRE_MESSAGE(!j.is_discarded(), "not JSON: " << text.substr(0, 300));
  BOOST_REQUIRE(j.is_object());
  BOOST_REQUIRE(j.contains("ok"));
  BOOST_REQUIRE(j["ok"].is_boolean());
  if (j["ok"].get<bool>()) {
    BOOST_REQUIRE(j.contains("value"));
    BOOST_CHECK_EQUAL(j.size(), 2u);
  } else {
    BOOST_REQUIRE(j.contains("error"));
    BOOST_REQUIRE(j["error"].is_object());
    BOOST_REQUIRE(j["error"].contains("code") && j["error"]["code"].is_string());
    BOOST_REQUIRE(j["error"].contains("message") && j["error"]["message"].is_string());
    BOOST_TEST(!j["error"]["message"].get<std::string>().empty());
  }
  return j;
}

// The value of a successful call with arguments as raw text (and an optional attachment).
inline samenwijs::Json okValue(const std::string& method, const std::string& argsText,
                               const std::string& attachment = {}, Envelope check = Envelope::Basic) {
  const samenwijs::Json j = envelope(api().call(method, argsText, attachment), check);
  BOOST_REQUIRE_MESSAGE(j["ok"].get<bool>(),
                        method << " " << argsText.substr(0, 300) << " failed: " << j.dump().substr(0, 500));
  return j["value"];
}

inline samenwijs::Json okValueOf(const std::string& method, const samenwijs::Json& args,
                                 const std::string& attachment = {}, Envelope check = Envelope::Basic) {
  return okValue(method, samenwijs::dumpJson(args), attachment, check);
}

// The error of a failed call with arguments as raw text; checks its code.
inline samenwijs::Json expectError(const std::string& method, const std::string& argsText, const std::string& code,
                                   Envelope check = Envelope::Basic) {
  const samenwijs::Json j = envelope(api().call(method, argsText), check);
  BOOST_TEST_CONTEXT(method << " " << argsText.substr(0, 200)) {
    BOOST_REQUIRE_MESSAGE(!j["ok"].get<bool>(), "unexpectedly ok: " << j.dump().substr(0, 300));
    BOOST_CHECK_EQUAL(j["error"]["code"].get<std::string>(), code);
  }
  return j["error"];
}

inline samenwijs::Json expectErrorOf(const std::string& method, const samenwijs::Json& args, const std::string& code,
                                     Envelope check = Envelope::Basic) {
  return expectError(method, samenwijs::dumpJson(args), code, check);
}

inline bool contains(const std::string& text, const std::string& fragment) {
  return text.find(fragment) != std::string::npos;
}

// Whether an error's message contains `fragment`.
inline bool contains(const samenwijs::Json& error, const std::string& fragment) {
  return contains(error["message"].get<std::string>(), fragment);
}

}  // namespace samenwijs_test

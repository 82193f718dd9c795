#pragma once
// Shared helpers for the core unit tests: reading files, loading the real content folder
// the way the content tool does, and looking for issues.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "samenwijs/content_loader.hpp"
#include "samenwijs/issue.hpp"

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
// the folder, like "guides/x.json").
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
}

inline std::string formatAll(const samenwijs::IssueList& issues) {
  std::string out;
  for (const auto& issue : issues.all()) out += samenwijs::formatIssue(issue) + "\n";
  return out;
}

// The real content/ folder, validated. Empty optional (and the issues on stderr) on failure.
inline std::optional<samenwijs::Content> loadRealContent() {
  samenwijs::ContentLoader loader;
  addFolder(loader, SAMENWIJS_CONTENT_DIR);
  auto content = loader.finish();
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

}  // namespace samenwijs_test

#pragma once
// The real content for the fuzz targets (the content folder is compiled in): which files
// there are, in the order the content tool reads them, and an Api over all of them.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "samenwijs/api.hpp"
#include "samenwijs/content_loader.hpp"

namespace samenwijs::fuzzing {

inline std::string readFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct ContentFile {
  std::string name;  // relative to content/, e.g. "guides/leraar.json"
  void (ContentLoader::*add)(const std::string&, const std::string&);
  std::string text;  // the real file
};

// Every content file. `editorial`: also editorial.json (only the build-time tool reads it).
inline std::vector<ContentFile> contentFiles(bool editorial) {
  namespace fs = std::filesystem;
  const fs::path dir = SAMENWIJS_CONTENT_DIR;
  std::vector<ContentFile> files = {
      {"sources.json", &ContentLoader::addSources, {}},
      {"themes.json", &ContentLoader::addThemes, {}},
      {"tags.json", &ContentLoader::addTags, {}},
      {"guided-start.json", &ContentLoader::addGuidedStart, {}},
      {"glossary.json", &ContentLoader::addGlossary, {}},
      {"synonyms.json", &ContentLoader::addSynonyms, {}},
      {"network/readiness.json", &ContentLoader::addNetworkReadiness, {}},
      {"network/kinds.json", &ContentLoader::addNetworkKinds, {}},
      {"network/map.json", &ContentLoader::addNetworkMap, {}},
      {"network/plan.json", &ContentLoader::addNetworkPlan, {}},
  };
  if (editorial) files.push_back({"editorial.json", &ContentLoader::addEditorialRules, {}});
  for (const char* folder : {"guides", "frameworks"}) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir / folder)) names.push_back(std::string(folder) + "/" + e.path().filename().string());
    std::sort(names.begin(), names.end());
    for (const auto& n : names) {
      files.push_back({n, folder == std::string("guides") ? &ContentLoader::addGuide : &ContentLoader::addFramework, {}});
    }
  }
  for (auto& f : files) f.text = readFile(dir / f.name);
  return files;
}

inline std::unique_ptr<Api> loadApi() {
  ContentLoader loader;
  for (const auto& f : contentFiles(false)) (loader.*f.add)(f.name, f.text);
  auto content = loader.finish();
  if (!content) std::abort();
  return std::make_unique<Api>(std::move(*content));
}

}  // namespace samenwijs::fuzzing

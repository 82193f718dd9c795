#pragma once
// Loads the real content for the fuzz targets (the content folder is compiled in).
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "samenwijs/api.hpp"
#include "samenwijs/content_loader.hpp"

namespace samenwijs::fuzzing {

inline std::string readFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::unique_ptr<Api> loadApi() {
  namespace fs = std::filesystem;
  const fs::path dir = SAMENWIJS_CONTENT_DIR;
  ContentLoader loader;
  loader.addSources("sources.json", readFile(dir / "sources.json"));
  loader.addThemes("themes.json", readFile(dir / "themes.json"));
  loader.addTags("tags.json", readFile(dir / "tags.json"));
  loader.addGuidedStart("guided-start.json", readFile(dir / "guided-start.json"));
  loader.addNetworkReadiness("readiness.json", readFile(dir / "network" / "readiness.json"));
  loader.addNetworkKinds("kinds.json", readFile(dir / "network" / "kinds.json"));
  loader.addNetworkMap("map.json", readFile(dir / "network" / "map.json"));
  loader.addNetworkPlan("plan.json", readFile(dir / "network" / "plan.json"));
  for (const auto& e : fs::directory_iterator(dir / "guides")) loader.addGuide(e.path().string(), readFile(e.path()));
  for (const auto& e : fs::directory_iterator(dir / "frameworks")) loader.addFramework(e.path().string(), readFile(e.path()));
  auto content = loader.finish();
  if (!content) std::abort();
  return std::make_unique<Api>(std::move(*content));
}

}  // namespace samenwijs::fuzzing

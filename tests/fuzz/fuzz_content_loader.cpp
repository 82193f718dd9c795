// libFuzzer target: the content loader (the build-time validator and the module's
// loadContent). The first byte picks which content file the rest replaces; every other
// file is the real one, so a mutation reaches deep into validation and the cross-file
// checks instead of stopping at the first missing file. Whatever loads must answer the
// overview; whatever does not must say why. Nothing may abort.
// Seeds: tests/fuzz/corpus/fuzz_content_loader (every real content file in its slot).
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "fuzz_content.hpp"

namespace {
namespace fs = std::filesystem;
using samenwijs::ContentLoader;

struct Slot {
  std::string name;  // file name relative to content/
  void (ContentLoader::*add)(const std::string&, const std::string&);
};

const std::vector<Slot>& slots() {
  static const std::vector<Slot> all = {
      {"sources.json", &ContentLoader::addSources},
      {"themes.json", &ContentLoader::addThemes},
      {"tags.json", &ContentLoader::addTags},
      {"guided-start.json", &ContentLoader::addGuidedStart},
      {"network/readiness.json", &ContentLoader::addNetworkReadiness},
      {"network/kinds.json", &ContentLoader::addNetworkKinds},
      {"network/map.json", &ContentLoader::addNetworkMap},
      {"network/plan.json", &ContentLoader::addNetworkPlan},
      {"guides/leraar.json", &ContentLoader::addGuide},
      {"guides/bestuurder.json", &ContentLoader::addGuide},
      {"guides/icoach.json", &ContentLoader::addGuide},
      {"guides/leernetwerken.json", &ContentLoader::addGuide},
      {"guides/lerende-organisatie.json", &ContentLoader::addGuide},
      {"guides/schoolleider.json", &ContentLoader::addGuide},
      {"frameworks/leraar.json", &ContentLoader::addFramework},
      {"frameworks/leidinggevende.json", &ContentLoader::addFramework},
  };
  return all;
}

const std::map<std::string, std::string>& realFiles() {
  static const std::map<std::string, std::string> files = [] {
    std::map<std::string, std::string> out;
    for (const Slot& s : slots()) out[s.name] = samenwijs::fuzzing::readFile(fs::path(SAMENWIJS_CONTENT_DIR) / s.name);
    return out;
  }();
  return files;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t pick = data[0] % (slots().size() + 1);
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  ContentLoader loader;
  if (pick == slots().size()) {
    loader.addBundle("content.bundle.json", text);  // the form the module loads
  } else {
    for (std::size_t i = 0; i < slots().size(); ++i) {
      const Slot& s = slots()[i];
      (loader.*s.add)(s.name, i == pick ? text : realFiles().at(s.name));
    }
  }
  auto content = loader.finish();
  if (!content) {
    if (loader.issues().size() == 0) std::abort();  // refused without a reason
    for (const auto& issue : loader.issues().all()) {
      if (issue.message.empty()) std::abort();
    }
    return 0;
  }
  const samenwijs::Api api(std::move(*content));
  const std::string overview = api.call("overview", "{}");
  if (overview.rfind("{\"ok\":true", 0) != 0) std::abort();
  return 0;
}

// libFuzzer target: the content loader (the build-time validator with the editorial
// checks, and the module's loadContent of the bundle). One file changes per input; every
// other file is the real one, so a mutation reaches deep into validation and the
// cross-file checks instead of stopping at the first missing file. Input:
//   line 1   which file: a name relative to content/ ("guides/leraar.json"), or
//            "content.bundle.json" for the bundle made from the real content
//   then either a JSON pointer on line 2 and a JSON value after it: the real file with
//            that value put at the pointer (an empty value removes it; text that is not
//            JSON is put as a string), so small seeds reach every field;
//   or       anything else: the whole file's text.
// Whatever loads must answer the overview; whatever does not must say why. Nothing may
// abort.
// Seeds: tests/fuzz/corpus/fuzz_content_loader (made by tests/fuzz/make-seeds.mjs).
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "fuzz_content.hpp"
#include "fuzz_patch.hpp"

namespace {
using samenwijs::ContentLoader;
using samenwijs::Json;
namespace fuzzing = samenwijs::fuzzing;
using fuzzing::changedText;

const std::vector<fuzzing::ContentFile>& files() {
  static const std::vector<fuzzing::ContentFile> all = fuzzing::contentFiles(true);
  return all;
}

const std::string& realBundle() {
  static const std::string bundle = [] {
    ContentLoader loader;
    for (const auto& f : files()) (loader.*f.add)(f.name, f.text);
    auto content = loader.finish();
    if (!content) std::abort();
    return samenwijs::toBundleJson(*content);
  }();
  return bundle;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const auto newline = input.find('\n');
  if (newline == std::string::npos) return 0;
  const std::string which = input.substr(0, newline);
  const std::string rest = input.substr(newline + 1);
  std::string text;
  if (which == "content.bundle.json") {
    // As the module loads it: a refusal is an error envelope that says why.
    if (!changedText(realBundle(), rest, text)) return 0;
    std::string envelope;
    auto api = samenwijs::makeApiFromBundle(text, envelope);
    if (!api) {
      const auto parsed = Json::parse(envelope, nullptr, false);
      if (parsed.is_discarded() || !parsed.contains("error") || !parsed["error"].is_object()) std::abort();
      return 0;
    }
    if (api->call("overview", "{}").rfind("{\"ok\":true", 0) != 0) std::abort();
    return 0;
  }
  ContentLoader loader;
  {
    bool found = false;
    for (const auto& f : files()) {
      if (f.name != which) continue;
      if (!changedText(f.text, rest, text)) return 0;
      found = true;
    }
    if (!found) return 0;
    // The editorial checks compare every pair of questions: only when the change is to a
    // file they read, so the other inputs run several times faster.
    const bool editorial = which == "editorial.json" || which == "sources.json" || which.rfind("guides/", 0) == 0;
    for (const auto& f : files()) {
      if (f.name == "editorial.json" && !editorial) continue;
      (loader.*f.add)(f.name, f.name == which ? text : f.text);
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
  if (api.call("overview", "{}").rfind("{\"ok\":true", 0) != 0) std::abort();
  return 0;
}

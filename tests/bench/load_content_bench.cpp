// loadContent natively: the work the module's loadContent does (wasm/bindings.cpp): the
// bundle parsed, validated and loaded into an Api, then the overview answer. Prints
// `name value unit` lines, medians of N runs, and where the time goes (CPU time per phase):
// reading and validating the bundle into the content model (ContentLoader), the lookups
// (ContentIndex), the search index on its own (SearchIndex), and the overview answer; plus
// nlohmann parsing the bundle into a DOM, and the core's own parser (parseJsonText), which
// replaced it in issue 15, for comparison.
//   samenwijs-load-content-bench BUNDLE_JSON [RUNS]
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>

#include "bench_support.hpp"
#include "samenwijs/api.hpp"
#include "samenwijs/content_loader.hpp"
#include "samenwijs/json_reader.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: samenwijs-load-content-bench BUNDLE_JSON [RUNS]\n";
    return 2;
  }
  const std::string bundle = bench::readAll(argv[1]);
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 9;
  bool ok = true;
  double ownParseCpu = 0, parseCpu = 0, loadCpu = 0, fullCpu = 0, readCpu = 0, indexCpu = 0, searchCpu = 0, overviewCpu = 0;
  bench::medianMs(runs, [&] { ok = ok && !samenwijs::Json::parse(bundle, nullptr, false).is_discarded(); }, parseCpu);
  bench::medianMs(runs, [&] { ok = ok && !samenwijs::parseJsonText(bundle).is_discarded(); }, ownParseCpu);
  auto read = [&] {
    samenwijs::ContentLoader loader;
    loader.addBundle("content.bundle.json", bundle);
    return loader.finish();
  };
  bench::medianMs(runs, [&] { ok = ok && read().has_value(); }, readCpu);
  const std::optional<samenwijs::Content> content = read();
  if (!content) {
    std::cerr << "the bundle did not load\n";
    return 1;
  }
  bench::medianMs(runs, [&] { samenwijs::ContentIndex index(*content); ok = ok && index.content().guides.size() > 0; }, indexCpu);
  bench::medianMs(runs, [&] { samenwijs::SearchIndex index(*content); ok = ok && !index.documents().empty(); }, searchCpu);
  {
    samenwijs::Api api(*content);
    bench::medianMs(runs, [&] { ok = ok && api.call("overview", "{}").rfind("{\"ok\":true", 0) == 0; }, overviewCpu);
  }
  bench::medianMs(runs, [&] {
    std::string error;
    auto api = samenwijs::makeApiFromBundle(bundle, error);
    ok = ok && api != nullptr;
  }, loadCpu);
  const double full = bench::medianMs(runs, [&] {
    std::string error;
    auto api = samenwijs::makeApiFromBundle(bundle, error);
    ok = ok && api && api->call("overview", "{}").rfind("{\"ok\":true", 0) == 0;
  }, fullCpu);
  if (!ok) {
    std::cerr << "the bundle did not load\n";
    return 1;
  }
  std::cout << "load_content_native " << full << " ms\n";
  std::cout << "load_content_native_cpu " << fullCpu << " ms\n";
  std::cout << "load_content_native_without_overview_cpu " << loadCpu << " ms\n";
  std::cout << "load_content_native_read_and_validate_cpu " << readCpu << " ms\n";
  std::cout << "load_content_native_content_index_cpu " << indexCpu << " ms\n";
  std::cout << "load_content_native_search_index_cpu " << searchCpu << " ms\n";
  std::cout << "load_content_native_overview_cpu " << overviewCpu << " ms\n";
  std::cout << "load_content_native_json_parse_cpu " << parseCpu << " ms\n";
  std::cout << "load_content_native_parse_json_text_cpu " << ownParseCpu << " ms\n";
  return 0;
}

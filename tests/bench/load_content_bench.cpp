// loadContent natively: the work the module's loadContent does (wasm/bindings.cpp): the
// bundle parsed, validated and loaded into an Api (the search index included), then the
// overview answer. Prints `name value unit` lines, medians of N runs, and the parts:
// nlohmann parsing alone, and loading without the overview.
//   samenwijs-load-content-bench BUNDLE_JSON [RUNS]
#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "samenwijs/api.hpp"
#include "samenwijs/json_reader.hpp"

namespace {

std::string readAll(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Median wall clock of `runs` runs; `cpu` gets the median CPU time (on a shared machine
// the wall clock also holds the time spent waiting for a core).
template <typename F>
double medianMs(int runs, F work, double& cpu) {
  std::vector<double> times, cpus;
  for (int r = 0; r < runs; ++r) {
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpuStart = std::clock();
    work();
    cpus.push_back(1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  std::sort(cpus.begin(), cpus.end());
  cpu = cpus[cpus.size() / 2];
  return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: samenwijs-load-content-bench BUNDLE_JSON [RUNS]\n";
    return 2;
  }
  const std::string bundle = readAll(argv[1]);
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 9;
  bool ok = true;
  double parseCpu = 0, loadCpu = 0, fullCpu = 0;
  medianMs(runs, [&] { ok = ok && !samenwijs::Json::parse(bundle, nullptr, false).is_discarded(); }, parseCpu);
  medianMs(runs, [&] {
    std::string error;
    auto api = samenwijs::makeApiFromBundle(bundle, error);
    ok = ok && api != nullptr;
  }, loadCpu);
  const double full = medianMs(runs, [&] {
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
  std::cout << "load_content_native_json_parse_cpu " << parseCpu << " ms\n";
  return 0;
}

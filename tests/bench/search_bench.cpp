// The search natively: building the index from the content, and the search call the page
// makes on every keystroke (API call with JSON in and out), for each query of a file typed
// letter by letter. Prints `name value unit` lines; tests/bench/search-bench.mjs runs the
// same queries in the wasm module and prints the ratio.
//   samenwijs-search-bench BUNDLE_JSON QUERIES_FILE [LIMIT]   (LIMIT: hits per answer, 25 as the page asks)
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <memory>
#include <vector>

#include "samenwijs/api.hpp"
#include "samenwijs/content_loader.hpp"
#include "samenwijs/search.hpp"
#include "bench_support.hpp"

namespace {

using bench::msSince;
using bench::readAll;

// Prefixes of a UTF-8 query, one per typed character.
std::vector<std::string> keystrokes(const std::string& q) {
  std::vector<std::string> out;
  for (std::size_t i = 1; i <= q.size(); ++i) {
    if (i == q.size() || (static_cast<unsigned char>(q[i]) & 0xC0) != 0x80) out.push_back(q.substr(0, i));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3 && argc != 4) {
    std::cerr << "gebruik: samenwijs-search-bench BUNDEL.json ZOEKVRAGEN.txt [AANTAL]\n";
    return 2;
  }
  const int limit = argc == 4 ? std::atoi(argv[3]) : 25;
  const std::string bundle = readAll(argv[1]);
  std::vector<std::string> queries;
  std::istringstream lines(readAll(argv[2]));
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line[0] != '#') queries.push_back(line);
  }
  samenwijs::ContentLoader loader;
  loader.addBundle("bundle", bundle);
  auto content = loader.finish();
  if (!content) {
    std::cerr << "de bundel is ongeldig\n";
    return 1;
  }
  std::vector<double> builds;
  for (int r = 0; r < 5; ++r) {
    const auto start = std::chrono::steady_clock::now();
    samenwijs::SearchIndex index(*content);
    builds.push_back(msSince(start));
  }
  std::sort(builds.begin(), builds.end());

  std::string error;
  const auto api = samenwijs::makeApiFromBundle(bundle, error);
  if (!api) {
    std::cerr << error << "\n";
    return 1;
  }
  std::vector<double> times, best;
  for (const auto& q : queries) {
    for (const auto& typed : keystrokes(q)) {
      const std::string args = samenwijs::Json{{"query", typed}, {"limit", limit}}.dump();
      // Once as typed (times), and the best of three (best), as the wasm benchmark does.
      double fastest = 1e300;
      for (int repeat = 0; repeat < 3; ++repeat) {
        const auto start = std::chrono::steady_clock::now();
        const std::string answer = api->call("search", args);
        const double ms = msSince(start);
        if (repeat == 0) times.push_back(ms);
        fastest = std::min(fastest, ms);
        if (answer.compare(0, 10, "{\"ok\":true") != 0) {
          std::cerr << "zoeken mislukt voor '" << typed << "'\n";
          return 1;
        }
      }
      best.push_back(fastest);
    }
  }
  std::sort(times.begin(), times.end());
  std::sort(best.begin(), best.end());
  const double p95 = times[times.size() * 95 / 100];
  std::printf("search_index_build_native %.2f ms\n", builds[builds.size() / 2]);
  std::printf("search_index_build_native_best %.2f ms\n", builds.front());
  std::printf("search_keystroke_p95_native %.3f ms\n", p95);
  std::printf("search_keystroke_median_native %.3f ms\n", times[times.size() / 2]);
  std::printf("search_keystroke_p95_native_best3 %.3f ms\n", best[best.size() * 95 / 100]);
  std::printf("search_keystrokes %zu count\n", times.size());
  return 0;
}

// Benchmark of the team overview at board scale: 100,000 result codes through the same
// API call the site makes. Prints `name value unit` lines; optionally writes the codes
// for the wasm benchmark (tests/bench/team-bench.mjs).
//   samenwijs-bench CONTENT_DIR [--write-codes FILE] [--count N]
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

#include "samenwijs/api.hpp"
#include "samenwijs/content_loader.hpp"
#include "samenwijs/result_code.hpp"

namespace fs = std::filesystem;

static std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: samenwijs-bench CONTENT_DIR [--write-codes FILE] [--count N]\n";
    return 2;
  }
  const fs::path dir = argv[1];
  std::string codesOut;
  std::size_t count = 100000;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--write-codes") codesOut = argv[i + 1];
    if (std::string(argv[i]) == "--count") count = std::stoul(argv[i + 1]);
  }
  samenwijs::ContentLoader loader;
  loader.addSources("sources.json", readFile(dir / "sources.json"));
  loader.addThemes("themes.json", readFile(dir / "themes.json"));
  loader.addTags("tags.json", readFile(dir / "tags.json"));
  for (const auto& e : fs::directory_iterator(dir / "guides")) loader.addGuide(e.path().string(), readFile(e.path()));
  for (const auto& e : fs::directory_iterator(dir / "frameworks")) loader.addFramework(e.path().string(), readFile(e.path()));
  auto content = loader.finish();
  if (!content) {
    std::cerr << "content invalid\n";
    return 1;
  }
  const samenwijs::Framework* fw = nullptr;
  for (const auto& f : content->frameworks) if (f.id == "leraar") fw = &f;

  std::mt19937 rng(20261123);
  std::uniform_int_distribution<int> level(0, 7);
  std::string text;
  text.reserve(count * 42);
  samenwijs::Answers answers(samenwijs::itemCount(*fw));
  for (std::size_t i = 0; i < count; ++i) {
    for (auto& a : answers) a = static_cast<std::uint8_t>(level(rng));
    text += samenwijs::encodeResult(*fw, answers);
    text += '\n';
  }
  if (!codesOut.empty()) std::ofstream(codesOut, std::ios::binary) << text;

  samenwijs::Api api(std::move(*content));
  const std::string args = samenwijs::dumpJson(samenwijs::Json{{"text", text}});
  std::vector<double> runs;
  for (int r = 0; r < 3; ++r) {
    const auto start = std::chrono::steady_clock::now();
    const std::string answer = api.call("team", args);
    const auto end = std::chrono::steady_clock::now();
    if (answer.find("\"shown\":true") == std::string::npos) {
      std::cerr << "unexpected answer\n";
      return 1;
    }
    runs.push_back(std::chrono::duration<double, std::milli>(end - start).count());
  }
  std::sort(runs.begin(), runs.end());
  std::cout << "aggregate_" << count << "_native " << runs[1] << " ms\n";
  std::cout << "aggregate_per_code_native " << runs[1] * 1000.0 / static_cast<double>(count) << " us\n";
  return 0;
}

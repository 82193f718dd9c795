// Benchmark of the team overview at board scale: 100,000 hand-in codes of one round, and a
// board overview of 200 schools' team codes, through the same API calls the site makes.
// Prints `name value unit` lines; optionally writes the inputs for the wasm benchmark
// (tests/bench/team-bench.mjs): the round code on the first line, then the hand-in codes;
// and the team codes, one per line.
//   samenwijs-bench CONTENT_DIR [--write-codes FILE] [--write-teamcodes FILE] [--count N]
#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

#include "samenwijs/api.hpp"
#include "samenwijs/content_loader.hpp"
#include "samenwijs/handin_code.hpp"
#include "samenwijs/team_code.hpp"

namespace fs = std::filesystem;

static std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Median of seven runs after one untimed run, wall clock; `cpu` gets the CPU time of that
// run (on a shared machine the wall clock also holds the time spent waiting for a core).
// Seven, not three: with three, one slow or fast neighbour on this 2-core machine moved the
// native median from 70 to 101 ms between runs of run.sh, and the ratio from 0.98 to 1.71 x.
// The untimed run: tests/bench/team-bench.mjs does the same, where it also compiles the
// module's code, so both sides time the same warm call.
template <typename F>
static double medianOfRuns(F run, double& cpu) {
  constexpr int timedRuns = 7;
  run();
  std::vector<std::pair<double, double>> runs;
  for (int r = 0; r < timedRuns; ++r) {
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpuStart = std::clock();
    run();
    runs.push_back({std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count(),
                    1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC});
  }
  std::sort(runs.begin(), runs.end());
  cpu = runs[timedRuns / 2].second;
  return runs[timedRuns / 2].first;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: samenwijs-bench CONTENT_DIR [--write-codes FILE] [--write-teamcodes FILE] [--count N]\n";
    return 2;
  }
  const fs::path dir = argv[1];
  std::string codesOut, teamCodesOut;
  std::size_t count = 100000;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--write-codes") codesOut = argv[i + 1];
    if (std::string(argv[i]) == "--write-teamcodes") teamCodesOut = argv[i + 1];
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
  samenwijs::Api api(std::move(*content));
  const samenwijs::Framework* fw = api.content().framework("leraar");

  std::mt19937_64 rng(20261201);
  samenwijs::Round round;
  round.id = rng() & 0xFFFFFFFFFFULL;
  round.framework = fw;
  const std::string roundCode = samenwijs::encodeRound(round);
  std::string text;
  text.reserve(count * 40);
  samenwijs::Answers answers(samenwijs::itemCount(*fw));
  for (std::size_t i = 0; i < count; ++i) {
    for (auto& a : answers) a = static_cast<std::uint8_t>(rng() % 8);
    samenwijs::SaltKey salt{};
    for (auto& b : salt) b = static_cast<std::uint8_t>(rng());
    text += samenwijs::encodeHandIn(samenwijs::makeHandIns(*fw, answers, round, salt)[0]);
    text += '\n';
  }
  if (!codesOut.empty()) std::ofstream(codesOut, std::ios::binary) << roundCode << '\n' << text;

  std::string teamCodes;
  for (int s = 0; s < 200; ++s) {
    samenwijs::TeamCode code;
    code.totals.reset(*fw);
    code.totals.round = rng() & 0xFFFFFFFFFFULL;
    code.totals.participants = 5 + rng() % 60;
    for (auto& c : code.totals.counts) c = rng() % (code.totals.participants / 6 + 1);
    code.school = "School " + std::to_string(s + 1);
    teamCodes += samenwijs::encodeTeamCode(code) + "\n";
  }
  if (!teamCodesOut.empty()) std::ofstream(teamCodesOut, std::ios::binary) << teamCodes;

  const std::string args = samenwijs::dumpJson(samenwijs::Json{{"round", roundCode}});
  double teamCpu = 0, boardCpu = 0;
  const double team = medianOfRuns([&] {
    if (api.call("team", args, text).find("\"shown\":true") == std::string::npos) std::abort();
  }, teamCpu);
  const double board = medianOfRuns([&] {
    if (api.call("board", "{}", teamCodes).find("\"shown\":true") == std::string::npos) std::abort();
  }, boardCpu);
  std::cout << "team_" << count << "_native " << team << " ms\n";
  std::cout << "team_" << count << "_native_cpu " << teamCpu << " ms\n";
  std::cout << "board_200_teamcodes_native " << board << " ms\n";
  return 0;
}

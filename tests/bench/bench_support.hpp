#pragma once
// Small helpers the native benchmarks share: reading a whole file and a median timer.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace bench {

inline std::string readAll(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline double msSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
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
    times.push_back(msSince(start));
  }
  std::sort(times.begin(), times.end());
  std::sort(cpus.begin(), cpus.end());
  cpu = cpus[cpus.size() / 2];
  return times[times.size() / 2];
}

}  // namespace bench

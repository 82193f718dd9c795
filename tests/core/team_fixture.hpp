#pragma once
// Shared by the team overview tests: rounds, device salts and hand-in codes made through
// the API, from simple answers (every item of a competence at one level).
#include <random>
#include <string>
#include <vector>

#include "samenwijs/api.hpp"
#include "samenwijs/zelfscan.hpp"
#include "test_support.hpp"

namespace team_test {

using samenwijs::Json;
using namespace samenwijs_test;

inline std::string hex(std::mt19937_64& rng, std::size_t bytes) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < bytes; ++i) {
    const auto b = static_cast<unsigned>(rng() & 0xFF);
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return out;
}

// A round code made through the API.
inline std::string startRound(std::mt19937_64& rng, int collectors = 1, int minGroupSize = 5,
                              const std::string& framework = "leraar") {
  return okValueOf("roundStart", {{"framework", framework}, {"collectors", collectors}, {"minGroupSize", minGroupSize},
                                  {"random", hex(rng, 5)}})["code"].get<std::string>();
}

// Answers {item id: level} with every item of competence k at levels[k % size].
inline Json answersJson(const samenwijs::Framework& fw, const std::vector<int>& levels) {
  Json answers = Json::object();
  std::size_t k = 0;
  for (const auto& d : fw.domains) {
    for (const auto& c : d.competences) {
      for (const auto& item : c.items) answers[item.id] = levels[k % levels.size()];
      ++k;
    }
  }
  return answers;
}

// The hand-in code(s) of one device (salt) for a round.
inline std::vector<std::string> handIn(const std::string& round, const std::string& salt, const Json& answers) {
  std::vector<std::string> codes;
  const Json value = okValueOf("handin", {{"round", round}, {"salt", salt}, {"answers", answers}});
  for (const auto& c : value["codes"]) {
    codes.push_back(c["code"].get<std::string>());
  }
  return codes;
}

inline std::string lines(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) out += c + "\n";
  return out;
}

// A competence's counts per level in a picture.
inline std::vector<long long> countsOf(const Json& picture, std::size_t competence) {
  return picture["competences"][competence]["counts"].get<std::vector<long long>>();
}

}  // namespace team_test

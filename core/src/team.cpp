#include "samenwijs/team.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "samenwijs/json_reader.hpp"

namespace samenwijs {

int Distribution::n() const {
  int total = 0;
  for (int c : counts) total += c;
  return total;
}

std::optional<double> Distribution::mean() const {
  const int people = n();
  if (people == 0) return std::nullopt;
  return sum / people;
}

void Distribution::add(double score) {
  ++counts[static_cast<std::size_t>(levelOf(score) - 1)];
  sum += score;
  if (histogram.empty()) histogram.assign(6 * kSteps + 1, 0);
  ++histogram[static_cast<std::size_t>(std::lround(score * kSteps))];
}

std::optional<double> Distribution::median() const {
  const int people = n();
  if (people == 0) return std::nullopt;
  // The middle person (or the two middle people) walking up the histogram.
  const int lowRank = (people - 1) / 2, highRank = people / 2;
  int seen = 0;
  std::optional<double> low;
  for (std::size_t step = 0; step < histogram.size(); ++step) {
    seen += histogram[step];
    if (!low && seen > lowRank) low = static_cast<double>(step) / kSteps;
    if (seen > highRank) return (*low + static_cast<double>(step) / kSteps) / 2;
  }
  return low;
}

namespace {

// The code inside a result file, or a reason why there is none.
std::string codeFromFile(const std::string& text, std::string& reason) {
  const Json file = Json::parse(text, nullptr, false);
  if (file.is_discarded() || !file.is_object() || !file.contains("format") || file["format"] != "samenwijs-zelfscan") {
    reason = "Dit bestand is geen resultaatbestand van een Samenwijs-zelfscan.";
    return {};
  }
  if (!file.contains("code") || !file["code"].is_string()) {
    reason = "In dit resultaatbestand ontbreekt de resultaatcode.";
    return {};
  }
  return file["code"].get<std::string>();
}

void reject(TeamSet& set, std::string label, std::string reason, std::string code) {
  ++set.rejectedCount;
  if (set.rejected.size() < kMaxRejectionsListed) set.rejected.push_back({std::move(label), std::move(reason), std::move(code)});
}

void add(TeamSet& set, const Framework& fw, const Answers& answers) {
  // A light version of computeProfile: only the sums this picture needs.
  std::size_t i = 0, c = 0;
  for (std::size_t d = 0; d < fw.domains.size(); ++d) {
    double domainSum = 0;
    int scored = 0;
    for (const auto& competence : fw.domains[d].competences) {
      int answered = 0, sum = 0;
      for (std::size_t k = 0; k < competence.items.size(); ++k, ++i) {
        const std::uint8_t a = answers[i];
        if (a >= 1 && a <= 6) {
          ++answered;
          sum += a;
        }
      }
      Distribution& dist = set.competences[c++];
      if (answered >= fw.minimumAnswered && answered > 0) {
        const double score = static_cast<double>(sum) / answered;
        dist.add(score);
        domainSum += score;
        ++scored;
      } else {
        ++dist.tooFew;
      }
    }
    Distribution& dd = set.domains[d];
    if (scored > 0) {
      dd.add(domainSum / scored);
    } else {
      ++dd.tooFew;
    }
  }
}

}  // namespace

namespace {
// Calls visit(code, label) for every non-empty pasted line and every file's code(s); an
// unreadable file is reported through `badFile(name, reason)`.
template <typename Visit, typename BadFile>
void forEachCode(const std::string& pasted, const std::vector<TeamFile>& files, std::vector<std::string>& fileCodes,
                 Visit visit, BadFile badFile) {
  auto eachLine = [&](std::string_view text, const std::string& prefix) {
    std::size_t start = 0, line = 1;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      const std::string_view row = text.substr(start, end - start);
      if (row.find_first_not_of(" \t\r") != std::string_view::npos) {
        visit(row, [&] { return prefix + "regel " + std::to_string(line); });
      }
      start = end + 1;
      ++line;
    }
  };
  eachLine(pasted, "");
  fileCodes.clear();
  fileCodes.reserve(files.size());
  for (const auto& file : files) {
    const auto first = file.text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
      badFile(file.name, "Dit bestand is leeg.");
      continue;
    }
    if (file.text[first] != '{') {
      eachLine(file.text, file.name + ", ");  // a list of codes, one per line
      continue;
    }
    std::string reason;
    fileCodes.push_back(codeFromFile(file.text, reason));
    if (fileCodes.back().empty()) {
      badFile(file.name, reason);
      continue;
    }
    visit(fileCodes.back(), [&] { return file.name; });
  }
}
}  // namespace

TeamSet aggregateTeam(const std::vector<Framework>& frameworks, const std::string& pasted,
                      const std::vector<TeamFile>& files, const std::string& framework) {
  TeamSet set;
  const ResultDecoder decoder(frameworks);
  std::vector<std::string> fileCodes;
  Answers answers;

  // Without a chosen framework, the one most codes belong to: a single stray code of the
  // other self-assessment must not decide for the whole team.
  std::string expected = framework;
  if (expected.empty()) {
    std::vector<int> counts(frameworks.size(), 0);
    std::unordered_set<std::string_view> counted;  // a code handed in twice is one person
    forEachCode(pasted, files, fileCodes, [&](std::string_view code, const auto&) {
      const Framework* fw = nullptr;
      if (decoder.decode(code, "", fw, answers) != DecodeError::None) return;
      const auto first = code.find_first_not_of(" \t\r\n");
      const auto last = code.find_last_not_of(" \t\r\n");
      if (counted.insert(code.substr(first, last - first + 1)).second) ++counts[static_cast<std::size_t>(fw - frameworks.data())];
    }, [](const std::string&, const std::string&) {});
    const auto best = std::max_element(counts.begin(), counts.end());
    if (best != counts.end() && *best > 0) expected = frameworks[static_cast<std::size_t>(best - counts.begin())].id;
  }

  // Valid codes are canonical (the decoder rejects stray padding bits), so equal trimmed
  // texts are exact duplicates. Views point into `pasted` and `fileCodes`, alive until return.
  std::unordered_set<std::string_view> seen;
  seen.reserve(pasted.size() / 40 + files.size());
  forEachCode(pasted, files, fileCodes, [&](std::string_view code, const auto& label) {
    const Framework* fw = nullptr;
    const DecodeError error = decoder.decode(code, expected, fw, answers);
    if (error != DecodeError::None) {
      reject(set, label(), decoder.message(error, code, expected), decodeErrorCode(error));
      return;
    }
    if (!set.framework) {
      set.framework = fw;
      std::size_t competences = 0;
      for (const auto& d : fw->domains) competences += d.competences.size();
      set.competences.assign(competences, Distribution{});
      set.domains.assign(fw->domains.size(), Distribution{});
    }
    const auto first = code.find_first_not_of(" \t\r\n");
    const auto last = code.find_last_not_of(" \t\r\n");
    if (!seen.insert(code.substr(first, last - first + 1)).second) {
      ++set.duplicates;
      return;
    }
    ++set.accepted;
    add(set, *set.framework, answers);
  }, [&](const std::string& name, const std::string& reason) { reject(set, name, reason, "file_invalid"); });
  return set;
}

}  // namespace samenwijs

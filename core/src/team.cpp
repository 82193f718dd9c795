#include "samenwijs/team.hpp"

#include <algorithm>

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

std::optional<double> Distribution::median() const {
  if (scores.empty()) return std::nullopt;
  std::vector<float> sorted = scores;
  const std::size_t mid = sorted.size() / 2;
  std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(mid), sorted.end());
  if (sorted.size() % 2 == 1) return sorted[mid];
  const float upper = sorted[mid];
  const float lower = *std::max_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(mid));
  return (static_cast<double>(lower) + upper) / 2;
}

std::vector<TeamEntry> entriesFromText(const std::string& text) {
  std::vector<TeamEntry> entries;
  std::size_t start = 0, line = 1;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string row = text.substr(start, end - start);
    const auto first = row.find_first_not_of(" \t\r");
    if (first != std::string::npos) {
      const auto last = row.find_last_not_of(" \t\r");
      entries.push_back({"regel " + std::to_string(line), row.substr(first, last - first + 1), false});
    }
    start = end + 1;
    ++line;
  }
  return entries;
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

void reject(TeamSet& set, const TeamEntry& entry, std::string reason, std::string code) {
  ++set.rejectedCount;
  if (set.rejected.size() < kMaxRejectionsListed) set.rejected.push_back({entry.label, std::move(reason), std::move(code)});
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
        ++dist.counts[static_cast<std::size_t>(levelOf(score) - 1)];
        dist.sum += score;
        dist.scores.push_back(static_cast<float>(score));
        domainSum += score;
        ++scored;
      } else {
        ++dist.tooFew;
      }
    }
    Distribution& dd = set.domains[d];
    if (scored > 0) {
      const double score = domainSum / scored;
      ++dd.counts[static_cast<std::size_t>(levelOf(score) - 1)];
      dd.sum += score;
      dd.scores.push_back(static_cast<float>(score));
    } else {
      ++dd.tooFew;
    }
  }
}

}  // namespace

TeamSet aggregateTeam(const std::vector<Framework>& frameworks, const std::vector<TeamEntry>& entries,
                      const std::string& framework) {
  TeamSet set;
  std::unordered_set<std::string> seen;
  seen.reserve(entries.size());
  for (const auto& entry : entries) {
    std::string code = entry.text;
    if (entry.isFile) {
      std::string reason;
      code = codeFromFile(entry.text, reason);
      if (code.empty()) {
        reject(set, entry, reason, "file_invalid");
        continue;
      }
    }
    const std::string expected = !framework.empty() ? framework : set.framework ? set.framework->id : std::string();
    DecodedResult decoded = decodeResult(frameworks, code, expected);
    if (decoded.error != DecodeError::None) {
      reject(set, entry, decoded.message, decodeErrorCode(decoded.error));
      continue;
    }
    if (!set.framework) {
      set.framework = decoded.framework;
      std::size_t competences = 0;
      for (const auto& d : set.framework->domains) competences += d.competences.size();
      set.competences.assign(competences, Distribution{});
      set.domains.assign(set.framework->domains.size(), Distribution{});
    }
    // Exact duplicates: the same code handed in twice counts once. Compare the canonical
    // code, so whitespace around a pasted code does not matter.
    if (!seen.insert(encodeResult(*decoded.framework, decoded.answers)).second) {
      ++set.duplicates;
      continue;
    }
    ++set.accepted;
    add(set, *set.framework, decoded.answers);
  }
  return set;
}

}  // namespace samenwijs

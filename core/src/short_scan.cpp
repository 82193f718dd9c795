#include "samenwijs/short_scan.hpp"

#include "samenwijs/zelfscan.hpp"

namespace samenwijs {

std::optional<std::vector<std::uint8_t>> shortScanLevels(const Framework& fw, const Json& answers, std::string& problem) {
  if (!answers.is_object()) {
    problem = "De antwoorden van de korte scan ontbreken.";
    return std::nullopt;
  }
  std::vector<std::uint8_t> levels, domainLevels;
  std::vector<std::string> open;
  std::size_t known = 0;
  bool anyLevel = false;
  for (const auto& d : fw.domains) {
    int sum = 0, scored = 0;
    for (const auto& c : d.competences) {
      const auto it = answers.find(c.id);
      int level = -1;
      if (it != answers.end()) {
        ++known;
        if (it->is_number_integer() && it->get<std::int64_t>() >= 0 && it->get<std::int64_t>() <= 6) level = it->get<int>();
      }
      if (level < 0) {
        open.push_back(c.title);
        level = 0;
      }
      levels.push_back(static_cast<std::uint8_t>(level));
      if (level > 0) {
        sum += level;
        ++scored;
        anyLevel = true;
      }
    }
    domainLevels.push_back(scored ? static_cast<std::uint8_t>(levelOf(static_cast<double>(sum) / scored)) : 0);
  }
  if (known != answers.size()) {
    problem = "Deze antwoorden horen niet bij deze zelfscan.";
    return std::nullopt;
  }
  if (!open.empty()) {
    problem = "Kies bij elke competentie een niveau, of “niet van toepassing / weet ik niet”. Nog open: ";
    for (std::size_t i = 0; i < open.size() && i < 3; ++i) problem += (i ? ", " : "") + open[i];
    problem += open.size() > 3 ? " en nog " + std::to_string(open.size() - 3) + "." : ".";
    return std::nullopt;
  }
  if (!anyLevel) {
    problem = "Kies bij minstens één competentie een niveau. Zonder niveau telt de korte scan niet mee.";
    return std::nullopt;
  }
  levels.insert(levels.end(), domainLevels.begin(), domainLevels.end());
  return levels;
}

}  // namespace samenwijs

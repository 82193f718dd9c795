// Metrics of a personal network map; see network_metrics.hpp.
#include "samenwijs/network_metrics.hpp"

#include <cmath>
#include <map>

#include "samenwijs/text_fold.hpp"

namespace samenwijs {
namespace {

int percent(double part, double whole) { return whole > 0 ? static_cast<int>(std::lround(100.0 * part / whole)) : 0; }

std::string plural(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

std::string oneDecimal(double v) {
  const long tenths = std::lround(v * 10);
  return std::to_string(tenths / 10) + (tenths % 10 ? "," + std::to_string(tenths % 10) : "");
}

std::string names(const NetworkMap& map, const std::vector<std::size_t>& list) {
  std::string out;
  for (std::size_t k = 0; k < list.size(); ++k) {
    if (k > 0) out += k + 1 == list.size() ? " en " : ", ";
    out += map.ties[list[k]].name;
  }
  return out;
}

}  // namespace

MapMetrics analyseMap(const NetworkMap& map, const std::vector<BoundaryMechanism>& mechanisms) {
  MapMetrics m;
  const auto& ties = map.ties;
  m.reach = static_cast<int>(ties.size());
  std::map<std::string, int> circleSizes;
  int total = 0;
  for (std::size_t i = 0; i < ties.size(); ++i) {
    const Tie& t = ties[i];
    const int s = tieStrength(t);
    const std::string cls = strengthClass(s);
    total += s;
    (t.kind == "organisation" ? m.organisations : m.people)++;
    ++circleSizes[(t.inside ? "in:" : "uit:") + foldText(t.circle)];
    (cls == "strong" ? m.strong : cls == "medium" ? m.medium : m.weak)++;
    if (t.inside) {
      ++m.inside;
      m.strengthInside += s;
      m.strongInside += cls == "strong" ? 1 : 0;
    } else {
      ++m.outside;
      m.strengthOutside += s;
      m.strongOutside += cls == "strong" ? 1 : 0;
      if (s >= 6) m.boundaryCrossers.push_back(i);
    }
  }
  m.circles = static_cast<int>(circleSizes.size());
  double sameCircle = 0;
  for (const auto& [key, n] : circleSizes) sameCircle += std::pow(static_cast<double>(n) / std::max(1, m.reach), 2);
  m.diversityPercent = m.reach > 0 ? static_cast<int>(std::lround(100 * (1 - sameCircle))) : 0;
  for (const auto& mech : mechanisms) {
    MapMetrics::Offer offer{&mech, {}};
    for (std::size_t i : m.boundaryCrossers) {
      if (ties[i].frequency >= mech.minFrequency && ties[i].involvement >= mech.minInvolvement) offer.ties.push_back(i);
    }
    m.offers.push_back(std::move(offer));
  }
  m.degree.assign(ties.size(), 0);
  for (const auto& [a, b] : map.links) {
    ++m.degree[a];
    ++m.degree[b];
  }
  m.links = static_cast<int>(map.links.size());
  const double pairs = m.reach * (m.reach - 1) / 2.0;
  m.densityPercent = percent(m.links, pairs);
  if (m.links > 0) {
    for (int d : m.degree) m.onlyThroughYou += d == 0 ? 1 : 0;
  }
  if (m.reach == 0) return m;

  m.averageStrength = static_cast<double>(total) / m.reach;
  // Closed or open by where the strength of the ties lies, not by head count.
  m.insideSharePercent = percent(m.strengthInside, total);
  m.character = m.insideSharePercent >= kClosedFromInsideShare ? "closed"
                : m.insideSharePercent <= kOpenUpToInsideShare ? "open"
                                                               : "mixed";

  auto add = [&](const char* id, const char* title, std::string text) { m.conclusions.push_back({id, title, std::move(text)}); };
  add("reach", "Reikwijdte",
      "Je kaart telt " + plural(m.reach, "contact", "contacten") + ": " + plural(m.people, "persoon", "personen") + " en " +
          plural(m.organisations, "organisatie", "organisaties") + ", " + std::to_string(m.inside) + " binnen en " +
          std::to_string(m.outside) + " buiten je school.");
  add("strength", "Kracht van de banden",
      std::to_string(m.strong) + " sterk, " + std::to_string(m.medium) + " middelsterk en " + std::to_string(m.weak) +
          " zwak. De gemiddelde sterkte is " + oneDecimal(m.averageStrength) + " op 25 (hoe vaak maal hoe betrokken).");
  const char* characterTitle = m.character == "closed" ? "Vooral gesloten" : m.character == "open" ? "Vooral open" : "Gemengd";
  add("character", characterTitle,
      std::to_string(m.insideSharePercent) + "% van de kracht van je banden ligt binnen je school (sterkte " +
          std::to_string(m.strengthInside) + " binnen, " + std::to_string(m.strengthOutside) + " buiten). Sterke banden: " +
          std::to_string(m.strongInside) + " binnen, " + std::to_string(m.strongOutside) + " buiten.");
  add("diversity", "Verscheidenheid",
      "Je contacten zitten in " + plural(m.circles, "kring", "kringen") + ". De kans dat twee willekeurige contacten uit een andere kring komen, is " +
          std::to_string(m.diversityPercent) + "%.");
  std::string crossing = plural(static_cast<int>(m.boundaryCrossers.size()), "band", "banden") +
                         " over de grens van je school is minstens middelsterk";
  if (m.boundaryCrossers.size() != 1) crossing.replace(crossing.find(" is "), 4, " zijn ");
  crossing += m.boundaryCrossers.empty() ? "." : ": " + names(map, m.boundaryCrossers) + ".";
  add("boundary", "Over de grens", crossing);
  if (m.links > 0) {
    add("links", "Wie kent wie",
        plural(m.links, "paar", "paren") + " van je contacten " + (m.links == 1 ? "kent" : "kennen") + " elkaar: " + std::to_string(m.densityPercent) +
            "% van alle mogelijke paren. " + plural(m.onlyThroughYou, "contact kent", "contacten kennen") +
            " niemand anders op je kaart: die verbind jij met de rest.");
  }
  return m;
}

}  // namespace samenwijs

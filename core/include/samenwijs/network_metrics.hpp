#pragma once
// What a personal network map says, from seed 003 (Professionele netwerken): reach, tie
// strength (frequency x emotional involvement), open or closed by where the strength of the
// ties lies, diversity, boundary-crossing ties and what they can offer, and how tightly the
// contacts know each other. Every conclusion carries the numbers it rests on.
#include <string>
#include <vector>

#include "samenwijs/network.hpp"
#include "samenwijs/network_model.hpp"

namespace samenwijs {

// A conclusion in plain Dutch with the numbers behind it.
struct MapConclusion {
  std::string id, title, text;
};

struct MapMetrics {
  int reach = 0, people = 0, organisations = 0, inside = 0, outside = 0;
  int circles = 0;          // groups: inside/outside + the circle label (case folded)
  int diversityPercent = 0;  // chance that two random contacts are in different circles (Blau), 0..100
  int strong = 0, medium = 0, weak = 0;
  double averageStrength = 0;
  int strengthInside = 0, strengthOutside = 0;  // sums of tie strength
  int strongInside = 0, strongOutside = 0;
  int insideSharePercent = 0;  // share of all tie strength that lies inside the school
  std::string character;       // "closed", "open", "mixed"; "" for an empty map
  std::vector<std::size_t> boundaryCrossers;  // outside ties of at least medium strength
  struct Offer {
    const BoundaryMechanism* mechanism = nullptr;
    std::vector<std::size_t> ties;  // boundary crossers strong enough for it
  };
  std::vector<Offer> offers;  // per mechanism in content order
  int links = 0, densityPercent = 0;   // pairs of contacts who know each other, of all pairs
  std::vector<int> degree;             // per contact: how many of the others it knows
  int onlyThroughYou = 0;              // contacts who know none of the others (when links exist)
  std::vector<MapConclusion> conclusions;
};

// Character thresholds on the share of tie strength inside the school.
inline constexpr int kClosedFromInsideShare = 70;
inline constexpr int kOpenUpToInsideShare = 40;

MapMetrics analyseMap(const NetworkMap& map, const std::vector<BoundaryMechanism>& mechanisms);

}  // namespace samenwijs

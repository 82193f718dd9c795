// The personal network map: metrics from seed 003 (tie strength = frequency x involvement,
// open or closed by where the strength lies, diversity, boundary crossing and what it
// offers, who knows whom) and the layout (no two labels or nodes overlap, everything inside
// the view box, circles together, stronger ties closer), for 10, 30 and 60 contacts.
#define BOOST_TEST_MODULE network_map
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "samenwijs/network_layout.hpp"
#include "samenwijs/network_metrics.hpp"
#include "test_support.hpp"

using samenwijs::Json;
using samenwijs::NetworkMap;
using samenwijs::Tie;
using namespace samenwijs_test;

namespace {

Tie tie(const std::string& name, bool inside, const std::string& circle, int f, int i, const std::string& kind = "person") {
  Tie t;
  t.name = name;
  t.kind = kind;
  t.circle = circle;
  t.inside = inside;
  t.frequency = f;
  t.involvement = i;
  return t;
}

samenwijs::MapMetrics metrics(const NetworkMap& m) { return samenwijs::analyseMap(m, content().network.mechanisms); }

const samenwijs::MapConclusion& conclusion(const samenwijs::MapMetrics& m, const std::string& id) {
  for (const auto& c : m.conclusions) {
    if (c.id == id) return c;
  }
  BOOST_FAIL("no conclusion " << id);
  return m.conclusions.front();
}

// A realistic map of `n` contacts: names of varying length, 6 circles inside and outside,
// all strengths, and ties between neighbours in a circle.
NetworkMap bigMap(std::size_t n) {
  const char* circles[] = {"eigen team", "bouw onderbouw", "ict-werkgroep", "pabo", "bestuur", "netwerk formatief"};
  const char* names[] = {"Anna", "Bram de Vries", "Collega groep 5", "Dewi", "Intern begeleider", "Mo", "Stichting Leerkracht",
                         "Wouter Willemsen", "Zoë", "PABO Windesheim", "IB-netwerk regio Oost", "Jet"};
  NetworkMap m;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t c = (i * 7) % 6;
    m.ties.push_back(tie(std::string(names[i % 12]) + " " + std::to_string(i + 1), c < 3, circles[c], static_cast<int>(1 + (i * 3) % 5),
                         static_cast<int>(1 + (i * 2 + 1) % 5), i % 9 == 4 ? "organisation" : "person"));
    if (i >= 6) m.links.emplace_back(i - 6, i);  // same circle: (i - 6) * 7 % 6 == i * 7 % 6
  }
  return m;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(metrics_from_the_sources)

// Issue case 1: 20 strong ties, all inside the school, in 5 circles. The strength lies
// inside: closed (the old head-count rule said "mixed" because of the circles).
BOOST_AUTO_TEST_CASE(twenty_strong_ties_inside_in_five_circles_is_closed) {
  NetworkMap m;
  for (int i = 0; i < 20; ++i) m.ties.push_back(tie("c" + std::to_string(i), true, "kring " + std::to_string(i % 5), 4, 4));
  const auto a = metrics(m);
  BOOST_CHECK_EQUAL(a.character, "closed");
  BOOST_CHECK_EQUAL(a.insideSharePercent, 100);
  BOOST_CHECK_EQUAL(a.strongInside, 20);
  BOOST_CHECK_EQUAL(a.strongOutside, 0);
  BOOST_CHECK_EQUAL(a.circles, 5);
  BOOST_CHECK_EQUAL(a.diversityPercent, 80);  // 1 - 5 x (1/5)^2
  BOOST_CHECK(a.boundaryCrossers.empty());
  // The conclusion carries its numbers.
  const std::string text = conclusion(a, "character").text;
  BOOST_TEST(contains(text, "100%"));
  BOOST_TEST(contains(text, "sterkte 320 binnen, 0 buiten"));
  BOOST_CHECK_EQUAL(conclusion(a, "character").title, "Vooral gesloten");
}

// Issue case 2: 7 weak ties inside and 3 very strong ones outside. Most heads are inside,
// but the strength lies outside: open, not "closed, gives trust".
BOOST_AUTO_TEST_CASE(seven_weak_inside_three_very_strong_outside_is_open) {
  NetworkMap m;
  for (int i = 0; i < 7; ++i) m.ties.push_back(tie("binnen" + std::to_string(i), true, "team", 1, 2));
  for (int i = 0; i < 3; ++i) m.ties.push_back(tie("buiten" + std::to_string(i), false, "regio", 5, 5));
  const auto a = metrics(m);
  BOOST_CHECK_EQUAL(a.inside, 7);
  BOOST_CHECK_EQUAL(a.strengthInside, 14);
  BOOST_CHECK_EQUAL(a.strengthOutside, 75);
  BOOST_CHECK_EQUAL(a.insideSharePercent, 16);  // 14 / 89
  BOOST_CHECK_EQUAL(a.character, "open");
  BOOST_CHECK_EQUAL(a.weak, 7);
  BOOST_CHECK_EQUAL(a.strong, 3);
  BOOST_CHECK_EQUAL(a.boundaryCrossers.size(), 3u);
  // Strength 25 = frequency 5 x involvement 5: every mechanism is on offer.
  BOOST_REQUIRE_EQUAL(a.offers.size(), 4u);
  for (const auto& o : a.offers) BOOST_CHECK_EQUAL(o.ties.size(), 3u);
  BOOST_TEST(contains(conclusion(a, "character").text, "16%"));
  BOOST_TEST(contains(conclusion(a, "boundary").text, "3 banden"));
}

BOOST_AUTO_TEST_CASE(character_thresholds_on_the_strength_share) {
  auto character = [](int insideStrength, int outsideStrength) {
    NetworkMap m;
    m.ties.push_back(tie("in", true, "a", 1, insideStrength));
    m.ties.push_back(tie("uit", false, "b", 1, outsideStrength));
    return metrics(m).character;
  };
  // 70% inside is closed, 40% or less is open, between is mixed.
  BOOST_CHECK_EQUAL(character(5, 2), "closed");  // 71%
  BOOST_CHECK_EQUAL(character(2, 1), "mixed");   // 67%
  BOOST_CHECK_EQUAL(character(2, 3), "open");    // 40%
  BOOST_CHECK_EQUAL(character(3, 4), "mixed");   // 43%
  BOOST_CHECK_EQUAL(metrics(NetworkMap{}).character, "");
}

BOOST_AUTO_TEST_CASE(tie_strength_is_frequency_times_involvement) {
  BOOST_CHECK_EQUAL(samenwijs::tieStrength(tie("a", true, "", 2, 3)), 6);
  BOOST_CHECK_EQUAL(samenwijs::tieStrength(tie("a", true, "", 5, 5)), 25);
  BOOST_CHECK_EQUAL(samenwijs::tieStrength(tie("a", true, "", 1, 1)), 1);
}

BOOST_AUTO_TEST_CASE(what_boundary_crossing_ties_offer) {
  // Thresholds from content/network/map.json: coordination needs frequency >= 3,
  // reflection involvement >= 3, transformation both >= 4; identification any crosser.
  NetworkMap m;
  m.ties = {tie("vaak, weinig betrokken", false, "x", 5, 2), tie("zelden, heel betrokken", false, "y", 2, 5),
            tie("sterk", false, "z", 4, 4), tie("zwak buiten", false, "z", 1, 2), tie("binnen", true, "t", 5, 5)};
  const auto a = metrics(m);
  BOOST_CHECK((a.boundaryCrossers == std::vector<std::size_t>{0, 1, 2}));  // not the weak one, not the inside one
  std::map<std::string, std::vector<std::size_t>> offers;
  for (const auto& o : a.offers) offers[o.mechanism->id] = o.ties;
  BOOST_CHECK((offers["netwerk-kaart-identificatie"] == std::vector<std::size_t>{0, 1, 2}));
  BOOST_CHECK((offers["netwerk-kaart-coordinatie"] == std::vector<std::size_t>{0, 2}));
  BOOST_CHECK((offers["netwerk-kaart-reflectie"] == std::vector<std::size_t>{1, 2}));
  BOOST_CHECK((offers["netwerk-kaart-transformatie"] == std::vector<std::size_t>{2}));
}

BOOST_AUTO_TEST_CASE(reach_diversity_and_who_knows_whom) {
  NetworkMap m;
  m.ties = {tie("A", true, "team", 3, 3), tie("B", true, "Team", 3, 3), tie("C", false, "pabo", 2, 2, "organisation"),
            tie("D", false, "regio", 1, 1)};
  m.links = {{0, 1}, {1, 2}};
  const auto a = metrics(m);
  BOOST_CHECK_EQUAL(a.reach, 4);
  BOOST_CHECK_EQUAL(a.people, 3);
  BOOST_CHECK_EQUAL(a.organisations, 1);
  BOOST_CHECK_EQUAL(a.circles, 3);             // team and Team are one circle
  BOOST_CHECK_EQUAL(a.diversityPercent, 63);   // 1 - (0.5^2 + 0.25^2 + 0.25^2) = 0.625
  BOOST_CHECK_EQUAL(a.links, 2);
  BOOST_CHECK_EQUAL(a.densityPercent, 33);     // 2 of 6 pairs
  BOOST_CHECK((a.degree == std::vector<int>{1, 2, 1, 0}));
  BOOST_CHECK_EQUAL(a.onlyThroughYou, 1);
  BOOST_TEST(contains(conclusion(a, "links").text, "2 paren"));
  BOOST_TEST(contains(conclusion(a, "reach").text, "4 contacten"));
  BOOST_TEST(contains(conclusion(a, "strength").text, "5,8 op 25"));  // (9 + 9 + 4 + 1) / 4 = 5.75
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(layout)

void checkLayout(const NetworkMap& m) {
  const auto L = samenwijs::layoutMap(m);
  BOOST_REQUIRE_EQUAL(L.nodes.size(), m.ties.size());
  std::vector<samenwijs::Box> boxes;
  for (std::size_t i = 0; i < L.nodes.size(); ++i) {
    const auto& v = L.nodes[i];
    BOOST_TEST_CONTEXT(m.ties[i].name) {
      BOOST_TEST(!v.label.empty(), "every contact has a label");
      const samenwijs::Box node{v.x - L.nodeRadius, v.y - L.nodeRadius, 2 * L.nodeRadius, 2 * L.nodeRadius};
      for (const auto& b : {node, v.labelBox}) {
        BOOST_TEST(b.x >= 0);
        BOOST_TEST(b.y >= 0);
        BOOST_TEST(b.x + b.w <= L.width);
        BOOST_TEST(b.y + b.h <= L.height);
      }
      // The label box is at least as wide as the text estimate: no clipping against it.
      BOOST_TEST(v.labelBox.w >= samenwijs::estimateTextWidth(v.label, L.fontSize) - 1e-9);
      boxes.push_back(node);
      boxes.push_back(v.labelBox);
    }
  }
  for (const auto& g : L.groups) {
    BOOST_TEST(!g.label.empty(), "every circle has its name on the map");
    boxes.push_back(g.labelBox);
    BOOST_TEST(g.labelBox.x >= 0);
    BOOST_TEST(g.labelBox.x + g.labelBox.w <= L.width);
  }
  for (std::size_t a = 0; a < boxes.size(); ++a) {
    for (std::size_t b = a + 1; b < boxes.size(); ++b) {
      BOOST_CHECK_MESSAGE(!boxes[a].overlaps(boxes[b]), "boxes " << a << " and " << b << " overlap");
    }
  }
  // Stronger ties closer: on average per strength class (strong < medium < weak).
  double sum[3] = {0, 0, 0};
  int count[3] = {0, 0, 0};
  for (std::size_t i = 0; i < m.ties.size(); ++i) {
    const std::string cls = samenwijs::strengthClass(samenwijs::tieStrength(m.ties[i]));
    const int k = cls == "strong" ? 0 : cls == "medium" ? 1 : 2;
    sum[k] += std::hypot(L.nodes[i].x - L.centerX, L.nodes[i].y - L.centerY);
    ++count[k];
  }
  if (count[0] && count[1]) BOOST_TEST(sum[0] / count[0] < sum[1] / count[1]);
  if (count[1] && count[2]) BOOST_TEST(sum[1] / count[1] < sum[2] / count[2]);
  // Every contact sits inside its circle's sector (a small nudge at the edges allowed).
  for (const auto& g : L.groups) {
    for (std::size_t i : g.members) {
      double angle = std::atan2(L.nodes[i].x - L.centerX, -(L.nodes[i].y - L.centerY));
      if (angle < 0) angle += 2 * std::acos(-1.0);
      BOOST_TEST_CONTEXT(m.ties[i].name << " in " << g.label) {
        BOOST_TEST(angle >= g.startAngle - 0.61);
        BOOST_TEST(angle <= g.endAngle + 0.61);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(ten_contacts) { checkLayout(bigMap(10)); }
BOOST_AUTO_TEST_CASE(thirty_contacts) { checkLayout(bigMap(30)); }
BOOST_AUTO_TEST_CASE(sixty_contacts) { checkLayout(bigMap(60)); }

BOOST_AUTO_TEST_CASE(sixty_long_names) {
  NetworkMap m;
  for (int i = 0; i < 60; ++i) {
    m.ties.push_back(tie("Wouter Willemsen-Maasdijk van der Meulen " + std::to_string(i), i % 2 == 0, i % 3 ? "WWWW kring" : "", 1 + i % 5, 1 + (i / 5) % 5));
  }
  checkLayout(m);
}

BOOST_AUTO_TEST_CASE(deterministic_and_empty) {
  const auto a = samenwijs::layoutMap(bigMap(30)), b = samenwijs::layoutMap(bigMap(30));
  for (std::size_t i = 0; i < a.nodes.size(); ++i) {
    BOOST_CHECK_EQUAL(a.nodes[i].x, b.nodes[i].x);
    BOOST_CHECK_EQUAL(a.nodes[i].y, b.nodes[i].y);
    BOOST_CHECK_EQUAL(a.nodes[i].label, b.nodes[i].label);
  }
  BOOST_CHECK(samenwijs::layoutMap(NetworkMap{}).nodes.empty());
}

BOOST_AUTO_TEST_CASE(circles_are_groups_inside_first) {
  const auto m = bigMap(12);
  const auto L = samenwijs::layoutMap(m);
  BOOST_REQUIRE_EQUAL(L.groups.size(), 6u);
  for (std::size_t g = 0; g < L.groups.size(); ++g) {
    BOOST_CHECK_EQUAL(L.groups[g].inside, g < 3);
    for (std::size_t i : L.groups[g].members) BOOST_CHECK_EQUAL(m.ties[i].inside, L.groups[g].inside);
    if (g > 0) BOOST_CHECK_CLOSE(L.groups[g].startAngle, L.groups[g - 1].endAngle, 1e-9);
  }
}

BOOST_AUTO_TEST_CASE(long_names_are_shortened_with_an_ellipsis) {
  NetworkMap m;
  m.ties = {tie("Een heel lange naam die niet past op de kaart", true, "team", 3, 3)};
  const auto L = samenwijs::layoutMap(m);
  BOOST_TEST(contains(L.nodes[0].label, "\xE2\x80\xA6"));
  BOOST_TEST(L.nodes[0].label.size() < m.ties[0].name.size());
}

BOOST_AUTO_TEST_SUITE_END()

// Layout of the personal network map; see network_layout.hpp. Deterministic: the same map
// always gives the same drawing.
#include "samenwijs/network_layout.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "samenwijs/text_fold.hpp"

namespace samenwijs {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kInnerRadius = 80;   // strength 25
constexpr double kOuterRadius = 300;  // strength 1
constexpr double kGroupLabelRadius = 345;
constexpr double kMeRadius = 24;

// Advance widths of DejaVu Sans (the widest common sans-serif) in thousandths of an em,
// for the printable ASCII range 32..126.
constexpr int kWidths[95] = {
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,  // space .. /
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,  // 0 .. ?
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,  // @ .. O
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,   // P .. _
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,   // ` .. o
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838};       // p .. ~

// Number of code points, and the byte offset where code point `n` starts.
std::size_t codePoints(const std::string& s) {
  std::size_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}
std::string firstCodePoints(const std::string& s, std::size_t n) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && count++ == n) return s.substr(0, i);
  }
  return s;
}

std::string shorten(const std::string& name, std::size_t maxChars) {
  if (codePoints(name) <= maxChars) return name;
  std::string cut = firstCodePoints(name, maxChars - 1);
  while (!cut.empty() && cut.back() == ' ') cut.pop_back();
  return cut + "\xE2\x80\xA6";  // …
}

struct Placed {
  std::vector<Box> boxes;
  bool free(const Box& b) const {
    for (const auto& o : boxes) {
      if (o.overlaps(b)) return false;
    }
    return true;
  }
};

}  // namespace

double estimateTextWidth(const std::string& text, double fontSize) {
  double em = 0;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 32 && c < 127) em += kWidths[c - 32] / 1000.0;
    else if ((c & 0xC0) == 0xC0) em += 1.0;  // a non-ASCII character: counted as wide
  }
  return em * fontSize * 1.05 + 2;
}

MapLayout layoutMap(const NetworkMap& map) {
  MapLayout L;
  const auto& ties = map.ties;
  const std::size_t n = ties.size();
  L.nodes.resize(n);
  L.rings = {kInnerRadius + (kOuterRadius - kInnerRadius) * (25 - 12) / 24.0,
             kInnerRadius + (kOuterRadius - kInnerRadius) * (25 - 6) / 24.0, kOuterRadius};
  const Box view{2, 2, L.width - 4, L.height - 4};
  const auto inside = [&](const Box& b) { return b.x >= view.x && b.y >= view.y && b.x + b.w <= view.x + view.w && b.y + b.h <= view.y + view.h; };
  const auto point = [&](double angle, double radius) {
    return std::pair<double, double>{L.centerX + radius * std::sin(angle), L.centerY - radius * std::cos(angle)};
  };
  // The label of a node or group at (x, y): beside it, on the side away from the centre.
  const auto labelBox = [&](double x, double y, double gap, double width, bool toRight) {
    return Box{toRight ? x + gap : x - gap - width, y - 0.62 * L.fontSize, width, 1.25 * L.fontSize};
  };

  // Groups: inside the school first, then outside; by circle name, "no circle" last.
  std::map<std::pair<int, std::string>, std::size_t> groupOf;
  std::vector<std::pair<std::pair<int, std::string>, std::size_t>> keys;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string folded = foldText(ties[i].circle);
    const std::pair<int, std::string> key{ties[i].inside ? 0 : 1, folded.empty() ? std::string("\x7F") : folded};
    if (!groupOf.count(key)) {
      groupOf[key] = 0;
      keys.push_back({key, i});
    }
  }
  std::sort(keys.begin(), keys.end());
  for (const auto& [key, first] : keys) {
    groupOf[key] = L.groups.size();
    MapLayout::Group g;
    g.inside = key.first == 0;
    g.label = ties[first].circle.empty() ? "(geen kring)" : ties[first].circle;
    L.groups.push_back(g);
  }
  for (std::size_t i = 0; i < n; ++i) {
    const std::string folded = foldText(ties[i].circle);
    L.groups[groupOf[{ties[i].inside ? 0 : 1, folded.empty() ? std::string("\x7F") : folded}]].members.push_back(i);
  }
  // Sectors in proportion to the group sizes (at least two places each).
  double units = 0;
  for (const auto& g : L.groups) units += static_cast<double>(std::max<std::size_t>(g.members.size(), 2));
  double angle = 0;
  for (auto& g : L.groups) {
    g.startAngle = angle;
    angle += 2 * kPi * static_cast<double>(std::max<std::size_t>(g.members.size(), 2)) / std::max(units, 1.0);
    g.endAngle = angle;
  }

  Placed placed;
  placed.boxes.push_back({L.centerX - kMeRadius, L.centerY - kMeRadius, 2 * kMeRadius, 2 * kMeRadius});
  // Group labels at the rim, in the middle of their sector; nudged along the rim if needed.
  for (auto& g : L.groups) {
    const std::string text = shorten(g.label, 22);
    const double width = estimateTextWidth(text, L.fontSize) * 1.1;  // bold
    const double mid = (g.startAngle + g.endAngle) / 2;
    bool done = false;
    for (int step = 0; step < 40 && !done; ++step) {
      const double a = mid + (step % 2 ? 1 : -1) * ((step + 1) / 2) * 0.03;
      for (double r : {kGroupLabelRadius, kGroupLabelRadius + 20, kGroupLabelRadius - 20}) {
        const auto [x, y] = point(a, r);
        const bool toRight = std::sin(a) >= 0;
        Box b = labelBox(x, y, 0, width, toRight);
        if (std::fabs(std::sin(a)) < 0.35) b.x = x - width / 2;  // near the top or bottom: centred
        if (inside(b) && placed.free(b)) {
          g.label = text;
          g.labelBox = b;
          const bool centred = std::fabs(std::sin(a)) < 0.35;
          g.anchor = centred ? "middle" : toRight ? "start" : "end";
          g.labelX = centred ? x : toRight ? b.x : b.x + b.w;
          g.labelY = y + 0.35 * L.fontSize;
          placed.boxes.push_back(b);
          done = true;
          break;
        }
      }
    }
    if (!done) g.label.clear();  // no room: the table names the circle
  }

  // Nodes, strongest first, each at the first free spot near its ideal place.
  struct Candidate {
    double dr, da;
    bool flip;
    double cost;
  };
  static const std::vector<Candidate> candidates = [] {
    std::vector<Candidate> out;
    for (int r = -6; r <= 6; ++r) {
      for (int a = -30; a <= 30; ++a) {
        for (bool flip : {false, true}) out.push_back({r * 10.0, a * 0.02, flip, std::abs(r) * 1.0 + std::abs(a) * 0.6 + (flip ? 2.5 : 0)});
      }
    }
    std::stable_sort(out.begin(), out.end(), [](const Candidate& x, const Candidate& y) { return x.cost < y.cost; });
    return out;
  }();
  const std::size_t maxChars = n <= 40 ? 22 : 16;
  std::vector<std::size_t> order;
  std::vector<double> ideal(n);
  for (const auto& g : L.groups) {
    std::vector<std::size_t> members = g.members;
    std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) { return tieStrength(ties[a]) > tieStrength(ties[b]); });
    const double span = g.endAngle - g.startAngle;
    const double pad = std::min(0.06, span * 0.1);
    for (std::size_t k = 0; k < members.size(); ++k) {
      ideal[members[k]] = g.startAngle + pad + (static_cast<double>(k) + 0.5) * (span - 2 * pad) / static_cast<double>(members.size());
    }
    order.insert(order.end(), members.begin(), members.end());
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return tieStrength(ties[a]) > tieStrength(ties[b]); });
  const double nr = L.nodeRadius;
  for (std::size_t i : order) {
    auto& node = L.nodes[i];
    const int s = tieStrength(ties[i]);
    const double radius = kInnerRadius + (kOuterRadius - kInnerRadius) * (25 - s) / 24.0;
    bool done = false;
    for (std::size_t cut = maxChars; cut >= 6 && !done; cut -= 4) {
      const std::string text = shorten(ties[i].name, cut);
      const double width = estimateTextWidth(text, L.fontSize);
      for (const auto& c : candidates) {
        const double a = ideal[i] + c.da;
        const auto [x, y] = point(a, radius + c.dr);
        const bool toRight = (std::sin(a) >= 0) != c.flip;
        const Box nodeBox{x - nr, y - nr, 2 * nr, 2 * nr};
        const Box label = labelBox(x, y, nr + 4, width, toRight);
        if (!inside(nodeBox) || !inside(label) || !placed.free(nodeBox) || !placed.free(label) || nodeBox.overlaps(label)) continue;
        node = {x, y, text, toRight ? "start" : "end", toRight ? label.x : label.x + label.w, y + 0.35 * L.fontSize, label};
        placed.boxes.push_back(nodeBox);
        placed.boxes.push_back(label);
        done = true;
        break;
      }
      if (cut < 10) break;
    }
    if (!done) {  // nowhere free (not seen up to 80 contacts): the ideal place, name in the table
      const auto [x, y] = point(ideal[i], radius);
      node = {x, y, "", "start", x, y, Box{x, y, 0, 0}};
    }
  }
  for (auto& v : L.nodes) {
    v.x = std::round(v.x * 10) / 10;
    v.y = std::round(v.y * 10) / 10;
  }
  return L;
}

}  // namespace samenwijs

#pragma once
// The drawing of a personal network map, decided in the core so that it is the same
// everywhere and can be tested: the person in the middle, contacts grouped by circle
// (kring) in sectors, stronger ties closer, every label placed so that no two labels or
// nodes overlap and everything stays inside the view box.
#include <string>
#include <vector>

#include "samenwijs/network.hpp"

namespace samenwijs {

struct Box {
  double x = 0, y = 0, w = 0, h = 0;  // top-left corner and size
  bool overlaps(const Box& o) const { return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h; }
};

struct MapLayout {
  double width = 1100, height = 820;  // the view box
  double centerX = 550, centerY = 410;
  double fontSize = 16;               // label size in view-box units
  double nodeRadius = 10;
  struct Node {
    double x = 0, y = 0;
    std::string label;        // the name, shortened to fit (full name in the table)
    std::string anchor;       // "start" (label right of the node) or "end" (left)
    double labelX = 0, labelY = 0;  // text anchor point (baseline)
    Box labelBox;             // the area the label may take
  };
  std::vector<Node> nodes;  // per tie, in map order
  struct Group {
    std::string label;        // the circle's name, or "(geen kring)"
    bool inside = true;
    double startAngle = 0, endAngle = 0;  // radians, clockwise from the top
    std::string anchor;  // "start", "middle" or "end"
    double labelX = 0, labelY = 0;
    Box labelBox;
    std::vector<std::size_t> members;  // tie indices
  };
  std::vector<Group> groups;
  std::vector<double> rings;  // radii of the strength rings (strong, medium, weak)
};

// Width of `text` at `fontSize`, estimated on the wide side (DejaVu Sans advances).
double estimateTextWidth(const std::string& text, double fontSize);

MapLayout layoutMap(const NetworkMap& map);

}  // namespace samenwijs

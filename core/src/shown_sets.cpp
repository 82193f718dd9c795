#include "samenwijs/shown_sets.hpp"

#include <algorithm>
#include <map>

#include "samenwijs/code_bytes.hpp"
#include "samenwijs/code_input.hpp"

namespace samenwijs {

ShownVerdict checkShown(const ShownSets& shown, const std::vector<std::uint64_t>& tags, int minGroupSize) {
  ShownVerdict v;
  const std::uint64_t newBit = shown.sets < 64 ? (1ULL << shown.sets) : 0;
  // Membership pattern of every tag in the union of the shown sets and the new one.
  std::map<std::uint64_t, std::uint64_t> groups;  // pattern -> people
  std::uint64_t inNewPattern = ~0ULL;  // AND of patterns of new members (old bits only)
  std::uint64_t outsideNew = 0;        // OR of patterns of old members not in the new set
  auto a = shown.members.begin();
  auto b = tags.begin();
  while (a != shown.members.end() || b != tags.end()) {
    std::uint64_t pattern;
    if (b == tags.end() || (a != shown.members.end() && a->first < *b)) {
      pattern = a->second;
      outsideNew |= a->second;
      ++a;
    } else if (a == shown.members.end() || *b < a->first) {
      pattern = newBit;
      inNewPattern = 0;
      ++b;
    } else {
      pattern = a->second | newBit;
      inNewPattern &= a->second;
      ++a;
      ++b;
    }
    ++groups[pattern];
  }
  // Exactly a set shown before: some old set contains all new tags and no other tag.
  if (!tags.empty()) {
    const std::uint64_t candidates = inNewPattern & ~outsideNew;
    if (candidates != 0) {
      v.allowed = v.seenBefore = true;
      return v;
    }
  }
  if (shown.sets >= kMaxShownSets) {
    v.reason = "Van deze ronde zijn al " + std::to_string(shown.sets) +
               " verschillende teambeelden getoond. Meer kan niet: start een nieuwe ronde.";
    return v;
  }
  v.smallestGroup = ~0ULL;
  for (const auto& [pattern, people] : groups) {
    if (pattern != 0) v.smallestGroup = std::min(v.smallestGroup, people);
  }
  if (groups.empty()) v.smallestGroup = 0;
  v.allowed = v.smallestGroup >= static_cast<std::uint64_t>(minGroupSize);
  if (!v.allowed) {
    if (shown.sets == 0) {
      v.reason = "Er zijn " + std::to_string(tags.size()) + " inlevercodes. Een teambeeld verschijnt pas vanaf " +
                 std::to_string(minGroupSize) + ", zodat niemand herkenbaar is.";
    } else {
      v.reason = "Dit teambeeld wordt niet getoond: het verschilt maar " + std::to_string(v.smallestGroup) +
                 (v.smallestGroup == 1 ? " inlevercode" : " inlevercodes") +
                 " van een teambeeld dat eerder van deze ronde op dit apparaat is getoond. Dan zou je uit het verschil de "
                 "uitslag van één of enkele collega's kunnen afleiden. Wacht tot er minstens " +
                 std::to_string(minGroupSize) + " nieuwe inlevercodes zijn, of toon precies dezelfde codes als eerder.";
    }
  }
  return v;
}

void recordShown(ShownSets& shown, const std::vector<std::uint64_t>& tags) {
  const std::uint64_t bit = 1ULL << shown.sets;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> merged;
  merged.reserve(shown.members.size() + tags.size());
  auto a = shown.members.begin();
  auto b = tags.begin();
  while (a != shown.members.end() || b != tags.end()) {
    if (b == tags.end() || (a != shown.members.end() && a->first < *b)) {
      merged.push_back(*a++);
    } else if (a == shown.members.end() || *b < a->first) {
      merged.push_back({*b++, bit});
    } else {
      merged.push_back({a->first, a->second | bit});
      ++a;
      ++b;
    }
  }
  shown.members = std::move(merged);
  ++shown.sets;
}

std::string encodeShownSets(const ShownSets& shown) {
  std::vector<std::uint8_t> b = {1};
  putUint(b, shown.round, 5);
  b.push_back(static_cast<std::uint8_t>(shown.sets));
  putVarint(b, shown.members.size());
  for (const auto& [tag, mask] : shown.members) {
    putUint(b, tag, 6);
    putVarint(b, mask);
  }
  return encodeCodeBytes(kShownPrefix, std::move(b));
}

std::optional<ShownSets> decodeShownSets(std::string_view text) {
  const std::string cleaned = stripCodeInput(text);
  std::vector<std::uint8_t> b;
  CodeFrameError e;
  if (!decodeCodeBytes(cleaned, kShownPrefix, 8u << 20, b, e) || b.size() < 7 || b[0] != 1) return std::nullopt;
  ShownSets s;
  s.round = getUint(b.data() + 1, 5);
  s.sets = b[6];
  if (s.sets > kMaxShownSets) return std::nullopt;
  std::size_t pos = 7;
  std::uint64_t count = 0;
  if (!getVarint(b.data(), b.size(), pos, count) || count > b.size()) return std::nullopt;
  s.members.reserve(static_cast<std::size_t>(count));
  for (std::uint64_t i = 0; i < count; ++i) {
    if (pos + 6 > b.size()) return std::nullopt;
    const std::uint64_t tag = getUint(b.data() + pos, 6);
    pos += 6;
    std::uint64_t mask = 0;
    if (!getVarint(b.data(), b.size(), pos, mask)) return std::nullopt;
    if (!s.members.empty() && s.members.back().first >= tag) return std::nullopt;
    // Every member was in at least one shown picture, and only in pictures that exist:
    // anything else is a damaged record (found by fuzz_codes).
    if (mask == 0 || (s.sets < 64 && (mask >> s.sets) != 0)) return std::nullopt;
    s.members.push_back({tag, mask});
  }
  if (pos != b.size()) return std::nullopt;
  return s;
}

}  // namespace samenwijs

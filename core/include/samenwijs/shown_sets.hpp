#pragma once
// The differencing guard of a collection round, on the device that shows its pictures.
// Attack: show a picture of 5 hand-ins, then of the same 5 plus one; the difference is
// that one person. Rule: think of the colleagues split into groups by which of the round's
// shown pictures they are in (with the new one). Every such group must have at least the
// minimum group size, or the new picture is refused. Any sum or difference of pictures
// is then a combination of whole groups, so no group smaller than the minimum (and no one
// person) can be isolated, also not with three or more pictures (A+p, A+B, B). Showing
// exactly a set that was shown before is always allowed.
// The device keeps per round only the tag of each counted hand-in (a random number, not
// linkable to a person or to other rounds) and which pictures it was in; never levels.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace samenwijs {

inline constexpr const char* kShownPrefix = "SH1-";
inline constexpr int kMaxShownSets = 60;

struct ShownSets {
  std::uint64_t round = 0;
  int sets = 0;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> members;  // tag -> bit mask of sets; sorted by tag
};

struct ShownVerdict {
  bool allowed = false;
  bool seenBefore = false;        // exactly this set was shown before
  std::uint64_t smallestGroup = 0;  // the smallest group that would be formed
  std::string reason;             // Dutch, when refused
};

// `tags`: sorted, unique.
ShownVerdict checkShown(const ShownSets& shown, const std::vector<std::uint64_t>& tags, int minGroupSize);
void recordShown(ShownSets& shown, const std::vector<std::uint64_t>& tags);

std::string encodeShownSets(const ShownSets& shown);
// nullopt when damaged (then the caller refuses: losing the record would lift the guard).
std::optional<ShownSets> decodeShownSets(std::string_view text);

}  // namespace samenwijs

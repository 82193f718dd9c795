#pragma once
// Depth-limited JSON parsing for everything that comes from outside (method arguments,
// imported files). The wasm stack is small, and copies, comparisons and dumps of a JSON
// value recurse once per level: input nested 100,000 levels deep would overflow it. So
// the depth is counted first, without recursion and without building anything, and input
// nested deeper than the limit is refused before any value exists to be copied.
#include <cstddef>
#include <string>
#include <string_view>

#include "samenwijs/json_reader.hpp"

namespace samenwijs {

// Real arguments and files are at most about 6 levels deep.
inline constexpr std::size_t kMaxJsonDepth = 64;

// The deepest nesting of arrays and objects in `text` (0 for a scalar), counted in one
// pass; stops counting once it exceeds `stopAbove`. Brackets inside strings do not count.
std::size_t jsonNestingDepth(std::string_view text, std::size_t stopAbove = kMaxJsonDepth);

inline bool jsonTooDeep(std::string_view text, std::size_t maxDepth = kMaxJsonDepth) {
  return jsonNestingDepth(text, maxDepth) > maxDepth;
}

// Parses without exceptions; the result is discarded (is_discarded()) when the text is
// not valid JSON or is nested deeper than `maxDepth`.
Json parseJsonLimited(const std::string& text, std::size_t maxDepth = kMaxJsonDepth);

}  // namespace samenwijs

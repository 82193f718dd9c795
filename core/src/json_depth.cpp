#include "samenwijs/json_depth.hpp"

namespace samenwijs {

std::size_t jsonNestingDepth(std::string_view text, std::size_t stopAbove) {
  std::size_t depth = 0, deepest = 0;
  bool inString = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (inString) {
      if (c == '\\') ++i;  // skip the escaped character (\" does not end the string)
      else if (c == '"') inString = false;
      continue;
    }
    if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) return deepest;
      }
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

Json parseJsonLimited(const std::string& text, std::size_t maxDepth) {
  if (jsonTooDeep(text, maxDepth)) return Json(Json::value_t::discarded);
  return parseJsonText(text);
}

}  // namespace samenwijs

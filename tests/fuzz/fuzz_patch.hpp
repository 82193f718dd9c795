#pragma once
// Small changes to real content for the content fuzz targets: an input names a JSON
// pointer and a value, and the real text gets that value at that pointer, so small seeds
// reach every field. No exceptions: every step is checked first.
#include <string>
#include <vector>

#include "samenwijs/json_reader.hpp"

namespace samenwijs::fuzzing {

// The tokens of a JSON pointer ("/a/b~1c" -> a, b/c); false when it is not one.
inline bool pointerTokens(const std::string& pointer, std::vector<std::string>& tokens) {
  if (pointer.empty() || pointer[0] != '/') return false;
  std::string token;
  for (std::size_t i = 1; i <= pointer.size(); ++i) {
    if (i == pointer.size() || pointer[i] == '/') {
      tokens.push_back(token);
      token.clear();
    } else if (pointer[i] == '~') {
      if (i + 1 >= pointer.size() || (pointer[i + 1] != '0' && pointer[i + 1] != '1')) return false;
      token += pointer[++i] == '0' ? '~' : '/';
    } else {
      token += pointer[i];
    }
  }
  return true;
}

inline bool arrayIndex(const std::string& token, std::size_t limit, std::size_t& index) {
  if (token.empty() || token.size() > 6 || token.find_first_not_of("0123456789") != std::string::npos) return false;
  index = std::stoul(token);
  return index <= limit;
}

// Puts `value` at `pointer` in `doc` (removes it when `remove`); false when the pointer
// does not lead into the document. No exceptions: every step is checked first.
inline bool patch(Json& doc, const std::string& pointer, const Json& value, bool remove) {
  std::vector<std::string> tokens;
  if (!pointerTokens(pointer, tokens) || tokens.empty()) return false;
  Json* at = &doc;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    std::size_t index = 0;
    if (at->is_object() && at->contains(tokens[i])) {
      at = &(*at)[tokens[i]];
    } else if (at->is_array() && !at->empty() && arrayIndex(tokens[i], at->size() - 1, index)) {
      at = &(*at)[index];
    } else {
      return false;
    }
  }
  const std::string& last = tokens.back();
  std::size_t index = 0;
  if (at->is_object()) {
    if (remove) at->erase(last);
    else (*at)[last] = value;
  } else if (at->is_array() && arrayIndex(last, at->size(), index)) {
    if (remove && index < at->size()) at->erase(index);
    else if (!remove && index == at->size()) at->push_back(value);
    else if (!remove) (*at)[index] = value;
  } else {
    return false;
  }
  return true;
}

// The changed text of `original` described by `rest` (see the top of this file).
inline bool changedText(const std::string& original, const std::string& rest, std::string& out) {
  if (rest.empty() || rest[0] != '/') {
    out = rest;
    return true;
  }
  const auto newline = rest.find('\n');
  const std::string pointer = rest.substr(0, newline);
  const std::string valueText = newline == std::string::npos ? std::string() : rest.substr(newline + 1);
  Json doc = Json::parse(original, nullptr, false);
  Json value = Json::parse(valueText, nullptr, false);
  if (value.is_discarded()) value = valueText;
  if (doc.is_discarded() || !patch(doc, pointer, value, valueText.empty())) return false;
  out = samenwijs::dumpJson(doc, 2);
  return true;
}
}  // namespace samenwijs::fuzzing

#pragma once
// Strict equality of two JSON values for the parser's differential tests (test_json_parse,
// fuzz_json): the same type at every node (an integer is not a float, unsigned is not
// signed), doubles bit for bit (so -0.0 differs from 0.0), and no recursion (documents
// nested 100,000 deep are compared too). Returns "" when equal, else where they differ.
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "samenwijs/json_reader.hpp"

namespace samenwijs_test {

inline std::string jsonDifference(const samenwijs::Json& a, const samenwijs::Json& b) {
  using samenwijs::Json;
  std::vector<std::pair<const Json*, const Json*>> todo{{&a, &b}};
  while (!todo.empty()) {
    const auto [x, y] = todo.back();
    todo.pop_back();
    if (x->type() != y->type()) return "type " + std::string(x->type_name()) + " vs " + y->type_name();
    switch (x->type()) {
      case Json::value_t::number_float: {
        const double dx = x->get<double>(), dy = y->get<double>();
        if (std::memcmp(&dx, &dy, sizeof dx) != 0) return "float " + samenwijs::dumpJson(*x) + " vs " + samenwijs::dumpJson(*y);
        break;
      }
      case Json::value_t::array:
        if (x->size() != y->size()) return "array size";
        for (std::size_t i = 0; i < x->size(); ++i) todo.emplace_back(&(*x)[i], &(*y)[i]);
        break;
      case Json::value_t::object: {
        if (x->size() != y->size()) return "object size";
        for (auto i = x->begin(), j = y->begin(); i != x->end(); ++i, ++j) {
          if (i.key() != j.key()) return "key '" + i.key() + "' vs '" + j.key() + "'";
          todo.emplace_back(&i.value(), &j.value());
        }
        break;
      }
      case Json::value_t::discarded:
        break;
      default:
        if (*x != *y) return "value " + samenwijs::dumpJson(*x) + " vs " + samenwijs::dumpJson(*y);
        break;
    }
  }
  return "";
}

}  // namespace samenwijs_test

#pragma once
// The real content split into the site's content parts, for the tests of partial content
// (issue 15). Include after test_support.hpp.
#include "content_parts.hpp"
#include "test_support.hpp"

namespace samenwijs_test {

inline const Parts& parts() {
  static const Parts p =
      splitParts(samenwijs::Json::parse(samenwijs::toBundleJson(content()), nullptr, false));
  return p;
}

}  // namespace samenwijs_test

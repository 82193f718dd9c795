#pragma once
#include <string>

namespace samenwijs {

// Where a content item comes from: every item cites its source document and section.
struct Citation {
  std::string source;   // id in sources.json
  std::string section;  // where in that source
};

}  // namespace samenwijs

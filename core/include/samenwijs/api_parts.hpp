#pragma once
// Which content parts a method needs (issue 15). A page loads only the parts it needs;
// a method that needs a part the loaded content lacks answers `content_part_missing`
// with the names of those parts, and the web layer loads them and asks again.
// Part names: "guides-index", "guide/<id>", "guides" (the text of every guide),
// "frameworks", "network". A whole bundle has every part, so nothing is ever missing.
#include <string>
#include <vector>

#include "samenwijs/content_model.hpp"
#include "samenwijs/json_reader.hpp"

namespace samenwijs {

std::vector<std::string> missingContentParts(const std::string& method, const Json& args, const Content& content);

}  // namespace samenwijs

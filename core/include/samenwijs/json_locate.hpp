#pragma once
// Where a JSON text stops being valid, as 1-based line and column (in characters).
// Used by the content tool for precise messages; kept out of the wasm module.
#include <optional>
#include <string>
#include <utility>

namespace samenwijs {
std::optional<std::pair<std::size_t, std::size_t>> locateJsonSyntaxError(const std::string& text);
}

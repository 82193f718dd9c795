#pragma once
// Reading method arguments: typed, with a Dutch message naming the argument on failure.
#include <optional>
#include <string>

#include "samenwijs/api.hpp"
#include "samenwijs/json_depth.hpp"  // parseJsonLimited, for imported files

namespace samenwijs {

// Optional string argument; absent or null gives "". Wrong type sets `error`.
std::optional<std::string> stringArg(const Json& args, const char* name, ApiError& error);
// Required non-empty string argument.
std::optional<std::string> requiredStringArg(const Json& args, const char* name, ApiError& error);
// Optional integer in [min, max]; absent gives `fallback`.
std::optional<long long> intArg(const Json& args, const char* name, long long min, long long max, long long fallback,
                                ApiError& error);

}  // namespace samenwijs

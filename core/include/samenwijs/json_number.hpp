#pragma once
// Decimal text to the nearest double, correctly rounded (ties to even), without strtod:
// strtod brings long-double soft-float into the wasm module. Exact by construction: a
// fast path for the common case (Clinger: at most 2^53 and a power of ten up to 10^22 are
// both exact, so one multiplication or division rounds once) and otherwise a first guess
// corrected by exact big-integer comparisons with the halfway points around it.
#include <string_view>

namespace samenwijs {

// `token`: a number as RFC 8259 writes it (the JSON parser checked the grammar):
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?. Returns ±infinity when the value is
// beyond the largest double (as strtod does; nlohmann then refuses the text) and ±0 when it
// is below half the smallest subnormal.
double decimalToDouble(std::string_view token);

}  // namespace samenwijs

#include "samenwijs/json_writer.hpp"

#include <cmath>
#include <cstdint>

#include <nlohmann/json.hpp>

namespace samenwijs {
namespace {

// At a byte >= 0x80: the length of the UTF-8 sequence that starts at p (before end) with
// `complete` set, or of its longest valid start with `complete` unset (0 when the byte
// cannot start a sequence). The same rule as nlohmann's decoder: a sequence is invalid at
// the first byte that cannot continue it.
std::size_t utf8Sequence(const unsigned char* p, const unsigned char* end, bool& complete) {
  const unsigned b0 = p[0];
  std::size_t need = 0;
  unsigned lo = 0x80, hi = 0xBF;  // the range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 3;
    if (b0 == 0xE0) lo = 0xA0;  // overlong
    if (b0 == 0xED) hi = 0x9F;  // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 4;
    if (b0 == 0xF0) lo = 0x90;  // overlong
    if (b0 == 0xF4) hi = 0x8F;  // beyond U+10FFFF
  } else {
    complete = false;
    return 0;
  }
  std::size_t k = 1;
  if (p + 1 < end && p[1] >= lo && p[1] <= hi) {
    k = 2;
    while (k < need && p + k < end && (p[k] & 0xC0) == 0x80) ++k;
  }
  complete = k == need;
  return k;
}

// Per byte: 0 copied as it is, 1 escaped, 2 the start (or not) of a multi-byte character.
struct ByteClasses {
  unsigned char of[256];
  constexpr ByteClasses() : of() {
    for (int c = 0; c < 256; ++c) of[c] = c < 0x20 || c == '"' || c == '\\' ? 1 : c >= 0x80 ? 2 : 0;
  }
};
constexpr ByteClasses kByteClasses;


constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// v * 10^k: exact powers up to 10^22, a few roundings beyond (seen only in a tenth digit).
double scaleByPow10(double v, int k) {
  for (; k > 22; k -= 22) v *= 1e22;
  for (; k < -22; k += 22) v /= 1e22;
  return k >= 0 ? v * kPow10[k] : v / kPow10[-k];
}

// Ten significant digits as "%.10g" gives them (fixed from 1e-4 up to 1e10, else with an
// exponent; no trailing zeros), without printf, which would bring printf_core into the
// module (issue 15). Values from 1 to 1e9 round exactly as before; elsewhere the tenth digit
// can differ from printf's in rare halfway cases (tests/core/test_search.cpp checks it).
void appendTenDigits(std::string& out, double d) {
  if (d == 0) {
    out += std::signbit(d) ? "-0" : "0";
    return;
  }
  if (d < 0) out += '-';
  const double magnitude = std::fabs(d);
  int e2 = 0;
  std::frexp(magnitude, &e2);
  int x = static_cast<int>(std::floor((e2 - 1) * 0.30102999566398120));  // about floor(log10)
  std::uint64_t digits = 0;
  for (int tries = 0; tries < 4; ++tries) {  // x such that the ten digits are 1e9 .. 1e10 - 1
    digits = static_cast<std::uint64_t>(std::llround(scaleByPow10(magnitude, 9 - x)));
    if (digits >= 10000000000u) ++x;
    else if (digits < 1000000000u) --x;
    else break;
  }
  char text[16];
  for (int k = 9; k >= 0; --k) {
    text[k] = static_cast<char>('0' + digits % 10);
    digits /= 10;
  }
  int last = 9;  // the last digit to write: %g drops trailing zeros
  while (last > 0 && text[last] == '0') --last;
  if (x >= -4 && x < 10) {
    if (x >= 0) {
      out.append(text, static_cast<std::size_t>(x + 1));
      if (last > x) {
        out += '.';
        out.append(text + x + 1, static_cast<std::size_t>(last - x));
      }
    } else {
      out += "0.";
      out.append(static_cast<std::size_t>(-x - 1), '0');
      out.append(text, static_cast<std::size_t>(last + 1));
    }
    return;
  }
  out += text[0];
  if (last > 0) {
    out += '.';
    out.append(text + 1, static_cast<std::size_t>(last));
  }
  out += x < 0 ? "e-" : "e+";
  const int e = x < 0 ? -x : x;
  if (e < 10) out += '0';
  if (e >= 100) out += static_cast<char>('0' + e / 100);
  if (e >= 10) out += static_cast<char>('0' + e / 10 % 10);
  out += static_cast<char>('0' + e % 10);
}
}  // namespace

// Runs of plain bytes are found with a table lookup per byte and appended at once: the
// answer's texts are mostly plain, and this runs for every string of every answer.
void appendJsonString(std::string& out, std::string_view text) {
  static const char hex[] = "0123456789abcdef";
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const end = p + text.size();
  out.push_back('"');
  while (p < end) {
    const unsigned char* run = p;
    std::size_t invalid = 0;  // the bytes of an invalid sequence at p: one U+FFFD for them
    while (p < end) {
      const unsigned char k = kByteClasses.of[*p];
      if (k == 0) {
        ++p;
      } else if (k == 2) {
        bool complete = false;
        const std::size_t n = utf8Sequence(p, end, complete);
        if (!complete) {
          invalid = n ? n : 1;
          break;
        }
        p += n;
      } else {
        break;
      }
    }
    out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
    if (p == end) break;
    if (invalid) {
      out.append("\xEF\xBF\xBD", 3);
      p += invalid;  // the byte that broke the sequence is read again
      continue;
    }
    const unsigned char c = *p++;
    switch (c) {
      case '"': out.append("\\\"", 2); break;
      case '\\': out.append("\\\\", 2); break;
      case '\b': out.append("\\b", 2); break;
      case '\f': out.append("\\f", 2); break;
      case '\n': out.append("\\n", 2); break;
      case '\r': out.append("\\r", 2); break;
      case '\t': out.append("\\t", 2); break;
      default: {
        const char escaped[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
        out.append(escaped, 6);
      }
    }
  }
  out.push_back('"');
}

void appendJsonUnsigned(std::string& out, std::uint64_t n) {
  char digits[24];
  std::size_t k = sizeof(digits);
  do {
    digits[--k] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n);
  out.append(digits + k, sizeof(digits) - k);
}

void appendJsonInteger(std::string& out, std::int64_t n) {
  if (n < 0) {
    out += '-';
    // Through unsigned arithmetic, so the most negative value has a magnitude too.
    appendJsonUnsigned(out, ~static_cast<std::uint64_t>(n) + 1);
  } else {
    appendJsonUnsigned(out, static_cast<std::uint64_t>(n));
  }
}

void appendJsonNumber(std::string& out, double d) {
  if (!std::isfinite(d)) {
    out += "null";
    return;
  }
  // nlohmann's own shortest-digits conversion (Grisu2), which its dump uses: no printf.
  char text[64];
  const char* end = nlohmann::detail::to_chars(text, text + sizeof(text), d);
  out.append(text, static_cast<std::size_t>(end - text));
}

void JsonWriter::separate() {
  if (afterKey_) {
    afterKey_ = false;
    return;
  }
  if (first_.empty()) return;
  if (first_.back()) {
    first_.back() = 0;
  } else {
    out_ += ',';
  }
}

JsonWriter& JsonWriter::beginObject() {
  separate();
  out_ += '{';
  first_.push_back(1);
  return *this;
}

JsonWriter& JsonWriter::endObject() {
  out_ += '}';
  if (!first_.empty()) first_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::beginArray() {
  separate();
  out_ += '[';
  first_.push_back(1);
  return *this;
}

JsonWriter& JsonWriter::endArray() {
  out_ += ']';
  if (!first_.empty()) first_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  separate();
  appendJsonString(out_, name);
  out_ += ':';
  afterKey_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  separate();
  appendJsonString(out_, text);
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  separate();
  out_ += b ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::value(std::uint64_t n) {
  separate();
  appendJsonUnsigned(out_, n);
  return *this;
}

JsonWriter& JsonWriter::value(int n) { return integer(n); }

JsonWriter& JsonWriter::integer(std::int64_t n) {
  separate();
  appendJsonInteger(out_, n);
  return *this;
}

JsonWriter& JsonWriter::number(double d) {
  separate();
  appendJsonNumber(out_, d);
  return *this;
}

JsonWriter& JsonWriter::value(double d) {
  if (!std::isfinite(d)) return null();
  separate();
  appendTenDigits(out_, d);
  return *this;
}

JsonWriter& JsonWriter::null() {
  separate();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json) {
  separate();
  out_.append(json.data(), json.size());
  return *this;
}

}  // namespace samenwijs

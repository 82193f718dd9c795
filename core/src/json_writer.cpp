#include "samenwijs/json_writer.hpp"

#include <cmath>
#include <cstdio>

namespace samenwijs {
namespace {

// The length of the valid UTF-8 sequence at p (before end), or 0 when it is not valid.
std::size_t utf8Length(const unsigned char* p, const unsigned char* end) {
  const unsigned b0 = p[0];
  auto cont = [&](std::size_t k) { return p + k < end && (p[k] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if ((b0 == 0xE0 && p[1] < 0xA0) || (b0 == 0xED && p[1] >= 0xA0)) return 0;  // overlong, surrogate
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if ((b0 == 0xF0 && p[1] < 0x90) || (b0 == 0xF4 && p[1] >= 0x90)) return 0;  // overlong, beyond U+10FFFF
    return 4;
  }
  return 0;
}

// Per byte: 0 copied as it is, 1 escaped, 2 the start (or not) of a multi-byte character.
struct ByteClasses {
  unsigned char of[256];
  constexpr ByteClasses() : of() {
    for (int c = 0; c < 256; ++c) of[c] = c < 0x20 || c == '"' || c == '\\' ? 1 : c >= 0x80 ? 2 : 0;
  }
};
constexpr ByteClasses kByteClasses;

}  // namespace

// Runs of plain bytes are found with a table lookup per byte and appended at once: the
// answer's texts are mostly plain, and this runs for every string of every search answer.
void appendJsonString(std::string& out, std::string_view text) {
  static const char hex[] = "0123456789abcdef";
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const end = p + text.size();
  out.push_back('"');
  while (p < end) {
    const unsigned char* run = p;
    while (p < end) {
      const unsigned char k = kByteClasses.of[*p];
      if (k == 0) {
        ++p;
      } else if (k == 2) {
        const std::size_t n = utf8Length(p, end);
        if (!n) break;
        p += n;
      } else {
        break;
      }
    }
    out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
    if (p == end) break;
    const unsigned char c = *p++;
    switch (c) {
      case '"': out.append("\\\"", 2); break;
      case '\\': out.append("\\\\", 2); break;
      case '\n': out.append("\\n", 2); break;
      case '\r': out.append("\\r", 2); break;
      case '\t': out.append("\\t", 2); break;
      default:
        if (c >= 0x80) {
          out.append("\xEF\xBF\xBD", 3);  // U+FFFD for a byte that is not UTF-8
        } else {
          const char escaped[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
          out.append(escaped, 6);
        }
    }
  }
  out.push_back('"');
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
  char digits[24];
  std::size_t k = sizeof(digits);
  do {
    digits[--k] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n);
  out_.append(digits + k, sizeof(digits) - k);
  return *this;
}

JsonWriter& JsonWriter::value(int n) {
  if (n >= 0) return value(static_cast<std::uint64_t>(n));
  separate();
  out_ += '-';
  afterKey_ = true;  // the digits follow without a comma
  return value(static_cast<std::uint64_t>(-static_cast<long long>(n)));
}

JsonWriter& JsonWriter::value(double d) {
  if (!std::isfinite(d)) return null();
  separate();
  // Ten significant digits, as "%.10g" gives them, without printf for the usual values
  // (a search answer has a score per hit): the integer part, then the decimals that remain.
  const double magnitude = std::fabs(d);
  if (magnitude >= 1 && magnitude < 1e9) {
    std::uint64_t whole = static_cast<std::uint64_t>(magnitude);
    int digits = 0;
    for (std::uint64_t w = whole; w; w /= 10) ++digits;
    std::uint64_t scale = 1;
    for (int k = digits; k < 10; ++k) scale *= 10;
    std::uint64_t scaled = static_cast<std::uint64_t>(std::llround(magnitude * static_cast<double>(scale)));
    whole = scaled / scale;
    std::uint64_t fraction = scaled % scale;
    if (d < 0) out_ += '-';
    char text[24];
    std::size_t k = sizeof(text);
    do {
      text[--k] = static_cast<char>('0' + whole % 10);
      whole /= 10;
    } while (whole);
    out_.append(text + k, sizeof(text) - k);
    if (fraction) {
      int width = 0;
      for (std::uint64_t s = scale; s > 1; s /= 10) ++width;
      while (fraction % 10 == 0) {
        fraction /= 10;
        --width;
      }
      char decimals[12];
      for (int i = width; i-- > 0;) {
        decimals[i] = static_cast<char>('0' + fraction % 10);
        fraction /= 10;
      }
      out_ += '.';
      out_.append(decimals, static_cast<std::size_t>(width));
    }
    return *this;
  }
  char text[32];
  const int n = std::snprintf(text, sizeof(text), "%.10g", d);
  out_.append(text, n > 0 ? static_cast<std::size_t>(n) : 0);
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

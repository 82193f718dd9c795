// parseJsonText: the core's one JSON parser (issue 15). It gives exactly the value nlohmann's
// DOM parser (strict, no exceptions) gives, and refuses exactly what nlohmann refuses, but
// reads strings in runs instead of a character at a time, builds each string once, and
// converts numbers without strtod (which brings long-double soft-float into the module).
// tests/core/test_json_parse.cpp and the fuzz target fuzz_json compare the two.
//
// nlohmann's rules it follows, the surprising ones included:
// - a UTF-8 byte order mark at the very start is skipped;
// - after the value, only whitespace, or a NUL byte followed by anything (nlohmann's lexer
//   reads NUL as the end of the input);
// - numbers: without fraction or exponent an integer if it fits (negative: int64, else
//   uint64; "-0" is the integer 0), otherwise a double; a double beyond the largest finite
//   one (1e400) refuses the whole text;
// - strings: no bytes below 0x20, escapes \" \\ \/ \b \f \n \r \t \uXXXX only, surrogates
//   in pairs, \u0000 allowed; UTF-8 checked byte for byte (no overlong forms, no
//   surrogates, nothing above U+10FFFF);
// - duplicate keys: the last one wins.
// No recursion: containers being filled are on an explicit stack, so depth costs heap, not
// the (small) wasm stack.
#include <cstdint>
#include <cstring>
#include <vector>

#include "samenwijs/json_number.hpp"
#include "samenwijs/json_reader.hpp"

namespace samenwijs {
namespace {

// What a byte means inside a string.
enum : unsigned char { kPlain = 0, kQuote, kBackslash, kControl, kHigh };

struct StringClasses {
  unsigned char of[256];
  constexpr StringClasses() : of() {
    for (int c = 0; c < 256; ++c) {
      of[c] = c < 0x20 ? kControl : c >= 0x80 ? kHigh : c == '"' ? kQuote : c == '\\' ? kBackslash : kPlain;
    }
  }
};
constexpr StringClasses kString;

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void appendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    const char b[2] = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(b, 2);
  } else if (cp < 0x10000) {
    const char b[3] = {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                       static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(b, 3);
  } else {
    const char b[4] = {static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                       static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(b, 4);
  }
}

class Parser {
 public:
  // `deferred`: its keys must be distinct.
  explicit Parser(std::string_view text, DeferredArrays* deferred = nullptr)
      : p_(reinterpret_cast<const unsigned char*>(text.data())), end_(p_ + text.size()), deferred_(deferred) {}

  bool parse(Json& root) {
    if (p_ < end_ && *p_ == 0xEF) {  // a byte order mark, and only a whole one
      if (end_ - p_ < 3 || p_[1] != 0xBB || p_[2] != 0xBF) return false;
      p_ += 3;
    }
    std::vector<Json*> open;  // the arrays and objects being filled, innermost last
    Json* slot = &root;       // where the next value goes
    root_ = &root;
    if (deferred_) {
      deferred_->elements.assign(deferred_->keys.size(), {});
      deferred_->deferred.assign(deferred_->keys.size(), false);
    }
    for (;;) {
      // A value.
      skipWhitespace();
      if (p_ == end_) return false;
      const int deferKey = pending_;
      pending_ = -1;
      if (deferKey >= 0 && *p_ == '[') {
        // A deferred member: an empty array in the DOM, its elements' texts on the side.
        const auto k = static_cast<std::size_t>(deferKey);
        if (!skipDeferredArray(deferred_->elements[k])) return false;
        deferred_->deferred[k] = true;
        *slot = Json(Json::value_t::array);
      } else switch (*p_) {
        case '{': {
          ++p_;
          *slot = Json(Json::value_t::object);
          skipWhitespace();
          if (p_ < end_ && *p_ == '}') {
            ++p_;
            break;
          }
          open.push_back(slot);
          slot = member(*slot);
          if (!slot) return false;
          continue;
        }
        case '[': {
          ++p_;
          *slot = Json(Json::value_t::array);
          skipWhitespace();
          if (p_ < end_ && *p_ == ']') {
            ++p_;
            break;
          }
          open.push_back(slot);
          slot = &slot->get_ref<Json::array_t&>().emplace_back();
          continue;
        }
        case '"': {
          ++p_;
          *slot = Json(Json::value_t::string);
          if (!readString(slot->get_ref<std::string&>())) return false;
          break;
        }
        case 't':
          if (!literal("true", 4)) return false;
          *slot = true;
          break;
        case 'f':
          if (!literal("false", 5)) return false;
          *slot = false;
          break;
        case 'n':
          if (!literal("null", 4)) return false;
          *slot = nullptr;
          break;
        default:
          if (!readNumber(*slot)) return false;
          break;
      }
      // After a value: close what ends here, then find the next slot (or the end).
      for (;;) {
        skipWhitespace();
        if (open.empty()) return p_ == end_ || *p_ == '\0';
        if (p_ == end_) return false;
        Json& container = *open.back();
        const unsigned char c = *p_++;
        if (c == ',') {
          if (container.is_array()) {
            slot = &container.get_ref<Json::array_t&>().emplace_back();
          } else {
            skipWhitespace();
            slot = member(container);
            if (!slot) return false;
          }
          break;
        }
        if (c != (container.is_array() ? ']' : '}')) return false;
        open.pop_back();
      }
    }
  }

 private:
  void skipWhitespace() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  // `"key" :` at p_ (whitespace before it already skipped); returns the member's value slot
  // in `object` (an existing one for a duplicate key: the last value wins).
  Json* member(Json& object) {
    if (p_ == end_ || *p_ != '"') return nullptr;
    ++p_;
    std::string key;
    if (!readString(key)) return nullptr;
    skipWhitespace();
    if (p_ == end_ || *p_ != ':') return nullptr;
    ++p_;
    if (deferred_ && &object == root_) {
      for (std::size_t k = 0; k < deferred_->keys.size(); ++k) {
        if (key != deferred_->keys[k]) continue;
        // The last occurrence of a key wins, as in the DOM: forget an earlier one.
        deferred_->elements[k].clear();
        deferred_->deferred[k] = false;
        pending_ = static_cast<int>(k);
      }
    }
    return &object.get_ref<Json::object_t&>()[std::move(key)];
  }

  // The elements of the array at p_ ('['), each checked as a value by skipValue (the same
  // rules as the DOM parse) and its text kept in `elements`; p_ ends after the ']'.
  bool skipDeferredArray(std::vector<std::string_view>& elements) {
    ++p_;
    skipWhitespace();
    if (p_ < end_ && *p_ == ']') {
      ++p_;
      return true;
    }
    for (;;) {
      skipWhitespace();
      const unsigned char* start = p_;
      if (!skipValue()) return false;
      elements.emplace_back(reinterpret_cast<const char*>(start), static_cast<std::size_t>(p_ - start));
      skipWhitespace();
      if (p_ == end_) return false;
      const unsigned char c = *p_++;
      if (c == ']') return true;
      if (c != ',') return false;
    }
  }

  // One value at p_, checked exactly as parse() checks it, but nothing is kept: the same
  // token readers, into scratch values that are reused (no allocation per value).
  bool skipValue() {
    std::vector<unsigned char> open;  // the closing bracket of each open container
    for (;;) {
      skipWhitespace();
      if (p_ == end_) return false;
      switch (*p_) {
        case '{':
        case '[': {
          const unsigned char closer = *p_ == '{' ? '}' : ']';
          ++p_;
          skipWhitespace();
          if (p_ < end_ && *p_ == closer) {
            ++p_;
            break;
          }
          open.push_back(closer);
          if (closer == '}' && !skipKey()) return false;
          continue;
        }
        case '"':
          ++p_;
          if (!readString(scratchText_)) return false;
          break;
        case 't':
          if (!literal("true", 4)) return false;
          break;
        case 'f':
          if (!literal("false", 5)) return false;
          break;
        case 'n':
          if (!literal("null", 4)) return false;
          break;
        default:
          if (!readNumber(scratchValue_)) return false;
          break;
      }
      for (;;) {
        skipWhitespace();
        if (open.empty()) return true;
        if (p_ == end_) return false;
        const unsigned char c = *p_++;
        if (c == ',') {
          if (open.back() == '}') {
            skipWhitespace();
            if (!skipKey()) return false;
          }
          break;
        }
        if (c != open.back()) return false;
        open.pop_back();
      }
    }
  }

  // `"key" :` at p_, checked and dropped.
  bool skipKey() {
    if (p_ == end_ || *p_ != '"') return false;
    ++p_;
    if (!readString(scratchText_)) return false;
    skipWhitespace();
    if (p_ == end_ || *p_ != ':') return false;
    ++p_;
    return true;
  }

  bool literal(const char* word, std::size_t length) {
    if (static_cast<std::size_t>(end_ - p_) < length || std::memcmp(p_, word, length) != 0) return false;
    p_ += length;
    return true;
  }

  // The plain bytes from p_ on: stops at a quote, a backslash, a control or a non-ASCII byte.
  void skipPlain() {
    // Eight bytes at a time while none is special. zeroIn/lessThan are the classic exact
    // tests "some byte is zero" / "some byte is below n" (n <= 0x80) on a 64-bit word.
    constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    auto zeroIn = [&](std::uint64_t v) { return (v - ones) & ~v & highs; };
    auto lessThan = [&](std::uint64_t v, std::uint64_t n) { return (v - ones * n) & ~v & highs; };
    while (end_ - p_ >= 8) {
      std::uint64_t x;
      std::memcpy(&x, p_, 8);
      if ((x & highs) | lessThan(x, 0x20) | zeroIn(x ^ (ones * '"')) | zeroIn(x ^ (ones * '\\'))) break;
      p_ += 8;
    }
    while (p_ < end_ && kString.of[*p_] == kPlain) ++p_;
  }

  // One UTF-8 sequence of 2 to 4 bytes at p_, with nlohmann's (RFC 3629's) ranges.
  bool skipUtf8() {
    const unsigned char c = *p_;
    int more;
    unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      more = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      more = 2;
      if (c == 0xE0) low = 0xA0;
      if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      more = 3;
      if (c == 0xF0) low = 0x90;
      if (c == 0xF4) high = 0x8F;
    } else {
      return false;
    }
    if (end_ - p_ <= more) return false;
    if (p_[1] < low || p_[1] > high) return false;
    for (int k = 2; k <= more; ++k) {
      if (p_[k] < 0x80 || p_[k] > 0xBF) return false;
    }
    p_ += 1 + more;
    return true;
  }

  // The rest of a string after its opening quote, into `out` (empty).
  bool readString(std::string& out) {
    const unsigned char* start = p_;
    for (;;) {  // most strings have no escape: find the end, then copy once
      skipPlain();
      if (p_ == end_) return false;
      const unsigned char cls = kString.of[*p_];
      if (cls == kQuote) {
        out.assign(reinterpret_cast<const char*>(start), static_cast<std::size_t>(p_ - start));
        ++p_;
        return true;
      }
      if (cls == kBackslash) break;
      if (cls == kControl || !skipUtf8()) return false;
    }
    out.assign(reinterpret_cast<const char*>(start), static_cast<std::size_t>(p_ - start));
    for (;;) {
      const unsigned char* run = p_;
      for (;;) {
        skipPlain();
        if (p_ == end_) return false;
        const unsigned char cls = kString.of[*p_];
        if (cls == kQuote || cls == kBackslash) break;
        if (cls == kControl || !skipUtf8()) return false;
      }
      out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p_ - run));
      if (*p_++ == '"') return true;
      if (p_ == end_) return false;
      switch (*p_++) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          int cp = hex4();
          if (cp < 0) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
            p_ += 2;
            const int low = hex4();
            if (low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return false;
          }
          appendUtf8(out, static_cast<std::uint32_t>(cp));
          break;
        }
        default: return false;
      }
    }
  }

  int hex4() {
    if (end_ - p_ < 4) return -1;
    int v = 0;
    for (int k = 0; k < 4; ++k) {
      const int h = hexValue(static_cast<char>(p_[k]));
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    p_ += 4;
    return v;
  }

  static bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }

  bool readNumber(Json& slot) {
    const unsigned char* start = p_;
    const bool negative = *p_ == '-';
    if (negative) ++p_;
    if (p_ == end_ || !isDigit(*p_)) return false;
    // The integer part, exactly while it fits in 64 bits.
    std::uint64_t magnitude = 0;
    bool fits = true;
    if (*p_ == '0') {
      ++p_;  // a leading zero is the whole integer part ("01" fails after it, as in nlohmann)
    } else {
      for (; p_ < end_ && isDigit(*p_); ++p_) {
        const unsigned d = *p_ - '0';
        if (magnitude > (UINT64_MAX - d) / 10) fits = false;
        else magnitude = magnitude * 10 + d;
      }
    }
    bool isFloat = false;
    if (p_ < end_ && *p_ == '.') {
      ++p_;
      if (p_ == end_ || !isDigit(*p_)) return false;
      while (p_ < end_ && isDigit(*p_)) ++p_;
      isFloat = true;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (p_ == end_ || !isDigit(*p_)) return false;
      while (p_ < end_ && isDigit(*p_)) ++p_;
      isFloat = true;
    }
    if (!isFloat && fits) {
      if (!negative) {
        slot = static_cast<std::uint64_t>(magnitude);
        return true;
      }
      if (magnitude <= std::uint64_t{1} << 63) {
        slot = static_cast<std::int64_t>(0 - magnitude);  // two's complement: 2^63 gives INT64_MIN
        return true;
      }
    }
    const double d = decimalToDouble(
        std::string_view(reinterpret_cast<const char*>(start), static_cast<std::size_t>(p_ - start)));
    if (d - d != 0) return false;  // ±infinity: nlohmann refuses an overflowing number
    slot = d;
    return true;
  }

  const unsigned char* p_;
  const unsigned char* end_;
  DeferredArrays* deferred_;
  Json* root_ = nullptr;
  int pending_ = -1;  // the deferred key whose value comes next (-1: none)
  std::string scratchText_;
  Json scratchValue_;
};

}  // namespace

Json parseJsonText(std::string_view text) {
  Json root;
  if (!Parser(text).parse(root)) return Json(Json::value_t::discarded);
  return root;
}

Json parseJsonTextDeferring(std::string_view text, DeferredArrays& arrays) {
  Json root;
  if (!Parser(text, &arrays).parse(root)) {
    arrays.elements.assign(arrays.keys.size(), {});
    arrays.deferred.assign(arrays.keys.size(), false);
    return Json(Json::value_t::discarded);
  }
  return root;
}

}  // namespace samenwijs

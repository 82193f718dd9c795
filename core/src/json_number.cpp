#include "samenwijs/json_number.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace samenwijs {
namespace {

// A halfway point between two doubles has at most 767 significant decimal digits; digits
// beyond 800 only matter through whether any of them is not zero ("sticky").
constexpr int kMaxDigits = 800;

constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr std::uint64_t kTwoTo53 = std::uint64_t{1} << 53;
constexpr std::uint64_t kInfinityBits = 0x7FF0000000000000u;

// An unsigned integer of 32-bit limbs, least significant first. 5,120 bits: the largest
// value compared below is about 4,700 bits (800 digits and 10^1125 on either side).
class BigInt {
 public:
  void set(std::uint64_t v) {
    size_ = 0;
    while (v) {
      push(static_cast<std::uint32_t>(v));
      v >>= 32;
    }
  }
  void mulAdd(std::uint32_t factor, std::uint32_t add) {
    std::uint64_t carry = add;
    for (int i = 0; i < size_; ++i) {
      const std::uint64_t p = static_cast<std::uint64_t>(limb_[i]) * factor + carry;
      limb_[i] = static_cast<std::uint32_t>(p);
      carry = p >> 32;
    }
    if (carry) push(static_cast<std::uint32_t>(carry));
  }
  void mulPow5(int k) {
    static constexpr std::uint32_t kPow5[] = {1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125,
                                              9765625, 48828125, 244140625, 1220703125};
    for (; k >= 13; k -= 13) mulAdd(kPow5[13], 0);
    if (k > 0) mulAdd(kPow5[k], 0);
  }
  void shiftLeft(int bits) {
    if (size_ == 0 || bits == 0) return;
    const int words = bits / 32, rest = bits % 32;
    if (size_ + words + 1 > kLimbs) {  // never with the bounds decimalToDouble checks
      overflow_ = true;
      return;
    }
    limb_[size_] = 0;
    for (int i = size_; i >= 0; --i) {
      const std::uint32_t high = limb_[i] << rest;
      const std::uint32_t low = (rest && i > 0) ? limb_[i - 1] >> (32 - rest) : 0;
      limb_[i + words] = high | low;
    }
    for (int i = 0; i < words; ++i) limb_[i] = 0;
    size_ += words + 1;
    while (size_ > 0 && limb_[size_ - 1] == 0) --size_;
  }
  bool overflowed() const { return overflow_; }
  friend int compare(const BigInt& a, const BigInt& b) {
    if (a.size_ != b.size_) return a.size_ < b.size_ ? -1 : 1;
    for (int i = a.size_; i-- > 0;) {
      if (a.limb_[i] != b.limb_[i]) return a.limb_[i] < b.limb_[i] ? -1 : 1;
    }
    return 0;
  }

 private:
  static constexpr int kLimbs = 160;
  void push(std::uint32_t v) {
    if (size_ == kLimbs) {
      overflow_ = true;
      return;
    }
    limb_[size_++] = v;
  }
  std::uint32_t limb_[kLimbs];
  int size_ = 0;
  bool overflow_ = false;
};

double fromBits(std::uint64_t bits) {
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

std::uint64_t toBits(double d) {
  std::uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return bits;
}

// The sign of value - halfway(b), where value = digits * 10^e10 (plus something below one
// unit of the last digit when `sticky`) and halfway(b) lies between the positive double
// with bit pattern b and the next one up: (2m + 1) * 2^(q - 1) for b = m * 2^q.
int compareWithHalfway(const BigInt& digits, bool sticky, int e10, std::uint64_t b) {
  const int field = static_cast<int>(b >> 52);
  const std::uint64_t fraction = b & ((std::uint64_t{1} << 52) - 1);
  const std::uint64_t m = field ? fraction | (std::uint64_t{1} << 52) : fraction;
  const int q = field ? field - 1075 : -1074;
  // digits * 5^e10 * 2^e10  vs  (2m + 1) * 2^(q - 1): the powers of two go to one side.
  BigInt left = digits, right;
  right.set(2 * m + 1);
  if (e10 >= 0) left.mulPow5(e10);
  else right.mulPow5(-e10);
  const int p = q - 1 - e10;
  if (p >= 0) right.shiftLeft(p);
  else left.shiftLeft(-p);
  const int c = compare(left, right);
  return c == 0 && sticky ? 1 : c;
}

}  // namespace

double decimalToDouble(std::string_view token) {
  std::size_t i = 0;
  const bool negative = !token.empty() && token[0] == '-';
  if (negative) ++i;
  // The significant digits (without leading zeros), at most kMaxDigits of them.
  unsigned char digit[kMaxDigits];
  int n = 0;
  bool sticky = false;
  std::int64_t e10 = 0;  // value = digits * 10^e10
  auto take = [&](char c) {
    if (n == 0 && c == '0') return;
    if (n < kMaxDigits) {
      digit[n++] = static_cast<unsigned char>(c - '0');
    } else {
      ++e10;  // a dropped digit of the integer part (or one that the fraction count undoes)
      if (c != '0') sticky = true;
    }
  };
  for (; i < token.size() && token[i] >= '0' && token[i] <= '9'; ++i) take(token[i]);
  if (i < token.size() && token[i] == '.') {
    for (++i; i < token.size() && token[i] >= '0' && token[i] <= '9'; ++i) {
      take(token[i]);
      --e10;
    }
  }
  if (i < token.size() && (token[i] == 'e' || token[i] == 'E')) {
    ++i;
    const bool minus = i < token.size() && token[i] == '-';
    if (i < token.size() && (token[i] == '+' || token[i] == '-')) ++i;
    std::int64_t exponent = 0;
    for (; i < token.size() && token[i] >= '0' && token[i] <= '9'; ++i) {
      if (exponent < 100000000) exponent = exponent * 10 + (token[i] - '0');
    }
    e10 += minus ? -exponent : exponent;
  }
  while (n > 0 && digit[n - 1] == 0) {
    --n;
    ++e10;
  }
  const double zero = negative ? -0.0 : 0.0;
  const double infinity = negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
  if (n == 0) return zero;
  // The value lies in [10^(n-1+e10), 10^(n+e10)).
  if (n - 1 + e10 > 309) return infinity;     // above 1e309 > the largest double
  if (n + e10 <= -325) return zero;           // below 1e-325 < half the smallest subnormal
  const int e = static_cast<int>(e10);

  // Clinger's fast path: an integer up to 2^53 and 10^k up to 10^22 are exact doubles, so
  // the one multiplication or division rounds correctly.
  if (!sticky && n <= 19) {
    std::uint64_t w = 0;
    for (int k = 0; k < n; ++k) w = w * 10 + digit[k];
    if (w <= kTwoTo53) {
      double result = -1;
      if (e >= 0 && e <= 22) {
        result = static_cast<double>(w) * kPow10[e];
      } else if (e < 0 && e >= -22) {
        result = static_cast<double>(w) / kPow10[-e];
      } else if (e > 22 && e <= 22 + 16) {
        // 12e30 = (12 * 10^8) * 10^22 while the first factor stays exact.
        std::uint64_t scaled = w;
        int k = e - 22;
        for (; k > 0 && scaled <= kTwoTo53 / 10; --k) scaled *= 10;
        if (k == 0) result = static_cast<double>(scaled) * kPow10[22];
      }
      if (result >= 0) return negative ? -result : result;
    }
  }

  // A first guess from the leading 19 digits (within a few units in the last place), then
  // exact comparisons with the halfway points move it to the correctly rounded double.
  const int lead = n < 19 ? n : 19;
  std::uint64_t w = 0;
  for (int k = 0; k < lead; ++k) w = w * 10 + digit[k];
  int exp2 = 0, step;
  double x = std::frexp(static_cast<double>(w), &exp2);
  for (int k = e + (n - lead); k != 0;) {
    const int chunk = k > 0 ? (k > 22 ? 22 : k) : (k < -22 ? -22 : k);
    x = chunk > 0 ? x * kPow10[chunk] : x / kPow10[-chunk];
    x = std::frexp(x, &step);
    exp2 += step;
    k -= chunk;
  }
  std::uint64_t b = toBits(std::ldexp(x, exp2));
  if (b > kInfinityBits) b = kInfinityBits;

  BigInt digits;
  digits.set(0);
  for (int k = 0; k < n;) {
    std::uint32_t chunk = 0, factor = 1;
    for (int j = 0; j < 9 && k < n; ++j, ++k) {
      chunk = chunk * 10 + digit[k];
      factor *= 10;
    }
    digits.mulAdd(factor, chunk);
  }
  for (;;) {
    // Up while the value is above the halfway point to the next double (a tie goes to the
    // even one), down while it is below the halfway point to the previous one.
    if (b < kInfinityBits) {
      const int c = compareWithHalfway(digits, sticky, e, b);
      if (c > 0 || (c == 0 && (b & 1))) {
        ++b;
        continue;
      }
    }
    if (b > 0) {
      const int c = compareWithHalfway(digits, sticky, e, b - 1);
      if (c < 0 || (c == 0 && (b & 1))) {
        --b;
        continue;
      }
    }
    break;
  }
  const double result = fromBits(b);
  return negative ? -result : result;
}

}  // namespace samenwijs

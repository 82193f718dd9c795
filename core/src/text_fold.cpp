#include "samenwijs/text_fold.hpp"

namespace samenwijs {
namespace {

// Decodes one code point; invalid bytes decode as U+FFFD and advance by one.
char32_t decode(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  auto cont = [&](std::size_t k) -> int {
    if (i + k >= s.size()) return -1;
    const auto b = static_cast<unsigned char>(s[i + k]);
    return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
  };
  if (b0 < 0x80) { i += 1; return b0; }
  if ((b0 & 0xE0) == 0xC0) {
    const int c1 = cont(1);
    if (c1 >= 0) { i += 2; return static_cast<char32_t>(((b0 & 0x1F) << 6) | c1); }
  } else if ((b0 & 0xF0) == 0xE0) {
    const int c1 = cont(1), c2 = c1 >= 0 ? cont(2) : -1;
    if (c2 >= 0) { i += 3; return static_cast<char32_t>(((b0 & 0x0F) << 12) | (c1 << 6) | c2); }
  } else if ((b0 & 0xF8) == 0xF0) {
    const int c1 = cont(1), c2 = c1 >= 0 ? cont(2) : -1, c3 = c2 >= 0 ? cont(3) : -1;
    if (c3 >= 0) { i += 4; return static_cast<char32_t>(((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3); }
  }
  i += 1;
  return 0xFFFD;
}

// ASCII letters or digits a code point folds to; empty for separators.
const char* fold(char32_t c) {
  static char ascii[2] = {0, 0};
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      ascii[0] = static_cast<char>(c);
      return ascii;
    }
    return "";
  }
  // Latin-1 Supplement and the Latin Extended-A letters Dutch texts use.
  static const char* const latin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0-CF
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0-EF
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};  // F0-FF
  if (c >= 0xC0 && c <= 0xFF) return latin1[c - 0xC0];
  if (c == 0x132 || c == 0x133) return "ij";
  if (c == 0x152 || c == 0x153) return "oe";
  if (c >= 0x100 && c <= 0x17F) {
    // Base letter of each code point in U+0100..U+017F (generated from Unicode NFD).
    static const char base[] =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkklllllll"
        "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    const std::size_t index = c - 0x100;
    if (index < sizeof(base) - 1) {
      ascii[0] = base[index];
      return ascii;
    }
  }
  return "";
}

std::uint32_t utf16Units(char32_t c) { return c >= 0x10000 ? 2u : 1u; }

bool isVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }
bool endsWith(const std::string& s, const char* suffix) {
  const std::string_view v(suffix);
  return s.size() >= v.size() && s.compare(s.size() - v.size(), v.size(), v) == 0;
}

}  // namespace

void scanWords(std::string_view utf8, FunctionRef<void(const std::string& folded, const WordSpan& span)> each) {
  std::string folded;
  WordSpan span{0, 0, 0, 0};
  std::uint32_t offset = 0;
  auto flush = [&](std::size_t byteEnd) {
    if (!folded.empty()) {
      span.byteLength = byteEnd - span.byteStart;
      each(folded, span);
      folded.clear();
    }
  };
  std::size_t i = 0;
  while (i < utf8.size()) {
    const std::size_t at = i;
    // Plain ASCII (most of the content): no decoding, no table.
    const auto byte = static_cast<unsigned char>(utf8[i]);
    if (byte < 0x80) {
      const bool upper = byte >= 'A' && byte <= 'Z';
      if (upper || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9')) {
        if (folded.empty()) {
          span.start = offset;
          span.byteStart = at;
        }
        folded += static_cast<char>(upper ? byte - 'A' + 'a' : byte);
        span.length = offset + 1 - span.start;
      } else {
        flush(at);
      }
      ++i;
      ++offset;
      continue;
    }
    const char32_t c = decode(utf8, i);
    const char* letters = fold(c);
    const std::uint32_t units = utf16Units(c);
    // A combining mark (decomposed é, ë as in text copied from a PDF) belongs to the
    // letter before it: it stays inside the word and is dropped from the folded form.
    if (c >= 0x300 && c <= 0x36F && !folded.empty()) {
      offset += units;
      span.length = offset - span.start;
      continue;
    }
    if (*letters) {
      if (folded.empty()) {
        span.start = offset;
        span.byteStart = at;
      }
      folded += letters;
      span.length = offset + units - span.start;
    } else {
      flush(at);
    }
    offset += units;
  }
  flush(utf8.size());
}

std::vector<Token> tokenize(std::string_view utf8) {
  std::vector<Token> tokens;
  scanWords(utf8, [&](const std::string& folded, const WordSpan& span) {
    tokens.push_back(Token{folded, dutchStem(folded), span.start, span.length});
  });
  return tokens;
}

std::string foldText(std::string_view utf8) {
  std::string out;
  std::size_t i = 0;
  while (i < utf8.size()) {
    const char32_t c = decode(utf8, i);
    if (c >= 0x300 && c <= 0x36F) continue;  // combining marks fold away
    const char* folded = fold(c);
    out += *folded ? folded : " ";
  }
  return out;
}

std::string dutchStem(std::string w) {
  if (w.size() <= 3) return w;
  if (endsWith(w, "heden")) return w.substr(0, w.size() - 5) + "heid";
  if (endsWith(w, "en") && w.size() >= 5) {
    w.resize(w.size() - 2);
  } else if (w.size() >= 5 && (endsWith(w, "ers") || endsWith(w, "els") || endsWith(w, "ems") ||
                               endsWith(w, "jes") || endsWith(w, "ies"))) {
    w.resize(w.size() - 1);
  }
  if (w.size() >= 4 && w.back() == 'e') w.pop_back();
  const std::size_t n = w.size();
  // lessen -> less -> les; gesprekken -> gesprekk -> gesprek
  if (n >= 4 && w[n - 1] == w[n - 2] && !isVowel(w[n - 1])) {
    w.pop_back();
  } else if (n >= 4 && !isVowel(w[n - 1]) && isVowel(w[n - 2]) && w[n - 2] == w[n - 3]) {
    // vraag -> vrag (matches vragen -> vrag); school -> schol; digitaal -> digital
    w.erase(n - 2, 1);
  }
  return w;
}

}  // namespace samenwijs

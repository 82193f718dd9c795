#include "samenwijs/search_vocabulary.hpp"

#include <algorithm>
#include <cctype>

#include "samenwijs/text_fold.hpp"

namespace samenwijs {
namespace {

// How much a looser match counts next to the same word (1). Typos count least: the
// ranking puts documents found through a typo below the others anyway.
constexpr float kFamily = 0.85f;      // veilig -> veiligheid
constexpr float kCompoundHead = 0.7f; // privacy -> privacybeleid
constexpr float kCompoundTail = 0.6f; // pesten -> cyberpesten
constexpr float kPrefix = 0.6f;       // digi -> digitale (while typing)
constexpr float kOneTypo = 0.45f, kTwoTypos = 0.3f;
// A compound part must leave at least this many letters for the other part, and a word
// needs this many letters to be looked for inside compounds.
constexpr std::size_t kCompoundRest = 3, kCompoundMinLength = 4, kPrefixMinLength = 2;

bool startsWith(const std::string& s, const std::string& prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}
bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool startsLower(std::string_view s) { return !s.empty() && !std::isupper(static_cast<unsigned char>(s[0])); }

}  // namespace

std::string wordFamily(const std::string& stem) {
  constexpr std::size_t kHeid = 4, kRest = 4;
  if (stem.size() >= kHeid + kRest && endsWith(stem, "heid")) return stem.substr(0, stem.size() - kHeid);
  return stem;
}

int editDistance(std::string_view a, std::string_view b, int max, bool prefixOfB) {
  const std::size_t n = a.size(), m = b.size();
  if (!prefixOfB && (n > m ? n - m : m - n) > static_cast<std::size_t>(max)) return max + 1;
  if (prefixOfB && m + static_cast<std::size_t>(max) < n) return max + 1;
  // Three rows of the optimal-string-alignment table (the previous two for swaps), on the
  // stack: words longer than kMaxWord are never typo candidates.
  constexpr std::size_t kMaxWord = 63;
  if (n > kMaxWord || m > kMaxWord) return max + 1;
  int rows[3][kMaxWord + 1];
  int* twoBack = rows[0];
  int* back = rows[1];
  int* row = rows[2];
  for (std::size_t j = 0; j <= m; ++j) back[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    row[0] = static_cast<int>(i);
    int best = row[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int v = std::min({back[j] + 1, row[j - 1] + 1, back[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, twoBack[j - 2] + 1);
      row[j] = v;
      best = std::min(best, v);
    }
    if (best > max) return max + 1;  // every later row is at least as far: stop early
    int* oldest = twoBack;
    twoBack = back;
    back = row;
    row = oldest;
  }
  int distance = back[m];
  if (prefixOfB) distance = *std::min_element(back, back + m + 1);
  return std::min(distance, max + 1);
}

namespace {
// The typo bucket letter of a folded word's first character, or -1.
int letterIndex(char c) {
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= '0' && c <= '9') return 26 + (c - '0');
  return -1;
}
}  // namespace

namespace {
// FNV-1a: short words, a simple loop.
std::uint32_t hashText(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}
}  // namespace

void StringIds::reserve(std::size_t count, const std::vector<std::string>& keys) {
  std::size_t size = 16;
  while (size < count * 2) size *= 2;
  if (size <= slots_.size()) return;
  std::vector<std::uint32_t> old = std::move(slots_);
  slots_.assign(size, 0);
  for (const std::uint32_t slot : old) {
    if (!slot) continue;
    std::size_t i = hashText(keys[slot - 1]) & (slots_.size() - 1);
    while (slots_[i]) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = slot;
  }
}

std::uint32_t StringIds::find(std::string_view key, const std::vector<std::string>& keys) const {
  if (slots_.empty()) return kNone;
  for (std::size_t i = hashText(key) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
    const std::uint32_t slot = slots_[i];
    if (!slot) return kNone;
    if (keys[slot - 1] == key) return slot - 1;
  }
}

void StringIds::insert(std::uint32_t id, const std::vector<std::string>& keys) {
  reserve(count_ + 1, keys);
  std::size_t i = hashText(keys[id]) & (slots_.size() - 1);
  while (slots_[i]) i = (i + 1) & (slots_.size() - 1);
  slots_[i] = id + 1;
  ++count_;
}

std::uint32_t SearchVocabulary::intern(const std::string& folded, std::string_view surface) {
  const std::uint32_t known = byWord_.find(folded, words_);
  if (known == StringIds::kNone) {
    const auto id = static_cast<std::uint32_t>(words_.size());
    words_.push_back(folded);
    surfaces_.emplace_back(surface);
    byWord_.insert(id, words_);
    return id;
  }
  if (!startsLower(surfaces_[known]) && startsLower(surface)) {
    surfaces_[known] = std::string(surface);  // prefer "digitale" to "Digitale"
  }
  return known;
}

void SearchVocabulary::reserve(std::size_t occurrences) {
  occurrences_.reserve(occurrences);
  // Dutch text repeats its words: about one new word per ten.
  byWord_.reserve(occurrences / 8, words_);
  words_.reserve(occurrences / 8);
  surfaces_.reserve(occurrences / 8);
}

void SearchVocabulary::occurs(std::uint32_t word, std::uint32_t doc, std::uint32_t span) {
  occurrences_.push_back({word, doc, span});
}

// Groups the occurrences by word (a counting sort keeps their document order), one posting
// per word and field with its count.
void SearchVocabulary::buildPostings() {
  const std::size_t n = words_.size();
  std::vector<std::uint32_t> at(n + 1, 0);
  for (const auto& o : occurrences_) ++at[o.word + 1];
  for (std::size_t w = 0; w < n; ++w) at[w + 1] += at[w];
  std::vector<Posting> grouped(occurrences_.size());
  std::vector<std::uint32_t> end(at.begin(), at.end() - 1);  // per word: one past its last posting so far
  for (const auto& o : occurrences_) {
    std::uint32_t& e = end[o.word];
    if (e > at[o.word] && grouped[e - 1].span == o.span) {
      ++grouped[e - 1].count;
    } else {
      grouped[e++] = {o.doc, o.span, 1};
    }
  }
  // Close the gaps left by merged postings, in place (each word only moves to the left).
  postingStart_.assign(n + 1, 0);
  std::uint32_t write = 0;
  for (std::size_t w = 0; w < n; ++w) {
    postingStart_[w] = write;
    for (std::uint32_t i = at[w]; i < end[w]; ++i) grouped[write++] = grouped[i];
  }
  postingStart_[n] = write;
  grouped.resize(write);
  grouped.shrink_to_fit();
  postings_ = std::move(grouped);
  std::vector<Occurrence>().swap(occurrences_);
}

void SearchVocabulary::finish() {
  buildPostings();
  const auto n = static_cast<std::uint32_t>(words_.size());
  stems_.resize(n);
  docFrequency_.resize(n);
  sorted_.resize(n);
  for (std::uint32_t w = 0; w < n; ++w) {
    stems_[w] = dutchStem(words_[w]);
    std::uint32_t docs = 0, last = UINT32_MAX;
    for (const auto& p : postings(w)) {
      if (p.doc != last) ++docs;
      last = p.doc;
    }
    docFrequency_[w] = docs;
    sorted_[w] = w;
  }
  buildFamilies();
  std::sort(sorted_.begin(), sorted_.end(), [&](std::uint32_t a, std::uint32_t b) { return words_[a] < words_[b]; });
  reversed_.resize(n);
  sortedReversed_ = sorted_;
  typoBuckets_.assign(kLetters * (kMaxBucketLength + 1), {});
  for (std::uint32_t w = 0; w < n; ++w) {
    reversed_[w].assign(words_[w].rbegin(), words_[w].rend());
    const int letter = letterIndex(words_[w][0]);
    if (letter >= 0) {
      typoBuckets_[static_cast<std::size_t>(letter) * (kMaxBucketLength + 1) + std::min(words_[w].size(), kMaxBucketLength)]
          .push_back(w);
    }
  }
  std::sort(sortedReversed_.begin(), sortedReversed_.end(),
            [&](std::uint32_t a, std::uint32_t b) { return reversed_[a] < reversed_[b]; });
}

// Word families (veilig ~ veiligheid) as lists of word ids, found by the family's text.
void SearchVocabulary::buildFamilies() {
  const auto n = static_cast<std::uint32_t>(words_.size());
  std::vector<std::uint32_t> familyOf(n);
  families_.clear();
  byFamily_.reserve(n, families_);
  for (std::uint32_t w = 0; w < n; ++w) {
    std::string family = wordFamily(stems_[w]);
    std::uint32_t f = byFamily_.find(family, families_);
    if (f == StringIds::kNone) {
      f = static_cast<std::uint32_t>(families_.size());
      families_.push_back(std::move(family));
      byFamily_.insert(f, families_);
    }
    familyOf[w] = f;
  }
  familyStart_.assign(families_.size() + 1, 0);
  for (std::uint32_t w = 0; w < n; ++w) ++familyStart_[familyOf[w] + 1];
  for (std::size_t f = 0; f < families_.size(); ++f) familyStart_[f + 1] += familyStart_[f];
  familyWords_.assign(n, 0);
  std::vector<std::uint32_t> next(familyStart_.begin(), familyStart_.end() - 1);
  for (std::uint32_t w = 0; w < n; ++w) familyWords_[next[familyOf[w]]++] = w;  // in word order, as before
}

template <typename F>
void SearchVocabulary::forPrefix(const std::string& prefix, F each) const {
  auto it = std::lower_bound(sorted_.begin(), sorted_.end(), prefix,
                             [&](std::uint32_t w, const std::string& p) { return words_[w] < p; });
  for (; it != sorted_.end() && startsWith(words_[*it], prefix); ++it) each(*it);
}

void SearchVocabulary::expand(const std::string& folded, bool typing, bool allowTypos, std::vector<Variant>& out) const {
  out.clear();
  if (folded.empty()) return;
  const std::string stem = dutchStem(folded);
  const std::uint32_t family = byFamily_.find(wordFamily(stem), families_);
  if (family != StringIds::kNone) {
    for (std::uint32_t i = familyStart_[family]; i < familyStart_[family + 1]; ++i) {
      const std::uint32_t w = familyWords_[i];
      const bool same = words_[w] == folded || stems_[w] == stem;
      out.push_back({w, same ? 1.0f : kFamily, same ? MatchKind::Exact : MatchKind::Family, 0});
    }
  }
  const std::uint32_t exact = byWord_.find(folded, words_);
  if (exact != StringIds::kNone) out.push_back({exact, 1.0f, MatchKind::Exact, 0});
  const bool compounds = folded.size() >= kCompoundMinLength;
  if ((typing && folded.size() >= kPrefixMinLength) || compounds) {
    forPrefix(folded, [&](std::uint32_t w) {
      if (compounds && words_[w].size() >= folded.size() + kCompoundRest) {
        out.push_back({w, typing ? std::max(kPrefix, kCompoundHead) : kCompoundHead, MatchKind::Compound, 0});
      } else if (typing) {
        out.push_back({w, kPrefix, MatchKind::Prefix, 0});
      }
    });
  }
  if (compounds) {
    // The words that end with it: a range of the words sorted by their reversed text.
    const std::string tail(folded.rbegin(), folded.rend());
    auto it = std::lower_bound(sortedReversed_.begin(), sortedReversed_.end(), tail,
                               [&](std::uint32_t w, const std::string& t) { return reversed_[w] < t; });
    for (; it != sortedReversed_.end() && startsWith(reversed_[*it], tail); ++it) {
      if (words_[*it].size() >= folded.size() + kCompoundRest) out.push_back({*it, kCompoundTail, MatchKind::Compound, 0});
    }
  }
  const int letter = letterIndex(folded[0]);
  if (out.empty() && allowTypos && folded.size() >= kTypoMinLength && letter >= 0) {
    const int max = folded.size() >= kTwoTyposMinLength ? 2 : 1;
    // Only words with the same first letter (people rarely mistype the first one) and a length
    // within reach: while typing any longer word may be meant, else at most `max` letters more or less.
    const std::size_t from = folded.size() - static_cast<std::size_t>(max);
    const std::size_t to = typing ? kMaxBucketLength : std::min(folded.size() + static_cast<std::size_t>(max), kMaxBucketLength);
    const std::size_t base = static_cast<std::size_t>(letter) * (kMaxBucketLength + 1);
    for (std::size_t length = from; length <= to; ++length) {
      for (std::uint32_t w : typoBuckets_[base + length]) {
        const int d = editDistance(folded, words_[w], max, typing);
        if (d <= max) out.push_back({w, d == 1 ? kOneTypo : kTwoTypos, MatchKind::Typo, static_cast<std::uint8_t>(d)});
      }
    }
  }
  // One variant per word, the best.
  std::sort(out.begin(), out.end(), [](const Variant& a, const Variant& b) {
    return a.word != b.word ? a.word < b.word : a.quality > b.quality;
  });
  out.erase(std::unique(out.begin(), out.end(), [](const Variant& a, const Variant& b) { return a.word == b.word; }),
            out.end());
}

}  // namespace samenwijs

#pragma once
// The search index's word list: every word of the content once, folded, with where it
// occurs (postings) and how a typed word finds it: the same word or stem, the same family
// (veilig ~ veiligheid), the start or the end of a compound, a prefix while typing, or, for a
// word the site does not know, a small typo.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace samenwijs {

struct Posting {
  std::uint32_t doc;
  std::uint32_t span;  // the document field it occurs in (an index into the index's field spans)
  std::uint32_t count;
};

// The postings of one word: a range of the vocabulary's one flat posting list, in document order.
struct PostingRange {
  const Posting* first = nullptr;
  const Posting* last = nullptr;
  std::size_t size() const { return static_cast<std::size_t>(last - first); }
  const Posting& operator[](std::size_t i) const { return first[i]; }
  const Posting* begin() const { return first; }
  const Posting* end() const { return last; }
};

// Ids of strings by their text: open addressing over a list of strings kept elsewhere (one
// hash and usually one comparison per look-up, no node per entry; the index looks up every
// word of the content once while it is built).
class StringIds {
 public:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  void reserve(std::size_t count, const std::vector<std::string>& keys);
  std::uint32_t find(std::string_view key, const std::vector<std::string>& keys) const;
  // keys[id] must be `key`.
  void insert(std::uint32_t id, const std::vector<std::string>& keys);

 private:
  std::vector<std::uint32_t> slots_;  // id + 1, or 0 for an empty slot; a power of two long
  std::size_t count_ = 0;
};

// How a vocabulary word was reached from a query word; qualities in search_vocabulary.cpp.
enum class MatchKind : std::uint8_t { Exact, Family, Compound, Prefix, Typo };

struct Variant {
  std::uint32_t word;
  float quality;  // 1 for the same word or stem, less for looser matches
  MatchKind kind;
  std::uint8_t edits;  // for typos: 1 or 2
};

// Typo limits: one edit from 4 letters, two from 8; the first letter is never changed.
constexpr std::size_t kTypoMinLength = 4, kTwoTyposMinLength = 8;

class SearchVocabulary {
 public:
  // Building: room for about this many words of text (fewer reallocations).
  void reserve(std::size_t occurrences);
  // The id of a word (new or known); `surface` is how it was written there.
  std::uint32_t intern(const std::string& folded, std::string_view surface);
  // Spans must come in increasing order (documents, then their fields).
  void occurs(std::uint32_t word, std::uint32_t doc, std::uint32_t span);
  // Sorts the words and computes postings, stems, families and document frequencies.
  void finish();

  // The vocabulary words `folded` may mean. `typing`: the user may still be typing this word,
  // so it also matches as a prefix. Typos are only tried when `allowTypos` and nothing else
  // matched; `out` is replaced.
  void expand(const std::string& folded, bool typing, bool allowTypos, std::vector<Variant>& out) const;

  std::size_t size() const { return words_.size(); }
  const std::string& word(std::uint32_t id) const { return words_[id]; }
  // How the word is written in the content (lower case where the content has it so).
  const std::string& surface(std::uint32_t id) const { return surfaces_[id]; }
  std::uint32_t documentFrequency(std::uint32_t id) const { return docFrequency_[id]; }
  PostingRange postings(std::uint32_t id) const {
    return {postings_.data() + postingStart_[id], postings_.data() + postingStart_[id + 1]};
  }

 private:
  void buildPostings();
  void buildFamilies();
  template <typename F>
  void forPrefix(const std::string& prefix, F each) const;

  std::vector<std::string> words_, surfaces_, stems_;
  // Every word's postings in one list (word by word), built in finish() from the occurrences.
  struct Occurrence {
    std::uint32_t word, doc, span;
  };
  std::vector<Occurrence> occurrences_;  // while building
  std::vector<Posting> postings_;
  std::vector<std::uint32_t> postingStart_;  // per word, and one past the last
  std::vector<std::uint32_t> docFrequency_;
  std::vector<std::uint32_t> sorted_;  // word ids in the order of their text, for prefixes
  // Word ids in the order of their reversed text, for the tails of compounds (pesten -> cyberpesten).
  std::vector<std::string> reversed_;
  std::vector<std::uint32_t> sortedReversed_;
  // Typo candidates: word ids per first letter (a-z, then 0-9) and length (capped), built once.
  static constexpr std::size_t kLetters = 36, kMaxBucketLength = 40;
  std::vector<std::vector<std::uint32_t>> typoBuckets_;  // [letter * (kMaxBucketLength + 1) + length]
  StringIds byWord_;  // into words_
  // Word families: their texts, ids by text, and their words (familyStart_ per family into familyWords_).
  std::vector<std::string> families_;
  StringIds byFamily_;
  std::vector<std::uint32_t> familyStart_, familyWords_;
};

// The word family of a stem: "veiligheid" and "veilig" share "veilig".
std::string wordFamily(const std::string& stem);

// Optimal string alignment distance (substitution, insertion, deletion, swap of neighbours),
// or max + 1 when it is larger than `max`. With `prefixOfB`, the distance to the closest
// prefix of b (for a word still being typed).
int editDistance(std::string_view a, std::string_view b, int max, bool prefixOfB);

}  // namespace samenwijs

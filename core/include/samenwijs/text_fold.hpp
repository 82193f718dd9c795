#pragma once
// Forgiving text matching for Dutch: lower case, diacritics removed (é, ë, ï, ĳ ...),
// and a light stemmer for plurals and common inflections (vragen ~ vraag, lessen ~ les,
// digitale ~ digitaal). Offsets are in UTF-16 code units, as JavaScript counts them.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "samenwijs/function_ref.hpp"

namespace samenwijs {

struct Token {
  std::string folded;   // lower-case ASCII form of the word
  std::string stem;     // folded, then stemmed
  std::uint32_t start;  // UTF-16 offset in the original text
  std::uint32_t length; // UTF-16 length in the original text
};

// Splits into words (letters and digits) and folds each one.
std::vector<Token> tokenize(std::string_view utf8);

// Where a word is: in UTF-16 units (for the page) and in bytes (for the core).
struct WordSpan {
  std::uint32_t start, length;
  std::size_t byteStart, byteLength;
};

// The words of a text, folded, without building a Token for each (the search index reads
// all content with it; `folded` is only valid during the call).
void scanWords(std::string_view utf8, FunctionRef<void(const std::string& folded, const WordSpan& span)> each);

// Lower-case ASCII fold of a whole text (non-letters kept as spaces).
std::string foldText(std::string_view utf8);

// Stem of an already folded word.
std::string dutchStem(std::string word);

}  // namespace samenwijs

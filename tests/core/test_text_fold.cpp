#define BOOST_TEST_MODULE text_fold
#include <boost/test/unit_test.hpp>

#include <cctype>
#include <string>
#include <vector>

#include "samenwijs/text_fold.hpp"

using samenwijs::dutchStem;
using samenwijs::foldText;
using samenwijs::Token;
using samenwijs::tokenize;

namespace {

struct Expected {
  std::string folded;
  std::uint32_t start, length;
};

void checkTokens(const std::string& text, const std::vector<Expected>& expected) {
  const std::vector<Token> tokens = tokenize(text);
  BOOST_TEST_CONTEXT("text '" << text << "'") {
    BOOST_REQUIRE_EQUAL(tokens.size(), expected.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      BOOST_TEST_CONTEXT("token " << i) {
        BOOST_CHECK_EQUAL(tokens[i].folded, expected[i].folded);
        BOOST_CHECK_EQUAL(tokens[i].start, expected[i].start);
        BOOST_CHECK_EQUAL(tokens[i].length, expected[i].length);
        BOOST_CHECK_EQUAL(tokens[i].stem, dutchStem(tokens[i].folded));
      }
    }
  }
}

std::string stemOf(const std::string& word) {
  const auto tokens = tokenize(word);
  BOOST_REQUIRE_EQUAL(tokens.size(), 1u);
  return tokens[0].stem;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(tokenize_offsets)

BOOST_AUTO_TEST_CASE(ascii) {
  checkTokens("Hoe zet je ICT in?", {{"hoe", 0, 3}, {"zet", 4, 3}, {"je", 8, 2}, {"ict", 11, 3}, {"in", 15, 2}});
  checkTokens("  i-coach, 2024!", {{"i", 2, 1}, {"coach", 4, 5}, {"2024", 11, 4}});
}

BOOST_AUTO_TEST_CASE(empty_and_separators_only) {
  BOOST_TEST(tokenize("").empty());
  BOOST_TEST(tokenize("  ,.?! -- \t\n").empty());
  BOOST_TEST(tokenize("😀 — «»").empty());
}

BOOST_AUTO_TEST_CASE(latin_letters_count_one_unit) {
  // é, ë and ï are two bytes in UTF-8 but one UTF-16 unit.
  checkTokens("Ideeën café naïef", {{"ideeen", 0, 6}, {"cafe", 7, 4}, {"naief", 12, 5}});
  // ĳ (U+0133) is one unit but folds to two letters.
  checkTokens("ĳs Ĳsselmeer", {{"ijs", 0, 2}, {"ijsselmeer", 3, 9}});
}

BOOST_AUTO_TEST_CASE(emoji_outside_bmp_counts_two_units) {
  // U+1F600 is four bytes and a surrogate pair (two units) in UTF-16: "abc" starts at 2.
  checkTokens("😀abc", {{"abc", 2, 3}});
  checkTokens("é 😀 ë", {{"e", 0, 1}, {"e", 5, 1}});
  checkTokens("Ideeën é ĳs 😀abc ß", {{"ideeen", 0, 6}, {"e", 7, 1}, {"ijs", 9, 2}, {"abc", 14, 3}, {"ss", 18, 1}});
  // Emoji between letters splits the word.
  checkTokens("ab😀cd", {{"ab", 0, 2}, {"cd", 4, 2}});
}

BOOST_AUTO_TEST_CASE(invalid_utf8_bytes) {
  // Each invalid byte is one U+FFFD (one unit) and a separator.
  checkTokens(std::string("a\xff" "b"), {{"a", 0, 1}, {"b", 2, 1}});
  checkTokens(std::string("\xc3" "abc"), {{"abc", 1, 3}});           // truncated 2-byte sequence
  checkTokens(std::string("x\x80\x80y"), {{"x", 0, 1}, {"y", 3, 1}});  // lone continuation bytes
  checkTokens(std::string("ok\xe2\x82"), {{"ok", 0, 2}});              // truncated at the end
  checkTokens(std::string("\xf0\x9f\x98"), {});                        // truncated emoji only
}

// Text in decomposed form (NFD: a base letter followed by a combining mark such as U+0308
// or U+0301, common in text pasted from PDFs) stays one word: the mark is dropped from the
// folded form and counted in the word's length, so "ideee\u0308n" finds "ideeën".
BOOST_AUTO_TEST_CASE(combining_marks_stay_inside_the_word) {
  // "ideeën" in NFD: i d e e e U+0308 n = 7 UTF-16 units.
  checkTokens("ideee\xcc\x88n wat", {{"ideeen", 0, 7}, {"wat", 8, 3}});
  // "café" in NFD: c a f e U+0301 = 5 units.
  checkTokens("cafe\xcc\x81 x", {{"cafe", 0, 5}, {"x", 6, 1}});
  BOOST_CHECK_EQUAL(foldText("e\xcc\x88"), foldText("\xc3\xab"));
}

BOOST_AUTO_TEST_CASE(tokens_cover_the_original_text) {
  // For ASCII text the UTF-16 offsets are byte offsets: the original word is recovered.
  const std::string text = "Samen leren in Leernetwerken, met 3 collega's.";
  for (const auto& t : tokenize(text)) {
    std::string original = text.substr(t.start, t.length);
    for (auto& c : original) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    BOOST_CHECK_EQUAL(original, t.folded);
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(folding)

BOOST_AUTO_TEST_CASE(case_and_diacritics) {
  BOOST_CHECK_EQUAL(foldText("ÉÈÊË"), "eeee");
  BOOST_CHECK_EQUAL(foldText("éèêë"), "eeee");
  BOOST_CHECK_EQUAL(foldText("ÏïÖöÜüÁáÀàÇç"), "iioouuaaaacc");
  BOOST_CHECK_EQUAL(foldText("Ĳĳ"), "ijij");
  BOOST_CHECK_EQUAL(foldText("ß"), "ss");
  BOOST_CHECK_EQUAL(foldText("Œuvre"), "oeuvre");
  BOOST_CHECK_EQUAL(foldText("ŠŽčł"), "szcl");
  BOOST_CHECK_EQUAL(foldText("ABCxyz019"), "abcxyz019");
}

BOOST_AUTO_TEST_CASE(separators_become_spaces) {
  BOOST_CHECK_EQUAL(foldText("a-b c,d"), "a b c d");
  // One space per code point, however many bytes it has.
  BOOST_CHECK_EQUAL(foldText("a😀b"), "a b");
  BOOST_CHECK_EQUAL(foldText("a×b"), "a b");  // U+00D7 is not a letter
  BOOST_CHECK_EQUAL(foldText(std::string("a\xff" "b")), "a b");
  BOOST_CHECK_EQUAL(foldText(""), "");
}

BOOST_AUTO_TEST_CASE(tokens_are_folded) {
  const auto tokens = tokenize("ÉÉN Straße IJSSEL Ĳssel");
  BOOST_REQUIRE_EQUAL(tokens.size(), 4u);
  BOOST_CHECK_EQUAL(tokens[0].folded, "een");
  BOOST_CHECK_EQUAL(tokens[1].folded, "strasse");
  BOOST_CHECK_EQUAL(tokens[2].folded, "ijssel");
  BOOST_CHECK_EQUAL(tokens[3].folded, "ijssel");
  BOOST_CHECK_EQUAL(tokens[1].start, 4u);
  BOOST_CHECK_EQUAL(tokens[1].length, 6u);  // ß is one unit, two letters
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(stemming)

BOOST_AUTO_TEST_CASE(singular_and_plural_share_a_stem) {
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"vraag", "vragen"},       {"les", "lessen"},       {"leerling", "leerlingen"},
      {"digitaal", "digitale"},  {"school", "scholen"},   {"netwerk", "netwerken"},
      {"vaardigheid", "vaardigheden"}, {"ouder", "ouders"}, {"gesprek", "gesprekken"},
      {"leraar", "leraren"},     {"idee", "ideeën"},      {"proces", "processen"},
  };
  for (const auto& [a, b] : pairs) {
    BOOST_TEST_CONTEXT(a << " / " << b) {
      const auto ta = tokenize(a);
      const auto tb = tokenize(b);
      BOOST_REQUIRE(!ta.empty());
      BOOST_REQUIRE(!tb.empty());
      BOOST_CHECK_EQUAL(ta[0].stem, tb[0].stem);
    }
  }
}

BOOST_AUTO_TEST_CASE(case_and_diacritics_do_not_change_the_stem) {
  BOOST_CHECK_EQUAL(stemOf("Ideeën"), stemOf("ideeen"));
  BOOST_CHECK_EQUAL(stemOf("IDEEËN"), stemOf("idee"));
  BOOST_CHECK_EQUAL(stemOf("Vragen"), stemOf("vraag"));
}

BOOST_AUTO_TEST_CASE(different_words_keep_different_stems) {
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"proces", "pro"},   {"ouder", "oud"},      {"netwerk", "net"},   {"leerling", "leer"},
      {"digitaal", "digit"}, {"les", "lessenaar"}, {"vaardigheid", "vaardig"}, {"team", "teamleider"},
      {"een", "en"},       {"data", "dat"},
  };
  for (const auto& [a, b] : pairs) {
    BOOST_TEST_CONTEXT(a << " / " << b) { BOOST_TEST(stemOf(a) != stemOf(b)); }
  }
}

BOOST_AUTO_TEST_CASE(short_words_are_kept) {
  BOOST_CHECK_EQUAL(dutchStem("ict"), "ict");
  BOOST_CHECK_EQUAL(dutchStem("en"), "en");
  BOOST_CHECK_EQUAL(dutchStem("a"), "a");
  BOOST_CHECK_EQUAL(dutchStem(""), "");
}

BOOST_AUTO_TEST_CASE(known_stems) {
  BOOST_CHECK_EQUAL(dutchStem("vragen"), "vrag");
  BOOST_CHECK_EQUAL(dutchStem("vraag"), "vrag");
  BOOST_CHECK_EQUAL(dutchStem("lessen"), "les");
  BOOST_CHECK_EQUAL(dutchStem("gesprekken"), "gesprek");
  BOOST_CHECK_EQUAL(dutchStem("vaardigheden"), "vaardigheid");
  BOOST_CHECK_EQUAL(dutchStem("ouders"), "ouder");
  BOOST_CHECK_EQUAL(dutchStem("digitale"), "digital");
}

BOOST_AUTO_TEST_SUITE_END()

#define BOOST_TEST_MODULE csv_and_code_input
#include <boost/test/unit_test.hpp>

#include <string>

#include "samenwijs/code_input.hpp"
#include "samenwijs/csv.hpp"

using samenwijs::asciiUpper;
using samenwijs::csvTextCell;
using samenwijs::CsvWriter;
using samenwijs::stripCodeInput;

BOOST_AUTO_TEST_SUITE(csv)

BOOST_AUTO_TEST_CASE(starts_with_a_byte_order_mark_and_ends_rows_with_a_line_feed) {
  CsvWriter w;
  w.text("naam").number(3).endRow();
  BOOST_CHECK_EQUAL(w.str(), "\xEF\xBB\xBFnaam;3\n");
}

BOOST_AUTO_TEST_CASE(formula_starts_are_neutralised) {
  for (const std::string start : {"=", "+", "-", "@", "\t", "\r"}) {
    const std::string cell = csvTextCell(start + "HYPERLINK(\"x\")");
    BOOST_TEST_CONTEXT("start '" << start << "'") {
      // After an optional opening quote the first character is the apostrophe.
      const std::size_t first = cell.front() == '"' ? 1 : 0;
      BOOST_CHECK_EQUAL(cell[first], '\'');
    }
  }
  BOOST_CHECK_EQUAL(csvTextCell("Anna"), "Anna");
  BOOST_CHECK_EQUAL(csvTextCell(""), "");
}

BOOST_AUTO_TEST_CASE(quotes_separators_and_line_breaks_are_escaped) {
  BOOST_CHECK_EQUAL(csvTextCell("a;b"), "\"a;b\"");
  BOOST_CHECK_EQUAL(csvTextCell("zij zei \"ja\""), "\"zij zei \"\"ja\"\"\"");
  BOOST_CHECK_EQUAL(csvTextCell("regel 1\nregel 2"), "\"regel 1\nregel 2\"");
  BOOST_CHECK_EQUAL(csvTextCell("=a;b"), "\"'=a;b\"");
}

BOOST_AUTO_TEST_CASE(decimals_use_a_comma_and_keep_their_sign) {
  CsvWriter w;
  w.decimal(3.46).decimal(-0.3).decimal(std::nullopt).decimal(2.0).endRow();
  BOOST_CHECK_EQUAL(w.str(), "\xEF\xBB\xBF" "3,5;-0,3;;2,0\n");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(code_input)

BOOST_AUTO_TEST_CASE(invisible_and_blank_characters_are_removed) {
  BOOST_CHECK_EQUAL(stripCodeInput("  SW1-AB CD\tEF\r\n"), "SW1-ABCDEF");
  BOOST_CHECK_EQUAL(stripCodeInput("SW1\xC2\xA0-AB\xE2\x80\x8B" "CD\xE2\x80\x8C\xE2\x80\x8D"), "SW1-ABCD");
  BOOST_CHECK_EQUAL(stripCodeInput("\xEF\xBB\xBFSW1-A\xE2\x81\xA0" "B\xE2\x80\xAF" "C\xC2\xAD" "D"), "SW1-ABCD");
  // Other non-ASCII text stays, so a decoder can name it as a wrong character.
  BOOST_CHECK_EQUAL(stripCodeInput("SW1-\xC3\xA9"), "SW1-\xC3\xA9");
  // A truncated multi-byte sequence at the end is kept, not read past.
  BOOST_CHECK_EQUAL(stripCodeInput("A\xE2\x80"), "A\xE2\x80");
}

BOOST_AUTO_TEST_CASE(upper_case_touches_ascii_letters_only) {
  BOOST_CHECK_EQUAL(asciiUpper("sw1-ab\xC3\xA9z9"), "SW1-AB\xC3\xA9Z9");
}

BOOST_AUTO_TEST_SUITE_END()

#define BOOST_TEST_MODULE fuzz_findings
// Regression tests for what the fuzz targets (tests/fuzz/) found: each case is the input
// that failed, or the smallest form of it, so the fix stays in place.
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "samenwijs/code_bytes.hpp"
#include "samenwijs/shown_sets.hpp"

using namespace samenwijs;

namespace {
std::vector<std::uint8_t> fromHex(const std::string& hex) {
  std::vector<std::uint8_t> out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) out.push_back(static_cast<std::uint8_t>(std::stoul(hex.substr(i, 2), nullptr, 16)));
  return out;
}

// A record of shown pictures: round 42, `sets` pictures, then (tag, mask bytes) per member.
std::vector<std::uint8_t> shownBytes(int sets, const std::vector<std::pair<std::uint64_t, std::vector<std::uint8_t>>>& members) {
  std::vector<std::uint8_t> b = {1};
  putUint(b, 42, 5);
  b.push_back(static_cast<std::uint8_t>(sets));
  putVarint(b, members.size());
  for (const auto& [tag, mask] : members) {
    putUint(b, tag, 6);
    b.insert(b.end(), mask.begin(), mask.end());
  }
  return b;
}

bool varintReads(const std::vector<std::uint8_t>& bytes, std::uint64_t& value) {
  std::size_t pos = 0;
  return getVarint(bytes.data(), bytes.size(), pos, value) && pos == bytes.size();
}
}  // namespace

// fuzz_codes: a record of shown team pictures with a member in a picture that does not
// exist (mask 0xC3 with one picture) and a varint in a longer form than the encoder
// writes decoded, so a damaged record passed for a valid one and re-encoded differently.
BOOST_AUTO_TEST_CASE(the_damaged_shown_record_found_by_fuzz_codes_is_refused) {
  const auto payload = fromHex("0182f3e9c69501057a2ba4412559c30182eadb624e2201cea09285d32ed100ee321e240025d201f1bc4241592a01");
  BOOST_TEST(!decodeShownSets(encodeCodeBytes("SH1-", payload)));
}

BOOST_AUTO_TEST_CASE(a_shown_record_names_only_pictures_that_exist) {
  BOOST_TEST(decodeShownSets(encodeCodeBytes("SH1-", shownBytes(2, {{7, {0x03}}, {9, {0x01}}}))).has_value());
  BOOST_TEST(!decodeShownSets(encodeCodeBytes("SH1-", shownBytes(2, {{7, {0x04}}}))));  // picture 3 of 2
  BOOST_TEST(!decodeShownSets(encodeCodeBytes("SH1-", shownBytes(2, {{7, {0x00}}}))));  // in no picture
}

BOOST_AUTO_TEST_CASE(varints_decode_only_in_their_shortest_form_and_within_64_bits) {
  std::uint64_t v = 0;
  for (std::uint64_t x : {std::uint64_t{0}, std::uint64_t{127}, std::uint64_t{128}, std::uint64_t{300}, ~std::uint64_t{0}}) {
    std::vector<std::uint8_t> b;
    putVarint(b, x);
    BOOST_TEST((varintReads(b, v) && v == x));
  }
  BOOST_TEST(!varintReads({0x81, 0x00}, v));  // 1 written in two bytes
  BOOST_TEST(!varintReads({0x80, 0x00}, v));  // 0 written in two bytes
  BOOST_TEST(!varintReads({0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02}, v));  // 65 bits
}

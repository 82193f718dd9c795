#define BOOST_TEST_MODULE result_code
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "samenwijs/code_bytes.hpp"
#include "samenwijs/content_loader.hpp"
#include "samenwijs/result_code.hpp"
#include "samenwijs/zelfscan.hpp"
#include "test_support.hpp"

using samenwijs::Answers;
using samenwijs::DecodedResult;
using samenwijs::DecodeError;
using samenwijs::Framework;
using samenwijs_test::contains;
using samenwijs_test::expectErrorOf;
using samenwijs_test::content;

namespace {

const std::vector<Framework>& frameworks() { return content().frameworks; }

const Framework& framework(const std::string& id) {
  for (const auto& fw : frameworks()) {
    if (fw.id == id) return fw;
  }
  BOOST_FAIL("no framework " << id);
  return frameworks().front();
}

const Framework& teacher() { return framework("leraar"); }
const Framework& leader() { return framework("leidinggevende"); }

// SW2 (made now): Crockford base32. SW1 (the first format, still read): base64url.
const std::string kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const std::string kPrefix = "SW2-";
const std::string kAlphabet64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

Answers randomAnswers(std::mt19937& rng, std::size_t n) {
  std::uniform_int_distribution<int> value(0, 7);
  Answers a(n);
  for (auto& v : a) v = static_cast<std::uint8_t>(value(rng));
  return a;
}

// Independent bit packing (no padding) for building hand-made codes: `width` 5 bits per
// character for SW2 (base32), 6 for SW1 (base64url).
std::string pack(const std::vector<std::uint8_t>& bytes, const std::string& alphabet, std::size_t width) {
  std::string out;
  std::size_t bit = 0;
  const std::size_t totalBits = bytes.size() * 8;
  while (bit < totalBits) {
    unsigned v = 0;
    for (std::size_t k = 0; k < width; ++k, ++bit) {
      const unsigned b = bit < totalBits ? (static_cast<unsigned>(bytes[bit / 8]) >> (7 - bit % 8)) & 1u : 0u;
      v = (v << 1) | b;
    }
    out += alphabet[v];
  }
  return out;
}

std::vector<std::uint8_t> unpack(const std::string& text, const std::string& alphabet, int width) {
  std::vector<std::uint8_t> bytes;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (char c : text) {
    const auto pos = alphabet.find(c);
    BOOST_REQUIRE(pos != std::string::npos);
    buffer = (buffer << width) | static_cast<std::uint32_t>(pos);
    bits += width;
    if (bits >= 8) {
      bits -= 8;
      bytes.push_back(static_cast<std::uint8_t>((buffer >> bits) & 0xFFu));
    }
  }
  return bytes;
}

// The raw bytes of a code (without prefix).
std::vector<std::uint8_t> bytesOf(const std::string& code) {
  BOOST_REQUIRE(code.rfind(kPrefix, 0) == 0);
  return unpack(code.substr(kPrefix.size()), kAlphabet, 5);
}

// Re-encodes `payload` (everything before the checksum) with a freshly computed CRC.
std::vector<std::uint8_t> framed(std::vector<std::uint8_t> payload) {
  const std::uint16_t crc = samenwijs::crc16(payload.data(), payload.size());
  payload.push_back(static_cast<std::uint8_t>(crc >> 8));
  payload.push_back(static_cast<std::uint8_t>(crc & 0xFFu));
  return payload;
}
std::string withCrc(std::vector<std::uint8_t> payload) { return kPrefix + pack(framed(std::move(payload)), kAlphabet, 5); }
// The same bytes as a code of the first format.
std::string asSw1(const std::string& sw2) { return "SW1-" + pack(bytesOf(sw2), kAlphabet64, 6); }

DecodedResult decode(const std::string& code, const std::string& expected = "") {
  return samenwijs::decodeResult(frameworks(), code, expected);
}

// A rejected decode has no framework and no answers, and a message.
void checkRejected(const DecodedResult& d, DecodeError expected) {
  BOOST_CHECK_EQUAL(samenwijs::decodeErrorCode(d.error), samenwijs::decodeErrorCode(expected));
  BOOST_TEST(d.framework == nullptr);
  BOOST_TEST(d.answers.empty());
  BOOST_TEST(!d.message.empty());
}

// A sample of codes per framework, fixed by seed.
std::vector<std::pair<const Framework*, std::string>> sampleCodes(std::size_t perFramework) {
  std::mt19937 rng(4242u);
  std::vector<std::pair<const Framework*, std::string>> codes;
  for (const auto& fw : frameworks()) {
    const std::size_t n = samenwijs::itemCount(fw);
    codes.push_back({&fw, samenwijs::encodeResult(fw, Answers(n, 0))});
    codes.push_back({&fw, samenwijs::encodeResult(fw, Answers(n, 7))});
    for (std::size_t i = 2; i < perFramework; ++i) codes.push_back({&fw, samenwijs::encodeResult(fw, randomAnswers(rng, n))});
  }
  return codes;
}

}  // namespace

// ---- the checksum ----------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(checksum)

BOOST_AUTO_TEST_CASE(crc16_ccitt_false_check_value) {
  const std::string check = "123456789";
  BOOST_CHECK_EQUAL(samenwijs::crc16(reinterpret_cast<const std::uint8_t*>(check.data()), check.size()), 0x29B1u);
  // The initial value is 0xFFFF and there is no final xor.
  BOOST_CHECK_EQUAL(samenwijs::crc16(nullptr, 0), 0xFFFFu);
  const std::uint8_t a = 'A';
  BOOST_CHECK_EQUAL(samenwijs::crc16(&a, 1), 0xB915u);
}

BOOST_AUTO_TEST_SUITE_END()

// ---- round trips -----------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(round_trip)

BOOST_AUTO_TEST_CASE(real_frameworks_fixed_answers) {
  BOOST_REQUIRE_EQUAL(frameworks().size(), 2u);
  BOOST_CHECK_EQUAL(samenwijs::itemCount(teacher()), 56u);
  BOOST_CHECK_EQUAL(samenwijs::itemCount(leader()), 28u);
  for (const auto& fw : frameworks()) {
    const std::size_t n = samenwijs::itemCount(fw);
    std::vector<Answers> sets = {Answers(n, 0), Answers(n, 7), Answers(n, 1), Answers(n, 6)};
    Answers cycle(n);
    for (std::size_t i = 0; i < n; ++i) cycle[i] = static_cast<std::uint8_t>(i % 8);
    sets.push_back(cycle);
    for (const auto& answers : sets) {
      const std::string code = samenwijs::encodeResult(fw, answers);
      BOOST_TEST_CONTEXT(fw.id << " " << code) {
        BOOST_TEST(code.rfind(kPrefix, 0) == 0u);
        for (const std::string& expected : {std::string(), fw.id}) {
          const DecodedResult d = decode(code, expected);
          BOOST_REQUIRE_EQUAL(samenwijs::decodeErrorCode(d.error), "ok");
          BOOST_TEST(d.message.empty());
          BOOST_TEST(d.framework == &fw);
          BOOST_TEST(d.answers == answers, boost::test_tools::per_element());
        }
        // Surrounding white space (a copied line) is ignored.
        const DecodedResult spaced = decode(" \t" + code + "\r\n");
        BOOST_CHECK_EQUAL(samenwijs::decodeErrorCode(spaced.error), "ok");
        BOOST_TEST(spaced.answers == answers, boost::test_tools::per_element());
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(random_answer_sets_property) {
  std::mt19937 rng(20260101u);
  for (const auto& fw : frameworks()) {
    const std::size_t n = samenwijs::itemCount(fw);
    const samenwijs::ResultDecoder decoder(frameworks());
    std::size_t maxLength = 0, minLength = 1000, failures = 0;
    std::set<std::string> distinct;
    std::set<Answers> distinctAnswers;
    for (int i = 0; i < 5000; ++i) {
      const Answers answers = randomAnswers(rng, n);
      const std::string code = samenwijs::encodeResult(fw, answers);
      maxLength = std::max(maxLength, code.size());
      minLength = std::min(minLength, code.size());
      distinct.insert(code);
      distinctAnswers.insert(answers);
      const bool prefixed = code.rfind(kPrefix, 0) == 0;
      const bool urlSafe = code.find_first_not_of(kAlphabet, kPrefix.size()) == std::string::npos;
      const Framework* decodedFw = nullptr;
      Answers decoded;
      const DecodeError error = decoder.decode(code, fw.id, decodedFw, decoded);
      if (!prefixed || !urlSafe || error != DecodeError::None || decodedFw != &fw || decoded != answers) {
        if (++failures <= 5) BOOST_ERROR(fw.id << ": answer set " << i << " gives " << code << " ("
                                                << samenwijs::decodeErrorCode(error) << ")");
      }
    }
    BOOST_TEST_CONTEXT(fw.id) {
      BOOST_CHECK_EQUAL(failures, 0u);
      // Different answers give different codes.
      BOOST_CHECK_EQUAL(distinct.size(), distinctAnswers.size());
      // Every code of a framework has the same length: header, 3 bits per item, checksum.
      const std::size_t bytes = 5 + (n * 3 + 7) / 8 + 2;
      BOOST_CHECK_EQUAL(maxLength, kPrefix.size() + (bytes * 8 + 4) / 5);
      BOOST_CHECK_EQUAL(minLength, maxLength);
      if (fw.id == "leraar") {
        BOOST_TEST_MESSAGE("longest teacher code: " << maxLength << " characters");
        BOOST_TEST(maxLength <= 120u);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(decoder_and_decode_result_agree) {
  // The fast decoder and decodeResult give the same verdict and message for mangled codes.
  std::mt19937 rng(77u);
  const samenwijs::ResultDecoder decoder(frameworks());
  std::uniform_int_distribution<std::size_t> pick(0, 1000);
  for (int i = 0; i < 3000; ++i) {
    const Framework& fw = frameworks()[static_cast<std::size_t>(i) % frameworks().size()];
    std::string code = samenwijs::encodeResult(fw, randomAnswers(rng, samenwijs::itemCount(fw)));
    switch (pick(rng) % 4) {
      case 0: code[pick(rng) % code.size()] = kAlphabet[pick(rng) % kAlphabet.size()]; break;
      case 1: code.resize(pick(rng) % code.size()); break;
      case 2: code += kAlphabet[pick(rng) % kAlphabet.size()]; break;
      default: break;
    }
    const std::string expected = pick(rng) % 2 ? std::string() : frameworks()[pick(rng) % frameworks().size()].id;
    const Framework* f = nullptr;
    Answers answers;
    const DecodeError fast = decoder.decode(code, expected, f, answers);
    const DecodedResult slow = samenwijs::decodeResult(frameworks(), code, expected);
    BOOST_TEST_CONTEXT(code << " expected '" << expected << "'") {
      BOOST_CHECK_EQUAL(samenwijs::decodeErrorCode(fast), samenwijs::decodeErrorCode(slow.error));
      BOOST_CHECK_EQUAL(decoder.message(fast, code, expected), slow.message);
      if (fast == DecodeError::None) BOOST_TEST(answers == slow.answers, boost::test_tools::per_element());
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

// ---- corruption ------------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(corruption)

BOOST_AUTO_TEST_CASE(every_single_character_substitution_is_rejected) {
  const auto codes = sampleCodes(12);
  std::size_t tried = 0, checksum = 0, wrong = 0;
  for (const auto& [fw, code] : codes) {
    const samenwijs::ResultDecoder decoder(frameworks());
    for (std::size_t pos = kPrefix.size(); pos < code.size(); ++pos) {
      for (char c : kAlphabet) {
        if (c == code[pos]) continue;
        std::string changed = code;
        changed[pos] = c;
        ++tried;
        const Framework* f = nullptr;
        Answers answers;
        const DecodeError e = decoder.decode(changed, "", f, answers);
        // Checksum for the data; the format byte and the item count are read before the
        // checksum, so changing those gives their own precise reason.
        const bool precise = e == DecodeError::Checksum || e == DecodeError::UnsupportedFormat ||
                             e == DecodeError::Truncated || e == DecodeError::TooLong;
        if (e == DecodeError::Checksum) ++checksum;
        if (!precise && ++wrong <= 10) {
          BOOST_ERROR(fw->id << " " << code << " with '" << c << "' at " << pos << " gives "
                             << samenwijs::decodeErrorCode(e));
        }
      }
    }
  }
  BOOST_CHECK_EQUAL(wrong, 0u);
  BOOST_TEST(tried > 25000u);
  BOOST_TEST(checksum > tried * 3 / 4);  // most substitutions hit the checksum
}

BOOST_AUTO_TEST_CASE(substitution_in_header_gives_precise_reason) {
  const std::string code = samenwijs::encodeResult(teacher(), Answers(samenwijs::itemCount(teacher()), 3));
  auto bytes = bytesOf(code);
  // Format byte 2 with a valid checksum: unsupported format, not a checksum error.
  auto format = bytes;
  format.resize(format.size() - 2);
  format[0] = 2;
  checkRejected(decode(withCrc(format)), DecodeError::UnsupportedFormat);
  // A prefix of another format version.
  checkRejected(decode("SW3-" + code.substr(4)), DecodeError::UnsupportedFormat);
  BOOST_TEST(contains(decode("SW3-" + code.substr(4)).message, "indeling"));
  // Unknown framework fingerprint with a valid checksum.
  auto print = bytes;
  print.resize(print.size() - 2);
  print[1] = static_cast<std::uint8_t>(print[1] ^ 0x5A);
  const DecodedResult unknown = decode(withCrc(print));
  checkRejected(unknown, DecodeError::UnknownFramework);
  BOOST_TEST(contains(unknown.message, "zelfscan die deze versie van Samenwijs niet kent"));
}

BOOST_AUTO_TEST_CASE(every_truncation_is_rejected) {
  for (const auto& [fw, code] : sampleCodes(10)) {
    for (std::size_t drop = 1; drop <= code.size() - kPrefix.size(); ++drop) {
      const std::string cut = code.substr(0, code.size() - drop);
      const DecodedResult d = decode(cut);
      BOOST_TEST_CONTEXT(fw->id << " " << cut) {
        BOOST_TEST((d.error == DecodeError::Truncated || d.error == DecodeError::Checksum),
                   samenwijs::decodeErrorCode(d.error));
        BOOST_TEST(d.answers.empty());
        if (d.error == DecodeError::Truncated) BOOST_TEST(contains(d.message, "te kort"));
      }
    }
    // Cut into the prefix: no longer a code at all.
    for (std::size_t keep = 1; keep < kPrefix.size(); ++keep) {
      checkRejected(decode(code.substr(0, keep)), DecodeError::NotACode);
    }
  }
}

BOOST_AUTO_TEST_CASE(appended_characters_are_too_long) {
  // Two or more extra characters, and a second code stuck to the first.
  for (const auto& [fw, code] : sampleCodes(6)) {
    for (const std::string extra : {"AA", "Ab", "zz9", "AAAA", "-_-_-", "SW2-", "SW1-", " en nog wat"}) {
      const DecodedResult d = decode(code + extra);
      BOOST_TEST_CONTEXT(fw->id << " " << code << " + " << extra) {
        checkRejected(d, DecodeError::TooLong);
        BOOST_TEST(contains(d.message, "te lang"));
      }
    }
    checkRejected(decode(code + code), DecodeError::TooLong);
    checkRejected(decode(code + std::string(400, 'A')), DecodeError::TooLong);
  }
}

BOOST_AUTO_TEST_CASE(one_appended_character_is_too_long) {
  // One extra character adds 5 bits, less than a byte. The decoder counts characters too,
  // so a code with any extra character is too_long (an SW1 code once decoded with "A" added).
  for (const auto& [fw, code] : sampleCodes(4)) {
    std::string notTooLong;
    for (char c : kAlphabet) {
      const DecodedResult d = decode(code + c);
      if (d.error != DecodeError::TooLong) notTooLong += std::string(" '") + c + "':" + samenwijs::decodeErrorCode(d.error);
      BOOST_TEST(d.answers.empty());
    }
    BOOST_CHECK_MESSAGE(notTooLong.empty(), fw->id << " " << code << " plus one character is not too_long:" << notTooLong);
  }
}

BOOST_AUTO_TEST_CASE(padding_tampering_is_detected) {
  // The last answer byte has unused bits (teacher: 56*3 = 168 bits, none spare; leader: 84 bits,
  // 4 spare). Setting them, with a recomputed checksum, must be refused as tampered.
  std::mt19937 rng(99u);
  std::size_t tested = 0;
  for (const auto& fw : frameworks()) {
    const std::size_t n = samenwijs::itemCount(fw);
    const std::size_t spare = (8 - n * 3 % 8) % 8;
    if (spare == 0) continue;  // the answers fill the last byte: nothing to tamper with
    ++tested;
    const Answers answers = randomAnswers(rng, n);
    const std::string code = samenwijs::encodeResult(fw, answers);
    auto payload = bytesOf(code);
    payload.resize(payload.size() - 2);
    // Sanity: re-encoding the untouched payload gives the same, valid code.
    BOOST_CHECK_EQUAL(withCrc(payload), code);
    for (unsigned bits = 1; bits < (1u << spare); ++bits) {
      auto tampered = payload;
      tampered.back() = static_cast<std::uint8_t>(tampered.back() | bits);
      const std::string edited = withCrc(tampered);
      const DecodedResult d = decode(edited, fw.id);
      BOOST_TEST_CONTEXT(fw.id << " padding " << bits << " " << edited) {
        checkRejected(d, DecodeError::Padding);
        BOOST_CHECK_EQUAL(samenwijs::decodeErrorCode(d.error), "tampered");
        BOOST_TEST(contains(d.message, "aangepast"));
      }
    }
  }
  BOOST_TEST(tested >= 1u);
}

BOOST_AUTO_TEST_SUITE_END()

// ---- the precise reasons ---------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(reasons)

BOOST_AUTO_TEST_CASE(empty_and_whitespace) {
  for (const std::string code : {"", " ", "\t", "  \r\n  ", "\n\n"}) {
    const DecodedResult d = decode(code);
    BOOST_TEST_CONTEXT("'" << code << "'") {
      checkRejected(d, DecodeError::Empty);
      BOOST_CHECK_EQUAL(samenwijs::decodeErrorCode(d.error), "empty");
      BOOST_TEST(contains(d.message, "geen code"));
    }
  }
}

BOOST_AUTO_TEST_CASE(wrong_prefix) {
  const std::string code = samenwijs::encodeResult(teacher(), Answers(samenwijs::itemCount(teacher()), 4));
  const std::string body = code.substr(kPrefix.size());
  for (const std::string& bad : std::vector<std::string>{"SW2" + body, "SW2_" + body, "XX2-" + body, body,
                                std::string("https://example.org/?c=") + code, "hallo", "S", "SW"}) {
    const DecodedResult d = decode(bad);
    BOOST_TEST_CONTEXT(bad) {
      checkRejected(d, DecodeError::NotACode);
      BOOST_CHECK_EQUAL(samenwijs::decodeErrorCode(d.error), "not_a_code");
      BOOST_TEST(contains(d.message, "begint met SW2-"));
    }
  }
}

BOOST_AUTO_TEST_CASE(forgiving_input) {
  const Answers answers(samenwijs::itemCount(teacher()), 3);
  const std::string code = samenwijs::encodeResult(teacher(), answers);
  const std::string body = code.substr(kPrefix.size());
  const std::string nbsp = "\xc2\xa0", zwsp = "\xe2\x80\x8b", bom = "\xef\xbb\xbf";
  for (const std::string& typed : std::vector<std::string>{
           "sw2-" + body, "Sw2-" + body, "SW2- " + body.substr(0, 10) + "\n" + body.substr(10),
           code.substr(0, 12) + nbsp + code.substr(12, 9) + zwsp + code.substr(21), bom + code + nbsp}) {
    const DecodedResult d = decode(typed);
    BOOST_TEST_CONTEXT(typed) {
      BOOST_CHECK_EQUAL(samenwijs::decodeErrorCode(d.error), "ok");
      BOOST_TEST(d.answers == answers, boost::test_tools::per_element());
    }
  }
  // A 1 MB paste gets the one message for a too long code, quickly and without work on it.
  const DecodedResult huge = decode(code + std::string(1u << 20, 'A'));
  checkRejected(huge, DecodeError::TooLong);
  BOOST_TEST(contains(huge.message, "De code is te lang"));
  BOOST_TEST(decode(code + std::string(1u << 20, 'A')).message == decode(code + "AAAA").message);
  // Through the API too: the same message, not a complaint about an argument.
  const samenwijs::Json e = expectErrorOf("decodeResult", samenwijs::Json{{"code", std::string(1u << 20, 'x')}}, "code_too_long");
  BOOST_TEST(contains(e, "De code is te lang"));
}

BOOST_AUTO_TEST_CASE(bad_character_with_its_position) {
  const std::string code = samenwijs::encodeResult(teacher(), Answers(samenwijs::itemCount(teacher()), 2));
  for (std::size_t pos : {std::size_t{4}, std::size_t{5}, std::size_t{20}, code.size() - 1}) {
    for (char c : {'+', '/', '=', '.', '!'}) {  // (a space is ignored: see forgiving_input)
      std::string bad = code;
      bad[pos] = c;
      const DecodedResult d = decode(bad);
      BOOST_TEST_CONTEXT(bad) {
        checkRejected(d, DecodeError::BadCharacter);
        BOOST_CHECK_EQUAL(samenwijs::decodeErrorCode(d.error), "bad_character");
        BOOST_TEST(contains(d.message, "(teken " + std::to_string(pos + 1) + ")"), d.message);
      }
    }
  }
  // Non-ASCII (a UTF-8 ë) in the middle.
  std::string accented = code;
  accented.replace(10, 1, "\xc3\xab");
  const DecodedResult d = decode(accented);
  checkRejected(d, DecodeError::BadCharacter);
  BOOST_TEST(contains(d.message, "(teken 11)"));
}

BOOST_AUTO_TEST_CASE(other_framework_names_both_titles) {
  const std::string teacherCode = samenwijs::encodeResult(teacher(), Answers(samenwijs::itemCount(teacher()), 5));
  const std::string leaderCode = samenwijs::encodeResult(leader(), Answers(28, 5));
  {
    const DecodedResult d = decode(teacherCode, "leidinggevende");
    checkRejected(d, DecodeError::OtherFramework);
    BOOST_CHECK_EQUAL(samenwijs::decodeErrorCode(d.error), "other_framework");
    BOOST_TEST(contains(d.message, "“" + teacher().title + "”"), d.message);
    BOOST_TEST(contains(d.message, "“" + leader().title + "”"), d.message);
    BOOST_TEST(d.message.find(teacher().title) < d.message.find(leader().title));
  }
  {
    const DecodedResult d = decode(leaderCode, "leraar");
    checkRejected(d, DecodeError::OtherFramework);
    BOOST_TEST(d.message.find(leader().title) < d.message.find(teacher().title), d.message);
  }
  // Without `expected` each code decodes to its own framework.
  BOOST_TEST(decode(teacherCode).framework == &teacher());
  BOOST_TEST(decode(leaderCode).framework == &leader());
}

BOOST_AUTO_TEST_CASE(framework_version_bumped) {
  for (const auto& fw : frameworks()) {
    const std::size_t n = samenwijs::itemCount(fw);
    const std::string code = samenwijs::encodeResult(fw, Answers(n, 3));
    Framework newer = fw;
    newer.version = fw.version + 1;
    newer.versions.clear();  // a new version that does not describe the earlier ones
    Framework older = fw;
    older.version = fw.version - 1;
    BOOST_TEST_CONTEXT(fw.id) {
      // The code was made with the current version: the site now knows a newer one.
      const DecodedResult old = samenwijs::decodeResult({newer}, code, fw.id);
      checkRejected(old, DecodeError::OlderVersion);
      BOOST_CHECK_EQUAL(samenwijs::decodeErrorCode(old.error), "older_version");
      BOOST_TEST(contains(old.message, "oudere versie van “" + fw.title + "”"), old.message);
      // The site is behind the code.
      const DecodedResult ahead = samenwijs::decodeResult({older}, code, fw.id);
      checkRejected(ahead, DecodeError::NewerVersion);
      BOOST_CHECK_EQUAL(samenwijs::decodeErrorCode(ahead.error), "newer_version");
      BOOST_TEST(contains(ahead.message, "nieuwere versie van “" + fw.title + "”"), ahead.message);
      // The same version decodes.
      BOOST_CHECK_EQUAL(samenwijs::decodeErrorCode(samenwijs::decodeResult({fw}, code, fw.id).error), "ok");
    }
  }
}

BOOST_AUTO_TEST_CASE(item_count_mismatch) {
  // A code with one answer too few for the (same id, same version) framework.
  const std::string shortCode = samenwijs::encodeResult(teacher(), Answers(samenwijs::itemCount(teacher()) - 1, 4));
  const DecodedResult d = decode(shortCode, "leraar");
  checkRejected(d, DecodeError::ItemCount);
  BOOST_CHECK_EQUAL(samenwijs::decodeErrorCode(d.error), "item_count");
  BOOST_TEST(contains(d.message, "“" + teacher().title + "”"));
  BOOST_TEST(contains(d.message, "aantal uitspraken"));
  // A framework that lost an item no longer reads the old codes.
  Framework smaller = teacher();
  smaller.domains.back().competences.back().items.pop_back();
  const std::string code = samenwijs::encodeResult(teacher(), Answers(samenwijs::itemCount(teacher()), 4));
  checkRejected(samenwijs::decodeResult({smaller}, code, "leraar"), DecodeError::ItemCount);
  // And a code with one answer too many.
  checkRejected(decode(samenwijs::encodeResult(teacher(), Answers(samenwijs::itemCount(teacher()) + 1, 4))), DecodeError::ItemCount);
}

BOOST_AUTO_TEST_CASE(error_codes_are_stable) {
  const std::vector<std::pair<DecodeError, std::string>> expected = {
      {DecodeError::None, "ok"},
      {DecodeError::Empty, "empty"},
      {DecodeError::NotACode, "not_a_code"},
      {DecodeError::BadCharacter, "bad_character"},
      {DecodeError::Truncated, "truncated"},
      {DecodeError::TooLong, "too_long"},
      {DecodeError::Checksum, "checksum"},
      {DecodeError::UnknownFramework, "unknown_framework"},
      {DecodeError::OtherFramework, "other_framework"},
      {DecodeError::NewerVersion, "newer_version"},
      {DecodeError::OlderVersion, "older_version"},
      {DecodeError::ItemCount, "item_count"},
      {DecodeError::Padding, "tampered"},
      {DecodeError::UnsupportedFormat, "unsupported_format"},
  };
  for (const auto& [error, code] : expected) BOOST_CHECK_EQUAL(samenwijs::decodeErrorCode(error), code);
}

BOOST_AUTO_TEST_SUITE_END()

// ---- SW2: the case-insensitive format (issue 11), and SW1 still read ---------------------

BOOST_AUTO_TEST_SUITE(sw2_format)

namespace {
const std::string kNbsp = "\xc2\xa0", kZwsp = "\xe2\x80\x8b", kZwj = "\xe2\x80\x8d", kNarrowNbsp = "\xe2\x80\xaf";

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}
}  // namespace

BOOST_AUTO_TEST_CASE(round_trip_in_any_case_and_with_typing_noise_property) {
  std::mt19937 rng(5151u);
  std::uniform_int_distribution<int> coin(0, 9);
  const std::vector<std::string> noise = {" ", "\n", kNbsp, kZwsp, kZwj, kNarrowNbsp, "\t"};
  std::size_t failures = 0, tried = 0;
  for (const auto& fw : frameworks()) {
    for (int i = 0; i < 1500; ++i) {
      const Answers answers = randomAnswers(rng, samenwijs::itemCount(fw));
      const std::string code = samenwijs::encodeResult(fw, answers);
      // Lower case, mixed case, and blanks or invisible characters anywhere (also in the prefix).
      std::string typed;
      for (char c : (i % 3 == 0 ? lower(code) : code)) {
        const bool flip = i % 3 == 1 && coin(rng) < 5;
        typed += flip ? lower(std::string(1, c)) : std::string(1, c);
        if (coin(rng) == 0) typed += noise[static_cast<std::size_t>(coin(rng)) % noise.size()];
      }
      ++tried;
      const DecodedResult d = decode(typed, fw.id);
      if (d.error != DecodeError::None || d.answers != answers) {
        if (++failures <= 5) BOOST_ERROR(fw.id << ": '" << typed << "' gives " << samenwijs::decodeErrorCode(d.error));
      }
    }
  }
  BOOST_CHECK_EQUAL(failures, 0u);
  BOOST_TEST(tried == 3000u);
}

BOOST_AUTO_TEST_CASE(letters_that_look_alike_read_as_the_digit) {
  // Crockford base32 has no I, L, O or U: I and L read as 1, O as 0, in either case.
  const Answers answers(samenwijs::itemCount(teacher()), 1);
  std::string code;
  for (int seed = 0; code.find_first_of("01", 4) == std::string::npos; ++seed) {
    std::mt19937 rng(static_cast<unsigned>(seed));
    code = samenwijs::encodeResult(teacher(), randomAnswers(rng, answers.size()));
  }
  const DecodedResult original = decode(code);
  BOOST_REQUIRE(original.error == DecodeError::None);
  std::string misread = code;
  for (std::size_t i = 4; i < misread.size(); ++i) {
    if (misread[i] == '1') misread[i] = i % 2 ? 'l' : 'I';
    if (misread[i] == '0') misread[i] = i % 2 ? 'o' : 'O';
  }
  BOOST_TEST(misread != code);
  const DecodedResult d = decode(misread);
  BOOST_CHECK_EQUAL(samenwijs::decodeErrorCode(d.error), "ok");
  BOOST_TEST(d.answers == original.answers, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(random_damage_is_refused_property) {
  // One character changed (to another value, not another case), dropped, added or swapped
  // with its neighbour, or two changes within three characters: never a valid code.
  std::mt19937 rng(8080u);
  std::uniform_int_distribution<std::size_t> pick(0, 1u << 20);
  std::size_t tried = 0, accepted = 0;
  const samenwijs::ResultDecoder decoder(frameworks());
  for (const auto& [fw, code] : sampleCodes(40)) {
    for (int k = 0; k < 60; ++k) {
      std::string bad = code;
      const std::size_t body = code.size() - kPrefix.size();
      const std::size_t at = kPrefix.size() + pick(rng) % body;
      const auto other = [&](char c) {
        char r = c;
        while (r == c) r = kAlphabet[pick(rng) % kAlphabet.size()];
        return r;
      };
      switch (k % 5) {
        case 0: bad[at] = other(bad[at]); break;
        case 1: bad.erase(at, 1); break;
        case 2: bad.insert(at, 1, kAlphabet[pick(rng) % kAlphabet.size()]); break;
        case 3:
          if (at + 1 < bad.size() && bad[at] != bad[at + 1]) std::swap(bad[at], bad[at + 1]);
          else bad[at] = other(bad[at]);
          break;
        default: {
          bad[at] = other(bad[at]);
          const std::size_t near = std::min(bad.size() - 1, at + 1 + pick(rng) % 2);
          if (near != at) bad[near] = other(bad[near]);
        }
      }
      ++tried;
      const Framework* f = nullptr;
      Answers answers;
      const DecodeError e = decoder.decode(bad, "", f, answers);
      const DecodedResult slow = decode(lower(bad));  // lower case changes nothing about that
      if (e == DecodeError::None || slow.error == DecodeError::None) {
        if (++accepted <= 5) BOOST_ERROR(fw->id << " " << code << " damaged to " << bad << " was accepted");
      }
    }
  }
  BOOST_CHECK_EQUAL(accepted, 0u);
  BOOST_TEST(tried == 80u * 60u);
}

BOOST_AUTO_TEST_CASE(sw1_codes_of_the_same_bytes_still_decode_property) {
  std::mt19937 rng(1111u);
  const samenwijs::ResultDecoder decoder(frameworks());
  std::size_t failures = 0;
  for (const auto& fw : frameworks()) {
    for (int i = 0; i < 1000; ++i) {
      const Answers answers = randomAnswers(rng, samenwijs::itemCount(fw));
      const std::string sw1 = asSw1(samenwijs::encodeResult(fw, answers));
      const Framework* f = nullptr;
      Answers decoded;
      const bool fast = decoder.decode(sw1, fw.id, f, decoded) == DecodeError::None && f == &fw && decoded == answers;
      const DecodedResult slow = decode("sw1-" + sw1.substr(4));  // the prefix may be typed in lower case
      if (!fast || slow.error != DecodeError::None || slow.answers != answers) {
        if (++failures <= 5) BOOST_ERROR(fw.id << ": " << sw1 << " does not decode");
      }
    }
  }
  BOOST_CHECK_EQUAL(failures, 0u);
  // An SW1 code's body is base64url and case-sensitive: a changed case is refused, never misread.
  const std::string sw1 = asSw1(samenwijs::encodeResult(teacher(), Answers(samenwijs::itemCount(teacher()), 2)));
  BOOST_CHECK(decode("SW1-" + lower(sw1.substr(4))).error != DecodeError::None);
}

BOOST_AUTO_TEST_CASE(a_huge_paste_gets_the_same_message_as_every_other_code) {
  const std::string huge(1u << 20, 'A');
  const DecodedResult personal = decode("SW2-" + huge);
  checkRejected(personal, DecodeError::TooLong);
  samenwijs::CodeFrameError team;
  std::vector<std::uint8_t> bytes;
  BOOST_TEST(!samenwijs::decodeCodeBytes("IN1-" + huge, "IN1-", 200, bytes, team));
  BOOST_CHECK_EQUAL(team.code, "too_long");
  BOOST_CHECK_EQUAL(personal.message, team.message);
  // Typed in the compare form: the same message.
  const samenwijs::Json e = expectErrorOf("compare", samenwijs::Json{{"earlier", {{"code", huge}}},
                                                               {"later", {{"code", samenwijs::encodeResult(teacher(), Answers(samenwijs::itemCount(teacher()), 1))}}}},
                                          "code_too_long");
  BOOST_CHECK_EQUAL(e["message"].get<std::string>(), personal.message);
}

BOOST_AUTO_TEST_SUITE_END()

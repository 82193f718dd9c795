// The core's own JSON parser (parseJsonText, issue 15) against nlohmann's strict DOM parse,
// which it replaces: the same value (types, float bits, duplicate keys) and the same
// refusals, on the real content, the API's argument shapes, a table of edge cases, random
// documents and random mutations of the content files (fixed seeds), and on numbers near
// the halfway points between doubles. nlohmann stays available here, in the native tests.
#define BOOST_TEST_MODULE json_parse
#include <boost/test/unit_test.hpp>

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "json_same.hpp"
#include "samenwijs/content_json.hpp"
#include "samenwijs/json_number.hpp"
#include "samenwijs/json_reader.hpp"
#include "test_support.hpp"

using samenwijs::Json;
using samenwijs::parseJsonText;
namespace fs = std::filesystem;

namespace {

// "" when our parse and nlohmann's agree on `text`, else what differs.
std::string disagreement(const std::string& text) {
  const Json ours = parseJsonText(text);
  const Json theirs = Json::parse(text, nullptr, false);
  if (ours.is_discarded() != theirs.is_discarded()) {
    return std::string(ours.is_discarded() ? "we refuse" : "we accept") + ", nlohmann " +
           (theirs.is_discarded() ? "refuses" : "accepts");
  }
  return samenwijs_test::jsonDifference(ours, theirs);
}

// Checks every text; reports the first few that disagree, with the text (cut).
void expectAgreement(const std::vector<std::string>& texts, const std::string& what) {
  int failures = 0;
  for (const auto& text : texts) {
    const std::string diff = disagreement(text);
    if (diff.empty()) continue;
    if (++failures <= 5) BOOST_ERROR(what << ": " << diff << " on " << Json(text.substr(0, 200)).dump(-1, ' ', true, Json::error_handler_t::replace));
  }
  BOOST_TEST(failures == 0, what << ": " << failures << " of " << texts.size() << " disagree");
}

std::vector<fs::path> jsonFilesUnder(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> contentTexts() {
  std::vector<std::string> texts;
  for (const auto& f : jsonFilesUnder(SAMENWIJS_CONTENT_DIR)) texts.push_back(samenwijs_test::readFile(f));
  return texts;
}

std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

}  // namespace

BOOST_AUTO_TEST_CASE(every_content_file_and_the_bundle_parse_to_the_same_value) {
  std::vector<std::string> texts = contentTexts();
  BOOST_TEST(texts.size() >= 15u);
  texts.push_back(samenwijs::toBundleJson(samenwijs_test::content()));
  BOOST_TEST(texts.back().size() > 300000u);
  expectAgreement(texts, "content");
  // And the parse is real: a field of the bundle reads back.
  const Json bundle = parseJsonText(texts.back());
  BOOST_TEST(bundle.is_object());
  BOOST_TEST(bundle.size() > 5u);
}

BOOST_AUTO_TEST_CASE(the_fixtures_valid_and_broken_parse_or_fail_alike) {
  std::vector<std::string> texts;
  for (const auto& f : jsonFilesUnder(SAMENWIJS_FIXTURES_DIR)) texts.push_back(samenwijs_test::readFile(f));
  BOOST_TEST(texts.size() >= 30u);
  expectAgreement(texts, "fixtures");
}

BOOST_AUTO_TEST_CASE(the_api_argument_shapes_of_the_fuzz_seeds_parse_alike) {
  // Each fuzz_api seed is "method\nargs[\0bulk text]": the arguments of every method.
  std::vector<std::string> texts;
  for (const auto& entry : fs::directory_iterator(fs::path(SAMENWIJS_FIXTURES_DIR) / "../fuzz/corpus/fuzz_api")) {
    const std::string seed = samenwijs_test::readFile(entry.path());
    const auto newline = seed.find('\n');
    if (newline == std::string::npos) continue;
    const std::string args = seed.substr(newline + 1);
    texts.push_back(args.substr(0, args.find('\0')));
    texts.push_back(args);  // with the NUL and what follows it
  }
  BOOST_TEST(texts.size() >= 100u);
  texts.push_back(R"({"query":"ict","limit":25,"offset":0,"place":null})");
  texts.push_back(R"({"framework":"leraar","answers":{"leraar-basis-ict-1":4,"x":-1},"date":"2026-11-20"})");
  expectAgreement(texts, "api arguments");
}

BOOST_AUTO_TEST_CASE(edge_cases_valid_and_invalid_parse_alike) {
  const std::vector<std::string> texts = {
      // whitespace, scalars, empty containers
      "", " ", "\t\n\r ", "null", "true", "false", " true ", "nul", "nulll", "tru", "True", "[]", "{}", "[ ]",
      "{ }", " [\n\t{}\r] ", "[[]]", "[{}]", "{\"\":{}}", "\f1", "1\f", "\v1",
      // trailing garbage, missing or extra separators
      "1 2", "[1,]", "[,1]", "[1 2]", "{\"a\":1,}", "{,}", "{\"a\" 1}", "{\"a\":}", "{\"a\"}", "{1:2}", "{'a':1}",
      "[1]]", "[[1]", "{\"a\":1}}", "]", "}", ",", ":", "[1]x", "[1] x", "{}{}", "\"a\"\"b\"",
      // the NUL byte: nlohmann reads it as the end of the input
      std::string("[1]\0garbage", 11), std::string("1 \0x", 4), std::string("\0", 1), std::string("[\0]", 3),
      std::string("[1,\0]", 5), std::string("\"a\0b\"", 5), std::string("{\"a\":1\0}", 8),
      // byte order mark
      "\xEF\xBB\xBF{}", "\xEF\xBB\xBF", "\xEF\xBB{}", "\xEF{}", " \xEF\xBB\xBF{}", "[\xEF\xBB\xBF]", "\xEF\xBB\xBF\xEF\xBB\xBF{}",
      // strings and escapes
      R"("")", R"("abc")", R"("\"\\\/\b\f\n\r\t")", R"("\a")", R"("\x41")", R"("\')", R"("\u0041")", R"("\u00e9\u00E9")",
      R"("\u0000")", R"("a\u0000b")", R"("\u001f")", R"("\u007F")", R"("\u0080")", R"("\u07ff")", R"("\u0800")",
      R"("\uffff")", R"("\uFFFE")", R"("\ud83d\ude00")", R"("\uD83D\uDE00")", R"("\ud83d")", R"("\ud83dx")",
      R"("\ud83d\u0041")", R"("\ud83d\ud83d")", R"("\ude00")", R"("\ude00\ud83d")", R"("\udbff\udfff")",
      R"("\ud800\udc00")", R"("\u12")", R"("\u12g4")", R"("\uD83D\u")", R"("\uD83D\")", R"("\)", R"("abc)", "\"",
      "\"\t\"", "\"\n\"", "\"\x01\"", "\"\x1f\"", "\"\x7f\"", "\"a\rb\"",
      // UTF-8 inside strings: valid, overlong, surrogates, beyond U+10FFFF, cut short
      "\"é\"", "\"\xC3\xA9\"", "\"\xC2\x80\"", "\"\xDF\xBF\"", "\"\xC0\x80\"", "\"\xC1\xBF\"", "\"\xC3\"", "\"\xC3\x28\"",
      "\"\xE0\xA0\x80\"", "\"\xE0\x9F\xBF\"", "\"\xE1\x80\x80\"", "\"\xEC\xBF\xBF\"", "\"\xED\x9F\xBF\"",
      "\"\xED\xA0\x80\"", "\"\xEE\x80\x80\"", "\"\xEF\xBF\xBF\"", "\"\xEF\xBF\"", "\"\xF0\x90\x80\x80\"",
      "\"\xF0\x8F\xBF\xBF\"", "\"\xF3\xBF\xBF\xBF\"", "\"\xF4\x8F\xBF\xBF\"", "\"\xF4\x90\x80\x80\"", "\"\xF5\x80\x80\x80\"",
      "\"\xFF\"", "\"\x80\"", "\"\xBF\"", "\"\xF0\x9F\x98\x80\"", "\"\xF0\x9F\x98\"", "\xC3\xA9", "[\"\xE2\x82\xAC\", \"\xE2\x82\"]",
      "\"0123456789abcdef0123456789abcdef\\n0123456789abcdef\xC3\xA9 long run with a \\u00e9 and \\\" inside\"",
      // numbers
      "0", "-0", "0.0", "-0.0", "-0e0", "0e0", "0E+0", "1", "-1", "01", "-01", "00", "1.", ".5", "-", "--1", "+1", "-a",
      "1e", "1e+", "1e-", "1E2", "1E+2", "1e-2", "1.5e3", "1.5E-3", "1.0", "1.00000000000000000000000000",
      "0.1", "0.2", "0.3", "1e22", "1e23", "1e-22", "1e-23", "123456789012345678", "12345678901234567890",
      "9007199254740992", "9007199254740993", "9007199254740993.0", "-9007199254740993",
      "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
      "18446744073709551615", "18446744073709551616", "-18446744073709551616", "99999999999999999999999999",
      "1e308", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "1e400",
      "-1e400", "1e-400", "-1e-400", "4.9e-324", "5e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
      "2.2250738585072011e-308", "2.2250738585072014e-308", "1e-320", "123.456e-300", "0.000001", "1e0000000000000000001",
      "1e-99999999999999999999", "1e99999999999999999999", "0e99999999999999999999", "2.5", "3.5", "-2.5",
      "[1,-1,1.5,-1.5,1e3,-1e-3,0,-0]", "[1.2.3]", "[1e5e5]", "[1-2]", "[0x10]", "[Infinity]", "[NaN]", "[-Infinity]",
      std::string(400, '9'), "0." + std::string(400, '0') + "1", "1" + std::string(330, '0'), "1" + std::string(300, '0') + ".5",
      // objects: duplicate keys (the last wins), odd keys
      R"({"a":1,"a":2})", R"({"a":{"b":1},"a":[2]})", R"({"a":[1,2],"a":{}})", R"({"b":1,"a":2,"b":3})",
      R"({"":1})", R"({"\u0000":1,"\u0000":2})", R"({"a\nb":1})", R"({"é":1,"e\u0301":2})", R"({"a":1 , "b" : 2 })",
  };
  expectAgreement(texts, "edge cases");
  // A few answers spelled out, so the test does not only trust nlohmann.
  BOOST_TEST(parseJsonText("-0").is_number_integer());
  BOOST_TEST(!parseJsonText("-0").is_number_unsigned());
  BOOST_TEST(parseJsonText("7").is_number_unsigned());
  BOOST_TEST(parseJsonText("-7").get<std::int64_t>() == -7);
  BOOST_TEST(parseJsonText("-9223372036854775808").get<std::int64_t>() == INT64_MIN);
  BOOST_TEST(parseJsonText("18446744073709551615").get<std::uint64_t>() == UINT64_MAX);
  BOOST_TEST(parseJsonText("18446744073709551616").is_number_float());
  BOOST_TEST(std::signbit(parseJsonText("-0.0").get<double>()));
  BOOST_TEST(parseJsonText("1E+2").get<double>() == 100.0);
  BOOST_TEST(parseJsonText("1e400").is_discarded());
  BOOST_TEST(parseJsonText("1e-400").get<double>() == 0.0);
  BOOST_TEST(parseJsonText(R"({"a":1,"a":2})")["a"] == 2);
  BOOST_TEST(parseJsonText(R"("\ud83d\ude00")").get<std::string>() == "\xF0\x9F\x98\x80");
  BOOST_TEST(parseJsonText(R"("a\u0000b")").get<std::string>() == std::string("a\0b", 3));
  BOOST_TEST(parseJsonText("\"\xED\xA0\x80\"").is_discarded());
  BOOST_TEST(parseJsonText(std::string("[1]\0garbage", 11)).size() == 1u);
  BOOST_TEST(parseJsonText("\xEF\xBB\xBF[1]").size() == 1u);
}

BOOST_AUTO_TEST_CASE(nesting_100000_deep_parses_without_recursion) {
  for (const std::string& text : {nested(100000), std::string(100000, '[') + "1" + std::string(100000, ']')}) {
    const Json deep = parseJsonText(text);
    BOOST_REQUIRE(deep.is_array());
    const Json* at = &deep;
    std::size_t depth = 0;
    while (at->is_array() && !at->empty()) {
      at = &(*at)[0];
      ++depth;
    }
    BOOST_TEST(depth == (text[100000] == '1' ? 100000u : 99999u));
  }
  std::string objects;
  for (int i = 0; i < 100000; ++i) objects += "{\"a\":";
  BOOST_TEST(parseJsonText(objects + "1" + std::string(100000, '}')).is_object());
  BOOST_TEST(parseJsonText(objects + "1" + std::string(99999, '}')).is_discarded());
  BOOST_TEST(parseJsonText(std::string(100000, '[')).is_discarded());
  expectAgreement({nested(100000), objects + "1" + std::string(100000, '}'), std::string(100000, '[') + "1]"}, "deep");
}

namespace {

// A random JSON text (valid most of the time), with random whitespace, escapes, UTF-8,
// numbers of every shape and repeated keys.
class RandomJson {
 public:
  explicit RandomJson(std::uint64_t seed) : rng_(seed) {}
  std::string document() {
    std::string out;
    value(out, 0);
    space(out);
    return out;
  }

 private:
  int pick(int n) { return static_cast<int>(rng_() % static_cast<std::uint64_t>(n)); }
  void space(std::string& out) {
    static const char* kSpaces[] = {"", "", "", " ", "\n  ", "\t", "\r\n", "  "};
    out += kSpaces[pick(8)];
  }
  void digits(std::string& out, int count) {
    for (int i = 0; i < count; ++i) out += static_cast<char>('0' + pick(10));
  }
  void number(std::string& out) {
    if (pick(2)) out += '-';
    if (pick(4) == 0) out += '0';
    else {
      out += static_cast<char>('1' + pick(9));
      digits(out, pick(3) == 0 ? pick(25) : pick(6));
    }
    if (pick(3) == 0) {
      out += '.';
      digits(out, 1 + (pick(4) == 0 ? pick(30) : pick(5)));
    }
    if (pick(4) == 0) {
      out += "eE"[pick(2)];
      if (pick(2)) out += "+-"[pick(2)];
      digits(out, 1 + pick(3));
    }
  }
  void string(std::string& out) {
    static const char* kPieces[] = {"a", "Z", " ", "é", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\\n", "\\\"", "\\\\",
                                    "\\/", "\\u00e9", "\\u0000", "\\ud83d\\ude00", "\\uFFFF", "\\t", "leraar",
                                    "ict-bekwaamheid ", "0123456789"};
    out += '"';
    for (int n = pick(12); n > 0; --n) out += kPieces[pick(18)];
    out += '"';
  }
  void value(std::string& out, int depth) {
    space(out);
    const int kind = depth > 5 ? pick(4) : pick(7);
    switch (kind) {
      case 0: number(out); break;
      case 1: string(out); break;
      case 2: out += pick(3) == 0 ? "null" : pick(2) ? "true" : "false"; break;
      case 3: number(out); break;
      case 4:
      case 5: {
        out += '[';
        for (int n = pick(6), i = 0; i < n; ++i) {
          if (i) out += ',';
          value(out, depth + 1);
          space(out);
        }
        space(out);
        out += ']';
        break;
      }
      default: {
        out += '{';
        for (int n = pick(6), i = 0; i < n; ++i) {
          if (i) out += ',';
          space(out);
          if (pick(4) == 0) out += "\"dup\"";
          else string(out);
          space(out);
          out += ':';
          value(out, depth + 1);
          space(out);
        }
        out += '}';
        break;
      }
    }
  }
  std::mt19937_64 rng_;
};

// `text` with 1 to 4 random edits: a byte replaced, removed or inserted (bytes that
// matter to a JSON lexer), or a slice repeated.
std::string mutate(std::string text, std::mt19937_64& rng) {
  static const char kBytes[] = "\"\\,:{}[]0123456789-+.eEtfnu \n\t\x00\x01\x7f\xc3\xa9\xed\xf0\xff/ab";
  const int edits = 1 + static_cast<int>(rng() % 4);
  for (int e = 0; e < edits && !text.empty(); ++e) {
    const std::size_t at = rng() % text.size();
    const char byte = kBytes[rng() % (sizeof kBytes - 1)];
    switch (rng() % 4) {
      case 0: text[at] = byte; break;
      case 1: text.erase(at, 1); break;
      case 2: text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), byte); break;
      default: {
        const std::size_t length = rng() % 40;
        text.insert(at, text.substr(rng() % text.size(), length));
        break;
      }
    }
  }
  return text;
}

}  // namespace

BOOST_AUTO_TEST_CASE(random_documents_parse_alike) {
  RandomJson random(20261202);
  std::vector<std::string> texts;
  for (int i = 0; i < 20000; ++i) texts.push_back(random.document());
  expectAgreement(texts, "random documents");
  // Also cut short at a random place (mostly invalid).
  std::mt19937_64 rng(7);
  for (auto& t : texts) t.resize(rng() % (t.size() + 1));
  expectAgreement(texts, "random documents cut short");
}

BOOST_AUTO_TEST_CASE(random_mutations_of_the_content_files_parse_alike) {
  const std::vector<std::string> files = contentTexts();
  std::mt19937_64 rng(151515);
  std::vector<std::string> texts;
  int refused = 0;
  for (int i = 0; i < 3000; ++i) {
    texts.push_back(mutate(files[rng() % files.size()], rng));
    if (parseJsonText(texts.back()).is_discarded()) ++refused;
  }
  expectAgreement(texts, "mutated content");
  // The mutations reach both sides of the parser: some texts stay valid, most do not.
  BOOST_TEST(refused > 1000);
  BOOST_TEST(refused < 2990);
}

namespace {
std::string printed(const char* format, double d) {
  char text[64];
  std::snprintf(text, sizeof text, format, d);
  return text;
}
}  // namespace

BOOST_AUTO_TEST_CASE(doubles_round_like_strtod_also_at_halfway_points) {
  std::mt19937_64 rng(424242);
  std::vector<std::string> texts;
  auto add = [&](double d) {
    if (!std::isfinite(d)) return;
    texts.push_back(printed("%.17g", d));
    texts.push_back(printed("%.16g", d));
    texts.push_back(printed("%.15g", d));
    texts.push_back(printed("%.6e", d));
    // The exact halfway point between d and the next double up (long double holds it
    // exactly on x86-64), and a hair above and below it: ties round to even.
    if (LDBL_MANT_DIG >= 64 && d > 0 && d < DBL_MAX) {
      const long double half = (static_cast<long double>(d) + std::nextafter(d, INFINITY)) / 2;
      char text[1200];
      std::snprintf(text, sizeof text, "%.1000Le", half);
      std::string exact = text;
      const auto e = exact.find('e');
      std::string mantissa = exact.substr(0, e), exponent = exact.substr(e);
      while (mantissa.back() == '0') mantissa.pop_back();
      texts.push_back(mantissa + exponent);
      texts.push_back(mantissa + "0000001" + exponent);
      std::string below = mantissa;
      std::size_t k = below.size() - 1;
      while (below[k] == '0' || below[k] == '.') --k;
      --below[k];
      texts.push_back(below + "9999" + exponent);
    }
  };
  for (int i = 0; i < 3000; ++i) {
    std::uint64_t bits = rng();
    double d;
    std::memcpy(&d, &bits, sizeof d);
    add(std::fabs(d));
    add(-std::fabs(d));
  }
  for (int i = 0; i < 2000; ++i) {  // everyday magnitudes and the subnormal edge
    add(std::ldexp(static_cast<double>(rng() >> 11), -static_cast<int>(rng() % 80)));
    add(std::ldexp(static_cast<double>(rng() >> 11), -1074 - 53 + static_cast<int>(rng() % 120)));
  }
  add(DBL_MAX);
  add(DBL_MIN);
  add(std::nextafter(0.0, 1.0));
  add(std::nextafter(DBL_MIN, 0.0));
  expectAgreement(texts, "doubles");
  // The converter itself, on its own, for a few known answers.
  BOOST_TEST(samenwijs::decimalToDouble("0.1") == 0.1);
  BOOST_TEST(samenwijs::decimalToDouble("2.4703282292062328e-324") == std::nextafter(0.0, 1.0));
  BOOST_TEST(samenwijs::decimalToDouble("2.4703282292062327e-324") == 0.0);
  BOOST_TEST(samenwijs::decimalToDouble("1.7976931348623158e308") == DBL_MAX);
  BOOST_TEST(std::isinf(samenwijs::decimalToDouble("1.7976931348623159e308")));
}

// ---- parseJsonTextDeferring (issue 15: the loader parses the bundle's guides one by one) ----
namespace {

// The root's keys in `text` (parsed by nlohmann), plus the two the loader defers.
std::vector<std::string> rootKeys(const std::string& text) {
  std::vector<std::string> keys{"guides", "frameworks"};
  const Json root = Json::parse(text, nullptr, false);
  if (root.is_object()) {
    for (auto it = root.begin(); it != root.end(); ++it) {
      // Each key once; keys are C strings (no NUL inside).
      if (it.key() != "guides" && it.key() != "frameworks" && it.key().find('\0') == std::string::npos) keys.push_back(it.key());
    }
  }
  return keys;
}

// "" when parseJsonTextDeferring(text) with `keys` deferred, each element parsed back into
// its place, is parseJsonText(text) exactly (refusals included), else what differs.
std::string deferringDisagreement(const std::string& text, const std::vector<std::string>& keys) {
  samenwijs::DeferredArrays arrays;
  for (const auto& k : keys) arrays.keys.push_back(k.c_str());
  Json deferred = samenwijs::parseJsonTextDeferring(text, arrays);
  const Json whole = parseJsonText(text);
  if (deferred.is_discarded() != whole.is_discarded()) {
    return std::string("deferring ") + (deferred.is_discarded() ? "refuses" : "accepts") + ", whole parse " +
           (whole.is_discarded() ? "refuses" : "accepts");
  }
  if (arrays.elements.size() != keys.size() || arrays.deferred.size() != keys.size()) return "no result per key";
  for (std::size_t k = 0; k < keys.size(); ++k) {
    const bool rootArray = whole.is_object() && whole.contains(keys[k]) && whole.at(keys[k]).is_array();
    if (arrays.deferred[k] != rootArray) return "'" + keys[k] + "' deferred: " + (arrays.deferred[k] ? "yes" : "no");
    if (!arrays.deferred[k]) {
      if (!arrays.elements[k].empty()) return "elements kept for '" + keys[k] + "', which was not deferred";
      continue;
    }
    Json& slot = deferred[keys[k]];
    if (!slot.is_array() || !slot.empty()) return "'" + keys[k] + "' is not an empty array in the DOM";
    for (std::string_view element : arrays.elements[k]) {
      Json value = parseJsonText(element);
      if (value.is_discarded()) return "an element of '" + keys[k] + "' does not parse on its own";
      slot.push_back(std::move(value));
    }
  }
  return whole.is_discarded() ? "" : samenwijs_test::jsonDifference(deferred, whole);
}

void expectDeferringAgrees(const std::vector<std::string>& texts, const std::vector<std::vector<std::string>>& keys,
                           const std::string& what) {
  int failures = 0;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const std::string diff = deferringDisagreement(texts[i], keys[i]);
    if (diff.empty()) continue;
    if (++failures <= 5) BOOST_ERROR(what << ": " << diff << " on " << Json(texts[i].substr(0, 200)).dump(-1, ' ', true, Json::error_handler_t::replace));
  }
  BOOST_TEST(failures == 0, what << ": " << failures << " of " << texts.size() << " disagree");
}

}  // namespace

BOOST_AUTO_TEST_CASE(deferring_arrays_gives_the_same_value_and_refusals_on_content_and_edge_cases) {
  std::vector<std::string> texts = contentTexts();
  texts.push_back(samenwijs::toBundleJson(samenwijs_test::content()));
  for (const auto& f : jsonFilesUnder(SAMENWIJS_FIXTURES_DIR)) texts.push_back(samenwijs_test::readFile(f));
  for (const char* edge : {
           R"({"guides":[1,{"a":[2,{"guides":[3]}]},"x",null,true,false,-0,1e5,[]],"b":2})",
           R"({"guides":[1],"guides":{"a":1}})",         // the last occurrence wins: not deferred
           R"({"guides":{"a":1},"guides":[1, 2 ]})",     // the last occurrence wins: deferred
           R"({"guides":[1],"guides":[2,3]})",           // the earlier elements are forgotten
           R"({ "guides" :  [ ] , "frameworks":[ {} , [ ] ] })",
           R"({"guides":[{"guides":[1]}]})",             // only the root's member is deferred
           R"([{"guides":[1]}])",                        // a root array: nothing deferred
           "{\"guides\":[\"\\u00e9\\ud83d\\ude00\\n\", \"caf\xc3\xa9\"]}",
           "{\"guides\":[1]}\0 rommel {",
           "\xEF\xBB\xBF{\"guides\":[1]}",
           // refused, inside and around a deferred array
           R"({"guides":[1,]})", R"({"guides":[1 2]})", R"({"guides":[1})", R"({"guides":[{"a" 1}]})",
           R"({"guides":[{"a":1,}]})", R"({"guides":[01]})", R"({"guides":[1e400]})", R"({"guides":["\ud800"]})",
           "{\"guides\":[\"a\x01\"]}", "{\"guides\":[\"\xed\xa0\x80\"]}", R"({"guides":[tru]})", R"({"guides":[[}]]})",
           R"({"guides":[1]} x)", R"({"guides":[1])", R"({"guides":)", R"({"guides")", R"({"guides":[)",
       }) {
    texts.emplace_back(edge);
  }
  texts.emplace_back(std::string("{\"guides\":[1]}\0 rommel {", 24));
  std::vector<std::vector<std::string>> keys;
  for (const auto& t : texts) keys.push_back(rootKeys(t));
  expectDeferringAgrees(texts, keys, "content, fixtures and edge cases");
  // The bundle really is read in parts: one text per guide and per framework.
  const auto content = samenwijs_test::content();
  const std::string bundleText = samenwijs::toBundleJson(content);
  samenwijs::DeferredArrays arrays;
  arrays.keys = {"guides", "frameworks"};
  const Json bundle = samenwijs::parseJsonTextDeferring(bundleText, arrays);
  BOOST_TEST(bundle.at("guides").empty());
  BOOST_TEST(arrays.elements[0].size() == content.guides.size());
  BOOST_TEST(arrays.elements[1].size() == content.frameworks.size());
  BOOST_TEST(parseJsonText(arrays.elements[0].front()).at("id") == content.guides.front().id);
}

BOOST_AUTO_TEST_CASE(deferring_arrays_agrees_on_random_documents_and_mutated_content) {
  RandomJson random(20261203);
  std::vector<std::string> texts;
  std::vector<std::vector<std::string>> keys;
  for (int i = 0; i < 5000; ++i) {
    texts.push_back(random.document());
    keys.push_back(rootKeys(texts.back()));
  }
  expectDeferringAgrees(texts, keys, "random documents");
  std::mt19937_64 cut(8);
  for (auto& t : texts) t.resize(cut() % (t.size() + 1));
  expectDeferringAgrees(texts, keys, "random documents cut short");

  std::vector<std::string> files = contentTexts();
  files.push_back(samenwijs::toBundleJson(samenwijs_test::content()));
  std::mt19937_64 rng(161616);
  texts.clear();
  keys.clear();
  for (int i = 0; i < 1500; ++i) {
    const std::string& original = files[rng() % files.size()];
    texts.push_back(mutate(original, rng));
    keys.push_back(rootKeys(original));  // the keys before the mutation: refusals inside deferred arrays too
  }
  expectDeferringAgrees(texts, keys, "mutated content");
}

#define BOOST_TEST_MODULE json_reader
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "samenwijs/issue.hpp"
#include "samenwijs/json_locate.hpp"
#include "samenwijs/json_reader.hpp"

using samenwijs::IssueList;
using samenwijs::Json;
using samenwijs::JsonReader;

namespace {

Json parsed(const std::string& text) {
  Json j = Json::parse(text, nullptr, false);
  BOOST_REQUIRE(!j.is_discarded());
  return j;
}

// The only issue in `issues`, checked for file, pointer and a message fragment.
void checkSingleIssue(const IssueList& issues, const std::string& file, const std::string& pointer,
                      const std::string& fragment) {
  BOOST_REQUIRE_EQUAL(issues.size(), 1u);
  const auto& issue = issues.all().front();
  BOOST_CHECK_EQUAL(issue.file, file);
  BOOST_CHECK_EQUAL(issue.pointer, pointer);
  BOOST_TEST(issue.message.find(fragment) != std::string::npos, "message '" << issue.message << "' lacks '" << fragment << "'");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(reader)

BOOST_AUTO_TEST_CASE(required_string_present) {
  const Json j = parsed(R"({"title": "Ideeën delen"})");
  IssueList issues;
  JsonReader r(j, "f.json", "/x", issues);
  BOOST_CHECK_EQUAL(r.requiredString("title"), "Ideeën delen");
  BOOST_TEST(issues.empty());
}

BOOST_AUTO_TEST_CASE(required_string_missing) {
  const Json j = parsed(R"({"other": "x"})");
  IssueList issues;
  JsonReader r(j, "guides/a.json", "/mainQuestions/0", issues);
  BOOST_CHECK_EQUAL(r.requiredString("title"), "");
  checkSingleIssue(issues, "guides/a.json", "/mainQuestions/0/title", "verplicht veld ontbreekt");
}

BOOST_AUTO_TEST_CASE(required_string_wrong_types) {
  const Json j = parsed(R"({"n": 5, "a": ["x"], "o": {"k": 1}, "b": true, "z": null, "f": 1.5})");
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"n", "verwacht tekst, gevonden: een getal"},
      {"a", "verwacht tekst, gevonden: een lijst"},
      {"o", "verwacht tekst, gevonden: een object"},
      {"b", "verwacht tekst, gevonden: een waar/onwaar-waarde"},
      {"z", "verwacht tekst, gevonden: null"},
      {"f", "verwacht tekst, gevonden: een getal"},
  };
  for (const auto& [key, message] : cases) {
    IssueList issues;
    JsonReader r(j, "f.json", "", issues);
    BOOST_TEST_CONTEXT("key " << key) {
      BOOST_CHECK_EQUAL(r.requiredString(key), "");
      checkSingleIssue(issues, "f.json", std::string("/") + key, message);
    }
  }
}

BOOST_AUTO_TEST_CASE(required_string_empty_or_blank) {
  const Json j = parsed(R"({"e": "", "w": " \t\r\n "})");
  {
    IssueList issues;
    JsonReader r(j, "f.json", "/p", issues);
    BOOST_CHECK_EQUAL(r.requiredString("e"), "");
    checkSingleIssue(issues, "f.json", "/p/e", "mag niet leeg zijn");
  }
  {
    IssueList issues;
    JsonReader r(j, "f.json", "/p", issues);
    r.requiredString("w");
    checkSingleIssue(issues, "f.json", "/p/w", "mag niet leeg zijn");
  }
}

BOOST_AUTO_TEST_CASE(optional_string) {
  const Json j = parsed(R"({"s": "waarde", "n": 3})");
  IssueList issues;
  JsonReader r(j, "f.json", "", issues);
  BOOST_CHECK_EQUAL(r.optionalString("absent"), "");
  BOOST_TEST(issues.empty());
  BOOST_CHECK_EQUAL(r.optionalString("s"), "waarde");
  BOOST_TEST(issues.empty());
  BOOST_CHECK_EQUAL(r.optionalString("n"), "");
  checkSingleIssue(issues, "f.json", "/n", "verwacht tekst");
}

BOOST_AUTO_TEST_CASE(required_int_in_range) {
  const Json j = parsed(R"({"a": 1, "b": 6, "c": 3})");
  IssueList issues;
  JsonReader r(j, "f.json", "", issues);
  BOOST_CHECK_EQUAL(r.requiredInt("a", 1, 6).value_or(-1), 1);
  BOOST_CHECK_EQUAL(r.requiredInt("b", 1, 6).value_or(-1), 6);
  BOOST_CHECK_EQUAL(r.requiredInt("c", 1, 6).value_or(-1), 3);
  BOOST_TEST(issues.empty());
}

BOOST_AUTO_TEST_CASE(required_int_missing_and_wrong_type) {
  const Json j = parsed(R"({"s": "5", "f": 2.5, "l": [1], "b": false, "z": null})");
  {
    IssueList issues;
    JsonReader r(j, "f.json", "/fw", issues);
    BOOST_TEST(!r.requiredInt("absent", 1, 6).has_value());
    checkSingleIssue(issues, "f.json", "/fw/absent", "verplicht veld ontbreekt");
  }
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"s", "verwacht een geheel getal, gevonden: tekst"},
      {"f", "verwacht een geheel getal, gevonden: een getal"},
      {"l", "verwacht een geheel getal, gevonden: een lijst"},
      {"b", "verwacht een geheel getal, gevonden: een waar/onwaar-waarde"},
      {"z", "verwacht een geheel getal, gevonden: null"},
  };
  for (const auto& [key, message] : cases) {
    IssueList issues;
    JsonReader r(j, "f.json", "/fw", issues);
    BOOST_TEST_CONTEXT("key " << key) {
      BOOST_TEST(!r.requiredInt(key, 1, 6).has_value());
      checkSingleIssue(issues, "f.json", std::string("/fw/") + key, message);
    }
  }
}

BOOST_AUTO_TEST_CASE(required_int_out_of_range) {
  const Json j = parsed(R"({"low": 0, "high": 7, "neg": -5, "huge": 18446744073709551615,
                            "big": 4294967297, "hugeNeg": -9223372036854775808})");
  for (const char* key : {"low", "high", "neg", "huge", "big", "hugeNeg"}) {
    IssueList issues;
    JsonReader r(j, "f.json", "", issues);
    BOOST_TEST_CONTEXT("key " << key) {
      BOOST_TEST(!r.requiredInt(key, 1, 6).has_value());
      checkSingleIssue(issues, "f.json", std::string("/") + key, "getal moet tussen 1 en 6 liggen");
    }
  }
}

BOOST_AUTO_TEST_CASE(optional_int) {
  const Json j = parsed(R"({"year": 2021, "bad": 1800, "txt": "2021"})");
  IssueList issues;
  JsonReader r(j, "f.json", "", issues);
  BOOST_TEST(!r.optionalInt("absent", 1900, 2100).has_value());
  BOOST_TEST(issues.empty());
  BOOST_CHECK_EQUAL(r.optionalInt("year", 1900, 2100).value_or(0), 2021);
  BOOST_TEST(issues.empty());
  BOOST_TEST(!r.optionalInt("bad", 1900, 2100).has_value());
  checkSingleIssue(issues, "f.json", "/bad", "getal moet tussen 1900 en 2100 liggen");
  IssueList issues2;
  JsonReader r2(j, "f.json", "", issues2);
  BOOST_TEST(!r2.optionalInt("txt", 1900, 2100).has_value());
  checkSingleIssue(issues2, "f.json", "/txt", "verwacht een geheel getal");
}

BOOST_AUTO_TEST_CASE(allow_only_reports_unknown_keys_with_pointer) {
  const Json j = parsed(R"({"id": "a", "titel": "typo", "a/b~c": 1, "title": "ok"})");
  IssueList issues;
  JsonReader r(j, "guides/x.json", "/mainQuestions/2", issues);
  r.allowOnly({"id", "title"});
  BOOST_REQUIRE_EQUAL(issues.size(), 2u);
  // nlohmann keeps object keys sorted: "a/b~c" comes before "titel".
  BOOST_CHECK_EQUAL(issues.all()[0].file, "guides/x.json");
  BOOST_CHECK_EQUAL(issues.all()[0].pointer, "/mainQuestions/2/a~1b~0c");
  BOOST_CHECK_EQUAL(issues.all()[0].message, "onbekend veld 'a/b~c' (tikfout?)");
  BOOST_CHECK_EQUAL(issues.all()[1].pointer, "/mainQuestions/2/titel");
  BOOST_CHECK_EQUAL(issues.all()[1].message, "onbekend veld 'titel' (tikfout?)");
}

BOOST_AUTO_TEST_CASE(allow_only_accepts_known_keys_and_ignores_non_objects) {
  const Json obj = parsed(R"({"id": "a", "title": "b"})");
  const Json arr = parsed(R"(["id", "x"])");
  IssueList issues;
  JsonReader(obj, "f.json", "", issues).allowOnly({"id", "title", "extra"});
  JsonReader(arr, "f.json", "", issues).allowOnly({"id"});
  BOOST_TEST(issues.empty());
}

BOOST_AUTO_TEST_CASE(expect_object) {
  const Json j = parsed(R"({"o": {}, "l": [], "s": "x"})");
  IssueList issues;
  JsonReader root(j, "f.json", "", issues);
  BOOST_TEST(root.expectObject());
  auto o = root.child("o");
  BOOST_TEST(o.expectObject());
  BOOST_TEST(issues.empty());
  auto l = root.child("l");
  BOOST_TEST(!l.expectObject());
  checkSingleIssue(issues, "f.json", "/l", "verwacht een object, gevonden: een lijst");
}

BOOST_AUTO_TEST_CASE(child_pointers_and_missing_children) {
  const Json j = parsed(R"({"a": {"b": {"c": "diep"}}, "s": "tekst", "x/y": {"k": "v"}})");
  IssueList issues;
  JsonReader root(j, "f.json", "", issues);
  JsonReader c = root.child("a").child("b");
  BOOST_CHECK_EQUAL(c.pointer(), "/a/b");
  BOOST_CHECK_EQUAL(c.file(), "f.json");
  BOOST_CHECK_EQUAL(c.requiredString("c"), "diep");
  BOOST_CHECK_EQUAL(root.child("x/y").pointer(), "/x~1y");
  BOOST_CHECK_EQUAL(root.child("x/y").requiredString("k"), "v");
  BOOST_TEST(issues.empty());

  // A missing child or a child of a non-object reads as null, without aborting.
  JsonReader missing = root.child("nope");
  BOOST_TEST(missing.value().is_null());
  BOOST_CHECK_EQUAL(missing.pointer(), "/nope");
  JsonReader underText = root.child("s").child("k");
  BOOST_TEST(underText.value().is_null());
  BOOST_CHECK_EQUAL(underText.pointer(), "/s/k");
  BOOST_TEST(!underText.has("k"));
  BOOST_CHECK_EQUAL(underText.requiredString("k"), "");
  checkSingleIssue(issues, "f.json", "/s/k/k", "verplicht veld ontbreekt");
}

BOOST_AUTO_TEST_CASE(for_each_pointers) {
  const Json j = parsed(R"({"list": [{"v": "a"}, {"v": "b"}, {"v": "c"}, {"w": "d"}, {"v": "e"}]})");
  IssueList issues;
  JsonReader r(j, "f.json", "/root", issues);
  std::vector<std::string> pointers, values;
  const std::size_t n = r.forEach("list", true, [&](JsonReader& e) {
    pointers.push_back(e.pointer());
    values.push_back(e.requiredString("v"));
  });
  BOOST_CHECK_EQUAL(n, 5u);
  const std::vector<std::string> expected = {"/root/list/0", "/root/list/1", "/root/list/2", "/root/list/3",
                                             "/root/list/4"};
  BOOST_TEST(pointers == expected, boost::test_tools::per_element());
  BOOST_CHECK_EQUAL(values[2], "c");
  checkSingleIssue(issues, "f.json", "/root/list/3/v", "verplicht veld ontbreekt");
}

BOOST_AUTO_TEST_CASE(for_each_missing_wrong_type_and_empty) {
  const Json j = parsed(R"({"s": "x", "o": {"a": 1}, "e": []})");
  int calls = 0;
  auto count = [&](JsonReader&) { ++calls; };
  {
    IssueList issues;
    JsonReader r(j, "f.json", "", issues);
    BOOST_CHECK_EQUAL(r.forEach("absent", false, count), 0u);
    BOOST_TEST(issues.empty());
    BOOST_CHECK_EQUAL(r.forEach("e", true, count), 0u);
    BOOST_TEST(issues.empty());
    BOOST_CHECK_EQUAL(r.forEach("absent", true, count), 0u);
    checkSingleIssue(issues, "f.json", "/absent", "verplicht veld ontbreekt");
  }
  {
    IssueList issues;
    JsonReader r(j, "f.json", "", issues);
    BOOST_CHECK_EQUAL(r.forEach("s", false, count), 0u);
    checkSingleIssue(issues, "f.json", "/s", "verwacht een lijst, gevonden: tekst");
  }
  {
    IssueList issues;
    JsonReader r(j, "f.json", "", issues);
    BOOST_CHECK_EQUAL(r.forEach("o", true, count), 0u);
    checkSingleIssue(issues, "f.json", "/o", "verwacht een lijst, gevonden: een object");
  }
  BOOST_CHECK_EQUAL(calls, 0);
}

BOOST_AUTO_TEST_CASE(string_array) {
  const Json j = parsed(R"({"tags": ["a", 2, "c", null], "ok": ["x", "y"]})");
  IssueList issues;
  JsonReader r(j, "f.json", "/t", issues);
  const auto ok = r.stringArray("ok", true);
  BOOST_TEST(ok == (std::vector<std::string>{"x", "y"}), boost::test_tools::per_element());
  BOOST_TEST(issues.empty());
  const auto tags = r.stringArray("tags", true);
  BOOST_TEST(tags == (std::vector<std::string>{"a", "c"}), boost::test_tools::per_element());
  BOOST_REQUIRE_EQUAL(issues.size(), 2u);
  BOOST_CHECK_EQUAL(issues.all()[0].pointer, "/t/tags/1");
  BOOST_CHECK_EQUAL(issues.all()[0].message, "verwacht tekst, gevonden: een getal");
  BOOST_CHECK_EQUAL(issues.all()[1].pointer, "/t/tags/3");
  BOOST_CHECK_EQUAL(issues.all()[1].message, "verwacht tekst, gevonden: null");
}

BOOST_AUTO_TEST_CASE(fail_and_fail_at) {
  const Json j = parsed(R"({"a": 1})");
  IssueList issues;
  JsonReader r(j, "f.json", "/p", issues);
  r.fail("eigen melding");
  r.failAt("/sub/2", "andere melding");
  BOOST_REQUIRE_EQUAL(issues.size(), 2u);
  BOOST_CHECK_EQUAL(issues.all()[0].pointer, "/p");
  BOOST_CHECK_EQUAL(issues.all()[0].message, "eigen melding");
  BOOST_CHECK_EQUAL(issues.all()[1].pointer, "/p/sub/2");
  BOOST_CHECK_EQUAL(issues.all()[1].message, "andere melding");
}

BOOST_AUTO_TEST_CASE(escape_pointer_token) {
  BOOST_CHECK_EQUAL(samenwijs::escapePointerToken("plain"), "plain");
  BOOST_CHECK_EQUAL(samenwijs::escapePointerToken("a/b"), "a~1b");
  BOOST_CHECK_EQUAL(samenwijs::escapePointerToken("a~b"), "a~0b");
  BOOST_CHECK_EQUAL(samenwijs::escapePointerToken("~/"), "~0~1");
  BOOST_CHECK_EQUAL(samenwijs::escapePointerToken(""), "");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(parse)

BOOST_AUTO_TEST_CASE(valid_text) {
  IssueList issues;
  auto j = samenwijs::parseJson(R"({"a": [1, "twee", {"b": null}]})", "f.json", issues);
  BOOST_REQUIRE(j.has_value());
  BOOST_TEST(issues.empty());
  BOOST_TEST((*j)["a"].size() == 3u);
  // Not only objects: parseJson accepts any JSON value.
  auto n = samenwijs::parseJson("42", "f.json", issues);
  BOOST_REQUIRE(n.has_value());
  BOOST_TEST(n->get<int>() == 42);
  BOOST_TEST(issues.empty());
}

BOOST_AUTO_TEST_CASE(empty_text) {
  for (const char* text : {"", "   ", "\n\t\r\n"}) {
    IssueList issues;
    BOOST_TEST_CONTEXT("text '" << text << "'") {
      BOOST_TEST(!samenwijs::parseJson(text, "leeg.json", issues).has_value());
      checkSingleIssue(issues, "leeg.json", "", "het bestand is leeg");
    }
  }
}

BOOST_AUTO_TEST_CASE(garbage_and_truncated) {
  const std::vector<std::string> texts = {
      "hallo",
      "{\"a\": 1,}",
      "{\"a\": [1, 2",
      "{\"a\": \"open",
      "[1, 2]]",
      "{'a': 1}",
      "{\"a\": 1} extra",
      std::string("{\"a\": \"\xff\xfe\"}"),  // invalid UTF-8 inside a string
      std::string("\0{}", 3),
  };
  for (const auto& text : texts) {
    IssueList issues;
    BOOST_TEST_CONTEXT("text '" << text << "'") {
      BOOST_TEST(!samenwijs::parseJson(text, "kapot.json", issues).has_value());
      checkSingleIssue(issues, "kapot.json", "", "dit is geen geldige JSON");
    }
  }
}

BOOST_AUTO_TEST_CASE(dump_valid_text_keeps_utf8) {
  const Json j = {{"t", "Ideeën, ĳs en 😀"}};
  BOOST_CHECK_EQUAL(samenwijs::dumpJson(j), "{\"t\":\"Ideeën, ĳs en 😀\"}");
  BOOST_CHECK_EQUAL(samenwijs::dumpJson(Json::array({1, 2}), 2), "[\n  1,\n  2\n]");
}

BOOST_AUTO_TEST_CASE(dump_invalid_utf8_replaces_bytes) {
  // A lone byte 0xFF, a truncated two-byte sequence and a lone continuation byte.
  const Json j = {{"a", std::string("x\xffy")}, {"b", std::string("\xc3")}, {"c", std::string("\x80z")}};
  const std::string out = samenwijs::dumpJson(j);
  BOOST_CHECK_EQUAL(out, "{\"a\":\"x\xEF\xBF\xBDy\",\"b\":\"\xEF\xBF\xBD\",\"c\":\"\xEF\xBF\xBDz\"}");
  // The output is valid JSON again.
  const Json back = Json::parse(out, nullptr, false);
  BOOST_TEST(!back.is_discarded());
  // With indentation too, and invalid bytes in keys.
  const Json k = {{std::string("k\xfe"), 1}};
  const std::string indented = samenwijs::dumpJson(k, 2);
  BOOST_CHECK_EQUAL(indented, "{\n  \"k\xEF\xBF\xBD\": 1\n}");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(issues)

BOOST_AUTO_TEST_CASE(format_issue) {
  BOOST_CHECK_EQUAL(samenwijs::formatIssue({"content/guides/leraar.json", "/mainQuestions/0/id", "ontbreekt"}),
                    "content/guides/leraar.json:/mainQuestions/0/id: ontbreekt");
  BOOST_CHECK_EQUAL(samenwijs::formatIssue({"f.json", "", "leeg"}), "f.json:/: leeg");
  BOOST_CHECK_EQUAL(samenwijs::formatIssue({"", "", "alleen tekst"}), "alleen tekst");
}

BOOST_AUTO_TEST_CASE(issue_list) {
  IssueList list;
  BOOST_TEST(list.empty());
  list.add("a.json", "/x", "m1");
  list.add("b.json", "", "m2");
  BOOST_TEST(!list.empty());
  BOOST_CHECK_EQUAL(list.size(), 2u);
  BOOST_CHECK_EQUAL(list.all()[1].file, "b.json");
  BOOST_CHECK_EQUAL(list.all()[1].message, "m2");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(locate)

using Position = std::pair<std::size_t, std::size_t>;

BOOST_AUTO_TEST_CASE(valid_json_has_no_error) {
  BOOST_TEST(!samenwijs::locateJsonSyntaxError("{}").has_value());
  BOOST_TEST(!samenwijs::locateJsonSyntaxError("{\n  \"é\": [1, 2, {\"b\": null}]\n}\n").has_value());
}

BOOST_AUTO_TEST_CASE(single_line) {
  // The comma before } is fine; the } itself (column 8) is where it breaks.
  BOOST_TEST((samenwijs::locateJsonSyntaxError("{\"a\":1,}") == Position{1, 8}));
  BOOST_TEST((samenwijs::locateJsonSyntaxError("[1,2]]") == Position{1, 6}));
  BOOST_TEST((samenwijs::locateJsonSyntaxError("x") == Position{1, 1}));
  // `tru` could still become `true`; the } at column 10 is the first character that cannot.
  BOOST_TEST((samenwijs::locateJsonSyntaxError("{\"a\": tru}") == Position{1, 10}));
}

BOOST_AUTO_TEST_CASE(multi_line) {
  BOOST_TEST((samenwijs::locateJsonSyntaxError("{\n  \"a\": 1,\n  \"b\": }") == Position{3, 8}));
  BOOST_TEST((samenwijs::locateJsonSyntaxError("   \n\n  x") == Position{3, 3}));
  // Text after a complete document.
  BOOST_TEST((samenwijs::locateJsonSyntaxError("{\"a\":1}\n{") == Position{2, 1}));
  // Windows line ends: \r is an ordinary character before \n, so lines still count right.
  BOOST_TEST((samenwijs::locateJsonSyntaxError("{\r\n\"a\": 1,\r\n}") == Position{3, 1}));
}

BOOST_AUTO_TEST_CASE(columns_count_characters_not_bytes) {
  // "é" is two bytes but one column: x is the 7th character.
  BOOST_TEST((samenwijs::locateJsonSyntaxError("{\"é\": x}") == Position{1, 7}));
  // Same line, after a 4-byte emoji.
  BOOST_TEST((samenwijs::locateJsonSyntaxError("{\"😀\": 1,}") == Position{1, 9}));
  // An invalid byte inside a string: it is where parsing stops, column 7.
  BOOST_TEST((samenwijs::locateJsonSyntaxError("{\"a\":\"\xff\"}") == Position{1, 7}));
}

BOOST_AUTO_TEST_CASE(empty_and_truncated) {
  BOOST_TEST((samenwijs::locateJsonSyntaxError("") == Position{1, 1}));
  // Truncated: the position is just after the last character.
  BOOST_TEST((samenwijs::locateJsonSyntaxError("{\"a\":") == Position{1, 6}));
  BOOST_TEST((samenwijs::locateJsonSyntaxError("{\n  \"a\": [1,\n") == Position{3, 1}));
}

// When the first invalid thing is a complete token of more than one character (a key or
// value after a missing comma), the column points at the token's first character: that is
// where the text stops being valid (nlohmann itself reports the position after it).
BOOST_AUTO_TEST_CASE(column_points_at_start_of_unexpected_token) {
  // Missing comma after `"a": 1`: the unexpected key "b" starts at line 3, column 3 (not 5).
  BOOST_TEST((samenwijs::locateJsonSyntaxError("{\n  \"a\": 1\n  \"b\": 2}") == Position{3, 3}));
  // Missing comma in a list: `true` starts at column 4 (not 7).
  BOOST_TEST((samenwijs::locateJsonSyntaxError("[1 true]") == Position{1, 4}));
}

// dumpJson has its own serializer (nlohmann's brings snprintf into the module): the text must
// be byte for byte what nlohmann's dump(indent, ' ', false, replace) gives, on the real
// content (every file, compact and indented) and on strings and numbers at the edges.
BOOST_AUTO_TEST_CASE(dump_json_writes_what_nlohmann_dump_writes) {
  auto nlohmannDump = [](const Json& v, int indent) { return v.dump(indent, ' ', false, Json::error_handler_t::replace); };
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(SAMENWIJS_CONTENT_DIR)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const Json value = Json::parse(text.str(), nullptr, false);
    BOOST_REQUIRE(!value.is_discarded());
    BOOST_TEST_CONTEXT(entry.path().string()) {
      BOOST_TEST(samenwijs::dumpJson(value) == nlohmannDump(value, -1));
      BOOST_TEST(samenwijs::dumpJson(value, 2) == nlohmannDump(value, 2));
    }
    ++files;
  }
  BOOST_TEST(files > 10u);

  Json edges = Json::array();
  for (const char* s : {"", "plain", "quote \" backslash \\ slash /", "\b\f\n\r\t\x01\x1f\x7f", "é ü € 𝄞",
                        "bad \xff byte", "cut \xe2\x82", "cut at the end \xe2", "stray \x80\x80 continuation",
                        "overlong \xc0\xaf \xe0\x80\xaf", "surrogate \xed\xa0\x80", "beyond \xf4\x90\x80\x80", "lead then text \xe2(x",
                        "four \xf0\x9f\x98\x80 ok, cut \xf0\x9f\x98"}) {
    edges.push_back(s);
  }
  for (const double d : {0.0, -0.0, 1.0, -2.5, 0.1, 1.0 / 3, 3.5, 4.0, 1e21, 1e-7, 123456789.125, 2.2250738585072014e-308, 1.7976931348623157e308}) {
    edges.push_back(d);
  }
  edges.push_back(std::numeric_limits<double>::quiet_NaN());
  edges.push_back(std::numeric_limits<std::int64_t>::min());
  edges.push_back(std::numeric_limits<std::int64_t>::max());
  edges.push_back(std::numeric_limits<std::uint64_t>::max());
  edges.push_back(Json::object());
  edges.push_back(Json::array());
  edges.push_back(Json{{"b", {1, {{"x", nullptr}}}}, {"a", true}, {"bad\xffkey", false}});
  BOOST_TEST(samenwijs::dumpJson(edges) == nlohmannDump(edges, -1));
  BOOST_TEST(samenwijs::dumpJson(edges, 2) == nlohmannDump(edges, 2));
  BOOST_TEST(samenwijs::dumpJson(edges, 0) == nlohmannDump(edges, 0));
}

BOOST_AUTO_TEST_SUITE_END()

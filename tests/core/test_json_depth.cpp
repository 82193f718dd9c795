#define BOOST_TEST_MODULE json_depth
#include <boost/test/unit_test.hpp>

#include <string>

#include "samenwijs/api.hpp"
#include "samenwijs/json_depth.hpp"

using samenwijs::Json;
using samenwijs::jsonNestingDepth;
using samenwijs::kMaxJsonDepth;
using samenwijs::parseJsonLimited;

namespace {
std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }
}  // namespace

BOOST_AUTO_TEST_CASE(depth_counts_arrays_and_objects_not_brackets_in_strings) {
  BOOST_TEST(jsonNestingDepth("1") == 0u);
  BOOST_TEST(jsonNestingDepth("\"[[[\"") == 0u);
  BOOST_TEST(jsonNestingDepth("{\"a\":[1,{\"b\":[]}]}") == 4u);
  BOOST_TEST(jsonNestingDepth("[\"\\\"[[\",[]]") == 2u);  // an escaped quote does not end the string
  BOOST_TEST(jsonNestingDepth("[][][]") == 1u);
  BOOST_TEST(jsonNestingDepth("]]]][") == 1u);  // stray closers never go below zero
}

BOOST_AUTO_TEST_CASE(counting_stops_just_past_the_limit) {
  BOOST_TEST(jsonNestingDepth(nested(1000000), 64) == 65u);
  BOOST_TEST(jsonNestingDepth(nested(100), 1000) == 100u);
}

BOOST_AUTO_TEST_CASE(parse_refuses_input_deeper_than_the_limit) {
  BOOST_TEST(!parseJsonLimited(nested(kMaxJsonDepth)).is_discarded());
  BOOST_TEST(parseJsonLimited(nested(kMaxJsonDepth + 1)).is_discarded());
  BOOST_TEST(parseJsonLimited(nested(100000)).is_discarded());
  BOOST_TEST(parseJsonLimited("{\"a\":").is_discarded());
  BOOST_TEST(parseJsonLimited("{\"a\":[1,2]}")["a"].size() == 2u);
}

BOOST_AUTO_TEST_CASE(the_api_refuses_deep_arguments_before_parsing) {
  samenwijs::Api api(samenwijs::Content{});
  for (const char* method : {"overview", "guide", "planCheck", "networkMap", "profile", "mapImport"}) {
    const Json answer = Json::parse(api.call(method, "{\"x\":" + nested(100000) + "}"), nullptr, false);
    BOOST_TEST(answer["ok"] == false);
    BOOST_TEST(answer["error"]["code"] == "invalid_argument", method);
    BOOST_TEST(answer["error"]["message"].get<std::string>().find("te diep genest") != std::string::npos);
  }
  // 64 levels are fine (the answer may still be an error of the method itself).
  const Json ok = Json::parse(api.call("overview", "{\"x\":" + nested(kMaxJsonDepth - 1) + "}"), nullptr, false);
  BOOST_TEST(ok.dump().find("te diep genest") == std::string::npos);
}

// Partial content (issue 15): a page loads the base and the parts it needs; the loader
// accepts a bundle marked "partial" without the absent parts, and a method that needs an
// absent part answers content_part_missing naming the parts, never a crash or a wrong answer.
#define BOOST_TEST_MODULE content_parts
#include "test_support.hpp"
#include "content_parts_fixture.hpp"

using samenwijs::Api;
using samenwijs::ContentLoader;
using samenwijs::Json;
using namespace samenwijs_test;

namespace {

// base + the given parts, marked partial; guides listed by id.
std::string bundleOf(std::initializer_list<const Json*> extra, const std::vector<std::string>& guideIds = {}) {
  Json bundle = parts().base;
  bundle["partial"] = true;
  for (const Json* part : extra) {
    for (const auto& [key, value] : part->items()) bundle[key] = value;
  }
  if (!guideIds.empty()) {
    bundle["guides"] = Json::array();
    for (const auto& id : guideIds) bundle["guides"].push_back(parts().guides.at(id));
  }
  return samenwijs::dumpJson(bundle);
}

std::unique_ptr<Api> load(const std::string& bundle) {
  std::string error;
  auto api = samenwijs::makeApiFromBundle(bundle, error);
  BOOST_REQUIRE_MESSAGE(api != nullptr, "partial bundle refused: " << error.substr(0, 600));
  return api;
}

Json call(const Api& api, const std::string& method, const Json& args = Json::object()) {
  return envelope(api.call(method, samenwijs::dumpJson(args)), Envelope::Full);
}

// The parts a failed call asks for.
std::vector<std::string> missing(const Api& api, const std::string& method, const Json& args = Json::object()) {
  const Json j = call(api, method, args);
  BOOST_REQUIRE_MESSAGE(!j["ok"].get<bool>(), method << " unexpectedly ok");
  BOOST_CHECK_EQUAL(j["error"]["code"].get<std::string>(), "content_part_missing");
  return j["error"]["parts"].get<std::vector<std::string>>();
}

bool ok(const Api& api, const std::string& method, const Json& args = Json::object()) {
  return call(api, method, args)["ok"].get<bool>();
}

using Names = std::vector<std::string>;

}  // namespace

BOOST_AUTO_TEST_CASE(base_alone_loads_and_names_what_is_missing) {
  auto api = load(bundleOf({}));
  BOOST_TEST(ok(*api, "glossary"));
  // The reading tips come from the guides: never a silently shorter list.
  BOOST_TEST(missing(*api, "sources") == (Names{"guides-index", "guides"}));
  BOOST_TEST(missing(*api, "overview") == Names{"guides-index"});
  BOOST_TEST(missing(*api, "framework", {{"id", "leraar"}}) == Names{"frameworks"});
  BOOST_TEST(missing(*api, "network") == Names{"network"});
  BOOST_TEST(missing(*api, "readiness", {{"phase", "start"}, {"answers", Json::object()}}) == Names{"network"});
  BOOST_TEST(missing(*api, "search", {{"query", "ouders"}}) == (Names{"guides-index", "guides", "frameworks", "network"}));
  BOOST_TEST(missing(*api, "profile", {{"framework", "leraar"}, {"answers", Json::object()}}) ==
             (Names{"frameworks", "guides-index", "guides"}));
}

BOOST_AUTO_TEST_CASE(network_part_makes_the_network_check_work) {
  auto api = load(bundleOf({&parts().network}));
  const Json net = call(*api, "network");
  BOOST_REQUIRE(net["ok"].get<bool>());
  BOOST_CHECK_EQUAL(net["value"].dump(), okValue("network", "{}").dump());  // the same as with all content
  BOOST_TEST(ok(*api, "networkAdvice", {{"goals", Json::array()}, {"participants", Json::array()}}));
  BOOST_TEST(missing(*api, "framework", {{"id", "leraar"}}) == Names{"frameworks"});
}

BOOST_AUTO_TEST_CASE(frameworks_part_serves_the_zelfscan_start_and_asks_for_guides_for_a_profile) {
  auto api = load(bundleOf({&parts().frameworks}));
  const Json fw = call(*api, "framework", {{"id", "leraar"}});
  BOOST_REQUIRE(fw["ok"].get<bool>());
  BOOST_CHECK_EQUAL(fw["value"].dump(), okValueOf("framework", {{"id", "leraar"}}).dump());
  // The start pages' list of frameworks: the overview's, without the guidance index.
  const Json list = call(*api, "frameworks");
  BOOST_REQUIRE(list["ok"].get<bool>());
  BOOST_CHECK_EQUAL(list["value"]["frameworks"].dump(), okValue("overview", "{}")["frameworks"].dump());
  BOOST_TEST(list["value"]["frameworks"].size() == content().frameworks.size());
  BOOST_TEST(missing(*api, "overview") == Names{"guides-index"});
  BOOST_TEST(missing(*api, "profile", {{"framework", "leraar"}, {"answers", Json::object()}}) ==
             (Names{"guides-index", "guides"}));
  BOOST_TEST(missing(*api, "teamPicture", {{"code", "x"}}) == (Names{"guides-index", "guides"}));
}

BOOST_AUTO_TEST_CASE(guide_index_renders_the_overview_and_one_guide_needs_its_text) {
  auto api = load(bundleOf({&parts().index}));
  const Json overview = call(*api, "overview");
  BOOST_REQUIRE(overview["ok"].get<bool>());
  const Json whole = okValue("overview", "{}");
  BOOST_CHECK_EQUAL(overview["value"]["guides"].dump(), whole["guides"].dump());
  BOOST_CHECK_EQUAL(overview["value"]["counts"].dump(), whole["counts"].dump());
  BOOST_TEST(ok(*api, "guidedStart"));
  BOOST_TEST(missing(*api, "guide", {{"id", "leraar"}}) == Names{"guide/leraar"});
  BOOST_TEST(missing(*api, "glossaryLinks", {{"guide", "leraar"}}) == Names{"guide/leraar"});
  BOOST_TEST(missing(*api, "browse", {{"theme", ""}}) == Names{"guides"});
  // An id no guide has stays "not found".
  BOOST_CHECK_EQUAL(call(*api, "guide", {{"id", "bestaat-niet"}})["error"]["code"].get<std::string>(), "not_found");
}

BOOST_AUTO_TEST_CASE(one_guide_with_the_index) {
  auto api = load(bundleOf({&parts().index}, {"leraar"}));
  const Json guide = call(*api, "guide", {{"id", "leraar"}});
  BOOST_REQUIRE(guide["ok"].get<bool>());
  BOOST_CHECK_EQUAL(guide["value"].dump(), okValueOf("guide", {{"id", "leraar"}}).dump());
  BOOST_TEST(ok(*api, "glossaryLinks", {{"guide", "leraar"}}));
  const std::string other = content().guides.back().id;
  BOOST_TEST(missing(*api, "guide", {{"id", other}}) == Names{"guide/" + other});
  BOOST_TEST(missing(*api, "lookup", {{"id", "leraar"}}) == Names{"guides"});
}

BOOST_AUTO_TEST_CASE(every_part_together_answers_like_the_whole_bundle) {
  std::vector<std::string> ids;
  for (const auto& [id, g] : parts().guides) ids.push_back(id);
  auto api = load(bundleOf({&parts().index, &parts().frameworks, &parts().network}, ids));
  const Json args = {{"query", "ouders"}, {"limit", 20}};
  const Json search = call(*api, "search", args);
  BOOST_REQUIRE(search["ok"].get<bool>());
  BOOST_CHECK_EQUAL(search["value"].dump(), okValueOf("search", args).dump());
  BOOST_CHECK_EQUAL(call(*api, "overview")["value"].dump(), okValue("overview", "{}").dump());
  BOOST_TEST(ok(*api, "browse", {{"theme", ""}}));
}

BOOST_AUTO_TEST_CASE(a_partial_bundle_is_still_validated) {
  // A broken reference inside a loaded part is still an error.
  Json bundle = Json::parse(bundleOf({&parts().index}, {"leraar"}), nullptr, false);
  bundle["guides"][0]["mainQuestions"][0]["topics"][0]["tags"][0] = "geen-tag";
  ContentLoader loader;
  loader.addBundle("b.json", samenwijs::dumpJson(bundle));
  BOOST_TEST(!loader.finish().has_value());
  BOOST_TEST(formatAll(loader.issues()).find("geen-tag") != std::string::npos);
  // Without "partial", a bundle without guides and frameworks is refused as before.
  ContentLoader whole;
  Json noGuides = parts().base;
  whole.addBundle("b.json", samenwijs::dumpJson(noGuides));
  BOOST_TEST(!whole.finish().has_value());
  // A broken guide index gives issues, not a crash.
  for (const char* text : {R"({"partial":true,"guideIndex":5})", R"({"partial":true,"guideIndex":[{"id":3}]})",
                           R"({"partial":"ja","guideIndex":[]})"}) {
    ContentLoader broken;
    broken.addBundle("b.json", text);
    BOOST_TEST(!broken.finish().has_value());
  }
}

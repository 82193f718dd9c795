// Parts added step by step (issue 15, ContentSession::add): content loaded in steps must
// answer exactly as the same parts loaded at once, and be exactly as strict. A step the
// core cannot add with that guarantee answers content_not_added and changes nothing; the
// caller (web/js/core.js) then loads every part at once, which reports the problems.
#define BOOST_TEST_MODULE content_steps
#include "test_support.hpp"
#include "content_parts_fixture.hpp"

#include "samenwijs/content_session.hpp"

using samenwijs::ContentSession;
using samenwijs::Json;
using namespace samenwijs_test;

namespace {

using samenwijs_test::guidePart;  // the Json one, beside this one by id
Part guidePart(const std::string& id) { return guidePart(parts().guides.at(id)); }

std::vector<std::string> guideIds() {
  std::vector<std::string> ids;
  for (const auto& [id, g] : parts().guides) ids.push_back(id);
  return ids;
}

// What the web layer does: add the new parts; when the core says it cannot, load all at once.
std::string addOrLoad(ContentSession& session, const std::vector<Part>& added, const std::vector<Part>& all) {
  const std::string answer = session.add(joined(added));
  if (answer.find("\"content_not_added\"") == std::string::npos) return answer;
  return session.load(joined(all));
}

std::string callOf(const ContentSession& session, const std::string& method, const Json& args) {
  if (!session.api()) return "no content";
  return session.api()->call(method, samenwijs::dumpJson(args));
}

// Every method the pages call on loaded content, with arguments that reach their work.
std::vector<std::pair<std::string, Json>> probes() {
  std::vector<std::pair<std::string, Json>> out = {
      {"overview", Json::object()}, {"frameworks", Json::object()}, {"sources", Json::object()}, {"glossary", Json::object()},
      {"guidedStart", Json::object()}, {"browse", {{"theme", ""}}}, {"search", {{"query", "ouders"}, {"limit", 20}}},
      {"search", {{"query", "digitale geletterdheid"}}}, {"network", Json::object()},
      {"networkAdvice", {{"goals", Json::array()}, {"participants", Json::array()}}},
      {"framework", {{"id", "leraar"}}}, {"framework", {{"id", "leidinggevende"}}},
      {"profile", {{"framework", "leraar"}, {"answers", Json::object()}}},
      {"teamPicture", {{"code", "x"}}}, {"guide", {{"id", "bestaat-niet"}}},
      {"suggest", {{"role", "leraar"}, {"concerns", Json::array()}}}};
  for (const auto& id : guideIds()) {
    out.push_back({"guide", {{"id", id}}});
    out.push_back({"glossaryLinks", {{"guide", id}}});
    out.push_back({"lookup", {{"id", id}}});
  }
  return out;
}

// The answers of every probe, and which parts the content says it has.
std::string answersOf(const ContentSession& session) {
  std::string out;
  for (const auto& [method, args] : probes()) out += method + " " + callOf(session, method, args) + "\n";
  if (session.api()) {
    const auto& p = session.api()->content().content().parts;
    out += "parts " + std::to_string(p.partial) + std::to_string(p.guideIndex) + std::to_string(p.frameworks) +
           std::to_string(p.guidesComplete) + "\n" + samenwijs::toBundleJson(session.api()->content().content());
  }
  return out;
}

Part base() { return partOf(parts().base); }
Part index() { return partOf(parts().index); }
Part frameworks() { return partOf(parts().frameworks); }
Part network() { return partOf(parts().network); }

// Loads `steps` one after the other (the first at once), requiring each step to be added
// as a step, and compares the answers with the union loaded at once after every step.
void stepsAnswerLikeAtOnce(const std::vector<std::vector<Part>>& steps) {
  ContentSession stepwise;
  std::vector<Part> all;
  for (std::size_t s = 0; s < steps.size(); ++s) {
    all.insert(all.end(), steps[s].begin(), steps[s].end());
    const std::string answer = s == 0 ? stepwise.load(joined(steps[s])) : stepwise.add(joined(steps[s]));
    ContentSession atOnce;
    const std::string atOnceAnswer = atOnce.load(joined(all));
    BOOST_REQUIRE_MESSAGE(answer == atOnceAnswer, "step " << s << ": " << answer.substr(0, 300) << " / " << atOnceAnswer.substr(0, 300));
    BOOST_CHECK_EQUAL(answer, "{\"ok\":true,\"value\":{\"partial\":true}}");
    const std::string a = answersOf(stepwise), b = answersOf(atOnce);
    BOOST_CHECK_MESSAGE(a == b, "step " << s << " answers differently from the same parts at once");
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_zelfscan_and_team_pages_steps_answer_like_at_once) {
  // The route's parts, then all guides (what the self-assessment and team pages do).
  std::vector<Part> guides;
  for (const auto& id : guideIds()) guides.push_back(guidePart(id));
  stepsAnswerLikeAtOnce({{base(), index(), frameworks()}, guides});
}

BOOST_AUTO_TEST_CASE(one_part_at_a_time_in_any_order_answers_like_at_once) {
  const auto ids = guideIds();
  // The index alone, the guides in reverse order, the network and the frameworks last.
  std::vector<std::vector<Part>> steps = {{base()}, {index()}};
  for (auto it = ids.rbegin(); it != ids.rend(); ++it) steps.push_back({guidePart(*it)});
  steps.push_back({network()});
  steps.push_back({frameworks()});
  stepsAnswerLikeAtOnce(steps);
  // The index first, then the network, then guides two at a time.
  std::vector<std::vector<Part>> other = {{base(), index()}, {network()}};
  for (std::size_t i = 0; i < ids.size(); i += 2) {
    std::vector<Part> two{guidePart(ids[i])};
    if (i + 1 < ids.size()) two.push_back(guidePart(ids[i + 1]));
    other.push_back(two);
  }
  stepsAnswerLikeAtOnce(other);
}

// A step that must not be added: add() refuses it and changes nothing, and the load of
// every part at once then gives exactly the error (or the content) of a fresh at-once load.
void refusedStepKeepsContent(const std::vector<Part>& first, const std::vector<Part>& step, bool atOnceValid) {
  ContentSession session;
  BOOST_REQUIRE(session.load(joined(first)).find("\"ok\":true") != std::string::npos);
  const std::string before = answersOf(session);
  const std::string refused = session.add(joined(step));
  BOOST_CHECK(refused.find("\"content_not_added\"") != std::string::npos);
  BOOST_CHECK(answersOf(session) == before);
  std::vector<Part> all = first;
  all.insert(all.end(), step.begin(), step.end());
  ContentSession atOnce;
  const std::string expected = atOnce.load(joined(all));
  BOOST_CHECK_EQUAL(session.load(joined(all)), expected);
  BOOST_CHECK_EQUAL(expected.find("\"ok\":true") != std::string::npos, atOnceValid);
  if (!atOnceValid) {
    BOOST_CHECK(expected.find("content_invalid") != std::string::npos);
    BOOST_CHECK(answersOf(session) == before);  // the bad parts lose nothing loaded before
    // And after it, good parts still go in as a step.
    const std::string good = session.add(joined({network()}));
    if (std::none_of(first.begin(), first.end(), [](const Part& p) { return p.front().first == "network"; })) {
      BOOST_CHECK_EQUAL(good, "{\"ok\":true,\"value\":{\"partial\":true}}");
    }
  }
}

BOOST_AUTO_TEST_CASE(a_reference_across_parts_is_checked_as_at_once) {
  // A topic's tag that the base does not define.
  Json guide = parts().guides.at(guideIds().front());
  guide["mainQuestions"][0]["topics"][0]["tags"][0] = "geen-tag";
  refusedStepKeepsContent({base(), index()}, {guidePart(guide)}, false);
  // The guidance index arriving after the base: the guided start's references to guides
  // are checked now (without any guide they could not be), and one is missing.
  const Json& roles = parts().base["guidedStart"]["roles"];
  BOOST_REQUIRE(!roles.empty());
  const std::string referred = roles[0]["guide"].get<std::string>();
  Json entries = Json::array();
  for (const auto& e : parts().index["guideIndex"]) {
    if (e["id"] != referred) entries.push_back(e);
  }
  refusedStepKeepsContent({base(), frameworks()}, {Part{{"guideIndex", entries}}}, false);
  // A guide without the index after the base alone: the guided start's references to the
  // other guides now count, as they do at once.
  refusedStepKeepsContent({base()}, {guidePart(guideIds().front())}, false);
}

BOOST_AUTO_TEST_CASE(an_id_twice_across_parts_is_refused_as_at_once) {
  // A copy of a loaded guide under another id: every id inside it is there already.
  const std::string id = guideIds().front();
  Json copy = parts().guides.at(id);
  copy["id"] = "kopie-van-" + id;
  refusedStepKeepsContent({base(), index(), guidePart(id)}, {guidePart(copy)}, false);
  // The same guide twice.
  refusedStepKeepsContent({base(), index(), guidePart(id)}, {guidePart(id)}, false);
}

BOOST_AUTO_TEST_CASE(a_part_loaded_before_or_a_broken_step_is_not_added) {
  // The base again, the frameworks again: at once that is a key twice in one object.
  refusedStepKeepsContent({base(), frameworks()}, {frameworks()}, true);
  refusedStepKeepsContent({base()}, {base()}, true);
  // A broken guide (not an object), a guide missing a required field.
  refusedStepKeepsContent({base(), index()}, {Part{{"guides", Json(5)}}}, false);
  Json guide = parts().guides.at(guideIds().front());
  guide.erase("title");
  refusedStepKeepsContent({base(), index()}, {guidePart(guide)}, false);
  // Text that is not a partial bundle, or not JSON at all.
  ContentSession session;
  BOOST_REQUIRE(session.load(joined({base()})).find("\"ok\":true") != std::string::npos);
  const std::string before = answersOf(session);
  for (const char* text : {"", "{", "[]", "{\"partial\":false}", "{\"frameworks\":[]}", "{\"partial\":true,\"x\":1}",
                           "{\"partial\":true,\"network\":{}}", "{\"partial\":true,\"guideIndex\":5}"}) {
    BOOST_CHECK_MESSAGE(session.add(text).find("\"content_not_added\"") != std::string::npos, text);
    BOOST_CHECK(answersOf(session) == before);
  }
  // Whole content (not partial) takes no steps: the whole bundle is loaded again instead.
  ContentSession whole;
  BOOST_REQUIRE(whole.load(samenwijs::toBundleJson(content())).find("\"ok\":true") != std::string::npos);
  BOOST_CHECK(whole.add(joined({network()})).find("\"content_not_added\"") != std::string::npos);
  // Nothing loaded yet: nothing to add to.
  ContentSession empty;
  BOOST_CHECK(empty.add(joined({base()})).find("\"content_not_added\"") != std::string::npos);
  BOOST_CHECK(empty.api() == nullptr);
}

BOOST_AUTO_TEST_CASE(the_web_layers_fallback_gives_the_at_once_answer) {
  // addOrLoad is what web/js/core.js does; with a refused step it ends like a fresh load.
  ContentSession session;
  BOOST_REQUIRE(session.load(joined({base(), index()})).find("\"ok\":true") != std::string::npos);
  const std::string answer = addOrLoad(session, {frameworks()}, {base(), index(), frameworks()});
  BOOST_CHECK_EQUAL(answer, "{\"ok\":true,\"value\":{\"partial\":true}}");
  const std::string again = addOrLoad(session, {frameworks()}, {base(), index(), frameworks(), frameworks()});
  ContentSession atOnce;
  BOOST_CHECK_EQUAL(again, atOnce.load(joined({base(), index(), frameworks(), frameworks()})));
}

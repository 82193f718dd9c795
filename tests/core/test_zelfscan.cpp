#define BOOST_TEST_MODULE zelfscan
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "samenwijs/api.hpp"
#include "samenwijs/result_code.hpp"
#include "samenwijs/zelfscan.hpp"
#include "test_support.hpp"

using samenwijs::Answers;
using samenwijs::Framework;
using samenwijs::Json;
using samenwijs::Profile;
using namespace samenwijs_test;

namespace tt = boost::test_tools;

namespace {

// The teacher framework has 17 competences of 3 items each, in this order.
const std::vector<std::string> kTeacherCompetences = {
    "leraar-basis-ict",      "leraar-basis-informatie", "leraar-basis-media",      "leraar-basis-ct",
    "leraar-a-didactiek",    "leraar-a-leermiddelen",   "leraar-a-toetsen",        "leraar-a-differentiatie",
    "leraar-a-actief-leren", "leraar-b-systemen",       "leraar-b-communicatie",   "leraar-b-privacy",
    "leraar-b-veiligheid",   "leraar-c-reflectie",      "leraar-c-samen-leren",    "leraar-c-netwerken",
    "leraar-c-onderzoek"};

using Three = std::array<int, 3>;  // answer codes of one competence: 0 unanswered, 1-6, 7 n.v.t.

// Teacher answers from {competence index: its three answer codes}; the rest unanswered.
// Position of an item in the teacher framework's current order.
std::size_t teacherIndex(const std::string& id) {
  std::size_t i = 0;
  for (const auto& d : teacher().domains)
    for (const auto& c : d.competences)
      for (const auto& item : c.items) {
        if (item.id == id) return i;
        ++i;
      }
  BOOST_FAIL("no teacher item " << id);
  return 0;
}

// The first three items of each competence (version 2 added a fourth to some: unanswered).
Answers teacherAnswers(const std::map<std::size_t, Three>& byCompetence) {
  Answers a(samenwijs::itemCount(teacher()), samenwijs::kUnanswered);
  for (const auto& [c, three] : byCompetence) {
    for (std::size_t k = 0; k < 3; ++k) {
      a[teacherIndex(kTeacherCompetences[c] + "-" + std::to_string(k + 1))] = static_cast<std::uint8_t>(three[k]);
    }
  }
  return a;
}

// The same answers as the API's {"<item id>": level or 0} object (unanswered left out).
Json teacherAnswersJson(const std::map<std::size_t, Three>& byCompetence) {
  Json j = Json::object();
  for (const auto& [c, three] : byCompetence) {
    for (std::size_t k = 0; k < 3; ++k) {
      if (three[k] == 0) continue;
      j[kTeacherCompetences[c] + "-" + std::to_string(k + 1)] = three[k] == 7 ? 0 : three[k];
    }
  }
  return j;
}

// The profile scenario used in several tests (scores in the comments).
const std::map<std::size_t, Three> kScenario = {
    {0, {2, 7, 4}},   // 3.0: n.v.t. left out of the mean
    {1, {5, 0, 0}},   // one answer: too few for a score
    {2, {7, 7, 7}},   // all n.v.t.: no score
    {3, {6, 6, 5}},   // 5.667
    {4, {5, 5, 5}},   // 5.0
    {5, {4, 4, 4}},   // 4.0
    {6, {6, 6, 6}},   // 6.0
    {7, {1, 1, 2}},   // 1.333
    {8, {3, 4, 0}},   // 3.5
    {9, {2, 2, 0}},   // 2.0
    {10, {1, 1, 1}},  // 1.0
    {11, {3, 3, 3}},  // 3.0
    {12, {0, 0, 0}},  // unanswered
    {13, {4, 5, 0}},  // 4.5
    {14, {2, 3, 7}},  // 2.5
    {15, {6, 5, 7}},  // 5.5
    {16, {1, 2, 0}},  // 1.5
};

bool sharesTag(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

const samenwijs::Topic* findTopic(const std::string& id) {
  const auto* loc = api().content().locate(id);
  if (!loc || loc->kind != samenwijs::GuidanceLocation::Kind::Topic) return nullptr;
  return &content().guides[loc->guide].mainQuestions[loc->mainQuestion].topics[loc->topic];
}

}  // namespace

// ---- answers from JSON -----------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(answers_from_json)

BOOST_AUTO_TEST_CASE(valid_values) {
  std::string error;
  const auto empty = samenwijs::answersFromJson(teacher(), Json::object(), error);
  BOOST_REQUIRE(empty.has_value());
  BOOST_TEST(error.empty());
  BOOST_CHECK_EQUAL(empty->size(), samenwijs::itemCount(teacher()));
  BOOST_TEST(std::all_of(empty->begin(), empty->end(), [](std::uint8_t v) { return v == samenwijs::kUnanswered; }));

  const Json j = {{"leraar-basis-ict-1", 4}, {"leraar-basis-ict-2", 0}, {"leraar-basis-ict-3", nullptr},
                  {"leraar-c-onderzoek-3", 6}, {"leraar-a-toetsen-2", 1}};
  const auto a = samenwijs::answersFromJson(teacher(), j, error);
  BOOST_REQUIRE_MESSAGE(a.has_value(), error);
  Answers expected(samenwijs::itemCount(teacher()), samenwijs::kUnanswered);
  expected[0] = 4;
  expected[1] = samenwijs::kNotApplicable;  // 0 is "niet van toepassing", stored as 7
  expected[2] = samenwijs::kUnanswered;      // null is unanswered
  expected[teacherIndex("leraar-c-onderzoek-3")] = 6;
  expected[teacherIndex("leraar-a-toetsen-2")] = 1;
  BOOST_TEST(*a == expected, tt::per_element());
}

BOOST_AUTO_TEST_CASE(invalid_values) {
  struct Case {
    Json value;
    std::string fragment;
  };
  const std::string range = "Het antwoord bij 'leraar-basis-ict-2' moet een niveau van 1 tot en met 6 zijn";
  const std::vector<Case> cases = {
      {Json{{"leraar-basis-ict-2", 7}}, range},
      {Json{{"leraar-basis-ict-2", -1}}, range},
      {Json{{"leraar-basis-ict-2", "3"}}, range},
      {Json{{"leraar-basis-ict-2", 2.5}}, range},
      {Json{{"leraar-basis-ict-2", 3.0}}, range},
      {Json{{"leraar-basis-ict-2", true}}, range},
      {Json{{"leraar-basis-ict-2", Json::array({3})}}, range},
      {Json{{"leraar-basis-ict-2", 18446744073709551615ULL}}, range},
      {Json{{"leraar-basis-ict-1", 3}, {"bestaat-niet", 3}},
       "Onbekende uitspraak 'bestaat-niet': deze hoort niet bij deze versie van de zelfscan."},
      // An item of the other framework is unknown here.
      {Json{{"leidinggevende-integratie-visie-1", 2}}, "Onbekende uitspraak 'leidinggevende-integratie-visie-1'"},
      // An id-like key is shown as is; other characters are masked (the key is untrusted text).
      {Json{{"Bestaat <b>niet</b>", 3}}, "Onbekende uitspraak '?estaat??b?niet??b?'"},
      {Json::array(), "De antwoorden moeten een object zijn."},
      {Json(3), "De antwoorden moeten een object zijn."},
  };
  for (const auto& c : cases) {
    BOOST_TEST_CONTEXT(c.value.dump()) {
      std::string error;
      const auto a = samenwijs::answersFromJson(teacher(), c.value, error);
      BOOST_TEST(!a.has_value());
      BOOST_TEST(contains(error, c.fragment), error);
    }
  }
}

BOOST_AUTO_TEST_CASE(unknown_key_is_shown_short) {
  std::string error;
  const auto a = samenwijs::answersFromJson(teacher(), Json{{std::string(500, 'x'), 3}}, error);
  BOOST_TEST(!a.has_value());
  BOOST_TEST(contains(error, "'" + std::string(80, 'x') + "'"), error);
  BOOST_TEST(!contains(error, std::string(81, 'x')));
  // Invalid UTF-8 in a key never reaches the message.
  error.clear();
  BOOST_TEST(!samenwijs::answersFromJson(teacher(), Json{{std::string("a\xff\xfe"), 1}}, error).has_value());
  BOOST_TEST(contains(error, "'a?" "?'"), error);
}

BOOST_AUTO_TEST_CASE(answers_json_round_trip) {
  std::mt19937 rng(5u);
  std::uniform_int_distribution<int> value(0, 7);
  for (const auto& fw : content().frameworks) {
    for (int i = 0; i < 200; ++i) {
      Answers a(samenwijs::itemCount(fw));
      for (auto& v : a) v = static_cast<std::uint8_t>(value(rng));
      const Json j = samenwijs::answersToJson(fw, a);
      std::size_t answered = 0;
      for (auto v : a) answered += v != samenwijs::kUnanswered ? 1u : 0u;
      BOOST_CHECK_EQUAL(j.size(), answered);
      std::string error;
      const auto back = samenwijs::answersFromJson(fw, j, error);
      BOOST_REQUIRE_MESSAGE(back.has_value(), error);
      BOOST_TEST(*back == a, tt::per_element());
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

// ---- the profile -----------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(profile)

BOOST_AUTO_TEST_CASE(scores_counts_and_domains) {
  BOOST_REQUIRE_EQUAL(teacher().minimumAnswered, 2);
  const Profile p = samenwijs::computeProfile(teacher(), teacherAnswers(kScenario));
  BOOST_REQUIRE_EQUAL(p.competences.size(), 17u);
  BOOST_REQUIRE_EQUAL(p.domains.size(), 4u);
  for (std::size_t c = 0; c < 17; ++c) BOOST_CHECK_EQUAL(p.competences[c].competence->id, kTeacherCompetences[c]);
  BOOST_CHECK_EQUAL(p.answered, 36);
  BOOST_CHECK_EQUAL(p.notApplicable, 6);
  BOOST_CHECK_EQUAL(p.total, 56);  // version 2: 51 + 5 items on generative AI

  const std::vector<std::optional<double>> expected = {3.0, std::nullopt, std::nullopt, 17.0 / 3, 5.0, 4.0, 6.0,
                                                       4.0 / 3, 3.5, 2.0, 1.0, 3.0, std::nullopt, 4.5, 2.5, 5.5, 1.5};
  for (std::size_t c = 0; c < 17; ++c) {
    BOOST_TEST_CONTEXT(kTeacherCompetences[c]) {
      BOOST_REQUIRE_EQUAL(p.competences[c].score.has_value(), expected[c].has_value());
      if (expected[c]) BOOST_TEST(*p.competences[c].score == *expected[c], tt::tolerance(1e-12));
    }
  }
  // n.v.t. is not a zero: (2 + 4) / 2, not (2 + 0 + 4) / 3.
  BOOST_CHECK_EQUAL(p.competences[0].answered, 2);
  BOOST_CHECK_EQUAL(p.competences[0].notApplicable, 1);
  BOOST_CHECK_EQUAL(p.competences[0].unanswered, 1);  // version 2's fourth item (generative AI)
  // Too few answers: no score, but the answer still counts.
  BOOST_CHECK_EQUAL(p.competences[1].answered, 1);
  BOOST_CHECK_EQUAL(p.competences[1].unanswered, 2);
  BOOST_CHECK_EQUAL(p.competences[2].notApplicable, 3);
  BOOST_CHECK_EQUAL(p.competences[12].unanswered, 3);

  // Domains: the mean of their scored competences.
  BOOST_TEST(*p.domains[0].score == (3.0 + 17.0 / 3) / 2, tt::tolerance(1e-12));
  BOOST_CHECK_EQUAL(p.domains[0].competencesScored, 2);
  BOOST_CHECK_EQUAL(p.domains[0].answered, 6);
  BOOST_TEST(*p.domains[1].score == (5.0 + 4.0 + 6.0 + 4.0 / 3 + 3.5) / 5, tt::tolerance(1e-12));
  BOOST_CHECK_EQUAL(p.domains[1].competencesScored, 5);
  BOOST_TEST(*p.domains[2].score == 2.0, tt::tolerance(1e-12));
  BOOST_CHECK_EQUAL(p.domains[2].competencesScored, 3);
  BOOST_TEST(*p.domains[3].score == 3.5, tt::tolerance(1e-12));
  BOOST_CHECK_EQUAL(p.domains[3].answered, 8);
}

BOOST_AUTO_TEST_CASE(strengths_and_growth_areas) {
  const Profile p = samenwijs::computeProfile(teacher(), teacherAnswers(kScenario));
  // Best first: 6.0, 5.667, 5.5; weakest first: 1.0, 1.333, 1.5.
  BOOST_TEST(p.strengths == (std::vector<std::size_t>{6, 3, 15}), tt::per_element());
  BOOST_TEST(p.growthAreas == (std::vector<std::size_t>{10, 7, 16}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(thresholds_and_disjoint) {
  {
    // 4.5, 4.0, 3.5 are strengths (3.5 counts); 3.333 is not, it is a growth area.
    const Profile p = samenwijs::computeProfile(
        teacher(), teacherAnswers({{0, {3, 4, 0}}, {1, {4, 5, 0}}, {2, {4, 4, 4}}, {3, {3, 3, 4}}}));
    BOOST_TEST(p.strengths == (std::vector<std::size_t>{1, 2, 0}), tt::per_element());
    // 4.0 and 3.5 are below 4.5 but already strengths: never both.
    BOOST_TEST(p.growthAreas == (std::vector<std::size_t>{3}), tt::per_element());
  }
  {
    // Four competences from 3.5 up: only the best three are strengths; the fourth (4.0 < 4.5)
    // may be a growth area. 4.5 itself is never a growth area.
    const Profile p = samenwijs::computeProfile(
        teacher(), teacherAnswers({{4, {6, 6, 6}}, {5, {5, 6, 0}}, {6, {5, 5, 5}}, {7, {4, 4, 4}}, {8, {4, 5, 0}}}));
    BOOST_TEST(p.strengths == (std::vector<std::size_t>{4, 5, 6}), tt::per_element());
    BOOST_TEST(p.growthAreas == (std::vector<std::size_t>{7}), tt::per_element());
  }
  {
    // Everything at 5: three strengths, no growth areas (all >= 4.5).
    std::map<std::size_t, Three> all;
    for (std::size_t c = 0; c < 17; ++c) all[c] = {5, 5, 5};
    const Profile p = samenwijs::computeProfile(teacher(), teacherAnswers(all));
    BOOST_CHECK_EQUAL(p.strengths.size(), 3u);
    BOOST_CHECK_EQUAL(p.growthAreas.size(), 0u);
  }
  {
    // Everything at 3: no strengths (< 3.5), three growth areas.
    std::map<std::size_t, Three> all;
    for (std::size_t c = 0; c < 17; ++c) all[c] = {3, 3, 3};
    const Profile p = samenwijs::computeProfile(teacher(), teacherAnswers(all));
    BOOST_CHECK_EQUAL(p.strengths.size(), 0u);
    BOOST_CHECK_EQUAL(p.growthAreas.size(), 3u);
  }
}

BOOST_AUTO_TEST_CASE(strengths_and_growth_property) {
  // Over random answer sets: at most three each, disjoint, thresholds, order, and nothing
  // better than a listed strength (or worse than a listed growth area) left out.
  std::mt19937 rng(31u);
  std::uniform_int_distribution<int> value(0, 7);
  for (const auto& fw : content().frameworks) {
    for (int i = 0; i < 500; ++i) {
      Answers a(samenwijs::itemCount(fw));
      for (auto& v : a) v = static_cast<std::uint8_t>(value(rng));
      const Profile p = samenwijs::computeProfile(fw, a);
      const auto score = [&](std::size_t k) { return *p.competences[k].score; };
      BOOST_REQUIRE(p.strengths.size() <= 3u);
      BOOST_REQUIRE(p.growthAreas.size() <= 3u);
      for (std::size_t k : p.strengths) {
        BOOST_REQUIRE(p.competences[k].score.has_value());
        BOOST_REQUIRE(score(k) >= 3.5);
        BOOST_REQUIRE(std::find(p.growthAreas.begin(), p.growthAreas.end(), k) == p.growthAreas.end());
      }
      for (std::size_t k : p.growthAreas) {
        BOOST_REQUIRE(p.competences[k].score.has_value());
        BOOST_REQUIRE(score(k) < 4.5);
      }
      for (std::size_t j = 1; j < p.strengths.size(); ++j) BOOST_REQUIRE(score(p.strengths[j - 1]) >= score(p.strengths[j]));
      for (std::size_t j = 1; j < p.growthAreas.size(); ++j) BOOST_REQUIRE(score(p.growthAreas[j - 1]) <= score(p.growthAreas[j]));
      for (std::size_t k = 0; k < p.competences.size(); ++k) {
        if (!p.competences[k].score) continue;
        const bool strong = std::find(p.strengths.begin(), p.strengths.end(), k) != p.strengths.end();
        const bool growth = std::find(p.growthAreas.begin(), p.growthAreas.end(), k) != p.growthAreas.end();
        if (!strong && score(k) >= 3.5) {
          BOOST_REQUIRE_EQUAL(p.strengths.size(), 3u);
          BOOST_REQUIRE(score(k) <= score(p.strengths.back()));
        }
        if (!strong && !growth && score(k) < 4.5) {
          BOOST_REQUIRE_EQUAL(p.growthAreas.size(), 3u);
          BOOST_REQUIRE(score(k) >= score(p.growthAreas.back()));
        }
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(all_unanswered) {
  for (const auto& fw : content().frameworks) {
    for (const Answers& a : {Answers(samenwijs::itemCount(fw), samenwijs::kUnanswered), Answers()}) {
      const Profile p = samenwijs::computeProfile(fw, a);
      BOOST_CHECK_EQUAL(p.answered, 0);
      BOOST_CHECK_EQUAL(p.notApplicable, 0);
      BOOST_CHECK_EQUAL(p.total, static_cast<int>(samenwijs::itemCount(fw)));
      for (const auto& c : p.competences) {
        BOOST_TEST(!c.score.has_value());
        BOOST_CHECK_EQUAL(c.unanswered, static_cast<int>(c.competence->items.size()));
      }
      for (const auto& d : p.domains) {
        BOOST_TEST(!d.score.has_value());
        BOOST_CHECK_EQUAL(d.competencesScored, 0);
      }
      BOOST_TEST(p.strengths.empty());
      BOOST_TEST(p.growthAreas.empty());
    }
  }
}

BOOST_AUTO_TEST_CASE(level_of) {
  BOOST_CHECK_EQUAL(samenwijs::levelOf(1.0), 1);
  BOOST_CHECK_EQUAL(samenwijs::levelOf(1.49), 1);
  BOOST_CHECK_EQUAL(samenwijs::levelOf(1.5), 2);
  BOOST_CHECK_EQUAL(samenwijs::levelOf(3.5), 4);
  BOOST_CHECK_EQUAL(samenwijs::levelOf(17.0 / 3), 6);
  BOOST_CHECK_EQUAL(samenwijs::levelOf(6.0), 6);
  BOOST_CHECK_EQUAL(samenwijs::levelOf(0.0), 1);
  BOOST_CHECK_EQUAL(samenwijs::levelOf(9.0), 6);
}

BOOST_AUTO_TEST_SUITE_END()

// ---- next step and guidance ------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(next_step_and_guidance)

BOOST_AUTO_TEST_CASE(next_step_lowest_answered_item) {
  const samenwijs::Competence& didactiek = teacher().domains[1].competences[0];
  BOOST_REQUIRE_EQUAL(didactiek.id, "leraar-a-didactiek");
  BOOST_REQUIRE_EQUAL(didactiek.items.size(), 4u);  // the fourth (version 2) stays unanswered here
  for (const auto& item : didactiek.items) BOOST_REQUIRE_EQUAL(item.levels.size(), 6u);
  struct Case {
    Three answers;
    int item;  // -1: no next step
    int level;
  };
  const std::vector<Case> cases = {
      {{4, 2, 7}, 1, 2},   // lowest answered item; n.v.t. ignored
      {{3, 3, 5}, 0, 3},   // ties: the first
      {{1, 6, 6}, 0, 1},
      {{7, 5, 0}, 1, 5},   // unanswered and n.v.t. are not levels
      {{6, 6, 6}, -1, 0},  // all at the top: none
      {{6, 7, 0}, -1, 0},
      {{0, 0, 0}, -1, 0},
      {{7, 7, 7}, -1, 0},
  };
  for (const auto& c : cases) {
    BOOST_TEST_CONTEXT(c.answers[0] << c.answers[1] << c.answers[2]) {
      const auto step = samenwijs::nextStep(teacher(), teacherAnswers({{4, c.answers}}), didactiek);
      BOOST_REQUIRE_EQUAL(step.has_value(), c.item >= 0);
      if (!step) continue;
      const auto& item = didactiek.items[static_cast<std::size_t>(c.item)];
      BOOST_TEST(step->item == &item);
      BOOST_CHECK_EQUAL(step->currentLevel, c.level);
      // The descriptor of the next level (levels[0] is level 1).
      BOOST_CHECK_EQUAL(step->descriptor, item.levels[static_cast<std::size_t>(c.level)]);
    }
  }
  // Other competences' answers do not matter.
  BOOST_TEST(!samenwijs::nextStep(teacher(), teacherAnswers({{5, {1, 1, 1}}}), didactiek).has_value());
  // Short answer vectors are safe.
  BOOST_TEST(!samenwijs::nextStep(teacher(), Answers(5, 1), didactiek).has_value());
}

BOOST_AUTO_TEST_CASE(guidance_for_shares_a_tag_and_puts_own_guide_first) {
  const auto& index = api().content();
  for (const auto& fw : content().frameworks) {
    for (const auto& d : fw.domains) {
      for (const auto& comp : d.competences) {
        BOOST_TEST_CONTEXT(comp.id) {
          // Every topic sharing a tag, counted independently.
          std::size_t expected = 0;
          for (const auto& g : content().guides)
            for (const auto& mq : g.mainQuestions)
              for (const auto& t : mq.topics) expected += sharesTag(comp.tags, t.tags) ? 1u : 0u;
          const auto all = samenwijs::guidanceFor(index, fw, comp, 100000);
          BOOST_CHECK_EQUAL(all.size(), expected);
          for (std::size_t i = 0; i < all.size(); ++i) {
            const auto& m = all[i];
            const auto& guide = content().guides[m.guide];
            const auto& topic = guide.mainQuestions[m.mainQuestion].topics[m.topic];
            int overlap = 0;
            for (const auto& tag : comp.tags) overlap += std::count(topic.tags.begin(), topic.tags.end(), tag) > 0 ? 1 : 0;
            BOOST_REQUIRE(overlap > 0);
            BOOST_CHECK_EQUAL(m.score, overlap * 10 + (guide.id == fw.audience ? 5 : 0));
            if (i > 0) BOOST_REQUIRE(all[i - 1].score >= m.score);
          }
          // With equal overlap, the audience's own guide comes before any other guide.
          for (std::size_t i = 0; i < all.size(); ++i) {
            for (std::size_t j = i + 1; j < all.size(); ++j) {
              const bool ownI = content().guides[all[i].guide].id == fw.audience;
              const bool ownJ = content().guides[all[j].guide].id == fw.audience;
              // An other guide's topic before an own-guide topic only with strictly more shared tags.
              if (ownJ && !ownI) BOOST_REQUIRE(all[i].score / 10 > all[j].score / 10);
            }
          }
          // The limit is respected and keeps the best first.
          for (std::size_t limit : {0u, 1u, 2u, 4u}) {
            const auto some = samenwijs::guidanceFor(index, fw, comp, limit);
            BOOST_CHECK_EQUAL(some.size(), std::min(limit, all.size()));
            for (std::size_t i = 0; i < some.size(); ++i) {
              BOOST_CHECK_EQUAL(some[i].guide, all[i].guide);
              BOOST_CHECK_EQUAL(some[i].topic, all[i].topic);
              BOOST_CHECK_EQUAL(some[i].mainQuestion, all[i].mainQuestion);
            }
          }
        }
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(guidance_own_guide_first_example) {
  // The didactics competence has one tag: every match has overlap 1, so the teacher's guide
  // (the framework's audience) comes first as long as it has a matching topic.
  const samenwijs::Competence& didactiek = teacher().domains[1].competences[0];
  BOOST_REQUIRE_EQUAL(didactiek.tags.size(), 1u);
  const auto matches = samenwijs::guidanceFor(api().content(), teacher(), didactiek, 1000);
  BOOST_REQUIRE(!matches.empty());
  bool sawOther = false;
  std::size_t own = 0;
  for (const auto& m : matches) {
    const bool isOwn = content().guides[m.guide].id == "leraar";
    if (isOwn) {
      BOOST_TEST(!sawOther);  // no own-guide topic after another guide's
      BOOST_CHECK_EQUAL(m.score, 15);
      ++own;
    } else {
      sawOther = true;
      BOOST_CHECK_EQUAL(m.score, 10);
    }
  }
  BOOST_TEST(own > 0u);
  BOOST_TEST(sawOther);
}

BOOST_AUTO_TEST_SUITE_END()

// ---- the API: profile, decodeResult, result files, compare -----------------------------

BOOST_AUTO_TEST_SUITE(api_methods)

BOOST_AUTO_TEST_CASE(profile_method) {
  const Json v = okValueOf("profile", Json{{"framework", "leraar"}, {"answers", teacherAnswersJson(kScenario)}});
  BOOST_CHECK_EQUAL(v["framework"].get<std::string>(), "leraar");
  BOOST_CHECK_EQUAL(v["version"].get<int>(), teacher().version);
  BOOST_CHECK_EQUAL(v["title"].get<std::string>(), teacher().title);
  BOOST_CHECK_EQUAL(v["levels"].size(), 6u);
  BOOST_CHECK_EQUAL(v["progress"]["answered"].get<int>(), 36);
  BOOST_CHECK_EQUAL(v["progress"]["notApplicable"].get<int>(), 6);
  BOOST_CHECK_EQUAL(v["progress"]["total"].get<int>(), 56);
  BOOST_CHECK_EQUAL(v["progress"]["done"].get<int>(), 42);

  BOOST_REQUIRE_EQUAL(v["competences"].size(), 17u);
  const Json& c0 = v["competences"][0];
  BOOST_CHECK_EQUAL(c0["id"].get<std::string>(), "leraar-basis-ict");
  BOOST_CHECK_EQUAL(c0["domain"].get<std::string>(), "leraar-basis");
  BOOST_CHECK_EQUAL(c0["answered"].get<int>(), 2);
  BOOST_CHECK_EQUAL(c0["notApplicable"].get<int>(), 1);
  BOOST_TEST(c0["enough"].get<bool>());
  BOOST_TEST(c0["score"].get<double>() == 3.0);
  BOOST_CHECK_EQUAL(c0["level"]["value"].get<int>(), 3);
  BOOST_CHECK_EQUAL(c0["level"]["label"].get<std::string>(), "Integreerder");
  const Json& c1 = v["competences"][1];
  BOOST_TEST(!c1["enough"].get<bool>());
  BOOST_TEST(c1["score"].is_null());
  BOOST_TEST(c1["level"].is_null());
  BOOST_TEST(v["competences"][3]["score"].get<double>() == 5.7);  // 5.667 rounded to one decimal
  BOOST_CHECK_EQUAL(v["competences"][8]["level"]["value"].get<int>(), 4);  // 3.5 rounds up

  BOOST_REQUIRE_EQUAL(v["domains"].size(), 4u);
  BOOST_TEST(v["domains"][0]["score"].get<double>() == 4.3);
  BOOST_TEST(v["domains"][1]["score"].get<double>() == 4.0);  // 3.967
  BOOST_TEST(v["domains"][2]["score"].get<double>() == 2.0);
  BOOST_CHECK_EQUAL(v["domains"][2]["competencesScored"].get<int>(), 3);
  BOOST_CHECK_EQUAL(v["domains"][2]["competences"].get<int>(), 4);

  BOOST_TEST(v["strengths"] == Json::array({"leraar-a-toetsen", "leraar-basis-ct", "leraar-c-netwerken"}));
  BOOST_REQUIRE_EQUAL(v["growthAreas"].size(), 3u);
  const std::vector<std::string> growth = {"leraar-b-communicatie", "leraar-a-differentiatie", "leraar-c-onderzoek"};
  for (std::size_t i = 0; i < 3; ++i) {
    const Json& area = v["growthAreas"][i];
    BOOST_TEST_CONTEXT(growth[i]) {
      BOOST_CHECK_EQUAL(area["competence"].get<std::string>(), growth[i]);
      // Each has its lowest item at level 1 (the first item): next is level 2.
      BOOST_CHECK_EQUAL(area["nextStep"]["item"].get<std::string>(), growth[i] + "-1");
      BOOST_CHECK_EQUAL(area["nextStep"]["currentLevel"].get<int>(), 1);
      BOOST_CHECK_EQUAL(area["nextStep"]["nextLevel"].get<int>(), 2);
      BOOST_CHECK_EQUAL(area["nextStep"]["nextLabel"].get<std::string>(), "Ontdekker");
      const samenwijs::Competence* comp = nullptr;
      for (const auto& d : teacher().domains)
        for (const auto& c : d.competences)
          if (c.id == growth[i]) comp = &c;
      BOOST_REQUIRE(comp != nullptr);
      BOOST_CHECK_EQUAL(area["nextStep"]["descriptor"].get<std::string>(), comp->items[0].levels[1]);
      BOOST_TEST(area["topics"].size() <= 4u);
      BOOST_TEST(area["topics"].size() > 0u);
      for (const auto& t : area["topics"]) {
        const samenwijs::Topic* topic = findTopic(t["topic"].get<std::string>());
        BOOST_REQUIRE(topic != nullptr);
        BOOST_TEST(sharesTag(comp->tags, topic->tags));
      }
      BOOST_TEST(area["readingTips"].size() <= 3u);
    }
  }
  // The code in the profile decodes to these answers; the answers are normalised (no nulls).
  const auto decoded = samenwijs::decodeResult(content().frameworks, v["code"].get<std::string>(), "leraar");
  BOOST_REQUIRE_EQUAL(samenwijs::decodeErrorCode(decoded.error), "ok");
  BOOST_TEST(decoded.answers == teacherAnswers(kScenario), tt::per_element());
  BOOST_TEST(v["answers"] == teacherAnswersJson(kScenario));
}

BOOST_AUTO_TEST_CASE(profile_errors) {
  BOOST_TEST(contains(expectErrorOf("profile", Json{{"framework", "bestaat-niet"}}, "not_found"), "bestaat niet"));
  BOOST_TEST(contains(expectErrorOf("profile", Json::object(), "invalid_argument"), "'framework' ontbreekt"));
  BOOST_TEST(contains(expectErrorOf("profile", Json{{"framework", "leraar"}, {"answers", {{"leraar-basis-ict-1", 9}}}},
                                    "invalid_argument"),
                      "leraar-basis-ict-1"));
  expectErrorOf("profile", Json{{"framework", "leraar"}, {"answers", {{"onbekend", 1}}}}, "invalid_argument");
  expectErrorOf("profile", Json{{"framework", "leraar"}, {"answers", Json::array()}}, "invalid_argument");
  expectErrorOf("profile", Json{{"code", 12}}, "invalid_argument");
  // No answers at all: an empty profile, not an error.
  const Json empty = okValueOf("profile", Json{{"framework", "leidinggevende"}});
  BOOST_CHECK_EQUAL(empty["progress"]["answered"].get<int>(), 0);
  BOOST_CHECK_EQUAL(empty["strengths"].size(), 0u);
  BOOST_CHECK_EQUAL(empty["growthAreas"].size(), 0u);
}

BOOST_AUTO_TEST_CASE(decode_result_method) {
  const Json profile = okValueOf("profile", Json{{"framework", "leraar"}, {"answers", teacherAnswersJson(kScenario)}});
  const std::string code = profile["code"].get<std::string>();
  BOOST_TEST(okValueOf("decodeResult", Json{{"code", code}}) == profile);
  BOOST_TEST(okValueOf("decodeResult", Json{{"code", "  " + code + "\n"}, {"framework", "leraar"}}) == profile);
  const Json other = expectErrorOf("decodeResult", Json{{"code", code}, {"framework", "leidinggevende"}}, "code_other_framework");
  BOOST_TEST(contains(other, teacher().title));
  BOOST_TEST(contains(other, leader().title));
  expectErrorOf("decodeResult", Json{{"code", code.substr(0, code.size() - 3)}}, "code_truncated");
  expectErrorOf("decodeResult", Json{{"code", "hallo"}}, "code_not_a_code");
  expectErrorOf("decodeResult", Json::object(), "code_empty");
  expectErrorOf("decodeResult", Json{{"code", 5}}, "invalid_argument");
  expectErrorOf("decodeResult", Json{{"code", code}, {"framework", 1}}, "invalid_argument");
}

BOOST_AUTO_TEST_CASE(result_file_round_trip) {
  const Json args = {{"framework", "leraar"}, {"answers", teacherAnswersJson(kScenario)}};
  const Json profile = okValueOf("profile", args);
  const Json file = okValueOf("resultFile", args);
  BOOST_CHECK_EQUAL(file["filename"].get<std::string>(), "zelfscan-leraar.json");
  BOOST_CHECK_EQUAL(file["mimeType"].get<std::string>(), "application/json");
  const std::string text = file["text"].get<std::string>();
  BOOST_TEST(text.back() == '\n');
  const Json parsed = Json::parse(text, nullptr, false);
  BOOST_REQUIRE(!parsed.is_discarded());
  BOOST_CHECK_EQUAL(parsed["format"].get<std::string>(), "samenwijs-zelfscan");
  BOOST_CHECK_EQUAL(parsed["formatVersion"].get<int>(), 1);
  BOOST_CHECK_EQUAL(parsed["framework"].get<std::string>(), "leraar");
  BOOST_CHECK_EQUAL(parsed["frameworkVersion"].get<int>(), teacher().version);
  BOOST_CHECK_EQUAL(parsed["code"].get<std::string>(), profile["code"].get<std::string>());
  BOOST_TEST(parsed["answers"] == teacherAnswersJson(kScenario));
  BOOST_CHECK_EQUAL(parsed.size(), 6u);  // nothing personal added

  BOOST_TEST(okValueOf("readResultFile", Json{{"text", text}}) == profile);
  BOOST_TEST(okValueOf("readResultFile", Json{{"text", text}, {"framework", "leraar"}}) == profile);
  expectErrorOf("readResultFile", Json{{"text", text}, {"framework", "leidinggevende"}}, "code_other_framework");
  // The answers are optional: the code is authoritative.
  Json withoutAnswers = parsed;
  withoutAnswers.erase("answers");
  BOOST_TEST(okValueOf("readResultFile", Json{{"text", withoutAnswers.dump()}}) == profile);
  // A result file of the other framework.
  const Json leaderFile = okValueOf("resultFile", Json{{"framework", "leidinggevende"},
                                                       {"answers", {{"leidinggevende-integratie-visie-2", 4}}}});
  BOOST_CHECK_EQUAL(leaderFile["filename"].get<std::string>(), "zelfscan-leidinggevende.json");
  const Json leaderProfile = okValueOf("readResultFile", Json{{"text", leaderFile["text"]}});
  BOOST_CHECK_EQUAL(leaderProfile["framework"].get<std::string>(), "leidinggevende");
  BOOST_CHECK_EQUAL(leaderProfile["progress"]["answered"].get<int>(), 1);
}

BOOST_AUTO_TEST_CASE(read_result_file_refuses) {
  const Json args = {{"framework", "leraar"}, {"answers", teacherAnswersJson(kScenario)}};
  const Json parsed = Json::parse(okValueOf("resultFile", args)["text"].get<std::string>(), nullptr, false);
  BOOST_REQUIRE(parsed.is_object());
  auto refused = [](const std::string& text, const std::string& fragment) {
    const Json e = expectErrorOf("readResultFile", Json{{"text", text}}, "file_invalid");
    BOOST_TEST(contains(e, fragment), e["message"].get<std::string>());
  };
  refused("dit is geen json", "geen geldige JSON");
  refused("", "geen geldige JSON");
  refused("[1, 2]", "geen geldige JSON");
  refused(R"({"format": "iets-anders", "code": "SW1-AAAA"})", "geen resultaatbestand van een Samenwijs-zelfscan");
  refused(R"({"code": "SW1-AAAA"})", "geen resultaatbestand van een Samenwijs-zelfscan");
  refused(R"({"format": "samenwijs-zelfscan"})", "ontbreekt de resultaatcode");
  refused(R"({"format": "samenwijs-zelfscan", "code": 42})", "ontbreekt de resultaatcode");
  {
    Json edited = parsed;
    edited["answers"]["leraar-basis-ict-1"] = 6;  // was 2
    refused(edited.dump(), "passen niet bij de resultaatcode");
  }
  {
    Json edited = parsed;
    edited["answers"]["leraar-b-veiligheid-1"] = 3;  // an answer the code does not have
    refused(edited.dump(), "het bestand is aangepast");
  }
  {
    Json edited = parsed;
    edited["answers"].erase("leraar-a-toetsen-1");
    refused(edited.dump(), "het bestand is aangepast");
  }
  {
    // The code itself edited: the checksum catches it.
    Json edited = parsed;
    std::string code = edited["code"].get<std::string>();
    code[20] = code[20] == 'A' ? 'B' : 'A';  // an answer character, not the header
    edited["code"] = code;
    expectErrorOf("readResultFile", Json{{"text", edited.dump()}}, "code_checksum");
  }
  expectErrorOf("readResultFile", Json{{"text", 3}}, "invalid_argument");
}

BOOST_AUTO_TEST_CASE(compare_method) {
  const std::map<std::size_t, Three> earlier = {
      {0, {2, 2, 2}},  // 2.0 -> 3.0: grew
      {1, {3, 4, 0}},  // 3.5 -> 4.0: +0.5 is grew (the threshold counts)
      {2, {5, 5, 0}},  // 5.0 -> 4.5: -0.5 is fell
      {3, {3, 3, 3}},  // 3.0 -> 3.333: same
      {4, {4, 4, 4}},  // 4.0 -> 3.667: same
      {5, {6, 6, 6}},  // 6.0 -> 1.0: fell
      {6, {3, 3, 3}},  // 3.0 -> none: unknown
  };
  const std::map<std::size_t, Three> later = {
      {0, {3, 3, 3}}, {1, {4, 4, 0}}, {2, {4, 5, 0}}, {3, {3, 3, 4}}, {4, {4, 4, 3}}, {5, {1, 1, 1}},
      {7, {2, 2, 2}},  // none -> 2.0: unknown
  };
  const Json earlierAnswers = {{"framework", "leraar"}, {"answers", teacherAnswersJson(earlier)}};
  const Json laterAnswers = {{"framework", "leraar"}, {"answers", teacherAnswersJson(later)}};
  const std::string earlierCode = samenwijs::encodeResult(teacher(), teacherAnswers(earlier));
  const std::string laterCode = samenwijs::encodeResult(teacher(), teacherAnswers(later));

  const Json v = okValueOf("compare", Json{{"earlier", earlierAnswers}, {"later", laterAnswers}});
  BOOST_CHECK_EQUAL(v["framework"].get<std::string>(), "leraar");
  BOOST_TEST(v["threshold"].get<double>() == 0.5);
  BOOST_TEST(v["grew"] == Json::array({"leraar-basis-ict", "leraar-basis-informatie"}));
  BOOST_TEST(v["fell"] == Json::array({"leraar-basis-media", "leraar-a-leermiddelen"}));
  BOOST_REQUIRE_EQUAL(v["competences"].size(), 17u);
  const std::vector<std::string> directions = {"grew", "grew", "fell", "same", "same", "fell", "unknown", "unknown"};
  const std::vector<Json> changes = {1.0, 0.5, -0.5, 0.3, -0.3, -5.0, nullptr, nullptr};
  for (std::size_t c = 0; c < 17; ++c) {
    const Json& comp = v["competences"][c];
    BOOST_TEST_CONTEXT(kTeacherCompetences[c]) {
      BOOST_CHECK_EQUAL(comp["id"].get<std::string>(), kTeacherCompetences[c]);
      BOOST_CHECK_EQUAL(comp["direction"].get<std::string>(), c < directions.size() ? directions[c] : "unknown");
      BOOST_TEST(comp["change"] == (c < changes.size() ? changes[c] : Json(nullptr)));
    }
  }
  BOOST_TEST(v["competences"][6]["earlier"].get<double>() == 3.0);
  BOOST_TEST(v["competences"][6]["later"].is_null());
  BOOST_TEST(v["competences"][7]["earlier"].is_null());
  BOOST_TEST(v["competences"][3]["later"].get<double>() == 3.3);
  // Domains: basis (2 + 3.5 + 5 + 3) / 4 = 3.375 -> (3 + 4 + 4.5 + 3.333) / 4 = 3.708.
  BOOST_REQUIRE_EQUAL(v["domains"].size(), 4u);
  BOOST_TEST(v["domains"][0]["earlier"].get<double>() == 3.4);
  BOOST_TEST(v["domains"][0]["later"].get<double>() == 3.7);
  BOOST_TEST(v["domains"][0]["change"].get<double>() == 0.3);
  // A: (4 + 6 + 3) / 3 = 4.333 -> (3.667 + 1 + 2) / 3 = 2.222.
  BOOST_TEST(v["domains"][1]["earlier"].get<double>() == 4.3);
  BOOST_TEST(v["domains"][1]["later"].get<double>() == 2.2);
  BOOST_TEST(v["domains"][1]["change"].get<double>() == -2.1);
  BOOST_TEST(v["domains"][2]["change"].is_null());
  BOOST_TEST(v["domains"][3]["earlier"].is_null());

  // Codes and answers mixed give the same comparison.
  BOOST_TEST(okValueOf("compare", Json{{"earlier", {{"code", earlierCode}}}, {"later", laterAnswers}}) == v);
  BOOST_TEST(okValueOf("compare", Json{{"earlier", earlierAnswers}, {"later", {{"code", laterCode}}}}) == v);
  BOOST_TEST(okValueOf("compare", Json{{"earlier", {{"code", earlierCode}}}, {"later", {{"code", laterCode}}}}) == v);
  // Swapped: what grew now fell.
  const Json swapped = okValueOf("compare", Json{{"earlier", laterAnswers}, {"later", earlierAnswers}});
  BOOST_TEST(swapped["grew"] == v["fell"]);
  BOOST_TEST(swapped["fell"] == v["grew"]);
}

BOOST_AUTO_TEST_CASE(compare_refuses) {
  const Json teacherAnswersArg = {{"framework", "leraar"}, {"answers", {{"leraar-basis-ict-1", 3}}}};
  const std::string leaderCode = samenwijs::encodeResult(leader(), Answers(28, 4));
  const Json e1 = expectErrorOf("compare", Json{{"earlier", {{"code", leaderCode}}}, {"later", teacherAnswersArg}},
                                "code_other_framework");
  BOOST_TEST(contains(e1, teacher().title));
  BOOST_TEST(contains(e1, leader().title));
  expectErrorOf("compare", Json{{"earlier", {{"framework", "leidinggevende"}}}, {"later", teacherAnswersArg}},
                "code_other_framework");
  BOOST_TEST(contains(expectErrorOf("compare", Json{{"later", teacherAnswersArg}}, "invalid_argument"), "'earlier' en 'later'"));
  expectErrorOf("compare", Json{{"earlier", teacherAnswersArg}}, "invalid_argument");
  expectErrorOf("compare", Json{{"earlier", "SW1-"}, {"later", teacherAnswersArg}}, "invalid_argument");
  expectErrorOf("compare", Json{{"earlier", teacherAnswersArg}, {"later", {{"code", "SW1-AAAA"}}}}, "code_truncated");
  expectErrorOf("compare", Json{{"earlier", teacherAnswersArg}, {"later", {{"framework", "weg"}}}}, "not_found");
}

BOOST_AUTO_TEST_SUITE_END()

#define BOOST_TEST_MODULE team
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "samenwijs/api.hpp"
#include "samenwijs/result_code.hpp"
#include "samenwijs/team.hpp"
#include "samenwijs/zelfscan.hpp"
#include "test_support.hpp"

using samenwijs::Answers;
using samenwijs::Distribution;
using samenwijs::Framework;
using samenwijs::Json;
using samenwijs::TeamFile;
using samenwijs::TeamSet;
using namespace samenwijs_test;

namespace tt = boost::test_tools;

namespace {

const std::vector<Framework>& frameworks() { return content().frameworks; }

using Three = std::array<int, 3>;

// Teacher answers from {competence index (0..16): its three answer codes}; the rest unanswered.
Answers teacherAnswers(const std::map<std::size_t, Three>& byCompetence) {
  Answers a(51, samenwijs::kUnanswered);
  for (const auto& [c, three] : byCompetence) {
    for (std::size_t k = 0; k < 3; ++k) a[c * 3 + k] = static_cast<std::uint8_t>(three[k]);
  }
  return a;
}

std::string teacherCode(const std::map<std::size_t, Three>& byCompetence) {
  return samenwijs::encodeResult(teacher(), teacherAnswers(byCompetence));
}

// Every teacher item at `level`.
std::string uniformTeacherCode(int level) {
  return samenwijs::encodeResult(teacher(), Answers(51, static_cast<std::uint8_t>(level)));
}

std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

std::string resultFileText(const Framework& fw, const Answers& answers) {
  const Json file = {{"format", "samenwijs-zelfscan"}, {"formatVersion", 1}, {"framework", fw.id},
                     {"frameworkVersion", fw.version}, {"code", samenwijs::encodeResult(fw, answers)},
                     {"answers", samenwijs::answersToJson(fw, answers)}};
  return file.dump(2);
}

// Five distinct teacher codes with different competence means (see strengths_and_growth).
const std::map<std::size_t, std::array<int, 5>> kTeamLevels = {
    {4, {6, 6, 6, 6, 6}},  // 6.0
    {9, {6, 6, 6, 6, 5}},  // 5.8
    {2, {6, 6, 6, 5, 5}},  // 5.6
    {3, {6, 6, 5, 5, 5}},  // 5.4: fourth best, not a strength
    {10, {1, 1, 1, 1, 1}},  // 1.0
    {5, {2, 2, 1, 1, 1}},   // 1.4
    {13, {4, 4, 4, 1, 1}},  // 2.8: 2 of 5 at or below 3
    {1, {3, 3, 3, 3, 3}},   // 3.0: fourth lowest, not listed
    {0, {5, 4, 5, 5, 4}},   // 4.6
};

std::vector<std::string> teamCodes() {
  std::vector<std::string> codes;
  for (std::size_t p = 0; p < 5; ++p) {
    std::map<std::size_t, Three> person;
    for (std::size_t c = 0; c < 17; ++c) {
      const int level = kTeamLevels.count(c) ? kTeamLevels.at(c)[p] : (p < 3 ? 5 : 4);  // the rest 4.6
      person[c] = {level, level, level};
    }
    codes.push_back(teacherCode(person));
  }
  return codes;
}

const std::string& rowField(const std::vector<std::string>& fields, std::size_t i) {
  BOOST_REQUIRE(i < fields.size());
  return fields[i];
}

// Splits a CSV row on semicolons outside double quotes.
std::vector<std::string> splitCsv(const std::string& row) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (char c : row) {
    if (c == '"') quoted = !quoted;
    if (c == ';' && !quoted) fields.emplace_back();
    else fields.back() += c;
  }
  return fields;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find('\n', start);
    out.push_back(text.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

}  // namespace

// ---- reading the input -----------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(input)

BOOST_AUTO_TEST_CASE(bad_lines_files_labels_and_duplicates) {
  const std::string u1 = uniformTeacherCode(1), u2 = uniformTeacherCode(2), u3 = uniformTeacherCode(3);
  const std::string leaderCode = samenwijs::encodeResult(leader(), Answers(28, 4));
  std::string changed = u2;
  changed[20] = changed[20] == 'A' ? 'B' : 'A';
  const std::string pasted = u1 + "\n"                          // 1 accepted
                             "\n"                               // 2 empty: ignored
                             "   \t\n"                          // 3 blank: ignored
                             "rommel\n"                         // 4 garbage
                             + u2.substr(0, u2.size() - 5) + "\n"  // 5 truncated
                             + leaderCode + "\n"                // 6 other framework
                             + "  " + u1 + "  \n"               // 7 duplicate of 1
                             + u3 + "\r\n"                      // 8 accepted (CRLF)
                             + "\t" + u3 + "\n"                 // 9 duplicate of 8
                             + changed;                         // 10 checksum, no final newline
  const std::vector<TeamFile> files = {
      {"anna.json", resultFileText(teacher(), Answers(51, 4))},
      {"codes.txt", uniformTeacherCode(5) + "\nrommel\n\n  " + uniformTeacherCode(6) + "\n" + uniformTeacherCode(5) + "\n"},
      {"kapot.json", "{ kapot"},
      {"zonder-code.json", R"({"format": "samenwijs-zelfscan"})"},
      {"dubbel.json", resultFileText(teacher(), Answers(51, 1))},
      {"leider.json", resultFileText(leader(), Answers(28, 2))},
      {"leeg.txt", ""},
  };
  const TeamSet set = samenwijs::aggregateTeam(frameworks(), pasted, files, "");
  BOOST_TEST(set.framework == &teacher());  // the first valid code's
  BOOST_CHECK_EQUAL(set.accepted, 5);       // levels 1, 3, 4, 5, 6
  BOOST_CHECK_EQUAL(set.duplicates, 4);     // regel 7, regel 9, codes.txt regel 5, dubbel.json
  BOOST_CHECK_EQUAL(set.rejectedCount, 9);
  BOOST_REQUIRE_EQUAL(set.rejected.size(), 9u);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"regel 4", "not_a_code"},          {"regel 5", "truncated"},        {"regel 6", "other_framework"},
      {"regel 10", "checksum"},           {"codes.txt, regel 2", "not_a_code"}, {"kapot.json", "file_invalid"},
      {"zonder-code.json", "file_invalid"}, {"leider.json", "other_framework"}, {"leeg.txt", "file_invalid"},
  };
  for (std::size_t i = 0; i < expected.size(); ++i) {
    BOOST_TEST_CONTEXT("rejection " << i) {
      BOOST_CHECK_EQUAL(set.rejected[i].label, expected[i].first);
      BOOST_CHECK_EQUAL(set.rejected[i].code, expected[i].second);
      BOOST_TEST(!set.rejected[i].reason.empty());
    }
  }
  BOOST_TEST(contains(set.rejected[0].reason, "begint met SW1-"));
  BOOST_TEST(contains(set.rejected[1].reason, "te kort"));
  BOOST_TEST(contains(set.rejected[2].reason, "“" + leader().title + "”, niet bij “" + teacher().title + "”"));
  BOOST_TEST(contains(set.rejected[3].reason, "klopt niet"));
  BOOST_TEST(contains(set.rejected[5].reason, "geen resultaatbestand"));
  BOOST_TEST(contains(set.rejected[6].reason, "ontbreekt de resultaatcode"));
  BOOST_TEST(contains(set.rejected[7].reason, leader().title));

  // The same through the API, with the files as JSON.
  Json jfiles = Json::array();
  for (const auto& f : files) jfiles.push_back({{"name", f.name}, {"text", f.text}});
  const Json v = okValueOf("team", Json{{"text", pasted}, {"files", jfiles}});
  BOOST_CHECK_EQUAL(v["accepted"].get<int>(), 5);
  BOOST_CHECK_EQUAL(v["duplicates"].get<int>(), 4);
  BOOST_CHECK_EQUAL(v["rejectedCount"].get<int>(), 9);
  BOOST_TEST(v["shown"].get<bool>());
  BOOST_CHECK_EQUAL(v["framework"].get<std::string>(), "leraar");
  BOOST_REQUIRE_EQUAL(v["rejected"].size(), 9u);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    BOOST_CHECK_EQUAL(v["rejected"][i]["label"].get<std::string>(), expected[i].first);
    BOOST_CHECK_EQUAL(v["rejected"][i]["code"].get<std::string>(), expected[i].second);
    BOOST_CHECK_EQUAL(v["rejected"][i]["reason"].get<std::string>(), set.rejected[i].reason);
  }
}

BOOST_AUTO_TEST_CASE(explicit_framework) {
  const std::string text = join({uniformTeacherCode(2), samenwijs::encodeResult(leader(), Answers(28, 3)),
                                 samenwijs::encodeResult(leader(), Answers(28, 5))});
  const TeamSet set = samenwijs::aggregateTeam(frameworks(), text, {}, "leidinggevende");
  BOOST_TEST(set.framework == &leader());
  BOOST_CHECK_EQUAL(set.accepted, 2);
  BOOST_REQUIRE_EQUAL(set.rejected.size(), 1u);
  BOOST_CHECK_EQUAL(set.rejected[0].label, "regel 1");
  BOOST_CHECK_EQUAL(set.rejected[0].code, "other_framework");
  BOOST_CHECK_EQUAL(set.competences.size(), 7u);
  BOOST_CHECK_EQUAL(set.domains.size(), 3u);
  // Unknown framework id through the API.
  BOOST_TEST(contains(expectErrorOf("team", Json{{"text", text}, {"framework", "ruimtevaart"}}, "invalid_argument"),
                      "Onbekende zelfscan"));
}

BOOST_AUTO_TEST_CASE(the_framework_most_codes_belong_to) {
  // A single stray code of the other self-assessment, even on the first line, does not
  // decide for the whole team.
  const std::string leaderCode = samenwijs::encodeResult(leader(), Answers(28, 3));
  std::vector<std::string> codes = {leaderCode};
  for (int level = 1; level <= 5; ++level) codes.push_back(uniformTeacherCode(level));
  const TeamSet set = samenwijs::aggregateTeam(frameworks(), join(codes), {}, "");
  BOOST_TEST(set.framework == &teacher());
  BOOST_CHECK_EQUAL(set.accepted, 5);
  BOOST_REQUIRE_EQUAL(set.rejected.size(), 1u);
  BOOST_CHECK_EQUAL(set.rejected[0].label, "regel 1");
  BOOST_CHECK_EQUAL(set.rejected[0].code, "other_framework");
  // Also when the majority comes from files.
  const std::vector<TeamFile> files = {{"a.json", resultFileText(leader(), Answers(28, 1))},
                                       {"b.txt", join({samenwijs::encodeResult(leader(), Answers(28, 2)),
                                                       samenwijs::encodeResult(leader(), Answers(28, 4))})}};
  const TeamSet fromFiles = samenwijs::aggregateTeam(frameworks(), uniformTeacherCode(1), files, "");
  BOOST_TEST(fromFiles.framework == &leader());
  BOOST_CHECK_EQUAL(fromFiles.accepted, 3);
  BOOST_CHECK_EQUAL(fromFiles.rejectedCount, 1);
}

BOOST_AUTO_TEST_CASE(a_repeated_stray_code_does_not_decide) {
  // People, not lines, decide the framework: one leader code pasted six times does not
  // outvote five distinct teacher codes.
  const std::string leaderCode = samenwijs::encodeResult(leader(), Answers(28, 3));
  std::vector<std::string> codes;
  for (int i = 0; i < 6; ++i) codes.push_back(leaderCode);
  for (int level = 1; level <= 5; ++level) codes.push_back(uniformTeacherCode(level));
  const TeamSet set = samenwijs::aggregateTeam(frameworks(), join(codes), {}, "");
  BOOST_TEST(set.framework == &teacher());
  BOOST_CHECK_EQUAL(set.accepted, 5);
  BOOST_CHECK_EQUAL(set.rejectedCount, 6);
}

BOOST_AUTO_TEST_CASE(nothing_valid) {
  const TeamSet set = samenwijs::aggregateTeam(frameworks(), "\n\n  \nrommel\n", {}, "");
  BOOST_TEST(set.framework == nullptr);
  BOOST_CHECK_EQUAL(set.accepted, 0);
  BOOST_CHECK_EQUAL(set.rejectedCount, 1);
  const Json v = okValueOf("team", Json{{"text", "rommel"}});
  BOOST_TEST(!v["shown"].get<bool>());
  BOOST_TEST(v["framework"].is_null());
  BOOST_CHECK_EQUAL(v["message"].get<std::string>(), "Er is nog geen geldige resultaatcode.");
  BOOST_CHECK_EQUAL(okValueOf("team", Json::object())["accepted"].get<int>(), 0);
}

BOOST_AUTO_TEST_CASE(rejections_listed_up_to_a_limit) {
  std::string text;
  for (int i = 0; i < 600; ++i) text += "rommel " + std::to_string(i) + "\n";
  const TeamSet set = samenwijs::aggregateTeam(frameworks(), text, {}, "");
  BOOST_CHECK_EQUAL(set.rejectedCount, 600);
  BOOST_CHECK_EQUAL(set.rejected.size(), samenwijs::kMaxRejectionsListed);
  BOOST_CHECK_EQUAL(set.rejected.back().label, "regel 500");
}

BOOST_AUTO_TEST_CASE(bad_arguments) {
  expectErrorOf("team", Json{{"text", 5}}, "invalid_argument");
  expectErrorOf("team", Json{{"files", "a.txt"}}, "invalid_argument");
  BOOST_TEST(contains(expectErrorOf("team", Json{{"files", Json::array({{{"name", "a.txt"}}})}}, "invalid_argument"),
                      "naam en een tekst"));
  expectErrorOf("team", Json{{"files", Json::array({{{"name", 1}, {"text", ""}}})}}, "invalid_argument");
  expectErrorOf("team", Json{{"framework", 3}}, "invalid_argument");
}

BOOST_AUTO_TEST_CASE(appended_character_is_not_a_second_person) {
  // A code with one stray character appended is refused (too_long), so one person can
  // never count twice through a slightly different text.
  const std::string code = uniformTeacherCode(4);
  const TeamSet set = samenwijs::aggregateTeam(frameworks(), code + "\n" + code + "A\n", {}, "");
  BOOST_CHECK_EQUAL(set.accepted, 1);
  BOOST_CHECK_EQUAL(set.rejectedCount, 1);
  if (!set.rejected.empty()) BOOST_CHECK_EQUAL(set.rejected[0].code, "too_long");
}

BOOST_AUTO_TEST_SUITE_END()

// ---- the minimum group size ------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(group_size)

BOOST_AUTO_TEST_CASE(default_five) {
  BOOST_CHECK_EQUAL(samenwijs::kDefaultMinGroupSize, 5);
  const std::string four = join({uniformTeacherCode(1), uniformTeacherCode(2), uniformTeacherCode(3), uniformTeacherCode(4)});
  const Json v = okValueOf("team", Json{{"text", four}});
  BOOST_CHECK_EQUAL(v["accepted"].get<int>(), 4);
  BOOST_CHECK_EQUAL(v["minGroupSize"].get<int>(), 5);
  BOOST_TEST(!v["shown"].get<bool>());
  BOOST_CHECK_EQUAL(v["framework"].get<std::string>(), "leraar");
  BOOST_CHECK_EQUAL(v["message"].get<std::string>(),
                    "Er zijn 4 geldige codes. Een teambeeld verschijnt pas vanaf 5 codes, zodat niemand herkenbaar is.");
  // Nothing about the four people is shown.
  for (const char* key : {"competences", "domains", "strengths", "growthAreas", "levels"}) BOOST_TEST(!v.contains(key), key);
  // A duplicate does not make a fifth person.
  const Json dup = okValueOf("team", Json{{"text", four + uniformTeacherCode(4)}});
  BOOST_TEST(!dup["shown"].get<bool>());
  BOOST_CHECK_EQUAL(dup["duplicates"].get<int>(), 1);
  // The fifth does.
  const Json five = okValueOf("team", Json{{"text", four + uniformTeacherCode(5)}});
  BOOST_TEST(five["shown"].get<bool>());
  BOOST_TEST(!five.contains("message"));
  BOOST_CHECK_EQUAL(five["competences"].size(), 17u);
  BOOST_CHECK_EQUAL(five["domains"].size(), 4u);
  BOOST_CHECK_EQUAL(five["levels"].size(), 6u);
}

BOOST_AUTO_TEST_CASE(raised_and_lowered) {
  std::vector<std::string> codes;
  for (int level = 1; level <= 6; ++level) codes.push_back(uniformTeacherCode(level));
  codes.push_back(samenwijs::encodeResult(teacher(), Answers(51, 7)));
  const std::string six = join({codes.begin(), codes.begin() + 6});
  const Json notYet = okValueOf("team", Json{{"text", six}, {"minGroupSize", 7}});
  BOOST_TEST(!notYet["shown"].get<bool>());
  BOOST_CHECK_EQUAL(notYet["minGroupSize"].get<int>(), 7);
  BOOST_TEST(contains(notYet["message"].get<std::string>(), "Er zijn 6 geldige codes"));
  BOOST_TEST(contains(notYet["message"].get<std::string>(), "vanaf 7 codes"));
  BOOST_TEST(okValueOf("team", Json{{"text", join(codes)}, {"minGroupSize", 7}})["shown"].get<bool>());
  // 3 is the lowest allowed.
  const std::string three = join({codes.begin(), codes.begin() + 3});
  BOOST_TEST(okValueOf("team", Json{{"text", three}, {"minGroupSize", 3}})["shown"].get<bool>());
  for (const Json& bad : {Json(2), Json(0), Json(-5), Json("5"), Json(4.5)}) {
    BOOST_TEST_CONTEXT(bad.dump()) {
      const Json e = expectErrorOf("team", Json{{"text", three}, {"minGroupSize", bad}}, "invalid_argument");
      if (bad.is_number_integer()) {
        BOOST_CHECK_EQUAL(e["message"].get<std::string>(),
                          "De minimale groepsgrootte is minstens 3: kleiner kan niet, om deelnemers te beschermen.");
      }
    }
  }
  expectErrorOf("teamCsv", Json{{"text", three}, {"minGroupSize", 2}}, "invalid_argument");
}

BOOST_AUTO_TEST_SUITE_END()

// ---- distributions ---------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(distributions)

BOOST_AUTO_TEST_CASE(counts_mean_and_median) {
  // Competence 0 (leraar-basis-ict) per person; everything else unanswered.
  std::vector<std::string> codes = {
      teacherCode({{0, {1, 1, 1}}}),  // 1.0   level 1
      teacherCode({{0, {2, 2, 2}}}),  // 2.0   level 2
      teacherCode({{0, {2, 3, 0}}}),  // 2.5   level 3 (rounds up)
      teacherCode({{0, {3, 3, 4}}}),  // 3.333 level 3
      teacherCode({{0, {6, 6, 7}}}),  // 6.0   level 6 (n.v.t. left out)
      teacherCode({{0, {4, 0, 0}}}),  // one answer: too few
  };
  {
    const TeamSet set = samenwijs::aggregateTeam(frameworks(), join(codes), {}, "");
    BOOST_REQUIRE_EQUAL(set.accepted, 6);
    const Distribution& d = set.competences[0];
    BOOST_TEST(d.counts == (std::array<int, 6>{1, 1, 2, 0, 0, 1}), tt::per_element());
    BOOST_CHECK_EQUAL(d.tooFew, 1);
    BOOST_CHECK_EQUAL(d.n(), 5);
    BOOST_TEST(*d.mean() == (1.0 + 2.0 + 2.5 + 10.0 / 3 + 6.0) / 5, tt::tolerance(1e-12));
    BOOST_TEST(*d.median() == 2.5, tt::tolerance(1e-12));  // odd n: the middle person
    // The domain has only this competence scored: the same picture.
    const Distribution& dom = set.domains[0];
    BOOST_TEST(dom.counts == d.counts, tt::per_element());
    BOOST_CHECK_EQUAL(dom.tooFew, 1);
    BOOST_TEST(*dom.median() == 2.5, tt::tolerance(1e-12));
    // Competences and domains nobody answered.
    for (std::size_t c = 1; c < 17; ++c) {
      BOOST_CHECK_EQUAL(set.competences[c].n(), 0);
      BOOST_CHECK_EQUAL(set.competences[c].tooFew, 6);
      BOOST_TEST(!set.competences[c].mean().has_value());
      BOOST_TEST(!set.competences[c].median().has_value());
    }
    for (std::size_t dd = 1; dd < 4; ++dd) BOOST_CHECK_EQUAL(set.domains[dd].tooFew, 6);

    const Json v = okValueOf("team", Json{{"text", join(codes)}});
    const Json& c0 = v["competences"][0];
    BOOST_TEST(c0["counts"] == Json::array({1, 1, 2, 0, 0, 1}));
    BOOST_CHECK_EQUAL(c0["tooFew"].get<int>(), 1);
    BOOST_CHECK_EQUAL(c0["n"].get<int>(), 5);
    BOOST_TEST(c0["mean"].get<double>() == 3.0);  // 2.967
    BOOST_TEST(c0["median"].get<double>() == 2.5);
    BOOST_TEST(v["competences"][1]["mean"].is_null());
    BOOST_TEST(v["competences"][1]["median"].is_null());
  }
  {
    // Even n: the mean of the two middle people.
    codes.push_back(teacherCode({{0, {4, 4, 4}}}));  // 4.0
    const TeamSet set = samenwijs::aggregateTeam(frameworks(), join(codes), {}, "");
    const Distribution& d = set.competences[0];
    BOOST_TEST(d.counts == (std::array<int, 6>{1, 1, 2, 1, 0, 1}), tt::per_element());
    BOOST_CHECK_EQUAL(d.n(), 6);
    BOOST_TEST(*d.mean() == (1.0 + 2.0 + 2.5 + 10.0 / 3 + 4.0 + 6.0) / 6, tt::tolerance(1e-12));
    BOOST_TEST(*d.median() == (2.5 + 10.0 / 3) / 2, tt::tolerance(1e-12));
    const Json v = okValueOf("team", Json{{"text", join(codes)}});
    BOOST_TEST(v["competences"][0]["mean"].get<double>() == 3.1);    // 3.139
    BOOST_TEST(v["competences"][0]["median"].get<double>() == 2.9);  // 2.917
  }
}

BOOST_AUTO_TEST_CASE(distribution_by_hand) {
  Distribution d;
  BOOST_TEST(!d.mean().has_value());
  BOOST_TEST(!d.median().has_value());
  for (double s : {3.0, 3.0, 3.0}) d.add(s);
  BOOST_TEST(*d.median() == 3.0, tt::tolerance(1e-12));
  d.add(1.0);
  BOOST_TEST(*d.median() == 3.0, tt::tolerance(1e-12));
  d.add(1.5);
  d.add(5.5);  // sorted: 1, 1.5, 3, 3, 3, 5.5
  BOOST_TEST(*d.median() == 3.0, tt::tolerance(1e-12));
  BOOST_TEST(*d.mean() == 17.0 / 6, tt::tolerance(1e-12));
  BOOST_TEST(d.counts == (std::array<int, 6>{1, 1, 3, 0, 0, 1}), tt::per_element());  // 1.5 -> 2, 5.5 -> 6
}

BOOST_AUTO_TEST_CASE(random_team_matches_individual_profiles) {
  // The team's light aggregation agrees with computeProfile per person.
  std::mt19937 rng(8080u);
  std::uniform_int_distribution<int> value(0, 7);
  for (const auto& fw : frameworks()) {
    const std::size_t n = samenwijs::itemCount(fw);
    std::vector<Answers> people;
    std::set<std::string> seen;
    std::string text;
    while (people.size() < 301) {
      Answers a(n);
      for (auto& v : a) v = static_cast<std::uint8_t>(value(rng));
      const std::string code = samenwijs::encodeResult(fw, a);
      if (!seen.insert(code).second) continue;
      people.push_back(a);
      text += code + "\n";
    }
    const TeamSet set = samenwijs::aggregateTeam(frameworks(), text, {}, "");
    BOOST_REQUIRE(set.framework == &fw);
    BOOST_REQUIRE_EQUAL(set.accepted, 301);
    std::vector<std::vector<double>> compScores(set.competences.size()), domScores(set.domains.size());
    std::vector<int> compTooFew(set.competences.size()), domTooFew(set.domains.size());
    for (const auto& a : people) {
      const auto p = samenwijs::computeProfile(fw, a);
      for (std::size_t c = 0; c < p.competences.size(); ++c) {
        if (p.competences[c].score) compScores[c].push_back(*p.competences[c].score);
        else ++compTooFew[c];
      }
      for (std::size_t d = 0; d < p.domains.size(); ++d) {
        if (p.domains[d].score) domScores[d].push_back(*p.domains[d].score);
        else ++domTooFew[d];
      }
    }
    auto check = [](const Distribution& dist, std::vector<double> scores, int tooFew, double medianTolerance) {
      BOOST_CHECK_EQUAL(dist.tooFew, tooFew);
      BOOST_REQUIRE_EQUAL(dist.n(), static_cast<int>(scores.size()));
      std::array<int, 6> counts{};
      double sum = 0;
      for (double s : scores) {
        ++counts[static_cast<std::size_t>(samenwijs::levelOf(s) - 1)];
        sum += s;
      }
      BOOST_TEST(dist.counts == counts, tt::per_element());
      if (scores.empty()) return;
      BOOST_TEST(*dist.mean() == sum / static_cast<double>(scores.size()), tt::tolerance(1e-9));
      std::sort(scores.begin(), scores.end());
      const std::size_t m = scores.size();
      const double median = m % 2 ? scores[m / 2] : (scores[m / 2 - 1] + scores[m / 2]) / 2;
      BOOST_TEST(std::fabs(*dist.median() - median) <= medianTolerance, *dist.median() << " vs " << median);
    };
    for (std::size_t c = 0; c < set.competences.size(); ++c) {
      // Competence scores are item means: exact on the 1/600 grid.
      BOOST_TEST_CONTEXT(fw.id << " competence " << c) { check(set.competences[c], compScores[c], compTooFew[c], 1e-12); }
    }
    for (std::size_t d = 0; d < set.domains.size(); ++d) {
      // Domain scores are means of means: on the grid to within half a step.
      BOOST_TEST_CONTEXT(fw.id << " domain " << d) {
        check(set.domains[d], domScores[d], domTooFew[d], 0.5 / Distribution::kSteps + 1e-12);
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

// ---- the team picture ------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(picture)

BOOST_AUTO_TEST_CASE(strengths_and_growth_areas) {
  const auto codes = teamCodes();
  const Json v = okValueOf("team", Json{{"text", join(codes)}});
  BOOST_REQUIRE_EQUAL(v["accepted"].get<int>(), 5);
  BOOST_REQUIRE(v["shown"].get<bool>());
  BOOST_REQUIRE_EQUAL(v["strengths"].size(), 3u);
  const std::vector<std::pair<std::string, double>> strengths = {
      {"leraar-a-didactiek", 6.0}, {"leraar-b-systemen", 5.8}, {"leraar-basis-media", 5.6}};
  for (std::size_t i = 0; i < 3; ++i) {
    BOOST_CHECK_EQUAL(v["strengths"][i]["competence"].get<std::string>(), strengths[i].first);
    BOOST_TEST(v["strengths"][i]["mean"].get<double>() == strengths[i].second);
  }
  struct Growth {
    std::string id;
    double mean, share;
    bool network;
  };
  const std::vector<Growth> growth = {{"leraar-b-communicatie", 1.0, 1.0, true},
                                      {"leraar-a-leermiddelen", 1.4, 1.0, true},
                                      {"leraar-c-reflectie", 2.8, 0.4, false}};
  BOOST_REQUIRE_EQUAL(v["growthAreas"].size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    const Json& g = v["growthAreas"][i];
    BOOST_TEST_CONTEXT(growth[i].id) {
      BOOST_CHECK_EQUAL(g["competence"].get<std::string>(), growth[i].id);
      BOOST_TEST(g["mean"].get<double>() == growth[i].mean);
      BOOST_TEST(g["shareAtOrBelow3"].get<double>() == growth[i].share);
      BOOST_CHECK_EQUAL(g["networkSuggested"].get<bool>(), growth[i].network);
      BOOST_TEST(g["topics"].size() <= 3u);
      BOOST_TEST(g["topics"].size() > 0u);
      const samenwijs::Competence* comp = nullptr;
      for (const auto& d : teacher().domains)
        for (const auto& c : d.competences)
          if (c.id == growth[i].id) comp = &c;
      BOOST_REQUIRE(comp != nullptr);
      for (const auto& t : g["topics"]) {
        const auto* loc = api().content().locate(t["topic"].get<std::string>());
        BOOST_REQUIRE(loc != nullptr);
        const auto& topic = content().guides[loc->guide].mainQuestions[loc->mainQuestion].topics[loc->topic];
        BOOST_TEST(std::any_of(comp->tags.begin(), comp->tags.end(), [&](const std::string& tag) {
          return std::find(topic.tags.begin(), topic.tags.end(), tag) != topic.tags.end();
        }));
      }
    }
  }
  // Competence distributions as built.
  const Json& systemen = v["competences"][9];
  BOOST_CHECK_EQUAL(systemen["id"].get<std::string>(), "leraar-b-systemen");
  BOOST_TEST(systemen["counts"] == Json::array({0, 0, 0, 0, 1, 4}));
  BOOST_TEST(systemen["median"].get<double>() == 6.0);
  // Domains: ids, codes and means from the persons' domain scores.
  BOOST_REQUIRE_EQUAL(v["domains"].size(), 4u);
  BOOST_CHECK_EQUAL(v["domains"][0]["id"].get<std::string>(), "leraar-basis");
  BOOST_CHECK_EQUAL(v["domains"][0]["code"].get<std::string>(), "D");
  BOOST_CHECK_EQUAL(v["domains"][0]["n"].get<int>(), 5);
  // basis: c0 4.6, c1 3.0, c2 5.6, c3 5.4 -> mean of person means = mean of competence means = 4.65
  // (shown rounded to one decimal, either side of the tie).
  BOOST_TEST(std::fabs(v["domains"][0]["mean"].get<double>() - 4.65) <= 0.05 + 1e-9);
}

BOOST_AUTO_TEST_CASE(team_csv) {
  const auto codes = teamCodes();
  const Json v = okValueOf("teamCsv", Json{{"text", join(codes)}});
  BOOST_CHECK_EQUAL(v["filename"].get<std::string>(), "teamoverzicht-leraar.csv");
  BOOST_CHECK_EQUAL(v["mimeType"].get<std::string>(), "text/csv");
  const std::string withBom = v["text"].get<std::string>();
  BOOST_REQUIRE_EQUAL(withBom.substr(0, 3), "\xEF\xBB\xBF");  // Excel needs it for accents
  const std::string csv = withBom.substr(3);
  const auto rows = lines(csv);
  BOOST_REQUIRE(!rows.empty());
  BOOST_CHECK_EQUAL(rows[0],
                    "soort;id;titel;aantal;te weinig antwoorden;niveau 1 Nieuwkomer;niveau 2 Ontdekker;"
                    "niveau 3 Integreerder;niveau 4 Expert;niveau 5 Leider;niveau 6 Pionier;gemiddelde;mediaan");
  // No per-person data: one row per domain and per competence, whatever the team size.
  BOOST_CHECK_EQUAL(rows.size(), 1u + 4u + 17u);
  BOOST_TEST(!contains(csv, "SW1-"));
  std::size_t domains = 0, competences = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto f = splitCsv(rows[i]);
    BOOST_TEST_CONTEXT(rows[i]) {
      BOOST_REQUIRE_EQUAL(f.size(), 13u);
      if (f[0] == "domein") ++domains;
      if (f[0] == "competentie") ++competences;
      // Decimal comma, one decimal.
      for (std::size_t k : {11u, 12u}) {
        const std::string& num = rowField(f, k);
        BOOST_REQUIRE(num.size() >= 3u);
        BOOST_CHECK_EQUAL(num[num.size() - 2], ',');
        BOOST_TEST(num.find('.') == std::string::npos);
      }
    }
  }
  BOOST_CHECK_EQUAL(domains, 4u);
  BOOST_CHECK_EQUAL(competences, 17u);
  BOOST_CHECK_EQUAL(splitCsv(rows[1])[0], "domein");
  BOOST_CHECK_EQUAL(splitCsv(rows[1])[1], "leraar-basis");
  // leraar-b-systemen: 5 people, none too few, levels 5 and 6, mean 5.8, median 6.0.
  const samenwijs::Competence& systemen = teacher().domains[2].competences[0];
  BOOST_REQUIRE_EQUAL(systemen.id, "leraar-b-systemen");
  const auto it = std::find_if(rows.begin(), rows.end(), [](const std::string& r) { return contains(r, ";leraar-b-systemen;"); });
  BOOST_REQUIRE(it != rows.end());
  BOOST_CHECK_EQUAL(*it, "competentie;leraar-b-systemen;" + systemen.title + ";5;0;0;0;0;0;1;4;5,8;6,0");

  // Twenty people: still 22 lines.
  std::vector<std::string> many = codes;
  for (int level = 1; level <= 6; ++level) {
    for (std::size_t c = 0; c < 3; ++c) many.push_back(teacherCode({{c, {level, level, level}}}));
  }
  const Json big = okValueOf("teamCsv", Json{{"text", join(many)}});
  BOOST_CHECK_EQUAL(lines(big["text"].get<std::string>()).size(), 22u);
  // Too few: no export.
  BOOST_TEST(contains(expectErrorOf("teamCsv", Json{{"text", join({codes.begin(), codes.begin() + 4})}}, "too_small"),
                      "te weinig"));
}

BOOST_AUTO_TEST_CASE(team_compare) {
  // Five distinct people at level 2 everywhere, and five at level 3 (n.v.t. / unanswered
  // items in the last competence only make the codes differ).
  const std::vector<Three> variants = {{1, 1, 1}, {7, 1, 1}, {1, 7, 1}, {1, 1, 7}, {0, 1, 1}};
  auto group = [&](int level) {
    std::vector<std::string> codes;
    for (const auto& v : variants) {
      std::map<std::size_t, Three> person;
      for (std::size_t c = 0; c < 17; ++c) person[c] = {level, level, level};
      Three last;
      for (std::size_t k = 0; k < 3; ++k) last[k] = v[k] == 1 ? level : v[k];
      person[16] = last;
      codes.push_back(teacherCode(person));
    }
    return join(codes);
  };
  const Json v = okValueOf("teamCompare", Json{{"earlier", {{"text", group(2)}}}, {"later", {{"text", group(3)}}}});
  BOOST_CHECK_EQUAL(v["framework"].get<std::string>(), "leraar");
  BOOST_CHECK_EQUAL(v["earlierCount"].get<int>(), 5);
  BOOST_CHECK_EQUAL(v["laterCount"].get<int>(), 5);
  BOOST_REQUIRE_EQUAL(v["competences"].size(), 17u);
  for (const auto& c : v["competences"]) {
    BOOST_TEST(c["earlier"].get<double>() == 2.0);
    BOOST_TEST(c["later"].get<double>() == 3.0);
    BOOST_TEST(c["change"].get<double>() == 1.0);
    BOOST_TEST(c["earlierCounts"] == Json::array({0, 5, 0, 0, 0, 0}));
    BOOST_TEST(c["laterCounts"] == Json::array({0, 0, 5, 0, 0, 0}));
  }
  BOOST_REQUIRE_EQUAL(v["domains"].size(), 4u);
  for (const auto& d : v["domains"]) BOOST_TEST(d["change"].get<double>() == 1.0);

  // Too small, other framework, a raised minimum, bad arguments.
  const std::string fourCodes = join({uniformTeacherCode(1), uniformTeacherCode(2), uniformTeacherCode(3), uniformTeacherCode(4)});
  BOOST_TEST(contains(expectErrorOf("teamCompare", Json{{"earlier", {{"text", fourCodes}}}, {"later", {{"text", group(3)}}}},
                                    "too_small"),
                      "(nu 4 en 5)"));
  std::string leaderCodes;
  for (int level = 1; level <= 6; ++level) leaderCodes += samenwijs::encodeResult(leader(), Answers(28, static_cast<std::uint8_t>(level))) + "\n";
  BOOST_TEST(contains(expectErrorOf("teamCompare", Json{{"earlier", {{"text", leaderCodes}}}, {"later", {{"text", group(3)}}}},
                                    "too_small"),
                      "(nu 0 en 5)"));
  BOOST_TEST(contains(expectErrorOf("teamCompare",
                                    Json{{"earlier", {{"text", group(2)}}}, {"later", {{"text", group(3)}, {"minGroupSize", 6}}}},
                                    "too_small"),
                      "minstens 6"));
  expectErrorOf("teamCompare", Json{{"later", {{"text", group(3)}}}}, "invalid_argument");
  expectErrorOf("teamCompare", Json{{"earlier", "x"}, {"later", {{"text", group(3)}}}}, "invalid_argument");
  expectErrorOf("teamCompare", Json{{"earlier", {{"text", group(2)}, {"minGroupSize", 2}}}, {"later", {{"text", group(3)}}}},
                "invalid_argument");
}

BOOST_AUTO_TEST_SUITE_END()

// ---- bulk input ------------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(bulk)

BOOST_AUTO_TEST_CASE(attachment_equals_text) {
  const std::string text = join(teamCodes()) + "rommel\n" + uniformTeacherCode(3) + "\n";
  for (const std::string method : {"team", "teamCsv"}) {
    const std::string viaText = api().call(method, samenwijs::dumpJson(Json{{"text", text}}));
    const std::string viaAttachment = api().call(method, "{}", text);
    BOOST_TEST_CONTEXT(method) {
      BOOST_TEST(envelope(viaText)["ok"].get<bool>());
      BOOST_CHECK_EQUAL(viaAttachment, viaText);
    }
  }
  // Text and attachment together: both are read.
  const auto codes = teamCodes();
  const Json both = okValueOf("team", Json{{"text", join({codes[0], codes[1]})}}, join({codes[2], codes[3], codes[4]}));
  BOOST_CHECK_EQUAL(both["accepted"].get<int>(), 5);
}

BOOST_AUTO_TEST_CASE(twenty_thousand_codes) {
  std::mt19937 rng(20000u);
  std::uniform_int_distribution<int> value(0, 7);
  std::set<std::string> distinct;
  std::string text;
  text.reserve(20000 * 41);
  while (distinct.size() < 20000) {
    Answers a(51);
    for (auto& v : a) v = static_cast<std::uint8_t>(value(rng));
    const std::string code = samenwijs::encodeResult(teacher(), a);
    if (distinct.insert(code).second) text += code + "\n";
  }
  text += *distinct.begin() + "\n";  // one duplicate
  const auto start = std::chrono::steady_clock::now();
  const Json v = okValueOf("team", Json::object(), text);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  BOOST_TEST_MESSAGE("20,000 codes in " << seconds << " s");
  BOOST_CHECK_EQUAL(v["accepted"].get<int>(), 20000);
  BOOST_CHECK_EQUAL(v["duplicates"].get<int>(), 1);
  BOOST_CHECK_EQUAL(v["rejectedCount"].get<int>(), 0);
  BOOST_TEST(v["shown"].get<bool>());
  int people = 0;
  for (int c : v["competences"][0]["counts"]) people += c;
  BOOST_CHECK_EQUAL(people + v["competences"][0]["tooFew"].get<int>(), 20000);
  BOOST_TEST(seconds < 5.0);
}

BOOST_AUTO_TEST_SUITE_END()

#define BOOST_TEST_MODULE team
#include <boost/test/unit_test.hpp>

// The team overview through the API, and the attacks on its anonymity: a picture of 5 and
// then of the same 5 plus one (and the three-picture variant), comparison of overlapping
// sets, a hand-in code opened as a result, personal codes handed in, the ballot box, two
// collectors, team codes and the board overview. Each attack fails the test when the
// answer carries a picture (or figures) that would reveal one person's level.
#include <random>
#include <set>

#include "samenwijs/csv.hpp"
#include "samenwijs/result_code.hpp"
#include "samenwijs/team_code.hpp"
#include "team_fixture.hpp"

using namespace team_test;
using samenwijs::Json;
namespace tt = boost::test_tools;

namespace {

// Six colleagues with different answers; person 5 (the sixth) is "the newcomer" whose
// level must never come out.
const std::vector<std::vector<int>> kPeople = {{3, 4, 2}, {5, 2, 4}, {2, 2, 3}, {4, 6, 1}, {1, 3, 5}, {6, 6, 6}, {2, 5, 3},
                                               {3, 3, 3}, {4, 1, 2}, {5, 5, 4}, {1, 1, 1}, {6, 2, 4}, {2, 4, 6}};

struct Team {
  std::string round;
  std::vector<std::string> codes;  // one per person, from their own device
};

Team makeTeam(std::mt19937_64& rng, std::size_t people, int minGroupSize = 5) {
  Team t{startRound(rng, 1, minGroupSize), {}};
  for (std::size_t p = 0; p < people; ++p) t.codes.push_back(handIn(t.round, hex(rng, 16), answersJson(teacher(), kPeople[p % kPeople.size()]))[0]);
  return t;
}

std::vector<std::string> pick(const Team& t, std::initializer_list<std::size_t> who) {
  std::vector<std::string> out;
  for (auto i : who) out.push_back(t.codes[i]);
  return out;
}

Json teamCall(const Team& t, const std::vector<std::string>& codes, const std::string& history = "") {
  return okValueOf("team", {{"round", t.round}, {"history", history}, {"name", "Teamscan najaar 2026"}}, lines(codes));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rounds)

BOOST_AUTO_TEST_CASE(round_code_is_short_and_says_what_it_is) {
  std::mt19937_64 rng(1);
  const std::string code = startRound(rng, 2, 7);
  BOOST_TEST(code.substr(0, 4) == "RN1-");
  BOOST_TEST(code.size() <= 30u);
  const Json info = okValueOf("roundInfo", {{"round", code}});
  BOOST_TEST(info["framework"] == "leraar");
  BOOST_TEST(info["minGroupSize"] == 7);
  BOOST_TEST(info["collectors"] == 2);
  // Lower case and spaces typed in the middle are fine.
  std::string typed = code;
  for (auto& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  typed.insert(8, " \xE2\x80\x8B ");
  BOOST_TEST(okValueOf("roundInfo", {{"round", typed}})["code"] == code);
}

BOOST_AUTO_TEST_CASE(minimum_group_size_is_never_below_five) {
  std::mt19937_64 rng(2);
  for (const Json& bad : {Json(4), Json(4.5), Json(200000), Json("5")}) {
    const Json e = expectErrorOf("roundStart", {{"framework", "leraar"}, {"minGroupSize", bad}, {"random", hex(rng, 5)}}, "invalid_argument");
    BOOST_TEST(contains(e, "heel getal van 5 tot 10000"));
  }
  BOOST_TEST(okValueOf("roundStart", {{"framework", "leraar"}, {"minGroupSize", 12}, {"random", hex(rng, 5)}})["minGroupSize"] == 12);
}

BOOST_AUTO_TEST_CASE(picture_only_from_the_minimum) {
  std::mt19937_64 rng(3);
  const Team t = makeTeam(rng, 5);
  const Json four = teamCall(t, pick(t, {0, 1, 2, 3}));
  BOOST_TEST(four["shown"] == false);
  BOOST_TEST(!four.contains("picture"));
  BOOST_TEST(!four.contains("teamCode"));
  BOOST_TEST(contains(four["message"].get<std::string>(), "vanaf 5"));
  const Json five = teamCall(t, t.codes);
  BOOST_TEST(five["shown"] == true);
  BOOST_TEST(five["picture"]["participants"] == 5);
}

BOOST_AUTO_TEST_CASE(counts_are_the_levels_of_the_hand_ins) {
  std::mt19937_64 rng(4);
  const Team t = makeTeam(rng, 6);
  const Json answer = teamCall(t, t.codes);
  BOOST_REQUIRE(answer["shown"] == true);
  for (std::size_t c = 0; c < 17; ++c) {
    std::vector<long long> expected(6, 0);
    for (std::size_t p = 0; p < 6; ++p) ++expected[static_cast<std::size_t>(kPeople[p][c % 3] - 1)];
    BOOST_TEST(countsOf(answer["picture"], c) == expected, tt::per_element());
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(attacks)

// 5 codes, then the same 5 plus one: the difference would be the sixth person.
BOOST_AUTO_TEST_CASE(five_then_five_plus_one_is_refused) {
  std::mt19937_64 rng(10);
  const Team t = makeTeam(rng, 6);
  const Json first = teamCall(t, pick(t, {0, 1, 2, 3, 4}));
  BOOST_REQUIRE(first["shown"] == true);
  const Json second = teamCall(t, t.codes, first["history"].get<std::string>());
  BOOST_TEST(second["shown"] == false);
  BOOST_TEST(!second.contains("picture"));
  BOOST_TEST(!second.contains("teamCode"));
  BOOST_TEST(second["refused"] == "differencing");
  BOOST_TEST(contains(second["message"].get<std::string>(), "verschilt maar 1 inlevercode"));
  // And one removed (5 of the 6 after showing all 6) is refused the same way.
  const Json all = teamCall(t, t.codes);
  const Json less = teamCall(t, pick(t, {0, 1, 2, 3, 5}), all["history"].get<std::string>());
  BOOST_TEST(less["shown"] == false);
  BOOST_TEST(!less.contains("picture"));
}

// Without the guard the attack works: this shows the test would catch a broken guard.
BOOST_AUTO_TEST_CASE(the_attack_reveals_a_level_without_the_guard) {
  std::mt19937_64 rng(11);
  const Team t = makeTeam(rng, 6);
  const Json a = teamCall(t, pick(t, {0, 1, 2, 3, 4}));
  const Json b = teamCall(t, t.codes);  // no history: another device
  for (std::size_t c = 0; c < 17; ++c) {
    const auto ca = countsOf(a["picture"], c), cb = countsOf(b["picture"], c);
    int changed = -1;
    for (std::size_t l = 0; l < 6; ++l) {
      if (cb[l] != ca[l]) changed = static_cast<int>(l) + 1;
    }
    BOOST_TEST(changed == kPeople[5][c % 3]);
  }
}

BOOST_AUTO_TEST_CASE(growing_by_whole_groups_is_allowed_and_reshowing_is_too) {
  std::mt19937_64 rng(12);
  const Team t = makeTeam(rng, 13);
  const Json five = teamCall(t, pick(t, {0, 1, 2, 3, 4}));
  const Json ten = teamCall(t, pick(t, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}), five["history"].get<std::string>());
  BOOST_TEST(ten["shown"] == true);
  // 12 after 10: two new people form a group of two.
  const Json twelve = teamCall(t, pick(t, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}), ten["history"].get<std::string>());
  BOOST_TEST(twelve["shown"] == false);
  BOOST_TEST(!twelve.contains("picture"));
  // The same ten again (in another order, with a duplicate) is fine.
  const Json again = teamCall(t, pick(t, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 0}), twelve["history"].get<std::string>());
  BOOST_TEST(again["shown"] == true);
  BOOST_TEST(again["duplicates"] == 1);
}

// Three pictures A+p, A+B and B, each pair differing by 5 or more: (A+p) - (A+B) + B = p.
BOOST_AUTO_TEST_CASE(three_pictures_cannot_isolate_one_person) {
  std::mt19937_64 rng(13);
  const Team t = makeTeam(rng, 11);
  const Json ap = teamCall(t, pick(t, {0, 1, 2, 3, 4, 10}));
  BOOST_REQUIRE(ap["shown"] == true);
  const Json ab = teamCall(t, pick(t, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}), ap["history"].get<std::string>());
  BOOST_TEST(ab["shown"] == false);  // A+B after A+p: p alone would be a group of one
  BOOST_TEST(!ab.contains("picture"));
  const Json b = teamCall(t, pick(t, {5, 6, 7, 8, 9}), ap["history"].get<std::string>());
  BOOST_TEST(b["shown"] == true);  // disjoint: fine
  const Json abAfter = teamCall(t, pick(t, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}), b["history"].get<std::string>());
  BOOST_TEST(abAfter["shown"] == false);
  BOOST_TEST(!abAfter.contains("picture"));
}

// Four made-up hand-ins plus one real one cannot be told apart without identities: this
// documents the limit (the privacy model names it), it is not a protection.
BOOST_AUTO_TEST_CASE(made_up_codes_are_a_documented_limit) {
  std::mt19937_64 rng(14);
  const Team t = makeTeam(rng, 1);
  std::vector<std::string> codes = {t.codes[0]};
  for (int i = 0; i < 4; ++i) codes.push_back(handIn(t.round, hex(rng, 16), answersJson(teacher(), {1}))[0]);
  const Json answer = teamCall(t, codes);
  BOOST_TEST(answer["shown"] == true);
  BOOST_TEST(answer["picture"]["participants"] == 5);
}

BOOST_AUTO_TEST_CASE(a_damaged_history_shows_nothing) {
  std::mt19937_64 rng(15);
  const Team t = makeTeam(rng, 6);
  const Json first = teamCall(t, pick(t, {0, 1, 2, 3, 4}));
  std::string history = first["history"].get<std::string>();
  history[history.size() - 3] = history[history.size() - 3] == 'A' ? 'B' : 'A';
  expectErrorOf("team", {{"round", t.round}, {"history", history}}, "history_invalid");
  // The history of another round does not lift the guard either.
  const Team other = makeTeam(rng, 5);
  const Json otherFirst = teamCall(other, other.codes);
  const Json e = envelope(api().call("team", samenwijs::dumpJson({{"round", t.round}, {"history", otherFirst["history"]}}), lines(t.codes)));
  BOOST_TEST(e["ok"] == false);
}

// Two sets of one round are never compared; rounds are compared by means only.
BOOST_AUTO_TEST_CASE(comparison_of_overlapping_sets_is_refused) {
  std::mt19937_64 rng(16);
  const Team t = makeTeam(rng, 11);
  const Json five = teamCall(t, pick(t, {0, 1, 2, 3, 4}));
  const Json ten = teamCall(t, pick(t, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}), five["history"].get<std::string>());
  BOOST_REQUIRE(ten["shown"] == true);
  const Json e = expectErrorOf("teamCompare", {{"earlier", five["teamCode"]}, {"later", ten["teamCode"]}}, "same_round");
  BOOST_TEST(contains(e, "dezelfde ronde"));
  // Another round (spring): compared, with means and no counts per level.
  const Team spring = makeTeam(rng, 6);
  const Json springPicture = teamCall(spring, spring.codes);
  const Json cmp = okValueOf("teamCompare", {{"earlier", five["teamCode"]}, {"later", springPicture["teamCode"]}});
  for (const Json& c : cmp["competences"]) {
    BOOST_TEST(!c.contains("earlierCounts"));
    BOOST_TEST(!c.contains("laterCounts"));
    BOOST_TEST(!c.contains("counts"));
    // The change is the difference of the rounded means shown beside it.
    if (!c["change"].is_null()) {
      BOOST_TEST(std::round((c["later"].get<double>() - c["earlier"].get<double>()) * 10) / 10 == c["change"].get<double>());
    }
  }
  BOOST_TEST(cmp["earlierCount"] == 5);
  BOOST_TEST(cmp["laterCount"] == 6);
}

// A hand-in code cannot be opened as one person's result anywhere.
BOOST_AUTO_TEST_CASE(a_hand_in_code_does_not_open_as_a_result) {
  std::mt19937_64 rng(17);
  const Team t = makeTeam(rng, 1);
  const std::string code = t.codes[0];
  // Whatever code the zelfscan gives its refusal, it is a refusal without figures.
  for (const auto& [method, args] : std::vector<std::pair<std::string, Json>>{
           {"decodeResult", {{"code", code}}}, {"profile", {{"code", code}}},
           {"compare", {{"earlier", {{"code", code}}}, {"later", {{"code", code}}}}}}) {
    const Json answer = envelope(api().call(method, samenwijs::dumpJson(args)));
    BOOST_TEST(answer["ok"] == false, method);
    BOOST_TEST(!answer.contains("value"));
  }
  expectErrorOf("teamPicture", {{"code", code}}, "invalid_argument");
  const Json board = okValueOf("board", {{"text", code}});
  BOOST_TEST(board["shown"] == false);
  BOOST_TEST(board["rejected"][0]["code"] == "not_a_team_code");
}

BOOST_AUTO_TEST_CASE(a_hand_in_code_holds_levels_not_item_answers) {
  std::mt19937_64 rng(18);
  const std::string round = startRound(rng);
  // Two people with different item answers but the same level per competence hand in
  // codes that differ only in their tag: nothing of the items is in there.
  Json a = answersJson(teacher(), {3});
  Json b = a;
  const auto& items = teacher().domains[0].competences[0].items;
  a[items[0].id] = 2;
  a[items[1].id] = 4;  // mean 3 as well
  const std::string salt = hex(rng, 16);
  BOOST_TEST(handIn(round, salt, a)[0] == handIn(round, salt, b)[0]);
}

BOOST_AUTO_TEST_CASE(personal_codes_and_files_are_refused_with_the_reason) {
  std::mt19937_64 rng(19);
  const Team t = makeTeam(rng, 5);
  const std::string personal = samenwijs::encodeResult(teacher(), samenwijs::Answers(samenwijs::itemCount(teacher()), 4));
  std::string lower = personal;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const Json answer = okValueOf("team", {{"round", t.round}}, lines({personal, "SW2-ABCDEF", lower}) + lines(t.codes));
  BOOST_TEST(answer["accepted"] == 5);
  BOOST_TEST(answer["rejectedCount"] == 3);
  for (const Json& r : answer["rejected"]) {
    BOOST_TEST(r["code"] == "personal_code");
    BOOST_TEST(contains(r["reason"].get<std::string>(), "inlevercode"));
  }
  const Json files = okValueOf("team", {{"round", t.round}, {"files", {{{"name", "uitslag.json"}, {"text", "{\"format\":\"samenwijs-zelfscan\",\"code\":\"" + personal + "\"}"}}}}}, lines(t.codes));
  BOOST_TEST(files["rejected"][0]["code"] == "personal_file");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hand_in_identity)

BOOST_AUTO_TEST_CASE(equal_answers_on_two_devices_count_twice_and_one_device_once) {
  std::mt19937_64 rng(20);
  const std::string round = startRound(rng);
  const Json same = answersJson(teacher(), {3});
  const std::string deviceA = hex(rng, 16), deviceB = hex(rng, 16);
  const std::string a1 = handIn(round, deviceA, same)[0], a2 = handIn(round, deviceA, same)[0];
  const std::string b = handIn(round, deviceB, same)[0];
  BOOST_TEST(a1 == a2);
  BOOST_TEST(a1 != b);
  std::vector<std::string> codes = {a1, a2, b};
  for (int i = 0; i < 3; ++i) codes.push_back(handIn(round, hex(rng, 16), same)[0]);
  const Json answer = okValueOf("team", {{"round", round}}, lines(codes));
  BOOST_TEST(answer["accepted"] == 5);
  BOOST_TEST(answer["duplicates"] == 1);
  BOOST_TEST(answer["shown"] == true);
}

BOOST_AUTO_TEST_CASE(a_new_hand_in_from_the_same_device_replaces_the_old_one) {
  std::mt19937_64 rng(21);
  const std::string round = startRound(rng);
  const std::string device = hex(rng, 16);
  std::vector<std::string> codes = {handIn(round, device, answersJson(teacher(), {1}))[0], handIn(round, device, answersJson(teacher(), {6}))[0]};
  for (int i = 0; i < 4; ++i) codes.push_back(handIn(round, hex(rng, 16), answersJson(teacher(), {3}))[0]);
  const Json answer = okValueOf("team", {{"round", round}}, lines(codes));
  BOOST_TEST(answer["accepted"] == 5);
  BOOST_TEST(answer["replaced"] == 1);
  BOOST_TEST(countsOf(answer["picture"], 0) == (std::vector<long long>{0, 0, 4, 0, 0, 1}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(codes_of_one_device_in_two_rounds_are_not_linkable) {
  std::mt19937_64 rng(22);
  const std::string r1 = startRound(rng), r2 = startRound(rng);
  const std::string device = hex(rng, 16);
  const Json answers = answersJson(teacher(), {2, 5});
  const std::string c1 = handIn(r1, device, answers)[0], c2 = handIn(r2, device, answers)[0];
  // Tag characters (after the round and framework bytes) differ; so does the round part.
  BOOST_TEST(c1 != c2);
  BOOST_TEST(c1.substr(4, 24) != c2.substr(4, 24));
  const Json e = okValueOf("team", {{"round", r2}}, c1);
  BOOST_TEST(e["rejected"][0]["code"] == "other_round");
}

BOOST_AUTO_TEST_CASE(codes_separated_in_every_way_and_typed_loosely_are_read) {
  std::mt19937_64 rng(23);
  const Team t = makeTeam(rng, 6);
  std::string broken = t.codes[3];
  for (auto& c : broken) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  broken.insert(10, " ");
  broken.insert(20, "\xE2\x80\x8B");  // zero-width space
  const std::string text = t.codes[0] + ", " + t.codes[1] + "\t" + t.codes[2] + " \r\n" + broken + ";" + t.codes[4] + "  " + t.codes[5];
  const Json answer = okValueOf("team", {{"round", t.round}}, text);
  BOOST_TEST(answer["accepted"] == 6);
  BOOST_TEST(answer["rejectedCount"] == 0);
}

// An i-coach pastes the e-mails as they came: a greeting, the code, "Groetjes". The words
// after a code must not be glued onto it (that made every code invalid), and a code that
// wrapped across lines still joins up, also with a word after it on the same line.
BOOST_AUTO_TEST_CASE(codes_in_pasted_e_mails_count_and_the_words_around_them_are_listed_apart) {
  std::mt19937_64 rng(25);
  const Team t = makeTeam(rng, 6);
  std::string mails;
  for (std::size_t p = 0; p < t.codes.size(); ++p) {
    const std::string& code = t.codes[p];
    const std::string shown = p == 2 ? code.substr(0, 30) + "\n" + code.substr(30) + " groetjes" : code;
    mails += "Hoi Anne,\n\nHier is mijn inlevercode:\n" + shown + "\n\nGroetjes,\nPiet\n\n";
  }
  const Json answer = okValueOf("team", {{"round", t.round}}, mails);
  BOOST_TEST(answer["accepted"] == 6);
  BOOST_TEST(answer["shown"] == true);
  // The greetings and signatures: one run of words before the first code and one after
  // each code, each listed as skipped text (not counted, not silently dropped) at the line
  // where it starts. Nothing is rejected: no code was wrong.
  BOOST_TEST(answer["rejectedCount"] == 0);
  BOOST_TEST(answer["skippedCount"] == 7);
  BOOST_TEST(answer["skipped"][0] == "regel 1");
  BOOST_TEST(answer["skipped"][1] == "regel 6");
  // The same codes from a file read the same way, labelled with the file's name.
  const Json file = okValueOf("team", {{"round", t.round}, {"files", {{{"name", "mails.txt"}, {"text", mails}}}}});
  BOOST_TEST(file["accepted"] == 6);
  BOOST_TEST(file["skipped"][1] == "mails.txt, regel 6");
}

// School mails are full of words with a hyphen after two or three letters ("ict-coach",
// "po-school", "co-teaching", "10-12 uur"), some even of a code's shape ("MP3-speler").
// They are text, not wrong codes: only the letters of Samenwijs' codes with a digit and a
// hyphen (SW1-, IN1-, TM1-) start a code, so a later version's IN2- or a damaged in1- is
// still refused with its reason, and ZZ9- is skipped like any other word.
BOOST_AUTO_TEST_CASE(words_with_a_short_hyphenated_start_are_text_not_rejected_codes) {
  std::mt19937_64 rng(28);
  const Team t = makeTeam(rng, 5);
  std::string mails;
  for (const auto& code : t.codes) {
    mails += "Hoi,\nAls ict-coach op onze po-school stuur ik mijn code (co-teaching, ICT-beleid, A4-papier, 3D-printer,\n"
             "maandag 10-12 uur, de MP3-speler en PS5-game van de ouderavond):\n" + code + "\nGroet, de mbo-docent\n\n";
  }
  const Json answer = okValueOf("team", {{"round", t.round}}, mails + "ZZ9-ABCDEFGH\nIN2-ABCDEFGH\nin1-abcdefgh\n");
  BOOST_TEST(answer["accepted"] == 5);
  BOOST_TEST(answer["rejectedCount"] == 2);
  BOOST_TEST(answer["rejected"][0]["label"] == "regel 32");
  BOOST_TEST(answer["rejected"][1]["label"] == "regel 33");
  // One run of text before each code and one after it (before the next mail's code, and
  // the last one with ZZ9-ABCDEFGH in it).
  BOOST_TEST(answer["skippedCount"] == 6);
  BOOST_TEST(answer["skipped"][0] == "regel 1");
  BOOST_TEST(answer["skipped"][1] == "regel 5");
  // A file of such mails is read, not refused as a file without codes.
  const Json file = okValueOf("team", {{"round", t.round}, {"files", {{{"name", "mails.txt"}, {"text", mails}}}}});
  BOOST_TEST(file["accepted"] == 5);
  BOOST_TEST(file["rejectedCount"] == 0);
}

BOOST_AUTO_TEST_CASE(a_damaged_code_with_words_after_it_is_reported_at_its_line) {
  std::mt19937_64 rng(26);
  const Team t = makeTeam(rng, 6);
  std::string damaged = t.codes[5];
  damaged[20] = damaged[20] == 'A' ? 'B' : 'A';
  const Json answer = okValueOf("team", {{"round", t.round}}, lines(pick(t, {0, 1, 2, 3, 4})) + damaged + " groetjes\n");
  BOOST_TEST(answer["accepted"] == 5);
  BOOST_TEST(answer["rejectedCount"] == 1);
  BOOST_TEST(answer["rejected"][0]["label"] == "regel 6");
  BOOST_TEST(answer["rejected"][0]["code"] == "checksum");
  BOOST_TEST(answer["skippedCount"] == 0);
}

// The board reads team codes from e-mails the same way; a hand-in code among them is
// still refused as one (it starts like a code), a greeting is only skipped.
BOOST_AUTO_TEST_CASE(the_board_reads_team_codes_from_e_mails_and_refuses_other_codes) {
  std::mt19937_64 rng(27);
  std::string mails;
  for (const std::string school : {"De Regenboog", "Het Baken"}) {
    const Team t = makeTeam(rng, 6);
    const std::string code = okValueOf("team", {{"round", t.round}, {"school", school}}, lines(t.codes))["teamCode"].get<std::string>();
    mails += "Beste bestuur,\nHierbij de teamcode van " + school + ":\n" + code + "\nMet vriendelijke groet,\nde directie\n";
  }
  const Team other = makeTeam(rng, 5);
  const Json board = okValueOf("board", Json::object(), mails + other.codes[0] + " groet\n");
  BOOST_TEST(board["schools"].size() == 2u);
  BOOST_TEST(board["shown"] == true);
  BOOST_TEST(board["rejectedCount"] == 1);
  BOOST_TEST(board["rejected"][0]["code"] == "not_a_team_code");
  // Before, between and after the two mails, and the word after the hand-in code.
  BOOST_TEST(board["skippedCount"] == 4);
}

BOOST_AUTO_TEST_CASE(a_binary_or_foreign_file_gets_one_message) {
  std::mt19937_64 rng(24);
  const Team t = makeTeam(rng, 5);
  std::string binary = "\x89PNG\r\n\x1a\n";
  binary += std::string(200, '\0');
  std::string letter;
  for (int i = 0; i < 50; ++i) letter += "Beste collega, hierbij de agenda voor dinsdag.\n";
  const Json answer = okValueOf("team", {{"round", t.round}, {"files", {{{"name", "foto.png"}, {"text", binary}}, {{"name", "brief.txt"}, {"text", letter}}, {{"name", "codes.txt"}, {"text", lines(t.codes)}}}}});
  BOOST_TEST(answer["accepted"] == 5);
  BOOST_TEST(answer["rejectedCount"] == 2);
  BOOST_TEST(answer["rejected"][0]["label"] == "foto.png");
  BOOST_TEST(answer["rejected"][1]["label"] == "brief.txt");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(ballot_box)

BOOST_AUTO_TEST_CASE(keeps_totals_only_and_opens_from_the_minimum) {
  std::mt19937_64 rng(30);
  const Team t = makeTeam(rng, 6);
  std::string totals;
  for (std::size_t i = 0; i < 6; ++i) {
    const Json step = okValueOf("ballotAdd", {{"round", t.round}, {"totals", totals}, {"code", t.codes[i]}});
    totals = step["totals"].get<std::string>();
    BOOST_TEST(step["count"] == i + 1);
    BOOST_TEST(totals.find(t.codes[i].substr(4, 20)) == std::string::npos);
    if (i == 3) {
      const Json e = expectErrorOf("ballotClose", {{"round", t.round}, {"totals", totals}}, "too_small");
      BOOST_TEST(contains(e, "4 ingeleverd"));
    }
  }
  // The running totals are not a team code: they do not open as a picture.
  expectErrorOf("teamPicture", {{"code", totals}}, "invalid_argument");
  const Json closed = okValueOf("ballotClose", {{"round", t.round}, {"totals", totals}, {"name", "Vergadering"}});
  const Json pasted = teamCall(t, t.codes);
  BOOST_TEST(closed["picture"]["competences"] == pasted["picture"]["competences"]);
  // Closing again with other totals for the same round on this device: refused.
  const Json five = okValueOf("ballotAdd", {{"round", t.round}, {"totals", ""}, {"code", t.codes[0]}});
  std::string other = five["totals"].get<std::string>();
  for (std::size_t i = 1; i < 5; ++i) other = okValueOf("ballotAdd", {{"round", t.round}, {"totals", other}, {"code", t.codes[i]}})["totals"].get<std::string>();
  expectErrorOf("ballotClose", {{"round", t.round}, {"totals", other}, {"history", closed["history"]}}, "differencing");
  BOOST_TEST(okValueOf("ballotClose", {{"round", t.round}, {"totals", totals}, {"history", closed["history"]}})["picture"]["participants"] == 6);
}

BOOST_AUTO_TEST_CASE(refuses_personal_codes_and_other_rounds) {
  std::mt19937_64 rng(31);
  const Team t = makeTeam(rng, 1);
  const Team other = makeTeam(rng, 1);
  const Json e1 = expectErrorOf("ballotAdd", {{"round", t.round}, {"code", samenwijs::encodeResult(teacher(), samenwijs::Answers(samenwijs::itemCount(teacher()), 2))}}, "invalid_argument");
  BOOST_TEST(contains(e1, "inlevercode"));
  expectErrorOf("ballotAdd", {{"round", t.round}, {"code", other.codes[0]}}, "invalid_argument");
}

// A short scan on the ballot-box device: {competence id: level} for person p.
Json shortScanOf(std::size_t p) {
  Json scan = Json::object();
  std::size_t k = 0;
  for (const auto& d : teacher().domains) {
    for (const auto& c : d.competences) scan[c.id] = kPeople[p][k++ % 3];
  }
  return scan;
}

BOOST_AUTO_TEST_CASE(short_scans_on_the_device_count_like_hand_in_codes) {
  std::mt19937_64 rng(32);
  const Team t = makeTeam(rng, 6);
  // Three colleagues hand in a code, three answer the short scan on the device: one level
  // per competence gives the same team levels as a full scan with every item at that level.
  std::string totals;
  for (std::size_t i = 0; i < 6; ++i) {
    Json args = {{"round", t.round}, {"totals", totals}};
    if (i % 2 == 0) args["code"] = t.codes[i]; else args["scan"] = shortScanOf(i);
    const Json step = okValueOf("ballotAdd", args);
    BOOST_TEST(step.size() == 2u);  // totals and count, nothing of the person
    BOOST_TEST(step["count"] == i + 1);
    totals = step["totals"].get<std::string>();
  }
  const Json closed = okValueOf("ballotClose", {{"round", t.round}, {"totals", totals}, {"name", "Vergadering"}});
  const Json pasted = teamCall(t, t.codes);
  BOOST_TEST(closed["picture"]["competences"] == pasted["picture"]["competences"]);
  BOOST_TEST(closed["picture"]["domains"] == pasted["picture"]["domains"]);
  BOOST_TEST(closed["picture"]["participants"] == 6);
}

BOOST_AUTO_TEST_CASE(short_scan_na_counts_as_too_few_answers_and_domains_round_the_mean) {
  std::mt19937_64 rng(33);
  const std::string round = startRound(rng);
  const auto& fw = teacher();
  Json scan = Json::object();
  // Domain 1: levels 2, 3, n.v.t., 3 -> mean 2.67 -> 3; the other domains: all 5.
  const std::vector<int> first = {2, 3, 0, 3};
  for (std::size_t d = 0; d < fw.domains.size(); ++d) {
    for (std::size_t c = 0; c < fw.domains[d].competences.size(); ++c) scan[fw.domains[d].competences[c].id] = d == 0 ? first[c] : 5;
  }
  std::string totals;
  for (int i = 0; i < 5; ++i) totals = okValueOf("ballotAdd", {{"round", round}, {"totals", totals}, {"scan", scan}})["totals"].get<std::string>();
  const Json picture = okValueOf("ballotClose", {{"round", round}, {"totals", totals}})["picture"];
  BOOST_TEST(countsOf(picture, 0) == (std::vector<long long>{0, 5, 0, 0, 0, 0}));
  BOOST_TEST(countsOf(picture, 2) == (std::vector<long long>{0, 0, 0, 0, 0, 0}));
  BOOST_TEST(picture["competences"][2]["tooFew"] == 5);
  BOOST_TEST(picture["domains"][0]["counts"] == Json({0, 0, 5, 0, 0, 0}));
  BOOST_TEST(picture["domains"][1]["counts"] == Json({0, 0, 0, 0, 5, 0}));
}

BOOST_AUTO_TEST_CASE(short_scan_refuses_incomplete_or_foreign_answers) {
  std::mt19937_64 rng(34);
  const std::string round = startRound(rng);
  const auto& fw = teacher();
  const std::string firstTitle = fw.domains[0].competences[0].title;
  Json missing = shortScanOf(0);
  missing.erase(fw.domains[0].competences[0].id);
  const Json e1 = expectErrorOf("ballotAdd", {{"round", round}, {"scan", missing}}, "invalid_argument");
  BOOST_TEST(contains(e1, "Nog open: " + firstTitle));
  BOOST_TEST(!contains(e1, fw.domains[0].competences[0].id));  // titles, never ids
  for (const Json& bad : {Json(7), Json(-1), Json(2.5), Json("3"), Json(nullptr)}) {
    Json scan = shortScanOf(0);
    scan[fw.domains[0].competences[0].id] = bad;
    const Json e = expectErrorOf("ballotAdd", {{"round", round}, {"scan", scan}}, "invalid_argument");
    BOOST_TEST(contains(e, firstTitle));
  }
  Json foreign = shortScanOf(0);
  foreign["leidinggevende-integratie-visie"] = 3;
  expectErrorOf("ballotAdd", {{"round", round}, {"scan", foreign}}, "invalid_argument");
  Json none = shortScanOf(0);
  for (auto& v : none) v = 0;
  const Json e2 = expectErrorOf("ballotAdd", {{"round", round}, {"scan", none}}, "invalid_argument");
  BOOST_TEST(contains(e2, "minstens één competentie"));
  expectErrorOf("ballotAdd", {{"round", round}, {"scan", Json::array({3, 3})}}, "invalid_argument");
  // A two-collector round has no ballot box, also not for short scans.
  expectErrorOf("ballotAdd", {{"round", startRound(rng, 2)}, {"scan", shortScanOf(0)}}, "invalid_argument");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(two_collectors)

BOOST_AUTO_TEST_CASE(partial_codes_combine_to_the_same_picture) {
  std::mt19937_64 rng(40);
  const std::string round = startRound(rng, 2);
  const std::string plainRound = startRound(rng, 1);
  std::vector<std::string> one, two, plain;
  for (std::size_t p = 0; p < 6; ++p) {
    const std::string salt = hex(rng, 16);
    const auto codes = handIn(round, salt, answersJson(teacher(), kPeople[p]));
    BOOST_REQUIRE_EQUAL(codes.size(), 2u);
    one.push_back(codes[0]);
    two.push_back(codes[1]);
    plain.push_back(handIn(plainRound, salt, answersJson(teacher(), kPeople[p]))[0]);
  }
  const Json s1 = okValueOf("collectorSum", {{"round", round}, {"collector", 1}}, lines(one));
  const Json s2 = okValueOf("collectorSum", {{"round", round}, {"collector", 2}}, lines(two) + two[0]);
  BOOST_TEST(s1["participants"] == 6);
  BOOST_TEST(s2["duplicates"] == 1);
  // A share handed to the wrong collector is refused.
  const Json wrong = okValueOf("collectorSum", {{"round", round}, {"collector", 1}}, two[0]);
  BOOST_TEST(wrong["rejected"][0]["code"] == "wrong_collector");
  const Json combined = okValueOf("collectorCombine", {{"parts", {s2["partCode"], s1["partCode"]}}});
  const Json direct = okValueOf("team", {{"round", plainRound}}, lines(plain));
  BOOST_TEST(combined["picture"]["competences"] == direct["picture"]["competences"]);
  BOOST_TEST(combined["picture"]["domains"] == direct["picture"]["domains"]);
  // One part alone is not a picture.
  expectErrorOf("teamPicture", {{"code", s1["partCode"]}}, "invalid_argument");
  expectErrorOf("collectorCombine", {{"parts", {s1["partCode"], s1["partCode"]}}}, "invalid_argument");
  // Parts from different colleague sets do not combine into nonsense.
  const Json short1 = okValueOf("collectorSum", {{"round", round}, {"collector", 1}}, lines({one[0], one[1], one[2], one[3], one[4]}));
  const Json e = expectErrorOf("collectorCombine", {{"parts", {short1["partCode"], s2["partCode"]}}}, "invalid_argument");
  BOOST_TEST(contains(e, "telde 5"));
  // Below the minimum: no picture.
  const Json small1 = okValueOf("collectorSum", {{"round", round}, {"collector", 1}}, lines({one[0], one[1], one[2], one[3]}));
  const Json small2 = okValueOf("collectorSum", {{"round", round}, {"collector", 2}}, lines({two[0], two[1], two[2], two[3]}));
  expectErrorOf("collectorCombine", {{"parts", {small1["partCode"], small2["partCode"]}}}, "too_small");
  // Once shown on this device, another combination of the round is refused.
  const Json five1 = okValueOf("collectorSum", {{"round", round}, {"collector", 1}}, lines({one[0], one[1], one[2], one[3], one[4]}));
  const Json five2b = okValueOf("collectorSum", {{"round", round}, {"collector", 2}}, lines({two[0], two[1], two[2], two[3], two[4]}));
  expectErrorOf("collectorCombine", {{"parts", {five1["partCode"], five2b["partCode"]}}, {"history", combined["history"]}}, "differencing");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(team_codes_and_board)

BOOST_AUTO_TEST_CASE(team_code_carries_aggregates_and_reopens) {
  std::mt19937_64 rng(50);
  const Team t = makeTeam(rng, 6);
  const Json answer = okValueOf("team", {{"round", t.round}, {"name", "Teamscan najaar 2026"}, {"school", "De Regenboog"}}, lines(t.codes));
  const std::string code = answer["teamCode"].get<std::string>();
  BOOST_TEST(code.substr(0, 4) == "TM1-");
  const Json reopened = okValueOf("teamPicture", {{"code", code}});
  BOOST_TEST(reopened["roundName"] == "Teamscan najaar 2026");
  BOOST_TEST(reopened["school"] == "De Regenboog");
  BOOST_TEST(reopened["competences"] == answer["picture"]["competences"]);
  // Lower case and a line break in the middle still read.
  std::string loose = code;
  for (auto& c : loose) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  loose.insert(30, "\n");
  BOOST_TEST(okValueOf("teamPicture", {{"code", loose}})["participants"] == 6);
}

BOOST_AUTO_TEST_CASE(board_shows_schools_from_the_minimum_and_leaves_the_others_out_of_the_total) {
  std::mt19937_64 rng(51);
  std::vector<std::string> codes;
  const std::vector<std::pair<std::size_t, std::string>> schools = {{7, "De Regenboog"}, {6, "Het Baken"}, {5, "De Klimop"}};
  for (const auto& [people, name] : schools) {
    const Team t = makeTeam(rng, people);
    codes.push_back(okValueOf("team", {{"round", t.round}, {"school", name}}, lines(t.codes))["teamCode"].get<std::string>());
  }
  const Json board = okValueOf("board", {{"minGroupSize", 6}}, lines(codes) + codes[0]);
  BOOST_TEST(board["schools"].size() == 3u);
  BOOST_TEST(board["duplicates"] == 1);
  BOOST_TEST(board["schools"][0]["shown"] == true);
  BOOST_TEST(board["schools"][2]["shown"] == false);
  BOOST_TEST(board["schools"][2]["name"] == "De Klimop");
  BOOST_TEST(!board["schools"][2].contains("means"));
  BOOST_TEST(board["picture"]["participants"] == 13);
  // Counts of the total are the sum of the two shown schools.
  const Json a = okValueOf("teamPicture", {{"code", codes[0]}}), b = okValueOf("teamPicture", {{"code", codes[1]}});
  for (std::size_t c = 0; c < 17; ++c) {
    for (std::size_t l = 0; l < 6; ++l) {
      BOOST_TEST(countsOf(board["picture"], c)[l] == countsOf(a, c)[l] + countsOf(b, c)[l]);
    }
  }
  const Json csv = okValueOf("boardCsv", {{"minGroupSize", 6}}, lines(codes));
  const std::string text = csv["text"].get<std::string>();
  BOOST_TEST(text.substr(0, 3) == "\xEF\xBB\xBF");
  BOOST_TEST(contains(text, "Het Baken"));
  BOOST_TEST(!contains(text, "De Klimop"));
}

BOOST_AUTO_TEST_CASE(board_refuses_other_frameworks_versions_and_parts) {
  std::mt19937_64 rng(52);
  const Team t = makeTeam(rng, 5);
  const std::string teacherCode = okValueOf("team", {{"round", t.round}}, lines(t.codes))["teamCode"].get<std::string>();
  // A leader round.
  const std::string leaderRound = startRound(rng, 1, 5, "leidinggevende");
  std::vector<std::string> leaderCodes;
  for (int i = 0; i < 5; ++i) leaderCodes.push_back(handIn(leaderRound, hex(rng, 16), answersJson(leader(), {4}))[0]);
  const std::string leaderTeam = okValueOf("team", {{"round", leaderRound}}, lines(leaderCodes))["teamCode"].get<std::string>();
  // A team code of another version of the teacher framework.
  samenwijs::Framework newer = teacher();
  newer.version += 1;
  samenwijs::TeamCode tc;
  tc.totals.reset(newer);
  tc.totals.participants = 5;
  const std::string newerCode = samenwijs::encodeTeamCode(tc);
  const Json board = okValueOf("board", Json::object(), lines({teacherCode, leaderTeam, newerCode}));
  BOOST_TEST(board["schools"].size() == 1u);
  BOOST_TEST(board["rejectedCount"] == 2);
  BOOST_TEST(board["rejected"][0]["code"] == "other_framework");
  BOOST_TEST(board["rejected"][1]["code"] == "other_version");
  BOOST_TEST(contains(board["rejected"][1]["reason"].get<std::string>(), "versie 2"));
}

BOOST_AUTO_TEST_CASE(csv_has_bom_and_neutralises_user_text) {
  std::mt19937_64 rng(53);
  const Team t = makeTeam(rng, 5);
  const Json answer = okValueOf("team", {{"round", t.round}, {"name", "=HYPERLINK(\"x\")"}}, lines(t.codes));
  const std::string text = okValueOf("teamCsv", {{"code", answer["teamCode"]}})["text"].get<std::string>();
  BOOST_TEST(text.substr(0, 3) == "\xEF\xBB\xBF");
  BOOST_TEST(contains(text, "'=HYPERLINK"));
  BOOST_TEST(!contains(text, ";=HYPERLINK"));
  BOOST_TEST(!contains(text, "\n=HYPERLINK"));
}

BOOST_AUTO_TEST_SUITE_END()

#define BOOST_TEST_MODULE agenda
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "samenwijs/agenda.hpp"
#include "samenwijs/api.hpp"
#include "samenwijs/suggest.hpp"
#include "test_support.hpp"

using samenwijs::Agenda;
using samenwijs::AgendaFormat;
using samenwijs::IssueList;
using samenwijs::Json;
using namespace samenwijs_test;

namespace {

const samenwijs::ContentIndex& index() { return api().content(); }

const samenwijs::Guide& guide(const std::string& id) {
  const samenwijs::Guide* g = index().guide(id);
  BOOST_REQUIRE_MESSAGE(g != nullptr, "no guide " << id);
  return *g;
}

bool endsWith(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

std::size_t countOf(const std::string& text, const std::string& fragment) {
  std::size_t n = 0;
  for (auto pos = text.find(fragment); pos != std::string::npos; pos = text.find(fragment, pos + 1)) ++n;
  return n;
}

// Reads `value` as an agenda; returns the issues (empty when it was read).
IssueList read(const Json& value, std::optional<Agenda>* out = nullptr) {
  IssueList issues;
  auto agenda = samenwijs::readAgenda(value, issues);
  BOOST_CHECK_EQUAL(agenda.has_value(), issues.empty());
  if (out) *out = agenda;
  return issues;
}

void expectIssue(const Json& value, const std::string& pointer, const std::string& fragment) {
  const IssueList issues = read(value);
  BOOST_TEST_CONTEXT(value.dump().substr(0, 200)) {
    BOOST_TEST(samenwijs_test::findIssue(issues, "agenda", pointer, fragment) != nullptr,
               "expected '" << fragment << "' at '" << pointer << "', got:\n" << samenwijs_test::formatAll(issues));
  }
}

// Independent weekday (0 = Sunday) from days since 1970-01-01 (Howard Hinnant's days_from_civil).
int weekdayOf(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  const long days = static_cast<long>(era) * 146097 + doe - 719468;
  return static_cast<int>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday (4)
}

std::string twoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// The ids used in the export tests.
struct Ids {
  const samenwijs::MainQuestion& mq = guide("leraar").mainQuestions[0];  // leraar-1a
  const samenwijs::Topic& topic = mq.topics[0];                          // leraar-1-1
  const samenwijs::MainQuestion& icoachMq = guide("icoach").mainQuestions[0];  // icoach-1a, same citation as leraar-1a
};

}  // namespace

// ---- reading an agenda -----------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(read_agenda)

BOOST_AUTO_TEST_CASE(valid_agenda) {
  const Ids ids;
  std::optional<Agenda> agenda;
  const Json value = {{"title", "Teamoverleg"}, {"date", "2026-11-24"}, {"notes", "Neem je laptop mee."}, {"version", 1},
                      {"items", {{{"id", ids.topic.questions[0].id}, {"note", "eerst"}}, {{"id", "bestaat-niet"}}}}};
  BOOST_TEST(read(value, &agenda).empty());
  BOOST_REQUIRE(agenda.has_value());
  BOOST_CHECK_EQUAL(agenda->title, "Teamoverleg");
  BOOST_CHECK_EQUAL(agenda->date, "2026-11-24");
  BOOST_CHECK_EQUAL(agenda->notes, "Neem je laptop mee.");
  BOOST_REQUIRE_EQUAL(agenda->items.size(), 2u);
  BOOST_CHECK_EQUAL(agenda->items[0].id, ids.topic.questions[0].id);
  BOOST_CHECK_EQUAL(agenda->items[0].note, "eerst");
  BOOST_CHECK_EQUAL(agenda->items[1].id, "bestaat-niet");  // unknown ids are kept
  BOOST_TEST(agenda->items[1].note.empty());
  // Everything optional.
  BOOST_TEST(read(Json::object(), &agenda).empty());
  BOOST_TEST(agenda->items.empty());
  BOOST_TEST(read(Json{{"date", ""}, {"items", Json::array()}}).empty());
  // Exactly 200 title bytes and 200 items are still allowed.
  BOOST_TEST(read(Json{{"title", std::string(200, 't')}}).empty());
  Json many = Json::array();
  for (int i = 0; i < 200; ++i) many.push_back({{"id", "x-" + std::to_string(i)}});
  BOOST_TEST(read(Json{{"items", many}}).empty());
}

BOOST_AUTO_TEST_CASE(shape_errors_with_pointers) {
  expectIssue(Json::array(), "", "verwacht een object");
  expectIssue(Json("agenda"), "", "verwacht een object");
  expectIssue(Json{{"items", Json::object()}}, "/items", "verwacht een lijst");
  expectIssue(Json{{"items", "leraar-1-1"}}, "/items", "verwacht een lijst");
  expectIssue(Json{{"items", {{{"id", "a"}}, {{"id", "b"}}, {{"id", "a"}}}}}, "/items/2/id", "deze vraag staat al op de agenda");
  expectIssue(Json{{"title", std::string(201, 't')}}, "/title", "de titel is te lang (hoogstens 200 tekens)");
  expectIssue(Json{{"title", 5}}, "/title", "de titel moet tekst zijn");
  expectIssue(Json{{"notes", std::string(20001, 'n')}}, "/notes", "te lang");
  expectIssue(Json{{"items", {{{"id", "a"}, {"note", 5}}}}}, "/items/0/note", "de aantekening moet tekst zijn");
  expectIssue(Json{{"items", {{{"id", "a"}, {"note", nullptr}}}}}, "/items/0/note", "de aantekening moet tekst zijn");
  expectIssue(Json{{"items", {{{"id", "a"}, {"note", std::string(20001, 'n')}}}}}, "/items/0/note", "te lang");
  expectIssue(Json{{"titel", "x"}}, "/titel", "onbekend veld 'titel'");
  expectIssue(Json{{"items", {{{"id", "a"}, {"notitie", "x"}}}}}, "/items/0/notitie", "onbekend veld 'notitie'");
  expectIssue(Json{{"items", {{{"note", "x"}}}}}, "/items/0/id", "verplicht veld ontbreekt");
  expectIssue(Json{{"items", {{{"id", 3}}}}}, "/items/0/id", "verwacht tekst");
  expectIssue(Json{{"items", {{{"id", "  "}}}}}, "/items/0/id", "mag niet leeg zijn");
  expectIssue(Json{{"items", {"leraar-1-1"}}}, "/items/0", "verwacht een object");
  Json tooMany = Json::array();
  for (int i = 0; i < 201; ++i) tooMany.push_back({{"id", "x-" + std::to_string(i)}});
  expectIssue(Json{{"items", tooMany}}, "/items", "hoogstens 200 punten");
  // All problems at once.
  BOOST_CHECK_EQUAL(read(Json{{"titel", 1}, {"date", "gisteren"}, {"items", Json::object()}}).size(), 3u);
}

// The merge clock of an agenda open in two tabs (web/js/agenda-merge.js): accepted when it
// has the right shape, refused with a pointer otherwise.
BOOST_AUTO_TEST_CASE(sync_stamps) {
  const Json sync = {{"title", 1764600000000LL}, {"date", 0}, {"notes", 1}, {"order", 2},
                     {"note", {{"a", 1764600000001LL}}}, {"added", {{"a", 3}}}, {"removed", {{"b", 4}}}};
  BOOST_TEST(read(Json{{"items", {{{"id", "a"}}}}, {"sync", sync}}).empty());
  BOOST_TEST(read(Json{{"sync", Json::object()}}).empty());
  expectIssue(Json{{"sync", 5}}, "/sync", "verwacht een object");
  expectIssue(Json{{"sync", {{"titel", 1}}}}, "/sync/titel", "onbekend veld 'titel'");
  expectIssue(Json{{"sync", {{"title", -1}}}}, "/sync/title", "");
  expectIssue(Json{{"sync", {{"note", {{"a", "gisteren"}}}}}}, "/sync/note/a", "tijdstempel");
  expectIssue(Json{{"sync", {{"removed", {{"a", 1.5}}}}}}, "/sync/removed/a", "tijdstempel");
  expectIssue(Json{{"sync", {{"added", Json::array()}}}}, "/sync/added", "verwacht een object");
  Json many = Json::object();
  for (int i = 0; i < 401; ++i) many["x-" + std::to_string(i)] = 1;
  expectIssue(Json{{"sync", {{"removed", many}}}}, "/sync/removed", "te veel tijdstempels");
}

BOOST_AUTO_TEST_CASE(bad_dates) {
  for (const Json& date : {Json("2026-02-30"), Json("2026-13-01"), Json("24-11-2026"), Json("2026-00-10"),
                           Json("2026-11-00"), Json("2026-11-31"), Json("2026-1-01"), Json("2026/11/24"),
                           Json("2026-11-24T10:00"), Json(" 2026-11-24"), Json("1899-12-31"), Json("2201-01-01"),
                           Json("2023-02-29"), Json("1900-02-29"), Json("2100-02-29"), Json("２026-11-24"),
                           Json(20261124), Json(nullptr), Json::array()}) {
    BOOST_TEST_CONTEXT(date.dump()) { expectIssue(Json{{"date", date}}, "/date", "de datum moet de vorm jjjj-mm-dd hebben"); }
  }
  for (const std::string date : {"2024-02-29", "2000-02-29", "2026-12-31", "1900-01-01", "2200-12-31"}) {
    std::optional<Agenda> agenda;
    BOOST_TEST(read(Json{{"date", date}}, &agenda).empty(), date);
    if (agenda) BOOST_CHECK_EQUAL(agenda->date, date);
  }
}

BOOST_AUTO_TEST_SUITE_END()

// ---- dates -----------------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(dates)

BOOST_AUTO_TEST_CASE(dutch_long_date) {
  BOOST_CHECK_EQUAL(samenwijs::dutchLongDate("2026-11-24"), "dinsdag 24 november 2026");
  BOOST_CHECK_EQUAL(samenwijs::dutchLongDate("2024-02-29"), "donderdag 29 februari 2024");
  BOOST_CHECK_EQUAL(samenwijs::dutchLongDate("2000-01-01"), "zaterdag 1 januari 2000");
  BOOST_CHECK_EQUAL(samenwijs::dutchLongDate("2026-03-01"), "zondag 1 maart 2026");
  BOOST_CHECK_EQUAL(samenwijs::dutchLongDate("2026-02-30"), "");
  BOOST_CHECK_EQUAL(samenwijs::dutchLongDate(""), "");
  BOOST_CHECK_EQUAL(samenwijs::dutchLongDate("24-11-2026"), "");
}

BOOST_AUTO_TEST_CASE(every_date_has_the_right_weekday) {
  const std::vector<std::string> weekdays = {"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"};
  const std::vector<std::string> months = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                           "juli",    "augustus", "september", "oktober", "november", "december"};
  std::size_t checked = 0, wrong = 0;
  for (int y = 1900; y <= 2200; ++y) {
    for (int m = 1; m <= 12; ++m) {
      for (int d = 1; d <= 31; ++d) {
        const std::string iso = std::to_string(y) + "-" + twoDigits(m) + "-" + twoDigits(d);
        const std::string text = samenwijs::dutchLongDate(iso);
        const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        const int days[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool valid = d <= days[m - 1];
        const std::string expected =
            valid ? weekdays[static_cast<std::size_t>(weekdayOf(y, m, d))] + " " + std::to_string(d) + " " +
                        months[static_cast<std::size_t>(m - 1)] + " " + std::to_string(y)
                  : std::string();
        ++checked;
        if (text != expected && ++wrong <= 5) BOOST_ERROR(iso << ": '" << text << "', expected '" << expected << "'");
      }
    }
  }
  BOOST_CHECK_EQUAL(wrong, 0u);
  BOOST_CHECK_EQUAL(checked, 301u * 12u * 31u);
}

BOOST_AUTO_TEST_SUITE_END()

// ---- resolving and exporting -----------------------------------------------------------

BOOST_AUTO_TEST_SUITE(resolve_and_export)

BOOST_AUTO_TEST_CASE(resolve_marks_missing_but_keeps_them) {
  const Ids ids;
  const std::string readingTip = ids.mq.readingTips.at(0).id;
  Agenda agenda;
  agenda.title = "Overleg";
  agenda.date = "2026-11-24";
  agenda.items = {{ids.topic.questions[1].id, "vraag"}, {"bestaat-niet", "weg"}, {ids.topic.id, ""},
                  {ids.mq.id, ""}, {"leraar", ""}, {readingTip, ""}};
  const Json v = samenwijs::resolveAgenda(index(), agenda);
  BOOST_CHECK_EQUAL(v["title"].get<std::string>(), "Overleg");
  BOOST_CHECK_EQUAL(v["dateText"].get<std::string>(), "dinsdag 24 november 2026");
  BOOST_CHECK_EQUAL(v["missing"].get<int>(), 3);  // unknown, a guide, a reading tip
  BOOST_REQUIRE_EQUAL(v["items"].size(), 6u);
  const Json& q = v["items"][0];
  BOOST_CHECK_EQUAL(q["id"].get<std::string>(), ids.topic.questions[1].id);
  BOOST_TEST(q["found"].get<bool>());
  BOOST_CHECK_EQUAL(q["kind"].get<std::string>(), "question");
  BOOST_CHECK_EQUAL(q["text"].get<std::string>(), ids.topic.questions[1].text);
  BOOST_CHECK_EQUAL(q["note"].get<std::string>(), "vraag");
  BOOST_CHECK_EQUAL(q["guide"].get<std::string>(), "leraar");
  BOOST_CHECK_EQUAL(q["guideTitle"].get<std::string>(), guide("leraar").title);
  BOOST_CHECK_EQUAL(q["context"].get<std::string>(), ids.topic.number + " " + ids.topic.title);
  BOOST_CHECK_EQUAL(q["source"]["source"].get<std::string>(), ids.topic.source.source);
  const Json& missing = v["items"][1];
  BOOST_CHECK_EQUAL(missing["id"].get<std::string>(), "bestaat-niet");
  BOOST_TEST(!missing["found"].get<bool>());
  BOOST_CHECK_EQUAL(missing["note"].get<std::string>(), "weg");
  BOOST_TEST(!missing.contains("text"));
  BOOST_CHECK_EQUAL(v["items"][2]["kind"].get<std::string>(), "topic");
  BOOST_CHECK_EQUAL(v["items"][2]["text"].get<std::string>(), ids.topic.title);
  BOOST_CHECK_EQUAL(v["items"][3]["kind"].get<std::string>(), "mainQuestion");
  BOOST_CHECK_EQUAL(v["items"][3]["text"].get<std::string>(), ids.mq.question);
  BOOST_CHECK_EQUAL(v["items"][3]["context"].get<std::string>(), "Hoofdvraag " + ids.mq.number + ": " + ids.mq.title);
  BOOST_TEST(!v["items"][4]["found"].get<bool>());
  BOOST_TEST(!v["items"][5]["found"].get<bool>());
  // The API gives the same.
  Json items = Json::array();
  for (const auto& it : agenda.items) items.push_back({{"id", it.id}, {"note", it.note}});
  BOOST_TEST(okValueOf("agendaResolve", Json{{"agenda", {{"title", "Overleg"}, {"date", "2026-11-24"}, {"items", items}}}}) == v);
}

Agenda exportAgendaFixture() {
  const Ids ids;
  Agenda agenda;
  agenda.title = "Teamoverleg ict";
  agenda.date = "2026-11-24";
  agenda.notes = "Neem je laptop mee.";
  agenda.items = {{ids.topic.questions[1].id, "Bespreken in de sectie"},
                  {ids.topic.id, ""},
                  {ids.mq.id, ""},
                  {ids.icoachMq.id, ""},
                  {"bestaat-niet", "Was een oude vraag"},
                  {ids.topic.questions[2].id, ""}};
  return agenda;
}

BOOST_AUTO_TEST_CASE(export_markdown) {
  const Ids ids;
  BOOST_REQUIRE_EQUAL(ids.mq.source.source, ids.icoachMq.source.source);
  BOOST_REQUIRE_EQUAL(ids.mq.source.section, ids.icoachMq.source.section);
  const std::string md = samenwijs::exportAgenda(index(), exportAgendaFixture(), AgendaFormat::Markdown);
  const std::string leraar = guide("leraar").title, icoach = guide("icoach").title;
  const std::string topicContext = ids.topic.number + " " + ids.topic.title;
  const std::string expectedStart =
      "# Teamoverleg ict\n\n"
      "**Datum:** dinsdag 24 november 2026\n\n"
      "Neem je laptop mee.\n\n"
      "## Agenda\n\n"
      "1. " + ids.topic.questions[1].text + "\n"
      "   _" + leraar + " · " + topicContext + "_\n"
      "   **Aantekening:** Bespreken in de sectie\n\n"
      "2. " + ids.topic.title + "\n"
      "   _" + leraar + " · " + topicContext + "_\n\n"
      "3. " + ids.mq.question + "\n"
      "   _" + leraar + " · Hoofdvraag " + ids.mq.number + ": " + ids.mq.title + "_\n\n"
      "4. " + ids.icoachMq.question + "\n"
      "   _" + icoach + " · Hoofdvraag " + ids.icoachMq.number + ": " + ids.icoachMq.title + "_\n\n"
      "5. (Deze vraag staat niet meer in Samenwijs: bestaat-niet)\n"
      "   **Aantekening:** Was een oude vraag\n\n"
      "6. " + ids.topic.questions[2].text + "\n"
      "   _" + leraar + " · " + topicContext + "_\n\n"
      "## Bronnen\n\n";
  BOOST_CHECK_EQUAL(md.substr(0, expectedStart.size()), expectedStart);
  // Bronnen: the topic's source once (three items cite it) and the shared main-question
  // citation once (two guides cite the same source and section): two lines.
  const std::string sources = md.substr(std::min(md.size(), expectedStart.size()));
  std::vector<std::string> lines;
  for (std::size_t start = 0; start < sources.size();) {
    const auto end = sources.find('\n', start);
    const std::string line = sources.substr(start, end - start);
    if (line.rfind("- ", 0) == 0) lines.push_back(line);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  BOOST_REQUIRE_EQUAL(lines.size(), 2u);
  BOOST_CHECK_EQUAL(std::set<std::string>(lines.begin(), lines.end()).size(), 2u);
  const auto* tpack = &content().sources.front();
  const auto* kader = tpack;
  for (const auto& s : content().sources) {
    if (s.id == ids.topic.source.source) tpack = &s;
    if (s.id == ids.mq.source.source) kader = &s;
  }
  BOOST_TEST(contains(lines[0], tpack->title));
  BOOST_TEST(contains(lines[0], ids.topic.source.section));
  BOOST_TEST(contains(lines[1], kader->title));
  BOOST_TEST(contains(lines[1], ids.mq.source.section));
  BOOST_TEST(endsWith(md, "\n\n_Gemaakt met Samenwijs._\n"));
}

BOOST_AUTO_TEST_CASE(export_text) {
  const Ids ids;
  const std::string text = samenwijs::exportAgenda(index(), exportAgendaFixture(), AgendaFormat::Text);
  const std::string leraar = guide("leraar").title;
  const std::string topicContext = ids.topic.number + " " + ids.topic.title;
  const std::string expectedStart =
      "Teamoverleg ict\n" + std::string(15, '=') + "\n\n"
      "Datum: dinsdag 24 november 2026\n\n"
      "Neem je laptop mee.\n\n"
      "Agenda\n------\n\n"
      "1. " + ids.topic.questions[1].text + "\n"
      "   (" + leraar + " · " + topicContext + ")\n"
      "   Aantekening: Bespreken in de sectie\n\n";
  BOOST_CHECK_EQUAL(text.substr(0, expectedStart.size()), expectedStart);
  BOOST_TEST(contains(text, "5. (Deze vraag staat niet meer in Samenwijs: bestaat-niet)\n   Aantekening: Was een oude vraag\n"));
  BOOST_TEST(contains(text, "\nBronnen\n-------\n\n"));
  BOOST_CHECK_EQUAL(countOf(text, "\n- "), 2u);
  BOOST_TEST(!contains(text, "**"));
  BOOST_TEST(!contains(text, "# "));
  BOOST_TEST(endsWith(text, "\n\nGemaakt met Samenwijs.\n"));
}

BOOST_AUTO_TEST_CASE(export_defaults_and_empty) {
  Agenda empty;
  const std::string md = samenwijs::exportAgenda(index(), empty, AgendaFormat::Markdown);
  BOOST_CHECK_EQUAL(md,
                    "# Gesprek over ict-bekwaamheid\n\n## Agenda\n\n(Nog geen vragen gekozen.)\n\n_Gemaakt met Samenwijs._\n");
  const std::string text = samenwijs::exportAgenda(index(), empty, AgendaFormat::Text);
  BOOST_CHECK_EQUAL(text, "Gesprek over ict-bekwaamheid\n" + std::string(28, '=') + "\n\nAgenda\n------\n\n"
                          "(Nog geen vragen gekozen.)\n\nGemaakt met Samenwijs.\n");
  // Only missing items: no Bronnen section.
  Agenda gone;
  gone.items = {{"bestaat-niet", ""}};
  BOOST_TEST(!contains(samenwijs::exportAgenda(index(), gone, AgendaFormat::Markdown), "Bronnen"));
  // Weekdays through the export.
  for (const auto& [iso, expected] : std::vector<std::pair<std::string, std::string>>{
           {"2024-02-29", "donderdag 29 februari 2024"}, {"2000-01-01", "zaterdag 1 januari 2000"}}) {
    Agenda dated;
    dated.date = iso;
    BOOST_TEST(contains(samenwijs::exportAgenda(index(), dated, AgendaFormat::Markdown), "**Datum:** " + expected + "\n"));
    BOOST_TEST(contains(samenwijs::exportAgenda(index(), dated, AgendaFormat::Text), "Datum: " + expected + "\n"));
  }
  // A long title is underlined with at most 60 characters in text.
  Agenda longTitle;
  longTitle.title = std::string(80, 'x');
  BOOST_TEST(contains(samenwijs::exportAgenda(index(), longTitle, AgendaFormat::Text), std::string(80, 'x') + "\n" + std::string(60, '=') + "\n\n"));
}

BOOST_AUTO_TEST_CASE(api_agenda_export) {
  const Ids ids;
  const Json agenda = {{"title", "Overleg"}, {"date", "2026-11-24"}, {"items", {{{"id", ids.topic.id}}}}};
  const Json md = okValueOf("agendaExport", Json{{"agenda", agenda}, {"format", "markdown"}});
  BOOST_CHECK_EQUAL(md["filename"].get<std::string>(), "gesprek-2026-11-24.md");
  BOOST_CHECK_EQUAL(md["mimeType"].get<std::string>(), "text/markdown");
  BOOST_TEST(contains(md["text"].get<std::string>(), "# Overleg\n"));
  // Markdown is the default.
  BOOST_TEST(okValueOf("agendaExport", Json{{"agenda", agenda}}) == md);
  const Json text = okValueOf("agendaExport", Json{{"agenda", agenda}, {"format", "text"}});
  BOOST_CHECK_EQUAL(text["filename"].get<std::string>(), "gesprek-2026-11-24.txt");
  BOOST_CHECK_EQUAL(text["mimeType"].get<std::string>(), "text/plain");
  BOOST_TEST(contains(text["text"].get<std::string>(), "Overleg\n=======\n"));
  const Json undated = okValueOf("agendaExport", Json{{"agenda", Json::object()}, {"format", "text"}});
  BOOST_CHECK_EQUAL(undated["filename"].get<std::string>(), "gesprek.txt");

  BOOST_TEST(contains(expectErrorOf("agendaExport", Json{{"agenda", agenda}, {"format", "pdf"}}, "invalid_argument"),
                      "Onbekend exportformaat"));
  expectErrorOf("agendaExport", Json{{"agenda", agenda}, {"format", "Markdown"}}, "invalid_argument");
  BOOST_TEST(contains(expectErrorOf("agendaExport", Json{{"agenda", agenda}, {"format", 1}}, "invalid_argument"),
                      "'format' moet tekst zijn"));
  BOOST_TEST(contains(expectErrorOf("agendaExport", Json{{"format", "text"}}, "invalid_argument"), "'agenda' ontbreekt"));
  const Json bad = expectErrorOf("agendaExport", Json{{"agenda", {{"date", "2026-02-30"}}}}, "invalid_argument");
  BOOST_CHECK_EQUAL(bad["message"].get<std::string>(),
                    "De agenda is niet leesbaar: de datum moet de vorm jjjj-mm-dd hebben (bij /date).");
  const Json notObject = expectErrorOf("agendaResolve", Json{{"agenda", "x"}}, "invalid_argument");
  BOOST_CHECK_EQUAL(notObject["message"].get<std::string>(), "De agenda is niet leesbaar: verwacht een object, gevonden: tekst.");
}

BOOST_AUTO_TEST_SUITE_END()

// ---- "Waar begin ik?" ------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(suggest)

namespace {

const samenwijs::StartConcern& concern(const std::string& id) {
  for (const auto& c : content().guidedStart.concerns) {
    if (c.id == id) return c;
  }
  BOOST_FAIL("no concern " << id);
  return content().guidedStart.concerns.front();
}

bool overlaps(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

// Whether a topic relates to any of the concerns: a shared tag, policy theme or theme, or a
// guide the concern points to (the network concern points to Leernetwerken).
bool relates(const samenwijs::Topic& t, const samenwijs::MainQuestion& mq, const std::string& guide,
             const std::vector<std::string>& concerns) {
  for (const auto& id : concerns) {
    const auto& c = concern(id);
    if (overlaps(t.tags, c.tags) || overlaps(t.policyThemes, c.policyThemes) ||
        std::find(c.themes.begin(), c.themes.end(), mq.theme) != c.themes.end() ||
        std::find(c.guides.begin(), c.guides.end(), guide) != c.guides.end()) {
      return true;
    }
  }
  return false;
}

std::size_t candidates(const std::string& groupKey, const std::string& role, const std::vector<std::string>& concerns) {
  std::size_t n = 0;
  for (const auto& g : content().guides) {
    const std::string key = g.id == role ? "rol" : g.id == "leraar" ? "leraar" : g.kind == "subject" ? "onderwerpen" : "";
    if (key != groupKey) continue;
    for (const auto& mq : g.mainQuestions)
      for (const auto& t : mq.topics) n += relates(t, mq, g.id, concerns) ? 1u : 0u;
  }
  return n;
}

}  // namespace

BOOST_AUTO_TEST_CASE(guided_start) {
  const Json v = okValueOf("guidedStart", Json::object());
  BOOST_CHECK_EQUAL(v["intro"].get<std::string>(), content().guidedStart.intro);
  BOOST_REQUIRE_EQUAL(v["roles"].size(), 4u);
  BOOST_CHECK_EQUAL(v["roles"][0]["guide"].get<std::string>(), "leraar");
  BOOST_CHECK_EQUAL(v["roles"][1]["label"].get<std::string>(), "I-coach");
  BOOST_REQUIRE_EQUAL(v["concerns"].size(), 10u);
  BOOST_CHECK_EQUAL(v["concerns"][4]["id"].get<std::string>(), "start-privacy");
  BOOST_TEST(v["concerns"][4]["policyThemes"] == Json::array({"avg"}));
  for (const auto& c : v["concerns"]) {
    for (const char* key : {"themes", "tags", "policyThemes"}) BOOST_TEST(c[key].is_array());
  }
}

BOOST_AUTO_TEST_CASE(unknown_role_or_concern) {
  BOOST_TEST(contains(expectErrorOf("suggest", Json{{"role", "astronaut"}}, "invalid_argument"), "Onbekende rol: 'astronaut'"));
  expectErrorOf("suggest", Json{{"role", "leernetwerken"}}, "invalid_argument");  // a subject, not a role
  BOOST_TEST(contains(expectErrorOf("suggest", Json::object(), "invalid_argument"), "'role' ontbreekt"));
  expectErrorOf("suggest", Json{{"role", 3}}, "invalid_argument");
  BOOST_TEST(contains(expectErrorOf("suggest", Json{{"role", "leraar"}, {"concerns", {"start-lessen", "ruimtevaart"}}},
                                    "invalid_argument"),
                      "Onbekend onderwerp in 'concerns'"));
  expectErrorOf("suggest", Json{{"role", "leraar"}, {"concerns", {1}}}, "invalid_argument");
  expectErrorOf("suggest", Json{{"role", "leraar"}, {"concerns", "start-lessen"}}, "invalid_argument");
  expectErrorOf("suggest", Json{{"role", "leraar"}, {"concerns", {{"id", "start-lessen"}}}}, "invalid_argument");
  expectErrorOf("suggest", Json{{"role", "leraar"}, {"perGroup", 0}}, "invalid_argument");
  expectErrorOf("suggest", Json{{"role", "leraar"}, {"perGroup", 21}}, "invalid_argument");
}

BOOST_AUTO_TEST_CASE(without_concerns_the_role_guide_in_order) {
  for (const auto& role : content().guidedStart.roles) {
    BOOST_TEST_CONTEXT(role.guide) {
      const Json v = okValueOf("suggest", Json{{"role", role.guide}, {"perGroup", 5}});
      BOOST_CHECK_EQUAL(v["role"].get<std::string>(), role.guide);
      BOOST_REQUIRE(v["groups"].size() >= 1u);
      BOOST_CHECK_EQUAL(v["groups"][0]["key"].get<std::string>(), "rol");
      // The first topics of the role's own guide, in the guide's order.
      std::vector<std::string> expected;
      for (const auto& mq : guide(role.guide).mainQuestions)
        for (const auto& t : mq.topics)
          if (expected.size() < 5) expected.push_back(t.id);
      const Json& topics = v["groups"][0]["topics"];
      BOOST_REQUIRE_EQUAL(topics.size(), expected.size());
      for (std::size_t i = 0; i < expected.size(); ++i) {
        BOOST_CHECK_EQUAL(topics[i]["id"].get<std::string>(), expected[i]);
        BOOST_CHECK_EQUAL(topics[i]["guide"].get<std::string>(), role.guide);
        BOOST_TEST(topics[i]["questions"].size() > 0u);
        BOOST_TEST(topics[i]["mainQuestionTitle"].is_string());
      }
      // Without concerns only the teacher's questions come beside it (always the starting
      // point, also for a board), in the teacher's guide order.
      if (role.guide == "leraar") {
        BOOST_CHECK_EQUAL(v["groups"].size(), 1u);
      } else {
        BOOST_REQUIRE_EQUAL(v["groups"].size(), 2u);
        BOOST_CHECK_EQUAL(v["groups"][1]["key"].get<std::string>(), "leraar");
        const auto& firstTeacher = guide("leraar").mainQuestions[0].topics;
        BOOST_REQUIRE_EQUAL(v["groups"][1]["topics"].size(), 2u);  // half of perGroup 5
        BOOST_CHECK_EQUAL(v["groups"][1]["topics"][0]["id"].get<std::string>(), firstTeacher[0].id);
        BOOST_CHECK_EQUAL(v["groups"][1]["topics"][1]["id"].get<std::string>(), firstTeacher[1].id);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(with_concerns_every_topic_relates) {
  const std::vector<std::vector<std::string>> concernSets = {
      {"start-lessen"}, {"start-privacy"}, {"start-veiligheid", "start-kansen"}, {"start-netwerken"},
      {"start-visie", "start-eigen", "start-samen-leren"}, {"start-geletterdheid"}};
  for (const auto& role : content().guidedStart.roles) {
    for (const auto& concerns : concernSets) {
      for (int perGroup : {1, 4, 6, 20}) {
        const Json v = okValueOf("suggest", Json{{"role", role.guide}, {"concerns", concerns}, {"perGroup", perGroup}});
        BOOST_TEST_CONTEXT(role.guide << " " << Json(concerns).dump() << " perGroup " << perGroup) {
          std::vector<std::string> keys;
          std::set<std::string> seenTopics;
          for (const auto& group : v["groups"]) {
            const std::string key = group["key"].get<std::string>();
            keys.push_back(key);
            const std::size_t limit = key == "rol" ? static_cast<std::size_t>(perGroup)
                                                   : std::max<std::size_t>(1, static_cast<std::size_t>(perGroup) / 2);
            // perGroup respected, and filled when there are enough related topics.
            BOOST_CHECK_EQUAL(group["topics"].size(), std::min(limit, candidates(key, role.guide, concerns)));
            int previous = 1 << 30;
            for (const auto& t : group["topics"]) {
              const std::string id = t["id"].get<std::string>();
              BOOST_TEST(seenTopics.insert(id).second, id);
              const auto* loc = index().locate(id);
              BOOST_REQUIRE(loc != nullptr);
              const auto& g = content().guides[loc->guide];
              const auto& mq = g.mainQuestions[loc->mainQuestion];
              BOOST_TEST(relates(mq.topics[loc->topic], mq, g.id, concerns), id);
              BOOST_CHECK_EQUAL(t["guide"].get<std::string>(), g.id);
              BOOST_CHECK_EQUAL(t["mainQuestion"].get<std::string>(), mq.id);
              if (key == "rol") BOOST_CHECK_EQUAL(g.id, role.guide);
              if (key == "leraar") BOOST_CHECK_EQUAL(g.id, "leraar");
              if (key == "onderwerpen") BOOST_CHECK_EQUAL(g.kind, "subject");
              const int score = t["score"].get<int>();
              BOOST_TEST(score > 0);
              BOOST_TEST(score <= previous);  // best first
              previous = score;
            }
          }
          // Own guide first, then the teacher's, then the subjects.
          const std::vector<std::string> order = {"rol", "leraar", "onderwerpen"};
          std::size_t at = 0;
          for (const auto& k : keys) {
            while (at < order.size() && order[at] != k) ++at;
            BOOST_TEST(at < order.size(), "group order " << k);
          }
          // The teacher's questions are offered to every other role when related ones exist.
          const bool teacherGroup = std::find(keys.begin(), keys.end(), "leraar") != keys.end();
          if (role.guide == "leraar") BOOST_TEST(!teacherGroup);
          else BOOST_CHECK_EQUAL(teacherGroup, candidates("leraar", role.guide, concerns) > 0);
        }
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(teacher_group_for_other_roles) {
  for (const std::string role : {"icoach", "schoolleider", "bestuurder"}) {
    const Json v = okValueOf("suggest", Json{{"role", role}, {"concerns", {"start-lessen"}}});
    BOOST_TEST_CONTEXT(role) {
      BOOST_REQUIRE_EQUAL(v["groups"].size(), 3u);
      BOOST_CHECK_EQUAL(v["groups"][0]["key"].get<std::string>(), "rol");
      BOOST_CHECK_EQUAL(v["groups"][1]["key"].get<std::string>(), "leraar");
      BOOST_CHECK_EQUAL(v["groups"][2]["key"].get<std::string>(), "onderwerpen");
      // Default perGroup 6 for the role, half of it for the others (when there are enough).
      BOOST_CHECK_EQUAL(v["groups"][0]["topics"].size(), std::min<std::size_t>(6, candidates("rol", role, {"start-lessen"})));
      BOOST_CHECK_EQUAL(v["groups"][1]["topics"].size(), 3u);
      BOOST_TEST(candidates("leraar", role, {"start-lessen"}) >= 3u);
      for (const auto& t : v["groups"][1]["topics"]) BOOST_CHECK_EQUAL(t["guide"].get<std::string>(), "leraar");
    }
  }
}

BOOST_AUTO_TEST_CASE(suggest_starters_directly) {
  const auto groups = samenwijs::suggestStarters(index(), "icoach", {"start-privacy"}, 2);
  BOOST_REQUIRE(!groups.empty());
  BOOST_CHECK_EQUAL(groups[0].key, "rol");
  for (const auto& g : groups) {
    BOOST_TEST(g.topics.size() <= (g.key == "rol" ? 2u : 1u));
    for (const auto& t : g.topics) {
      const auto& topic = content().guides[t.guide].mainQuestions[t.mainQuestion].topics[t.topic];
      // Privacy: the tag scores 2, the policy theme avg 3.
      const bool tag = std::find(topic.tags.begin(), topic.tags.end(), "privacy") != topic.tags.end();
      const bool avg = std::find(topic.policyThemes.begin(), topic.policyThemes.end(), "avg") != topic.policyThemes.end();
      BOOST_CHECK_EQUAL(t.score, (tag ? 2 : 0) + (avg ? 3 : 0));
    }
  }
  // Unknown concern ids are ignored here (the API validates them): like no concerns, so the
  // role's guide and the teacher's questions.
  const auto none = samenwijs::suggestStarters(index(), "icoach", {"bestaat-niet"}, 3);
  BOOST_REQUIRE_EQUAL(none.size(), 2u);
  BOOST_CHECK_EQUAL(none[0].topics.size(), 3u);
  BOOST_CHECK_EQUAL(none[1].key, "leraar");
}

BOOST_AUTO_TEST_SUITE_END()

#include "samenwijs/agenda.hpp"

#include <algorithm>
#include <set>

#include "samenwijs/content_json.hpp"

namespace samenwijs {
namespace {

bool validDate(const std::string& s, int& y, int& m, int& d) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  auto number = [&](std::size_t from, std::size_t count) {
    int n = 0;
    for (std::size_t i = from; i < from + count; ++i) n = n * 10 + (s[i] - '0');
    return n;
  };
  y = number(0, 4);
  m = number(5, 2);
  d = number(8, 2);
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2200 || m < 1 || m > 12) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  const int max = days[m - 1] + (m == 2 && leap ? 1 : 0);
  return d >= 1 && d <= max;
}

struct ItemView {
  bool found = false;
  std::string kind, text, guide, guideTitle, context;
  const Citation* source = nullptr;
};

ItemView view(const ContentIndex& index, const std::string& id) {
  ItemView v;
  const GuidanceLocation* loc = index.locate(id);
  if (!loc || loc->kind == GuidanceLocation::Kind::Guide || loc->kind == GuidanceLocation::Kind::ReadingTip) return v;
  const Guide& g = index.content().guides[loc->guide];
  const MainQuestion& mq = g.mainQuestions[loc->mainQuestion];
  v.found = true;
  v.kind = kindName(loc->kind);
  v.guide = g.id;
  v.guideTitle = g.title;
  if (loc->kind == GuidanceLocation::Kind::MainQuestion) {
    v.text = mq.question;
    v.context = "Hoofdvraag " + mq.number + ": " + mq.title;
    v.source = &mq.source;
  } else {
    const Topic& t = mq.topics[loc->topic];
    v.context = t.number + " " + t.title;
    v.source = &t.source;
    v.text = loc->kind == GuidanceLocation::Kind::Topic ? t.title : t.questions[loc->question].text;
  }
  return v;
}

std::string sourceLine(const ContentIndex& index, const Citation& c) {
  for (const auto& s : index.content().sources) {
    if (s.id != c.source) continue;
    std::string line = s.title + " (" + s.publisher + (s.year ? ", " + std::to_string(*s.year) : "") + ")";
    return line + ", " + c.section;
  }
  return c.source + ", " + c.section;
}

// A text field that may be absent (then empty); wrong type or too long is an issue.
std::string optionalText(JsonReader& r, const char* key, std::size_t max, const std::string& what) {
  if (!r.has(key)) return {};
  const Json& v = r.child(key).value();
  if (!v.is_string()) {
    r.failAt(std::string("/") + key, what + " moet tekst zijn");
    return {};
  }
  std::string text = v.get<std::string>();
  if (text.size() > max) r.failAt(std::string("/") + key, what + " is te lang (hoogstens " + std::to_string(max) + " tekens)");
  return text;
}

// The merge clock the page keeps with an agenda open in two tabs (web/js/agenda-merge.js):
// when each field, note, addition and removal last changed, in milliseconds. The core only
// checks its shape; the page merges with it.
void checkSync(const JsonReader& agenda) {
  constexpr long long kMaxStamp = 100000000000000LL;  // far beyond any date in milliseconds
  JsonReader sync = agenda.child("sync");
  if (!sync.expectObject()) return;
  sync.allowOnly({"title", "date", "notes", "order", "note", "added", "removed"});
  for (const char* key : {"title", "date", "notes", "order"}) sync.optionalInt(key, 0, kMaxStamp);
  for (const char* key : {"note", "added", "removed"}) {
    if (!sync.has(key)) continue;
    JsonReader stamps = sync.child(key);
    if (!stamps.expectObject()) continue;
    if (stamps.value().size() > 2 * kAgendaMaxItems) {
      stamps.fail("te veel tijdstempels");
      continue;
    }
    for (auto it = stamps.value().begin(); it != stamps.value().end(); ++it) {
      if (!it->is_number_integer() || it->get<long long>() < 0 || it->get<long long>() > kMaxStamp) {
        stamps.failAt("/" + escapePointerToken(it.key()), "een tijdstempel moet een heel getal zijn");
      }
    }
  }
}

}  // namespace

std::string dutchLongDate(const std::string& isoDate) {
  int y = 0, m = 0, d = 0;
  if (!validDate(isoDate, y, m, d)) return {};
  static const char* const months[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                       "juli",    "augustus", "september", "oktober", "november", "december"};
  static const char* const weekdays[] = {"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"};
  // Sakamoto's method for the day of the week.
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  const int yy = m < 3 ? y - 1 : y;
  const int weekday = (yy + yy / 4 - yy / 100 + yy / 400 + t[m - 1] + d) % 7;
  return std::string(weekdays[weekday]) + " " + std::to_string(d) + " " + months[m - 1] + " " + std::to_string(y);
}

std::optional<Agenda> readAgenda(const Json& value, IssueList& issues) {
  const std::size_t before = issues.size();
  JsonReader r(value, "agenda", "", issues);
  if (!r.expectObject()) return std::nullopt;
  r.allowOnly({"title", "date", "notes", "items", "version", "sync"});
  if (r.has("sync")) checkSync(r);
  Agenda agenda;
  agenda.title = optionalText(r, "title", kAgendaMaxTitle, "de titel");
  agenda.notes = optionalText(r, "notes", kAgendaMaxNotes, "de notities");
  if (r.has("date")) {
    const Json& d = r.child("date").value();
    int y = 0, m = 0, day = 0;
    if (!d.is_string() || (!d.get<std::string>().empty() && !validDate(d.get<std::string>(), y, m, day))) {
      r.failAt("/date", "de datum moet de vorm jjjj-mm-dd hebben");
    } else {
      agenda.date = d.get<std::string>();
    }
  }
  std::set<std::string> seen;
  r.forEach("items", false, [&](JsonReader& item) {
    if (!item.expectObject()) return;
    item.allowOnly({"id", "note"});
    AgendaItem it;
    it.id = item.requiredString("id");
    it.note = optionalText(item, "note", kAgendaMaxNotes, "de aantekening");
    if (!it.id.empty() && !seen.insert(it.id).second) item.failAt("/id", "deze vraag staat al op de agenda");
    agenda.items.push_back(std::move(it));
  });
  if (agenda.items.size() > kAgendaMaxItems) r.failAt("/items", "een agenda heeft hoogstens 200 punten");
  if (issues.size() != before) return std::nullopt;
  return agenda;
}

Json resolveAgenda(const ContentIndex& index, const Agenda& agenda) {
  Json items = Json::array();
  std::size_t missing = 0;
  for (const auto& item : agenda.items) {
    const ItemView v = view(index, item.id);
    Json j = {{"id", item.id}, {"note", item.note}, {"found", v.found}};
    if (v.found) {
      j["kind"] = v.kind;
      j["text"] = v.text;
      j["guide"] = v.guide;
      j["guideTitle"] = v.guideTitle;
      j["context"] = v.context;
      j["source"] = toJson(*v.source);
    } else {
      ++missing;
    }
    items.push_back(j);
  }
  return {{"title", agenda.title}, {"date", agenda.date}, {"dateText", dutchLongDate(agenda.date)},
          {"notes", agenda.notes}, {"items", items}, {"missing", missing}};
}

std::string exportAgenda(const ContentIndex& index, const Agenda& agenda, AgendaFormat format) {
  const bool md = format == AgendaFormat::Markdown;
  const std::string title = agenda.title.empty() ? "Gesprek over ict-bekwaamheid" : agenda.title;
  auto heading = [&](const std::string& text, int level) {
    if (md) return std::string(static_cast<std::size_t>(level), '#') + " " + text + "\n\n";
    std::size_t characters = 0;  // the underline is as long as the title looks
    for (char ch : text) characters += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1 : 0;
    return text + "\n" + std::string(std::min<std::size_t>(characters, 60), level == 1 ? '=' : '-') + "\n\n";
  };
  std::string out = heading(title, 1);
  const std::string date = dutchLongDate(agenda.date);
  if (!date.empty()) out += (md ? "**Datum:** " : "Datum: ") + date + "\n\n";
  if (!agenda.notes.empty()) out += agenda.notes + "\n\n";
  out += heading("Agenda", 2);
  std::vector<const Citation*> sources;
  std::size_t n = 0;
  for (const auto& item : agenda.items) {
    const ItemView v = view(index, item.id);
    const std::string number = std::to_string(++n) + ". ";
    if (!v.found) {
      out += number + "(Deze vraag staat niet meer in Samenwijs: " + item.id + ")\n";
    } else {
      out += number + v.text + "\n";
      const std::string context = v.guideTitle + " · " + v.context;
      out += "   " + (md ? "_" + context + "_" : "(" + context + ")") + "\n";
      if (std::find(sources.begin(), sources.end(), v.source) == sources.end()) sources.push_back(v.source);
    }
    if (!item.note.empty()) out += "   " + std::string(md ? "**Aantekening:** " : "Aantekening: ") + item.note + "\n";
    out += "\n";
  }
  if (agenda.items.empty()) out += "(Nog geen vragen gekozen.)\n\n";
  if (!sources.empty()) {
    out += heading("Bronnen", 2);
    std::set<std::string> lines;
    for (const Citation* c : sources) {
      const std::string line = sourceLine(index, *c);
      if (lines.insert(line).second) out += "- " + line + "\n";
    }
    out += "\n";
  }
  out += md ? "_Gemaakt met Samenwijs._\n" : "Gemaakt met Samenwijs.\n";
  return out;
}

}  // namespace samenwijs

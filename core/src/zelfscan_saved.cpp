// Saved progress of a self-assessment: read it, and salvage every valid answer from
// progress that is damaged or belongs to another version of the framework.
#include <algorithm>
#include <cctype>

#include "samenwijs/zelfscan_store.hpp"

namespace samenwijs {

namespace {
bool digits(std::string_view s, std::size_t from, std::size_t n) {
  if (s.size() < from + n) return false;
  for (std::size_t i = from; i < from + n; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}
int number(std::string_view s, std::size_t from, std::size_t n) {
  int v = 0;
  for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}
bool realDate(int y, int m, int d) {
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 2000 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= (m == 2 && !leap ? 28 : days[m - 1]);
}
const char* const kMonths[] = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
                               "augustus", "september", "oktober", "november", "december"};

bool validId(const std::string& id) {
  if (id.empty() || id.size() > 40) return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; });
}

// Calls f(item, competence, index) for every item in framework order.
template <typename F>
void eachItem(const Framework& fw, F&& f) {
  std::size_t i = 0;
  for (const auto& d : fw.domains)
    for (const auto& c : d.competences)
      for (const auto& item : c.items) f(item, c, i++);
}

// The answer for `id` in text that is no longer JSON (a save cut off halfway): the first
// "id": digit. Returns -1 when absent, -2 when present with something unreadable.
int scanAnswer(std::string_view text, const std::string& id) {
  const std::string needle = "\"" + id + "\"";
  const auto at = text.find(needle);
  if (at == std::string_view::npos) return -1;
  std::size_t i = at + needle.size();
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  if (i >= text.size() || text[i] != ':') return -2;
  ++i;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  if (i >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i]))) return -2;
  const int v = text[i] - '0';
  const bool more = i + 1 < text.size() && (std::isdigit(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '.');
  return more || v > 6 ? -2 : v;
}

void noteLost(SavedProgress& s, const Competence& c) {
  ++s.lost;
  if (std::find(s.lostIn.begin(), s.lostIn.end(), &c) == s.lostIn.end()) s.lostIn.push_back(&c);
}

std::string titles(const std::vector<const Competence*>& list) {
  std::string out;
  for (std::size_t i = 0; i < list.size(); ++i) out += (i ? ", " : "") + list[i]->title;
  return out;
}
}  // namespace

std::string normaliseDate(std::string_view t) {
  if (t.size() < 10 || !digits(t, 0, 4) || t[4] != '-' || !digits(t, 5, 2) || t[7] != '-' || !digits(t, 8, 2)) return {};
  if (t.size() > 10) return {};
  if (!realDate(number(t, 0, 4), number(t, 5, 2), number(t, 8, 2))) return {};
  return std::string(t.substr(0, 10));
}

std::string normaliseDateTime(std::string_view t) {
  if (t.size() < 16 || t.size() > 40 || normaliseDate(t.substr(0, 10)).empty() || t[10] != 'T' || !digits(t, 11, 2) ||
      t[13] != ':' || !digits(t, 14, 2))
    return {};
  if (number(t, 11, 2) > 23 || number(t, 14, 2) > 59) return {};
  for (char c : t.substr(16))
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != ':' && c != '.' && c != 'Z' && c != '+' && c != '-') return {};
  return std::string(t.substr(0, 16));
}

std::string dutchDateText(const std::string& n) {
  if (n.size() < 10) return {};
  std::string out = std::to_string(number(n, 8, 2)) + " " + kMonths[number(n, 5, 2) - 1] + " " + n.substr(0, 4);
  if (n.size() >= 16) out += ", " + n.substr(11, 5);
  return out;
}

std::string countText(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

SavedProgress readSavedProgress(const Framework& fw, std::string_view text) {
  SavedProgress s;
  s.answers.assign(itemCount(fw), kUnanswered);
  std::size_t competences = 0;
  for (const auto& d : fw.domains) competences += d.competences.size();
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return s;

  const Json value = parseJsonText(text);
  const bool object = !value.is_discarded() && value.is_object();
  const Json* answers = object && value.contains("answers") && value["answers"].is_object() ? &value["answers"] : nullptr;
  const bool shapeOk = answers && value.contains("version") && value["version"] == 1 && value.contains("framework") &&
                       value["framework"] == fw.id;
  const long long savedVersion = shapeOk && value.contains("frameworkVersion") && value["frameworkVersion"].is_number_integer()
                                     ? value["frameworkVersion"].get<long long>()
                                     : 0;
  // Progress of an earlier version the content still describes reads as usual: answers are
  // kept by item id, new items are unanswered, answers to retired items are left out.
  const bool earlier = savedVersion > 0 && savedVersion < fw.version && !itemMapping(fw, static_cast<int>(savedVersion)).empty();
  const bool versionOk = shapeOk && (savedVersion == fw.version || earlier);

  if (answers) {
    std::size_t known = 0;
    eachItem(fw, [&](const Item& item, const Competence& c, std::size_t i) {
      auto it = answers->find(item.id);
      if (it == answers->end() || it->is_null()) return;
      ++known;
      if (!it->is_number_integer() || it->get<long long>() < 0 || it->get<long long>() > 6) return noteLost(s, c);
      const auto v = it->get<long long>();
      s.answers[i] = v == 0 ? kNotApplicable : static_cast<std::uint8_t>(v);
      ++s.kept;
    });
    std::size_t retired = 0;
    if (earlier) {
      for (const auto& t : fw.retiredItems) retired += answers->contains(t.id) ? 1u : 0u;
    }
    s.foreign = answers->size() - known - retired;
  } else {
    // Not readable as progress: look for each statement's answer in the text itself.
    eachItem(fw, [&](const Item& item, const Competence& c, std::size_t i) {
      const int v = scanAnswer(text, item.id);
      if (v == -2) return noteLost(s, c);
      if (v < 0) return;
      s.answers[i] = v == 0 ? kNotApplicable : static_cast<std::uint8_t>(v);
      ++s.kept;
    });
  }
  if (object) {
    if (value.contains("step") && value["step"].is_number_integer()) {
      const auto st = value["step"].get<long long>();
      if (st >= 1 && st <= static_cast<long long>(competences)) s.step = static_cast<int>(st);
    }
    if (value.contains("measurementId") && value["measurementId"].is_string() && validId(value["measurementId"].get<std::string>()))
      s.measurementId = value["measurementId"].get<std::string>();
    if (value.contains("startedAt") && value["startedAt"].is_string())
      s.startedAt = normaliseDateTime(value["startedAt"].get<std::string>());
    if (value.contains("completedAt") && value["completedAt"].is_string())
      s.completedAt = normaliseDateTime(value["completedAt"].get<std::string>());
  }

  if (shapeOk && !versionOk) {
    s.status = SavedStatus::OtherVersion;
    const Json& v = value.contains("frameworkVersion") ? value["frameworkVersion"] : Json();
    const std::string was = v.is_number_integer() && v.get<long long>() > 0 && v.get<long long>() < 1000
                                ? "versie " + std::to_string(v.get<long long>())
                                : "een onbekende versie";
    s.problem = "Je opgeslagen antwoorden horen bij een andere versie van deze zelfscan (" + was + ", nu versie " +
                std::to_string(fw.version) + "). ";
    s.problem += s.kept ? countText(s.kept, "antwoord", "antwoorden") + " op uitspraken die nog bestaan, " +
                              (s.kept == 1 ? "staat" : "staan") + " weer ingevuld."
                        : "Geen van de antwoorden past bij deze versie.";
  } else if (!shapeOk || s.lost || s.foreign) {
    s.status = SavedStatus::Damaged;
    s.problem = s.kept ? "Je opgeslagen antwoorden waren beschadigd. " + countText(s.kept, "antwoord", "antwoorden") +
                             " konden we redden: " + (s.kept == 1 ? "dat staat" : "die staan") + " weer ingevuld."
                       : "Je opgeslagen antwoorden waren beschadigd. Er was geen antwoord meer uit te halen.";
  } else {
    s.status = SavedStatus::Ok;
    s.kept = 0;
    if (earlier) s.fromVersion = static_cast<int>(savedVersion);
    return s;
  }
  if (s.lost) s.problem += " " + countText(s.lost, "antwoord kon", "antwoorden konden") + " niet worden gelezen, bij: " + titles(s.lostIn) + ".";
  if (s.foreign) s.problem += " " + countText(s.foreign, "antwoord hoort", "antwoorden horen") + " niet bij deze versie van de zelfscan.";
  return s;
}

}  // namespace samenwijs

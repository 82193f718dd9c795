// The personal development plan (POP): one to three goals from the growth areas, each
// with an action, partners, a date and how success shows; validation and Markdown.
#include <algorithm>
#include <cmath>
#include <set>

#include "samenwijs/zelfscan_store.hpp"

namespace samenwijs {

namespace {
const char* const kPartners[] = {"collega", "i-coach", "netwerk"};
const char* const kPartnerText[] = {"een collega", "de i-coach", "een leernetwerk"};
constexpr std::size_t kMaxText = 1000, kMaxWho = 200, kMaxTopics = 6;

std::string clean(const Json& v, std::size_t max) {
  if (!v.is_string()) return {};
  std::string s = v.get<std::string>();
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  s = s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
  if (s.size() > max) s.resize(max + 1);  // still too long: reported, not cut silently
  return s;
}

const Competence* competenceIn(const Framework& fw, const std::string& id) {
  for (const auto& d : fw.domains)
    for (const auto& c : d.competences)
      if (c.id == id) return &c;
  return nullptr;
}

struct TopicHit {
  const Guide* guide = nullptr;
  const Topic* topic = nullptr;
};
TopicHit findTopic(const Content& content, const std::string& ref) {
  const auto slash = ref.find('/');
  if (slash == std::string::npos) return {};
  for (const auto& g : content.guides) {
    if (g.id != ref.substr(0, slash)) continue;
    for (const auto& mq : g.mainQuestions)
      for (const auto& t : mq.topics)
        if (t.id == ref.substr(slash + 1)) return {&g, &t};
  }
  return {};
}

// Markdown special characters in the user's own text are escaped, so a note reads as typed.
std::string md(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\r') continue;
    if (c == '\n') {
      out += "  \n  ";
      continue;
    }
    if (std::string_view("\\`*_[]#<>|").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string score(const std::optional<double>& v) {
  if (!v) return "nog geen score";
  // One decimal with a comma, from whole tenths: std::to_string(double) would bring printf
  // into the module (issue 15).
  const long long tenths = std::llround(*v * 10);
  const long long magnitude = tenths < 0 ? -tenths : tenths;
  return (tenths < 0 ? "-" : "") + std::to_string(magnitude / 10) + "," + std::to_string(magnitude % 10);
}
}  // namespace

Json checkPop(const ContentIndex& index, const Framework& fw, const Json& pop, std::vector<PopIssue>& issues) {
  Json out = {{"goals", Json::array()}};
  if (!pop.is_object() || !pop.contains("goals") || !pop["goals"].is_array()) {
    issues.push_back({-1, "goals", "Een ontwikkelplan heeft een lijst met doelen."});
    return out;
  }
  const Json& goals = pop["goals"];
  if (goals.empty()) issues.push_back({-1, "goals", "Kies minstens één doel."});
  if (goals.size() > kPopMaxGoals) issues.push_back({-1, "goals", "Kies hoogstens drie doelen: dan blijft het te doen."});
  std::set<std::string> seen;
  for (std::size_t g = 0; g < goals.size() && g < kPopMaxGoals; ++g) {
    const int at = static_cast<int>(g);
    const std::string n = "Doel " + std::to_string(g + 1) + ": ";
    const Json& goal = goals[g];
    if (!goal.is_object()) {
      issues.push_back({at, "competence", n + "dit doel kan niet worden gelezen."});
      continue;
    }
    const auto field = [&](const char* key) -> const Json& {
      static const Json none;
      return goal.contains(key) ? goal[key] : none;
    };
    Json o = Json::object();
    const std::string compId = field("competence").is_string() ? field("competence").get<std::string>() : "";
    const Competence* comp = competenceIn(fw, compId);
    if (!comp) issues.push_back({at, "competence", n + "kies een competentie uit deze zelfscan."});
    else if (!seen.insert(compId).second) issues.push_back({at, "competence", n + "“" + comp->title + "” staat al bij een ander doel."});
    o["competence"] = comp ? compId : "";
    const std::string about = comp ? " bij “" + comp->title + "”" : "";
    o["action"] = clean(field("action"), kMaxText);
    if (o["action"].get<std::string>().empty()) issues.push_back({at, "action", n + "schrijf op wat je gaat doen" + about + "."});
    o["with"] = Json::array();
    if (field("with").is_array()) {
      for (const auto& w : field("with")) {
        const auto known = std::find_if(std::begin(kPartners), std::end(kPartners), [&](const char* p) { return w == p; });
        if (known == std::end(kPartners)) issues.push_back({at, "with", n + "kies met wie: een collega, de i-coach of een netwerk."});
        else if (std::find(o["with"].begin(), o["with"].end(), *known) == o["with"].end()) o["with"].push_back(*known);
      }
    }
    o["withWho"] = clean(field("withWho"), kMaxWho);
    if (o["with"].empty() && o["withWho"].get<std::string>().empty())
      issues.push_back({at, "with", n + "kies met wie je het doet" + about + "."});
    o["by"] = field("by").is_string() ? normaliseDate(field("by").get<std::string>()) : "";
    if (o["by"].get<std::string>().empty()) issues.push_back({at, "by", n + "kies een datum waarop het klaar is" + about + "."});
    o["evidence"] = clean(field("evidence"), kMaxText);
    if (o["evidence"].get<std::string>().empty())
      issues.push_back({at, "evidence", n + "schrijf op hoe je merkt dat het gelukt is" + about + "."});
    for (const char* key : {"action", "evidence"})
      if (o[key].get<std::string>().size() > kMaxText)
        issues.push_back({at, key, n + "de tekst is te lang (hoogstens 1000 tekens)."});
    if (o["withWho"].get<std::string>().size() > kMaxWho) issues.push_back({at, "with", n + "de namen zijn te lang (hoogstens 200 tekens)."});
    o["topics"] = Json::array();
    if (field("topics").is_array()) {
      for (const auto& t : field("topics")) {
        if (!t.is_string() || !findTopic(index.content(), t.get<std::string>()).topic) {
          issues.push_back({at, "topics", n + "een gekozen gespreksstarter bestaat niet (meer)."});
        } else if (o["topics"].size() < kMaxTopics) {
          o["topics"].push_back(t);
        }
      }
    }
    out["goals"].push_back(o);
  }
  if (pop.is_object() && pop.contains("createdAt") && pop["createdAt"].is_string()) {
    const std::string at = normaliseDateTime(pop["createdAt"].get<std::string>());
    if (!at.empty()) out["createdAt"] = at;
  }
  return out;
}

std::string popMarkdown(const ContentIndex& index, const Framework& fw, const Answers& answers, const std::string& finishedAt,
                        const Json& pop) {
  const Profile p = computeProfile(fw, answers);
  std::string out = "# Mijn ontwikkelplan (POP)\n\n";
  out += "Uit de zelfscan “" + fw.title + "”, meting van " + dutchDateText(finishedAt) + ".  \n";
  out += "Voor het jaargesprek (gesprekkencyclus). Gemaakt met Samenwijs; er staat geen naam in.\n";
  std::size_t g = 0;
  for (const auto& goal : pop["goals"]) {
    const std::string id = goal["competence"].get<std::string>();
    const CompetenceScore* cs = nullptr;
    for (const auto& c : p.competences)
      if (c.competence->id == id) cs = &c;
    if (!cs) continue;
    out += "\n## Doel " + std::to_string(++g) + ": " + md(cs->competence->title) + "\n\n";
    out += "- **Score bij deze meting:** " + score(cs->score);
    if (cs->score) out += " (" + fw.levels[static_cast<std::size_t>(levelOf(*cs->score) - 1)].label + ")";
    out += "\n- **Wat ik ga doen:** " + md(goal["action"].get<std::string>()) + "\n";
    std::string with;
    for (const auto& w : goal["with"]) {
      for (std::size_t k = 0; k < 3; ++k)
        if (w == kPartners[k]) with += (with.empty() ? "" : ", ") + std::string(kPartnerText[k]);
    }
    if (!goal["withWho"].get<std::string>().empty()) with += (with.empty() ? "" : "; ") + md(goal["withWho"].get<std::string>());
    out += "- **Met wie:** " + with + "\n";
    out += "- **Klaar op:** " + dutchDateText(goal["by"].get<std::string>()) + "\n";
    out += "- **Zo merk ik dat het gelukt is:** " + md(goal["evidence"].get<std::string>()) + "\n";
    if (!goal["topics"].empty()) {
      out += "- **Gespreksstarters die helpen:**\n";
      for (const auto& t : goal["topics"]) {
        const TopicHit hit = findTopic(index.content(), t.get<std::string>());
        if (hit.topic) out += "  - " + hit.topic->number + " " + md(hit.topic->title) + " (" + md(hit.guide->title) + ")\n";
      }
    }
  }
  return out;
}

}  // namespace samenwijs

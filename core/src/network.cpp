#include "samenwijs/network.hpp"

#include "samenwijs/csv.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace samenwijs {

namespace {
// 3 points per chosen goal the option serves, 2 per chosen participant group.
KindAdvice score(const std::vector<std::string>& optionGoals, const std::vector<std::string>& optionParticipants,
                 const std::vector<std::string>& goals, const std::vector<std::string>& participants) {
  KindAdvice a;
  for (const auto& g : optionGoals) {
    if (std::find(goals.begin(), goals.end(), g) != goals.end()) a.matchedGoals.push_back(g);
  }
  for (const auto& p : optionParticipants) {
    if (std::find(participants.begin(), participants.end(), p) != participants.end()) a.matchedParticipants.push_back(p);
  }
  a.score = 3 * static_cast<int>(a.matchedGoals.size()) + 2 * static_cast<int>(a.matchedParticipants.size());
  return a;
}
}  // namespace

std::vector<FormAdvice> adviseForms(const Network& net, const std::vector<std::string>& goals,
                                    const std::vector<std::string>& participants) {
  std::vector<FormAdvice> out;
  for (const char* dimension : {"thema", "functie", "looptijd", "regio"}) {
    FormAdvice d{dimension, {}, nullptr};
    for (const auto& form : net.forms) {
      if (form.dimension == dimension) d.forms.emplace_back(&form, score(form.goals, form.participants, goals, participants));
    }
    if (d.forms.empty()) continue;
    std::stable_sort(d.forms.begin(), d.forms.end(), [](const auto& x, const auto& y) { return x.second.score > y.second.score; });
    const bool clear = d.forms[0].second.score > 0 && (d.forms.size() == 1 || d.forms[0].second.score > d.forms[1].second.score);
    if (clear) d.recommended = d.forms[0].first;
    out.push_back(std::move(d));
  }
  return out;
}

std::vector<KindAdvice> adviseKinds(const Network& net, const std::vector<std::string>& goals,
                                    const std::vector<std::string>& participants) {
  std::vector<KindAdvice> out;
  for (const auto& kind : net.kinds) {
    KindAdvice a = score(kind.goals, kind.participants, goals, participants);
    a.kind = &kind;
    out.push_back(std::move(a));
  }
  std::stable_sort(out.begin(), out.end(), [](const KindAdvice& x, const KindAdvice& y) { return x.score > y.score; });
  return out;
}

std::string focusOf(const Network& net, const std::vector<std::string>& goals) {
  bool individual = false, school = false;
  for (const auto& g : net.goals) {
    if (std::find(goals.begin(), goals.end(), g.id) == goals.end()) continue;
    individual = individual || g.focus == "individual";
    school = school || g.focus == "school";
  }
  return individual && school ? "both" : individual ? "individual" : school ? "school" : "";
}

// ---- plan ------------------------------------------------------------------------------

namespace {
struct TextField {
  const char* key;
  std::string NetworkPlan::*member;
};
const TextField kTextFields[] = {
    {"title", &NetworkPlan::title},           {"kind", &NetworkPlan::kind},
    {"goal", &NetworkPlan::goal},             {"form", &NetworkPlan::form},
    {"owner", &NetworkPlan::owner},           {"duration", &NetworkPlan::duration},
    {"participants", &NetworkPlan::participants}, {"expectations", &NetworkPlan::expectations},
    {"funding", &NetworkPlan::funding},       {"facilitator", &NetworkPlan::facilitator},
    {"workingForms", &NetworkPlan::workingForms}, {"betweenMeetings", &NetworkPlan::betweenMeetings},
    {"sharing", &NetworkPlan::sharing}};
const TextField kEvaluationFields[] = {{"reaction", &NetworkPlan::evalReaction},
                                       {"learning", &NetworkPlan::evalLearning},
                                       {"behaviour", &NetworkPlan::evalBehaviour},
                                       {"results", &NetworkPlan::evalResults}};

void readText(JsonReader& r, const char* key, std::string& into) {
  if (!r.has(key) || r.value().at(key).is_null()) return;
  const Json& v = r.value().at(key);
  if (!v.is_string()) {
    r.failAt(std::string("/") + key, "moet tekst zijn");
    return;
  }
  into = v.get<std::string>();
  if (into.size() > kPlanMaxText) r.failAt(std::string("/") + key, "is te lang (hoogstens 5000 tekens)");
}
}  // namespace

std::optional<NetworkPlan> readPlan(const Json& value, IssueList& issues) {
  const std::size_t before = issues.size();
  JsonReader r(value, "netwerkplan", "", issues);
  if (!r.expectObject()) return std::nullopt;
  r.allowOnly({"title", "kind", "goal", "form", "owner", "duration", "participants", "expectations", "funding",
               "facilitator", "workingForms", "betweenMeetings", "sharing", "sizeMin", "sizeIdeal", "sizeMax", "evaluation"});
  NetworkPlan plan;
  for (const auto& f : kTextFields) readText(r, f.key, plan.*(f.member));
  for (auto [key, member] : {std::pair{"sizeMin", &NetworkPlan::sizeMin}, std::pair{"sizeIdeal", &NetworkPlan::sizeIdeal},
                              std::pair{"sizeMax", &NetworkPlan::sizeMax}}) {
    if (r.has(key) && !r.value().at(key).is_null()) {
      const auto v = r.requiredInt(key, 1, 1000);
      if (v) plan.*member = static_cast<int>(*v);
    }
  }
  if (plan.sizeMin && plan.sizeMax && *plan.sizeMin > *plan.sizeMax) {
    r.failAt("/sizeMin", "het minimum aantal deelnemers is groter dan het maximum");
  }
  if (plan.sizeIdeal && ((plan.sizeMin && *plan.sizeIdeal < *plan.sizeMin) || (plan.sizeMax && *plan.sizeIdeal > *plan.sizeMax))) {
    r.failAt("/sizeIdeal", "het ideale aantal ligt niet tussen het minimum en het maximum");
  }
  if (r.has("evaluation") && !r.value().at("evaluation").is_null()) {
    JsonReader e = r.child("evaluation");
    if (e.expectObject()) {
      e.allowOnly({"reaction", "learning", "behaviour", "results"});
      for (const auto& f : kEvaluationFields) readText(e, f.key, plan.*(f.member));
    }
  }
  if (issues.size() != before) return std::nullopt;
  return plan;
}

Json planToJson(const NetworkPlan& plan) {
  Json j = Json::object();
  for (const auto& f : kTextFields) j[f.key] = plan.*(f.member);
  j["sizeMin"] = plan.sizeMin ? Json(*plan.sizeMin) : Json(nullptr);
  j["sizeIdeal"] = plan.sizeIdeal ? Json(*plan.sizeIdeal) : Json(nullptr);
  j["sizeMax"] = plan.sizeMax ? Json(*plan.sizeMax) : Json(nullptr);
  Json e = Json::object();
  for (const auto& f : kEvaluationFields) e[f.key] = plan.*(f.member);
  j["evaluation"] = e;
  return j;
}

std::vector<std::string> missingPlanFields(const NetworkPlan& p) {
  std::vector<std::string> missing;
  auto need = [&](const std::string& value, const char* field) {
    if (value.find_first_not_of(" \t\r\n") == std::string::npos) missing.push_back(field);
  };
  need(p.goal, "goal");
  need(p.form, "form");
  need(p.owner, "owner");
  if (!p.sizeMin || !p.sizeMax) missing.push_back("size");
  need(p.duration, "duration");
  need(p.participants, "participants");
  need(p.expectations, "expectations");
  need(p.funding, "funding");
  need(p.facilitator, "facilitator");
  need(p.workingForms, "workingForms");
  need(p.betweenMeetings, "betweenMeetings");
  const auto blank = [](const std::string& v) { return v.find_first_not_of(" \t\r\n") == std::string::npos; };
  if (blank(p.evalReaction) || blank(p.evalLearning) || blank(p.evalBehaviour) || blank(p.evalResults)) {
    missing.push_back("evaluation");
  }
  need(p.sharing, "sharing");
  return missing;
}

std::vector<std::string> planWarnings(const NetworkPlan& p) {
  std::vector<std::string> warnings;
  // A network works best with a limited size (seed 004 appendix; seed 001 2.1.4).
  if (p.sizeMax && *p.sizeMax > 20) {
    warnings.push_back("Meer dan 20 deelnemers maakt echte uitwisseling lastig. Werk dan in kleinere groepen binnen het netwerk.");
  }
  if (p.sizeMin && *p.sizeMin < 3) warnings.push_back("Met minder dan 3 deelnemers is er weinig om uit te wisselen.");
  if (!p.goal.empty() && foldText(p.goal).find("leerling") == std::string::npos) {
    warnings.push_back("Het doel noemt de leerling niet. Schrijf erbij wat leerlingen merken als het netwerk slaagt.");
  }
  return warnings;
}

std::string planMarkdown(const Network& net, const NetworkPlan& p) {
  auto title = [&](const char* field, const char* fallback) {
    for (const auto& [f, t] : net.planFields) {
      if (f == field) return t;
    }
    return std::string(fallback);
  };
  auto section = [&](const char* field, const char* fallback, const std::string& text) {
    return "## " + title(field, fallback) + "\n\n" + (text.empty() ? "_(nog niet ingevuld)_" : text) + "\n\n";
  };
  std::string out = "# " + (p.title.empty() ? std::string("Netwerkplan") : "Netwerkplan: " + p.title) + "\n\n";
  if (!p.kind.empty()) {
    for (const auto& k : net.kinds) {
      if (k.id == p.kind) out += "**Soort netwerk:** " + k.title + "\n\n";
    }
  }
  out += section("goal", "Doel", p.goal);
  out += section("form", "Vorm", p.form);
  out += section("owner", "Eigenaar", p.owner);
  std::string size;
  if (p.sizeMin) size += "minimaal " + std::to_string(*p.sizeMin) + " deelnemers";
  if (p.sizeIdeal) size += std::string(size.empty() ? "" : ", ") + "ideaal " + std::to_string(*p.sizeIdeal) + " deelnemers";
  if (p.sizeMax && !size.empty()) size += ", ";
  if (p.sizeMax) size += "maximaal " + std::to_string(*p.sizeMax) + " deelnemers";
  out += section("size", "Omvang", size);
  out += section("duration", "Looptijd", p.duration);
  out += section("participants", "Deelnemers", p.participants);
  out += section("expectations", "Verwachtingen", p.expectations);
  out += section("funding", "Financiering en tijd", p.funding);
  out += section("facilitator", "Procesbegeleider", p.facilitator);
  out += section("workingForms", "Werkvormen", p.workingForms);
  out += section("betweenMeetings", "Tussen de bijeenkomsten", p.betweenMeetings);
  out += "## " + title("evaluation", "Evaluatie") + " (Kirkpatrick)\n\n";
  for (std::size_t level = 0; level < 4; ++level) {
    const std::string& text = p.*kKirkpatrickFields[level];
    out += "### " + std::string(kKirkpatrickHeadings[level]) + "\n\n" + (text.empty() ? "_(nog niet ingevuld)_" : text) + "\n\n";
  }
  out += section("sharing", "Delen en borgen", p.sharing);
  out += "_Gemaakt met Samenwijs._\n";
  return out;
}

// ---- map -------------------------------------------------------------------------------

std::optional<NetworkMap> readMap(const Json& value, IssueList& issues) {
  const std::size_t before = issues.size();
  JsonReader r(value, "netwerkkaart", "", issues);
  if (!r.expectObject()) return std::nullopt;
  r.allowOnly({"ties", "links", "version"});
  NetworkMap map;
  const std::size_t n = r.forEach("ties", true, [&](JsonReader& t) {
    if (!t.expectObject()) return;
    t.allowOnly({"name", "kind", "circle", "inside", "frequency", "involvement"});
    Tie tie;
    tie.name = t.requiredString("name");
    if (tie.name.size() > 100) t.failAt("/name", "de naam is te lang (hoogstens 100 tekens)");
    tie.kind = t.requiredString("kind");
    if (!tie.kind.empty() && tie.kind != "person" && tie.kind != "organisation") t.failAt("/kind", "kies persoon of organisatie");
    tie.circle = t.optionalString("circle");
    if (tie.circle.size() > 100) t.failAt("/circle", "de kring is te lang (hoogstens 100 tekens)");
    if (!t.has("inside") || !t.value().at("inside").is_boolean()) t.failAt("/inside", "geef aan of dit binnen of buiten de school is");
    else tie.inside = t.value().at("inside").get<bool>();
    const auto f = t.requiredInt("frequency", 1, 5), i = t.requiredInt("involvement", 1, 5);
    tie.frequency = f ? static_cast<int>(*f) : 1;
    tie.involvement = i ? static_cast<int>(*i) : 1;
    map.ties.push_back(std::move(tie));
  });
  if (n > kMapMaxTies) r.failAt("/ties", "een netwerkkaart heeft hoogstens 80 verbindingen");
  // Links are optional: maps saved before they existed have none.
  if (r.has("links") && !r.value().at("links").is_null()) {
    const Json& links = r.value().at("links");
    if (!links.is_array() || links.size() > kMapMaxLinks) {
      r.failAt("/links", "de lijst van wie elkaar kent klopt niet");
    } else {
      std::set<std::pair<std::size_t, std::size_t>> seen;
      for (std::size_t k = 0; k < links.size(); ++k) {
        const Json& l = links[k];
        const bool pair = l.is_array() && l.size() == 2 && l[0].is_number_unsigned() && l[1].is_number_unsigned();
        const std::size_t a = pair ? l[0].get<std::size_t>() : 0, b = pair ? l[1].get<std::size_t>() : 0;
        if (!pair || a >= n || b >= n || a == b) {
          r.failAt("/links/" + std::to_string(k), "verwijst naar een contact dat niet op de kaart staat");
          continue;
        }
        if (seen.insert({std::min(a, b), std::max(a, b)}).second) map.links.emplace_back(std::min(a, b), std::max(a, b));
      }
      std::sort(map.links.begin(), map.links.end());
    }
  }
  if (issues.size() != before) return std::nullopt;
  return map;
}

Json mapToJson(const NetworkMap& map) {
  Json list = Json::array();
  for (const auto& t : map.ties) {
    list.push_back({{"name", t.name}, {"kind", t.kind}, {"circle", t.circle}, {"inside", t.inside},
                    {"frequency", t.frequency}, {"involvement", t.involvement}});
  }
  Json links = Json::array();
  for (const auto& [a, b] : map.links) links.push_back(Json::array({a, b}));
  return {{"version", 2}, {"ties", list}, {"links", links}};
}

NetworkMap removeTie(const NetworkMap& map, std::size_t index) {
  NetworkMap out;
  for (std::size_t i = 0; i < map.ties.size(); ++i) {
    if (i != index) out.ties.push_back(map.ties[i]);
  }
  const auto shift = [&](std::size_t i) { return i > index ? i - 1 : i; };
  for (const auto& [a, b] : map.links) {
    if (a != index && b != index) out.links.emplace_back(shift(a), shift(b));
  }
  return out;
}

int tieStrength(const Tie& t) { return t.frequency * t.involvement; }

const char* strengthClass(int strength) { return strength >= 12 ? "strong" : strength >= 6 ? "medium" : "weak"; }

std::string mapCsv(const NetworkMap& map) {
  CsvWriter csv;
  for (const char* h : {"naam", "soort", "kring", "binnen of buiten de school", "hoe vaak (1-5)", "hoe betrokken (1-5)",
                        "sterkte (1-25)", "sterkte", "kent ook"})
    csv.text(h);
  csv.endRow();
  for (std::size_t i = 0; i < map.ties.size(); ++i) {
    const Tie& t = map.ties[i];
    const int s = tieStrength(t);
    const std::string cls = strengthClass(s);
    std::string knows;
    for (const auto& [a, b] : map.links) {
      if (a != i && b != i) continue;
      knows += (knows.empty() ? "" : ", ") + map.ties[a == i ? b : a].name;
    }
    csv.text(t.name).text(t.kind == "organisation" ? "organisatie" : "persoon").text(t.circle);
    csv.text(t.inside ? "binnen" : "buiten").number(t.frequency).number(t.involvement).number(s);
    csv.text(cls == "strong" ? "sterk" : cls == "medium" ? "middel" : "zwak").text(knows).endRow();
  }
  return csv.str();
}

}  // namespace samenwijs

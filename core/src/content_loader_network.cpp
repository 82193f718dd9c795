// Reading the network check's content (content/network/*.json); see content/SCHEMA.md.
#include "samenwijs/content_loader.hpp"

#include <algorithm>

namespace samenwijs {
namespace {
const char* const kPlanFields[] = {"goal",         "form",      "owner",       "size",           "duration",
                                   "participants", "expectations", "funding", "facilitator", "workingForms",
                                   "betweenMeetings", "evaluation", "sharing"};
bool isPlanField(const std::string& f) {
  for (const char* k : kPlanFields) {
    if (f == k) return true;
  }
  return false;
}
// The verdicts the readiness rule gives (readiness.hpp); each needs a text per phase.
const char* const kVerdicts[] = {"empty", "blocked", "notYet", "almostBlocking", "almost", "readyWithAttention", "ready",
                                 "incomplete"};
// Verdicts about named conditions must name them.
bool namesConditions(const std::string& id) { return id == "blocked" || id == "almostBlocking"; }

bool oneOf(const std::string& v, std::initializer_list<const char*> options) {
  for (const char* o : options) {
    if (v == o) return true;
  }
  return false;
}
}  // namespace

void ContentLoader::readNetworkReadiness(JsonReader& r) {
  if (!r.expectObject()) return;
  r.allowOnly({"answers", "groups", "verdicts", "conditions"});
  Network& net = content_.network;
  r.forEach("answers", true, [&](JsonReader& a) {
    if (!a.expectObject()) return;
    a.allowOnly({"value", "label"});
    const auto value = a.requiredInt("value", 0, 2);
    net.answerLabels.emplace_back(value ? static_cast<int>(*value) : 0, a.requiredString("label"));
  });
  if (r.has("answers") && net.answerLabels.size() != 3) r.failAt("/answers", "geef precies drie antwoorden: 2, 1 en 0");
  r.forEach("groups", true, [&](JsonReader& g) {
    if (!g.expectObject()) return;
    g.allowOnly({"id", "title", "description"});
    const std::string id = readId(g, "netwerk");
    net.groups.emplace_back(id, g.requiredString("title"));
    g.requiredString("description");
  });
  readReadinessVerdicts(r);
  r.forEach("conditions", true, [&](JsonReader& c) {
    if (!c.expectObject()) return;
    c.allowOnly({"id", "group", "title", "phases", "weight", "blocking", "blockingWhy", "blockingSources", "why", "statements",
                 "nextSteps", "source"});
    ReadinessCondition cond;
    cond.id = readId(c, "netwerk");
    cond.group = c.requiredString("group");
    refer(Reference::Kind::NetworkGroup, cond.group, c, "/group");
    cond.title = c.requiredString("title");
    cond.phases = c.stringArray("phases", true);
    if (cond.phases.empty() && c.has("phases")) c.failAt("/phases", "noem minstens één fase: start of running");
    for (std::size_t i = 0; i < cond.phases.size(); ++i) {
      if (!oneOf(cond.phases[i], {"start", "running"})) c.failAt("/phases/" + std::to_string(i), "een fase is 'start' of 'running'");
    }
    const auto weight = c.requiredInt("weight", 1, 3);
    cond.weight = weight ? static_cast<int>(*weight) : 1;
    if (!c.has("blocking") || !c.value().at("blocking").is_boolean()) {
      c.failAt("/blocking", "geef aan of de voorwaarde blokkeert: true of false");
    } else {
      cond.blocking = c.value().at("blocking").get<bool>();
    }
    // A blocking condition says why and cites the sources for it; others do not.
    if (cond.blocking) {
      cond.blockingWhy = c.requiredString("blockingWhy");
      cond.blockingSources = readCitations(c, "blockingSources");
    } else {
      if (c.has("blockingWhy")) c.failAt("/blockingWhy", "alleen een blokkerende voorwaarde heeft een blockingWhy");
      if (c.has("blockingSources")) c.failAt("/blockingSources", "alleen een blokkerende voorwaarde heeft blockingSources");
    }
    cond.why = c.requiredString("why");
    const std::size_t n = c.forEach("statements", true, [&](JsonReader& s) {
      if (!s.expectObject()) return;
      s.allowOnly({"id", "text"});
      cond.statements.push_back(readId(s, "netwerk"));
      cond.statementTexts.push_back(s.requiredString("text"));
    });
    if (c.has("statements") && (n < 1 || n > 4)) c.failAt("/statements", "een voorwaarde heeft 1 tot 4 uitspraken");
    JsonReader next = c.child("nextSteps");
    if (!c.has("nextSteps")) {
      c.failAt("/nextSteps", "verplicht veld ontbreekt");
    } else if (next.expectObject()) {
      next.allowOnly({"attention", "missing"});
      cond.nextAttention = next.requiredString("attention");
      cond.nextMissing = next.requiredString("missing");
    }
    cond.source = readCitation(c.child("source"));
    net.conditions.push_back(std::move(cond));
  });
  net.readinessJson = r.value();
}

void ContentLoader::readReadinessVerdicts(JsonReader& r) {
  Network& net = content_.network;
  r.forEach("verdicts", true, [&](JsonReader& v) {
    if (!v.expectObject()) return;
    v.allowOnly({"id", "start", "running"});
    ReadinessVerdictText text{v.requiredString("id"), v.requiredString("start"), v.requiredString("running")};
    bool known = false;
    for (const char* id : kVerdicts) known = known || text.id == id;
    if (!text.id.empty() && !known) v.failAt("/id", "onbekend oordeel '" + text.id + "'");
    for (const auto& n : net.verdictTexts) {
      if (n.id == text.id) v.failAt("/id", "het oordeel '" + text.id + "' staat er twee keer in");
    }
    for (const char* phase : {"start", "running"}) {
      const std::string& s = std::string(phase) == "start" ? text.start : text.running;
      // Only the known placeholders: a typo would reach the user as it is.
      for (std::size_t at = s.find('{'); at != std::string::npos; at = s.find('{', at + 1)) {
        const std::size_t end = s.find('}', at);
        const std::string name = end == std::string::npos ? s.substr(at) : s.substr(at, end - at + 1);
        if (!oneOf(name, {"{voorwaarden}", "{aantal}", "{score}"})) {
          v.failAt(std::string("/") + phase, "onbekende plaatshouder " + name + " (gebruik {voorwaarden}, {aantal} of {score})");
        }
      }
      if (namesConditions(text.id) && s.find("{voorwaarden}") == std::string::npos) {
        v.failAt(std::string("/") + phase, "dit oordeel moet de voorwaarden noemen met {voorwaarden}");
      }
    }
    net.verdictTexts.push_back(std::move(text));
  });
  if (!r.has("verdicts")) return;
  for (const char* id : kVerdicts) {
    bool found = false;
    for (const auto& n : net.verdictTexts) found = found || n.id == id;
    if (!found) r.failAt("/verdicts", std::string("het oordeel '") + id + "' ontbreekt");
  }
}

void ContentLoader::readNetworkKinds(JsonReader& r) {
  if (!r.expectObject()) return;
  r.allowOnly({"goals", "participants", "kinds", "forms"});
  Network& net = content_.network;
  r.forEach("goals", true, [&](JsonReader& g) {
    if (!g.expectObject()) return;
    g.allowOnly({"id", "label", "focus"});
    NetworkGoal goal{readId(g, "netwerk"), g.requiredString("label"), g.requiredString("focus")};
    if (!goal.focus.empty() && !oneOf(goal.focus, {"individual", "school"})) g.failAt("/focus", "de focus is 'individual' of 'school'");
    net.goals.push_back(std::move(goal));
  });
  r.forEach("participants", true, [&](JsonReader& p) {
    if (!p.expectObject()) return;
    p.allowOnly({"id", "label"});
    const std::string id = readId(p, "netwerk");
    net.participants.emplace_back(id, p.requiredString("label"));
  });
  r.forEach("kinds", true, [&](JsonReader& k) {
    if (!k.expectObject()) return;
    k.allowOnly({"id", "title", "description", "focus", "goals", "participants", "source"});
    NetworkKind kind;
    kind.id = readId(k, "netwerk");
    kind.title = k.requiredString("title");
    kind.description = k.requiredString("description");
    kind.focus = k.requiredString("focus");
    if (!kind.focus.empty() && !oneOf(kind.focus, {"individual", "school", "both"})) {
      k.failAt("/focus", "de focus is 'individual', 'school' of 'both'");
    }
    kind.goals = k.stringArray("goals", true);
    kind.participants = k.stringArray("participants", true);
    referAll(Reference::Kind::NetworkGoal, kind.goals, k, "goals");
    referAll(Reference::Kind::NetworkParticipant, kind.participants, k, "participants");
    kind.source = readCitation(k.child("source"));
    net.kinds.push_back(std::move(kind));
  });
  r.forEach("forms", true, [&](JsonReader& f) {
    if (!f.expectObject()) return;
    f.allowOnly({"id", "dimension", "title", "description", "goals", "participants", "source"});
    NetworkForm form;
    form.id = readId(f, "netwerk");
    form.dimension = f.requiredString("dimension");
    if (!form.dimension.empty() && !oneOf(form.dimension, {"thema", "functie", "looptijd", "regio"})) {
      f.failAt("/dimension", "de dimensie is thema, functie, looptijd of regio");
    }
    form.title = f.requiredString("title");
    f.requiredString("description");
    form.goals = f.stringArray("goals", true);
    form.participants = f.stringArray("participants", true);
    referAll(Reference::Kind::NetworkGoal, form.goals, f, "goals");
    referAll(Reference::Kind::NetworkParticipant, form.participants, f, "participants");
    readCitation(f.child("source"));
    net.forms.push_back(std::move(form));
  });
  net.kindsJson = r.value();
}

void ContentLoader::readNetworkMap(JsonReader& r) {
  if (!r.expectObject()) return;
  r.allowOnly({"dimensions", "characters", "risks", "boundaryCrossing", "source"});
  r.forEach("dimensions", true, [&](JsonReader& d) {
    if (!d.expectObject()) return;
    d.allowOnly({"id", "title", "description", "questions"});
    readId(d, "netwerk");
    d.requiredString("title");
    d.requiredString("description");
    if (d.stringArray("questions", true).empty() && d.has("questions")) d.failAt("/questions", "geef minstens één vraag");
  });
  std::vector<std::string> characters;
  r.forEach("characters", true, [&](JsonReader& k) {
    if (!k.expectObject()) return;
    k.allowOnly({"id", "kind", "title", "description"});
    readId(k, "netwerk");
    const std::string kind = k.requiredString("kind");
    if (!kind.empty() && !oneOf(kind, {"closed", "open", "mixed"})) k.failAt("/kind", "een karakter is 'closed', 'open' of 'mixed'");
    if (std::find(characters.begin(), characters.end(), kind) != characters.end()) k.failAt("/kind", "dit karakter staat er twee keer in");
    characters.push_back(kind);
    k.requiredString("title");
    k.requiredString("description");
  });
  if (r.has("characters") && characters.size() != 3) r.failAt("/characters", "beschrijf precies drie karakters: closed, open en mixed");
  r.forEach("risks", true, [&](JsonReader& k) {
    if (!k.expectObject()) return;
    k.allowOnly({"id", "kind", "title", "description"});
    readId(k, "netwerk");
    const std::string kind = k.requiredString("kind");
    if (!kind.empty() && !oneOf(kind, {"closed", "open"})) k.failAt("/kind", "een risico hoort bij 'closed' of 'open'");
    k.requiredString("title");
    k.requiredString("description");
  });
  r.forEach("boundaryCrossing", true, [&](JsonReader& b) {
    if (!b.expectObject()) return;
    b.allowOnly({"id", "title", "description", "question", "minFrequency", "minInvolvement", "needs"});
    BoundaryMechanism m;
    m.id = readId(b, "netwerk");
    m.title = b.requiredString("title");
    const auto f = b.requiredInt("minFrequency", 1, 5), i = b.requiredInt("minInvolvement", 1, 5);
    m.minFrequency = f ? static_cast<int>(*f) : 1;
    m.minInvolvement = i ? static_cast<int>(*i) : 1;
    b.requiredString("needs");
    content_.network.mechanisms.push_back(std::move(m));
    b.requiredString("description");
    b.requiredString("question");
  });
  readCitation(r.child("source"));
  content_.network.mapJson = r.value();
}

void ContentLoader::readNetworkPlan(JsonReader& r) {
  if (!r.expectObject()) return;
  r.allowOnly({"sections", "kirkpatrick", "source"});
  Network& net = content_.network;
  r.forEach("sections", true, [&](JsonReader& s) {
    if (!s.expectObject()) return;
    s.allowOnly({"id", "field", "title", "help", "example"});
    readId(s, "netwerk");
    const std::string field = s.requiredString("field");
    if (!field.empty() && !isPlanField(field)) s.failAt("/field", "onbekend veld van het netwerkplan: '" + field + "'");
    net.planFields.emplace_back(field, s.requiredString("title"));
    s.requiredString("help");
    s.optionalString("example");
  });
  const std::size_t levels = r.forEach("kirkpatrick", true, [&](JsonReader& k) {
    if (!k.expectObject()) return;
    k.allowOnly({"level", "id", "title", "question", "example"});
    readId(k, "netwerk");
    k.requiredInt("level", 1, 4);
    k.requiredString("title");
    k.requiredString("question");
    k.requiredString("example");
  });
  if (r.has("kirkpatrick") && levels != 4) r.failAt("/kirkpatrick", "Kirkpatrick heeft precies vier niveaus");
  readCitation(r.child("source"));
  net.planJson = r.value();
}


void ContentLoader::addNetworkPart(const std::string& file, const std::string& text,
                                   void (ContentLoader::*read)(JsonReader&)) {
  if (auto json = parse(file, text)) {
    JsonReader r(*json, file, "", issues_);
    (this->*read)(r);
    ++networkParts_;
  }
}

void ContentLoader::addNetworkReadiness(const std::string& file, const std::string& text) {
  addNetworkPart(file, text, &ContentLoader::readNetworkReadiness);
}
void ContentLoader::addNetworkKinds(const std::string& file, const std::string& text) {
  addNetworkPart(file, text, &ContentLoader::readNetworkKinds);
}
void ContentLoader::addNetworkMap(const std::string& file, const std::string& text) {
  addNetworkPart(file, text, &ContentLoader::readNetworkMap);
}
void ContentLoader::addNetworkPlan(const std::string& file, const std::string& text) {
  addNetworkPart(file, text, &ContentLoader::readNetworkPlan);
}

}  // namespace samenwijs

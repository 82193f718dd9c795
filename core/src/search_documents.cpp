// The search's documents: one per thing a user can open on the site, with the texts they
// read there, the weight of each text, where it is and the route that opens it.
#include <map>
#include <set>

#include "samenwijs/search.hpp"

namespace samenwijs {
namespace {

// Field weights: a word in a title says more about a document than one in its body.
constexpr float kTitle = 3, kQuestion = 2, kBody = 1, kTags = 1.5f, kLevels = 0.7f, kPublisher = 1, kContext = 0.4f;

std::string joined(const std::vector<std::string>& parts, const char* separator = " ") {
  std::string out;
  for (const auto& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

class Builder {
 public:
  explicit Builder(const Content& c) : c_(c) {
    for (const auto& t : c.tags) tagTitle_[t.id] = t.title;
    for (const auto& t : c.policyThemes) policyTitle_[t.id] = t.title;
  }

  std::vector<SearchDocument> build() {
    docs_.reserve(estimate());
    guides();
    frameworks();
    network();
    sources();
    glossary();
    themes();
    return std::move(docs_);
  }

 private:
  // About how many documents there will be (the network check's are not counted up front).
  std::size_t estimate() const {
    std::size_t n = c_.sources.size() + c_.glossary.size() + c_.themes.size() + c_.policyThemes.size() + 256;
    for (const auto& g : c_.guides) {
      ++n;
      for (const auto& mq : g.mainQuestions) {
        n += 1 + mq.readingTips.size();
        for (const auto& t : mq.topics) n += 1 + t.questions.size();
      }
    }
    for (const auto& fw : c_.frameworks) {
      ++n;
      for (const auto& domain : fw.domains) {
        for (const auto& comp : domain.competences) n += 1 + comp.items.size();
      }
    }
    return n;
  }
  SearchDocument& add(const char* kind, SearchPlace place, const std::string& id, std::string route, std::string context) {
    docs_.emplace_back();
    SearchDocument& d = docs_.back();
    d.kind = kind;
    d.place = place;
    d.id = id;
    d.route = std::move(route);
    d.context = std::move(context);
    return d;
  }
  static void field(SearchDocument& d, FieldName name, float weight, std::string text) {
    if (!text.empty() || d.fields.empty()) d.fields.push_back({name, weight, std::move(text)});
  }
  // The tags and policy themes of a topic, as their titles: "AVG" finds the topics tagged with it.
  std::string tagText(const std::vector<std::string>& tags, const std::vector<std::string>& policy) const {
    std::vector<std::string> titles;
    for (const auto& p : policy) titles.push_back(lookup(policyTitle_, p));
    for (const auto& t : tags) titles.push_back(lookup(tagTitle_, t));
    return joined(titles, " · ");
  }
  static std::string lookup(const std::map<std::string, std::string>& m, const std::string& id) {
    auto it = m.find(id);
    return it == m.end() ? std::string() : it->second;
  }

  void guides() {
    for (const auto& g : c_.guides) {
      const std::string base = "/gespreksstarters/" + g.id;
      SearchDocument& gd = add("guide", SearchPlace::Guidance, g.id, base, g.title);
      gd.guide = g.id;
      field(gd, FieldName::Title, kTitle, g.title);
      field(gd, FieldName::Text, kBody, joined({g.summary, joined(g.role)}));
      for (const auto& mq : g.mainQuestions) {
        std::set<std::string> mqPolicy;
        for (const auto& t : mq.topics) mqPolicy.insert(t.policyThemes.begin(), t.policyThemes.end());
        const std::vector<std::string> mqPolicyList(mqPolicy.begin(), mqPolicy.end());
        auto guidance = [&](const char* kind, const std::string& id, const std::string& topic,
                            const std::vector<std::string>& policy, std::string context) -> SearchDocument& {
          SearchDocument& d = add(kind, SearchPlace::Guidance, id, base + "/" + id, std::move(context));
          d.guide = g.id;
          d.mainQuestion = mq.id;
          d.topic = topic;
          d.theme = mq.theme;
          d.policyThemes = policy;
          return d;
        };
        SearchDocument& m = guidance("mainQuestion", mq.id, "", mqPolicyList, g.title + " › hoofdvraag " + mq.number);
        field(m, FieldName::Title, kTitle, mq.title);
        field(m, FieldName::Question, kQuestion, mq.question);
        field(m, FieldName::Text, kBody, mq.intro);
        field(m, FieldName::Context, kContext, g.title);
        for (const auto& t : mq.topics) {
          SearchDocument& td = guidance("topic", t.id, t.id, t.policyThemes, g.title + " › " + mq.number + " " + mq.title);
          field(td, FieldName::Title, kTitle, t.title);
          field(td, FieldName::Text, kBody, t.text);
          field(td, FieldName::Tags, kTags, tagText(t.tags, t.policyThemes));
          field(td, FieldName::Context, kContext, g.title);
          for (const auto& q : t.questions) {
            SearchDocument& qd = guidance("question", q.id, t.id, t.policyThemes, g.title + " › " + t.number + " " + t.title);
            field(qd, FieldName::Question, kQuestion, q.text);
            field(qd, FieldName::Context, kContext, g.title);
          }
        }
        for (const auto& tip : mq.readingTips) {
          SearchDocument& rd = guidance("readingTip", tip.id, "", mqPolicyList, g.title + " › leestip bij " + mq.title);
          field(rd, FieldName::Title, kTitle - 0.5f, tip.title);
          field(rd, FieldName::Text, kBody, tip.description);
          field(rd, FieldName::Publisher, kPublisher, tip.publisher);
        }
      }
    }
  }

  void frameworks() {
    for (const auto& fw : c_.frameworks) {
      SearchDocument& f = add("framework", SearchPlace::SelfAssessment, fw.id, "/zelfscan", "Zelfscan");
      field(f, FieldName::Title, kTitle, fw.title);
      field(f, FieldName::Text, kBody, joined({fw.summary, joined(fw.description)}));
      int step = 0;  // the self-assessment shows one competence per step, numbered from 1
      for (const auto& domain : fw.domains) {
        for (const auto& comp : domain.competences) {
          ++step;
          const std::string route = "/zelfscan/" + fw.id + "/stap/" + std::to_string(step);
          SearchDocument& cd = add("competence", SearchPlace::SelfAssessment, comp.id, route,
                                   fw.title + " › " + domain.code + " " + domain.title);
          field(cd, FieldName::Title, kTitle, comp.title);
          field(cd, FieldName::Text, kBody, comp.description);
          field(cd, FieldName::Tags, kTags, tagText(comp.tags, {}));
          field(cd, FieldName::Context, kContext, joined({fw.title, domain.title}));
          for (const auto& item : comp.items) {
            SearchDocument& id = add("item", SearchPlace::SelfAssessment, item.id, route + "?focus=item-" + item.id,
                                     fw.title + " › " + comp.title);
            field(id, FieldName::Text, kQuestion, item.text);
            field(id, FieldName::Levels, kLevels, joined(item.levels));
            field(id, FieldName::Context, kContext, comp.title);
          }
        }
      }
    }
  }

  // The network check's texts are read from its validated JSON as a whole, so the search keeps
  // working when the network check's rules change shape: every object with an id in a
  // top-level list is a document; its title is "title" (or "label", "text") and every other
  // text inside it is its body. The table below names the lists the pages show.
  struct NetworkList {
    const char* file;
    const char* list;
    const char* kind;
    const char* route;
    const char* context;
    const char* focusKey;     // a key of the object whose value names the page element ...
    const char* focusPrefix;  // ... with this prefix, or a fixed element id when focusKey is empty
  };
  static const NetworkList* networkList(const std::string& file, const std::string& list) {
    static const NetworkList lists[] = {
        {"readiness", "groups", "networkGroup", "/netwerkcheck/gereedheid", "Netwerkcheck › Gereedheid", "id", "g-"},
        {"readiness", "conditions", "networkCondition", "/netwerkcheck/gereedheid", "Netwerkcheck › Gereedheid", "group", "g-"},
        {"readiness", "answers", nullptr, nullptr, nullptr, nullptr, nullptr},
        {"readiness", "verdicts", nullptr, nullptr, nullptr, nullptr, nullptr},  // the result's wording, with placeholders
        {"kinds", "kinds", "networkKind", "/netwerkcheck/soort", "Netwerkcheck › Welk netwerk past", "", "kind-result"},
        {"kinds", "forms", "networkForm", "/netwerkcheck/soort", "Netwerkcheck › Welke vorm past", "", "forms-title"},
        {"kinds", "goals", nullptr, nullptr, nullptr, nullptr, nullptr},
        {"kinds", "participants", nullptr, nullptr, nullptr, nullptr, nullptr},
        {"map", "dimensions", "networkMap", "/netwerkcheck/kaart", "Netwerkkaart › Vier kanten van een netwerk", "", ""},
        {"map", "characters", "networkMap", "/netwerkcheck/kaart", "Netwerkkaart › Karakter van je netwerk", "", ""},
        {"map", "risks", "networkMap", "/netwerkcheck/kaart", "Netwerkkaart › Risico's van open en gesloten netwerken", "", ""},
        {"map", "boundaryCrossing", "networkMap", "/netwerkcheck/kaart", "Netwerkkaart › Leren over grenzen heen (boundary crossing)", "", ""},
        {"plan", "sections", "networkPlan", "/netwerkcheck/plan", "Netwerkplan", "field", "plan-h-"},
        {"plan", "kirkpatrick", "networkPlan", "/netwerkcheck/plan", "Netwerkplan › Evalueren in vier niveaus (Kirkpatrick)", "", "plan-h-evaluation"},
    };
    for (const auto& l : lists) {
      if (file == l.file && list == l.list) return &l;
    }
    return nullptr;
  }

  // Every text inside a value, leaving out ids, references and citations (not text a user reads).
  static void collectText(const Json& v, std::vector<std::string>& out) {
    static const std::set<std::string> skip = {"id", "group", "field", "focus", "dimension", "kind", "source",
                                               "phases", "goals", "participants", "level", "value"};
    if (v.is_string()) {
      out.push_back(v.get_ref<const std::string&>());
    } else if (v.is_array()) {
      for (const auto& x : v) collectText(x, out);
    } else if (v.is_object()) {
      for (auto it = v.begin(); it != v.end(); ++it) {
        if (!skip.count(it.key())) collectText(it.value(), out);
      }
    }
  }

  void networkFile(const char* file, const Json& json) {
    if (!json.is_object()) return;
    for (auto list = json.begin(); list != json.end(); ++list) {
      if (!list.value().is_array()) continue;
      const NetworkList* known = networkList(file, list.key());
      if (known && !known->kind) continue;  // labels of answers and choices: no place of their own
      static const std::map<std::string, std::string> routes = {{"readiness", "/netwerkcheck/gereedheid"},
                                                                {"kinds", "/netwerkcheck/soort"},
                                                                {"map", "/netwerkcheck/kaart"},
                                                                {"plan", "/netwerkcheck/plan"}};
      for (const auto& obj : list.value()) {
        if (!obj.is_object() || !obj.contains("id") || !obj["id"].is_string()) continue;
        std::string title;
        Json rest = obj;
        for (const char* key : {"title", "label", "text"}) {
          if (obj.contains(key) && obj[key].is_string()) {
            title = obj[key].get<std::string>();
            rest.erase(key);
            break;
          }
        }
        std::vector<std::string> body;
        collectText(rest, body);
        std::string route = known ? known->route : lookup(routes, file);
        if (known && known->focusKey) {
          std::string focus;
          if (*known->focusKey) {
            const Json& v = obj.contains(known->focusKey) ? obj[known->focusKey] : Json();
            if (v.is_string()) focus = known->focusPrefix + v.get<std::string>();
          } else {
            focus = known->focusPrefix;
          }
          if (!focus.empty()) route += "?focus=" + focus;
        }
        SearchDocument& d = add(known ? known->kind : "network", SearchPlace::Network, obj["id"].get<std::string>(),
                                route, known ? known->context : "Netwerkcheck");
        field(d, FieldName::Title, kTitle, title);
        field(d, FieldName::Text, kBody, joined(body));
        field(d, FieldName::Context, kContext, d.context);
      }
    }
  }

  void network() {
    if (!c_.network.loaded) return;
    networkFile("readiness", c_.network.readinessJson);
    networkFile("kinds", c_.network.kindsJson);
    networkFile("map", c_.network.mapJson);
    networkFile("plan", c_.network.planJson);
  }

  void sources() {
    for (const auto& s : c_.sources) {
      SearchDocument& d = add("source", SearchPlace::Sources, s.id, "/bronnen?focus=bron-" + s.id, "Bronnen");
      field(d, FieldName::Title, kTitle, s.title);
      field(d, FieldName::Text, kBody, s.description);
      field(d, FieldName::Publisher, kPublisher, s.publisher);
    }
  }

  // Begrippen: each term opens at its explanation (#/begrippen?begrip=<id>).
  void glossary() {
    for (const auto& t : c_.glossary) {
      SearchDocument& d = add("glossaryTerm", SearchPlace::Glossary, t.id, "/begrippen?begrip=" + t.id, "Begrippen");
      field(d, FieldName::Title, kTitle, t.term);
      field(d, FieldName::Aliases, kTitle - 0.5f, joined(t.aliases, ", "));
      field(d, FieldName::Text, kBody, t.definition);
      field(d, FieldName::Context, kContext, d.context);
    }
  }

  void themes() {
    for (const auto& t : c_.themes) {
      SearchDocument& d = add("theme", SearchPlace::Guidance, t.id, "/gespreksstarters?thema=" + t.id, "Gespreksstarters › thema");
      d.theme = t.id;
      field(d, FieldName::Title, kTitle, t.title);
      field(d, FieldName::Text, kBody, t.description);
    }
    for (const auto& t : c_.policyThemes) {
      SearchDocument& d = add("policyTheme", SearchPlace::Guidance, t.id, "/gespreksstarters?beleid=" + t.id,
                              "Gespreksstarters › beleidsthema");
      d.policyThemes = {t.id};
      field(d, FieldName::Title, kTitle, t.title);
      field(d, FieldName::Text, kBody, t.description);
    }
  }

  const Content& c_;
  std::map<std::string, std::string> tagTitle_, policyTitle_;
  std::vector<SearchDocument> docs_;
};

}  // namespace

std::vector<SearchDocument> buildSearchDocuments(const Content& content) { return Builder(content).build(); }

}  // namespace samenwijs

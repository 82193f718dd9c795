#include "samenwijs/zelfscan.hpp"

#include <algorithm>
#include <cmath>

namespace samenwijs {

std::size_t itemCount(const Framework& fw) {
  std::size_t n = 0;
  for (const auto& d : fw.domains)
    for (const auto& c : d.competences) n += c.items.size();
  return n;
}

std::vector<int> itemMapping(const Framework& fw, int version) {
  std::vector<int> map;
  if (version <= 0 || version >= fw.version) return map;
  for (const auto& v : fw.versions) {
    if (v.version != version) continue;
    for (const auto& id : v.items) {
      int at = -1, i = 0;
      for (const auto& d : fw.domains)
        for (const auto& c : d.competences)
          for (const auto& item : c.items) {
            if (item.id == id) at = i;
            ++i;
          }
      map.push_back(at);
    }
  }
  return map;
}

bool teamComparable(const Framework& fw, int version) {
  if (version == fw.version) return true;
  const std::vector<int> map = itemMapping(fw, version);
  if (map.empty()) return false;
  std::vector<bool> asked(itemCount(fw), false);
  for (int at : map) {
    if (at >= 0) asked[static_cast<std::size_t>(at)] = true;
  }
  std::size_t i = 0;
  for (const auto& d : fw.domains) {
    for (const auto& c : d.competences) {
      bool any = false;
      for (std::size_t k = 0; k < c.items.size(); ++k, ++i) any = any || asked[i];
      if (!any) return false;
    }
  }
  return true;
}

namespace {
// Calls f(item, index) for every item in framework order.
template <typename F>
void eachItem(const Framework& fw, F&& f) {
  std::size_t i = 0;
  for (const auto& d : fw.domains)
    for (const auto& c : d.competences)
      for (const auto& item : c.items) f(d, c, item, i++);
}
}  // namespace

std::optional<Answers> answersFromJson(const Framework& fw, const Json& value, std::string& error) {
  if (!value.is_object()) {
    error = "De antwoorden moeten een object zijn.";
    return std::nullopt;
  }
  Answers answers(itemCount(fw), kUnanswered);
  std::size_t matched = 0;
  eachItem(fw, [&](const Domain&, const Competence&, const Item& item, std::size_t i) {
    auto it = value.find(item.id);
    if (it == value.end() || it->is_null()) return;
    ++matched;
    if (!it->is_number_integer() || it->get<long long>() < 0 || it->get<long long>() > 6) {
      if (error.empty()) error = "Het antwoord bij '" + item.id + "' moet een niveau van 1 tot en met 6 zijn, of 0 voor 'niet van toepassing'.";
      return;
    }
    const auto v = it->get<long long>();
    answers[i] = v == 0 ? kNotApplicable : static_cast<std::uint8_t>(v);
  });
  if (error.empty() && matched != value.size()) {
    for (auto it = value.begin(); it != value.end(); ++it) {
      bool known = false;
      eachItem(fw, [&](const Domain&, const Competence&, const Item& item, std::size_t) { known = known || item.id == it.key(); });
      if (!known) {
        std::string shown;  // the key as an id may look; anything else would be noise
        for (char ch : it.key().substr(0, 80)) shown += (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' ? ch : '?';
        error = "Onbekende uitspraak '" + shown + "': deze hoort niet bij deze versie van de zelfscan.";
        break;
      }
    }
  }
  if (!error.empty()) return std::nullopt;
  return answers;
}

Json answersToJson(const Framework& fw, const Answers& answers) {
  Json out = Json::object();
  eachItem(fw, [&](const Domain&, const Competence&, const Item& item, std::size_t i) {
    if (i < answers.size() && answers[i] != kUnanswered) out[item.id] = answers[i] == kNotApplicable ? 0 : answers[i];
  });
  return out;
}

int levelOf(double score) { return std::clamp(static_cast<int>(std::floor(score + 0.5)), 1, 6); }

Profile computeProfile(const Framework& fw, const Answers& answers) {
  Profile p;
  p.framework = &fw;
  std::size_t i = 0;
  for (const auto& d : fw.domains) {
    DomainScore ds{&d, 0, 0, std::nullopt};
    double domainSum = 0;
    for (const auto& c : d.competences) {
      CompetenceScore cs{&d, &c, 0, 0, 0, std::nullopt};
      double sum = 0;
      for (std::size_t k = 0; k < c.items.size(); ++k, ++i) {
        const std::uint8_t a = i < answers.size() ? answers[i] : kUnanswered;
        if (a == kUnanswered) ++cs.unanswered;
        else if (a == kNotApplicable) ++cs.notApplicable;
        else {
          ++cs.answered;
          sum += a;
        }
      }
      if (cs.answered >= fw.minimumAnswered && cs.answered > 0) cs.score = sum / cs.answered;
      p.answered += cs.answered;
      p.notApplicable += cs.notApplicable;
      p.total += static_cast<int>(c.items.size());
      ds.answered += cs.answered;
      if (cs.score) {
        ++ds.competencesScored;
        domainSum += *cs.score;
      }
      p.competences.push_back(cs);
    }
    if (ds.competencesScored > 0) ds.score = domainSum / ds.competencesScored;
    p.domains.push_back(ds);
  }

  // Strengths: the highest scored competences from "integreerder" (3.5) up; growth areas:
  // the lowest scored ones below "expert" (4.5). At most three each, never overlapping.
  std::vector<std::size_t> scored;
  for (std::size_t k = 0; k < p.competences.size(); ++k)
    if (p.competences[k].score) scored.push_back(k);
  std::stable_sort(scored.begin(), scored.end(),
                   [&](std::size_t a, std::size_t b) { return *p.competences[a].score > *p.competences[b].score; });
  for (std::size_t k : scored) {
    if (p.strengths.size() < 3 && *p.competences[k].score >= 3.5) p.strengths.push_back(k);
  }
  for (auto it = scored.rbegin(); it != scored.rend(); ++it) {
    const bool isStrength = std::find(p.strengths.begin(), p.strengths.end(), *it) != p.strengths.end();
    if (p.growthAreas.size() < 3 && !isStrength && *p.competences[*it].score < 4.5) p.growthAreas.push_back(*it);
  }
  return p;
}

std::optional<NextStep> nextStep(const Framework& fw, const Answers& answers, const Competence& competence) {
  std::optional<NextStep> best;
  eachItem(fw, [&](const Domain&, const Competence& c, const Item& item, std::size_t i) {
    if (&c != &competence || i >= answers.size()) return;
    const std::uint8_t a = answers[i];
    if (a == kUnanswered || a == kNotApplicable || a >= 6) return;
    if (!best || a < best->currentLevel) best = NextStep{&item, a, item.levels[a]};  // levels[a] is level a+1
  });
  return best;
}

std::vector<GuidanceMatch> guidanceFor(const ContentIndex& index, const Framework& fw, const Competence& competence,
                                       std::size_t limit) {
  std::vector<GuidanceMatch> matches;
  const Content& content = index.content();
  for (std::size_t g = 0; g < content.guides.size(); ++g) {
    const Guide& guide = content.guides[g];
    for (std::size_t m = 0; m < guide.mainQuestions.size(); ++m) {
      const auto& topics = guide.mainQuestions[m].topics;
      for (std::size_t t = 0; t < topics.size(); ++t) {
        int overlap = 0;
        for (const auto& tag : competence.tags) overlap += std::count(topics[t].tags.begin(), topics[t].tags.end(), tag) > 0;
        // The person's own guide first: a teacher is helped most by the teacher's starters.
        if (overlap > 0) matches.push_back({g, m, t, overlap * 10 + (guide.id == fw.audience ? 5 : 0)});
      }
    }
  }
  std::stable_sort(matches.begin(), matches.end(), [](const GuidanceMatch& a, const GuidanceMatch& b) { return a.score > b.score; });
  if (matches.size() > limit) matches.resize(limit);
  return matches;
}

std::vector<CompetenceChange> compareProfiles(const Profile& earlier, const Profile& later) {
  std::vector<CompetenceChange> out;
  for (std::size_t k = 0; k < later.competences.size() && k < earlier.competences.size(); ++k) {
    out.push_back({later.competences[k].competence, earlier.competences[k].score, later.competences[k].score});
  }
  return out;
}

}  // namespace samenwijs

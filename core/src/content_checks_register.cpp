// Build-time checks: the audience register of each guide ("u" for the board, "je" for
// everyone else) and the source fields (seed document or outside reference; a reading tip
// has a link or says where to find it).
#include <algorithm>

#include "samenwijs/content_checks.hpp"
#include "samenwijs/text_fold.hpp"

namespace samenwijs {
namespace {

void addAt(IssueList& issues, const ContentLocations& where, const std::string& id, const std::string& sub,
           const std::string& message) {
  auto it = where.find(id);
  if (it == where.end()) {
    issues.add("", id + sub, message);
  } else {
    issues.add(it->second.first, it->second.second + sub, message);
  }
}

// The first forbidden word in `text`, or "" when there is none.
std::string firstForbidden(const std::string& text, const std::vector<std::string>& forbidden) {
  for (const Token& token : tokenize(text)) {
    if (std::find(forbidden.begin(), forbidden.end(), token.folded) != forbidden.end()) return token.folded;
  }
  return "";
}

}  // namespace

void checkSourceFields(const Content& content, const ContentLocations& where, IssueList& issues) {
  for (const Source& s : content.sources) {
    if (s.origin.empty()) {
      addAt(issues, where, s.id, "",
            "geef met 'origin' aan of dit een brondocument van het project is ('seed') of een bron van buiten ('outside')");
    } else if (s.origin == "seed" && s.seed.empty()) {
      addAt(issues, where, s.id, "", "een brondocument van het project ('seed') noemt zijn bestand in 'seed'");
    } else if (s.origin == "outside" && !s.seed.empty()) {
      addAt(issues, where, s.id, "/seed", "een bron van buiten ('outside') heeft geen 'seed'-bestand");
    }
  }
  for (const Guide& g : content.guides) {
    for (const MainQuestion& mq : g.mainQuestions) {
      for (const ReadingTip& tip : mq.readingTips) {
        if (tip.url.empty() && tip.where.empty()) {
          addAt(issues, where, tip.id, "", "een leestip zonder link zegt in 'where' waar je hem vindt");
        }
      }
    }
  }
}

void checkRegisters(const Content& content, const EditorialRules& rules, const ContentLocations& where,
                    IssueList& issues) {
  for (const Guide& g : content.guides) {
    const auto rule = std::find_if(rules.registers.begin(), rules.registers.end(),
                                   [&](const RegisterRule& r) { return r.id == g.audienceRegister; });
    if (rule == rules.registers.end()) {
      addAt(issues, where, g.id, "/register",
            g.audienceRegister.empty() ? "geef de aanspreekvorm van de gids ('register': 'u' of 'je')"
                                       : "onbekende aanspreekvorm '" + g.audienceRegister + "' (zie editorial.json)");
      continue;
    }
    auto check = [&](const std::string& id, const std::string& sub, const std::string& text) {
      const std::string word = firstForbidden(text, rule->forbidden);
      if (!word.empty()) {
        addAt(issues, where, id, sub,
              "'" + word + "' past niet bij de aanspreekvorm '" + rule->id + "' van deze gids; schrijf de tekst om");
      }
    };
    check(g.id, "/summary", g.summary);
    for (std::size_t i = 0; i < g.role.size(); ++i) check(g.id, "/role/" + std::to_string(i), g.role[i]);
    for (const MainQuestion& mq : g.mainQuestions) {
      check(mq.id, "/title", mq.title);
      check(mq.id, "/question", mq.question);
      check(mq.id, "/intro", mq.intro);
      for (const Topic& t : mq.topics) {
        check(t.id, "/title", t.title);
        check(t.id, "/text", t.text);
        for (const Question& q : t.questions) check(q.id, "/text", q.text);
      }
      // A tip's title is the title of someone else's work and stays as published.
      for (const ReadingTip& tip : mq.readingTips) {
        check(tip.id, "/description", tip.description);
        check(tip.id, "/where", tip.where);
      }
    }
  }
}

}  // namespace samenwijs

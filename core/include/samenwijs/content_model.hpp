#pragma once
// The content model: guidance (guides with main questions, topics, discussion questions
// and reading tips) and self-assessment frameworks. Plain data; content/SCHEMA.md is the
// authoritative description of the JSON it is read from.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "samenwijs/citation.hpp"
#include "samenwijs/network_model.hpp"
#include "samenwijs/synonyms.hpp"

namespace samenwijs {

struct Source {
  // origin: "seed" (one of the project's source documents, named in `seed`) or "outside"
  // (an outside reference). Empty only in content read without the editorial rules.
  std::string id, kind, origin, title, publisher, seed, url, description;
  std::optional<int> year;
};

struct Theme {
  std::string id, title, description;
};

struct Tag {
  std::string id, title;
};

struct Question {
  std::string id, text;
};

struct ReadingTip {
  // `where` says where to find a tip that has no link (a print, a book, a page title).
  std::string id, title, publisher, url, where, description;
  std::optional<int> year;
  Citation source;
};

struct Topic {
  std::string id, number, title, text;
  std::vector<std::string> policyThemes, tags;
  std::vector<Question> questions;
  Citation source;
};

struct MainQuestion {
  std::string id, number, theme, title, question, intro;
  Citation source;
  std::vector<Topic> topics;
  std::vector<ReadingTip> readingTips;
};

struct Guide {
  // audienceRegister: "u" (the board) or "je" (everyone else); see content/editorial.json.
  std::string id, kind, title, summary, audienceRegister;
  int order = 0;
  std::vector<std::string> role;
  std::vector<Citation> sources;
  std::vector<MainQuestion> mainQuestions;
  // Set for a guide known only from the guidance index of a partial bundle (issue 15):
  // its counts, without its text (mainQuestions stays empty).
  struct Counts {
    std::size_t mainQuestions = 0, topics = 0, questions = 0, readingTips = 0;
  };
  std::optional<Counts> indexOnly;
};

struct ScaleLevel {
  int value = 0;
  std::string label, description;
};

struct Item {
  std::string id, text;
  std::vector<std::string> levels;  // one descriptor per scale level
  std::optional<Citation> source;   // its own source (items added after version 1 cite one)
};

struct Competence {
  std::string id, title, description;
  std::vector<std::string> tags;
  Citation source;
  std::vector<Item> items;
};

struct Domain {
  std::string id, code, title, description;
  std::vector<Competence> competences;
};

// The item order of one version of a framework: result codes of that version hold their
// answers in exactly this order, so it never changes once published (content/SCHEMA.md).
struct FrameworkVersion {
  int version = 0;
  std::vector<std::string> items;  // item ids, in the order of that version
};

// An item of an earlier version that the framework no longer asks; answers to it in old
// codes and saved progress are ignored.
struct RetiredItem {
  std::string id, reason;
};

struct Framework {
  std::string id, title, audience, summary, notes, notApplicable;
  int version = 0;
  int estimatedMinutes = 0;
  int minimumAnswered = 0;
  std::vector<std::string> description;
  std::vector<Citation> sources;
  std::vector<ScaleLevel> levels;
  std::vector<Domain> domains;
  std::vector<FrameworkVersion> versions;  // 1..version, oldest first; may be empty for version 1
  std::vector<RetiredItem> retiredItems;
};

// "Waar begin ik?": roles (a guide each) and concerns that point at tags and themes.
struct StartRole {
  std::string guide, label;
};

struct StartConcern {
  std::string id, label;
  std::vector<std::string> themes, tags, policyThemes;
  std::vector<std::string> guides;  // guides this concern points to first (e.g. leernetwerken)
  std::vector<std::string> tools;   // site tools that help with it (e.g. netwerkcheck)
};

struct GuidedStart {
  std::string intro;
  std::vector<StartRole> roles;
  std::vector<StartConcern> concerns;
};

// "Begrippen": a glossary of terms the guidance uses, explained in plain words.
struct GlossaryTerm {
  std::string id, term, definition;
  std::vector<std::string> aliases;  // other spellings that mean the same term
  Citation source;
};

struct Content {
  std::vector<Source> sources;
  std::vector<Theme> themes;
  std::vector<Theme> policyThemes;
  std::vector<Tag> tags;
  std::vector<Guide> guides;          // sorted by order, then id
  std::vector<Framework> frameworks;  // sorted by id
  GuidedStart guidedStart;
  std::vector<GlossaryTerm> glossary;  // sorted by term
  Network network;
  std::vector<SynonymGroup> synonyms;  // for the search (content/synonyms.json)
  // Which parts a partial bundle left out (issue 15); a whole bundle has every part.
  struct Parts {
    bool partial = false;           // loaded from a bundle marked "partial"
    bool guideIndex = true;         // every guide is known, at least by its index entry
    bool frameworks = true;
    bool guidesComplete = true;     // the text of every guide is loaded
  };
  Parts parts;
};

}  // namespace samenwijs

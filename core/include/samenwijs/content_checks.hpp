#pragma once
// Editorial checks that run at build time only (the content tool), not when the site
// loads its bundle: one voice per guide (the audience register), no near-duplicate
// discussion questions across guides, and source fields that state only what is known.
// The rules themselves are data: content/editorial.json (see content/SCHEMA.md).
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "samenwijs/content_model.hpp"
#include "samenwijs/issue.hpp"

namespace samenwijs {

struct RegisterRule {
  std::string id;                      // "u" or "je"
  std::vector<std::string> forbidden;  // words that break this register (whole words, any case)
};

struct AllowedRepeat {
  std::vector<std::string> questions;  // ids of questions that may look alike
  std::string reason;                  // why the repeat is intended
};

struct EditorialRules {
  bool loaded = false;
  std::vector<RegisterRule> registers;
  int duplicateThresholdPercent = 75;  // similarity from which two questions count as near-duplicates
  std::vector<AllowedRepeat> allowedRepeats;
};

// Where an id is defined: file and the JSON pointer of the object that holds it.
using ContentLocations = std::map<std::string, std::pair<std::string, std::string>>;

// Every source says whether it is a seed document or an outside reference; a seed source
// names its seed file; every reading tip has a link or says where to find it.
void checkSourceFields(const Content& content, const ContentLocations& where, IssueList& issues);

// Every guide has a known register, and its texts use none of that register's forbidden forms.
void checkRegisters(const Content& content, const EditorialRules& rules, const ContentLocations& where,
                    IssueList& issues);

// Reports pairs of discussion questions (across all guides) whose normalised texts are at
// least rules.duplicateThresholdPercent similar, unless the pair is allowed with a reason.
void checkNearDuplicates(const Content& content, const EditorialRules& rules, const ContentLocations& where,
                         IssueList& issues);

// Similarity of two texts in percent (0-100): the Dice coefficient of their sets of word
// stems, after folding case and diacritics (so word order and inflection do not hide a repeat).
int textSimilarityPercent(const std::string& a, const std::string& b);

}  // namespace samenwijs

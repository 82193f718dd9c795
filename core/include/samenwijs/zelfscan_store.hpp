#pragma once
// The rules for what a self-assessment keeps on the device: saved progress (and how to
// salvage the valid answers from damaged or old-version progress), the history of
// measurements ("Mijn metingen", with its file format and the trend over many
// measurements) and the personal development plan (POP). The web layer only stores
// what these functions return; every decision about validity is made here.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "samenwijs/content_index.hpp"
#include "samenwijs/json_reader.hpp"
#include "samenwijs/zelfscan.hpp"

namespace samenwijs {

// ---- small shared rules --------------------------------------------------------------

// "YYYY-MM-DDTHH:MM" (seconds, fraction and a zone may follow and are dropped); empty
// when `text` is not a real date and time.
std::string normaliseDateTime(std::string_view text);
// "YYYY-MM-DD" when `text` is a real date, else empty.
std::string normaliseDate(std::string_view text);
// "1 december 2026, 14:05" (or without the time for a date only), for people.
std::string dutchDateText(const std::string& normalised);
// "1 antwoord", "3 antwoorden".
std::string countText(std::size_t n, const char* one, const char* many);

// ---- saved progress ------------------------------------------------------------------

enum class SavedStatus { Empty, Ok, Damaged, OtherVersion };

struct SavedProgress {
  SavedStatus status = SavedStatus::Empty;
  Answers answers;                  // the valid answers, in framework order
  int step = 1;                     // 1..number of competences
  std::string measurementId;        // empty when none was saved
  std::string startedAt, completedAt;
  std::size_t kept = 0;             // answers kept from damaged or old-version progress
  std::size_t lost = 0;             // answers whose value could not be read
  std::size_t foreign = 0;          // answers to statements this version does not have
  std::vector<const Competence*> lostIn;
  std::string problem;              // Dutch, competences by title; empty when Ok/Empty
  int fromVersion = 0;              // Ok, but saved with this earlier framework version
};

// Reads the saved progress text of `fw` as stored; never fails. Damaged text (junk,
// truncated JSON, a wrong value) and progress of another framework version keep every
// answer that is still valid: an item id of this framework with a value 0..6.
SavedProgress readSavedProgress(const Framework& fw, std::string_view text);

// ---- measurement history ---------------------------------------------------------------

inline constexpr const char* kHistoryFormat = "samenwijs-metingen";
inline constexpr std::size_t kHistoryMax = 500;

struct Measurement {
  std::string id, name, finishedAt;
  const Framework* framework = nullptr;
  std::string code;
  Answers answers;  // in the current item order, also for a code of an earlier version
  int version = 0;  // the framework version the measurement was made with
  bool endedEarly = false;
  Json pop;  // null, or a POP that passed checkPop
};

struct HistoryRead {
  std::vector<Measurement> measurements;  // sorted by finishedAt, oldest first
  std::size_t dropped = 0;                // entries that could not be read
  std::string problem;                    // Dutch; empty when everything was read
};

// Reads a history: the stored/exported format {"format":"samenwijs-metingen",
// "formatVersion":1,"measurements":[...]}, a bare array of entries, or the first
// format ([{framework, code, month}]). Never fails; unreadable entries are counted.
HistoryRead readHistory(const ContentIndex& index, const Json& value);
// One entry (`position` makes a stable id for entries of the first format, which had none);
// false and `why` (Dutch) when it cannot be read.
bool readMeasurement(const ContentIndex& index, const Json& entry, std::size_t position, Measurement& m, std::string& why);
Json measurementToJson(const Measurement& m);
// The stored and exported form.
Json historyToJson(const std::vector<Measurement>& measurements);

// Per measurement of one framework (oldest first): the score per domain and competence.
struct Trend {
  const Framework* framework = nullptr;
  std::vector<const Measurement*> measurements;
  std::vector<std::vector<std::optional<double>>> domainScores;      // [domain][measurement]
  std::vector<std::vector<std::optional<double>>> competenceScores;  // [competence][measurement]
};
Trend trendOf(const Framework& fw, const std::vector<Measurement>& measurements);

// ---- personal development plan (POP) ---------------------------------------------------

inline constexpr std::size_t kPopMaxGoals = 3;

struct PopIssue {
  int goal = -1;       // 0-based, -1 for the plan as a whole
  std::string field;   // "goals", "competence", "action", "with", "by", "evidence", "topics"
  std::string message; // Dutch
};

// Checks a POP for `fw`; returns the normalised plan (trimmed texts, known fields only)
// and fills `issues`. The plan is valid when `issues` stays empty.
Json checkPop(const ContentIndex& index, const Framework& fw, const Json& pop, std::vector<PopIssue>& issues);

// The POP as Markdown, for the annual conversation: the measurement, then per goal the
// competence with its score then, the actions, partners, date, evidence and topics.
std::string popMarkdown(const ContentIndex& index, const Framework& fw, const Answers& answers,
                        const std::string& finishedAt, const Json& pop);

}  // namespace samenwijs

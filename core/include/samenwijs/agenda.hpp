#pragma once
// A meeting agenda ("Gesprek voorbereiden"): questions picked from anywhere in the
// guidance, in the user's order, with a title, a date and notes. Validated when read
// (it comes from saved browser state), resolved against the content, exported as
// Markdown or plain text.
#include <optional>
#include <string>
#include <vector>

#include "samenwijs/content_index.hpp"
#include "samenwijs/issue.hpp"
#include "samenwijs/json_reader.hpp"

namespace samenwijs {

struct AgendaItem {
  std::string id;    // a discussion question, topic or main question id
  std::string note;  // the user's own note for this point
};

struct Agenda {
  std::string title, date, notes;  // date as YYYY-MM-DD or empty
  std::vector<AgendaItem> items;
};

inline constexpr std::size_t kAgendaMaxItems = 200;
inline constexpr std::size_t kAgendaMaxTitle = 200;
inline constexpr std::size_t kAgendaMaxNotes = 20000;

// Reads an agenda object; problems (wrong shape, too long, bad date) go to `issues`
// with JSON pointers, and nullopt is returned.
std::optional<Agenda> readAgenda(const Json& value, IssueList& issues);

// Each item with its text and where it comes from; ids no longer in the content are
// kept and marked missing, so nothing the user chose disappears silently.
Json resolveAgenda(const ContentIndex& index, const Agenda& agenda);

enum class AgendaFormat { Markdown, Text };
std::string exportAgenda(const ContentIndex& index, const Agenda& agenda, AgendaFormat format);

// "2026-11-24" -> "dinsdag 24 november 2026"; empty when not a valid date.
std::string dutchLongDate(const std::string& isoDate);

}  // namespace samenwijs

#pragma once
// The one CSV writer for every export the site offers (team overview, network map,
// network plan). Dutch spreadsheet settings: semicolon separator, decimal comma, and a
// UTF-8 byte order mark so that Excel shows accents. Cells with text from users are
// neutralised against formula injection (a leading = + - @ tab or carriage return
// gets an apostrophe in front), and quotes, separators and line breaks are escaped.
#include <optional>
#include <string>
#include <string_view>

namespace samenwijs {

class CsvWriter {
 public:
  CsvWriter();  // starts with the UTF-8 byte order mark

  // A cell of text that may come from a user (names, notes, titles).
  CsvWriter& text(std::string_view value);
  // A whole number or a decimal with one digit after the comma ("3,5"); empty when absent.
  CsvWriter& number(long long value);
  CsvWriter& decimal(const std::optional<double>& value);
  // Ends the current row.
  CsvWriter& endRow();

  const std::string& str() const { return out_; }

 private:
  void separate();
  std::string out_;
  bool rowStarted_ = false;
};

// The escaped form of one user-text cell, without the separator (exposed for tests).
std::string csvTextCell(std::string_view value);

}  // namespace samenwijs

#include "samenwijs/csv.hpp"

#include <cmath>
#include <cstdlib>

namespace samenwijs {

namespace {
constexpr char kSeparator = ';';

// OWASP's list of characters that make a spreadsheet treat a cell as a formula.
bool startsLikeFormula(std::string_view value) {
  if (value.empty()) return false;
  const char first = value.front();
  return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
}
}  // namespace

std::string csvTextCell(std::string_view value) {
  std::string cell;
  cell.reserve(value.size() + 3);
  if (startsLikeFormula(value)) cell += '\'';
  cell.append(value);
  if (cell.find_first_of(";\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char ch : cell) {
    if (ch == '"') quoted += '"';
    quoted += ch;
  }
  return quoted + "\"";
}

CsvWriter::CsvWriter() : out_("\xEF\xBB\xBF") {}

void CsvWriter::separate() {
  if (rowStarted_) out_ += kSeparator;
  rowStarted_ = true;
}

CsvWriter& CsvWriter::text(std::string_view value) {
  separate();
  out_ += csvTextCell(value);
  return *this;
}

CsvWriter& CsvWriter::number(long long value) {
  separate();
  out_ += std::to_string(value);
  return *this;
}

CsvWriter& CsvWriter::decimal(const std::optional<double>& value) {
  separate();
  if (!value) return *this;
  const long long tenths = std::llround(*value * 10);
  if (tenths < 0) out_ += '-';
  out_ += std::to_string(std::llabs(tenths) / 10) + "," + std::to_string(std::llabs(tenths) % 10);
  return *this;
}

CsvWriter& CsvWriter::endRow() {
  out_ += "\n";  // Excel and LibreOffice read both; the tests and diffs stay simple
  rowStarted_ = false;
  return *this;
}

}  // namespace samenwijs

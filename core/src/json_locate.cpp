#include "samenwijs/json_locate.hpp"

#include <algorithm>
#include <cctype>

#include "samenwijs/json_reader.hpp"

namespace samenwijs {
namespace {
// The SAX interface hands the error position to parse_error() instead of throwing.
struct ErrorLocator : nlohmann::json_sax<Json> {
  explicit ErrorLocator(const std::string& t) : text(t) {}
  const std::string& text;
  std::size_t position = 0;
  bool failed = false;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& ex) override {
    failed = true;
    position = pos;
    // For a well-formed but unexpected token nlohmann reports the position after it; the
    // person needs its start. Lexer errors and the end of input are already right.
    const std::string what = ex.what();
    if (what.find("unexpected") == std::string::npos || what.find("end of input") != std::string::npos) return false;
    if (pos == 0 || pos > text.size()) return false;
    std::size_t i = pos - 1;  // the token's last character
    const char last = text[i];
    if (last == '"') {
      while (i > 0 && !(text[i - 1] == '"' && (i < 2 || text[i - 2] != '\\'))) --i;
      if (i > 0) --i;
    } else if (std::string("{}[],:").find(last) == std::string::npos) {
      auto inToken = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+'; };
      while (i > 0 && inToken(text[i - 1])) --i;
    }
    position = i + 1;
    return false;
  }
};
}  // namespace

std::optional<std::pair<std::size_t, std::size_t>> locateJsonSyntaxError(const std::string& text) {
  ErrorLocator locator(text);
  Json::sax_parse(text, &locator, Json::input_format_t::json, true);
  if (!locator.failed) return std::nullopt;
  std::size_t line = 1, column = 1;
  const std::size_t end = std::min(locator.position > 0 ? locator.position - 1 : 0, text.size());
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return std::make_pair(line, column);
}

}  // namespace samenwijs

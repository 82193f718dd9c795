#pragma once
// A small streaming JSON writer: appends to one string, no DOM. For answers the page asks
// for on every keystroke (the search), where building nlohmann values per hit would cost
// more than the work itself. Commas are placed by the writer; strings are escaped and any
// invalid UTF-8 becomes U+FFFD, so the output is always valid JSON. Strings and `number`
// are written byte for byte as nlohmann's dump writes them (dumpJson uses them too), so an
// answer written here is the same text as the DOM it replaces.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace samenwijs {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& beginObject();
  JsonWriter& endObject();
  JsonWriter& beginArray();
  JsonWriter& endArray();
  JsonWriter& key(std::string_view name);  // the next value belongs to it

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(bool b);
  JsonWriter& value(std::uint64_t n);
  JsonWriter& value(std::uint32_t n) { return value(static_cast<std::uint64_t>(n)); }
  JsonWriter& value(int n);
  JsonWriter& integer(std::int64_t n);
  // Ten significant digits, as "%.10g" (search scores); NaN and infinity are written as null.
  JsonWriter& value(double d);
  // As nlohmann's dump writes a double: the shortest text that reads back exactly, "4.0" for
  // a whole number, null for NaN and infinity.
  JsonWriter& number(double d);
  JsonWriter& null();

  // A value that is already JSON (trusted: written by this writer or by dumpJson).
  JsonWriter& raw(std::string_view json);

  template <typename T>
  JsonWriter& field(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }

 private:
  void separate();  // a comma before every value but the first in its container
  std::string& out_;
  std::vector<char> first_;  // per open container: nothing written in it yet
  bool afterKey_ = false;
};

// Appends `text` as a JSON string (with quotes) to `out`, escaped as nlohmann's dump does
// (\b \f \n \r \t, other control characters as \u00xx); each invalid UTF-8 sequence
// (the longest valid start of one, or a single byte) becomes one U+FFFD.
void appendJsonString(std::string& out, std::string_view text);
// Appends a double as JsonWriter::number writes it.
void appendJsonNumber(std::string& out, double d);
// Appends an integer in decimal.
void appendJsonInteger(std::string& out, std::int64_t n);
void appendJsonUnsigned(std::string& out, std::uint64_t n);

}  // namespace samenwijs

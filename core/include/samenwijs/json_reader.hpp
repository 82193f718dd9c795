#pragma once
// Typed, non-throwing access to untrusted JSON. Every failed expectation becomes an Issue
// that names the file and the JSON pointer, and the reader returns a harmless default, so
// validation reports all problems of a file in one run.
#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "samenwijs/function_ref.hpp"
#include "samenwijs/issue.hpp"

namespace samenwijs {

using Json = nlohmann::json;

// The one parse of the core: without exceptions, the value is discarded (is_discarded())
// when `text` is not valid JSON. Our own parser (json_parse.cpp): the same value and the
// same refusals as nlohmann's strict DOM parse, without recursion, and without nlohmann's
// lexer, strtod or printf in the module.
Json parseJsonText(std::string_view text);

// parseJsonText, except that array members of the root object named in `keys` stay empty
// arrays in the DOM; the text of each of their elements (checked like the rest, so the
// text is accepted or refused exactly as by parseJsonText) is kept in `elements`, for
// parseJsonText one at a time. The loader reads the bundle's guides this way (issue 15):
// the DOM of the whole bundle never exists at once, so a first load touches less memory.
struct DeferredArrays {
  std::vector<const char*> keys;                          // in
  std::vector<std::vector<std::string_view>> elements;   // out, per key: views into the text
  std::vector<bool> deferred;                             // out, per key: the member was an array
};
Json parseJsonTextDeferring(std::string_view text, DeferredArrays& arrays);

// Parses without exceptions; on failure adds an issue and returns nullopt.
// With `deferred`: parseJsonTextDeferring.
std::optional<Json> parseJson(std::string_view text, const std::string& file, IssueList& issues,
                              DeferredArrays* deferred = nullptr);

// Serialises without ever throwing on invalid UTF-8 (it is replaced).
std::string dumpJson(const Json& value, int indent = -1);

class JsonReader {
 public:
  // `file` is only viewed, not copied (issue 15: "content.bundle.json" is too long for the
  // short-string buffer, so a copy per reader was an allocation per element read): it must
  // outlive the reader and every reader made from it (a literal, or the caller's string).
  JsonReader(const Json& value, std::string_view file, std::string pointer, IssueList& issues);

  const Json& value() const { return value_; }
  const std::string& pointer() const { return pointer_; }
  bool isObject() const { return value_.is_object(); }

  // Reports keys other than `allowed` (typos would otherwise be ignored silently).
  void allowOnly(std::initializer_list<const char*> allowed);
  // Reports that the value is not an object; returns whether it is one.
  bool expectObject();

  std::string requiredString(const char* key);
  std::string optionalString(const char* key);
  std::optional<long long> requiredInt(const char* key, long long min, long long max);
  std::optional<long long> optionalInt(const char* key, long long min, long long max);
  std::vector<std::string> stringArray(const char* key, bool required);
  // Calls `each` for every element of the array at `key`, with a reader positioned on it.
  // Returns the number of elements (0 when absent or not an array).
  std::size_t forEach(const char* key, bool required, FunctionRef<void(JsonReader&)> each);
  bool has(const char* key) const;

  JsonReader child(const char* key) const;
  void fail(const std::string& message) const;
  void failAt(const std::string& subPointer, const std::string& message) const;
  std::string_view file() const { return file_; }

 private:
  // The member at `key`, or nullptr when the value is not an object or has no such member
  // (one lookup where has() and at() took two).
  const Json* find(const char* key) const;

  const Json& value_;
  std::string_view file_;
  std::string pointer_;
  IssueList& issues_;
};

std::string escapePointerToken(const std::string& token);

}  // namespace samenwijs

#include "samenwijs/json_reader.hpp"

#include <algorithm>

#include "samenwijs/json_writer.hpp"

namespace samenwijs {
namespace {
const Json kNull = nullptr;

std::string typeName(const Json& v) {
  if (v.is_null()) return "null";
  if (v.is_boolean()) return "een waar/onwaar-waarde";
  if (v.is_number()) return "een getal";
  if (v.is_string()) return "tekst";
  if (v.is_array()) return "een lijst";
  return "een object";
}
}  // namespace

std::optional<Json> parseJson(std::string_view text, const std::string& file, IssueList& issues,
                              DeferredArrays* deferred) {
  Json parsed = deferred ? parseJsonTextDeferring(text, *deferred) : parseJsonText(text);
  if (!parsed.is_discarded()) return parsed;
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    issues.add(file, "", "het bestand is leeg");
    return std::nullopt;
  }
  // nlohmann's own message may quote raw input bytes; the content tool adds line and
  // column (locateJsonSyntaxError), which would cost the wasm module a second parser.
  issues.add(file, "", "dit is geen geldige JSON (controleer komma's, aanhalingstekens en haakjes)");
  return std::nullopt;
}

namespace {
// The text nlohmann's dump(indent, ' ', false, error_handler_t::replace) gives, byte for
// byte, without its serializer (which brings snprintf into the module). `at`: the current
// indentation in spaces.
void appendJson(std::string& out, const Json& v, int indent, std::size_t at) {
  const bool pretty = indent >= 0;
  const std::size_t inner = at + (pretty ? static_cast<std::size_t>(indent) : 0);
  switch (v.type()) {
    case Json::value_t::null: out += "null"; return;
    case Json::value_t::boolean: out += v.get<bool>() ? "true" : "false"; return;
    case Json::value_t::number_integer: appendJsonInteger(out, v.get<std::int64_t>()); return;
    case Json::value_t::number_unsigned: appendJsonUnsigned(out, v.get<std::uint64_t>()); return;
    case Json::value_t::number_float: appendJsonNumber(out, v.get<double>()); return;
    case Json::value_t::string: appendJsonString(out, v.get_ref<const std::string&>()); return;
    case Json::value_t::array: {
      if (v.empty()) {
        out += "[]";
        return;
      }
      out += pretty ? "[\n" : "[";
      bool first = true;
      for (const Json& item : v) {
        if (!first) out += pretty ? ",\n" : ",";
        first = false;
        if (pretty) out.append(inner, ' ');
        appendJson(out, item, indent, inner);
      }
      if (pretty) {
        out += '\n';
        out.append(at, ' ');
      }
      out += ']';
      return;
    }
    case Json::value_t::object: {
      if (v.empty()) {
        out += "{}";
        return;
      }
      out += pretty ? "{\n" : "{";
      bool first = true;
      for (auto it = v.begin(); it != v.end(); ++it) {
        if (!first) out += pretty ? ",\n" : ",";
        first = false;
        if (pretty) out.append(inner, ' ');
        appendJsonString(out, it.key());
        out += pretty ? ": " : ":";
        appendJson(out, it.value(), indent, inner);
      }
      if (pretty) {
        out += '\n';
        out.append(at, ' ');
      }
      out += '}';
      return;
    }
    case Json::value_t::discarded: out += "<discarded>"; return;
    case Json::value_t::binary: out += "null"; return;  // never made by the core (only CBOR and the like make it)
  }
}
}  // namespace

std::string dumpJson(const Json& value, int indent) {
  std::string out;
  appendJson(out, value, indent, 0);
  return out;
}

std::string escapePointerToken(const std::string& token) {
  std::string out;
  for (char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

JsonReader::JsonReader(const Json& value, std::string_view file, std::string pointer, IssueList& issues)
    : value_(value), file_(file), pointer_(std::move(pointer)), issues_(issues) {}

void JsonReader::fail(const std::string& message) const { issues_.add(std::string(file_), pointer_, message); }

void JsonReader::failAt(const std::string& subPointer, const std::string& message) const {
  issues_.add(std::string(file_), pointer_ + subPointer, message);
}

const Json* JsonReader::find(const char* key) const {
  if (!value_.is_object()) return nullptr;
  const auto it = value_.find(key);
  return it == value_.end() ? nullptr : &*it;
}

bool JsonReader::expectObject() {
  if (value_.is_object()) return true;
  fail("verwacht een object, gevonden: " + typeName(value_));
  return false;
}

void JsonReader::allowOnly(std::initializer_list<const char*> allowed) {
  if (!value_.is_object()) return;
  for (auto it = value_.begin(); it != value_.end(); ++it) {
    const bool known = std::any_of(allowed.begin(), allowed.end(),
                                   [&](const char* k) { return it.key() == k; });
    if (!known) failAt("/" + escapePointerToken(it.key()), "onbekend veld '" + it.key() + "' (tikfout?)");
  }
}

bool JsonReader::has(const char* key) const { return find(key) != nullptr; }

JsonReader JsonReader::child(const char* key) const {
  const Json* member = find(key);
  return JsonReader(member ? *member : kNull, file_, pointer_ + "/" + escapePointerToken(key), issues_);
}

std::string JsonReader::requiredString(const char* key) {
  const Json* member = find(key);
  if (!member) {
    failAt("/" + escapePointerToken(key), "verplicht veld ontbreekt");
    return {};
  }
  if (!member->is_string()) {
    failAt("/" + escapePointerToken(key), "verwacht tekst, gevonden: " + typeName(*member));
    return {};
  }
  std::string s = member->get_ref<const std::string&>();
  if (s.find_first_not_of(" \t\r\n") == std::string::npos) {
    failAt("/" + escapePointerToken(key), "mag niet leeg zijn");
  }
  return s;
}

std::string JsonReader::optionalString(const char* key) {
  // Optional text may also be empty; only its type is checked.
  const Json* member = find(key);
  if (!member || member->is_null()) return {};
  if (!member->is_string()) {
    failAt("/" + escapePointerToken(key), "verwacht tekst, gevonden: " + typeName(*member));
    return {};
  }
  return member->get_ref<const std::string&>();
}

std::optional<long long> JsonReader::requiredInt(const char* key, long long min, long long max) {
  const Json* member = find(key);
  if (!member) {
    failAt("/" + escapePointerToken(key), "verplicht veld ontbreekt");
    return std::nullopt;
  }
  const Json& v = *member;
  if (!v.is_number_integer()) {
    failAt("/" + escapePointerToken(key), "verwacht een geheel getal, gevonden: " + typeName(v));
    return std::nullopt;
  }
  const long long n = v.is_number_unsigned() && v.get<unsigned long long>() > static_cast<unsigned long long>(max)
                          ? max + 1
                          : v.get<long long>();
  if (n < min || n > max) {
    failAt("/" + escapePointerToken(key),
           "getal moet tussen " + std::to_string(min) + " en " + std::to_string(max) + " liggen");
    return std::nullopt;
  }
  return n;
}

std::optional<long long> JsonReader::optionalInt(const char* key, long long min, long long max) {
  if (!has(key)) return std::nullopt;
  return requiredInt(key, min, max);
}

std::vector<std::string> JsonReader::stringArray(const char* key, bool required) {
  std::vector<std::string> out;
  forEach(key, required, [&](JsonReader& element) {
    if (!element.value().is_string()) {
      element.fail("verwacht tekst, gevonden: " + typeName(element.value()));
      return;
    }
    out.push_back(element.value().get<std::string>());
  });
  return out;
}

std::size_t JsonReader::forEach(const char* key, bool required, FunctionRef<void(JsonReader&)> each) {
  const std::string sub = pointer_ + "/" + escapePointerToken(key);
  const Json* member = find(key);
  if (!member) {
    if (required) issues_.add(std::string(file_), sub, "verplicht veld ontbreekt");
    return 0;
  }
  const Json& v = *member;
  if (!v.is_array()) {
    issues_.add(std::string(file_), sub, "verwacht een lijst, gevonden: " + typeName(v));
    return 0;
  }
  std::size_t i = 0;
  for (const Json& element : v) {
    JsonReader r(element, file_, sub + "/" + std::to_string(i), issues_);
    each(r);
    ++i;
  }
  return i;
}

}  // namespace samenwijs

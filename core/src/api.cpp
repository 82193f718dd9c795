#include "samenwijs/api.hpp"

#include "samenwijs/api_parts.hpp"

#include "samenwijs/content_loader.hpp"
#include "samenwijs/json_depth.hpp"
#include "samenwijs/json_writer.hpp"

namespace samenwijs {
namespace {
ApiMethod findMethod(const std::string& name) {
  // One lookup per capability; each returns nullptr for names it does not know.
  if (ApiMethod m = findGuidanceMethod(name)) return m;
  if (ApiMethod m = findAgendaMethod(name)) return m;
  if (ApiMethod m = findZelfscanMethod(name)) return m;
  if (ApiMethod m = findTeamMethod(name)) return m;
  if (ApiMethod m = findNetworkMethod(name)) return m;
  if (ApiMethod m = findGlossaryMethod(name)) return m;
  return nullptr;
}

ApiTextMethod findTextMethod(const std::string& name) {
  if (ApiTextMethod m = findSearchMethod(name)) return m;
  if (ApiTextMethod m = findTeamTextMethod(name)) return m;
  return findNetworkTextMethod(name);
}

// The envelope around a value that is already JSON text: no second DOM, no copy of the value.
std::string okEnvelope(const std::string& valueJson) {
  std::string out;
  out.reserve(valueJson.size() + 22);
  out.append("{\"ok\":true,\"value\":").append(valueJson).append("}");
  return out;
}

std::string summarise(const IssueList& issues) {
  std::string text;
  std::size_t shown = 0;
  for (const auto& issue : issues.all()) {
    if (shown++ == 3) {
      text += " (en " + std::to_string(issues.size() - 3) + " meer)";
      break;
    }
    text += (text.empty() ? "" : "; ") + formatIssue(issue);
  }
  return text;
}
}  // namespace

Api::Api(Content content) : index_(std::move(content)) {}

std::string Api::ok(const Json& value) { return okEnvelope(dumpJson(value)); }

// Keys in the order nlohmann's dump wrote them (sorted): {"error":{"code","message"},"ok":false}.
std::string Api::error(const std::string& code, const std::string& message) {
  std::string out;
  JsonWriter w(out);
  w.beginObject().key("error").beginObject().field("code", code).field("message", message).endObject();
  w.field("ok", false).endObject();
  return out;
}

std::string Api::call(const std::string& method, const std::string& argsJson, const std::string& attachment) const {
  ApiMethod handler = findMethod(method);
  ApiTextMethod textHandler = handler ? nullptr : findTextMethod(method);
  if (!handler && !textHandler) return error(errc::kUnknownMethod, "Onbekende opdracht: '" + foldText(method.substr(0, 60)) + "'.");
  // Parsing takes several times the input in memory; refuse sizes no real use needs
  // before they could exhaust the module's memory.
  if (argsJson.size() > kMaxArgumentBytes || attachment.size() > kMaxAttachmentBytes) {
    return error(errc::kInvalidArgument, "De invoer is te groot om te verwerken.");
  }
  // Refused before parsing: nothing nested too deeply ever exists as a value, so no
  // method can overflow the (small) wasm stack by copying or comparing it.
  if (jsonTooDeep(argsJson)) {
    return error(errc::kInvalidArgument, "Deze gegevens zijn te diep genest (meer dan " + std::to_string(kMaxJsonDepth) +
                                             " niveaus) om te verwerken.");
  }
  Json args = argsJson.empty() ? Json::object() : parseJsonText(argsJson);
  if (args.is_discarded() || !args.is_object()) {
    return error(errc::kBadRequest, "De gegevens voor '" + method + "' zijn geen geldig JSON-object.");
  }
  // A partial bundle (issue 15): a method needing a part not loaded says which parts to load.
  const std::vector<std::string> missing = missingContentParts(method, args, index_.content());
  if (!missing.empty()) {
    std::string out;
    JsonWriter w(out);
    w.beginObject().key("error").beginObject().field("code", errc::kContentPartMissing);
    w.field("message", "Dit deel van Samenwijs wordt nog geladen. Probeer het over een ogenblik opnieuw.").key("parts").beginArray();
    for (const auto& part : missing) w.value(part);
    w.endArray().endObject().field("ok", false).endObject();
    return out;
  }
  ApiError err;
  if (textHandler) {
    std::string value;
    if (!textHandler(ApiContext{index_, attachment}, args, value, err)) {
      return error(err.code.empty() ? errc::kInternal : err.code, err.message);
    }
    return okEnvelope(value);
  }
  std::optional<Json> value = handler(ApiContext{index_, attachment}, args, err);
  if (!value) return error(err.code.empty() ? errc::kInternal : err.code, err.message);
  return ok(*value);
}

std::unique_ptr<Api> makeApiFromBundle(std::string_view bundleJson, std::string& errorEnvelope) {
  ContentLoader loader;
  return makeApiFromBundle(bundleJson, errorEnvelope, loader);
}

std::unique_ptr<Api> makeApiFromBundle(std::string_view bundleJson, std::string& errorEnvelope, ContentLoader& loader) {
  loader.addBundle("content.bundle.json", bundleJson);
  std::optional<Content> content = loader.finish();
  if (!content) {
    errorEnvelope = Api::error(errc::kContentInvalid, "De inhoud van de site is beschadigd: " + summarise(loader.issues()));
    return nullptr;
  }
  return std::make_unique<Api>(std::move(*content));
}

}  // namespace samenwijs

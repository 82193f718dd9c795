#pragma once
// The core's one entry point for the web layer: a request is a method name plus a JSON
// object of arguments; the answer is a JSON envelope
//   {"ok":true,"value":...}   or   {"ok":false,"error":{"code":"...","message":"..."}}
// Every input is validated here, so the bindings only pass strings through and no bad
// input can abort the module.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "samenwijs/content_index.hpp"
#include "samenwijs/json_reader.hpp"

namespace samenwijs {

// Error codes, stable for the JS facade (SamenwijsError.code).
namespace errc {
inline constexpr const char* kBadRequest = "bad_request";  // arguments are not a JSON object
inline constexpr const char* kUnknownMethod = "unknown_method";
inline constexpr const char* kInvalidArgument = "invalid_argument";
inline constexpr const char* kNotFound = "not_found";
inline constexpr const char* kContentInvalid = "content_invalid";
inline constexpr const char* kInternal = "internal";
// A partial bundle lacks a part the method needs; the error names the parts (api_parts.hpp).
inline constexpr const char* kContentPartMissing = "content_part_missing";
// Parts could not be added step by step (ContentSession::add): load every part at once.
inline constexpr const char* kContentNotAdded = "content_not_added";
}  // namespace errc

// A failure a method reports; becomes the error envelope. Message in Dutch.
struct ApiError {
  std::string code, message;
};

// What a method may use; methods are free functions grouped per capability (api_*.cpp).
struct ApiContext {
  const ContentIndex& content;
  // Bulk text passed beside the JSON arguments (the team overview's 100,000 codes):
  // parsing it as a JSON string would cost more than the work itself.
  const std::string& attachment;
};
using ApiMethod = std::optional<Json> (*)(const ApiContext&, const Json& args, ApiError& error);

inline constexpr std::size_t kMaxArgumentBytes = 16u << 20;    // 16 MB of JSON arguments
inline constexpr std::size_t kMaxAttachmentBytes = 32u << 20;  // 32 MB: about 750,000 codes

class Api {
 public:
  explicit Api(Content content);

  // Never throws; always returns an envelope.
  std::string call(const std::string& method, const std::string& argsJson, const std::string& attachment = {}) const;
  const ContentIndex& content() const { return index_; }
  // The content, moved out (ContentSession extends it and builds a new Api); the Api is
  // not used afterwards.
  Content releaseContent() { return index_.release(); }

  static std::string ok(const Json& value);
  static std::string error(const std::string& code, const std::string& message);

 private:
  ContentIndex index_;
};

// Builds an Api from the packaged content bundle; on failure returns nullptr and sets
// `errorEnvelope`.
std::unique_ptr<Api> makeApiFromBundle(std::string_view bundleJson, std::string& errorEnvelope);
// The same with a loader of the caller's, which keeps what parts added later need (issue 15).
class ContentLoader;
std::unique_ptr<Api> makeApiFromBundle(std::string_view bundleJson, std::string& errorEnvelope, ContentLoader& loader);

// A method that writes its answer's value as JSON text itself, without building a DOM: for
// answers the page asks for on every keystroke (the search) and the big ones (the team
// overview, the board, the network map). Returns false and sets `error` on failure.
using ApiTextMethod = bool (*)(const ApiContext&, const Json& args, std::string& valueJson, ApiError& error);
ApiTextMethod findSearchMethod(const std::string& name);       // api_search.cpp
ApiTextMethod findTeamTextMethod(const std::string& name);     // api_team.cpp (and the board, api_board.cpp)
ApiTextMethod findNetworkTextMethod(const std::string& name);  // api_network.cpp

// The guide, theme and policy theme filter of browse and search (api_guidance.cpp).
std::optional<SearchFilter> readSearchFilter(const ApiContext& ctx, const Json& args, ApiError& error);

// Registration, per capability file.
ApiMethod findGuidanceMethod(const std::string& name);
ApiMethod findAgendaMethod(const std::string& name);
ApiMethod findZelfscanMethod(const std::string& name);
ApiMethod findGlossaryMethod(const std::string& name);
ApiMethod findTeamMethod(const std::string& name);
ApiMethod findNetworkMethod(const std::string& name);

}  // namespace samenwijs

#include "samenwijs/content_session.hpp"

namespace samenwijs {
namespace {
constexpr const char* kBundleFile = "content.bundle.json";
}  // namespace

std::string ContentSession::load(std::string_view bundle) {
  auto loader = std::make_unique<ContentLoader>();
  std::string error;
  auto loaded = makeApiFromBundle(bundle, error, *loader);
  if (!loaded) return error;
  api_ = std::move(loaded);
  // Only partial content takes steps; a whole bundle frees the loader's bookkeeping now.
  loader_.reset();
  // A partial bundle (issue 15) may lack what the overview shows; the loading succeeded.
  if (api_->content().content().parts.partial) {
    loader_ = std::move(loader);
    return Api::ok(Json{{"partial", true}});
  }
  return api_->call("overview", "{}");
}

std::string ContentSession::add(std::string_view bundle) {
  if (!api_ || !loader_ || !loader_->checkParts(kBundleFile, bundle, api_->content().content())) {
    return Api::error(errc::kContentNotAdded, "Deze delen van de inhoud konden niet apart worden toegevoegd.");
  }
  // Checked: from here nothing can fail. The old lookups are freed before the new ones
  // are built, so the memory they used is used again.
  Content content = api_->releaseContent();
  api_.reset();
  loader_->mergeParts(content);
  api_ = std::make_unique<Api>(std::move(content));
  return Api::ok(Json{{"partial", true}});
}

}  // namespace samenwijs

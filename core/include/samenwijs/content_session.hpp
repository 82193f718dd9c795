#pragma once
// The content of a running site (the module's one instance of it): loaded at once, or
// in steps as the parts a page needs arrive (issue 15). The bindings only pass bytes to
// it; the rules of what a step may add live in ContentLoader (content_loader_steps.cpp).
#include <memory>
#include <string>
#include <string_view>

#include "samenwijs/api.hpp"
#include "samenwijs/content_loader.hpp"

namespace samenwijs {

class ContentSession {
 public:
  // Validates and loads a bundle (whole, or partial: {"partial":true}) in place of the
  // content so far. Answers the overview (a partial bundle: {"partial":true}), or
  // content_invalid naming the first problems; then the earlier content stays loaded.
  std::string load(std::string_view bundle);
  // Adds the parts in a partial bundle to the loaded content, reading and checking only
  // them (the checks across parts run on the union). Answers {"partial":true}, or
  // content_not_added when the step cannot give exactly what loading every part at once
  // gives (nothing loaded yet, a part already loaded, any problem): then the content is
  // unchanged, and the caller loads every part at once, which reports the problems.
  std::string add(std::string_view bundle);
  // The loaded content's API; nullptr before a load succeeded.
  const Api* api() const { return api_.get(); }

 private:
  std::unique_ptr<Api> api_;
  // What the loader kept of the loaded content's checks (ids, references, keys), for steps.
  std::unique_ptr<ContentLoader> loader_;
};

}  // namespace samenwijs

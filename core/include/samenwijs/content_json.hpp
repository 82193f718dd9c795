#pragma once
// Content values as JSON, in the shapes content/SCHEMA.md describes. Used for the
// packaged bundle and for answers to the web layer.
#include "samenwijs/content_model.hpp"
#include "samenwijs/json_reader.hpp"

namespace samenwijs {

Json toJson(const Citation& c);
Json toJson(const Source& s);
Json toJson(const Theme& t);
Json toJson(const Tag& t);
Json toJson(const ReadingTip& tip);
Json toJson(const Topic& topic);
Json toJson(const MainQuestion& mq);
Json toJson(const Guide& guide);
Json toJson(const Framework& fw);
Json toJson(const GuidedStart& start);
Json toJson(const GlossaryTerm& t);

}  // namespace samenwijs

// The search API method (issue 12). Asked on every keystroke, so the answer is written with
// the streaming JsonWriter: the index ranks on document ids and cuts to the limit, and only
// the hits that are returned get their matches and snippets.
#include <algorithm>
#include <map>

#include "samenwijs/api_args.hpp"
#include "samenwijs/json_writer.hpp"

namespace samenwijs {
namespace {

// Long fields (intros, level descriptions) are cut to this many UTF-16 units around their
// first match; titles and questions are shorter than this.
constexpr std::size_t kSnippetUnits = 220;

const Theme* findTheme(const std::vector<Theme>& list, const std::string& id) {
  for (const auto& t : list) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

// Themes and policy themes the best hits share, to browse further ("related themes").
void writeRelatedThemes(JsonWriter& w, const Content& c, const SearchIndex& index, const SearchResult& result) {
  constexpr std::size_t kLook = 20, kShow = 3;
  std::vector<std::pair<const Theme*, bool>> seen;  // theme, is a policy theme
  std::vector<std::size_t> counts;
  auto count = [&](const std::vector<Theme>& list, const std::string& id, bool policy) {
    const Theme* t = findTheme(list, id);
    if (!t) return;
    for (std::size_t i = 0; i < seen.size(); ++i) {
      if (seen[i].first == t) {
        ++counts[i];
        return;
      }
    }
    seen.emplace_back(t, policy);
    counts.push_back(1);
  };
  for (std::size_t i = 0; i < result.hits.size() && i < kLook; ++i) {
    const SearchDocument& doc = index.documents()[result.hits[i].document];
    if (doc.guide.empty()) continue;
    if (!doc.theme.empty()) count(c.themes, doc.theme, false);
    for (const auto& p : doc.policyThemes) count(c.policyThemes, p, true);
  }
  std::vector<std::size_t> order(seen.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return counts[a] > counts[b]; });
  w.key("related").beginArray();
  for (std::size_t i = 0; i < order.size() && i < kShow; ++i) {
    const auto& [t, policy] = seen[order[i]];
    w.beginObject()
        .field("kind", policy ? "policyTheme" : "theme")
        .field("id", t->id)
        .field("title", t->title)
        .field("route", std::string("/gespreksstarters?") + (policy ? "beleid=" : "thema=") + t->id)
        .endObject();
  }
  w.endArray();
}

void writeRanges(JsonWriter& w, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& ranges) {
  w.beginArray();
  for (const auto& [start, length] : ranges) w.beginArray().value(start).value(length).endArray();
  w.endArray();
}

void writeHit(JsonWriter& w, const ContentIndex& content, const SearchHit& hit) {
  const SearchIndex& index = content.search();
  const SearchDocument& doc = index.documents()[hit.document];
  w.beginObject();
  w.field("id", doc.id).field("kind", doc.kind).field("place", placeName(doc.place));
  // Guidance hits say where they are in the guides (as lookup does).
  if (!doc.guide.empty()) {
    w.field("guide", doc.guide);
    if (const Guide* g = content.guide(doc.guide)) w.field("guideTitle", g->title);
  }
  if (!doc.mainQuestion.empty()) w.field("mainQuestion", doc.mainQuestion);
  if (!doc.topic.empty()) w.field("topic", doc.topic);
  if (!doc.theme.empty() && !doc.guide.empty()) w.field("theme", doc.theme);
  w.field("title", doc.title())
      .field("titleField", fieldName(doc.fields.front().name))
      .field("route", doc.route)
      .field("context", doc.context)
      .field("score", hit.score)
      .field("matchedTerms", static_cast<std::uint32_t>(hit.matchedTerms))
      .field("typo", hit.typo);
  w.key("matches").beginArray();
  for (const auto& m : hit.matches) {
    const Snippet s = index.snippet(doc, m, kSnippetUnits);
    if (s.ranges.empty()) continue;
    w.beginObject().field("field", fieldName(m.field)).field("text", s.text);
    w.key("ranges");
    writeRanges(w, s.ranges);
    w.endObject();
  }
  w.endArray();
  w.endObject();
}

// search {query, guide?, theme?, policyTheme?, place?, limit?} -> ranked hits over everything
// the site holds, each with its place, route and highlight ranges (long fields as snippets);
// the true number of hits, per place; a corrected query ("Bedoelde je ...?") and related themes.
bool search(const ApiContext& ctx, const Json& args, std::string& out, ApiError& err) {
  auto query = stringArg(args, "query", err);
  if (!query) return false;
  std::size_t characters = 0;
  for (char ch : *query) characters += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1 : 0;
  if (characters > 200) {
    err = {errc::kInvalidArgument, "De zoekvraag is te lang (hoogstens 200 tekens)."};
    return false;
  }
  auto filter = readSearchFilter(ctx, args, err);
  auto place = filter ? stringArg(args, "place", err) : std::nullopt;
  auto limit = place ? intArg(args, "limit", 1, 500, 50, err) : std::nullopt;
  if (!limit) return false;
  SearchPlace known;
  if (!place->empty() && !placeFromName(*place, known)) {
    err = {errc::kInvalidArgument, "Onbekende plek om in te zoeken: '" + *place + "'."};
    return false;
  }
  filter->place = *place;
  const SearchIndex& index = ctx.content.search();
  const SearchResult result = index.search(*query, *filter, static_cast<std::size_t>(*limit));

  out.reserve(1024 + result.hits.size() * 600);
  JsonWriter w(out);
  w.beginObject().field("query", *query);
  w.key("hits").beginArray();
  for (const auto& hit : result.hits) writeHit(w, ctx.content, hit);
  w.endArray();
  w.field("total", static_cast<std::uint64_t>(result.total))
      .field("totalAllWords", static_cast<std::uint64_t>(result.totalAllTerms))
      .field("terms", static_cast<std::uint64_t>(result.terms));
  w.key("perPlace").beginObject();
  for (std::size_t p = 0; p < kSearchPlaceCount; ++p) {
    w.field(placeName(static_cast<SearchPlace>(p)), static_cast<std::uint64_t>(result.perPlace[p]));
  }
  w.endObject();
  writeRelatedThemes(w, ctx.content.content(), index, result);
  if (!result.suggestion.empty()) w.field("suggestion", result.suggestion);
  // For the benchmark (tests/bench/search-bench.mjs): the size of the index and its build time.
  if (args.contains("stats") && args["stats"].is_boolean() && args["stats"].get<bool>()) {
    w.key("index").beginObject()
        .field("documents", static_cast<std::uint64_t>(index.documents().size()))
        .field("buildMs", index.buildMilliseconds())
        .endObject();
  }
  w.endObject();
  return true;
}

}  // namespace

ApiTextMethod findSearchMethod(const std::string& name) { return name == "search" ? search : nullptr; }

}  // namespace samenwijs

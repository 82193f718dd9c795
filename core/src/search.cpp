#include "samenwijs/search.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <limits>

#include "samenwijs/search_query.hpp"
#include "samenwijs/search_vocabulary.hpp"
#include "samenwijs/text_fold.hpp"

namespace samenwijs {
namespace {

// BM25: how fast repeated words stop adding (k1) and how much long fields are damped (b).
constexpr float kK1 = 1.2f, kB = 0.75f;
// The ranking value: words held count before words held without a typo, which count before
// the BM25 score (kept below kSubjectStep). Between them: a guide whose title the query names
// (every word of it matched), because the guide is the way into that whole subject.
constexpr double kWordStep = 1e5, kExactStep = 1e4, kSubjectStep = 1e3, kMaxBm25 = 999;

struct WordAt {
  std::uint32_t word, start, length;  // start, length: UTF-16 units in the field's text
  std::uint32_t byteStart, byteLength;  // the same in bytes (to cut snippets)
};

struct Span {
  std::uint32_t begin, end;  // tokens_ of one document field
  float factor;              // field weight / BM25 length normalisation
};

// What one query term scores in each document; only touched documents are reset.
struct TermScores {
  std::vector<float> score;
  std::vector<std::uint32_t> touched;
  void raise(std::uint32_t doc, float s) {
    if (score[doc] == 0.0f) touched.push_back(doc);
    if (s > score[doc]) score[doc] = s;
  }
  void clear() {
    for (auto d : touched) score[d] = 0.0f;
    touched.clear();
  }
};

// The per-document and per-word working memory of one search, allocated once with the index
// and left all zero after each search (only what a search touched is reset), so a keystroke
// allocates nothing the size of the content or of its vocabulary.
struct Scratch {
  std::vector<float> total;                    // per document: the sum of its terms' scores
  std::vector<std::uint8_t> matched, typos;    // per document: terms held, terms held only by a typo
  std::vector<std::uint32_t> touched;          // documents with any term
  std::vector<char> highlight;                 // per word: a variant of a query word
  std::vector<std::uint32_t> highlighted;
  TermScores term, part;
  std::vector<float> phraseSum;                // per document, for a phrase's words
  std::vector<std::uint8_t> phraseHas;
  std::vector<std::uint32_t> phraseTouched;
  std::vector<Variant> variants;

  void size(std::size_t docs, std::size_t words) {
    total.assign(docs, 0.0f);
    matched.assign(docs, 0);
    typos.assign(docs, 0);
    term.score.assign(docs, 0.0f);
    part.score.assign(docs, 0.0f);
    phraseSum.assign(docs, 0.0f);
    phraseHas.assign(docs, 0);
    highlight.assign(words, 0);
  }
  void mark(std::uint32_t word) {
    if (!highlight[word]) {
      highlight[word] = 1;
      highlighted.push_back(word);
    }
  }
  void reset() {
    for (auto d : touched) {
      total[d] = 0.0f;
      matched[d] = typos[d] = 0;
    }
    touched.clear();
    for (auto w : highlighted) highlight[w] = 0;
    highlighted.clear();
    term.clear();
    part.clear();
  }
};

}  // namespace

struct SearchIndex::Data {
  SearchVocabulary vocabulary;
  SynonymTable synonyms;
  std::vector<WordAt> tokens;
  std::vector<Span> spans;
  std::vector<std::uint32_t> firstSpan;  // per document
  std::vector<float> idf;                // per word
  mutable Scratch scratch;               // one search at a time (the module is single-threaded)

  // Adds every document where a variant occurs to `out`, scored with BM25F times `quality`.
  // A synonym weighs at most as much as the word that was typed (`idfCap`): a rare synonym
  // ("chatbot") must not outrank the word itself ("AI").
  void score(const std::vector<Variant>& variants, float quality, TermScores& out,
             float idfCap = std::numeric_limits<float>::max()) const {
    for (const Variant& v : variants) {
      const PostingRange postings = vocabulary.postings(v.word);
      const float weight = std::min(idf[v.word], idfCap) * v.quality * quality;
      for (std::size_t i = 0; i < postings.size();) {
        const std::uint32_t doc = postings[i].doc;
        float tf = 0;
        for (; i < postings.size() && postings[i].doc == doc; ++i) tf += spans[postings[i].span].factor * static_cast<float>(postings[i].count);
        out.raise(doc, weight * tf * (kK1 + 1) / (tf + kK1));
      }
    }
  }
};

const char* placeName(SearchPlace place) {
  switch (place) {
    case SearchPlace::Guidance: return "gespreksstarters";
    case SearchPlace::SelfAssessment: return "zelfscan";
    case SearchPlace::Network: return "netwerkcheck";
    case SearchPlace::Sources: return "bronnen";
    case SearchPlace::Glossary: return "begrippen";
  }
  return "";
}

bool placeFromName(const std::string& name, SearchPlace& place) {
  for (std::size_t p = 0; p < kSearchPlaceCount; ++p) {
    if (name == placeName(static_cast<SearchPlace>(p))) {
      place = static_cast<SearchPlace>(p);
      return true;
    }
  }
  return false;
}

const char* fieldName(FieldName name) {
  switch (name) {
    case FieldName::Title: return "title";
    case FieldName::Question: return "question";
    case FieldName::Text: return "text";
    case FieldName::Tags: return "tags";
    case FieldName::Levels: return "levels";
    case FieldName::Publisher: return "publisher";
    case FieldName::Context: return "context";
    case FieldName::Aliases: return "aliases";
    case FieldName::Count: break;
  }
  return "";
}

SearchIndex::SearchIndex(const Content& content) {
  const auto started = std::chrono::steady_clock::now();
  documents_ = buildSearchDocuments(content);
  data_.reset(new Data);
  Data& x = *data_;
  x.synonyms = SynonymTable(content.synonyms);
  std::size_t bytes = 0;
  for (const auto& d : documents_) {
    for (const auto& f : d.fields) bytes += f.text.size();
  }
  x.tokens.reserve(bytes / 5);  // about one word per 6-7 bytes of Dutch text
  x.vocabulary.reserve(bytes / 5);
  x.spans.reserve(documents_.size() * 4);
  x.firstSpan.reserve(documents_.size() + 1);
  double lengthSum[static_cast<std::size_t>(FieldName::Count)] = {};
  std::size_t fieldCount[static_cast<std::size_t>(FieldName::Count)] = {};
  for (std::uint32_t d = 0; d < documents_.size(); ++d) {
    x.firstSpan.push_back(static_cast<std::uint32_t>(x.spans.size()));
    for (const auto& f : documents_[d].fields) {
      const auto span = static_cast<std::uint32_t>(x.spans.size());
      const auto begin = static_cast<std::uint32_t>(x.tokens.size());
      scanWords(f.text, [&](const std::string& folded, const WordSpan& at) {
        const std::uint32_t w = x.vocabulary.intern(folded, std::string_view(f.text).substr(at.byteStart, at.byteLength));
        x.tokens.push_back({w, at.start, at.length, static_cast<std::uint32_t>(at.byteStart),
                            static_cast<std::uint32_t>(at.byteLength)});
        x.vocabulary.occurs(w, d, span);
      });
      x.spans.push_back({begin, static_cast<std::uint32_t>(x.tokens.size()), f.weight});
      lengthSum[static_cast<std::size_t>(f.name)] += static_cast<double>(x.tokens.size() - begin);
      ++fieldCount[static_cast<std::size_t>(f.name)];
    }
  }
  x.firstSpan.push_back(static_cast<std::uint32_t>(x.spans.size()));
  // BM25F: a word in a short field counts more than in a long one of the same kind.
  for (std::uint32_t d = 0; d < documents_.size(); ++d) {
    for (std::uint32_t s = x.firstSpan[d]; s < x.firstSpan[d + 1]; ++s) {
      const auto name = static_cast<std::size_t>(documents_[d].fields[s - x.firstSpan[d]].name);
      const double average = lengthSum[name] / static_cast<double>(std::max<std::size_t>(fieldCount[name], 1));
      const double length = x.spans[s].end - x.spans[s].begin;
      x.spans[s].factor = static_cast<float>(x.spans[s].factor / (1 - kB + kB * length / std::max(average, 1.0)));
    }
  }
  x.vocabulary.finish();
  const double n = static_cast<double>(documents_.size());
  x.idf.resize(x.vocabulary.size());
  for (std::uint32_t w = 0; w < x.vocabulary.size(); ++w) {
    const double df = x.vocabulary.documentFrequency(w);
    x.idf[w] = static_cast<float>(std::log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  x.scratch.size(documents_.size(), x.vocabulary.size());
  buildMs_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
}

SearchIndex::~SearchIndex() = default;
SearchIndex::SearchIndex(SearchIndex&&) noexcept = default;
SearchIndex& SearchIndex::operator=(SearchIndex&&) noexcept = default;

const SearchVocabulary& SearchIndex::vocabulary() const { return data_->vocabulary; }

const std::string& SearchIndex::fieldText(const SearchDocument& doc, FieldName field) const {
  for (const auto& f : doc.fields) {
    if (f.name == field) return f.text;
  }
  return doc.fields.front().text;
}

bool SearchIndex::matchesFilter(const SearchDocument& doc, const SearchFilter& filter) {
  if (!filter.guide.empty() && doc.guide != filter.guide) return false;
  if (!filter.theme.empty() && doc.theme != filter.theme) return false;
  if (!filter.policyTheme.empty() &&
      std::find(doc.policyThemes.begin(), doc.policyThemes.end(), filter.policyTheme) == doc.policyThemes.end()) {
    return false;
  }
  return true;
}

SearchResult SearchIndex::search(const std::string& query, const SearchFilter& filter, std::size_t limit) const {
  SearchResult result;
  const Data& x = *data_;
  const std::vector<QueryTerm> terms = parseQuery(query, x.synonyms);
  result.terms = terms.size();
  if (terms.empty()) return result;
  SearchPlace place = SearchPlace::Guidance;
  const bool byPlace = !filter.place.empty();
  const bool unknownPlace = byPlace && !placeFromName(filter.place, place);

  Scratch& z = x.scratch;
  TermScores& term = z.term;
  TermScores& part = z.part;
  std::vector<Variant>& variants = z.variants;
  std::string suggestion = query;
  bool corrected = false;

  // Later terms first, so that corrections keep the byte positions of earlier ones valid.
  for (std::size_t t = terms.size(); t-- > 0;) {
    const QueryTerm& qt = terms[t];
    bool found = false, typo = false;
    float typedIdf = 0;  // the highest idf of what was typed: the cap for its synonyms
    for (const auto& alt : qt.alternatives) {
      const float cap = alt.typed || typedIdf == 0 ? std::numeric_limits<float>::max() : typedIdf;
      if (alt.words.size() == 1) {
        x.vocabulary.expand(alt.words[0], alt.typed && qt.typing, false, variants);
        x.score(variants, alt.quality, term, cap);
        if (alt.typed) for (const auto& v : variants) typedIdf = std::max(typedIdf, x.idf[v.word]);
        for (const auto& v : variants) z.mark(v.word);
        found = found || !variants.empty();
        continue;
      }
      // A phrase: a document needs each of its words; it scores their average.
      for (std::size_t k = 0; k < alt.words.size(); ++k) {
        x.vocabulary.expand(alt.words[k], alt.typed && qt.typing && k + 1 == alt.words.size(), false, variants);
        for (const auto& v : variants) z.mark(v.word);
        x.score(variants, 1.0f, part, cap);
        if (alt.typed) for (const auto& v : variants) typedIdf = std::max(typedIdf, x.idf[v.word]);
        for (auto d : part.touched) {
          if (z.phraseHas[d] == k) {
            if (k == 0) z.phraseTouched.push_back(d);
            z.phraseHas[d] = static_cast<std::uint8_t>(k + 1);
            z.phraseSum[d] += part.score[d];
          }
        }
        part.clear();
      }
      for (std::uint32_t d : z.phraseTouched) {
        if (z.phraseHas[d] == alt.words.size()) {
          term.raise(d, alt.quality * z.phraseSum[d] / static_cast<float>(alt.words.size()));
          found = true;
        }
        z.phraseHas[d] = 0;
        z.phraseSum[d] = 0.0f;
      }
      z.phraseTouched.clear();
    }
    // A word the site does not know at all: try it with a typo corrected.
    const QueryAlternative& typed = qt.alternatives.front();
    if (!found && typed.words.size() == 1) {
      x.vocabulary.expand(typed.words[0], qt.typing, true, variants);
      x.score(variants, 1.0f, term);
      typo = !variants.empty();
      const Variant* best = nullptr;
      for (const auto& v : variants) {
        z.mark(v.word);
        if (!best || v.edits < best->edits ||
            (v.edits == best->edits && x.vocabulary.documentFrequency(v.word) > x.vocabulary.documentFrequency(best->word))) {
          best = &v;
        }
      }
      if (best) {
        suggestion.replace(qt.byteStart, qt.byteLength, x.vocabulary.surface(best->word));
        corrected = true;
      }
    }
    for (auto d : term.touched) {
      if (!z.matched[d]) z.touched.push_back(d);
      z.total[d] += term.score[d];
      ++z.matched[d];
      if (typo) ++z.typos[d];
    }
    term.clear();
  }
  if (corrected) {
    const auto first = suggestion.find_first_not_of(" \t\n\r");
    const auto last = suggestion.find_last_not_of(" \t\n\r");
    result.suggestion = first == std::string::npos ? std::string() : suggestion.substr(first, last - first + 1);
  }

  if (unknownPlace) {
    z.reset();
    return result;
  }
  // Most of the words: one of two, two of three, ...
  const std::size_t required = terms.size() <= 2 ? 1 : (terms.size() + 1) / 2;
  const bool byContent = !filter.guide.empty() || !filter.theme.empty() || !filter.policyTheme.empty();
  auto namesSubject = [&](std::uint32_t d) {
    if (std::strcmp(documents_[d].kind, "guide") != 0 || z.matched[d] != terms.size() || z.typos[d]) return false;
    const Span& title = x.spans[x.firstSpan[d]];
    for (std::uint32_t k = title.begin; k < title.end; ++k) {
      if (!z.highlight[x.tokens[k].word]) return false;
    }
    return title.end > title.begin;
  };
  // More of the words first, then fewer corrected words, then the BM25 score: one number per
  // found document, computed once; the sort moves (rank, id) pairs.
  std::vector<std::pair<double, std::uint32_t>> found;
  found.reserve(z.touched.size());
  for (std::uint32_t d : z.touched) {
    const std::uint8_t matched = z.matched[d];
    if (matched < required) continue;
    if (byContent && !matchesFilter(documents_[d], filter)) continue;
    ++result.perPlace[static_cast<std::size_t>(documents_[d].place)];
    if (byPlace && documents_[d].place != place) continue;
    if (matched == terms.size()) ++result.totalAllTerms;
    const std::uint8_t typos = z.typos[d];
    found.emplace_back(kWordStep * matched + kExactStep * (matched - typos) + (namesSubject(d) ? kSubjectStep : 0) +
                           std::min(static_cast<double>(z.total[d]), kMaxBm25),
                       d);
  }
  result.total = found.size();
  auto better = [](const std::pair<double, std::uint32_t>& a, const std::pair<double, std::uint32_t>& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  };
  const std::size_t shown = std::min(limit, found.size());
  std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(shown), found.end(), better);
  found.resize(shown);

  // Only the hits that are returned get their match details.
  result.hits.reserve(shown);
  for (const auto& [rank, d] : found) {
    SearchHit hit;
    hit.document = d;
    hit.score = rank;
    hit.matchedTerms = z.matched[d];
    hit.typo = z.typos[d] > 0;
    const SearchDocument& doc = documents_[d];
    for (std::uint32_t s = x.firstSpan[d]; s < x.firstSpan[d + 1]; ++s) {
      FieldMatch m{doc.fields[s - x.firstSpan[d]].name, {}, s, 0};
      for (std::uint32_t k = x.spans[s].begin; k < x.spans[s].end; ++k) {
        if (!z.highlight[x.tokens[k].word]) continue;
        if (m.ranges.empty()) m.firstToken = k - x.spans[s].begin;
        m.ranges.emplace_back(x.tokens[k].start, x.tokens[k].length);
      }
      if (!m.ranges.empty()) hit.matches.push_back(std::move(m));
    }
    result.hits.push_back(std::move(hit));
  }
  z.reset();
  return result;
}

Snippet SearchIndex::snippet(const SearchDocument& doc, const FieldMatch& match, std::size_t maxUnits) const {
  const Data& x = *data_;
  const std::string& text = fieldText(doc, match.field);
  Snippet out;
  const Span& span = x.spans[match.span];
  const std::uint32_t words = span.end - span.begin;
  std::uint32_t textUnits = 0;
  if (words) textUnits = x.tokens[span.end - 1].start + x.tokens[span.end - 1].length;  // up to the last word
  if (words == 0 || textUnits <= maxUnits) {
    out.text = text;
    out.ranges = match.ranges;
    return out;
  }
  // Start a few words before the first match, end at the last whole word that fits.
  constexpr std::uint32_t kWordsBefore = 6;
  const std::uint32_t matched = span.begin + match.firstToken;
  auto lastFitting = [&](std::uint32_t from) {
    std::uint32_t last = from;
    while (last + 1 < span.end && x.tokens[last + 1].start + x.tokens[last + 1].length - x.tokens[from].start <= maxUnits) ++last;
    return last;
  };
  std::uint32_t first = span.begin + (match.firstToken > kWordsBefore ? match.firstToken - kWordsBefore : 0);
  std::uint32_t last = lastFitting(first);
  if (last < matched) {  // very long words: start at the match itself
    first = matched;
    last = lastFitting(first);
  }
  const bool cutStart = first > span.begin, cutEnd = last + 1 < span.end;
  const WordAt& a = x.tokens[first];
  const WordAt& b = x.tokens[last];
  const std::size_t byteFrom = cutStart ? a.byteStart : 0;
  const std::size_t byteTo = cutEnd ? b.byteStart + b.byteLength : text.size();
  const std::uint32_t unitFrom = cutStart ? a.start : 0;
  const std::uint32_t shift = cutStart ? 1 : 0;  // "…" is one UTF-16 unit
  if (cutStart) out.text = "\xE2\x80\xA6";
  out.text.append(text, byteFrom, byteTo - byteFrom);
  if (cutEnd) out.text += "\xE2\x80\xA6";
  for (const auto& [start, length] : match.ranges) {
    if (start < unitFrom || start + length > b.start + b.length) continue;
    out.ranges.emplace_back(start - unitFrom + shift, length);
  }
  return out;
}

}  // namespace samenwijs

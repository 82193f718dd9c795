#include "samenwijs/team.hpp"

#include <algorithm>
#include <cstring>

#include "samenwijs/code_bytes.hpp"
#include "samenwijs/code_input.hpp"

namespace samenwijs {

void TeamTotals::reset(const Framework& fw) {
  framework = &fw;
  participants = 0;
  counts.assign(teamRows(fw) * kTeamLevels, 0);
}

void TeamTotals::addLevels(const std::vector<std::uint8_t>& levels) {
  ++participants;
  for (std::size_t r = 0; r < levels.size(); ++r) {
    if (levels[r] >= 1 && levels[r] <= kTeamLevels) ++counts[r * kTeamLevels + levels[r] - 1];
  }
}

void TeamTotals::addTotals(const TeamTotals& other) {
  participants += other.participants;
  for (std::size_t k = 0; k < counts.size() && k < other.counts.size(); ++k) counts[k] += other.counts[k];
}

std::uint64_t Distribution::n() const {
  std::uint64_t total = 0;
  for (auto c : counts) total += c;
  return total;
}

std::optional<double> Distribution::mean() const {
  const std::uint64_t people = n();
  if (people == 0) return std::nullopt;
  double sum = 0;
  for (std::size_t l = 0; l < counts.size(); ++l) sum += static_cast<double>(counts[l]) * static_cast<double>(l + 1);
  return sum / static_cast<double>(people);
}

std::optional<double> Distribution::median() const {
  const std::uint64_t people = n();
  if (people == 0) return std::nullopt;
  const std::uint64_t lowRank = (people - 1) / 2, highRank = people / 2;
  auto levelAt = [&](std::uint64_t rank) {
    std::uint64_t seen = 0;
    for (std::size_t l = 0; l < counts.size(); ++l) {
      seen += counts[l];
      if (seen > rank) return static_cast<double>(l + 1);
    }
    return static_cast<double>(counts.size());
  };
  return (levelAt(lowRank) + levelAt(highRank)) / 2;
}

Distribution distributionOf(const TeamTotals& totals, std::size_t row) {
  Distribution d;
  for (std::size_t l = 0; l < d.counts.size(); ++l) d.counts[l] = totals.counts[row * kTeamLevels + l];
  const std::uint64_t n = d.n();
  d.tooFew = totals.participants > n ? totals.participants - n : 0;
  return d;
}

void CodeListReport::reject(std::string label, std::string reason, std::string code) {
  ++rejectedCount;
  if (rejected.size() < kMaxRejectionsListed) rejected.push_back({std::move(label), std::move(reason), std::move(code)});
}

void CodeListReport::skip(std::string label) {
  ++skippedCount;
  if (skipped.size() < kMaxRejectionsListed) skipped.push_back(std::move(label));
}

namespace {

// Separators as a table: the loop over megabytes of pasted codes makes no call per
// character (with -Oz in the module every function stays out of line).
struct SeparatorTable {
  bool is[256] = {};
  SeparatorTable() {
    for (char c : {'\n', '\r', ',', ';', '\t', ' '}) is[static_cast<unsigned char>(c)] = true;
  }
};
const SeparatorTable kSeparators;
inline bool isSeparator(char c) { return kSeparators.is[static_cast<unsigned char>(c)]; }

// A token that starts with the letters of one of Samenwijs' codes, a digit and a hyphen
// (IN1-, or a later version's IN2-) is a code, or a wrong one the decoder names. Other words
// in a pasted e-mail are text, skipped and listed: "ict-coach", "po-school", "10-12", and
// also words of a code's shape, "MP3-speler" or "PS5-game", which would otherwise be
// reported as broken codes to a school leader who only pasted a colleague's mail.
bool startsLikeCode(std::string_view t) {
  return t.size() > 3 && startsWithCodeKindLetters(t) && t[2] >= '0' && t[2] <= '9' && t[3] == '-';
}

// A code and the tokens after it that do not start like a code. Usually that is one code
// wrapped across lines, so the tokens belong together; but in a pasted e-mail they can
// also be words after the code ("groetjes"). The longest join whose frame holds (base32
// and CRC, shared by the codes of the team overview) is the code, and the words after it
// are a run of their own: text, skipped where it starts, instead of breaking the code. When
// no join holds, the whole run goes to the decoder as before, which says what is wrong.
class CodeRun {
 public:
  void add(std::string_view token, std::size_t line) {
    text_.append(token.data(), token.size());
    ends_.push_back(text_.size());
    lines_.push_back(line);
  }
  // visitCode(code, label) for the code, visitText(label) for text without a code.
  void flush(const std::string& labelPrefix, FunctionRef<void(std::string_view, const CodeLabel&)> visitCode,
             FunctionRef<void(const CodeLabel&)> visitText) {
    if (ends_.empty()) return;
    if (!startsLikeCode(text_)) {
      visitText(CodeLabel{labelPrefix, lines_[0]});  // text before the first code
    } else {
      const std::size_t codeTokens = tokensOfCode();
      visitCode(std::string_view(text_).substr(0, ends_[codeTokens - 1]), CodeLabel{labelPrefix, lines_[0]});
      if (codeTokens < ends_.size()) visitText(CodeLabel{labelPrefix, lines_[codeTokens]});
    }
    text_.clear();
    ends_.clear();
    lines_.clear();
  }

 private:
  // Only runs of more than one token are tried, so a list of one code per line costs
  // nothing extra; the tries are bounded (a code is at most kMaxListedCodeChars, and a code
  // wraps into a few pieces, not into hundreds).
  std::size_t tokensOfCode() {
    const std::size_t n = ends_.size();
    if (n == 1) return 1;
    const std::string prefix = text_.substr(0, 4);  // startsLikeCode: a kind's letters, a digit, a hyphen
    CodeFrameError error;
    for (std::size_t k = std::min(n, kMaxPiecesTried); k >= 1; --k) {
      if (ends_[k - 1] > kMaxListedCodeChars) continue;
      const std::string_view joined = std::string_view(text_).substr(0, ends_[k - 1]);
      if (decodeCodeBytes(joined, prefix.c_str(), kMaxListedCodeChars, bytes_, error)) return k;
    }
    return n;
  }

  static constexpr std::size_t kMaxPiecesTried = 64;
  std::string text_;
  std::vector<std::size_t> ends_, lines_;
  std::vector<std::uint8_t> bytes_;
};

// Cuts `text` into codes and runs of other text; labels name the line where each starts.
void splitCodes(std::string_view text, const std::string& labelPrefix,
                FunctionRef<void(std::string_view, const CodeLabel&)> visitCode, FunctionRef<void(const CodeLabel&)> visitText) {
  CodeRun run;
  std::string cleanedToken;
  std::size_t line = 1;
  std::size_t i = 0;
  while (i < text.size()) {
    if (isSeparator(text[i])) {
      if (text[i] == '\n') ++line;
      ++i;
      continue;
    }
    std::size_t end = i;
    bool ascii = true;
    while (end < text.size() && !isSeparator(text[end])) {
      if (static_cast<unsigned char>(text[end]) >= 0x80) ascii = false;
      ++end;
    }
    std::string_view token = text.substr(i, end - i);
    if (!ascii) {
      cleanedToken = stripCodeInput(token);
      token = cleanedToken;
    }
    i = end;
    if (token.empty()) continue;
    if (startsLikeCode(token)) run.flush(labelPrefix, visitCode, visitText);
    run.add(token, line);
  }
  run.flush(labelPrefix, visitCode, visitText);
}

bool looksBinary(const std::string& text) {
  std::size_t control = 0;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if (c < 0x09 || (c > 0x0D && c < 0x20)) ++control;
  }
  return control > text.size() / 100 + 2;
}

bool hasCodeLikeToken(const std::string& text) {
  bool found = false;
  splitCodes(text, "", [&](std::string_view, const CodeLabel&) { found = true; }, [](const CodeLabel&) {});
  return found;
}

}  // namespace

void forEachListedCode(const std::string& pasted, const std::vector<TeamFile>& files, CodeListReport& report,
                       FunctionRef<void(std::string_view cleaned, const CodeLabel& label)> visit) {
  auto skip = [&](const CodeLabel& label) { report.skip(label.text()); };
  splitCodes(pasted, "", visit, skip);
  for (const auto& file : files) {
    if (file.text.find_first_not_of(" \t\r\n") == std::string::npos) {
      report.reject(file.name, "Dit bestand is leeg.", "file_empty");
    } else if (looksBinary(file.text)) {
      report.reject(file.name, "Dit bestand is geen tekstbestand met codes (bijvoorbeeld een afbeelding of document).", "file_binary");
    } else if (file.text.find("samenwijs-zelfscan") != std::string::npos) {
      report.reject(file.name, "Dit is een resultaatbestand met iemands persoonlijke uitslag. Dat hoort niet in het teamoverzicht: "
                               "lever een inlevercode in (IN1-…).", "personal_file");
    } else if (!hasCodeLikeToken(file.text)) {
      report.reject(file.name, "In dit bestand staan geen codes van Samenwijs.", "file_invalid");
    } else {
      const std::string prefix = file.name + ", ";
      splitCodes(file.text, prefix, visit, skip);
    }
  }
}

RoundCollection collectRound(const std::vector<Framework>& frameworks, const Round& round, int collector,
                             const std::string& pasted, const std::vector<TeamFile>& files) {
  RoundCollection out;
  out.totals.reset(*round.framework);
  out.totals.round = round.id;
  out.totals.minGroupSize = round.minGroupSize;
  const HandInKind expected = collector == 1 ? HandInKind::ShareOne : collector == 2 ? HandInKind::ShareTwo : HandInKind::Plain;
  const std::size_t width = expected == HandInKind::Plain ? teamRows(*round.framework) : teamRows(*round.framework) * kTeamLevels;
  // Every valid hand-in gets a slot first; then slots with the same tag (one device in
  // this round) are resolved: the last one counts (the teacher changed answers), an
  // identical earlier one is a real duplicate. Sorting instead of a hash map: no
  // allocation per code, which matters in the module.
  std::vector<std::uint16_t> slots;
  std::vector<std::uint64_t> slotTags;
  const std::size_t estimate = pasted.size() / 40 + 16;
  slots.reserve(estimate * width);
  slotTags.reserve(estimate);
  const HandInDecoder decoder(frameworks);
  HandIn h;
  std::string errorCode, reason;
  forEachListedCode(pasted, files, out.report, [&](std::string_view cleaned, const CodeLabel& label) {
    if (!decoder.decode(cleaned, round, expected, h, errorCode, reason)) {
      out.report.reject(label.text(), reason, errorCode);
      return;
    }
    slotTags.push_back(h.tag);
    if (expected == HandInKind::Plain) {
      slots.insert(slots.end(), h.levels.begin(), h.levels.end());
    } else {
      slots.insert(slots.end(), h.share.begin(), h.share.end());
    }
  });
  std::vector<std::pair<std::uint64_t, std::uint32_t>> order(slotTags.size());
  for (std::size_t i = 0; i < slotTags.size(); ++i) order[i] = {slotTags[i], static_cast<std::uint32_t>(i)};
  std::sort(order.begin(), order.end());
  std::vector<std::uint8_t> levels(width);
  out.tags.reserve(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    const std::uint16_t* slot = slots.data() + order[i].second * width;
    if (i + 1 < order.size() && order[i + 1].first == order[i].first) {
      // An earlier hand-in of the same device: the last one of the group counts.
      std::size_t last = i + 1;
      while (last + 1 < order.size() && order[last + 1].first == order[i].first) ++last;
      const std::uint16_t* kept = slots.data() + order[last].second * width;
      if (std::equal(slot, slot + width, kept)) {
        ++out.duplicates;
      } else {
        ++out.replaced;
      }
      continue;
    }
    out.tags.push_back(order[i].first);
    if (expected == HandInKind::Plain) {
      for (std::size_t k = 0; k < width; ++k) levels[k] = static_cast<std::uint8_t>(slot[k]);
      out.totals.addLevels(levels);
    } else {
      ++out.totals.participants;
      for (std::size_t k = 0; k < width; ++k) out.totals.counts[k] = (out.totals.counts[k] + slot[k]) & 0xFFFF;
    }
  }
  out.accepted = out.tags.size();
  return out;
}
}  // namespace samenwijs

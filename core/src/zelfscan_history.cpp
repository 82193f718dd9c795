// The history of measurements ("Mijn metingen"): which entries are valid, the stored and
// exported file format, and the trend of one framework over many measurements.
#include <algorithm>
#include <cctype>
#include <set>

#include "samenwijs/result_code.hpp"
#include "samenwijs/zelfscan_store.hpp"

namespace samenwijs {

namespace {
bool validId(const std::string& id) {
  if (id.empty() || id.size() > 40) return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; });
}

std::string trimmed(const std::string& s, std::size_t max) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n");
  std::string out = s.substr(first, last - first + 1);
  if (out.size() > max) {
    out.resize(max);
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();  // no half UTF-8 character
    if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
  }
  return out;
}

}  // namespace

// One entry; false (and `why`) when it cannot be read.
bool readMeasurement(const ContentIndex& index, const Json& e, std::size_t position, Measurement& m, std::string& why) {
  if (!e.is_object()) return why = "geen meting", false;
  const auto str = [&](const char* key) { return e.contains(key) && e[key].is_string() ? e[key].get<std::string>() : std::string(); };
  const std::string framework = str("framework"), code = str("code");
  if (code.empty()) return why = "zonder resultaatcode", false;
  const DecodedResult d = decodeResult(index.content().frameworks, code, framework);
  if (d.error != DecodeError::None) return why = d.message, false;
  m.framework = d.framework;
  m.answers = d.answers;
  m.version = d.version;
  m.code = code;
  m.finishedAt = normaliseDateTime(str("finishedAt"));
  if (m.finishedAt.empty() && !str("month").empty()) {
    // The first history format kept only the month.
    const std::string month = str("month");
    m.finishedAt = normaliseDateTime(month + "-01T00:00");
  }
  if (m.finishedAt.empty()) return why = "zonder geldige datum", false;
  m.id = str("id");
  if (!validId(m.id)) {
    // Old entries had no id: one made from date and code stays the same on every read.
    m.id = "m" + m.finishedAt.substr(0, 10) + "-" + std::to_string(crc16(reinterpret_cast<const std::uint8_t*>(code.data()), code.size())) +
           "-" + std::to_string(position);
  }
  m.name = trimmed(str("name"), 80);
  m.endedEarly = e.contains("endedEarly") && e["endedEarly"].is_boolean() && e["endedEarly"].get<bool>();
  m.pop = nullptr;
  if (e.contains("pop") && !e["pop"].is_null()) {
    std::vector<PopIssue> issues;
    Json pop = checkPop(index, *m.framework, e["pop"], issues);
    if (!issues.empty()) return why = "met een ontwikkelplan dat niet klopt", false;
    m.pop = std::move(pop);
  }
  return true;
}

HistoryRead readHistory(const ContentIndex& index, const Json& value) {
  HistoryRead out;
  const Json* list = nullptr;
  if (value.is_array()) list = &value;
  else if (value.is_object() && value.contains("format") && value["format"] == kHistoryFormat && value.contains("measurements") &&
           value["measurements"].is_array())
    list = &value["measurements"];
  if (!list) {
    out.dropped = 1;
    out.problem = "Dit is geen overzicht van metingen van Samenwijs.";
    return out;
  }
  std::set<std::string> ids;
  std::string firstWhy;
  std::size_t position = 0;
  for (const auto& e : *list) {
    if (out.measurements.size() >= kHistoryMax) {
      ++out.dropped;
      if (firstWhy.empty()) firstWhy = "er passen er niet meer dan " + std::to_string(kHistoryMax) + " in het overzicht";
      continue;
    }
    Measurement m;
    std::string why;
    if (!readMeasurement(index, e, position++, m, why)) {
      ++out.dropped;
      if (firstWhy.empty()) firstWhy = why;
      continue;
    }
    if (!ids.insert(m.id).second) continue;  // the same measurement twice: keep the first
    out.measurements.push_back(std::move(m));
  }
  std::stable_sort(out.measurements.begin(), out.measurements.end(),
                   [](const Measurement& a, const Measurement& b) { return a.finishedAt < b.finishedAt; });
  if (out.dropped) {
    out.problem = countText(out.dropped, "meting kon", "metingen konden") + " niet worden gelezen (de eerste: " + firstWhy + ").";
  }
  return out;
}

Json measurementToJson(const Measurement& m) {
  return {{"id", m.id}, {"framework", m.framework->id}, {"frameworkVersion", m.version ? m.version : m.framework->version}, {"code", m.code},
          {"finishedAt", m.finishedAt}, {"name", m.name}, {"endedEarly", m.endedEarly}, {"pop", m.pop}};
}

Json historyToJson(const std::vector<Measurement>& measurements) {
  Json list = Json::array();
  for (const auto& m : measurements) list.push_back(measurementToJson(m));
  return {{"format", kHistoryFormat}, {"formatVersion", 1}, {"measurements", list}};
}

Trend trendOf(const Framework& fw, const std::vector<Measurement>& measurements) {
  Trend t;
  t.framework = &fw;
  for (const auto& m : measurements)
    if (m.framework == &fw) t.measurements.push_back(&m);
  std::size_t domains = fw.domains.size(), competences = 0;
  for (const auto& d : fw.domains) competences += d.competences.size();
  t.domainScores.assign(domains, {});
  t.competenceScores.assign(competences, {});
  for (const Measurement* m : t.measurements) {
    const Profile p = computeProfile(fw, m->answers);
    for (std::size_t d = 0; d < domains; ++d) t.domainScores[d].push_back(p.domains[d].score);
    for (std::size_t c = 0; c < competences; ++c) t.competenceScores[c].push_back(p.competences[c].score);
  }
  return t;
}

}  // namespace samenwijs

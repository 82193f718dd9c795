// The readiness rule: condition statuses, the weighted score and the verdict. See
// readiness.hpp; the weights, blocking flags and verdict texts are content.
#include "samenwijs/readiness.hpp"

#include <algorithm>
#include <cmath>

namespace samenwijs {

const char* statusName(ConditionStatus s) {
  switch (s) {
    case ConditionStatus::Unknown: return "unknown";
    case ConditionStatus::InPlace: return "inPlace";
    case ConditionStatus::Attention: return "attention";
    case ConditionStatus::Missing: return "missing";
  }
  return "unknown";
}

const char* verdictName(Verdict v) {
  switch (v) {
    case Verdict::Empty: return "empty";
    case Verdict::Blocked: return "blocked";
    case Verdict::NotYet: return "notYet";
    case Verdict::AlmostBlocking: return "almostBlocking";
    case Verdict::Almost: return "almost";
    case Verdict::ReadyWithAttention: return "readyWithAttention";
    case Verdict::Ready: return "ready";
    case Verdict::Incomplete: return "incomplete";
  }
  return "empty";
}

ConditionStatus conditionStatus(const ReadinessCondition&, const std::vector<std::optional<int>>& answers) {
  int answered = 0, sum = 0, ja = 0;
  for (const auto& a : answers) {
    if (!a) continue;
    ++answered;
    sum += *a;
    ja += *a == 2 ? 1 : 0;
  }
  if (answered == 0) return ConditionStatus::Unknown;
  if (ja == answered) return ConditionStatus::InPlace;
  if (static_cast<double>(sum) / answered < 0.75) return ConditionStatus::Missing;
  return ConditionStatus::Attention;
}

namespace {

// "Doel", "Doel en Eigenaar", "Doel, Eigenaar en Financiering".
std::string titles(const std::vector<const ReadinessCondition*>& list) {
  std::string out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (i > 0) out += i + 1 == list.size() ? " en " : ", ";
    out += list[i]->title;
  }
  return out;
}

std::string count(int n) { return std::to_string(n) + (n == 1 ? " voorwaarde" : " voorwaarden"); }

void replaceAll(std::string& text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

}  // namespace

ReadinessResult evaluateReadiness(const Network& net, const std::string& phase, const std::map<std::string, int>& answers) {
  ReadinessResult r;
  double earned = 0, possible = 0;
  std::vector<const ReadinessCondition*> blockingMissing, blockingPartial, otherMissing, otherAttention;
  for (const auto& c : net.conditions) {
    if (std::find(c.phases.begin(), c.phases.end(), phase) == c.phases.end()) continue;
    std::vector<std::optional<int>> values;
    for (const auto& id : c.statements) {
      const auto it = answers.find(id);
      values.push_back(it == answers.end() ? std::nullopt : std::optional<int>(it->second));
    }
    const ConditionStatus status = conditionStatus(c, values);
    r.conditions.push_back({&c, status});
    switch (status) {
      case ConditionStatus::Unknown: ++r.unknown; continue;
      case ConditionStatus::InPlace: ++r.inPlace; earned += c.weight; break;
      case ConditionStatus::Attention:
        ++r.attention;
        earned += 0.5 * c.weight;
        (c.blocking ? blockingPartial : otherAttention).push_back(&c);
        break;
      case ConditionStatus::Missing: ++r.missing; (c.blocking ? blockingMissing : otherMissing).push_back(&c); break;
    }
    possible += c.weight;
  }
  r.score = possible > 0 ? static_cast<int>(std::lround(100.0 * earned / possible)) : 0;
  r.blocking = blockingMissing;
  r.blocking.insert(r.blocking.end(), blockingPartial.begin(), blockingPartial.end());

  const auto heavierFirst = [](const ReadinessCondition* a, const ReadinessCondition* b) { return a->weight > b->weight; };
  std::stable_sort(otherMissing.begin(), otherMissing.end(), heavierFirst);
  std::stable_sort(otherAttention.begin(), otherAttention.end(), heavierFirst);
  const std::size_t room = std::max<std::size_t>(3, r.blocking.size());
  for (const auto* list : {&r.blocking, &otherMissing, &otherAttention}) {
    for (const auto* c : *list) {
      if (r.priorities.size() < room) r.priorities.push_back(c);
    }
  }

  // The verdict: blocking conditions first, then the weighted score, then what is open.
  std::string names, amount;
  if (r.inPlace + r.attention + r.missing == 0) {
    r.verdict = Verdict::Empty;
  } else if (!blockingMissing.empty()) {
    r.verdict = Verdict::Blocked;
    names = titles(blockingMissing);
  } else if (r.score < kNotYetBelowScore) {
    r.verdict = Verdict::NotYet;
  } else if (!blockingPartial.empty()) {
    r.verdict = Verdict::AlmostBlocking;
    names = titles(blockingPartial);
  } else if (r.missing > 0 || r.score < kReadyFromScore) {
    r.verdict = Verdict::Almost;
    amount = count(r.missing + r.attention);
  } else if (r.unknown > 0) {
    r.verdict = Verdict::Incomplete;
    amount = count(r.unknown);
  } else if (r.attention > 0) {
    r.verdict = Verdict::ReadyWithAttention;
    amount = count(r.attention);
  } else {
    r.verdict = Verdict::Ready;
  }
  for (const auto& v : net.verdictTexts) {
    if (v.id == verdictName(r.verdict)) r.verdictText = phase == "running" ? v.running : v.start;
  }
  replaceAll(r.verdictText, "{voorwaarden}", names);
  replaceAll(r.verdictText, "{aantal}", amount);
  replaceAll(r.verdictText, "{score}", std::to_string(r.score) + "%");
  return r;
}

}  // namespace samenwijs

#include "samenwijs/issue.hpp"

namespace samenwijs {

std::string formatIssue(const Issue& issue) {
  std::string out = issue.file;
  if (!issue.pointer.empty() || !out.empty()) out += ":" + (issue.pointer.empty() ? std::string("/") : issue.pointer);
  if (!out.empty()) out += ": ";
  return out + issue.message;
}

void IssueList::add(std::string file, std::string pointer, std::string message) {
  issues_.push_back({std::move(file), std::move(pointer), std::move(message)});
}

}  // namespace samenwijs

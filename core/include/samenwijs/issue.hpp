#pragma once
// Problems found in input (content files, requests), as data: the core never throws
// them, so the same code is safe natively and inside WebAssembly.
#include <string>
#include <vector>

namespace samenwijs {

struct Issue {
  std::string file;     // content file or request name; empty when not applicable
  std::string pointer;  // JSON pointer to the offending value ("" is the whole document)
  std::string message;  // Dutch, for the person who has to fix it
};

// "content/guides/leraar.json:/mainQuestions/0/id: ontbreekt"
std::string formatIssue(const Issue& issue);

class IssueList {
 public:
  void add(std::string file, std::string pointer, std::string message);
  bool empty() const { return issues_.empty(); }
  std::size_t size() const { return issues_.size(); }
  const std::vector<Issue>& all() const { return issues_; }

 private:
  std::vector<Issue> issues_;
};

}  // namespace samenwijs

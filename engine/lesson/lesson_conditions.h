#pragma once
// The lesson conditions (`check`, `wait`): the scenario `expect` forms, read against a snapshot
// alone (the window has nothing else), plus `event TEXT`.
#include <optional>
#include <string>
#include <vector>

namespace ks::lesson {

// What is wrong with a condition's words, or nothing when they are well formed.
std::optional<std::string> conditionProblem(const std::vector<std::string>& words);

}  // namespace ks::lesson

#pragma once
// Plays a lesson headless, as `kafkascope-cli lesson run` does: runs its setup, then every step in
// order, answering each prediction with its correct choice and doing each task with the lesson's
// own `student` commands, and prints the narration, the event log and every check. The output is
// deterministic (one seed, one lesson: one text), so CI compares it with a golden trace.
#include <cstddef>
#include <ostream>

#include "api/lesson.h"

namespace ks::lesson {

struct PlayResult {
    int exitCode = 0;              // 0 every check held; 1 a check, task or invariant failed; 2 a command had an error
    int checksPassed = 0;
    int checksFailed = 0;
    std::size_t violations = 0;
};

PlayResult playLesson(const Lesson& lesson, std::ostream& out);

}  // namespace ks::lesson

#pragma once
// Where the window's lessons come from: the built-in ones compiled in as Qt resources (:/lessons),
// or a teacher's own file.
#include <QString>
#include <optional>
#include <vector>

#include "api/lesson.h"

namespace ks::ui {

// The built-in lessons in course order (by part). A built-in lesson that does not parse is a bug
// that tests/test_lessons catches; it is left out here.
std::vector<lesson::Lesson> builtInLessons();

// Reads and parses a lesson file; on failure returns nothing and sets `error` to a message naming the
// file, the line and the problem.
std::optional<lesson::Lesson> loadLessonFile(const QString& path, QString* error);

}  // namespace ks::ui

#pragma once
// The built-in lessons speak the window's language: their texts (title, summary, step titles and
// questions, paragraphs, choices, why) are listed for lupdate under the context LessonText in
// lesson_texts.cpp, which scripts/update-lesson-texts.py generates from resources/lessons/*.lesson.
// A teacher's own lesson is shown as written.
#include <QString>

#include <string>
#include <vector>

namespace ks::ui {

// Every text of the built-in lessons, as the lesson parser reads them (a paragraph is the `say`
// lines between empty ones, joined with spaces; `why` lines are joined the same way).
const std::vector<const char*>& builtInLessonTexts();

// `text` in the window's language if it is one of builtInLessonTexts(), else as it is.
QString lessonText(const std::string& text);

}  // namespace ks::ui

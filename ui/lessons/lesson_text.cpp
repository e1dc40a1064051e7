#include "lessons/lesson_text.h"

#include <QCoreApplication>

#include <string_view>
#include <unordered_set>

namespace ks::ui {

QString lessonText(const std::string& text) {
    static const std::unordered_set<std::string_view> builtIn(builtInLessonTexts().begin(), builtInLessonTexts().end());
    if (!builtIn.count(text)) return QString::fromStdString(text);
    return QCoreApplication::translate("LessonText", text.c_str());
}

}  // namespace ks::ui

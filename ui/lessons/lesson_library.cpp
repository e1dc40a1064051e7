#include "lesson_library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <algorithm>

namespace ks::ui {

std::vector<lesson::Lesson> builtInLessons() {
    std::vector<lesson::Lesson> lessons;
    const QDir dir(QStringLiteral(":/lessons"));
    for (const QString& name : dir.entryList({QStringLiteral("*.lesson")}, QDir::Files, QDir::Name)) {
        QString error;
        if (std::optional<lesson::Lesson> l = loadLessonFile(dir.filePath(name), &error)) lessons.push_back(std::move(*l));
    }
    std::stable_sort(lessons.begin(), lessons.end(), [](const auto& a, const auto& b) { return a.part < b.part; });
    return lessons;
}

std::optional<lesson::Lesson> loadLessonFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ks::ui::LessonLibrary", "Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.readAll();
    try {
        return lesson::parseLesson(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), path.toStdString());
    } catch (const lesson::LessonError& e) {
        *error = QString::fromStdString(e.what());
        return std::nullopt;
    }
}

}  // namespace ks::ui

#pragma once
// The one-page summary a student takes home from a lesson: its title, part and summary, each step's
// heading with the gist of its explanation, the predictions with the student's answer, the right one
// and whether they matched, the tasks done, the lesson's Kafka terms, and a picture of the cluster.
// As a PDF (A4, one page: text and picture are scaled down until they fit) or as HTML with the
// picture inside. Texts are in the window's current language; the lesson's own texts as written.
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include "api/lesson.h"
#include "lessons/lesson_session.h"

namespace ks::ui {

class LessonSummary {
    Q_DECLARE_TR_FUNCTIONS(LessonSummary)

public:
    // `progress` as LessonSession::progress() gives it; `picture` is the topology view.
    LessonSummary(const lesson::Lesson& lesson, const LessonSession::Progress& progress, QImage picture);

    // The summary's text as HTML, without the picture.
    QString html() const;
    // The summary as plain text (what the PDF shows), without the picture.
    QString plainText() const;
    // Writes the summary to `path`: HTML when its name ends in .html or .htm, otherwise a PDF.
    // An empty string, or what went wrong.
    QString write(const QString& path) const;

    // The first sentence of `text`, or its first kCondensedChars characters and "…".
    static QString condensed(const QString& text);
    static constexpr int kCondensedChars = 180;

private:
    QString writePdf(const QString& path) const;
    QString writeHtml(const QString& path) const;
    QString pictureCaption() const;

    const lesson::Lesson& lesson_;
    LessonSession::Progress progress_;
    QImage picture_;
};

}  // namespace ks::ui

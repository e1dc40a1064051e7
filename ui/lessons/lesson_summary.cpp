#include "lessons/lesson_summary.h"

#include "lessons/lesson_text.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

namespace ks::ui {
namespace {

constexpr int kPdfResolution = 300;
constexpr qreal kMarginMm = 12;
constexpr qreal kLargestPointSize = 10.5;
constexpr qreal kSmallestPointSize = 6;
constexpr qreal kPointSizeStep = 0.5;
// The picture's share of the page that the text leaves it at the least.
constexpr qreal kMinPictureShare = 0.28;

// A lesson text in the window's language (built-in lessons), escaped for the page.
QString escaped(const std::string& text) { return lessonText(text).toHtmlEscaped(); }

QString choiceText(const lesson::Step& step, int choice) {
    if (choice < 0 || choice >= static_cast<int>(step.choices.size())) return {};
    return QStringLiteral("%1) %2").arg(QChar(u'A' + static_cast<char16_t>(choice))).arg(escaped(step.choices[static_cast<std::size_t>(choice)].text));
}

}  // namespace

LessonSummary::LessonSummary(const lesson::Lesson& lesson, const LessonSession::Progress& progress, QImage picture)
    : lesson_(lesson), progress_(progress), picture_(std::move(picture)) {}

QString LessonSummary::condensed(const QString& text) {
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?。！？](\\s|$)"));
    const QRegularExpressionMatch end = sentenceEnd.match(text);
    QString first = end.hasMatch() ? text.left(end.capturedStart() + 1) : text;
    if (first.size() <= kCondensedChars) return first;
    first.truncate(kCondensedChars);
    const qsizetype space = first.lastIndexOf(u' ');
    if (space > kCondensedChars / 2) first.truncate(space);
    return first + QStringLiteral("…");
}

QString LessonSummary::pictureCaption() const {
    const int count = static_cast<int>(lesson_.steps.size());
    if (progress_.step + 1 >= count && progress_.completed) return tr("The cluster at the end of the lesson");
    return tr("The cluster at step %1 of %2").arg(progress_.step + 1).arg(count);
}

QString LessonSummary::html() const {
    const QString kinds[] = {tr("Explanation"), tr("Prediction"), tr("Run"), tr("Your turn")};
    QString h = QStringLiteral("<h2>%1</h2>").arg(tr("Lesson %1: %2").arg(lesson_.part).arg(escaped(lesson_.title)));
    if (!lesson_.summary.empty()) h += QStringLiteral("<p><i>%1</i></p>").arg(escaped(lesson_.summary));
    int predictions = 0, right = 0, tasks = 0, tasksDone = 0;
    h += QStringLiteral("<ol>");
    for (std::size_t i = 0; i < lesson_.steps.size(); ++i) {
        const lesson::Step& step = lesson_.steps[i];
        const int index = static_cast<int>(i);
        QString item = QStringLiteral("<b>%1: %2</b>").arg(kinds[static_cast<int>(step.kind)], escaped(step.title));
        if (!step.paragraphs.empty())
            item += QStringLiteral(" — ") + condensed(lessonText(step.paragraphs.front())).toHtmlEscaped();
        if (step.kind == lesson::StepKind::Predict) {
            ++predictions;
            const int correct = step.correctChoice();
            const auto answer = progress_.answers.find(index);
            if (answer == progress_.answers.end()) {
                item += QStringLiteral("<br>") + tr("Not answered. The answer: %1.").arg(choiceText(step, correct));
            } else if (answer->second == correct) {
                ++right;
                item += QStringLiteral("<br>") + tr("✓ Your answer: %1. Right.").arg(choiceText(step, answer->second));
            } else {
                item += QStringLiteral("<br>") + tr("✗ Your answer: %1. The answer: %2.").arg(choiceText(step, answer->second), choiceText(step, correct));
            }
            if (!step.why.empty()) item += QStringLiteral(" ") + condensed(lessonText(step.why)).toHtmlEscaped();
        } else if (step.kind == lesson::StepKind::Task) {
            ++tasks;
            const bool done = index <= progress_.reached;
            if (done) ++tasksDone;
            item += QStringLiteral("<br>") + (done ? tr("✓ Done.") : tr("Not done."));
        }
        if (index > progress_.step) item += QStringLiteral(" <i>(%1)</i>").arg(tr("not reached yet"));
        h += QStringLiteral("<li>%1</li>").arg(item);
    }
    h += QStringLiteral("</ol>");
    h += QStringLiteral("<p><b>%1</b> <b>%2</b></p>")
             .arg(tr("Predictions: %1 of %2 right.").arg(right).arg(predictions), tr("Tasks done: %1 of %2.").arg(tasksDone).arg(tasks));
    if (!lesson_.terms.empty()) {
        QStringList terms;
        for (const std::string& term : lesson_.terms) terms << escaped(term);
        h += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Key terms:"), terms.join(QStringLiteral(", ")));
    }
    if (!picture_.isNull()) h += QStringLiteral("<p><b>%1</b></p>").arg(pictureCaption().toHtmlEscaped());
    return h;
}

QString LessonSummary::plainText() const {
    QTextDocument document;
    document.setHtml(html());
    return document.toPlainText();
}

QString LessonSummary::write(const QString& path) const {
    if (path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive))
        return writeHtml(path);
    return writePdf(path);
}

QString LessonSummary::writePdf(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return tr("Cannot write the lesson summary %1: %2").arg(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
        writer.setResolution(kPdfResolution);
        writer.setTitle(tr("Lesson %1: %2").arg(lesson_.part).arg(lessonText(lesson_.title)));
        writer.setCreator(QStringLiteral("Kafkascope"));
        const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(kPdfResolution).size());
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setTextWidth(page.width());
        document.setHtml(html());
        // The largest text that leaves the picture its share; at the smallest size, the text is
        // scaled down instead.
        const qreal textRoom = page.height() * (picture_.isNull() ? 1.0 : 1.0 - kMinPictureShare);
        QFont font = document.defaultFont();
        for (qreal size = kLargestPointSize; size >= kSmallestPointSize; size -= kPointSizeStep) {
            font.setPointSizeF(size);
            document.setDefaultFont(font);
            if (document.size().height() <= textRoom) break;
        }
        const qreal scale = std::min(1.0, textRoom / document.size().height());
        QPainter painter;
        if (!painter.begin(&writer)) return tr("Cannot write the lesson summary %1: %2").arg(path, tr("the PDF could not be started"));
        painter.save();
        painter.scale(scale, scale);
        document.drawContents(&painter);
        painter.restore();
        const qreal textHeight = document.size().height() * scale;
        if (!picture_.isNull()) {
            const QRectF room(0, textHeight, page.width(), page.height() - textHeight);
            QSizeF size = QSizeF(picture_.size()).scaled(room.size(), Qt::KeepAspectRatio);
            const QRectF target(room.left() + (room.width() - size.width()) / 2, room.top(), size.width(), size.height());
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(target, picture_);
        }
        painter.end();
    }
    if (!file.commit()) return tr("Cannot write the lesson summary %1: %2").arg(path, file.errorString());
    return {};
}

QString LessonSummary::writeHtml(const QString& path) const {
    QString page = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<style>body{font-family:sans-serif;max-width:48em;margin:1em auto;}img{max-width:100%;}</style>"
                                  "</head><body>\n")
                       .arg(tr("Lesson %1: %2").arg(lesson_.part).arg(escaped(lesson_.title)));
    page += html();
    if (!picture_.isNull()) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        picture_.save(&buffer, "PNG");
        page += QStringLiteral("\n<p><img src=\"data:image/png;base64,%1\" alt=\"%2\"></p>")
                    .arg(QString::fromLatin1(png.toBase64()), pictureCaption().toHtmlEscaped());
    }
    page += QStringLiteral("\n</body></html>\n");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(page.toUtf8()) < 0 || !file.commit())
        return tr("Cannot write the lesson summary %1: %2").arg(path, file.errorString());
    return {};
}

}  // namespace ks::ui

// The one-page lesson summary (lessons/lesson_summary.h): refused with a message while no lesson
// runs; during a lesson, a PDF of exactly one A4 page titled with the lesson, and an HTML page, both
// with the student's prediction, its right answer and whether it was right, and the lesson's terms.
#include <QAction>
#include <QFile>
#include <QPageSize>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "gui_test_support.h"
#include "lessons/classroom.h"
#include "lessons/lesson_library.h"
#include "lessons/lesson_session.h"
#include "lessons/lesson_summary.h"
#include "translations.h"

using namespace ks;
using namespace ks::ui;
using namespace ks::ui::testing;

namespace {

lesson::Lesson builtIn(const std::string& name) {
    for (const lesson::Lesson& l : builtInLessons())
        if (l.name == name) return l;
    return {};
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A PDF string as Qt writes a text outside ASCII's printable range: UTF-16BE after a byte-order mark.
QByteArray utf16be(const QString& text) {
    QByteArray bytes("\xfe\xff", 2);
    for (QChar c : text) {
        bytes.append(static_cast<char>(c.unicode() >> 8));
        bytes.append(static_cast<char>(c.unicode() & 0xff));
    }
    return bytes;
}

}  // namespace

class TestGuiLessonSummary : public QObject {
    Q_OBJECT

private slots:
    void refusedWithoutALesson() {
        MainWindow window(pausedOptions());
        Classroom* classroom = window.classroom();
        QVERIFY(!classroom->actions().exportSummary->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("summary.pdf"));
        const QString message = classroom->exportSummaryTo(path);
        QVERIFY2(message.contains(QStringLiteral("No lesson is running")), qPrintable(message));
        QVERIFY(!QFile::exists(path));
    }

    void condensesToTheFirstSentence() {
        QCOMPARE(LessonSummary::condensed(QStringLiteral("One leader. Then followers.")), QStringLiteral("One leader."));
        QCOMPARE(LessonSummary::condensed(QStringLiteral("acks=all (the default since Kafka 3.0) waits")),
                 QStringLiteral("acks=all (the default since Kafka 3.0) waits"));
        const QString condensed = LessonSummary::condensed(QString(400, u'x').replace(100, 1, u' '));
        QVERIFY(condensed.endsWith(QStringLiteral("…")));
        QVERIFY(condensed.size() <= LessonSummary::kCondensedChars + 1);
    }

    void aOnePagePdfAndAnHtmlPage() {
        MainWindow window(pausedOptions());
        window.show();
        Classroom* classroom = window.classroom();
        LessonSession* session = classroom->session();
        const lesson::Lesson lesson = builtIn("replication-and-failover");
        QVERIFY(!lesson.terms.empty());
        classroom->startLesson(lesson);
        QVERIFY(QTest::qWaitFor([&] { return session->state() != LessonSession::StepState::Starting; }, kTimeoutMs));
        QVERIFY(classroom->actions().exportSummary->isEnabled());
        // Step 2 is a prediction: a wrong answer.
        classroom->actions().nextStep->trigger();
        const lesson::Step& predict = lesson.steps[1];
        QCOMPARE(predict.kind, lesson::StepKind::Predict);
        QVERIFY(predict.correctChoice() != 0);
        session->choose(0);
        QCOMPARE(session->answer(), 0);

        QTemporaryDir dir;
        const QString pdfPath = dir.filePath(QStringLiteral("summary.pdf"));
        QCOMPARE(classroom->exportSummaryTo(pdfPath), QString());
        const QByteArray pdf = readAll(pdfPath);
        QVERIFY(pdf.startsWith("%PDF-"));
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
        QCOMPARE(QString::fromLatin1(pdf).count(page), 1);
        const QString title = QStringLiteral("Lesson %1: %2").arg(lesson.part).arg(QString::fromStdString(lesson.title));
        QVERIFY(pdf.contains(title.toLatin1()) || pdf.contains(utf16be(title)));
        // A4 in points: 595 × 842.
        static const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 (\\d+(?:\\.\\d+)?) (\\d+(?:\\.\\d+)?)\\]"));
        const QRegularExpressionMatch box = mediaBox.match(QString::fromLatin1(pdf));
        QVERIFY(box.hasMatch());
        QCOMPARE(qRound(box.captured(1).toDouble()), 595);
        QCOMPARE(qRound(box.captured(2).toDouble()), 842);

        // What the page says: the title, the prediction, the student's answer, the right one, the verdict, the terms.
        const LessonSummary summary(session->lesson(), session->progress(), QImage());
        const QString text = summary.plainText();
        const QString question = QString::fromStdString(predict.title);
        const QString given = QString::fromStdString(predict.choices[0].text);
        const QString right = QString::fromStdString(predict.choices[static_cast<std::size_t>(predict.correctChoice())].text);
        for (const QString& expected : {title, question, QStringLiteral("✗ Your answer: A) ") + given,
                                        QStringLiteral("The answer: %1) ").arg(QChar(u'A' + predict.correctChoice())) + right,
                                        QStringLiteral("Predictions: 0 of "), QString::fromStdString(lesson.terms.front())})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + text));

        const QString htmlPath = dir.filePath(QStringLiteral("summary.html"));
        QCOMPARE(classroom->exportSummaryTo(htmlPath), QString());
        const QString html = QString::fromUtf8(readAll(htmlPath));
        QVERIFY(html.contains(title.toHtmlEscaped()));
        QVERIFY(html.contains(question.toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("data:image/png;base64,")));

        QVERIFY(!classroom->exportSummaryTo(dir.filePath(QStringLiteral("no/such/folder/summary.pdf"))).isEmpty());
    }

    // A built-in lesson's own texts (title, summary, step headings) come out in the window's language.
    void inTheWindowsLanguage() {
        const lesson::Lesson lesson = builtIn("acks-and-min-insync");
        QVERIFY(!lesson.steps.empty());
        QVERIFY(installTranslators(QStringLiteral("de")));
        const QString title = QCoreApplication::translate("LessonText", lesson.title.c_str());
        const QString heading = QCoreApplication::translate("LessonText", lesson.steps.front().title.c_str());
        const QString text = LessonSummary(lesson, LessonSession::Progress(), QImage()).plainText();
        QVERIFY(installTranslators(QStringLiteral("en")));
        QVERIFY(title != QString::fromStdString(lesson.title));
        QVERIFY2(text.contains(title), qPrintable(title + QStringLiteral("\n---\n") + text));
        QVERIFY2(text.contains(heading), qPrintable(heading + QStringLiteral("\n---\n") + text));
        QVERIFY(!text.contains(QString::fromStdString(lesson.title)));
    }
};

QTEST_MAIN(TestGuiLessonSummary)
#include "test_gui_lesson_summary.moc"

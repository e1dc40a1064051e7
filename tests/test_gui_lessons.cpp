// A lesson in the window, offscreen: it starts on its own cluster, points at what the narration
// names, takes an answer from a button and says right or wrong, waits for the student to kill the
// leader through the Kill action and moves on by itself, steps with the keyboard, and the themes
// and presenter mode restyle the window and come back.
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <set>
#include <string>

#include "events/event_log_dock.h"
#include "lessons/classroom.h"
#include "lessons/laser_pointer.h"
#include "lessons/lesson_dock.h"
#include "lessons/lesson_library.h"
#include "lessons/lesson_session.h"
#include "lessons/lesson_text.h"
#include "main_window.h"
#include "runtime_bridge.h"
#include "topology/broker_item.h"
#include "topology/topology_scene.h"
#include "topology/topology_style.h"

using namespace ks;
using namespace ks::ui;

namespace {

constexpr int kTimeoutMs = 30000;

MainWindow::Options pausedOptions() {
    MainWindow::Options options;
    options.runtime.startPlaying = false;
    options.persistSettings = false;
    return options;
}

lesson::Lesson builtIn(const std::string& name) {
    for (const lesson::Lesson& l : builtInLessons())
        if (l.name == name) return l;
    return {};
}

}  // namespace

class TestGuiLessons : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void builtInLessonsAreResources();
    void everyLessonTextIsListedForTranslation();
    void aBadLessonFileIsRefusedWithItsLine();
    void aLessonRunsThroughTheWindow();
    void aWorkspaceKeepsTheLessonsProgress();
    void everyLessonPlaysToTheEndInTheWindow();
    void themesAndPresenterMode();
    void theThemeIsKept();

private:
    QTemporaryDir settingsDir_;
};

void TestGuiLessons::initTestCase() {
    QVERIFY(settingsDir_.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("KafkascopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestGuiLessons"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
}

void TestGuiLessons::builtInLessonsAreResources() {
    const std::vector<lesson::Lesson> lessons = builtInLessons();
    QVERIFY(lessons.size() >= 9);
    QCOMPARE(lessons.front().name, std::string("brokers"));
    for (std::size_t i = 1; i < lessons.size(); ++i) QVERIFY(lessons[i - 1].part < lessons[i].part);
}

// The built-in lessons' texts are listed for lupdate in ui/lessons/lesson_texts.cpp, which
// scripts/update-lesson-texts.py writes: the list holds exactly the texts the lesson parser reads.
void TestGuiLessons::everyLessonTextIsListedForTranslation() {
    std::set<std::string> read;
    for (const lesson::Lesson& l : builtInLessons()) {
        read.insert(l.title);
        read.insert(l.summary);
        for (const lesson::Step& s : l.steps) {
            read.insert(s.title);
            read.insert(s.paragraphs.begin(), s.paragraphs.end());
            for (const lesson::Choice& c : s.choices) read.insert(c.text);
            read.insert(s.why);
        }
    }
    read.erase(std::string());
    const std::set<std::string> listed(builtInLessonTexts().begin(), builtInLessonTexts().end());
    for (const std::string& t : read)
        QVERIFY2(listed.count(t), qPrintable(QStringLiteral("not in ui/lessons/lesson_texts.cpp (run scripts/update-lesson-texts.py): ") +
                                             QString::fromStdString(t)));
    for (const std::string& t : listed)
        QVERIFY2(read.count(t), qPrintable(QStringLiteral("in ui/lessons/lesson_texts.cpp but in no lesson (run scripts/update-lesson-texts.py): ") +
                                           QString::fromStdString(t)));
    // A teacher's own text is shown as written.
    QCOMPARE(lessonText("A lesson of my own"), QStringLiteral("A lesson of my own"));
}

void TestGuiLessons::aBadLessonFileIsRefusedWithItsLine() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.lesson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("title Mine\nsetup\n  cluster brokers=3\nend\npredict Who?\n  choice One\n  choice Two\nend\n");
    file.close();
    QString error;
    QVERIFY(!loadLessonFile(path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(":8: error: a prediction needs exactly one 'correct' choice")), qPrintable(error));
    QVERIFY(!loadLessonFile(dir.filePath(QStringLiteral("missing.lesson")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing.lesson")), qPrintable(error));
}

void TestGuiLessons::aLessonRunsThroughTheWindow() {
    MainWindow window(pausedOptions());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    Classroom* classroom = window.classroom();
    LessonSession* session = classroom->session();
    LessonDock* dock = classroom->dock();
    const lesson::Lesson lesson = builtIn("replication-and-failover");
    QCOMPARE(lesson.steps.size(), std::size_t{9});
    classroom->startLesson(lesson);
    QVERIFY(dock->isVisible());
    QVERIFY(QTest::qWaitFor([&] { return session->state() != LessonSession::StepState::Starting; }, kTimeoutMs));

    // Step 1 explains and points at the leader of orders-0, broker 1.
    QCOMPARE(session->stepIndex(), 0);
    QVERIFY(dock->heading()->text().contains(QStringLiteral("Leader and followers")));
    QVERIFY(QTest::qWaitFor([&] { return window.scene()->broker(1) != nullptr; }, kTimeoutMs));
    QVERIFY(QTest::qWaitFor([&] { return classroom->laser()->dots().size() >= 2; }, kTimeoutMs));
    QVERIFY(window.scene()->broker(1)->isHighlighted());
    QVERIFY(!window.scene()->broker(2)->isHighlighted());
    for (const LessonSession::CheckLine& c : session->checks()) QVERIFY2(c.holds, qPrintable(c.text + QStringLiteral(": ") + c.found));

    // Step 2, by the keyboard: a prediction. A wrong answer is marked wrong and explained.
    QTest::keyClick(&window, Qt::Key_PageDown);
    QCOMPARE(session->stepIndex(), 1);
    QCOMPARE(dock->choiceButtons().size(), 3);
    QVERIFY(classroom->actions().answers[0]->isEnabled());
    dock->choiceButtons()[0]->click();
    QCOMPARE(session->answer(), 0);
    QVERIFY(dock->feedback()->text().contains(QStringLiteral("Not quite")));
    QVERIFY(dock->feedback()->text().contains(QStringLiteral("first replica in the replica list")));
    QVERIFY(!dock->choiceButtons()[1]->isEnabled());
    QVERIFY(!classroom->actions().answers[1]->isEnabled());

    // Step 3 waits for the student to kill the leader; they do it with the Kill action.
    classroom->actions().nextStep->trigger();
    QCOMPARE(session->stepIndex(), 2);
    QCOMPARE(session->state(), LessonSession::StepState::Waiting);
    QVERIFY(window.bridge()->clock().playing || QTest::qWaitFor([&] { return window.bridge()->clock().playing; }, kTimeoutMs));
    window.bridge()->setSpeed(50);
    window.select(Subject::broker(1));
    QVERIFY(window.actions().kill->isEnabled());
    window.actions().kill->trigger();
    QVERIFY(QTest::qWaitFor([&] { return session->stepIndex() == 3; }, kTimeoutMs));
    QVERIFY(!window.bridge()->clock().playing || QTest::qWaitFor([&] { return !window.bridge()->clock().playing; }, kTimeoutMs));
    QCOMPARE(window.bridge()->snapshot()->partition(TopicPartition{"orders", 0})->leader, 2);
    for (const LessonSession::CheckLine& c : session->checks()) QVERIFY2(c.holds, qPrintable(c.text + QStringLiteral(": ") + c.found));
    QVERIFY(window.scene()->broker(2)->isHighlighted());

    // Step 5 runs its commands through the runtime and checks what they did.
    classroom->actions().nextStep->trigger();
    QCOMPARE(session->stepIndex(), 4);
    QVERIFY(QTest::qWaitFor([&] { return session->state() == LessonSession::StepState::Done; }, kTimeoutMs));
    QVERIFY(session->error().isEmpty());
    QCOMPARE(session->checks().size(), std::size_t{3});
    for (const LessonSession::CheckLine& c : session->checks())
        QVERIFY2(c.holds, qPrintable(c.text + QStringLiteral(": ") + c.found + QStringLiteral("\n") + window.bridge()->scenarioText()));

    // Back to the task: it shows as done and nothing runs again.
    const SimTime before = window.bridge()->now();
    QTest::keyClick(&window, Qt::Key_PageUp);
    QTest::keyClick(&window, Qt::Key_PageUp);
    QCOMPARE(session->stepIndex(), 2);
    QCOMPARE(session->state(), LessonSession::StepState::Done);
    QTest::qWait(200);
    QCOMPARE(window.bridge()->now(), before);

    classroom->actions().stopLesson->trigger();
    QVERIFY(!session->isActive());
    QVERIFY(classroom->laser()->dots().isEmpty());
}

// Each built-in lesson, played in the window as a student would: the right answers, the tasks done
// with the lesson's own student commands typed into the command queue. No command is refused and
// every step is reached.
// Save a workspace in the middle of a lesson, open it in another window: the lesson is back at the
// same step with the same answer, on the replayed cluster, and nothing already done runs again.
void TestGuiLessons::aWorkspaceKeepsTheLessonsProgress() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lesson.kscope"));
    {
        MainWindow window(pausedOptions());
        LessonSession* session = window.classroom()->session();
        window.classroom()->startLesson(builtIn("replication-and-failover"));
        QVERIFY(QTest::qWaitFor([&] { return session->state() != LessonSession::StepState::Starting; }, kTimeoutMs));
        session->next();
        session->choose(1);
        session->next();
        QCOMPARE(session->state(), LessonSession::StepState::Waiting);
        window.bridge()->setSpeed(50);
        window.bridge()->submit(QStringLiteral("broker kill 1"));
        QVERIFY(QTest::qWaitFor([&] { return session->stepIndex() == 3; }, kTimeoutMs));
        QVERIFY(QTest::qWaitFor([&] { return session->state() == LessonSession::StepState::Done; }, kTimeoutMs));
        QCOMPARE(window.saveWorkspace(path), QString());
    }
    MainWindow window(pausedOptions());
    LessonSession* session = window.classroom()->session();
    QString error;
    QVERIFY2(window.openWorkspace(path, &error), qPrintable(error));
    QVERIFY(session->isActive());
    QVERIFY(QTest::qWaitFor([&] { return session->state() != LessonSession::StepState::Starting; }, kTimeoutMs));
    QCOMPARE(QString::fromStdString(session->lesson().name), QStringLiteral("replication-and-failover"));
    QCOMPARE(session->stepIndex(), 3);
    QCOMPARE(session->state(), LessonSession::StepState::Done);
    QVERIFY(!window.classroom()->dock()->isHidden());
    session->previous();
    session->previous();
    QCOMPARE(session->stepIndex(), 1);
    QCOMPARE(session->answer(), 1);
    QCOMPARE(window.bridge()->snapshot()->partition(TopicPartition{"orders", 0})->leader, 2);

    // A workspace without a lesson ends the one being played.
    MainWindow plain(pausedOptions());
    const QString plainPath = dir.filePath(QStringLiteral("plain.kscope"));
    QCOMPARE(plain.saveWorkspace(plainPath), QString());
    QVERIFY2(window.openWorkspace(plainPath, &error), qPrintable(error));
    QVERIFY(!session->isActive());
}

void TestGuiLessons::everyLessonPlaysToTheEndInTheWindow() {
    for (const lesson::Lesson& lesson : builtInLessons()) {
        MainWindow window(pausedOptions());
        Classroom* classroom = window.classroom();
        LessonSession* session = classroom->session();
        classroom->startLesson(lesson);
        const QString name = QString::fromStdString(lesson.name);
        QVERIFY2(QTest::qWaitFor([&] { return session->state() != LessonSession::StepState::Starting; }, kTimeoutMs), qPrintable(name));
        window.bridge()->setSpeed(100);
        for (int i = 0; i < session->stepCount(); ++i) {
            QCOMPARE(session->stepIndex(), i);
            const lesson::Step& step = session->step();
            const QString where = QStringLiteral("%1, step %2").arg(name).arg(i + 1);
            if (step.kind == lesson::StepKind::Predict) session->choose(step.correctChoice());
            if (step.kind == lesson::StepKind::Task)
                for (const lesson::SourceLine& c : step.studentCommands) window.bridge()->submit(QString::fromStdString(c.text));
            if (!QTest::qWaitFor([&] { return session->state() == LessonSession::StepState::Done; }, kTimeoutMs)) {
                for (const auto& c : session->checks()) qDebug() << c.text << c.holds << c.found;
                qDebug() << window.bridge()->clock().playing << window.bridge()->clock().speed << window.bridge()->now();
                qDebug().noquote() << window.bridge()->scenarioText();
            }
            QVERIFY2(session->state() == LessonSession::StepState::Done, qPrintable(where));
            QVERIFY2(session->error().isEmpty(), qPrintable(where + QStringLiteral(": ") + session->error()));
            if (step.kind == lesson::StepKind::Task)
                QVERIFY2(QTest::qWaitFor([&] { return session->stepIndex() == i + 1 || i + 1 == session->stepCount(); }, kTimeoutMs), qPrintable(where));
            else
                session->next();
        }
        QCOMPARE(session->stepIndex(), session->stepCount() - 1);
    }
}

void TestGuiLessons::themesAndPresenterMode() {
    MainWindow window(pausedOptions());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    Classroom* classroom = window.classroom();
    const QColor light = style::kBackground;
    classroom->actions().darkTheme->trigger();
    QCOMPARE(classroom->theme(), Theme::Dark);
    QVERIFY(style::kBackground.lightness() < 60);
    QCOMPARE(window.scene()->backgroundBrush().color(), style::kBackground);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);

    QVERIFY(window.eventLogDock()->isVisible());
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(classroom->presenting());
    QCOMPARE(classroom->theme(), Theme::Projector);
    QCOMPARE(style::kBackground, QColor(Qt::white));
    QCOMPARE(style::kText, QColor(Qt::black));
    QVERIFY(!window.eventLogDock()->isVisible());
    QVERIFY(classroom->dock()->isVisible());
    QCOMPARE(window.fontScale(), MainWindow::kProjectorFontScale);

    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(!classroom->presenting());
    QCOMPARE(classroom->theme(), Theme::Dark);
    QVERIFY(window.eventLogDock()->isVisible());
    QCOMPARE(window.fontScale(), 1.0);
    classroom->actions().lightTheme->trigger();
    QCOMPARE(style::kBackground, light);
}

void TestGuiLessons::theThemeIsKept() {
    QSettings().remove(QStringLiteral("view/theme"));
    MainWindow::Options options = pausedOptions();
    options.persistSettings = true;
    {
        MainWindow window(options);
        QCOMPARE(window.classroom()->theme(), Theme::Light);
        window.classroom()->actions().darkTheme->trigger();
    }
    MainWindow window(options);
    QCOMPARE(window.classroom()->theme(), Theme::Dark);
    QVERIFY(window.classroom()->actions().darkTheme->isChecked());
    window.classroom()->actions().lightTheme->trigger();
}

QTEST_MAIN(TestGuiLessons)
#include "test_gui_lessons.moc"

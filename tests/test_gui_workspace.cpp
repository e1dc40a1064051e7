// The window's workspace part on the offscreen platform: save → open gives the identical snapshot;
// bad files and a cancelled open leave the session as it was; the timeline goes back, forward to the
// present and forks deterministically; bookmarks are clickable; the compare dialog reports what the
// CLI does; the view exports as PNG and SVG.
#include "runtime/engine_runtime.h"
#include "scenario/compare.h"
#include "runtime_replay.h"
#include "snapshot_text.h"

#include <QFile>
#include <QImage>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QtTest>

#include "dialogs/compare_dialog.h"
#include "main_window.h"
#include "runtime_bridge.h"
#include "session/view_export.h"
#include "timeline/timeline_bar.h"
#include "timeline/timeline_dock.h"
#include "topology/topology_scene.h"

using namespace ks;
using namespace ks::ui;
using ks::testing::describe;

namespace {

constexpr int kTimeoutMs = 30000;

MainWindow::Options pausedOptions() {
    MainWindow::Options options;
    options.runtime.startPlaying = false;
    options.runtime.seed = 11;
    options.persistSettings = false;
    return options;
}

bool started(MainWindow& window) {
    return QTest::qWaitFor([&] { return window.bridge()->hasFrame(); }, kTimeoutMs);
}

// Runs the simulation to `target` as fast as possible and waits until the window shows it, paused.
bool runTo(MainWindow& window, SimTime target) {
    window.bridge()->fastForwardTo(target);
    return QTest::qWaitFor([&] { return window.bridge()->now() == target && !window.bridge()->clock().playing; }, kTimeoutMs);
}

bool showsTime(MainWindow& window, SimTime t) {
    return QTest::qWaitFor([&] { return window.bridge()->hasFrame() && window.bridge()->now() == t; }, kTimeoutMs);
}

QString state(MainWindow& window) { return describe(*window.bridge()->snapshot()); }

QByteArray contents(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A fresh runtime replaying `session` to `until` from the start: the reference a replay in the window
// must match.
QString replayed(const runtime::SessionRecord& session, SimTime until) {
    runtime::EngineRuntime runtime(ks::testing::replayOf(session, until));
    return ks::testing::standsAt(runtime, until, kTimeoutMs);
}

}  // namespace

class TestGuiWorkspace : public QObject {
    Q_OBJECT

private slots:
    void init() {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
    }
    void saveThenOpenGivesTheSameSnapshot();
    void badFilesLeaveTheSessionAlone();
    void openingCanBeCancelled();
    void scrubBackForkAndReplayAreDeterministic();
    void scrubStartsFromACheckpoint();
    void bookmarksAreClickable();
    void compareDialogReportsWhatTheCliDoes();
    void viewExportsAsPngAndSvg();
    void windowAndDesktopShareTheIcon();

private:
    std::unique_ptr<QTemporaryDir> dir_;
};

void TestGuiWorkspace::saveThenOpenGivesTheSameSnapshot() {
    const QString path = dir_->filePath(QStringLiteral("lesson.kscope"));
    MainWindow a(pausedOptions());
    QVERIFY(started(a));
    a.bridge()->schedule(seconds(4), QStringLiteral("broker kill 2"));
    a.bridge()->schedule(seconds(7), QStringLiteral("link cut 1 3"));
    QVERIFY(runTo(a, seconds(15)));
    a.setFontScale(1.3);
    connect(&a, &MainWindow::workspaceSaving, this, [](workspace::Workspace& w) {
        w.chartSelections.insert(QStringLiteral("charts/lag"), QStringLiteral("analytics"));
    });
    QCOMPARE(a.saveWorkspace(path), QString());
    QCOMPARE(a.workspacePath(), path);
    QVERIFY(a.windowTitle().startsWith(QStringLiteral("lesson.kscope")));

    MainWindow b(pausedOptions());
    QVERIFY(started(b));
    QString chartChoice;
    connect(&b, &MainWindow::workspaceOpened, this,
            [&](const workspace::Workspace& w) { chartChoice = w.chartSelections.value(QStringLiteral("charts/lag")); });
    QString error;
    QVERIFY2(b.openWorkspace(path, &error), qPrintable(error));
    QVERIFY(showsTime(b, seconds(15)));
    QCOMPARE(state(b), state(a));
    QCOMPARE(b.bridge()->session().commands.size(), a.bridge()->session().commands.size());
    QCOMPARE(b.bridge()->config().seed, std::uint64_t{11});
    QCOMPARE(b.fontScale(), 1.3);
    QCOMPARE(chartChoice, QStringLiteral("analytics"));
    QVERIFY(!b.bridge()->clock().playing);

    // Both play on identically from there.
    QVERIFY(runTo(a, seconds(19)));
    QVERIFY(runTo(b, seconds(19)));
    QCOMPARE(state(b), state(a));
}

void TestGuiWorkspace::badFilesLeaveTheSessionAlone() {
    MainWindow window(pausedOptions());
    QVERIFY(started(window));
    QVERIFY(runTo(window, seconds(3)));
    const QString before = state(window);
    const std::size_t commands = window.bridge()->session().commands.size();

    const QString text = dir_->filePath(QStringLiteral("notes.kscope"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a workspace at all");
    f.close();
    const QString good = dir_->filePath(QStringLiteral("good.kscope"));
    QCOMPARE(window.saveWorkspace(good), QString());
    const QString cut = dir_->filePath(QStringLiteral("cut.kscope"));
    QVERIFY(QFile::copy(good, cut));
    QVERIFY(QFile(cut).resize(QFile(cut).size() - 1000));

    for (const auto& [path, problem] : {std::pair{text, QStringLiteral("not an SQLite database")}, std::pair{cut, QStringLiteral("truncated")}}) {
        const QByteArray bytes = contents(path);
        QString error;
        QVERIFY(!window.openWorkspace(path, &error));
        QVERIFY2(error.contains(problem), qPrintable(error));
        QCOMPARE(contents(path), bytes);
    }
    QTest::qWait(50);
    QCOMPARE(state(window), before);
    QCOMPARE(window.bridge()->session().commands.size(), commands);
    QCOMPARE(window.workspacePath(), good);
}

void TestGuiWorkspace::openingCanBeCancelled() {
    workspace::Workspace w;
    w.session.seed = 5;
    w.session.setup = runtime::defaultSetup();
    w.session.end = seconds(36000);
    const QString path = dir_->filePath(QStringLiteral("long.kscope"));
    QCOMPARE(workspace::save(w, path), QString());

    MainWindow window(pausedOptions());
    QVERIFY(started(window));
    QVERIFY(runTo(window, seconds(2)));
    const QString before = state(window);
    bool sawProgress = false;
    QTimer cancel;
    connect(&cancel, &QTimer::timeout, this, [&] {
        auto* dialog = window.findChild<QProgressDialog*>(QStringLiteral("replayProgress"));
        if (!dialog || !dialog->isVisible()) return;
        sawProgress = dialog->value() > 0;
        dialog->cancel();
    });
    cancel.start(20);
    QString error;
    QVERIFY(!window.openWorkspace(path, &error));
    cancel.stop();
    QVERIFY(sawProgress);
    QCOMPARE(error, QString());
    QTest::qWait(50);
    QCOMPARE(state(window), before);
    QCOMPARE(window.workspacePath(), QString());
}

void TestGuiWorkspace::scrubBackForkAndReplayAreDeterministic() {
    MainWindow window(pausedOptions());
    window.show();
    QVERIFY(started(window));
    TimelineDock* timeline = window.timeline();
    window.bridge()->schedule(seconds(4), QStringLiteral("broker kill 2"));
    window.bridge()->schedule(seconds(10), QStringLiteral("broker restart 2"));
    QVERIFY(runTo(window, seconds(20)));
    const QString present = state(window);
    const runtime::SessionRecord original = window.bridge()->session();

    // Back to 8 s: exactly the state a replay of the commands up to then gives.
    QVERIFY(timeline->scrubTo(seconds(8)));
    QVERIFY(showsTime(window, seconds(8)));
    QVERIFY(timeline->inPast());
    QCOMPARE(timeline->presentTime(), seconds(20));
    runtime::SessionRecord upTo8 = original;
    std::erase_if(upTo8.commands, [](const CommandRecord& c) { return c.at > seconds(8); });
    QCOMPARE(state(window), replayed(upTo8, seconds(8)));

    // The present is kept whole while the past is shown, and saving keeps it.
    const QString saved = dir_->filePath(QStringLiteral("present.kscope"));
    QCOMPARE(window.saveWorkspace(saved), QString());
    QString error;
    QCOMPARE(workspace::load(saved, &error)->session.commands.size(), original.commands.size());
    timeline->backToPresent();
    QVERIFY(showsTime(window, seconds(20)));
    QVERIFY(!timeline->inPast());
    QCOMPARE(state(window), present);

    // Back to 8 s again, then a different action: the history forks there.
    QVERIFY(timeline->scrubTo(seconds(8)));
    QVERIFY(showsTime(window, seconds(8)));
    window.bridge()->submit(QStringLiteral("broker kill 3"));
    QVERIFY(QTest::qWaitFor([&] { return !timeline->inPast(); }, kTimeoutMs));
    QVERIFY(runTo(window, seconds(14)));
    const runtime::SessionRecord forked = window.bridge()->session();
    auto has = [&](const char* text) {
        return std::any_of(forked.commands.begin(), forked.commands.end(), [&](const CommandRecord& c) { return c.text == text; });
    };
    QVERIFY(has("broker kill 2"));
    QVERIFY(has("broker kill 3"));
    QVERIFY(!has("broker restart 2"));   // it came after 8 s in the old history
    QCOMPARE(timeline->presentTime(), seconds(14));
    QCOMPARE(state(window), replayed(forked, seconds(14)));
}

// Going back to a moment after a checkpoint replays from the checkpoint, and the past shown is still
// exactly a fresh replay from the start; so is a past after a fork, from the forked run's checkpoints.
void TestGuiWorkspace::scrubStartsFromACheckpoint() {
    MainWindow window(pausedOptions());
    window.show();
    QVERIFY(started(window));
    TimelineDock* timeline = window.timeline();
    QSignalSpy messages(timeline, &TimelineDock::message);
    window.bridge()->schedule(seconds(15), QStringLiteral("broker kill 1"));
    window.bridge()->schedule(seconds(25), QStringLiteral("broker restart 1"));
    QVERIFY(runTo(window, seconds(40)));
    QVERIFY(window.bridge()->checkpoints()->size() >= 1);
    const runtime::SessionRecord original = window.bridge()->session();

    QVERIFY(timeline->scrubTo(seconds(35)));
    QVERIFY(showsTime(window, seconds(35)));
    QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("replayed from the checkpoint at")),
             qPrintable(messages.last().at(0).toString()));
    runtime::SessionRecord upTo35 = original;
    std::erase_if(upTo35.commands, [](const CommandRecord& c) { return c.at > seconds(35); });
    QCOMPARE(state(window), replayed(upTo35, seconds(35)));

    window.bridge()->submit(QStringLiteral("broker kill 3"));
    QVERIFY(QTest::qWaitFor([&] { return !timeline->inPast(); }, kTimeoutMs));
    QVERIFY(runTo(window, seconds(60)));
    const runtime::SessionRecord forked = window.bridge()->session();
    QVERIFY(timeline->scrubTo(seconds(58)));
    QVERIFY(showsTime(window, seconds(58)));
    QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("replayed from the checkpoint at")));
    runtime::SessionRecord upTo58 = forked;
    std::erase_if(upTo58.commands, [](const CommandRecord& c) { return c.at > seconds(58); });
    QCOMPARE(state(window), replayed(upTo58, seconds(58)));
}

void TestGuiWorkspace::bookmarksAreClickable() {
    MainWindow window(pausedOptions());
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(started(window));
    window.bridge()->schedule(seconds(5), QStringLiteral("broker kill 1"));
    QVERIFY(runTo(window, seconds(25)));
    TimelineDock* timeline = window.timeline();
    QVERIFY(QTest::qWaitFor([&] { return timeline->bar()->end() == seconds(25); }, kTimeoutMs));
    const auto& all = timeline->bookmarks().all();
    auto kill = std::find_if(all.begin(), all.end(), [](const auto& b) { return b.second.kind == Bookmark::Kind::Fault; });
    QVERIFY(kill != all.end());
    QCOMPARE(kill->first, seconds(5));
    QVERIFY(kill->second.text.contains(QStringLiteral("broker 1 killed")));
    QVERIFY(std::any_of(all.begin(), all.end(), [](const auto& b) { return b.second.kind == Bookmark::Kind::Leader && b.first > seconds(5); }));

    TimelineBar* bar = timeline->bar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, QPoint(bar->xOf(seconds(5)), bar->height() / 2));
    QVERIFY(showsTime(window, seconds(5)));
    QVERIFY(timeline->inPast());
    QCOMPARE(bar->position(), seconds(5));
    // The next bookmark after the kill is the leader election that followed it.
    const SimTime next = timeline->bookmarks().all().upper_bound(seconds(5))->first;
    window.timeline()->stepBookmark(+1);
    QVERIFY(showsTime(window, next));
}

void TestGuiWorkspace::compareDialogReportsWhatTheCliDoes() {
    MainWindow window(pausedOptions());
    QVERIFY(started(window));
    window.bridge()->schedule(seconds(3), QStringLiteral("controller kill active"));
    window.bridge()->schedule(seconds(6), QStringLiteral("broker kill 2"));
    QVERIFY(runTo(window, seconds(30)));
    const QString scenario = window.bridge()->scenarioText();
    CompareDialog dialog(scenario, 11, &window);
    bool cancelled = true;
    connect(&dialog, &CompareDialog::finished, this, [&](bool c) { cancelled = c; });
    QVERIFY(QTest::qWaitFor([&] { return !dialog.running(); }, kTimeoutMs));
    QVERIFY(!cancelled);
    const scenario::ModeComparison c = scenario::compareModes("session.scenario", scenario.toStdString(), 11);
    QCOMPARE(dialog.reportText(), QString::fromStdString(c.text));
    QVERIFY(dialog.reportText().contains(QStringLiteral("after 'controller kill active'")));
    // Two faults, not one more for every background producer command while the controller is away.
    QCOMPARE(c.kraft.faults.size(), std::size_t{2});
    for (const auto* mode : {&c.kraft, &c.zookeeper})
        for (const scenario::FaultRecovery& f : mode->faults)
            QVERIFY2(f.command == "controller kill active" || f.command == "broker kill 2", f.command.c_str());

    dialog.start();
    dialog.cancel();
    QVERIFY(QTest::qWaitFor([&] { return !dialog.running(); }, kTimeoutMs));
    QVERIFY(cancelled);
    QVERIFY(dialog.reportText().startsWith(QStringLiteral("Cancelled")));
}

void TestGuiWorkspace::viewExportsAsPngAndSvg() {
    MainWindow window(pausedOptions());
    window.show();
    QVERIFY(started(window));
    QVERIFY(runTo(window, seconds(3)));
    QTest::qWait(100);
    const QString png = dir_->filePath(QStringLiteral("view.png"));
    const QString svg = dir_->filePath(QStringLiteral("view.svg"));
    QCOMPARE(exportScenePng(window.scene(), png), QString());
    QCOMPARE(exportSceneSvg(window.scene(), svg, QStringLiteral("test")), QString());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 800 && image.height() > 400);
    const QByteArray drawing = contents(svg);
    QVERIFY(drawing.contains("<svg"));
    QVERIFY(drawing.contains("Broker 1"));   // text and vectors, not pictures of the cards
    QVERIFY(!drawing.contains("<image"));
    QVERIFY(drawing.contains("<title>test</title>"));
    QVERIFY(exportScenePng(window.scene(), dir_->filePath(QStringLiteral("no/such/dir/x.png")))
                .contains(QStringLiteral("Cannot write")));
}

void TestGuiWorkspace::windowAndDesktopShareTheIcon() {
    MainWindow window(pausedOptions());
    const QImage icon = window.windowIcon().pixmap(64, 64).toImage();
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.pixelColor(32, 6), QColor(0x0f, 0x76, 0x6e));   // the icon's teal, drawn from the SVG
    const QByteArray desktop = contents(QStringLiteral(KAFKASCOPE_SOURCE_DIR "/resources/kafkascope.desktop"));
    QVERIFY(desktop.contains("\nIcon=kafkascope\n"));
    QVERIFY(desktop.contains("\nExec=kafkascope %f\n"));
    QVERIFY(QFile::exists(QStringLiteral(KAFKASCOPE_SOURCE_DIR "/resources/kafkascope.svg")));
}

QTEST_MAIN(TestGuiWorkspace)
#include "test_gui_workspace.moc"

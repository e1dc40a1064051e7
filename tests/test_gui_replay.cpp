// Replaying a recorded run: the runtime's replay of a command log reaches exactly the state the live
// run had, and carries on exactly as it would have; a replay can be abandoned at any point; the CLI
// replays a workspace file and prints its final state, rejects bad files clearly, stops on Ctrl-C;
// the compare command prints the same report in the CLI, with progress, and can be cancelled.
#include "runtime/comparison_job.h"
#include "runtime/engine_runtime.h"
#include "scenario/compare.h"
#include "scenario/runner.h"
#include "snapshot_text.h"
#include "workspace/workspace_file.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <csignal>
#include <fstream>
#include <sstream>
#include <thread>

using namespace ks;
using namespace ks::runtime;
using ks::testing::describe;

namespace {

constexpr SimTime kEnd = seconds(20);
constexpr const char* kFinalState = "print brokers\nprint controllers\nprint partitions\nprint groups";

QString cli() { return QStringLiteral(KAFKASCOPE_BINARY_DIR "/app/kafkascope-cli"); }

RuntimeConfig config() {
    RuntimeConfig c;
    c.seed = 7;
    c.startPlaying = false;
    return c;
}

// Takes frames until the runtime stands paused at `end`; returns its snapshot then.
std::shared_ptr<const ClusterSnapshot> waitPausedAt(EngineRuntime& runtime, SimTime end) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    std::shared_ptr<const ClusterSnapshot> last;
    while (std::chrono::steady_clock::now() < deadline) {
        if (auto frame = runtime.takeFrame()) {
            if (frame->snapshot) last = frame->snapshot;
            if (last && last->time == end && !frame->clock.playing) return last;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return nullptr;
}

// A live run with faults, a rejected command and the background producer, stopped at kEnd.
SessionRecord recordedRun(std::shared_ptr<const ClusterSnapshot>* snapshot) {
    EngineRuntime live(config());
    live.schedule(seconds(3), "broker kill 2");
    live.schedule(seconds(6), "broker kill 42");
    live.schedule(seconds(9), "link cut 1 3");
    live.schedule(seconds(14), "broker restart 2");
    live.schedule(seconds(16), "heal all");
    live.fastForwardTo(kEnd);
    *snapshot = waitPausedAt(live, kEnd);
    return live.session();
}

RuntimeConfig replayOf(const SessionRecord& session) {
    RuntimeConfig c = config();
    c.seed = session.seed;
    c.setup = session.setup;
    c.history = session.commands;
    c.replayUntil = session.end;
    return c;
}

struct Output {
    int exitCode = -1;
    QString out;
    QString err;
};

Output runCli(const QStringList& args) {
    QProcess p;
    p.start(cli(), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

std::string readFile(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

class TestReplay : public QObject {
    Q_OBJECT

private slots:
    void replayReachesTheRecordedState();
    void abandonedReplayStopsAtOnce();
    void cliReplaysAWorkspace();
    void cliRejectsBadWorkspaces();
    void cliReplayStopsOnInterrupt();
    void compareInTheCli();
    void compareReportsProgressAndCancels();
};

void TestReplay::replayReachesTheRecordedState() {
    std::shared_ptr<const ClusterSnapshot> original;
    const SessionRecord session = recordedRun(&original);
    QVERIFY(original);
    QVERIFY(session.commands.size() > 150);   // the producer's commands, the faults, one rejected

    EngineRuntime replay(replayOf(session));
    const auto replayed = waitPausedAt(replay, kEnd);
    QVERIFY(replayed);
    QVERIFY(replay.replayProgress().done);
    QCOMPARE(replay.replayProgress().until, kEnd);
    QCOMPARE(describe(*replayed), describe(*original));
    QCOMPARE(replay.session().commands.size(), session.commands.size());

    // Both carry on the same way: the background producer resumes with the recorded tick count.
    EngineRuntime live(replayOf(session));
    live.fastForwardTo(seconds(27));
    replay.fastForwardTo(seconds(27));
    EngineRuntime fresh(config());
    for (const CommandRecord& c : session.commands)
        if (!c.automatic) fresh.schedule(c.at, c.text);
    fresh.fastForwardTo(seconds(27));
    const auto a = waitPausedAt(live, seconds(27));
    const auto b = waitPausedAt(replay, seconds(27));
    const auto c = waitPausedAt(fresh, seconds(27));
    QVERIFY(a && b && c);
    QCOMPARE(describe(*a), describe(*b));
    QCOMPARE(describe(*a), describe(*c));
}

void TestReplay::abandonedReplayStopsAtOnce() {
    RuntimeConfig c = config();
    c.replayUntil = seconds(36000);
    auto replay = std::make_unique<EngineRuntime>(c);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (replay->replayProgress().reached < seconds(5) && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    const ReplayProgress p = replay->replayProgress();
    QVERIFY(p.reached >= seconds(5));
    QVERIFY(!p.done);
    QCOMPARE(p.until, seconds(36000));
    const auto before = std::chrono::steady_clock::now();
    replay.reset();
    QVERIFY(std::chrono::steady_clock::now() - before < std::chrono::seconds(2));
}

void TestReplay::cliReplaysAWorkspace() {
    std::shared_ptr<const ClusterSnapshot> original;
    const SessionRecord session = recordedRun(&original);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("run.kscope"));
    workspace::Workspace w;
    w.session = session;
    QCOMPARE(workspace::save(w, file), QString());

    const Output out = runCli({QStringLiteral("workspace"), QStringLiteral("replay"), file});
    QVERIFY2(out.exitCode == 0, qPrintable(out.err));
    QVERIFY2(out.out.startsWith(QStringLiteral("workspace %1 (seed 7): %2 command(s) replayed (1 rejected, as when recorded), simulated 20.000s\n")
                                    .arg(file)
                                    .arg(session.commands.size())),
             qPrintable(out.out));
    // The same state as the session exported as a scenario and run by the scenario runner.
    scenario::RunOptions options;
    options.seed = 7;
    options.eventSink = [](const ClusterEvent&) {};
    std::ostringstream discard;
    scenario::ScenarioRunner runner("session.scenario", exportScenario(session), options, discard);
    QCOMPARE(runner.run().exitCode, 0);
    const std::string state = runner.executeCommands(kFinalState).output;
    QVERIFY(state.find("PARTITION") != std::string::npos);
    QVERIFY(out.out.endsWith(QString::fromStdString(state)));
}

void TestReplay::cliRejectsBadWorkspaces() {
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.kscope"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("broker kill 2\n");
    f.close();
    Output out = runCli({QStringLiteral("workspace"), QStringLiteral("replay"), text});
    QCOMPARE(out.exitCode, 2);
    QVERIFY2(out.err.contains(QStringLiteral("not a Kafkascope workspace (not an SQLite database)")), qPrintable(out.err));
    QVERIFY(out.out.isEmpty());

    out = runCli({QStringLiteral("workspace"), QStringLiteral("replay"), dir.filePath(QStringLiteral("missing.kscope"))});
    QCOMPARE(out.exitCode, 2);
    QVERIFY2(out.err.contains(QStringLiteral("there is no such file")), qPrintable(out.err));

    out = runCli({QStringLiteral("workspace"), QStringLiteral("play"), text});
    QCOMPARE(out.exitCode, 2);
    QVERIFY2(out.err.contains(QStringLiteral("workspace needs 'replay FILE'")), qPrintable(out.err));
}

void TestReplay::cliReplayStopsOnInterrupt() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("long.kscope"));
    workspace::Workspace w;
    w.session.seed = 3;
    w.session.setup = runtime::defaultSetup();
    w.session.end = seconds(36000);
    QCOMPARE(workspace::save(w, file), QString());
    QProcess p;
    p.start(cli(), {QStringLiteral("workspace"), QStringLiteral("replay"), file});
    QVERIFY(p.waitForStarted());
    QString err;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!err.contains(QStringLiteral("of 36000.000s simulated")) && std::chrono::steady_clock::now() < deadline) {
        p.waitForReadyRead(100);
        err += QString::fromUtf8(p.readAllStandardError());
    }
    QVERIFY2(err.contains(QStringLiteral("of 36000.000s simulated")), qPrintable(err));
    ::kill(static_cast<pid_t>(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(10000));
    err += QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
    QVERIFY2(err.contains(QStringLiteral("replay cancelled at")), qPrintable(err));
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

void TestReplay::compareInTheCli() {
    const std::string file = KAFKASCOPE_SOURCE_DIR "/resources/scenarios/kraft-vs-zookeeper.scenario";
    const Output out = runCli({QStringLiteral("compare"), QString::fromStdString(file), QStringLiteral("--seed"), QStringLiteral("4")});
    QVERIFY2(out.exitCode == 0, qPrintable(out.err + out.out));
    const scenario::ModeComparison c = scenario::compareModes(file, readFile(file), 4);
    QCOMPARE(out.out, QString::fromStdString(c.text));
    QVERIFY(out.out.contains(QStringLiteral("after 'controller kill active'")));
    QVERIFY(out.out.contains(QStringLiteral("new active controller elected")));
    QVERIFY(out.err.contains(QStringLiteral("comparing ")));
    // Both modes lost the controller and elected a new one; ZooKeeper's broker controller is slower.
    QVERIFY(c.kraft.faults.front().controllerLost && c.zookeeper.faults.front().controllerLost);
    QVERIFY(c.kraft.faults.front().controllerElected && c.zookeeper.faults.front().controllerElected);
    QVERIFY(*c.kraft.faults.front().controllerElected < *c.zookeeper.faults.front().controllerElected);
}

void TestReplay::compareReportsProgressAndCancels() {
    const std::string file = KAFKASCOPE_SOURCE_DIR "/resources/scenarios/kraft-vs-zookeeper.scenario";
    const std::string text = readFile(file);
    std::vector<double> seen;
    const scenario::ModeComparison tracked = scenario::compareModes(file, text, 1, [&](double f) {
        seen.push_back(f);
        return true;
    });
    // Reporting progress (and so advancing a second at a time) changes nothing in the results.
    QCOMPARE(tracked.text, scenario::compareModes(file, text, 1).text);
    QVERIFY(seen.size() > 20);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.back(), 1.0);
    QVERIFY(std::any_of(seen.begin(), seen.end(), [](double f) { return f > 0.2 && f < 0.5; }));

    int calls = 0;
    QVERIFY_THROWS_EXCEPTION(scenario::RunCancelled, scenario::compareModes(file, text, 1, [&](double) { return ++calls < 5; }));
    QCOMPARE(calls, 5);

    ComparisonJob job(file, text, 1);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!job.finished() && std::chrono::steady_clock::now() < deadline) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    QVERIFY(job.finished());
    QCOMPARE(job.progress(), 1.0);
    QCOMPARE(job.report().text, tracked.text);
    QVERIFY(!job.report().cancelled);

    ComparisonJob cancelled(file, text, 1);
    cancelled.cancel();
    while (!cancelled.finished() && std::chrono::steady_clock::now() < deadline) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    QVERIFY(cancelled.report().cancelled);
    QVERIFY(cancelled.report().text.empty());
}

QTEST_GUILESS_MAIN(TestReplay)
#include "test_gui_replay.moc"

// The live runtime behind the window: speed, pausing and stepping never change a run; the command
// log (and the scenario exported from it) replays it exactly; commands land on whole milliseconds.
// Engine headers come before Qt's: Qt defines 'emit' as a macro, and the engine has emit() methods.
#include "runtime/engine_runtime.h"
#include "scenario/runner.h"
#include "snapshot_text.h"

#include <QtTest>

#include <chrono>
#include <sstream>
#include <thread>

using namespace ks;
using namespace ks::runtime;
using ks::testing::describe;

namespace {

constexpr SimTime kEnd = seconds(24);

struct Run {
    std::vector<ClusterEvent> events;
    std::vector<CommandRecord> commands;
    std::shared_ptr<const ClusterSnapshot> snapshot;
    ClockState clock;
};

QStringList describe(const std::vector<ClusterEvent>& events, bool withVerboseFlag = true) {
    QStringList lines;
    for (const ClusterEvent& e : events) {
        std::string subjects;
        for (const auto& s : e.subjects) subjects += s + " ";
        lines << QString::fromStdString(std::to_string(e.time) + " " + eventKindName(e.kind) + " " + std::to_string(e.node) +
                                        " " + e.text + " | " + subjects + (withVerboseFlag && e.verbose ? "(verbose)" : ""));
    }
    return lines;
}

QStringList describe(const std::vector<CommandRecord>& commands) {
    QStringList lines;
    for (const CommandRecord& c : commands)
        lines << QString::fromStdString(std::to_string(c.at) + " " + c.text + (c.ok ? "" : " REJECTED " + c.error));
    return lines;
}

// Takes frames until the runtime stands paused at `end` (or the wall-clock budget runs out).
Run collect(EngineRuntime& runtime, SimTime end, std::chrono::seconds budget = std::chrono::seconds(60)) {
    Run run;
    const auto deadline = std::chrono::steady_clock::now() + budget;
    while (std::chrono::steady_clock::now() < deadline) {
        if (auto frame = runtime.takeFrame()) {
            run.events.insert(run.events.end(), frame->events.begin(), frame->events.end());
            run.commands.insert(run.commands.end(), frame->commands.begin(), frame->commands.end());
            if (frame->snapshot) run.snapshot = frame->snapshot;
            run.clock = frame->clock;
            if (run.snapshot && run.snapshot->time == end && !frame->clock.playing) return run;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return run;
}

std::optional<Frame> nextFrame(EngineRuntime& runtime) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
        if (auto frame = runtime.takeFrame()) return frame;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return std::nullopt;
}

RuntimeConfig pausedConfig() {
    RuntimeConfig config;
    config.seed = 7;
    config.startPlaying = false;
    return config;
}

void scheduleFaults(EngineRuntime& runtime) {
    runtime.schedule(seconds(4), "broker kill 2");
    runtime.schedule(seconds(9), "produce orders key=user-9 count=25");
    runtime.schedule(seconds(16), "broker restart 2");
    runtime.schedule(seconds(18), "link cut 1 3");
    runtime.schedule(seconds(21), "heal all");
}

}  // namespace

class TestGuiRuntime : public QObject {
    Q_OBJECT

private slots:
    void speedPausingAndSteppingDoNotChangeTheRun();
    void commandLogReplaysTheRun();
    void exportedScenarioReplaysInTheCli();
    void commandsLandOnWholeMilliseconds();
    void pausedClockStandsStill();
    void anAdvanceCommandDoesNotStopTheClock();
    void backgroundProducerIsPausable();
    void badSetupIsReported();
};

void TestGuiRuntime::speedPausingAndSteppingDoNotChangeTheRun() {
    EngineRuntime paced(pausedConfig());
    scheduleFaults(paced);
    paced.pauseAt(kEnd);
    paced.setSpeed(400);
    paced.play();
    const Run a = collect(paced, kEnd);

    EngineRuntime fast(pausedConfig());
    scheduleFaults(fast);
    fast.fastForwardTo(kEnd);
    const Run b = collect(fast, kEnd);

    EngineRuntime stepped(pausedConfig());
    scheduleFaults(stepped);
    for (int i = 0; i < 40; ++i) stepped.stepEvent();
    for (int i = 0; i < 30; ++i) stepped.stepMillisecond();
    stepped.setSpeed(kAsFastAsPossible);
    stepped.pauseAt(seconds(6));
    stepped.play();
    stepped.fastForwardTo(kEnd);
    const Run c = collect(stepped, kEnd);

    QVERIFY(a.snapshot && b.snapshot && c.snapshot);
    QCOMPARE(a.snapshot->time, kEnd);
    QVERIFY(a.commands.size() > 100);  // the background producer's commands and the scheduled faults
    QCOMPARE(describe(a.commands), describe(b.commands));
    QCOMPARE(describe(a.commands), describe(c.commands));
    QCOMPARE(describe(a.events), describe(b.events));
    QCOMPARE(describe(a.events), describe(c.events));
    QCOMPARE(describe(*a.snapshot), describe(*b.snapshot));
    QCOMPARE(describe(*a.snapshot), describe(*c.snapshot));
}

void TestGuiRuntime::commandLogReplaysTheRun() {
    RuntimeConfig live = pausedConfig();
    live.startPlaying = true;
    live.speed = 300;
    EngineRuntime original(live);
    original.pauseAt(kEnd);
    std::this_thread::sleep_for(std::chrono::milliseconds(15));
    original.submit("broker pause 3");
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    original.submit("broker resume 3");
    original.submit("broker kill 9");
    const Run a = collect(original, kEnd);
    QVERIFY(a.snapshot);

    RuntimeConfig replayConfig = pausedConfig();
    replayConfig.producer.enabled = false;
    EngineRuntime replay(replayConfig);
    for (const CommandRecord& c : original.commandLog()) replay.schedule(c.at, c.text);
    replay.fastForwardTo(kEnd);
    const Run b = collect(replay, kEnd);
    QVERIFY(b.snapshot);

    QCOMPARE(describe(a.commands), describe(b.commands));
    QVERIFY(describe(a.commands).filter(QStringLiteral("broker kill 9 REJECTED")).size() == 1);
    QCOMPARE(describe(a.events, false), describe(b.events, false));
    QCOMPARE(describe(*a.snapshot), describe(*b.snapshot));
}

void TestGuiRuntime::exportedScenarioReplaysInTheCli() {
    EngineRuntime live(pausedConfig());
    scheduleFaults(live);
    live.schedule(seconds(10), "broker kill 42");
    live.fastForwardTo(kEnd);
    const Run a = collect(live, kEnd);
    QVERIFY(a.snapshot);

    const std::string text = live.scenarioText();
    QVERIFY(text.find("# rejected at") != std::string::npos);
    std::vector<ClusterEvent> events;
    scenario::RunOptions options;
    options.seed = 7;
    options.eventSink = [&](const ClusterEvent& e) { events.push_back(e); };
    std::ostringstream out;
    scenario::ScenarioRunner runner("session.scenario", text, options, out);
    const scenario::RunResult result = runner.run();
    QVERIFY2(result.exitCode == 0, out.str().c_str());
    QCOMPARE(describe(runner.cluster()->snapshot()), describe(*a.snapshot));
    QCOMPARE(describe(events, false), describe(a.events, false));
}

void TestGuiRuntime::commandsLandOnWholeMilliseconds() {
    RuntimeConfig config = pausedConfig();
    config.producer.enabled = false;
    EngineRuntime runtime(config);
    for (int i = 0; i < 7; ++i) runtime.stepEvent();
    runtime.submit("broker pause 1");
    runtime.schedule(seconds(3) + 1234, "broker resume 1");
    runtime.fastForwardTo(seconds(5));
    const Run run = collect(runtime, seconds(5));
    QCOMPARE(run.commands.size(), std::size_t(2));
    for (const CommandRecord& c : run.commands) QCOMPARE(c.at % kMicrosPerMilli, SimTime(0));
    QCOMPARE(run.commands[1].at, seconds(3) + millis(2));
}

void TestGuiRuntime::pausedClockStandsStill() {
    EngineRuntime runtime(pausedConfig());
    const std::optional<Frame> first = nextFrame(runtime);
    QVERIFY(first && first->snapshot);
    const SimTime start = first->snapshot->time;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    QVERIFY(!runtime.takeFrame().has_value());
    runtime.stepMillisecond();
    const SimTime next = (start / kMicrosPerMilli + 1) * kMicrosPerMilli;
    const Run after = collect(runtime, next, std::chrono::seconds(5));
    QVERIFY(after.snapshot);
    QCOMPARE(after.snapshot->time, next);
    QVERIFY(!after.clock.playing);
}

// An `advance` given as a command (a lesson's run step, or typed) moves the clock past the runtime's
// own periodic stops; playing afterwards must still move it on.
void TestGuiRuntime::anAdvanceCommandDoesNotStopTheClock() {
    RuntimeConfig config = pausedConfig();
    config.producer.enabled = false;
    config.speed = 100;
    EngineRuntime runtime(config);
    QVERIFY(nextFrame(runtime));
    runtime.submit("advance 20s");
    runtime.play();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    SimTime latest = 0;
    while (std::chrono::steady_clock::now() < deadline && latest < seconds(25)) {
        if (auto frame = runtime.takeFrame(); frame && frame->snapshot) latest = frame->snapshot->time;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    QVERIFY2(latest >= seconds(25), qPrintable(QStringLiteral("the clock stopped at %1 us").arg(latest)));
}

void TestGuiRuntime::backgroundProducerIsPausable() {
    EngineRuntime runtime(pausedConfig());
    runtime.fastForwardTo(seconds(3));
    const Run running = collect(runtime, seconds(3));
    QVERIFY(!running.commands.empty());
    for (const CommandRecord& c : running.commands) QVERIFY(c.automatic);
    BackgroundProducer off;
    off.enabled = false;
    runtime.setBackgroundProducer(off);
    runtime.fastForwardTo(seconds(6));
    const Run stopped = collect(runtime, seconds(6));
    QVERIFY(stopped.commands.empty());
    QCOMPARE(stopped.snapshot->producers.front().sent, running.snapshot->producers.front().sent);
}

void TestGuiRuntime::badSetupIsReported() {
    RuntimeConfig config = pausedConfig();
    config.setup = "topic create orders partitions=3 rf=3\n";
    EngineRuntime runtime(config);
    const std::optional<Frame> frame = nextFrame(runtime);
    QVERIFY(frame);
    QVERIFY(frame->startupError.str().find("no cluster yet") != std::string::npos);
    QVERIFY(!frame->snapshot);
}

QTEST_APPLESS_MAIN(TestGuiRuntime)
#include "test_gui_runtime.moc"

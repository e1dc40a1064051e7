// Checkpoints: a copy of a running cluster (ScenarioRunner::clone, Cluster::clone) goes on exactly
// as the original would have. Every scenario in tests/scenarios runs twice, command by command, with
// every event printed: once straight through, and once copied at a few points, the original thrown
// away each time, the copy carrying on. The two event logs must be byte for byte the same.

// The engine first: Qt defines `emit` as a macro, and the engine has methods of that name.
#include "scenario/runner.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <algorithm>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "first_difference.h"
#include "runtime_replay.h"

namespace {

using ks::testing::replayOf;
using ks::testing::standsAt;


const QString kSourceDir = QStringLiteral(KAFKASCOPE_SOURCE_DIR);

std::vector<std::string> readLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    std::istringstream in(file.readAll().toStdString());
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

ks::scenario::RunOptions verboseOptions(std::uint64_t seed) {
    ks::scenario::RunOptions options;
    options.seed = seed;
    options.verbose = true;
    return options;
}

std::string execute(ks::scenario::ScenarioRunner& runner, const std::string& line) {
    const ks::scenario::CommandResult result = runner.executeCommands(line);
    return result.output + result.error + "\n";
}

// What a run left behind beyond its printed log: the clock, the work done, the checkers' findings.
std::string ending(ks::scenario::ScenarioRunner& runner) {
    ks::Cluster* cluster = runner.cluster();
    if (!cluster) return "no cluster";
    std::string text = "t=" + std::to_string(cluster->now()) +
                       " events=" + std::to_string(cluster->simulation().eventsProcessed()) +
                       " violations=" + std::to_string(cluster->checker().violations().size()) +
                       " acked-all=" + std::to_string(cluster->checker().acknowledgedAllRecords());
    for (const ks::PartitionSnapshot& p : cluster->snapshot().partitions)
        text += "\n" + p.tp.str() + " leader=" + std::to_string(p.leader) + " epoch=" + std::to_string(p.leaderEpoch) +
                " hw=" + std::to_string(p.highWatermark) + " leo=" + std::to_string(p.logEndOffset) +
                " isr=" + ks::formatIds(p.isr);
    return text;
}


}  // namespace

class CheckpointTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void copyGoesOnAsTheOriginal_data();
    void copyGoesOnAsTheOriginal();
    void copyIsIndependentOfTheOriginal();
    void replayFromACheckpointEqualsReplayFromTheStart();
    void storeSpreadsItsCheckpoints();
};

void CheckpointTest::copyGoesOnAsTheOriginal_data() {
    QTest::addColumn<QString>("file");
    const QDir dir(kSourceDir + "/tests/scenarios");
    for (const QString& name : dir.entryList({"*.scenario"}, QDir::Files, QDir::Name))
        QTest::newRow(name.toUtf8().constData()) << dir.filePath(name);
}

// Copies are taken at a quarter, half and three quarters of the file (or, when a node is in the
// middle of something a copy cannot take over, at the next command where it is not).
void CheckpointTest::copyGoesOnAsTheOriginal() {
    QFETCH(QString, file);
    const std::vector<std::string> lines = readLines(file);
    QVERIFY2(!lines.empty(), qPrintable(file));
    const std::uint64_t seed = 7;

    std::ostringstream discard;
    ks::scenario::ScenarioRunner straight("straight", "", verboseOptions(seed), discard);
    std::string straightLog;
    for (const std::string& line : lines) straightLog += execute(straight, line);

    std::vector<std::size_t> copyAt;
    for (int quarter = 1; quarter <= 3; ++quarter) copyAt.push_back(lines.size() * quarter / 4);
    auto runner = std::make_unique<ks::scenario::ScenarioRunner>("straight", "", verboseOptions(seed), discard);
    std::string copiedLog;
    int copies = 0;
    std::size_t next = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (next < copyAt.size() && i >= copyAt[next] && runner->cluster()) {
            if (auto copy = runner->clone(verboseOptions(seed), discard)) {
                runner = std::move(copy);
                ++copies;
                ++next;
            }
        }
        copiedLog += execute(*runner, lines[i]);
    }
    QVERIFY2(straightLog == copiedLog, ks::testing::firstDifference(straightLog, copiedLog, "straight", "copied").constData());
    QCOMPARE(QString::fromStdString(ending(*runner)), QString::fromStdString(ending(straight)));
    QVERIFY2(copies > 0, "the cluster could not be copied at any of the points tried");
}

// The copy owns everything it runs on: faults and records in the original after the copy do not
// reach it, and the other way round.
void CheckpointTest::copyIsIndependentOfTheOriginal() {
    std::ostringstream discard;
    ks::scenario::ScenarioRunner original("original", "", verboseOptions(3), discard);
    const std::string setup = "cluster brokers=3 controllers=3\n"
                              "topic create orders partitions=2 rf=3\n"
                              "produce orders count=20 acks=all\n"
                              "advance 2s\n";
    for (std::istringstream in(setup); !in.eof();) {
        std::string line;
        std::getline(in, line);
        QVERIFY(original.executeCommands(line).ok);
    }
    auto copy = original.clone(verboseOptions(3), discard);
    QVERIFY(copy);
    const std::string before = ending(original);
    QCOMPARE(QString::fromStdString(ending(*copy)), QString::fromStdString(before));

    QVERIFY(original.executeCommands("broker kill 1").ok);
    QVERIFY(original.executeCommands("produce orders count=50 acks=all").ok);
    QVERIFY(original.executeCommands("advance 20s").ok);
    QVERIFY(copy->executeCommands("advance 20s").ok);
    QVERIFY(ending(original) != ending(*copy));
    QCOMPARE(copy->cluster()->snapshot().brokers.size(), original.cluster()->snapshot().brokers.size());
    for (const ks::BrokerSnapshot& b : copy->cluster()->snapshot().brokers)
        QVERIFY2(b.state == "running", qPrintable(QString("broker %1 is %2 in the copy").arg(b.id).arg(QString::fromStdString(b.state))));
    ks::Offset copied = 0;
    for (const ks::PartitionSnapshot& p : copy->cluster()->snapshot().partitions) copied += p.highWatermark;
    QCOMPARE(copied, ks::Offset{20});

    auto second = copy->clone(verboseOptions(3), discard);
    QVERIFY(second);
    copy.reset();
    QVERIFY(second->executeCommands("produce orders count=4 acks=all").ok);
    QVERIFY(second->executeCommands("advance 2s").ok);
    ks::Offset total = 0;
    for (const ks::PartitionSnapshot& p : second->cluster()->snapshot().partitions) total += p.highWatermark;
    QCOMPARE(total, ks::Offset{24});
    QCOMPARE(second->cluster()->checker().violations().size(), std::size_t{0});
}

// A live runtime keeps checkpoints as it runs (the default classroom setup with its background
// producer, a broker killed and restarted); replays to moments after them start there and reach
// exactly what a replay from the start reaches.
void CheckpointTest::replayFromACheckpointEqualsReplayFromTheStart() {
    auto store = std::make_shared<ks::runtime::CheckpointStore>();
    ks::runtime::RuntimeConfig liveConfig;
    liveConfig.seed = 5;
    liveConfig.startPlaying = false;
    liveConfig.checkpoints = store;
    ks::runtime::EngineRuntime live(liveConfig);
    live.schedule(ks::seconds(14), "broker kill 2");
    live.schedule(ks::seconds(33), "broker restart 2");
    live.fastForwardTo(ks::seconds(60));
    QVERIFY(standsAt(live, ks::seconds(60)).startsWith("t="));
    const ks::runtime::SessionRecord session = live.session();
    // How many it took depends on how fast copying was (at most a twentieth of the worker's time);
    // the first one, 10 s after the setup, is always taken.
    const std::vector<ks::SimTime> taken = store->times();
    QVERIFY(!taken.empty());
    const ks::SimTime due = session.setupEnd + ks::runtime::kCheckpointInterval;
    QCOMPARE(taken.front(), (due + ks::seconds(1) - 1) / ks::seconds(1) * ks::seconds(1));

    for (const ks::SimTime until : {ks::seconds(27), ks::seconds(41) + ks::millis(500), ks::seconds(60)}) {
        const std::vector<ks::SimTime> kept = store->times();   // replays add checkpoints too
        ks::runtime::EngineRuntime fromCheckpoint(replayOf(session, until, store));
        const QString reached = standsAt(fromCheckpoint, until);
        const std::optional<ks::SimTime> start = fromCheckpoint.replayProgress().checkpoint;
        QVERIFY2(start, qPrintable(QString("until %1").arg(until)));
        QCOMPARE(*start, *std::prev(std::upper_bound(kept.begin(), kept.end(), until)));
        ks::runtime::EngineRuntime fromStart(replayOf(session, until, nullptr));
        QCOMPARE(reached, standsAt(fromStart, until));
        QVERIFY(!fromStart.replayProgress().checkpoint);
        QCOMPARE(fromCheckpoint.session().commands.size(), fromStart.session().commands.size());
    }
}

void CheckpointTest::storeSpreadsItsCheckpoints() {
    std::ostringstream discard;
    ks::scenario::ScenarioRunner runner("store", "", verboseOptions(1), discard);
    QVERIFY(runner.executeCommands("cluster brokers=1 controllers=1").ok);
    ks::runtime::CheckpointStore store(4);
    for (int second = 10; second <= 100; second += 10) {
        ks::runtime::Checkpoint c;
        c.at = ks::seconds(second);
        c.runner = runner.clone(verboseOptions(1), discard);
        store.add(std::move(c));
    }
    const std::vector<ks::SimTime> kept = store.times();
    QCOMPARE(kept.size(), std::size_t{4});
    QCOMPARE(kept.front(), ks::seconds(10));
    QCOMPARE(kept.back(), ks::seconds(100));
    for (std::size_t i = 1; i < kept.size(); ++i) QVERIFY(kept[i] - kept[i - 1] <= ks::seconds(50));

    ks::CommandRecord command;
    command.at = ks::seconds(35);
    command.text = "broker kill 1";
    QVERIFY(store.restore(1, "", {command}, ks::seconds(100), verboseOptions(1), discard));
    QVERIFY(store.restore(1, "", {command}, ks::seconds(100), verboseOptions(1), discard)->at <= ks::seconds(35));
    QVERIFY(!store.restore(2, "", {}, ks::seconds(100), verboseOptions(1), discard));
    QVERIFY(!store.restore(1, "", {}, ks::seconds(5), verboseOptions(1), discard));

    ks::runtime::Checkpoint other;
    other.seed = 9;
    other.at = ks::seconds(1);
    other.runner = runner.clone(verboseOptions(1), discard);
    store.add(std::move(other));
    QCOMPARE(store.size(), std::size_t{1});
}

QTEST_GUILESS_MAIN(CheckpointTest)
#include "test_checkpoint.moc"

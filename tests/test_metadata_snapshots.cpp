// Snapshots of the KRaft metadata log (KIP-630): controllers write them, the log start moves, a
// controller or broker behind the log start loads one, and the checker holds every snapshot to the
// image its committed prefix builds.

// The engine first: Qt defines `emit` as a macro, and the engine has methods of that name.
#include "check/invariants.h"
#include "scenario_text_run.h"

#include <QFile>
#include <QtTest>

#include <memory>
#include <sstream>
#include <string>

namespace {

const QString kSourceDir = QStringLiteral(KAFKASCOPE_SOURCE_DIR);

class NoLogs final : public ks::ClusterView {
public:
    const ks::PartitionLog* replicaLog(ks::BrokerId, const ks::TopicPartition&) const override { return nullptr; }
    ks::SimTime currentTime() const override { return 0; }
};

std::string readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll().toStdString();
}


bool hasLine(const std::string& output, const std::string& needle) { return output.find(needle) != std::string::npos; }

// Commits RegisterBroker 1, Topic t and LeaderChange at offsets 0..2 (epochs 1, 1, 2).
void commitThree(ks::InvariantChecker& checker) {
    checker.onMetadataCommitted(101, 0, ks::MetadataEntry{1, ks::RegisterBrokerRecord{1, 10}});
    checker.onMetadataCommitted(101, 1, ks::MetadataEntry{1, ks::TopicRecord{"t", 1}});
    checker.onMetadataCommitted(101, 2, ks::MetadataEntry{2, ks::LeaderChangeRecord{102, 2}});
}

std::shared_ptr<const ks::MetadataImage> imageOf(std::initializer_list<ks::MetadataRecord> records) {
    auto image = std::make_shared<ks::MetadataImage>();
    for (const auto& r : records) image->apply(r);
    return image;
}

}  // namespace

class TestMetadataSnapshots : public QObject {
    Q_OBJECT

private slots:
    void checkerAcceptsTheCommittedPrefix() {
        NoLogs view;
        ks::InvariantChecker checker(view);
        commitThree(checker);
        checker.onMetadataSnapshot(101, {{2, 1}, imageOf({ks::RegisterBrokerRecord{1, 10}, ks::TopicRecord{"t", 1}})}, false);
        checker.onMetadataSnapshot(102, {{3, 2}, imageOf({ks::RegisterBrokerRecord{1, 10}, ks::TopicRecord{"t", 1},
                                                          ks::LeaderChangeRecord{102, 2}})},
                                   true);
        // An older snapshot after a newer one (a restarted controller) is replayed from the start.
        checker.onMetadataSnapshot(102, {{1, 1}, imageOf({ks::RegisterBrokerRecord{1, 10}})}, false);
        QVERIFY(checker.violations().empty());
    }

    void checkerCatchesABadSnapshot() {
        NoLogs view;
        ks::InvariantChecker checker(view);
        commitThree(checker);
        // The image misses the topic.
        checker.onMetadataSnapshot(101, {{2, 1}, imageOf({ks::RegisterBrokerRecord{1, 10}})}, false);
        QCOMPARE(checker.violations().size(), std::size_t{1});
        QCOMPARE(checker.violations().back().invariant.str(), std::string("a metadata snapshot equals the image its committed prefix builds"));
        // The epoch is not that of the last entry it holds.
        checker.onMetadataSnapshot(101, {{3, 1}, imageOf({ks::RegisterBrokerRecord{1, 10}, ks::TopicRecord{"t", 1},
                                                          ks::LeaderChangeRecord{102, 2}})},
                                   false);
        QCOMPARE(checker.violations().size(), std::size_t{2});
        QCOMPARE(checker.violations().back().invariant.str(), std::string("a metadata snapshot's id names its last committed entry"));
        // It goes past what is committed.
        checker.onMetadataSnapshot(101, {{4, 2}, imageOf({})}, false);
        QCOMPARE(checker.violations().size(), std::size_t{3});
        QCOMPARE(checker.violations().back().invariant.str(), std::string("a metadata snapshot holds committed records only"));
    }

    // The regression scenario with seed 1: the leader and a follower snapshot, then a restarted
    // controller and a restarted broker are behind the log start and load the snapshot.
    void laggingControllerAndBrokerLoadTheSnapshot() {
        const QString file = QStringLiteral("tests/scenarios/metadata-snapshots.scenario");
        const std::string text = readFile(kSourceDir + QLatin1Char('/') + file);
        QVERIFY(!text.empty());
        const auto run = ks::testing::runScenarioText(file.toStdString(), text);
        const std::string& output = run.output;
        QVERIFY2(run.exitCode == 0, output.c_str());
        QCOMPARE(run.violations, std::size_t{0});
        QVERIFY(hasLine(output, "controller 102 wrote metadata snapshot at offset 28 (epoch 3)"));
        QVERIFY(hasLine(output, "controller 101 wrote metadata snapshot at offset 28 (epoch 3)"));
        QVERIFY(hasLine(output, "controller 103 was behind the log start of quorum leader 102; loaded snapshot 28-3"));
        QVERIFY(hasLine(output, "broker 3 was behind the metadata log start (its image ends at offset 0); loaded snapshot 28-3"));
        for (const ks::ControllerSnapshot& c : run.snapshot.controllers) {
            QVERIFY(c.snapshotEndOffset >= 28);
            QVERIFY(c.snapshotEpoch >= 3);
            QCOMPARE(c.logStartOffset, c.snapshotEndOffset);
            QVERIFY(static_cast<ks::Offset>(c.logLength) >= c.logStartOffset);
        }
    }

    // With Kafka's defaults (20 MiB of records, an hour) a short run writes no snapshot.
    void defaultsWriteNoSnapshotInAShortRun() {
        const auto run = ks::testing::runScenarioText("defaults.scenario",
                                                      "cluster brokers=3\ntopic create t partitions=6 rf=3\nadvance 10m\n"
                                                      "expect snapshot 101 == 0\nexpect metadata-log-start 101 == 0\n");
        QCOMPARE(run.exitCode, 0);
        for (const ks::ControllerSnapshot& c : run.snapshot.controllers) {
            QCOMPARE(c.snapshotEndOffset, ks::Offset{-1});
            QCOMPARE(c.logStartOffset, ks::Offset{0});
        }
    }

    // metadata.log.max.snapshot.interval.ms alone: a snapshot once new records are that old.
    void intervalTriggersASnapshot() {
        const auto run = ks::testing::runScenarioText(
            "interval.scenario", "cluster brokers=3 controllers=1 metadata.log.max.snapshot.interval.ms=5000\n"
                                 "advance 6s\nexpect snapshot 101 > 0\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(hasLine(run.output, "since the last one (metadata.log.max.snapshot.interval.ms=5000)"), run.output.c_str());
    }
};

QTEST_APPLESS_MAIN(TestMetadataSnapshots)
#include "test_metadata_snapshots.moc"

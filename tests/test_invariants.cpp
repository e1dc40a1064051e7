// The invariant checker's own bookkeeping: it keeps every acknowledged acks=all batch to check that
// the records stay in the leader's log, and lets a batch go once retention has deleted it from
// every replica (so a long session's memory does not grow with everything ever acknowledged).

// The engine first: Qt defines `emit` as a macro, and the engine has methods of that name.
#include "scenario/runner.h"

#include <QtTest>

#include <sstream>
#include <string>

class TestInvariants : public QObject {
    Q_OBJECT

private slots:
    void retentionFreesAcknowledgedBatches();
};

void TestInvariants::retentionFreesAcknowledgedBatches() {
    std::ostringstream out;
    ks::scenario::RunOptions options;
    ks::scenario::ScenarioRunner runner("retention", "", options, out);
    auto run = [&](const std::string& line) {
        const ks::scenario::CommandResult result = runner.executeCommands(line);
        QVERIFY2(result.ok, qPrintable(QString::fromStdString(line + ": " + result.error)));
    };
    run("cluster brokers=3");
    run("topic create t partitions=1 rf=3 segment.bytes=1000");
    for (int batch = 0; batch < 6; ++batch) {
        run("produce t value=batch" + std::to_string(batch) + " count=10 acks=all");
        run("advance 500ms");
    }
    const ks::InvariantChecker& checker = runner.cluster()->checker();
    QCOMPARE(checker.acknowledgedAllRecords(), std::int64_t{60});
    QCOMPARE(checker.acknowledgedBatchesKept(), std::size_t{6});

    run("config set retention.bytes=500 topic=t");
    run("advance 6m");
    const ks::PartitionSnapshot* p = runner.cluster()->snapshot().partition(ks::TopicPartition{"t", 0});
    QVERIFY(p);
    QVERIFY2(p->logStartOffset >= 30, qPrintable(QString("log start %1").arg(p->logStartOffset)));
    // Every batch below the log start of all three replicas is gone from the checker, the rest stays.
    QCOMPARE(checker.acknowledgedBatchesKept(), std::size_t(6 - p->logStartOffset / 10));
    QCOMPARE(checker.acknowledgedAllRecords(), std::int64_t{60});
    QCOMPARE(checker.violations().size(), std::size_t{0});
}

QTEST_APPLESS_MAIN(TestInvariants)
#include "test_invariants.moc"

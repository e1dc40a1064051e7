// KRaft combined mode (process.roles=broker,controller): one process per node id holds a broker and
// a controller; requests reach the role that serves them; faults hit both roles; snapshots name both.

// The engine first: Qt defines `emit` as a macro, and the engine has methods of that name.
#include "cluster/combined_node.h"
#include "scenario_text_run.h"

#include <QtTest>

#include <sstream>
#include <string>

namespace {

ks::testing::TextRun runText(const std::string& text, std::uint64_t seed = 1) {
    return ks::testing::runScenarioText("combined.scenario", text, seed);
}

}  // namespace

class TestCombinedMode : public QObject {
    Q_OBJECT

private slots:
    void requestsReachTheirRole() {
        using ks::CombinedNode;
        QVERIFY(CombinedNode::forController(ks::VoteRequest{}));
        QVERIFY(CombinedNode::forController(ks::QuorumFetchResponse{}));
        QVERIFY(CombinedNode::forController(ks::BrokerHeartbeatRequest{}));
        QVERIFY(CombinedNode::forController(ks::MetadataFetchRequest{}));
        QVERIFY(CombinedNode::forController(ks::CreateTopicsRequest{}));
        QVERIFY(!CombinedNode::forController(ks::BrokerHeartbeatResponse{}));
        QVERIFY(!CombinedNode::forController(ks::MetadataFetchResponse{}));
        QVERIFY(!CombinedNode::forController(ks::ProduceRequest{}));
        QVERIFY(!CombinedNode::forController(ks::FetchRequest{}));
        // The quorum's snapshot fetch and the broker's use the same response; the request says whose.
        ks::FetchSnapshotResponse response;
        response.voter = true;
        QVERIFY(CombinedNode::forController(response));
        response.voter = false;
        QVERIFY(!CombinedNode::forController(response));
    }

    void snapshotShowsBothRoles() {
        const auto run = runText("cluster brokers=4 controllers=3 process.roles=broker,controller\n"
                                "expect controller != none\n");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.snapshot.controllers.size(), std::size_t{3});
        for (const ks::ControllerSnapshot& c : run.snapshot.controllers) {
            QVERIFY(c.id >= 1 && c.id <= 3);
            QVERIFY(c.combined);
        }
        QCOMPARE(run.snapshot.brokers.size(), std::size_t{4});
        for (const ks::BrokerSnapshot& b : run.snapshot.brokers) QCOMPARE(b.combined, b.id <= 3);
        QVERIFY(run.snapshot.activeController >= 1 && run.snapshot.activeController <= 3);
    }

    // Pausing a combined node freezes both roles: its broker is reported paused and, if it was the
    // active controller, another takes over.
    void pauseFreezesBothRoles() {
        const auto run = runText("cluster brokers=3 controllers=3 process.roles=broker,controller\n"
                                "topic create t partitions=3 rf=3\n"
                                "controller pause active\n"
                                "advance 20s\n"
                                "expect controller != none\n");
        QCOMPARE(run.exitCode, 0);
        int paused = 0;
        for (const ks::BrokerSnapshot& b : run.snapshot.brokers)
            if (b.state == "paused") {
                ++paused;
                QVERIFY(run.snapshot.activeController != b.id);
                for (const ks::ControllerSnapshot& c : run.snapshot.controllers)
                    if (c.id == b.id) QCOMPARE(c.state, std::string("paused"));
            }
        QCOMPARE(paused, 1);
    }

    // Faults aimed at the broker role of a combined node reach it.
    void brokerFaultsReachTheBrokerRole() {
        const auto run = runText("cluster brokers=3 controllers=3 process.roles=broker,controller\n"
                                 "topic create t partitions=1 rf=3\n"
                                 "broker slow 2 delay=1s\n"
                                 "broker disk-full 3\n"
                                 "advance 5s\n"
                                 "expect controller != none\n");
        QVERIFY2(run.exitCode == 0, run.output.c_str());
        QVERIFY(run.snapshot.brokers[1].replicaFetchDelay > 0);
        QVERIFY(run.snapshot.brokers[2].diskFull);
    }

    // A combined node restarted after the log start moved: its controller role and its broker role
    // each load the snapshot (FetchSnapshot from the quorum, and as a broker).
    void restartedCombinedNodeLoadsTheSnapshotInBothRoles() {
        const auto run = runText("cluster brokers=3 controllers=3 process.roles=broker,controller "
                                "metadata.log.max.record.bytes.between.snapshots=1000\n"
                                "broker kill 3\n"
                                "topic create a partitions=3 rf=2\ntopic create b partitions=3 rf=2\n"
                                "topic create c partitions=3 rf=2\ntopic create d partitions=3 rf=2\n"
                                "advance 1s\n"
                                "broker restart 3\n"
                                "advance 15s\n"
                                "expect broker 3 == running\nexpect snapshot 3 > 0\n");
        QVERIFY2(run.exitCode == 0, run.output.c_str());
        QCOMPARE(run.violations, std::size_t{0});
        QVERIFY2(run.output.find("controller 3 was behind the log start") != std::string::npos, run.output.c_str());
        QVERIFY2(run.output.find("broker 3 was behind the metadata log start") != std::string::npos, run.output.c_str());
    }
};

QTEST_APPLESS_MAIN(TestCombinedMode)
#include "test_combined_mode.moc"

// Faults beyond kill and cut: slow links (also to consumers), a slow follower leaving and rejoining
// the ISR, and a full disk taking a broker's log dir offline, in KRaft and in ZooKeeper mode.

// The engine first: Qt defines `emit` as a macro, and the engine has methods of that name.
#include "scenario/runner.h"

#include <QtTest>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace {

using ks::BrokerId;

struct Session {
    std::ostringstream out;
    std::vector<ks::ClusterEvent> events;
    std::unique_ptr<ks::scenario::ScenarioRunner> runner;

    explicit Session(const std::string& setup) {
        ks::scenario::RunOptions options;
        options.eventSink = [this](const ks::ClusterEvent& e) { events.push_back(e); };
        runner = std::make_unique<ks::scenario::ScenarioRunner>("setup.scenario", setup, options, out);
        const ks::scenario::RunResult result = runner->run();
        if (result.exitCode != 0) qFatal("setup failed: %s", out.str().c_str());
    }
    void run(const std::string& commands) {
        const ks::scenario::CommandResult result = runner->executeCommands(commands);
        if (!result.ok) qFatal("%s failed: %s", commands.c_str(), result.error.c_str());
    }
    ks::ClusterSnapshot snapshot() { return runner->cluster()->snapshot(); }
    ks::PartitionSnapshot partition(const std::string& name) {
        const ks::ClusterSnapshot snap = snapshot();
        const ks::PartitionSnapshot* p = snap.partition(ks::TopicPartition{name.substr(0, name.rfind('-')), std::stoi(name.substr(name.rfind('-') + 1))});
        return p ? *p : ks::PartitionSnapshot{};
    }
    bool logged(const std::string& text) const {
        return std::any_of(events.begin(), events.end(), [&](const ks::ClusterEvent& e) { return e.text.find(text) != std::string::npos; });
    }
};

// A test's data: run it in KRaft and in ZooKeeper mode.
void bothModes() {
    QTest::addColumn<QString>("mode");
    QTest::newRow("kraft") << QStringLiteral("kraft");
    QTest::newRow("zookeeper") << QStringLiteral("zookeeper");
}

bool has(const std::vector<BrokerId>& ids, BrokerId id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

std::string setup(const char* mode) {
    return std::string("cluster brokers=3 mode=") + mode +
           "\ntopic create orders partitions=1 rf=3 min.insync.replicas=2\nproduce orders partition=0 count=5\nadvance 3s\n";
}

}  // namespace

class FaultsTest : public QObject {
    Q_OBJECT

private slots:
    void slowLinkDelaysOnlyThatLink() {
        ks::Network network(1);
        network.setDefaults(ks::LinkConfig{ks::millis(1), 0, 0.0});
        network.setLink(1, 2, ks::LinkConfig{ks::millis(300), 0, 0.0});
        QCOMPARE(network.deliveryTime(1, 2, 0), ks::millis(300));
        QCOMPARE(network.deliveryTime(2, 1, 0), ks::millis(1));
        network.clearLink(1, 2);
        QCOMPARE(network.deliveryTime(1, 2, ks::seconds(1)), ks::seconds(1) + ks::millis(1));
    }

    void slowLinkCommandsAndHeal() {
        Session s(setup("kraft"));
        s.run("link slow 1 2 latency=300ms jitter=20ms loss=5");
        auto links = s.snapshot().slowLinks;
        QCOMPARE(links.size(), std::size_t{2});
        QCOMPARE(links.front().latency, ks::millis(300));
        QCOMPARE(links.front().jitter, ks::millis(20));
        QCOMPARE(links.front().loss, 0.05);
        s.run("link heal 2 1");
        QVERIFY(s.snapshot().slowLinks.empty());
        s.run("link slow 1 3 latency=1s oneway=true");
        QCOMPARE(s.snapshot().slowLinks.size(), std::size_t{1});
        s.run("heal all");
        QVERIFY(s.snapshot().slowLinks.empty());
        const auto bad = s.runner->executeCommands("link slow 1 2 jitter=5ms");
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.find("latency=") != std::string::npos, bad.error.c_str());
    }

    void consumersAreLinkEnds() {
        Session s(setup("kraft"));
        s.run("consumer add reader topic=orders group=g\nadvance 5s");
        const ks::ConsumerSnapshot* c = s.snapshot().consumer("reader");
        QVERIFY(c);
        const ks::NodeId node = c->node;
        s.run("link cut reader 2\nlink slow " + std::to_string(node) + " 3 latency=50ms");
        const ks::ClusterSnapshot snap = s.snapshot();
        QVERIFY(std::find(snap.cutLinks.begin(), snap.cutLinks.end(), std::make_pair(node, ks::NodeId{2})) != snap.cutLinks.end());
        QCOMPARE(snap.slowLinks.size(), std::size_t{2});
        QVERIFY(s.logged("link consumer reader ⇹ broker 2 cut"));
        s.run("isolate reader");
        QVERIFY(has(s.snapshot().isolated, node));
        QVERIFY(!s.runner->executeCommands("link cut nobody 2").ok);
    }

    void slowFollowerLeavesAndRejoinsTheIsr_data() { bothModes(); }
    void slowFollowerLeavesAndRejoinsTheIsr() {
        QFETCH(QString, mode);
        Session s(setup(mode.toStdString().c_str()));
        const ks::PartitionSnapshot before = s.partition("orders-0");
        QCOMPARE(before.isr.size(), std::size_t{3});
        const BrokerId follower = before.replicas.front() == before.leader ? before.replicas.back() : before.replicas.front();
        s.run("broker slow " + std::to_string(follower) + " delay=40s");
        QCOMPARE(s.snapshot().brokers[static_cast<std::size_t>(follower - 1)].replicaFetchDelay, ks::seconds(40));
        s.run("produce orders partition=0 count=5\nadvance 10s");
        QVERIFY(has(s.partition("orders-0").isr, follower));   // within replica.lag.time.max.ms (30 s)
        s.run("produce orders partition=0 count=5\nadvance 40s");   // + at most one ISR check (every 15 s)
        const ks::PartitionSnapshot slow = s.partition("orders-0");
        QVERIFY2(!has(slow.isr, follower), ks::formatIds(slow.isr).c_str());
        QCOMPARE(slow.isr.size(), std::size_t{2});
        s.run("broker normal " + std::to_string(follower) + "\nadvance 3s");
        QVERIFY(has(s.partition("orders-0").isr, follower));
        QCOMPARE(s.snapshot().brokers[static_cast<std::size_t>(follower - 1)].replicaFetchDelay, ks::SimTime{0});
    }

    void diskFullMovesLeadershipAndRestartHeals_data() { bothModes(); }
    void diskFullMovesLeadershipAndRestartHeals() {
        QFETCH(QString, mode);
        Session s(setup(mode.toStdString().c_str()));
        const BrokerId leader = s.partition("orders-0").leader;
        QVERIFY(leader != ks::kNoNode);
        const std::size_t index = static_cast<std::size_t>(leader - 1);
        s.run("broker disk-full " + std::to_string(leader));
        QVERIFY(s.snapshot().brokers[index].diskFull);
        QVERIFY(!s.snapshot().brokers[index].logDirOffline);   // nothing written yet
        s.run("produce orders partition=0 count=5\nadvance 5s");
        QVERIFY(s.logged("KAFKA_STORAGE_ERROR"));
        const ks::ClusterSnapshot snap = s.snapshot();
        QVERIFY(snap.brokers[index].logDirOffline);
        const ks::PartitionSnapshot* p = snap.partition(ks::TopicPartition{"orders", 0});
        QVERIFY(p->leader != leader && p->leader != ks::kNoNode);
        QVERIFY2(!has(p->isr, leader), ks::formatIds(p->isr).c_str());
        for (const ks::ReplicaSnapshot& r : p->replicaStates)
            if (r.broker == leader) QVERIFY(!r.online);
        QCOMPARE(snap.producers.front().acked, std::int64_t{10});
        QCOMPARE(snap.producers.front().failed, std::int64_t{0});
        // A restart (after freeing space) brings the log dir back; the replica catches up and rejoins.
        s.run("broker kill " + std::to_string(leader) + "\nbroker restart " + std::to_string(leader) + "\nadvance 40s");
        QVERIFY(!s.snapshot().brokers[index].logDirOffline);
        QVERIFY(has(s.partition("orders-0").isr, leader));
        QVERIFY(!s.runner->executeCommands("broker disk-full 9").ok);
    }

    // The broker's own state and the controller's view of it part ways when it is cut off.
    void controllersViewOfABroker() {
        Session kraft(setup("kraft"));
        auto b2 = [&] { return kraft.snapshot().brokers[1]; };
        QCOMPARE(b2().controllerView, std::string("unfenced"));
        QVERIFY(b2().sinceHeartbeat >= 0 && b2().sinceHeartbeat <= ks::seconds(2));
        kraft.run("isolate 2\nadvance 12s");
        QCOMPARE(b2().state, std::string("running"));
        QCOMPARE(b2().controllerView, std::string("fenced"));
        QVERIFY(b2().sinceHeartbeat > ks::seconds(9));   // broker.session.timeout.ms
        Session zk(setup("zookeeper"));
        QCOMPARE(zk.snapshot().brokers[1].controllerView, std::string("registered"));
        zk.run("broker kill 2\nadvance 25s");   // its ZooKeeper session expires
        QCOMPARE(zk.snapshot().brokers[1].controllerView, std::string("unregistered"));
    }

    void diskFullFollowerLeavesTheIsr_data() { bothModes(); }
    void diskFullFollowerLeavesTheIsr() {
        QFETCH(QString, mode);
        Session s(setup(mode.toStdString().c_str()));
        const ks::PartitionSnapshot before = s.partition("orders-0");
        const BrokerId follower = before.replicas.front() == before.leader ? before.replicas.back() : before.replicas.front();
        s.run("broker disk-full " + std::to_string(follower) + "\nproduce orders partition=0 count=5\nadvance 5s");
        const ks::PartitionSnapshot after = s.partition("orders-0");
        QCOMPARE(after.leader, before.leader);
        QVERIFY2(!has(after.isr, follower), ks::formatIds(after.isr).c_str());
        QVERIFY(s.snapshot().brokers[static_cast<std::size_t>(follower - 1)].logDirOffline);
    }
};

QTEST_GUILESS_MAIN(FaultsTest)
#include "test_faults.moc"

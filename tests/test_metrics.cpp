// The counters behind the broker and controller metrics (engine/metrics): they count what the
// brokers and the controller really did, as the snapshot shows it to the metrics panel and charts.

// The engine first: Qt defines `emit` as a macro, and the engine has methods of that name.
#include "scenario/runner.h"

#include <QtTest>

#include <memory>
#include <sstream>
#include <string>

namespace {

struct Run {
    std::ostringstream out;
    std::unique_ptr<ks::scenario::ScenarioRunner> runner;
    ks::scenario::RunResult result;

    ks::ClusterSnapshot snapshot() { return runner->cluster()->snapshot(); }
    bool more(const std::string& commands) {
        const ks::scenario::CommandResult r = runner->executeCommands(commands);
        if (!r.ok) qWarning("%s", r.error.c_str());
        return r.ok;
    }
};

std::unique_ptr<Run> run(const std::string& text, std::uint64_t seed = 1) {
    auto r = std::make_unique<Run>();
    ks::scenario::RunOptions options;
    options.seed = seed;
    options.quiet = true;
    r->runner = std::make_unique<ks::scenario::ScenarioRunner>("test.scenario", text, options, r->out);
    r->result = r->runner->run();
    return r;
}

ks::TopicCounters topicOnBrokers(const ks::ClusterSnapshot& s, const std::string& topic) {
    ks::TopicCounters total;
    for (const ks::BrokerSnapshot& b : s.brokers)
        if (auto it = b.metrics.topics.find(topic); it != b.metrics.topics.end()) total += it->second;
    return total;
}

const ks::TopicSnapshot* topic(const ks::ClusterSnapshot& s, const std::string& name) {
    for (const ks::TopicSnapshot& t : s.topics)
        if (t.name == name) return &t;
    return nullptr;
}

}  // namespace

class TestMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Every acknowledged record is counted once as in, on its leader; every record a consumer got is
    // counted as out; bytes follow the stored batches.
    void recordsInAndOutMatchWhatHappened() {
        auto r = run("cluster brokers=3\n"
                     "topic create orders partitions=3 rf=3\n"
                     "produce orders partition=0 value=hello count=10\n"
                     "produce orders partition=1 value=hello count=10\n"
                     "produce orders partition=2 value=hello count=10\n"
                     "advance 2s\n"
                     "expect acked == 30\n"
                     "consumer add c1 topic=orders group=g auto.offset.reset=earliest\n"
                     "advance 15s\n"
                     "expect committed g orders-0 == 10\n");
        QVERIFY2(r->result.exitCode == 0, r->out.str().c_str());
        const ks::ClusterSnapshot s = r->snapshot();
        const ks::TopicSnapshot* t = topic(s, "orders");
        QVERIFY(t);
        QCOMPARE(t->counters.messagesIn, 30);
        QCOMPARE(t->counters.messagesOut, 30);
        QVERIFY(t->counters.bytesIn > 30 * 5);
        QCOMPARE(t->counters.bytesOut, t->counters.bytesIn);
        QCOMPARE(t->counters.failedProduceRequests, 0);
        QVERIFY(t->counters == topicOnBrokers(s, "orders"));
        std::int64_t produceRequests = 0;
        ks::SimTime produceTime = 0;
        std::int64_t fetches = 0;
        for (const ks::BrokerSnapshot& b : s.brokers) {
            // Records in only where the broker led the partition: each leader has its 10.
            std::int64_t led = 0;
            for (const ks::PartitionSnapshot& p : s.partitions) led += p.tp.topic == "orders" && p.leader == b.id;
            QCOMPARE(b.metrics.topics.count("orders") ? b.metrics.topics.at("orders").messagesIn : 0, 10 * led);
            produceRequests += b.metrics.produceRequests;
            produceTime += b.metrics.produceTotalTime;
            fetches += b.metrics.fetchConsumerRequests;
        }
        QVERIFY(produceRequests >= 3);
        QVERIFY(produceTime > 0);   // acks=all waits for the followers
        QVERIFY(fetches > 0);
    }

    // A leader's crash: its partitions get new leaders (elections), taking at least until the
    // controller fenced the broker; the restarted broker rejoins the ISRs (expansions); its
    // partitions stay led elsewhere (skew) until a preferred leader election.
    void failoverCountsElectionsIsrChangesAndSkew() {
        auto r = run("cluster brokers=3 controllers=1\n"
                     "config set auto.leader.rebalance.enable=false\n"
                     "topic create t partitions=1 rf=3\n"
                     "partition reassign t-0 replicas=[1, 2, 3]\n"
                     "advance 2s\n"
                     "leader elect preferred t-0\n"
                     "advance 2s\n"
                     "expect leader t-0 == 1\n"
                     "produce t value=v count=5\n"
                     "advance 1s\n");
        QVERIFY2(r->result.exitCode == 0, r->out.str().c_str());
        const ks::ClusterSnapshot before = r->snapshot();
        QCOMPARE(before.brokers[0].preferredLeaderCount, 1);
        QCOMPARE(before.brokers[0].preferredNotLeading, 0);
        QVERIFY(r->more("broker kill 1\nadvance 15s\nexpect leader t-0 != 1\n"));
        const ks::ClusterSnapshot failed = r->snapshot();
        QCOMPARE(failed.controllerMetrics.leaderElections, before.controllerMetrics.leaderElections + 1);
        // The controller noticed only after broker.session.timeout.ms (9 s) without heartbeats.
        const ks::SimTime took = failed.controllerMetrics.leaderElectionTime - before.controllerMetrics.leaderElectionTime;
        QVERIFY2(took >= ks::seconds(1) && took <= ks::seconds(15), std::to_string(took).c_str());
        QCOMPARE(failed.controllerMetrics.uncleanLeaderElections, 0);
        QCOMPARE(failed.brokers[0].preferredNotLeading, 1);
        std::int64_t expandsBefore = 0;
        for (const ks::BrokerSnapshot& b : failed.brokers) expandsBefore += b.metrics.isrExpands;

        QVERIFY(r->more("broker restart 1\nadvance 30s\nexpect isr t-0 == [1, 2, 3]\n"));
        const ks::ClusterSnapshot back = r->snapshot();
        std::int64_t expandsAfter = 0;
        for (const ks::BrokerSnapshot& b : back.brokers) expandsAfter += b.metrics.isrExpands;
        QCOMPARE(expandsAfter, expandsBefore + 1);
        QCOMPARE(back.brokers[0].preferredNotLeading, 1);
        QCOMPARE(back.brokers[0].leaderCount, 0);

        QVERIFY(r->more("leader elect preferred t-0\nadvance 2s\nexpect leader t-0 == 1\n"));
        const ks::ClusterSnapshot fixed = r->snapshot();
        QCOMPARE(fixed.brokers[0].preferredNotLeading, 0);
        // A planned move is an election too, but nothing was without a leader meanwhile.
        QCOMPARE(fixed.controllerMetrics.leaderElections, back.controllerMetrics.leaderElections + 1);
        QCOMPARE(fixed.controllerMetrics.leaderElectionTime, back.controllerMetrics.leaderElectionTime);
    }

    // A follower that stops fetching leaves the ISR: the leader counts a shrink.
    void laggingFollowerCountsAnIsrShrink() {
        auto r = run("cluster brokers=3 controllers=1\n"
                     "topic create t partitions=1 rf=3\n"
                     "partition reassign t-0 replicas=[1, 2, 3]\n"
                     "advance 2s\n"
                     "leader elect preferred t-0\n"
                     "produce t value=v count=10\n"
                     "advance 2s\n"
                     "link cut 3 1\n"
                     "advance 45s\n"
                     "expect isr t-0 == [1, 2]\n");
        QVERIFY2(r->result.exitCode == 0, r->out.str().c_str());
        QCOMPARE(r->snapshot().brokers[0].metrics.isrShrinks, 1);
        QCOMPARE(r->snapshot().brokers[1].metrics.isrShrinks, 0);
    }

    // acks=all with too small an ISR: the leader refuses the append, which Kafka counts as failed.
    void notEnoughReplicasCountsAsFailedProduce() {
        auto r = run("cluster brokers=3\n"
                     "topic create t partitions=1 rf=3 min.insync.replicas=3\n"
                     "advance 1s\n");
        QVERIFY2(r->result.exitCode == 0, r->out.str().c_str());
        const ks::ClusterSnapshot s0 = r->snapshot();
        const ks::BrokerId follower = s0.partitions[0].replicas[0] == s0.partitions[0].leader
                                          ? s0.partitions[0].replicas[1] : s0.partitions[0].replicas[0];
        QVERIFY(r->more("broker kill " + std::to_string(follower) + "\nadvance 15s\nproduce t value=v count=3\nadvance 2s\n"));
        const ks::TopicSnapshot* t = topic(r->snapshot(), "t");
        QVERIFY(t);
        QVERIFY(t->counters.failedProduceRequests >= 1);
        QCOMPARE(t->counters.messagesIn, 0);
    }

    // ZooKeeper mode writes partition states as znodes: elections count the same way.
    void zookeeperModeCountsElections() {
        auto r = run("cluster brokers=3 mode=zookeeper\n"
                     "topic create t partitions=3 rf=3\n"
                     "advance 2s\n");
        QVERIFY2(r->result.exitCode == 0, r->out.str().c_str());
        const ks::ClusterSnapshot before = r->snapshot();
        const ks::BrokerId victim = before.partitions.front().leader;
        int led = 0;
        for (const ks::PartitionSnapshot& p : before.partitions) led += p.leader == victim;
        QVERIFY(r->more("broker kill " + std::to_string(victim) + "\nadvance 20s\n"));
        const ks::ClusterSnapshot after = r->snapshot();
        for (const ks::PartitionSnapshot& p : after.partitions) QVERIFY(p.leader != victim);
        QCOMPARE(after.controllerMetrics.leaderElections - before.controllerMetrics.leaderElections, led);
        QVERIFY(after.controllerMetrics.leaderElectionTime > before.controllerMetrics.leaderElectionTime);
    }

    // Unclean elections are counted apart.
    void uncleanElectionIsCounted() {
        auto r = run("cluster brokers=3\n"
                     "topic create events partitions=1 rf=3 min.insync.replicas=2 unclean.leader.election.enable=true\n"
                     "partition reassign events-0 replicas=[1, 2, 3]\n"
                     "advance 2s\n"
                     "leader elect preferred events-0\n"
                     "advance 2s\n"
                     "produce events value=early count=10\n"
                     "advance 2s\n"
                     "link cut 3 1\n"
                     "advance 40s\n"
                     "expect isr events-0 == [1, 2]\n"
                     "broker kill 1\n"
                     "broker kill 2\n"
                     "advance 15s\n"
                     "expect leader events-0 == 3\n");
        QVERIFY2(r->result.exitCode == 0, r->out.str().c_str());
        QCOMPARE(r->snapshot().controllerMetrics.uncleanLeaderElections, 1);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"

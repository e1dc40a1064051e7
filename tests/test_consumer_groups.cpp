// Consumers and consumer groups end to end: scenarios run against a simulated cluster, checked
// through the snapshot the GUI reads. Each test runs with seeds 1..3 and requires no invariant
// violation on top of what it checks.

// The engine first: Qt defines `emit` as a macro, and the engine has methods of that name.
#include "scenario/runner.h"

#include <QtTest>

#include <algorithm>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {

using ks::TopicPartition;

struct Run {
    std::ostringstream out;
    std::unique_ptr<ks::scenario::ScenarioRunner> runner;
    ks::scenario::RunResult result;

    ks::Cluster& cluster() { return *runner->cluster(); }
    ks::ClusterSnapshot snapshot() { return cluster().snapshot(); }
    // Runs more commands against the same cluster; returns what they printed and whether they all worked.
    bool more(const std::string& commands) {
        const ks::scenario::CommandResult r = runner->executeCommands(commands);
        if (!r.ok) qWarning("%s", r.error.c_str());
        return r.ok;
    }
};

std::unique_ptr<Run> run(const std::string& text, std::uint64_t seed) {
    auto r = std::make_unique<Run>();
    ks::scenario::RunOptions options;
    options.seed = seed;
    options.quiet = true;
    r->runner = std::make_unique<ks::scenario::ScenarioRunner>("test.scenario", text, options, r->out);
    r->result = r->runner->run();
    return r;
}

std::string lines(std::initializer_list<const char*> list) {
    std::string out;
    for (const char* l : list) out += std::string(l) + "\n";
    return out;
}

QString show(const std::vector<TopicPartition>& v) { return QString::fromStdString(ks::formatPartitions(v)); }

std::vector<TopicPartition> assignment(const ks::ClusterSnapshot& s, const std::string& group, const std::string& client) {
    const ks::GroupSnapshot* g = s.group(group);
    if (!g) return {};
    const ks::GroupMemberSnapshot* m = g->memberByClient(client);
    if (!m) return {};
    std::vector<TopicPartition> v = m->assignment;
    std::sort(v.begin(), v.end());
    return v;
}

std::int64_t revokedIn(const ks::GroupSnapshot& g, std::size_t fromRebalance) {
    std::int64_t n = 0;
    for (std::size_t i = fromRebalance; i < g.rebalances.size(); ++i)
        for (const auto& m : g.rebalances[i].members) n += static_cast<std::int64_t>(m.revoked.size() + m.lost.size());
    return n;
}

std::string firstViolation(Run& r) {
    const auto& v = r.cluster().checker().violations();
    return v.empty() ? std::string() : v.front().invariant.str() + ": " + v.front().detail.str();
}

#define REQUIRE_CLEAN(r)                                                                                            \
    do {                                                                                                            \
        QVERIFY2((r).result.exitCode == 0, (r).out.str().c_str());                                                  \
        QVERIFY2(firstViolation(r).empty(), firstViolation(r).c_str());                                             \
    } while (false)

const std::string kThreeConsumers = lines({
    "cluster brokers=3",
    "config set offsets.topic.num.partitions=5",
    "topic create a partitions=4 rf=3",
    "topic create b partitions=2 rf=3",
    "advance 1s",
});

}  // namespace

class TestConsumerGroups : public QObject {
    Q_OBJECT

private slots:
    void assignorsAssignAsKafkaDoes_data() {
        QTest::addColumn<QString>("assignor");
        QTest::addColumn<QString>("c1");
        QTest::addColumn<QString>("c2");
        QTest::addColumn<QString>("c3");
        QTest::newRow("range") << "range" << "[a-0, a-1, b-0]" << "[a-2, b-1]" << "[a-3]";
        QTest::newRow("roundrobin") << "roundrobin" << "[a-0, a-3]" << "[a-1, b-0]" << "[a-2, b-1]";
        QTest::newRow("sticky") << "sticky" << "[a-0, a-3]" << "[a-1, b-0]" << "[a-2, b-1]";
        QTest::newRow("cooperative-sticky") << "cooperative-sticky" << "[a-0, a-3]" << "[a-1, b-0]" << "[a-2, b-1]";
    }
    void assignorsAssignAsKafkaDoes() {
        QFETCH(QString, assignor);
        QFETCH(QString, c1);
        QFETCH(QString, c2);
        QFETCH(QString, c3);
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            std::string text = kThreeConsumers;
            for (const char* name : {"c1", "c2", "c3"})
                text += std::string("consumer add ") + name + " topic=a,b group=g assignor=" + assignor.toStdString() + "\n";
            text += "advance 10s\n";
            auto r = run(text, seed);
            REQUIRE_CLEAN(*r);
            const ks::ClusterSnapshot s = r->snapshot();
            QCOMPARE(QString::fromStdString(s.group("g")->state), QStringLiteral("Stable"));
            QCOMPARE(s.group("g")->generation, 1);
            QCOMPARE(show(assignment(s, "g", "c1")), c1);
            QCOMPARE(show(assignment(s, "g", "c2")), c2);
            QCOMPARE(show(assignment(s, "g", "c3")), c3);
            QCOMPARE(QString::fromStdString(s.group("g")->rebalanceProtocol),
                     assignor == "cooperative-sticky" ? QStringLiteral("cooperative") : QStringLiteral("eager"));
        }
    }

    // Eager: everyone revokes everything and one rebalance follows. Cooperative (KIP-429): only the
    // partitions that move are revoked, in a first round, and handed on in a second one.
    void eagerRevokesEverythingCooperativeOnlyWhatMoves_data() {
        QTest::addColumn<QString>("assignor");
        QTest::addColumn<int>("revoked");
        QTest::addColumn<int>("generations");
        QTest::newRow("sticky (eager)") << "sticky" << 6 << 1;
        QTest::newRow("cooperative-sticky") << "cooperative-sticky" << 2 << 2;
    }
    void eagerRevokesEverythingCooperativeOnlyWhatMoves() {
        QFETCH(QString, assignor);
        QFETCH(int, revoked);
        QFETCH(int, generations);
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            const std::string a = " assignor=" + assignor.toStdString();
            auto r = run(lines({"cluster brokers=3", "config set offsets.topic.num.partitions=3",
                                "topic create t partitions=6 rf=3", "produce t count=600 value=x", "advance 1s"}) +
                             "consumer add c1 topic=t group=g auto.offset.reset=earliest" + a + "\n" +
                             "consumer add c2 topic=t group=g auto.offset.reset=earliest" + a + "\nadvance 10s\n",
                         seed);
            REQUIRE_CLEAN(*r);
            const ks::ClusterSnapshot before = r->snapshot();
            const std::size_t history = before.group("g")->rebalances.size();
            const std::int32_t generation = before.group("g")->generation;
            QVERIFY(r->more("consumer add c3 topic=t group=g auto.offset.reset=earliest" + a + "\nadvance 15s"));
            const ks::ClusterSnapshot after = r->snapshot();
            const ks::GroupSnapshot& g = *after.group("g");
            QCOMPARE(g.state, std::string("Stable"));
            QCOMPARE(revokedIn(g, history), static_cast<std::int64_t>(revoked));
            QCOMPARE(g.generation - generation, generations);
            for (const char* c : {"c1", "c2", "c3"}) QCOMPARE(assignment(after, "g", c).size(), std::size_t(2));
            QCOMPARE(g.lag, std::int64_t(0));
            QVERIFY(r->cluster().checker().violations().empty());
        }
    }

    // The coordinator is the leader of the group's __consumer_offsets partition; when its broker dies
    // the partition's new leader loads the group from the log: the members carry on in the same
    // generation and the committed offsets are still there.
    void coordinatorFailoverKeepsOffsetsAndMembers() {
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            auto r = run(lines({"cluster brokers=3", "config set offsets.topic.num.partitions=1",
                                "topic create t partitions=2 rf=3", "produce t partition=0 count=20 value=x",
                                "produce t partition=1 count=20 value=y", "advance 1s",
                                "consumer add c1 topic=t group=g auto.offset.reset=earliest",
                                "consumer add c2 topic=t group=g auto.offset.reset=earliest", "advance 20s"}),
                         seed);
            REQUIRE_CLEAN(*r);
            const ks::ClusterSnapshot before = r->snapshot();
            const ks::GroupSnapshot& g0 = *before.group("g");
            QCOMPARE(g0.partition({"t", 0})->committed, ks::Offset(20));
            QCOMPARE(g0.partition({"t", 1})->committed, ks::Offset(20));
            const ks::BrokerId old = g0.coordinator;
            QVERIFY(old >= 1 && old <= 3);
            QVERIFY(r->more("broker kill " + std::to_string(old) + "\nadvance 30s\nproduce t partition=0 count=5 value=z\nadvance 15s"));
            const ks::ClusterSnapshot after = r->snapshot();
            const ks::GroupSnapshot& g = *after.group("g");
            QVERIFY(g.coordinator != old && g.coordinator != ks::kNoNode);
            QCOMPARE(g.state, std::string("Stable"));
            QCOMPARE(g.generation, g0.generation);
            QCOMPARE(g.members.size(), std::size_t(2));
            QCOMPARE(g.partition({"t", 0})->committed, ks::Offset(25));
            QCOMPARE(g.partition({"t", 1})->committed, ks::Offset(20));
            QCOMPARE(g.duplicates, std::int64_t(0));
            QVERIFY(r->cluster().checker().violations().empty());
        }
    }

    // KIP-345: a static member that comes back within session.timeout.ms takes its old place.
    void staticMemberRestartCausesNoRebalance() {
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            auto r = run(lines({"cluster brokers=3", "config set offsets.topic.num.partitions=3", "topic create t partitions=4 rf=3",
                                "advance 1s", "consumer add c1 topic=t group=g group.instance.id=host-1 session.timeout.ms=30s",
                                "consumer add c2 topic=t group=g group.instance.id=host-2 session.timeout.ms=30s",
                                "advance 10s", "consumer kill c1", "advance 10s",
                                "consumer add c1 topic=t group=g group.instance.id=host-1 session.timeout.ms=30s",
                                "advance 5s"}),
                         seed);
            REQUIRE_CLEAN(*r);
            ks::ClusterSnapshot s = r->snapshot();
            QCOMPARE(s.group("g")->generation, 1);
            QCOMPARE(s.group("g")->rebalances.size(), std::size_t(1));
            QCOMPARE(show(assignment(s, "g", "c1")), QStringLiteral("[t-0, t-1]"));
            QCOMPARE(s.consumer("c1")->partitions.size(), std::size_t(2));
            // A dynamic member's restart is a new member: the rebalance it starts waits for the old
            // member's session.timeout.ms (45 s) to remove it.
            QVERIFY(r->more("consumer add c3 topic=t group=g\nadvance 10s\nconsumer kill c3\n"
                            "consumer add c3 topic=t group=g\nadvance 10s"));
            s = r->snapshot();
            QCOMPARE(s.group("g")->generation, 2);
            QCOMPARE(s.group("g")->state, std::string("PreparingRebalance"));
            QVERIFY(r->more("advance 40s"));
            s = r->snapshot();
            QCOMPARE(s.group("g")->generation, 3);
            QCOMPARE(s.group("g")->members.size(), std::size_t(3));
            // Past session.timeout.ms the static member is gone and the group rebalances.
            QVERIFY(r->more("consumer kill c2\nadvance 40s"));
            s = r->snapshot();
            QCOMPARE(s.group("g")->generation, 4);
            QCOMPARE(s.group("g")->members.size(), std::size_t(2));
            QVERIFY(s.group("g")->memberByClient("c2") == nullptr);
            QCOMPARE(assignment(s, "g", "c1").size() + assignment(s, "g", "c3").size(), std::size_t(4));
        }
    }

    void autoOffsetReset_data() {
        QTest::addColumn<QString>("reset");
        QTest::addColumn<qint64>("processedFirst");
        QTest::addColumn<qint64>("processedLater");
        QTest::addColumn<bool>("error");
        QTest::newRow("earliest") << "earliest" << qint64(10) << qint64(15) << false;
        QTest::newRow("latest") << "latest" << qint64(0) << qint64(5) << false;
        QTest::newRow("none") << "none" << qint64(0) << qint64(0) << true;
    }
    void autoOffsetReset() {
        QFETCH(QString, reset);
        QFETCH(qint64, processedFirst);
        QFETCH(qint64, processedLater);
        QFETCH(bool, error);
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            auto r = run(lines({"cluster brokers=3", "config set offsets.topic.num.partitions=3", "topic create t partitions=1 rf=3",
                                "produce t count=10 value=x", "advance 1s"}) +
                             "consumer add c1 topic=t group=g auto.offset.reset=" + reset.toStdString() + "\nadvance 10s\n",
                         seed);
            REQUIRE_CLEAN(*r);
            ks::ClusterSnapshot s = r->snapshot();
            QCOMPARE(s.consumer("c1")->processed, processedFirst);
            QCOMPARE(s.consumer("c1")->partitions.size(), std::size_t(1));
            QCOMPARE(!s.consumer("c1")->partitions.front().error.empty(), error);
            QVERIFY(r->more("produce t count=5 value=y\nadvance 3s"));
            s = r->snapshot();
            QCOMPARE(s.consumer("c1")->processed, processedLater);
            // A committed offset wins over auto.offset.reset: a new member resumes where c1 stopped.
            if (!error) {
                QVERIFY(r->more("consumer remove c1\nadvance 2s\nconsumer add c2 topic=t group=g auto.offset.reset=" +
                                reset.toStdString() + "\nproduce t count=3 value=z\nadvance 10s"));
                s = r->snapshot();
                QCOMPARE(s.consumer("c2")->processed, qint64(3));
                QCOMPARE(s.group("g")->partition({"t", 0})->committed, ks::Offset(18));
            }
        }
    }

    // A consumer dies in the middle of a batch. Committing after processing, its successor processes
    // again what it had processed since its last commit (at-least-once); committing before
    // processing, its successor starts after records nobody processed (at-most-once).
    void deliverySemantics_data() {
        QTest::addColumn<QString>("commit");
        QTest::addColumn<bool>("duplicates");
        QTest::addColumn<bool>("skipped");
        QTest::newRow("after processing") << "after" << true << false;
        QTest::newRow("before processing") << "before" << false << true;
        QTest::newRow("auto-commit") << "none" << true << false;
    }
    void deliverySemantics() {
        QFETCH(QString, commit);
        QFETCH(bool, duplicates);
        QFETCH(bool, skipped);
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            const std::string options = " topic=t group=g auto.offset.reset=earliest processing.ms=300ms max.poll.records=10" +
                                        (commit == "none" ? std::string(" enable.auto.commit=true auto.commit.interval.ms=4s")
                                                          : " commit=" + commit.toStdString());
            auto r = run(lines({"cluster brokers=3", "config set offsets.topic.num.partitions=3", "topic create t partitions=1 rf=3",
                                "produce t count=60 value=x", "advance 1s"}) +
                             "consumer add c1" + options + " session.timeout.ms=10s\nconsumer add c2" + options +
                             "\nadvance 14150ms\nconsumer kill c1\nadvance 60s\n",
                         seed);
            REQUIRE_CLEAN(*r);
            const ks::ClusterSnapshot snap = r->snapshot();
            const ks::GroupSnapshot& g = *snap.group("g");
            QCOMPARE(g.partition({"t", 0})->committed, ks::Offset(60));
            QCOMPARE(g.duplicates > 0, duplicates);
            QCOMPARE(g.skipped > 0, skipped);
            QCOMPARE(g.partition({"t", 0})->processed, 60 + g.duplicates - g.skipped);
        }
    }

    void twoGroupsReadIndependently() {
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            auto r = run(lines({"cluster brokers=3", "topic create t partitions=3 rf=3", "produce t count=30 value=x", "advance 1s",
                                "consumer add a1 topic=t group=billing auto.offset.reset=earliest",
                                "consumer add a2 topic=t group=billing auto.offset.reset=earliest",
                                "consumer add b1 topic=t group=search auto.offset.reset=earliest", "advance 15s",
                                "consumer kill a1", "consumer kill a2", "produce t count=30 value=y", "advance 10s"}),
                         seed);
            REQUIRE_CLEAN(*r);
            const ks::ClusterSnapshot s = r->snapshot();
            QCOMPARE(s.group("billing")->processed, std::int64_t(30));
            QCOMPARE(s.group("billing")->lag, std::int64_t(30));
            QCOMPARE(s.group("search")->processed, std::int64_t(60));
            QCOMPARE(s.group("search")->lag, std::int64_t(0));
            QCOMPARE(assignment(s, "search", "b1").size(), std::size_t(3));
            auto committed = [&](const char* group) {
                ks::Offset sum = 0;
                for (const auto& p : s.group(group)->partitions) sum += std::max<ks::Offset>(0, p.committed);
                return sum;
            };
            QCOMPARE(committed("billing"), ks::Offset(30));
            QCOMPARE(committed("search"), ks::Offset(60));
            QCOMPARE(s.groups.size(), std::size_t(2));
        }
    }

    // A consumer that spends longer than max.poll.interval.ms on one batch leaves the group; its
    // commit fails, and its partition's next owner processes the batch again.
    void stuckConsumerIsRemoved() {
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            auto r = run(lines({"cluster brokers=3", "config set offsets.topic.num.partitions=3", "topic create t partitions=2 rf=3",
                                "produce t partition=0 count=20 value=x", "produce t partition=1 count=20 value=y", "advance 1s",
                                "consumer add slow topic=t group=g auto.offset.reset=earliest processing.ms=2s "
                                "max.poll.records=10 max.poll.interval.ms=10s commit=after",
                                "consumer add fast topic=t group=g auto.offset.reset=earliest commit=after", "advance 24s"}),
                         seed);
            REQUIRE_CLEAN(*r);
            ks::ClusterSnapshot s = r->snapshot();
            QVERIFY(s.group("g")->memberByClient("slow") == nullptr);
            QCOMPARE(assignment(s, "g", "fast").size(), std::size_t(2));
            QVERIFY(r->more("advance 30s"));
            s = r->snapshot();
            QVERIFY(s.consumer("slow")->commitFailures >= 1);
            QVERIFY(s.group("g")->duplicates >= 1);
            QCOMPARE(s.group("g")->skipped, std::int64_t(0));
        }
    }

    void seekMovesThePosition() {
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            auto r = run(lines({"cluster brokers=3", "config set offsets.topic.num.partitions=3", "topic create t partitions=1 rf=3",
                                "produce t count=10 value=early", "advance 5s", "produce t count=10 value=late", "advance 1s",
                                "consumer add c1 topic=t group=g auto.offset.reset=earliest", "advance 10s"}),
                         seed);
            REQUIRE_CLEAN(*r);
            QCOMPARE(r->snapshot().consumer("c1")->processed, qint64(20));
            QVERIFY(r->more("consumer seek c1 t-0 15\nadvance 2s"));
            QCOMPARE(r->snapshot().consumer("c1")->processed, qint64(25));
            QVERIFY(r->more("consumer seek c1 t-0 beginning\nadvance 2s"));
            QCOMPARE(r->snapshot().consumer("c1")->processed, qint64(45));
            // The late records were produced after 6 s of simulated time: a seek to 4 s lands on them.
            QVERIFY(r->more("consumer seek c1 t-0 time=4s\nadvance 2s"));
            QCOMPARE(r->snapshot().consumer("c1")->processed, qint64(55));
            QVERIFY(r->more("consumer seek c1 t-0 time=1h\nadvance 2s\nconsumer commit c1\nadvance 1s"));
            QCOMPARE(r->snapshot().consumer("c1")->processed, qint64(55));
            QCOMPARE(r->snapshot().group("g")->partition({"t", 0})->committed, ks::Offset(20));
            QCOMPARE(r->snapshot().group("g")->duplicates, std::int64_t(35));
            QVERIFY(!r->more("consumer seek c1 t-0 99"));
            QVERIFY(!r->more("consumer seek c1 t-5 1"));
            QVERIFY(r->cluster().checker().violations().empty());
        }
    }

    // A consumer without a group reads the partitions it was given; one with a group only commits there.
    void standaloneConsumers() {
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            auto r = run(lines({"cluster brokers=3", "topic create t partitions=3 rf=3", "produce t partition=0 count=4 value=a",
                                "produce t partition=2 count=6 value=b", "advance 1s",
                                "consumer add all topic=t auto.offset.reset=earliest",
                                "consumer add one assign=[t-2] group=manual auto.offset.reset=earliest commit=after",
                                "advance 5s"}),
                         seed);
            REQUIRE_CLEAN(*r);
            const ks::ClusterSnapshot s = r->snapshot();
            QCOMPARE(s.consumer("all")->processed, qint64(10));
            QCOMPARE(s.consumer("all")->partitions.size(), std::size_t(3));
            QCOMPARE(s.consumer("one")->processed, qint64(6));
            QCOMPARE(QString::fromStdString(s.consumer("one")->memberState), QStringLiteral("standalone"));
            QCOMPARE(s.group("manual")->partition({"t", 2})->committed, ks::Offset(6));
            QCOMPARE(s.group("manual")->members.size(), std::size_t(0));
            QCOMPARE(QString::fromStdString(s.group("manual")->state), QStringLiteral("Empty"));
        }
    }

    void moreConsumersThanPartitionsLeavesIdleMembers() {
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            auto r = run(lines({"cluster brokers=3", "topic create t partitions=2 rf=3", "advance 1s", "consumer add c1 topic=t group=g",
                                "consumer add c2 topic=t group=g", "consumer add c3 topic=t group=g", "advance 10s"}),
                         seed);
            REQUIRE_CLEAN(*r);
            const ks::ClusterSnapshot snap = r->snapshot();
            const ks::GroupSnapshot& g = *snap.group("g");
            QCOMPARE(g.members.size(), std::size_t(3));
            const auto idle = std::count_if(g.members.begin(), g.members.end(), [](const auto& m) { return m.idle; });
            QCOMPARE(idle, 1);
            QVERIFY(g.memberByClient("c3")->idle);
            QVERIFY(g.memberByClient("c3")->assignment.empty());
        }
    }

    // KIP-392: with replica.selector.class and client.rack, the leader sends the consumer to the
    // in-sync replica in its rack (brokers sit in az1, az2, az3).
    void fetchFromTheClosestReplica() {
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            auto r = run(lines({"cluster brokers=3",
                                "config set replica.selector.class=org.apache.kafka.common.replica.RackAwareReplicaSelector",
                                "topic create t partitions=3 rf=3", "produce t partition=0 count=5 value=a",
                                "produce t partition=1 count=5 value=b", "produce t partition=2 count=5 value=c", "advance 1s",
                                "consumer add c1 topic=t group=g auto.offset.reset=earliest client.rack=az2",
                                "consumer add c2 topic=t group=h auto.offset.reset=earliest", "advance 10s"}),
                         seed);
            REQUIRE_CLEAN(*r);
            const ks::ClusterSnapshot s = r->snapshot();
            QCOMPARE(s.consumer("c1")->processed, qint64(15));
            for (const ks::ConsumerPartitionSnapshot& p : s.consumer("c1")->partitions) QCOMPARE(p.readFrom, 2);
            for (const ks::ConsumerPartitionSnapshot& p : s.consumer("c2")->partitions)
                QCOMPARE(p.readFrom, s.partition(p.tp)->leader);
            QCOMPARE(s.group("g")->lag, std::int64_t(0));
        }
    }

    // Lag in records and in time: the oldest record the group has not consumed.
    void lagInOffsetsAndTime() {
        auto r = run(lines({"cluster brokers=3", "topic create t partitions=1 rf=3", "advance 1s",
                            "consumer add c1 topic=t group=g processing.ms=1s max.poll.records=1 commit=after", "advance 10s",
                            "produce t count=5 value=x", "advance 2500ms"}),
                     1);
        REQUIRE_CLEAN(*r);
        const ks::ClusterSnapshot snap = r->snapshot();
        const ks::GroupPartitionSnapshot& p = *snap.group("g")->partition({"t", 0});
        QCOMPARE(p.committed, ks::Offset(2));
        QCOMPARE(p.lag, std::int64_t(3));
        QVERIFY2(p.lagTime > ks::millis(2000) && p.lagTime < ks::millis(3000), std::to_string(p.lagTime).c_str());
    }

    void groupStatesAndErrorsInTheEventLog() {
        auto r = run(lines({"cluster brokers=3", "topic create t partitions=1 rf=3", "advance 1s",
                            "consumer add c1 topic=t group=g assignor=range",
                            "consumer add c2 topic=t group=g assignor=roundrobin", "advance 10s"}),
                     1);
        QCOMPARE(r->result.exitCode, 0);
        const ks::ClusterSnapshot s = r->snapshot();
        QCOMPARE(s.group("g")->members.size(), std::size_t(1));
        QVERIFY(!s.consumer("c1")->memberState.empty());
        const std::string failed = s.consumer(s.group("g")->members.front().clientId == "c1" ? "c2" : "c1")->memberState;
        QVERIFY2(failed.find("INCONSISTENT_GROUP_PROTOCOL") != std::string::npos, failed.c_str());
    }
};

QTEST_APPLESS_MAIN(TestConsumerGroups)
#include "test_consumer_groups.moc"

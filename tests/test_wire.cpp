// The wire tap: what the snapshot says is on the wire matches what the network carries (counts per
// link, kinds, partitions, lost messages), stays bounded however busy the wire is, and is the same in
// every run of a seed.
// The engine first: Qt defines `emit` as a macro, and the engine has methods of that name.
#include "cluster/cluster.h"
#include "cluster/wire_snapshot.h"
#include "sim/simulation.h"

#include <QtTest>

#include <map>
#include <memory>
#include <sstream>

using namespace ks;

namespace {

// A node that answers every ProduceRequest with a ProduceResponse and counts what it receives.
class Echo final : public Node {
public:
    explicit Echo(NodeId id) : id_(id) {}
    NodeId id() const override { return id_; }
    void start(NodeContext&) override {}
    void onMessage(NodeContext& ctx, NodeId from, Message message) override {
        ++received;
        if (const auto* produce = std::get_if<ProduceRequest>(&message))
            ctx.send(from, ProduceResponse{produce->correlationId, {}});
    }
    void onTimer(NodeContext&, std::uint64_t) override {}
    std::unique_ptr<Node> clone(CloneMap&) const override { return std::make_unique<Echo>(*this); }
    int received = 0;

private:
    NodeId id_;
};

ProduceRequest produceTo(const std::string& topic, int partition, CorrelationId id) {
    ProduceRequest request;
    request.correlationId = id;
    request.partitions.push_back(ProducePartitionData{TopicPartition{topic, partition}, nullptr});
    return request;
}

// `count` records with the value "v" from the default producer.
ProduceSpec records(const std::string& topic, std::int64_t count) {
    ProduceSpec spec;
    spec.topic = topic;
    spec.value = "v";
    spec.count = count;
    return spec;
}

const WireLinkSnapshot* linkOf(const WireSnapshot& wire, NodeId from, NodeId to) {
    for (const WireLinkSnapshot& l : wire.links)
        if (l.from == from && l.to == to) return &l;
    return nullptr;
}

int recent(const WireLinkSnapshot& link, const std::string& kind, bool lost = false) {
    for (const WireKindCount& k : link.recent)
        if (k.kind == kind) return lost ? k.lost : k.delivered;
    return 0;
}

std::string describe(const WireSnapshot& wire) {
    std::ostringstream out;
    out << "window " << wire.window << " in flight " << wire.inFlight << '\n';
    for (const WireLinkSnapshot& l : wire.links) {
        out << l.from << "->" << l.to << " " << l.inFlight;
        for (const WireKindCount& k : l.recent) out << " " << k.kind << ":" << k.delivered << "/" << k.lost;
        out << '\n';
    }
    for (const WireMessageSnapshot& m : wire.messages)
        out << m.from << "->" << m.to << " " << m.kind << " " << m.sentAt << ".." << m.deliverAt << (m.lost ? " lost " : " ")
            << m.partition.str() << "x" << m.partitions << '\n';
    return out.str();
}

Simulation& withEchoes(Simulation& sim) {
    sim.startNode(std::make_unique<Echo>(1));
    sim.startNode(std::make_unique<Echo>(2));
    return sim;
}

}  // namespace

class TestWire : public QObject {
    Q_OBJECT

private slots:
    void messagesInFlightAreListedWithTheirLink() {
        Simulation sim(7);
        withEchoes(sim);
        sim.act(1, [](NodeContext& ctx) {
            for (int i = 0; i < 3; ++i) ctx.send(2, produceTo("orders", i, i));
        });
        const WireSnapshot wire = wireSnapshot(sim.wire(), sim.now());
        QCOMPARE(wire.inFlight, 3);
        QCOMPARE(wire.links.size(), std::size_t{1});
        QCOMPARE(wire.links[0].from, 1);
        QCOMPARE(wire.links[0].to, 2);
        QCOMPARE(wire.links[0].inFlight, 3);
        QCOMPARE(wire.messages.size(), std::size_t{3});
        for (const WireMessageSnapshot& m : wire.messages) {
            QCOMPARE(m.kind, std::string("Produce"));
            QCOMPARE(m.category, WireCategory::Produce);
            QCOMPARE(m.sentAt, 0);
            QVERIFY(m.deliverAt >= 1000 && m.deliverAt <= 1200);   // latency 1 ms, jitter 0.2 ms
            QVERIFY(!m.lost);
            QCOMPARE(m.partition.topic, std::string("orders"));
            QCOMPARE(m.partitions, 1);
        }
        // Newest first: the last one sent carries partition 2.
        QCOMPARE(wire.messages.front().partition.partition, 2);
    }

    void deliveriesMoveFromInFlightToRecentCounts() {
        Simulation sim(7);
        withEchoes(sim);
        sim.act(1, [](NodeContext& ctx) {
            for (int i = 0; i < 3; ++i) ctx.send(2, produceTo("orders", 0, i));
        });
        // Every request arrived (latency at most 1.2 ms) and each answer is on its way back.
        sim.runUntil(1300);
        QCOMPARE(sim.nodeAs<Echo>(2)->received, 3);
        WireSnapshot wire = wireSnapshot(sim.wire(), sim.now());
        QCOMPARE(wire.inFlight, 3);
        QVERIFY(linkOf(wire, 1, 2));
        QCOMPARE(linkOf(wire, 1, 2)->inFlight, 0);
        QCOMPARE(recent(*linkOf(wire, 1, 2), "Produce"), 3);
        QVERIFY(linkOf(wire, 2, 1));
        QCOMPARE(linkOf(wire, 2, 1)->inFlight, 3);
        for (const WireMessageSnapshot& m : wire.messages) QCOMPARE(m.kind, std::string("ProduceResponse"));
        sim.runUntil(3000);
        QCOMPARE(sim.nodeAs<Echo>(1)->received, 3);
        wire = wireSnapshot(sim.wire(), sim.now());
        QCOMPARE(wire.inFlight, 0);
        QVERIFY(wire.messages.empty());
        QCOMPARE(recent(*linkOf(wire, 2, 1), "ProduceResponse"), 3);
        // The window is a second of simulated time: two seconds on, the links are quiet and gone.
        sim.runUntil(seconds(2));
        wire = wireSnapshot(sim.wire(), sim.now());
        QVERIFY(wire.links.empty());
        QVERIFY(wire.window > 0 && wire.window <= seconds(1));
    }

    void lostMessagesAreMarkedAndCounted() {
        Simulation sim(7);
        withEchoes(sim);
        sim.network().cut(1, 2);
        sim.act(1, [](NodeContext& ctx) { ctx.send(2, produceTo("orders", 0, 1)); });
        WireSnapshot wire = wireSnapshot(sim.wire(), sim.now());
        QCOMPARE(wire.inFlight, 0);
        QCOMPARE(wire.messages.size(), std::size_t{1});
        QVERIFY(wire.messages[0].lost);
        QCOMPARE(wire.messages[0].deliverAt, 1000);   // when it would have arrived: the link's latency
        QCOMPARE(recent(*linkOf(wire, 1, 2), "Produce", true), 1);
        sim.runUntil(2000);
        QCOMPARE(sim.nodeAs<Echo>(2)->received, 0);
        wire = wireSnapshot(sim.wire(), sim.now());
        QVERIFY(wire.messages.empty());
        QCOMPARE(recent(*linkOf(wire, 1, 2), "Produce", true), 1);
    }

    void theListIsBoundedButTheCountsAreNot() {
        Simulation sim(7);
        withEchoes(sim);
        sim.act(1, [](NodeContext& ctx) {
            for (int i = 0; i < 1000; ++i) ctx.send(2, produceTo("orders", 0, i));
        });
        const WireSnapshot wire = wireSnapshot(sim.wire(), sim.now());
        QCOMPARE(wire.inFlight, 1000);
        QCOMPARE(wire.messages.size(), WireSnapshot::kMaxMessages);
        QCOMPARE(wire.links[0].inFlight, 1000);
    }

    // In a running cluster (brokers fetching, controllers heartbeating, a producer writing), every
    // link's count is the number of its messages the list holds, the list is ordered newest first and
    // every message listed is really in flight at the snapshot's time.
    void aRunningClusterListsWhatItsLinksCount() {
        ClusterSpec spec;
        spec.seed = 11;
        Cluster cluster(spec);
        cluster.advance(seconds(3));
        QVERIFY(cluster.createTopic("orders", 3, 3, {}).ok());
        bool heartbeats = false;
        for (int step = 0; step < 40; ++step) {
            cluster.produce(records("orders", 5), "p");
            cluster.advance(millis(7 + step * 13));
            const ClusterSnapshot snap = cluster.snapshot();
            const WireSnapshot& wire = snap.wire;
            QVERIFY(wire.inFlight < static_cast<std::int64_t>(WireSnapshot::kMaxMessages));
            std::map<std::pair<NodeId, NodeId>, std::int64_t> listed;
            std::int64_t total = 0;
            SimTime previous = snap.time;
            for (const WireMessageSnapshot& m : wire.messages) {
                QVERIFY(m.sentAt <= snap.time && snap.time < m.deliverAt);
                QVERIFY(m.sentAt <= previous);
                previous = m.sentAt;
                if (m.lost) continue;
                ++listed[{m.from, m.to}];
                ++total;
            }
            QCOMPARE(total, wire.inFlight);
            std::int64_t linked = 0;
            for (const WireLinkSnapshot& l : wire.links) {
                QCOMPARE(l.inFlight, listed[std::pair(l.from, l.to)]);
                linked += l.inFlight;
            }
            QCOMPARE(linked, wire.inFlight);
            for (const WireLinkSnapshot& l : wire.links)
                for (const WireKindCount& k : l.recent)
                    if (k.kind == "BrokerHeartbeat" && k.delivered > 0) {
                        heartbeats = true;
                        QCOMPARE(k.category, WireCategory::Controller);
                    }
        }
        QVERIFY2(heartbeats, describe(cluster.snapshot().wire).c_str());
        const WireSnapshot wire = cluster.snapshot().wire;
        bool fetch = false;
        for (const WireLinkSnapshot& l : wire.links) fetch |= recent(l, "Fetch") > 0;
        QVERIFY2(fetch, describe(wire).c_str());
    }

    void sameSeedSameWire() {
        auto run = [] {
            ClusterSpec spec;
            spec.seed = 5;
            Cluster cluster(spec);
            cluster.advance(seconds(3));
            cluster.createTopic("orders", 3, 3, {});
            cluster.produce(records("orders", 20), "p");
            cluster.advance(millis(1503));
            return describe(cluster.snapshot().wire);
        };
        const std::string first = run();
        QCOMPARE(run(), first);
        QVERIFY(first.find("->") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "test_wire.moc"

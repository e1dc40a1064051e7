// The seeded random streams and the simulated network built on them: reproducible numbers, streams
// per purpose, bounds, and links with latency, jitter, loss, cuts and in-order delivery.
#include <QtTest>

#include <climits>
#include <vector>

#include "core/rng.h"
#include "sim/network.h"

using namespace ks;

namespace {

std::vector<std::uint64_t> draws(Rng rng, int n) {
    std::vector<std::uint64_t> out;
    for (int i = 0; i < n; ++i) out.push_back(rng.next());
    return out;
}

// When each of `n` messages sent on from -> to, `gap` microseconds apart, arrives (kNever: lost).
std::vector<SimTime> sendMany(Network& net, NodeId from, NodeId to, int n, SimTime gap = 10) {
    std::vector<SimTime> out;
    for (int i = 0; i < n; ++i) out.push_back(net.deliveryTime(from, to, i * gap));
    return out;
}

int lost(const std::vector<SimTime>& arrivals) {
    int n = 0;
    for (SimTime t : arrivals) n += t == kNever;
    return n;
}

LinkConfig linkOf(SimTime latency, SimTime jitter, double loss = 0.0) {
    LinkConfig c;
    c.latency = latency;
    c.jitter = jitter;
    c.loss = loss;
    return c;
}

}  // namespace

class TestRngNetwork : public QObject {
    Q_OBJECT

private slots:
    void sameSeedSameSequence() {
        QVERIFY(draws(Rng(42), 1000) == draws(Rng(42), 1000));
        QVERIFY(draws(Rng(0), 1000) == draws(Rng(0), 1000));
        const auto a = draws(Rng(42), 100);
        const auto b = draws(Rng(43), 100);
        int same = 0;
        for (std::size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
        QCOMPARE(same, 0);
    }

    void sequenceIsNotConstant() {
        const auto a = draws(Rng(7), 100);
        for (std::size_t i = 1; i < a.size(); ++i) QVERIFY(a[i] != a[i - 1]);
    }

    void derivedStreamsAreReproducibleAndDistinct() {
        QVERIFY(draws(Rng::derive(7, 3), 500) == draws(Rng::derive(7, 3), 500));
        const auto s1 = draws(Rng::derive(7, 1), 50);
        const auto s2 = draws(Rng::derive(7, 2), 50);
        const auto otherSeed = draws(Rng::derive(8, 1), 50);
        const auto base = draws(Rng(7), 50);
        for (std::size_t i = 0; i < s1.size(); ++i) {
            QVERIFY(s1[i] != s2[i]);
            QVERIFY(s1[i] != otherSeed[i]);
            QVERIFY(s1[i] != base[i]);
        }
        QVERIFY(draws(Rng::derive(7, 0), 50) != base);
        QVERIFY(draws(Rng::derive(0, 0), 50) != draws(Rng::derive(0, 1), 50));
    }

    void drawingFromOneStreamLeavesAnotherAlone() {
        Rng a = Rng::derive(99, 1);
        const auto expected = draws(Rng::derive(99, 2), 20);
        for (int i = 0; i < 1000; ++i) a.next();
        QVERIFY(draws(Rng::derive(99, 2), 20) == expected);
    }

    void belowStaysBelowAndCoversTheRange() {
        Rng rng(2024);
        std::vector<int> hits(6, 0);
        for (int i = 0; i < 6000; ++i) {
            const std::uint64_t v = rng.below(6);
            QVERIFY(v < 6);
            ++hits[v];
        }
        for (int count : hits) QVERIFY2(count > 850 && count < 1150, qPrintable(QString::number(count)));
        QCOMPARE(rng.below(0), std::uint64_t(0));
        QCOMPARE(rng.below(1), std::uint64_t(0));
        const std::uint64_t huge = (std::uint64_t(1) << 63) + 12345;
        bool upperHalf = false;
        for (int i = 0; i < 200; ++i) {
            const std::uint64_t v = rng.below(huge);
            QVERIFY(v < huge);
            upperHalf = upperHalf || v >= (std::uint64_t(1) << 62);
        }
        QVERIFY(upperHalf);
    }

    void betweenIsInclusiveOnBothEnds() {
        Rng rng(5);
        bool low = false;
        bool high = false;
        for (int i = 0; i < 2000; ++i) {
            const std::int64_t v = rng.between(-3, 3);
            QVERIFY2(v >= -3 && v <= 3, qPrintable(QString::number(v)));
            low = low || v == -3;
            high = high || v == 3;
        }
        QVERIFY(low);
        QVERIFY(high);
        QCOMPARE(rng.between(5, 5), std::int64_t(5));
        for (int i = 0; i < 100; ++i) {
            const std::int64_t v = rng.between(1000, 1200);
            QVERIFY(v >= 1000 && v <= 1200);
        }
    }

    void unitAndChance() {
        Rng rng(3);
        double sum = 0;
        for (int i = 0; i < 10000; ++i) {
            const double u = rng.unit();
            QVERIFY(u >= 0.0 && u < 1.0);
            sum += u;
        }
        QVERIFY(sum / 10000 > 0.48 && sum / 10000 < 0.52);
        for (int i = 0; i < 1000; ++i) {
            QVERIFY(!rng.chance(0.0));
            QVERIFY(rng.chance(1.0));
        }
    }

    void deliveryTakesLatencyPlusJitter() {
        Network net(1);
        net.setDefaults(linkOf(1000, 200));
        bool jittered = false;
        for (int i = 0; i < 200; ++i) {
            const SimTime now = SimTime(i) * 10000;
            const SimTime at = net.deliveryTime(1, 2, now);
            QVERIFY(at >= now + 1000 && at <= now + 1200);
            jittered = jittered || at != now + 1000;
        }
        QVERIFY(jittered);
        QCOMPARE(net.deliveryTime(4, 4, 777), SimTime(777));
    }

    void jitterCoversZeroToJitterInclusive() {
        Network net(1);
        net.setDefaults(linkOf(1000, 3));
        std::vector<int> hits(4, 0);
        for (int i = 0; i < 400; ++i) {
            const SimTime now = SimTime(i) * 10000;
            const SimTime extra = net.deliveryTime(1, 2, now) - now - 1000;
            QVERIFY2(extra >= 0 && extra <= 3, qPrintable(QString::number(extra)));
            ++hits[static_cast<std::size_t>(extra)];
        }
        for (int count : hits) QVERIFY(count > 0);
    }

    void latencyOverridePerDirectedLink() {
        Network net(1);
        net.setDefaults(linkOf(1000, 0));
        net.setLink(1, 2, linkOf(5000, 0));
        QCOMPARE(net.link(1, 2).latency, SimTime(5000));
        QCOMPARE(net.link(2, 1).latency, SimTime(1000));
        QCOMPARE(net.deliveryTime(1, 2, 100), SimTime(5100));
        QCOMPARE(net.deliveryTime(2, 1, 100), SimTime(1100));
        QCOMPARE(net.deliveryTime(1, 3, 100), SimTime(1100));
        net.setDefaults(linkOf(300, 0));
        QCOMPARE(net.deliveryTime(2, 1, 20000), SimTime(20300));
        QCOMPARE(net.deliveryTime(1, 2, 20000), SimTime(25000));
    }

    void cutOneWay() {
        Network net(1);
        net.cut(1, 2);
        QVERIFY(net.isCut(1, 2));
        QVERIFY(!net.isCut(2, 1));
        QCOMPARE(net.deliveryTime(1, 2, 0), kNever);
        QVERIFY(net.deliveryTime(2, 1, 0) != kNever);
        QVERIFY(net.deliveryTime(1, 3, 0) != kNever);
        net.heal(1, 2);
        QVERIFY(!net.isCut(1, 2));
        QVERIFY(net.deliveryTime(1, 2, 10) != kNever);
    }

    void cutBothWays() {
        Network net(1);
        net.cut(1, 2);
        net.cut(2, 1);
        QCOMPARE(net.deliveryTime(1, 2, 0), kNever);
        QCOMPARE(net.deliveryTime(2, 1, 0), kNever);
        QCOMPARE(net.cuts().size(), std::size_t(2));
        net.heal(1, 2);
        QVERIFY(net.deliveryTime(1, 2, 0) != kNever);
        QCOMPARE(net.deliveryTime(2, 1, 0), kNever);
    }

    void isolateCutsEveryLinkOfTheNode() {
        Network net(1);
        net.isolate(3);
        for (NodeId other : {1, 2, 101, 1001}) {
            QVERIFY(net.isCut(3, other));
            QVERIFY(net.isCut(other, 3));
            QCOMPARE(net.deliveryTime(3, other, 0), kNever);
            QCOMPARE(net.deliveryTime(other, 3, 0), kNever);
        }
        QVERIFY(!net.isCut(1, 2));
        QVERIFY(net.deliveryTime(1, 2, 0) != kNever);
    }

    void healAllRestoresEverything() {
        Network net(1);
        net.cut(1, 2);
        net.cut(2, 1);
        net.cut(5, 6);
        net.isolate(3);
        net.healAll();
        QVERIFY(net.cuts().empty());
        QVERIFY(net.isolated().empty());
        const std::vector<std::pair<NodeId, NodeId>> links{{1, 2}, {2, 1}, {5, 6}, {3, 1}, {1, 3}};
        for (const auto& [from, to] : links) {
            QVERIFY(!net.isCut(from, to));
            QVERIFY(net.deliveryTime(from, to, 0) != kNever);
        }
    }

    void linkDeliversInOrderDespiteJitter() {
        Network net(9);
        net.setDefaults(linkOf(1000, 5000));
        const std::vector<SimTime> arrivals = sendMany(net, 1, 2, 2000);
        bool jittered = false;
        for (std::size_t i = 0; i < arrivals.size(); ++i) {
            const SimTime sent = SimTime(i) * 10;
            QVERIFY(arrivals[i] >= sent + 1000);
            jittered = jittered || arrivals[i] > sent + 1000;
            if (i > 0) QVERIFY2(arrivals[i] >= arrivals[i - 1], qPrintable(QStringLiteral("message %1").arg(i)));
        }
        QVERIFY(jittered);
    }

    void linkDeliversInOrderWhenItsLatencyDrops() {
        Network net(9);
        net.setDefaults(linkOf(1000, 0));
        net.setLink(1, 2, linkOf(100000, 0));
        QCOMPARE(net.deliveryTime(1, 2, 0), SimTime(100000));
        net.setLink(1, 2, linkOf(10, 0));
        QCOMPARE(net.deliveryTime(1, 2, 1), SimTime(100000));
        QCOMPARE(net.deliveryTime(2, 1, 1), SimTime(1001));
        QCOMPARE(net.deliveryTime(1, 3, 1), SimTime(1001));
        QCOMPARE(net.deliveryTime(1, 2, 200000), SimTime(200010));
    }

    void lossIsRoughlyItsProbabilityAndReproducible() {
        Network a(2024);
        a.setDefaults(linkOf(1000, 0, 0.3));
        const auto first = sendMany(a, 1, 2, 10000);
        const int dropped = lost(first);
        QVERIFY2(dropped > 2800 && dropped < 3200, qPrintable(QString::number(dropped)));

        Network b(2024);
        b.setDefaults(linkOf(1000, 0, 0.3));
        QVERIFY(sendMany(b, 1, 2, 10000) == first);

        Network c(2025);
        c.setDefaults(linkOf(1000, 0, 0.3));
        QVERIFY(sendMany(c, 1, 2, 10000) != first);
        QVERIFY(sendMany(a, 2, 1, 10000) != sendMany(b, 1, 3, 10000));
    }

    void oppositeDirectionsDrawDifferentStreams() {
        Network net(5);
        net.setDefaults(linkOf(1000, 0, 0.5));
        QVERIFY(sendMany(net, 1, 2, 200) != sendMany(net, 2, 1, 200));
        QVERIFY(sendMany(net, 3, 7, 200) != sendMany(net, 7, 3, 200));
    }

    void noLossAndCertainLoss() {
        Network net(4);
        net.setDefaults(linkOf(1000, 200, 0.0));
        net.setLink(1, 2, linkOf(1000, 200, 1.0));
        QCOMPARE(lost(sendMany(net, 1, 2, 1000)), 1000);
        QCOMPARE(lost(sendMany(net, 2, 1, 1000)), 0);
    }

    void eachLinkHasItsOwnStream() {
        Network alone(77);
        alone.setDefaults(linkOf(1000, 500, 0.2));
        const auto expected = sendMany(alone, 1, 2, 300);

        Network busy(77);
        busy.setDefaults(linkOf(1000, 500, 0.2));
        std::vector<SimTime> got;
        for (int i = 0; i < 300; ++i) {
            busy.deliveryTime(1, 3, i * 10);
            busy.deliveryTime(2, 1, i * 10);
            got.push_back(busy.deliveryTime(1, 2, i * 10));
        }
        QVERIFY(got == expected);
    }

    // Ranges wider than INT64_MAX: hi - lo does not fit in an int64, and [INT64_MIN, INT64_MAX] has
    // 2^64 values. Last in this suite because a failure here may be a crash (division by zero).
    void betweenOverRangesWiderThanInt64() {
        Rng rng(11);
        bool lowHalf = false;
        for (int i = 0; i < 64; ++i) {
            const std::int64_t v = rng.between(-1, INT64_MAX);
            QVERIFY(v >= -1);
            lowHalf = lowHalf || v < (INT64_MAX / 2);
        }
        QVERIFY(lowHalf);
        bool negative = false;
        bool positive = false;
        for (int i = 0; i < 64; ++i) {
            const std::int64_t v = rng.between(INT64_MIN, INT64_MAX);
            negative = negative || (v < 0 && v != INT64_MIN);
            positive = positive || v > 0;
        }
        QVERIFY(negative);
        QVERIFY(positive);
    }
};

QTEST_APPLESS_MAIN(TestRngNetwork)
#include "test_rng_network.moc"

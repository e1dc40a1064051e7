// The partition assignors against the examples in Kafka's documentation, the records the group
// coordinator stores in __consumer_offsets, Kafka's partitionFor, and the group ledger's checks.
#include "check/group_ledger.h"
#include "group/assignors.h"
#include "group/group_records.h"

#include <QtTest>

#include <set>

namespace {

using ks::AssignorMember;
using ks::GroupAssignment;
using ks::TopicPartition;

TopicPartition tp(const char* topic, int p) { return TopicPartition{topic, p}; }

AssignorMember member(const std::string& id, std::vector<std::string> topics, std::vector<TopicPartition> owned = {},
                      std::int32_t generation = -1) {
    AssignorMember m;
    m.memberId = id;
    m.topics = std::move(topics);
    m.owned = std::move(owned);
    m.ownedGeneration = generation;
    return m;
}

std::vector<TopicPartition> sorted(std::vector<TopicPartition> v) {
    std::sort(v.begin(), v.end());
    return v;
}

QString show(const std::vector<TopicPartition>& v) { return QString::fromStdString(ks::formatPartitions(v)); }

std::size_t total(const GroupAssignment& a) {
    std::size_t n = 0;
    for (const auto& [m, parts] : a) n += parts.size();
    return n;
}

bool disjoint(const GroupAssignment& a) {
    std::set<TopicPartition> seen;
    for (const auto& [m, parts] : a)
        for (const auto& p : parts)
            if (!seen.insert(p).second) return false;
    return true;
}

}  // namespace

class TestAssignors : public QObject {
    Q_OBJECT

private slots:
    // Kafka's RangeAssignor javadoc: C0 and C1 subscribe to t0 and t1, three partitions each.
    void rangeAssignsConsecutiveRangesPerTopic() {
        const auto a = ks::assignRange({member("C0-x", {"t0", "t1"}), member("C1-x", {"t0", "t1"})}, {{"t0", 3}, {"t1", 3}});
        QCOMPARE(show(a.at("C0-x")), show({tp("t0", 0), tp("t0", 1), tp("t1", 0), tp("t1", 1)}));
        QCOMPARE(show(a.at("C1-x")), show({tp("t0", 2), tp("t1", 2)}));
    }

    // Kafka's RoundRobinAssignor javadoc, same subscriptions.
    void roundRobinDealsPartitionsInTurn() {
        const auto a = ks::assignRoundRobin({member("C1-x", {"t0", "t1"}), member("C0-x", {"t0", "t1"})},
                                            {{"t0", 3}, {"t1", 3}});
        QCOMPARE(show(a.at("C0-x")), show({tp("t0", 0), tp("t0", 2), tp("t1", 1)}));
        QCOMPARE(show(a.at("C1-x")), show({tp("t0", 1), tp("t1", 0), tp("t1", 2)}));
    }

    // Only subscribers get a topic's partitions; the others skip it.
    void roundRobinSkipsMembersNotSubscribed() {
        const auto a = ks::assignRoundRobin({member("a", {"t0"}), member("b", {"t0", "t1"})}, {{"t0", 2}, {"t1", 2}});
        QCOMPARE(show(a.at("a")), show({tp("t0", 0)}));
        QCOMPARE(show(a.at("b")), show({tp("t0", 1), tp("t1", 0), tp("t1", 1)}));
    }

    void extraMembersGetNothing() {
        const auto a = ks::assignRange({member("c1-a", {"t"}), member("c2-a", {"t"}), member("c3-a", {"t"})}, {{"t", 2}});
        QCOMPARE(a.size(), std::size_t(3));
        QVERIFY(a.at("c3-a").empty());
        QCOMPARE(total(a), std::size_t(2));
    }

    // Static members come first, by group.instance.id, whatever their member ids.
    void staticMembersAreOrderedByInstanceId() {
        AssignorMember x = member("zzz-1", {"t"});
        x.groupInstanceId = "a-host";
        AssignorMember y = member("aaa-1", {"t"});
        const auto a = ks::assignRange({y, x}, {{"t", 2}});
        QCOMPARE(show(a.at("zzz-1")), show({tp("t", 0)}));
        QCOMPARE(show(a.at("aaa-1")), show({tp("t", 1)}));
    }

    // Kafka's StickyAssignor javadoc: three consumers over t0..t3 with two partitions each; when C1
    // leaves, C0 and C2 keep what they had and share C1's partitions.
    void stickyKeepsPartitionsWhereTheyWere() {
        const std::map<std::string, int> topics{{"t0", 2}, {"t1", 2}, {"t2", 2}, {"t3", 2}};
        const std::vector<std::string> all{"t0", "t1", "t2", "t3"};
        const auto first = ks::assignSticky({member("C0", all), member("C1", all), member("C2", all)}, topics);
        QCOMPARE(show(first.at("C0")), show({tp("t0", 0), tp("t1", 1), tp("t3", 0)}));
        QCOMPARE(show(first.at("C1")), show({tp("t0", 1), tp("t2", 0), tp("t3", 1)}));
        QCOMPARE(show(first.at("C2")), show({tp("t1", 0), tp("t2", 1)}));
        const auto second = ks::assignSticky({member("C0", all, first.at("C0"), 1), member("C2", all, first.at("C2"), 1)}, topics);
        QCOMPARE(show(second.at("C0")), show(sorted({tp("t0", 0), tp("t1", 1), tp("t3", 0), tp("t2", 0)})));
        QCOMPARE(show(second.at("C2")), show(sorted({tp("t1", 0), tp("t2", 1), tp("t0", 1), tp("t3", 1)})));
    }

    // A partition two members claim belongs to the one that owned it in the later generation.
    void stickyResolvesClaimsByGeneration() {
        const auto a = ks::assignSticky({member("a", {"t"}, {tp("t", 0)}, 3), member("b", {"t"}, {tp("t", 0)}, 5)}, {{"t", 2}});
        QCOMPARE(show(a.at("b")), show({tp("t", 0)}));
        QCOMPARE(show(a.at("a")), show({tp("t", 1)}));
    }

    void stickyBalancesDifferentSubscriptions() {
        const auto a = ks::assignSticky({member("a", {"t0", "t1"}, {tp("t0", 0), tp("t0", 1), tp("t0", 2), tp("t1", 0)}, 1),
                                         member("b", {"t0"})},
                                        {{"t0", 3}, {"t1", 1}});
        QVERIFY(disjoint(a));
        QCOMPARE(total(a), std::size_t(4));
        QCOMPARE(a.at("a").size(), std::size_t(2));
        QCOMPARE(a.at("b").size(), std::size_t(2));
        QVERIFY(std::find(a.at("a").begin(), a.at("a").end(), tp("t1", 0)) != a.at("a").end());
    }

    // KIP-429: a partition that moves is first only taken from its owner; the second round gives it.
    void cooperativeStickyHoldsBackMovingPartitions() {
        const std::map<std::string, int> topics{{"t", 6}};
        const auto round1 = ks::assignCooperativeSticky(
            {member("A", {"t"}, {tp("t", 0), tp("t", 1), tp("t", 2)}, 1), member("B", {"t"}, {tp("t", 3), tp("t", 4), tp("t", 5)}, 1),
             member("C", {"t"})},
            topics);
        QCOMPARE(show(round1.at("A")), show({tp("t", 0), tp("t", 1)}));
        QCOMPARE(show(round1.at("B")), show({tp("t", 3), tp("t", 4)}));
        QVERIFY(round1.at("C").empty());
        const auto round2 = ks::assignCooperativeSticky(
            {member("A", {"t"}, round1.at("A"), 2), member("B", {"t"}, round1.at("B"), 2), member("C", {"t"}, {}, 2)}, topics);
        QCOMPARE(show(round2.at("A")), show({tp("t", 0), tp("t", 1)}));
        QCOMPARE(show(round2.at("B")), show({tp("t", 3), tp("t", 4)}));
        QCOMPARE(show(round2.at("C")), show({tp("t", 2), tp("t", 5)}));
    }

    void everyAssignorAssignsEachPartitionOnce_data() {
        QTest::addColumn<QString>("assignor");
        for (const std::string& name : ks::assignorNames()) QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }
    void everyAssignorAssignsEachPartitionOnce() {
        QFETCH(QString, assignor);
        std::vector<AssignorMember> members;
        for (int i = 0; i < 7; ++i) members.push_back(member("m" + std::to_string(i), {"a", "b"}));
        const auto result = ks::assign(assignor.toStdString(), members, {{"a", 10}, {"b", 3}});
        QVERIFY(disjoint(result));
        QCOMPARE(total(result), std::size_t(13));
        for (const auto& [m, parts] : result) QVERIFY(parts.size() >= 1 && parts.size() <= 3);
    }

    void onlyCooperativeStickyIsCooperative() {
        QVERIFY(ks::supportsCooperative("cooperative-sticky"));
        QVERIFY(!ks::supportsCooperative("sticky"));
        QVERIFY(!ks::supportsCooperative("range"));
        QVERIFY(ks::isKnownAssignor("roundrobin"));
        QVERIFY(!ks::isKnownAssignor("fair"));
    }

    // Java's String.hashCode, and Kafka's Utils.abs for the one value Math.abs cannot flip.
    void offsetsPartitionIsKafkasPartitionFor() {
        QCOMPARE(ks::javaStringHash("hello"), 99162322);
        QCOMPARE(ks::javaStringHash(""), 0);
        QCOMPARE(ks::javaStringHash("\xC3\xA9"), 233);
        QCOMPARE(ks::javaStringHash("polygenelubricants"), INT32_MIN);
        QCOMPARE(ks::offsetsPartitionFor("polygenelubricants", 50), 0);
        QCOMPARE(ks::offsetsPartitionFor("hello", 50), 99162322 % 50);
        QCOMPARE(ks::offsetsPartitionFor("hello", 3), 99162322 % 3);
    }

    void groupRecordsRoundTrip() {
        ks::StoredGroup g;
        g.generation = 7;
        g.protocol = "cooperative-sticky";
        g.leader = "c1-0a";
        ks::StoredMember m;
        m.memberId = "c1-0a";
        m.groupInstanceId = "host 1";
        m.clientId = "c1";
        m.sessionTimeoutMs = 10000;
        m.rebalanceTimeoutMs = 20000;
        m.topics = {"orders", "pay,ments"};
        m.assignment = {tp("orders", 0), tp("my-topic", 12)};
        g.members.push_back(m);
        ks::StoredMember idle;
        idle.memberId = "c2-0b";
        idle.clientId = "c2";
        g.members.push_back(idle);
        const auto back = ks::decodeGroup(ks::encodeGroup(g));
        QVERIFY(back.has_value());
        QCOMPARE(back->generation, 7);
        QCOMPARE(QString::fromStdString(back->protocol), QStringLiteral("cooperative-sticky"));
        QCOMPARE(QString::fromStdString(back->leader), QStringLiteral("c1-0a"));
        QCOMPARE(back->members.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(back->members[0].groupInstanceId.value_or("")), QStringLiteral("host 1"));
        QCOMPARE(back->members[0].sessionTimeoutMs, 10000);
        QCOMPARE(back->members[0].topics.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(back->members[0].topics[1]), QStringLiteral("pay,ments"));
        QCOMPARE(show(back->members[0].assignment), show({tp("orders", 0), tp("my-topic", 12)}));
        QVERIFY(!back->members[1].groupInstanceId.has_value());
        QVERIFY(back->members[1].assignment.empty());
        QVERIFY(!ks::decodeGroup("generation x").has_value());
    }

    void groupRecordKeysParse() {
        const auto offset = ks::parseGroupRecordKey(ks::offsetKey("my:group", tp("a-b", 3)));
        QVERIFY(offset.has_value());
        QVERIFY(offset->kind == ks::GroupRecordKey::Kind::Offset);
        QCOMPARE(QString::fromStdString(offset->group), QStringLiteral("my:group"));
        QCOMPARE(QString::fromStdString(offset->tp.str()), QStringLiteral("a-b-3"));
        const auto group = ks::parseGroupRecordKey(ks::groupKey("g"));
        QVERIFY(group && group->kind == ks::GroupRecordKey::Kind::Group);
        QVERIFY(!ks::parseGroupRecordKey("nonsense").has_value());
        QVERIFY(!ks::parseGroupRecordKey("offset:g:no-partition-x").has_value());
    }

    void intervalSetCountsRepeatsAndGaps() {
        ks::IntervalSet s;
        QCOMPARE(s.add(0, 10), std::int64_t(0));
        QCOMPARE(s.add(20, 30), std::int64_t(0));
        QCOMPARE(s.firstMissing(0, 30), ks::Offset(10));
        QCOMPARE(s.add(5, 25), std::int64_t(10));
        QCOMPARE(s.ranges().size(), std::size_t(1));
        QCOMPARE(s.size(), std::int64_t(30));
        QCOMPARE(s.firstMissing(0, 30), ks::Offset(30));
        QCOMPARE(s.countIn(28, 40), std::int64_t(2));
        QCOMPARE(s.add(30, 31), std::int64_t(0));
        QCOMPARE(s.ranges().size(), std::size_t(1));
    }

    // The ledger's invariants fire on what breaks them, and only then.
    void ledgerReportsTwoOwnersInOneGeneration() {
        ks::GroupLedger ledger;
        std::vector<std::string> violations;
        const auto violate = [&](ks::Text invariant, ks::Text) { violations.push_back(invariant.str()); };
        const auto noEnd = [](const TopicPartition&) -> std::optional<ks::Offset> { return std::nullopt; };
        ledger.apply(ks::PartitionsAssigned{"g", "c1", "c1-a", 3, {tp("t", 0)}}, 0, noEnd, violate);
        ledger.apply(ks::PartitionsAssigned{"g", "c2", "c2-a", 4, {tp("t", 0)}}, 0, noEnd, violate);
        QVERIFY(violations.empty());
        ledger.apply(ks::PartitionsAssigned{"g", "c3", "c3-a", 4, {tp("t", 0)}}, 0, noEnd, violate);
        QCOMPARE(violations.size(), std::size_t(1));
        ks::GroupStabilized stable;
        stable.group = "g";
        stable.generation = 5;
        stable.assignment = {{"a", {tp("t", 1)}}, {"b", {tp("t", 1)}}};
        ledger.apply(stable, 0, noEnd, violate);
        QCOMPARE(violations.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(violations.back()),
                 QStringLiteral("each partition is owned by at most one member per group generation"));
    }

    void ledgerReportsCommitsPastTheLogEnd() {
        ks::GroupLedger ledger;
        int violations = 0;
        const auto violate = [&](ks::Text, ks::Text) { ++violations; };
        const auto endAt5 = [](const TopicPartition&) -> std::optional<ks::Offset> { return 5; };
        ledger.apply(ks::OffsetCommitApplied{"g", tp("t", 0), 5, 1}, 0, endAt5, violate);
        QCOMPARE(violations, 0);
        ledger.apply(ks::OffsetCommitApplied{"g", tp("t", 0), 6, 1}, 0, endAt5, violate);
        QCOMPARE(violations, 1);
    }

    void ledgerReportsSkippedRecordsOnlyForCommitsAfterProcessing() {
        ks::GroupLedger ledger;
        int violations = 0;
        const auto violate = [&](ks::Text, ks::Text) { ++violations; };
        const auto noEnd = [](const TopicPartition&) -> std::optional<ks::Offset> { return std::nullopt; };
        ledger.apply(ks::RecordsProcessed{"g", "c1", tp("t", 0), 0, 5}, 0, noEnd, violate);
        ledger.apply(ks::OffsetsCommitSent{"g", "c1", {{tp("t", 0), 5}}, ks::CommitKind::AfterProcessing}, 0, noEnd, violate);
        QCOMPARE(violations, 0);
        ledger.apply(ks::OffsetsCommitSent{"g", "c1", {{tp("t", 0), 8}}, ks::CommitKind::AfterProcessing}, 0, noEnd, violate);
        QCOMPARE(violations, 1);
        // Committed before processing: at-most-once declares them done, and counts them as skipped.
        ledger.apply(ks::OffsetsCommitSent{"g", "c1", {{tp("t", 0), 8}}, ks::CommitKind::BeforeProcessing}, 0, noEnd, violate);
        ledger.apply(ks::OffsetCommitApplied{"g", tp("t", 0), 8, 1}, 0, noEnd, violate);
        ledger.apply(ks::OffsetsCommitSent{"g", "c2", {{tp("t", 0), 8}}, ks::CommitKind::AfterProcessing}, 0, noEnd, violate);
        QCOMPARE(violations, 1);
        QCOMPARE(ledger.skipped("g"), std::int64_t(3));
        // A seek skips on purpose.
        ledger.apply(ks::PositionJumped{"g", "c2", tp("t", 0), 20}, 0, noEnd, violate);
        ledger.apply(ks::RecordsProcessed{"g", "c2", tp("t", 0), 20, 22}, 0, noEnd, violate);
        ledger.apply(ks::OffsetsCommitSent{"g", "c2", {{tp("t", 0), 22}}, ks::CommitKind::AfterProcessing}, 0, noEnd, violate);
        QCOMPARE(violations, 1);
        ledger.apply(ks::RecordsProcessed{"g", "c2", tp("t", 0), 21, 22}, 0, noEnd, violate);
        QCOMPARE(ledger.duplicates("g"), std::int64_t(1));
        QCOMPARE(ledger.processed("g"), std::int64_t(8));
    }
};

QTEST_APPLESS_MAIN(TestAssignors)
#include "test_assignors.moc"

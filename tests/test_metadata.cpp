// The metadata image replayed from KRaft-style records, the effective configs it answers, and the
// validation of config keys and values.
#include <QtTest>

#include "metadata/configs.h"
#include "metadata/image.h"
#include "metadata/records.h"

using namespace ks;

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QList<int> ids(const std::vector<BrokerId>& v) { return QList<int>(v.begin(), v.end()); }

// The error validateConfig gives, or "valid".
QString check(const std::string& name, const std::string& value, ConfigScope scope) {
    const auto error = validateConfig(name, value, scope);
    return error ? qs(error->str()) : QStringLiteral("valid");
}

bool isFenced(const MetadataImage& image, BrokerId id) { return image.brokers().at(id).fenced; }

TopicPartition tp(const char* topic, int partition) { return TopicPartition{topic, partition}; }

PartitionRecord partitionRecord(const char* topic, int partition, std::vector<BrokerId> replicas, BrokerId leader) {
    PartitionRecord r;
    r.tp = tp(topic, partition);
    r.replicas = replicas;
    r.isr = replicas;
    r.leader = leader;
    return r;
}

PartitionChangeRecord change(const char* topic, int partition, std::optional<BrokerId> leader,
                             std::optional<std::vector<BrokerId>> isr = std::nullopt) {
    PartitionChangeRecord r;
    r.tp = tp(topic, partition);
    r.leader = leader;
    r.isr = std::move(isr);
    return r;
}

ConfigRecord setConfig(const char* topic, const char* name, const char* value) {
    return ConfigRecord{topic, name, std::string(value)};
}

ConfigRecord deleteConfig(const char* topic, const char* name) { return ConfigRecord{topic, name, std::nullopt}; }

// An image with topic "orders" (id 5): orders-0 on [1, 2, 3] led by 1, orders-1 on [2, 3, 1] led by 2.
MetadataImage ordersImage() {
    MetadataImage image;
    image.apply(TopicRecord{"orders", 5});
    image.apply(partitionRecord("orders", 0, {1, 2, 3}, 1));
    image.apply(partitionRecord("orders", 1, {2, 3, 1}, 2));
    return image;
}

}  // namespace

class TestMetadata : public QObject {
    Q_OBJECT

private slots:
    void offsetCountsAppliedRecords() {
        MetadataImage image;
        QCOMPARE(image.offset(), Offset(-1));
        image.apply(RegisterBrokerRecord{1, 10});
        QCOMPARE(image.offset(), Offset(0));
        image.apply(FenceBrokerRecord{1, 3});
        image.apply(change("nope", 0, 1));
        QCOMPARE(image.offset(), Offset(2));
    }

    void brokersAreFencedAndUnfencedByEpoch() {
        MetadataImage image;
        image.apply(RegisterBrokerRecord{1, 10});
        QCOMPARE(image.brokers().size(), std::size_t(1));
        QCOMPARE(image.brokers().at(1).epoch, std::int64_t(10));
        QVERIFY(isFenced(image, 1));
        QVERIFY(!image.isUnfenced(1));

        image.apply(UnfenceBrokerRecord{1, 9});
        QVERIFY(isFenced(image, 1));
        image.apply(UnfenceBrokerRecord{1, 10});
        QVERIFY(image.isUnfenced(1));

        image.apply(FenceBrokerRecord{1, 9});
        QVERIFY(image.isUnfenced(1));
        image.apply(FenceBrokerRecord{1, 10});
        QVERIFY(!image.isUnfenced(1));
        image.apply(UnfenceBrokerRecord{1, 10});
        QVERIFY(image.isUnfenced(1));
    }

    void reRegistrationStartsFencedWithTheNewEpoch() {
        MetadataImage image;
        image.apply(RegisterBrokerRecord{2, 10});
        image.apply(UnfenceBrokerRecord{2, 10});
        image.apply(RegisterBrokerRecord{2, 14});
        QCOMPARE(image.brokers().at(2).epoch, std::int64_t(14));
        QVERIFY(!image.isUnfenced(2));
        image.apply(UnfenceBrokerRecord{2, 10});
        QVERIFY(!image.isUnfenced(2));
        image.apply(UnfenceBrokerRecord{2, 14});
        QVERIFY(image.isUnfenced(2));
        image.apply(FenceBrokerRecord{2, 10});
        QVERIFY(image.isUnfenced(2));
    }

    void recordsForUnknownBrokersAreIgnored() {
        MetadataImage image;
        image.apply(RegisterBrokerRecord{1, 1});
        image.apply(UnfenceBrokerRecord{7, 1});
        image.apply(FenceBrokerRecord{8, 1});
        QCOMPARE(image.brokers().size(), std::size_t(1));
        QVERIFY(!image.isUnfenced(7));
        QVERIFY(!image.isUnfenced(8));
    }

    void topicAndPartitionRecordsBuildTheTopic() {
        const MetadataImage image = ordersImage();
        const TopicImage* orders = image.topic("orders");
        QVERIFY(orders);
        QCOMPARE(qs(orders->name), QStringLiteral("orders"));
        QCOMPARE(orders->topicId, std::int64_t(5));
        QCOMPARE(orders->partitions.size(), std::size_t(2));
        const PartitionRegistration* p1 = image.partition(tp("orders", 1));
        QVERIFY(p1);
        QCOMPARE(ids(p1->replicas), (QList<int>{2, 3, 1}));
        QCOMPARE(ids(p1->isr), (QList<int>{2, 3, 1}));
        QCOMPARE(p1->leader, BrokerId(2));
        QCOMPARE(image.partition(tp("orders", 2)), nullptr);
        QCOMPARE(image.partition(tp("orders", -1)), nullptr);
        QCOMPARE(image.partition(tp("other", 0)), nullptr);
        QCOMPARE(image.topic("other"), nullptr);
    }

    void partitionChangeBumpsLeaderEpochOnlyWhenTheLeaderChanges() {
        MetadataImage image = ordersImage();
        const PartitionRegistration* p = image.partition(tp("orders", 0));
        QCOMPARE(p->leaderEpoch, LeaderEpoch(0));
        QCOMPARE(p->partitionEpoch, PartitionEpoch(0));

        image.apply(change("orders", 0, std::nullopt, std::vector<BrokerId>{1, 2}));
        p = image.partition(tp("orders", 0));
        QCOMPARE(ids(p->isr), (QList<int>{1, 2}));
        QCOMPARE(p->leader, BrokerId(1));
        QCOMPARE(p->leaderEpoch, LeaderEpoch(0));
        QCOMPARE(p->partitionEpoch, PartitionEpoch(1));

        image.apply(change("orders", 0, 1));
        p = image.partition(tp("orders", 0));
        QCOMPARE(p->leaderEpoch, LeaderEpoch(0));
        QCOMPARE(p->partitionEpoch, PartitionEpoch(2));

        image.apply(change("orders", 0, 2, std::vector<BrokerId>{2}));
        p = image.partition(tp("orders", 0));
        QCOMPARE(p->leader, BrokerId(2));
        QCOMPARE(ids(p->isr), (QList<int>{2}));
        QCOMPARE(ids(p->replicas), (QList<int>{1, 2, 3}));
        QCOMPARE(p->leaderEpoch, LeaderEpoch(1));
        QCOMPARE(p->partitionEpoch, PartitionEpoch(3));

        image.apply(change("orders", 0, kNoNode));
        p = image.partition(tp("orders", 0));
        QCOMPARE(p->leader, kNoNode);
        QCOMPARE(p->leaderEpoch, LeaderEpoch(2));
        QCOMPARE(p->partitionEpoch, PartitionEpoch(4));

        const PartitionRegistration* other = image.partition(tp("orders", 1));
        QCOMPARE(other->leader, BrokerId(2));
        QCOMPARE(other->leaderEpoch, LeaderEpoch(0));
        QCOMPARE(other->partitionEpoch, PartitionEpoch(0));
    }

    void partitionChangeForAnUnknownPartitionChangesNothing() {
        MetadataImage image = ordersImage();
        image.apply(change("orders", 5, 3));
        image.apply(change("missing", 0, 3));
        QCOMPARE(image.topic("orders")->partitions.size(), std::size_t(2));
        QCOMPARE(image.topic("missing"), nullptr);
        QCOMPARE(image.topics().size(), std::size_t(1));
    }

    void partitionRecordCarriesItsEpochs() {
        MetadataImage image;
        image.apply(TopicRecord{"t", 1});
        PartitionRecord r = partitionRecord("t", 0, {1, 2}, 2);
        r.leaderEpoch = 7;
        r.partitionEpoch = 9;
        image.apply(r);
        image.apply(change("t", 0, 1));
        QCOMPARE(image.partition(tp("t", 0))->leaderEpoch, LeaderEpoch(8));
        QCOMPARE(image.partition(tp("t", 0))->partitionEpoch, PartitionEpoch(10));
    }

    void removeTopicRecordRemovesTheTopicAndItsConfigs() {
        MetadataImage image = ordersImage();
        image.apply(TopicRecord{"audit", 6});
        image.apply(partitionRecord("audit", 0, {1}, 1));
        image.apply(setConfig("orders", "retention.ms", "1000"));
        QCOMPARE(qs(image.config("orders", "retention.ms")), QStringLiteral("1000"));

        image.apply(RemoveTopicRecord{"orders"});
        QCOMPARE(image.topic("orders"), nullptr);
        QCOMPARE(image.partition(tp("orders", 0)), nullptr);
        QCOMPARE(image.topics().size(), std::size_t(1));
        QVERIFY(image.topic("audit"));
        QVERIFY(image.partition(tp("audit", 0)));

        image.apply(TopicRecord{"orders", 7});
        QCOMPARE(image.topic("orders")->topicId, std::int64_t(7));
        QVERIFY(image.topic("orders")->partitions.empty());
        QVERIFY(image.topic("orders")->configs.empty());
        QCOMPARE(qs(image.config("orders", "retention.ms")), QStringLiteral("604800000"));
    }

    void configRecordsSetAndDelete() {
        MetadataImage image = ordersImage();
        image.apply(setConfig("", "log.retention.ms", "1000"));
        image.apply(setConfig("orders", "cleanup.policy", "compact"));
        QCOMPARE(qs(image.clusterConfigs().at("log.retention.ms")), QStringLiteral("1000"));
        QCOMPARE(qs(image.topic("orders")->configs.at("cleanup.policy")), QStringLiteral("compact"));

        image.apply(setConfig("", "log.retention.ms", "2000"));
        QCOMPARE(qs(image.clusterConfigs().at("log.retention.ms")), QStringLiteral("2000"));

        image.apply(deleteConfig("", "log.retention.ms"));
        image.apply(deleteConfig("orders", "cleanup.policy"));
        QVERIFY(image.clusterConfigs().empty());
        QVERIFY(image.topic("orders")->configs.empty());
        image.apply(deleteConfig("", "log.retention.ms"));
        QVERIFY(image.clusterConfigs().empty());
    }

    void configLookupPrecedence() {
        MetadataImage image = ordersImage();
        image.apply(TopicRecord{"audit", 6});
        QCOMPARE(qs(image.config("orders", "retention.ms")), QStringLiteral("604800000"));

        image.apply(setConfig("", "log.retention.ms", "1000"));
        QCOMPARE(qs(image.config("orders", "retention.ms")), QStringLiteral("1000"));

        image.apply(setConfig("orders", "retention.ms", "42"));
        QCOMPARE(qs(image.config("orders", "retention.ms")), QStringLiteral("42"));
        QCOMPARE(qs(image.config("audit", "retention.ms")), QStringLiteral("1000"));
        QCOMPARE(qs(image.config("nonexistent", "retention.ms")), QStringLiteral("1000"));

        image.apply(deleteConfig("orders", "retention.ms"));
        QCOMPARE(qs(image.config("orders", "retention.ms")), QStringLiteral("1000"));
        image.apply(deleteConfig("", "log.retention.ms"));
        QCOMPARE(qs(image.config("orders", "retention.ms")), QStringLiteral("604800000"));
    }

    // A topic config's cluster-wide value is set through its broker name only.
    void clusterValueComesFromTheBrokerSynonym() {
        MetadataImage image = ordersImage();
        image.apply(setConfig("", "retention.ms", "5"));
        QCOMPARE(qs(image.config("orders", "retention.ms")), QStringLiteral("604800000"));

        image.apply(setConfig("", "log.roll.ms", "60000"));
        QCOMPARE(qs(image.config("orders", "segment.ms")), QStringLiteral("60000"));
        image.apply(setConfig("", "log.segment.bytes", "1048576"));
        QCOMPARE(qs(image.config("orders", "segment.bytes")), QStringLiteral("1048576"));
        image.apply(setConfig("", "message.max.bytes", "2000000"));
        QCOMPARE(qs(image.config("orders", "max.message.bytes")), QStringLiteral("2000000"));

        image.apply(setConfig("", "min.insync.replicas", "2"));
        QCOMPARE(qs(image.config("orders", "min.insync.replicas")), QStringLiteral("2"));
        image.apply(setConfig("orders", "min.insync.replicas", "3"));
        QCOMPARE(qs(image.config("orders", "min.insync.replicas")), QStringLiteral("3"));
    }

    void brokerConfigsAndDefaults() {
        MetadataImage image;
        QCOMPARE(qs(image.config("", "replica.lag.time.max.ms")), QStringLiteral("30000"));
        QCOMPARE(qs(image.config("", "unclean.leader.election.enable")), QStringLiteral("false"));
        QCOMPARE(qs(image.config("", "min.insync.replicas")), QStringLiteral("1"));
        QCOMPARE(qs(image.config("", "cleanup.policy")), QStringLiteral("delete"));
        QCOMPARE(qs(image.config("", "retention.bytes")), QStringLiteral("-1"));
        image.apply(setConfig("", "replica.lag.time.max.ms", "10000"));
        QCOMPARE(qs(image.config("", "replica.lag.time.max.ms")), QStringLiteral("10000"));
        QCOMPARE(qs(image.config("", "no.such.config")), QString());
    }

    void findConfigByScope() {
        const ConfigDef* topic = findConfig("retention.ms", ConfigScope::Topic);
        QVERIFY(topic);
        QCOMPARE(qs(topic->brokerSynonym), QStringLiteral("log.retention.ms"));
        QCOMPARE(findConfig("log.retention.ms", ConfigScope::Broker), topic);
        QCOMPARE(findConfig("retention.ms", ConfigScope::Broker), nullptr);
        QCOMPARE(findConfig("log.retention.ms", ConfigScope::Topic), nullptr);
        QCOMPARE(findConfig("replica.lag.time.max.ms", ConfigScope::Topic), nullptr);
        QVERIFY(findConfig("replica.lag.time.max.ms", ConfigScope::Broker));
        QVERIFY(findConfig("min.insync.replicas", ConfigScope::Broker));
    }

    void validConfigsPass() {
        QCOMPARE(check("retention.ms", "1000", ConfigScope::Topic), QStringLiteral("valid"));
        QCOMPARE(check("retention.ms", "-1", ConfigScope::Topic), QStringLiteral("valid"));
        QCOMPARE(check("retention.ms", "3000000000", ConfigScope::Topic), QStringLiteral("valid"));
        QCOMPARE(check("log.retention.ms", "1000", ConfigScope::Broker), QStringLiteral("valid"));
        QCOMPARE(check("min.insync.replicas", "1", ConfigScope::Topic), QStringLiteral("valid"));
        QCOMPARE(check("min.insync.replicas", "2", ConfigScope::Broker), QStringLiteral("valid"));
        QCOMPARE(check("unclean.leader.election.enable", "true", ConfigScope::Topic), QStringLiteral("valid"));
        QCOMPARE(check("unclean.leader.election.enable", "false", ConfigScope::Topic), QStringLiteral("valid"));
        QCOMPARE(check("cleanup.policy", "compact", ConfigScope::Topic), QStringLiteral("valid"));
        QCOMPARE(check("cleanup.policy", "compact,delete", ConfigScope::Topic), QStringLiteral("valid"));
        QCOMPARE(check("auto.leader.rebalance.enable", "false", ConfigScope::Broker), QStringLiteral("valid"));
    }

    void unknownKeysAreNamed() {
        const QString topic = check("retention.msx", "1", ConfigScope::Topic);
        QVERIFY2(topic != QStringLiteral("valid"), qPrintable(topic));
        QVERIFY2(topic.contains(QStringLiteral("retention.msx")), qPrintable(topic));
        const QString broker = check("foo.bar", "1", ConfigScope::Broker);
        QVERIFY2(broker != QStringLiteral("valid"), qPrintable(broker));
        QVERIFY2(broker.contains(QStringLiteral("foo.bar")), qPrintable(broker));
        const QString brokerOnly = check("replica.lag.time.max.ms", "1", ConfigScope::Topic);
        QVERIFY2(brokerOnly != QStringLiteral("valid"), qPrintable(brokerOnly));
        QVERIFY2(brokerOnly.contains(QStringLiteral("replica.lag.time.max.ms")), qPrintable(brokerOnly));
        const QString synonym = check("log.retention.ms", "1", ConfigScope::Topic);
        QVERIFY2(synonym != QStringLiteral("valid"), qPrintable(synonym));
        QVERIFY2(synonym.contains(QStringLiteral("log.retention.ms")), qPrintable(synonym));
    }

    void topicKeyAtClusterScopeHintsAtItsBrokerName() {
        const QString retention = check("retention.ms", "1000", ConfigScope::Broker);
        QVERIFY2(retention != QStringLiteral("valid"), qPrintable(retention));
        QVERIFY2(retention.contains(QStringLiteral("'retention.ms'")), qPrintable(retention));
        QVERIFY2(retention.contains(QStringLiteral("log.retention.ms")), qPrintable(retention));
        const QString segment = check("segment.ms", "1000", ConfigScope::Broker);
        QVERIFY2(segment.contains(QStringLiteral("log.roll.ms")), qPrintable(segment));
    }

    void badNumbersAreRejected_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("broker");
        QTest::newRow("letters") << "retention.ms" << "abc" << false;
        QTest::newRow("trailing letters") << "retention.ms" << "12x" << false;
        QTest::newRow("empty") << "retention.ms" << "" << false;
        QTest::newRow("fraction") << "segment.bytes" << "1.5" << false;
        QTest::newRow("int overflow") << "segment.bytes" << "3000000000" << false;
        QTest::newRow("long overflow") << "retention.ms" << "99999999999999999999" << false;
        QTest::newRow("below -1") << "retention.ms" << "-2" << false;
        QTest::newRow("broker name") << "log.retention.ms" << "soon" << true;
        QTest::newRow("broker int") << "replica.fetch.max.bytes" << "1MB" << true;
    }
    void badNumbersAreRejected() {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, broker);
        const QString error =
            check(name.toStdString(), value.toStdString(), broker ? ConfigScope::Broker : ConfigScope::Topic);
        QVERIFY2(error != QStringLiteral("valid"), qPrintable(name + "=" + value));
        QVERIFY2(error.contains("'" + name + "'"), qPrintable(error));
    }

    void badBooleansAreRejected() {
        for (const char* value : {"yes", "1", "", "truee", "no"}) {
            const QString error = check("unclean.leader.election.enable", value, ConfigScope::Topic);
            QVERIFY2(error != QStringLiteral("valid"), value);
            QVERIFY2(error.contains(QStringLiteral("unclean.leader.election.enable")), qPrintable(error));
        }
        QVERIFY(check("auto.leader.rebalance.enable", "on", ConfigScope::Broker) != QStringLiteral("valid"));
    }

    void minInsyncReplicasMustBeAtLeastOne() {
        for (ConfigScope scope : {ConfigScope::Topic, ConfigScope::Broker}) {
            const QString zero = check("min.insync.replicas", "0", scope);
            QVERIFY2(zero != QStringLiteral("valid") && zero.contains(QStringLiteral("min.insync.replicas")),
                     qPrintable(zero));
            QVERIFY(check("min.insync.replicas", "-1", scope) != QStringLiteral("valid"));
        }
    }

    void badEnumValuesAreRejected() {
        const QString error = check("cleanup.policy", "bogus", ConfigScope::Topic);
        QVERIFY2(error != QStringLiteral("valid") && error.contains(QStringLiteral("bogus")) &&
                     error.contains(QStringLiteral("cleanup.policy")),
                 qPrintable(error));
        QVERIFY(check("log.cleanup.policy", "nope", ConfigScope::Broker) != QStringLiteral("valid"));
    }

    void everyDefaultIsValid() {
        for (const ConfigDef& def : configDefs()) {
            const std::string& brokerName = def.brokerSynonym.empty() ? def.name : def.brokerSynonym;
            QCOMPARE(check(brokerName, def.defaultValue, ConfigScope::Broker), QStringLiteral("valid"));
            if (def.scope == ConfigScope::Topic)
                QCOMPARE(check(def.name, def.defaultValue, ConfigScope::Topic), QStringLiteral("valid"));
        }
    }
};

QTEST_APPLESS_MAIN(TestMetadata)
#include "test_metadata.moc"
